"""Moving in and out: the WordPress (WXR) importer and the WordPress and JSON exporters."""
