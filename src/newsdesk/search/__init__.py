"""Full-text search: one interface, two engines (SQLite FTS5 and PostgreSQL)."""
