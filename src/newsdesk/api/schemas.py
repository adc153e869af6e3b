"""The JSON shapes the API answers with: articles, categories, tags, pages of them and errors.

Field names are a public contract. Within /api/v1/ fields may be added, never renamed or
removed, so clients must ignore keys they do not know. The descriptions here are what the
OpenAPI schema and the docs page show.
"""

import datetime
from typing import Generic, TypeVar

from ninja import Field, Schema

# Documentation only: tells readers of the schema these strings are absolute addresses.
ABSOLUTE_URL = {"format": "uri"}


class Error(Schema):
    """Every 4xx and 5xx answer of the API."""

    detail: str = Field(description="What was wrong with the request, in one sentence.")


class Reference(Schema):
    name: str
    slug: str
    url: str = Field(description="Absolute address of its page.", json_schema_extra=ABSOLUTE_URL)


class AuthorReference(Reference):
    """An author of an article."""


class CategoryReference(Reference):
    """A category an article is filed under."""


class TagReference(Reference):
    """A tag of an article."""


class Image(Schema):
    """A picture as uploaded. Sized copies will be added as a ``renditions`` list."""

    url: str = Field(description="Absolute address of the file.", json_schema_extra=ABSOLUTE_URL)
    width: int = Field(description="In pixels.")
    height: int = Field(description="In pixels.")
    alt: str = Field(description="Text alternative; empty for a decorative picture.")
    caption: str
    credit: str


class Article(Schema):
    """A published article as listings show it (without its body)."""

    id: int
    slug: str = Field(description="Unique within its language.")
    language: str = Field(description="Language code of the content.")
    title: str = Field(description="The title as written; may be empty.")
    display_title: str = Field(
        description="What to show as the title: the title, or for an untitled article "
        "a stand-in made from its first words."
    )
    url: str = Field(
        description="Absolute address of the article's page.", json_schema_extra=ABSOLUTE_URL
    )
    published_at: datetime.datetime = Field(
        description="ISO 8601 with the offset of the site's time zone."
    )
    updated_at: datetime.datetime = Field(
        description="Last edit; ISO 8601 with the offset of the site's time zone."
    )
    excerpt: str = Field(
        description="Plain text (escape it before inserting it into HTML): the hand-written "
        "excerpt, or the first 50 words of the body followed by ' […]'."
    )
    dateline: str = Field(description="Where the story comes from; may be empty.")
    sticky: bool = Field(description="Pinned to the top of the home page.")
    authors: list[AuthorReference]
    categories: list[CategoryReference]
    tags: list[TagReference]
    featured_image: Image | None


class ArticleDetail(Article):
    """A published article with its body."""

    body_html: str = Field(
        description="The body as HTML, already sanitised with the site's allow-list."
    )


class Category(Schema):
    id: int
    name: str
    slug: str
    description: str
    parent: str | None = Field(description="Slug of the parent category, or null at the top.")
    url: str = Field(
        description="Absolute address of the category's page.", json_schema_extra=ABSOLUTE_URL
    )


class Tag(Schema):
    id: int
    name: str
    slug: str
    url: str = Field(
        description="Absolute address of the tag's page.", json_schema_extra=ABSOLUTE_URL
    )


ItemT = TypeVar("ItemT")


class Page(Schema, Generic[ItemT]):
    count: int = Field(description="How many items all the pages hold together.")
    next: str | None = Field(
        description="Absolute address of the next page, or null on the last one.",
        json_schema_extra=ABSOLUTE_URL,
    )
    previous: str | None = Field(
        description="Absolute address of the previous page, or null on the first one.",
        json_schema_extra=ABSOLUTE_URL,
    )
    results: list[ItemT]


class ArticlePage(Page[Article]):
    """One page of published articles, newest first."""


class CategoryPage(Page[Category]):
    """One page of categories, by name."""


class TagPage(Page[Tag]):
    """One page of tags, by name."""


class Index(Schema):
    """Where to start: the API's lists and its documentation."""

    articles: str = Field(json_schema_extra=ABSOLUTE_URL)
    categories: str = Field(json_schema_extra=ABSOLUTE_URL)
    tags: str = Field(json_schema_extra=ABSOLUTE_URL)
    openapi: str = Field(json_schema_extra=ABSOLUTE_URL)
    docs: str = Field(json_schema_extra=ABSOLUTE_URL)
