"""The newsroom's models: content (articles and their sections) and the desk's records."""

from newsdesk.news.models.articles import (
    RESERVED_SLUGS,
    Article,
    Author,
    Category,
    Redirect,
    Tag,
    content_languages,
    default_language,
)
from newsdesk.news.models.editorial import AuditEntry, PreviewLink, Revision

__all__ = [
    "RESERVED_SLUGS",
    "Article",
    "AuditEntry",
    "Author",
    "Category",
    "PreviewLink",
    "Redirect",
    "Revision",
    "Tag",
    "content_languages",
    "default_language",
]
