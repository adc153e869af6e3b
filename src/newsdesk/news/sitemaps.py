"""Sitemaps: articles, archives and the fixed pages, per language, through Django's framework.

``/sitemap.xml`` is an index; each section is split into files of at most 2,000 addresses.
An address that exists in other languages lists them all as hreflang alternates
(``<xhtml:link rel="alternate" hreflang>``, with ``x-default``), itself included, as search
engines ask.
"""

from collections import defaultdict

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Max, Q
from django.urls import reverse
from django.utils import translation

from newsdesk.news.languages import hreflang_alternates
from newsdesk.news.models import Article, Author, Category, Tag

URLS_PER_FILE = 2000


class NewsdeskSitemap(Sitemap):
    limit = URLS_PER_FILE

    def get_urls(self, page=1, site=None, protocol=None):
        # Addresses start with NEWSDESK_BASE_URL when set, else with the request's own host.
        base = settings.NEWSDESK_BASE_URL or f"{protocol or 'http'}://{site.domain}"
        items = list(self.paginator.page(page).object_list)
        versions = self.language_versions(items)
        urls = []
        for item, item_versions in zip(items, versions, strict=True):
            entry = {
                "item": item,
                "location": base + self.location(item),
                "lastmod": self.lastmod(item),
                "changefreq": None,
                "priority": None,
                "alternates": [
                    {"lang_code": hreflang, "location": base + path}
                    for hreflang, path in hreflang_alternates(item_versions)
                ],
            }
            urls.append(entry)
        self.latest_lastmod = max((url["lastmod"] for url in urls if url["lastmod"]), default=None)
        return urls

    def language_versions(self, items: list) -> list[dict[str, str]]:
        """For each item, its address (a path) in every language it exists in."""
        return [{} for _item in items]


class ArticleSitemap(NewsdeskSitemap):
    def items(self):
        return (
            Article.objects.published()
            .order_by("language", "-published_at", "-id")
            .only("slug", "language", "published_at", "updated_at", "translation_source_id")
        )

    def location(self, article):
        return article.get_absolute_url()

    def language_versions(self, articles):
        """The published versions of each article's story: one query per sitemap file."""
        roots = {article.translation_source_id or article.pk for article in articles}
        family = (
            Article.objects.published()
            .filter(Q(pk__in=roots) | Q(translation_source_id__in=roots))
            .order_by("published_at", "id")
            .only("slug", "language", "translation_source_id")
        )
        stories = defaultdict(dict)
        for version in family:
            story = stories[version.translation_source_id or version.pk]
            story.setdefault(version.language, version.get_absolute_url())
        versions = []
        for article in articles:
            story = dict(stories[article.translation_source_id or article.pk])
            story[article.language] = article.get_absolute_url()
            versions.append(story)
        return versions

    def lastmod(self, article):
        return max(article.updated_at, article.published_at)

    def get_latest_lastmod(self):
        # One aggregate instead of Django's default walk over every article.
        return Article.objects.published().aggregate(latest=Max("updated_at"))["latest"]


class ArchiveSitemap(NewsdeskSitemap):
    """Category, tag and author archives, in every language that has public articles."""

    def items(self):
        languages = list(
            Article.objects.published().order_by().values_list("language", flat=True).distinct()
        )
        entries = []
        for model, name in (
            (Category, "news:category"),
            (Tag, "news:tag"),
            (Author, "news:author"),
        ):
            for language in sorted(languages):
                published = Article.objects.published().filter(language=language)
                rows = (
                    model.objects.filter(articles__in=published)
                    .annotate(latest=Max("articles__updated_at"))
                    .values_list("slug", "latest")
                    .order_by("slug")
                )
                entries.extend((name, language, slug, latest) for slug, latest in rows)
        return entries

    def location(self, entry):
        name, language, slug, _latest = entry
        with translation.override(language):
            return reverse(name, kwargs={"slug": slug})

    def lastmod(self, entry):
        return entry[3]

    def language_versions(self, entries):
        """An archive's other versions: the same archive in the languages it is listed in."""
        listed = defaultdict(dict)
        for entry in self.paginator.object_list:
            listed[entry[0], entry[2]][entry[1]] = self.location(entry)
        return [listed[entry[0], entry[2]] for entry in entries]

    def get_latest_lastmod(self):
        return Article.objects.published().aggregate(latest=Max("updated_at"))["latest"]


class PageSitemap(NewsdeskSitemap):
    """The home page and the news listing in each language."""

    def items(self):
        return [
            (name, code) for code, _name in settings.LANGUAGES for name in ("home", "news:index")
        ]

    def location(self, entry):
        name, language = entry
        with translation.override(language):
            return reverse(name)

    def language_versions(self, entries):
        return [
            {code: self.location((entry[0], code)) for code, _name in settings.LANGUAGES}
            for entry in entries
        ]

    def lastmod(self, entry):
        return (
            Article.objects.published()
            .filter(language=entry[1])
            .aggregate(latest=Max("updated_at"))["latest"]
        )


SITEMAPS = {"pages": PageSitemap, "articles": ArticleSitemap, "archives": ArchiveSitemap}
