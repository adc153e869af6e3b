"""Newsdesk: the news section of an organisation's website and the editorial desk behind it."""

__version__ = "0.1.0"
