"""Shared pieces every other app may use: text rules, HTML sanitising, base templates, errors."""
