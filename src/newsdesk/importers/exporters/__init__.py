"""Writing the site out: as a WordPress export (``wxr``) and as JSON lines (``jsonl``)."""
