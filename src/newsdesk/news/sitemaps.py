"""Sitemaps: articles, archives and the fixed pages, per language, through Django's framework.

``/sitemap.xml`` is an index; each section is split into files of at most 2,000 addresses.
"""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import reverse
from django.utils import translation

from newsdesk.news.models import Article, Author, Category, Tag

URLS_PER_FILE = 2000


class NewsdeskSitemap(Sitemap):
    limit = URLS_PER_FILE

    def get_urls(self, page=1, site=None, protocol=None):
        # Addresses start with NEWSDESK_BASE_URL when set, else with the request's own host.
        base = settings.NEWSDESK_BASE_URL or f"{protocol or 'http'}://{site.domain}"
        urls = []
        for item in self.paginator.page(page).object_list:
            entry = {
                "item": item,
                "location": base + self.location(item),
                "lastmod": self.lastmod(item),
                "changefreq": None,
                "priority": None,
                "alternates": [],
            }
            urls.append(entry)
        self.latest_lastmod = max((url["lastmod"] for url in urls if url["lastmod"]), default=None)
        return urls


class ArticleSitemap(NewsdeskSitemap):
    def items(self):
        return (
            Article.objects.published()
            .order_by("language", "-published_at", "-id")
            .only("slug", "language", "published_at", "updated_at")
        )

    def location(self, article):
        return article.get_absolute_url()

    def lastmod(self, article):
        return max(article.updated_at, article.published_at)

    def get_latest_lastmod(self):
        # One aggregate instead of Django's default walk over every article.
        return Article.objects.published().aggregate(latest=Max("updated_at"))["latest"]


class ArchiveSitemap(NewsdeskSitemap):
    """Category, tag and author archives, in every language that has public articles."""

    def items(self):
        languages = list(Article.objects.published().values_list("language", flat=True).distinct())
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

    def lastmod(self, entry):
        return (
            Article.objects.published()
            .filter(language=entry[1])
            .aggregate(latest=Max("updated_at"))["latest"]
        )


SITEMAPS = {"pages": PageSitemap, "articles": ArticleSitemap, "archives": ArchiveSitemap}
