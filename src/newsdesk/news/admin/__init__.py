"""The editorial desk in Django's admin."""

from newsdesk.news.admin import articles, editorial, sections

__all__ = ["articles", "editorial", "sections"]
