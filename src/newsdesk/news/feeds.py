"""RSS 2.0, Atom and JSON Feed 1.1 for the news, and for every category, tag and author.

All three formats read the same ``FeedSection``: which articles, under which title and link.
Django's syndication framework writes RSS and Atom; its generators are extended with the full
content (``content:encoded`` / Atom ``content``) and the featured picture (Media RSS).
"""

import mimetypes

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.http import http_date
from django.utils.translation import get_language

from newsdesk.core.site import absolute_url
from newsdesk.news.models import Article, Author, Category, Tag
from newsdesk.news.views.listing import public_articles

# kind -> (model, the Article relation that filters by it)
SECTIONS = {
    "category": (Category, "categories"),
    "tag": (Tag, "tags"),
    "author": (Author, "authors"),
}
MEDIA_NS = "http://search.yahoo.com/mrss/"
CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"


class FeedSection:
    """The articles of one feed: the whole news, or one category, tag or author."""

    def __init__(self, request, kind: str | None = None, slug: str | None = None):
        self.request = request
        self.kind = kind
        if kind is None:
            self.object = None
        elif kind in SECTIONS:
            self.object = get_object_or_404(SECTIONS[kind][0], slug=slug)
        else:
            raise Http404("No such feed.")

    @property
    def title(self) -> str:
        site = settings.NEWSDESK_SITE_NAME
        return f"{self.object.name} – {site}" if self.object else site

    @property
    def description(self) -> str:
        description = getattr(self.object, "description", "") or getattr(self.object, "bio", "")
        return description or settings.NEWSDESK_SITE_DESCRIPTION

    @property
    def page_path(self) -> str:
        return self.object.get_absolute_url() if self.object else reverse("news:index")

    def feed_path(self, feed_format: str) -> str:
        suffix = {"rss": "feed", "atom": "feed_atom", "json": "feed_json"}[feed_format]
        if self.object is None:
            return reverse(f"news:{suffix}")
        return reverse(f"news:{self.kind}_{suffix}", kwargs={"slug": self.object.slug})

    def articles(self) -> list[Article]:
        """The feed's items, newest first, with their authors and labels (``authors_of``,
        ``labels_of``) read in three light queries: names and slugs, no model instances."""
        # No pictures' renditions: a feed names the original file.
        articles = public_articles().prefetch_related(None)
        if settings.NEWSDESK_FEED_FULL_CONTENT:
            # Listings leave the bodies out; a full-content feed shows them, and a deferred
            # body would cost one query per item.
            articles = articles.defer(None)
        if self.object is not None:
            articles = articles.filter(**{SECTIONS[self.kind][1]: self.object})
        items = list(articles[: settings.NEWSDESK_FEED_ITEMS])
        ids = [article.pk for article in items]
        self.authors = related_values(ids, "authors", "author", ("name", "slug"))
        categories = related_values(ids, "categories", "category", ("name",))
        tags = related_values(ids, "tags", "tag", ("name",))
        self.labels = {pk: categories[pk] + tags[pk] for pk in ids}
        return items

    def authors_of(self, article: Article) -> list[tuple[str, str]]:
        """(name, address) of each author of an item, by name."""
        return [(name, self.url(author_path(slug))) for name, slug in self.authors[article.pk]]

    def labels_of(self, article: Article) -> list[str]:
        """The names of an item's categories, then of its tags, each by name."""
        return self.labels[article.pk]

    def url(self, path: str) -> str:
        return absolute_url(path, self.request)


def related_values(ids: list[int], relation: str, target: str, fields: tuple[str, ...]):
    """For each article id, the ``fields`` of the objects it is linked to through
    ``relation`` (a many-to-many field of Article), in the order of their names."""
    through = getattr(Article, relation).through.objects
    rows = (
        through.filter(article_id__in=ids)
        .order_by(f"{target}__name", f"{target}_id")
        .values_list("article_id", *(f"{target}__{field}" for field in fields))
    )
    found: dict[int, list] = {pk: [] for pk in ids}
    for article_id, *values in rows:
        found[article_id].append(values[0] if len(values) == 1 else tuple(values))
    return found


def author_path(slug: str) -> str:
    return reverse("news:author", kwargs={"slug": slug})


def article_guid(article: Article) -> str:
    """An identifier that never changes, whatever happens to the slug (a tag: URI)."""
    host = settings.NEWSDESK_BASE_URL.split("://", 1)[-1] or "newsdesk.invalid"
    return f"tag:{host.split('/')[0]},{article.created_at:%Y-%m-%d}:article-{article.pk}"


def image_facts(article: Article, section: FeedSection) -> dict | None:
    image = article.featured_image
    if image is None:
        return None
    try:
        length = image.file.size
    except (OSError, ValueError):
        length = 0  # the file went missing: still describe the picture
    return {
        "url": section.url(image.file.url),
        "width": image.width,
        "height": image.height,
        "alt": image.alt,
        "length": length,
        "mime_type": mimetypes.guess_type(image.file.name)[0] or "application/octet-stream",
    }


class NewsRssFeed(Rss201rev2Feed):
    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:content": CONTENT_NS, "xmlns:media": MEDIA_NS}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("content_html"):
            handler.addQuickElement("content:encoded", item["content_html"])
        add_media(handler, item)


class NewsAtomFeed(Atom1Feed):
    def root_attributes(self):
        return {**super().root_attributes(), "xmlns:media": MEDIA_NS}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("content_html"):
            handler.addQuickElement("content", item["content_html"], {"type": "html"})
        add_media(handler, item)


def add_media(handler, item) -> None:
    image = item.get("image")
    if image:
        handler.startElement(
            "media:content",
            {
                "url": image["url"],
                "medium": "image",
                "type": image["mime_type"],
                "width": str(image["width"]),
                "height": str(image["height"]),
            },
        )
        if image["alt"]:
            handler.addQuickElement("media:description", image["alt"])
        handler.endElement("media:content")


class ArticleRssFeed(Feed):
    feed_type = NewsRssFeed
    feed_format = "rss"

    def __call__(self, request, *args, **kwargs):
        # The instance in the URLconf is shared by every request (and thread): the section
        # and the per-item picture facts belong to one request, so each gets its own copy.
        feed = type(self)()
        feed.images = {}
        response = Feed.__call__(feed, request, *args, **kwargs)
        # The feed generator writes hundreds of small chunks; a server sends each on its own.
        response.content = response.content
        return response

    def get_object(self, request, kind=None, slug=None):
        return FeedSection(request, kind, slug)

    def title(self, section):
        return section.title

    def description(self, section):
        return section.description

    def link(self, section):
        return section.url(section.page_path)

    def feed_url(self, section):
        return section.url(section.feed_path(self.feed_format))

    def items(self, section):
        self.section = section
        return section.articles()

    def item_title(self, article):
        return article.display_title

    def item_description(self, article):
        return article.summary

    def item_link(self, article):
        return self.section.url(article.get_absolute_url())

    def item_guid(self, article):
        return article_guid(article)

    item_guid_is_permalink = False

    # Dates in the site's time zone, as readers there expect them; the offset says which.
    def item_pubdate(self, article):
        return timezone.localtime(article.published_at)

    def item_updateddate(self, article):
        return timezone.localtime(max(article.updated_at, article.published_at))

    def item_author_name(self, article):
        return ", ".join(name for name, _url in self.section.authors_of(article)) or None

    def item_author_link(self, article):
        authors = self.section.authors_of(article)
        return authors[0][1] if len(authors) == 1 else None

    def item_categories(self, article):
        return self.section.labels_of(article)

    def image(self, article) -> dict | None:
        """The picture's facts, once per item: they cost a file-size look-up in storage."""
        if article.pk not in self.images:
            self.images[article.pk] = image_facts(article, self.section)
        return self.images[article.pk]

    def item_enclosures(self, article):
        image = self.image(article)
        if image is None:
            return []
        return [Enclosure(image["url"], str(image["length"]), image["mime_type"])]

    def item_extra_kwargs(self, article):
        full = settings.NEWSDESK_FEED_FULL_CONTENT
        return {
            "content_html": article.body if full else None,
            "image": self.image(article),
        }


class ArticleAtomFeed(ArticleRssFeed):
    feed_type = NewsAtomFeed
    feed_format = "atom"

    def subtitle(self, section):
        return section.description


def json_feed(request, kind=None, slug=None):
    """JSON Feed 1.1 (https://jsonfeed.org/version/1.1) of the same articles."""
    section = FeedSection(request, kind, slug)
    articles = section.articles()
    items = []
    for article in articles:
        image = image_facts(article, section)
        item = {
            "id": article_guid(article),
            "url": section.url(article.get_absolute_url()),
            "title": article.display_title,
            "summary": article.summary,
            "date_published": article.published_at.isoformat(),
            "date_modified": max(article.updated_at, article.published_at).isoformat(),
            "authors": [{"name": name, "url": url} for name, url in section.authors_of(article)],
            "tags": section.labels_of(article),
            "language": article.language,
        }
        if settings.NEWSDESK_FEED_FULL_CONTENT:
            item["content_html"] = article.body
        else:
            item["content_text"] = article.summary
        if image:
            item["image"] = image["url"]
            item["attachments"] = [
                {
                    "url": image["url"],
                    "mime_type": image["mime_type"],
                    "size_in_bytes": image["length"],
                }
            ]
        items.append(item)
    feed = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": section.title,
        "home_page_url": section.url(section.page_path),
        "feed_url": section.url(section.feed_path("json")),
        "description": section.description,
        "language": get_language(),
        "items": items,
    }
    if settings.NEWSDESK_LOGO_URL:
        feed["icon"] = section.url(settings.NEWSDESK_LOGO_URL)
    response = JsonResponse(
        feed, content_type="application/feed+json", json_dumps_params={"ensure_ascii": False}
    )
    if articles:
        latest = max(max(a.updated_at, a.published_at) for a in articles)
        response["Last-Modified"] = http_date(latest.timestamp())
    return response
