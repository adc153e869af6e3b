"""Static export: the public site rendered through its real views into files."""
