"""Which published articles an API request asks for: the query parameters and what they select.

Everything starts from ``Article.objects.published()``; the parameters only narrow it. A filter
naming something that does not exist is a mistake worth reporting (400), not an empty page.
"""

import datetime
import enum

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Model, QuerySet
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext_lazy as _
from ninja import Field, Schema
from ninja.errors import HttpError

from newsdesk.news.models import Article, Author, Category, Tag

# Slugs are ASCII; refusing anything else up front keeps odd bytes (a NUL breaks PostgreSQL)
# away from the database. The empty string means "no filter".
SLUG_PATTERN = r"^[-a-zA-Z0-9_]+$"
OPTIONAL_SLUG_PATTERN = r"^[-a-zA-Z0-9_]*$"

# The languages articles are written in, as the schema's list of allowed values.
Language = enum.StrEnum("Language", {code: code for code, _name in settings.LANGUAGES})

# The schema's descriptions are documentation for developers, fixed when the API is built, so
# they are plain strings; what a request answers (error details) is translated.
LANGUAGE_DESCRIPTION = (
    "Content language (one of the site's language codes). "
    f"Default: the site's default language, {settings.LANGUAGE_CODE}."
)


class LanguageQuery(Schema):
    language: Language = Field(Language(settings.LANGUAGE_CODE), description=LANGUAGE_DESCRIPTION)


class ArticleFilters(LanguageQuery):
    category: str = Field(
        "",
        pattern=OPTIONAL_SLUG_PATTERN,
        description="Only articles in the category with this slug.",
    )
    tag: str = Field(
        "", pattern=OPTIONAL_SLUG_PATTERN, description="Only articles with the tag with this slug."
    )
    author: str = Field(
        "", pattern=OPTIONAL_SLUG_PATTERN, description="Only articles by the author with this slug."
    )
    published_after: str = Field(
        "",
        description=(
            "Only articles published at or after this moment: an ISO 8601 date (2024-05-01, "
            "meaning midnight in the site's time zone) or date-time (2024-05-01T09:30:00+02:00; "
            "without an offset it is read in the site's time zone)."
        ),
    )


def parse_moment(text: str) -> datetime.datetime:
    """The aware moment an ISO 8601 date or date-time names; HttpError 400 when it names none.

    A date alone means its first moment in the site's time zone, as the archives count days.
    """
    problem = HttpError(
        400,
        str(
            _("published_after must be an ISO 8601 date or date-time, not '%(value)s'.")
            % {"value": text}
        ),
    )
    try:
        moment = parse_datetime(text)
        if moment is None:
            day = parse_date(text)
            if day is None:
                raise problem
            moment = datetime.datetime.combine(day, datetime.time.min)
        if timezone.is_naive(moment):
            moment = timezone.make_aware(moment)
    except ValueError:
        raise problem from None
    try:
        return moment.astimezone(datetime.UTC)
    except OverflowError:
        # Within hours of the calendar's ends (midnight of 0001-01-01 in Rome is still year 0
        # in UTC): before every article, or after every one. Converting here, not in the
        # database adapter, keeps that from becoming a crash.
        edge = datetime.datetime.min if moment.year == 1 else datetime.datetime.max
        return edge.replace(tzinfo=datetime.UTC)


def existing(model: type[Model], slug: str, message) -> Model:
    try:
        return model.objects.get(slug=slug)
    except ObjectDoesNotExist:
        raise HttpError(400, str(message % {"slug": slug})) from None


def articles_matching(filters: ArticleFilters) -> QuerySet:
    """Published articles in the requested language that pass every filter, newest first,
    with what the API shows of each fetched in a constant number of queries."""
    articles = Article.objects.published().in_language(filters.language)
    if filters.category:
        category = existing(Category, filters.category, _("There is no category '%(slug)s'."))
        articles = articles.filter(categories=category)
    if filters.tag:
        tag = existing(Tag, filters.tag, _("There is no tag '%(slug)s'."))
        articles = articles.filter(tags=tag)
    if filters.author:
        author = existing(Author, filters.author, _("There is no author '%(slug)s'."))
        articles = articles.filter(authors=author)
    if filters.published_after:
        articles = articles.filter(published_at__gte=parse_moment(filters.published_after))
    return with_related(articles.newest_first())


def with_related(articles: QuerySet) -> QuerySet:
    return articles.select_related("featured_image").prefetch_related(
        "authors", "categories", "tags"
    )


def published_article(slug: str, language: str) -> Article:
    """The public article with this slug in this language; HttpError 404 when there is none
    (drafts and scheduled articles included: they do not exist for the public)."""
    try:
        return with_related(Article.objects.published().in_language(language)).get(slug=slug)
    except Article.DoesNotExist:
        raise HttpError(
            404,
            str(
                _("No published article has the slug '%(slug)s' in language '%(language)s'.")
                % {"slug": slug, "language": language}
            ),
        ) from None
