"""The WordPress importer: reader (WXR stream) -> mapping and content -> writers, driven by
``importer.import_wordpress``."""
