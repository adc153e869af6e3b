"""``newsdesk reindex``."""
