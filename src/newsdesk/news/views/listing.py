"""Listings: /news/, its archives (category, tag, author, year, month) and the home page.

All of them are one ``ListView`` mixin over ``Article.objects.published()``, paginated in the
path (``…/page/2/``) with page 1 living at the bare address.
"""

import datetime

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.generic import ListView, TemplateView

from newsdesk.core.cache import request_content_version
from newsdesk.news.languages import same_page_in_every_language
from newsdesk.news.models import Article, Author, Category, Tag
from newsdesk.news.pagination import VersionedCountPaginator


def public_articles():
    """Published articles in the language of the request, newest first, ready to list."""
    return Article.objects.published().in_language(get_language()).for_listing().newest_first()


class ArticleListMixin:
    """A paginated list of public articles, with page links built by ``reverse()``.

    Subclasses name their URL (``url_name``; the paginated one is ``<url_name>_page``), narrow
    ``get_queryset`` and give the page its ``heading``.
    """

    model = Article
    template_name = "news/article_list.html"
    context_object_name = "articles"
    page_kwarg = "page"
    url_name = "news:index"
    heading = _("News")
    description = ""
    allow_empty = True
    # The first page exists in every language (possibly empty), so it is that page's version
    # there: the language switcher and hreflang point at it.
    in_every_language = True

    def get_paginate_by(self, queryset):
        return settings.NEWSDESK_PAGE_SIZE

    def dispatch(self, request, *args, **kwargs):
        if kwargs.get(self.page_kwarg) == 1:
            return HttpResponsePermanentRedirect(self.page_url(1))
        # Before any queryset fixes its "now": see VersionedCountPaginator.
        self.content_version = request_content_version(request)
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return public_articles()

    def url_kwargs(self) -> dict:
        return {key: value for key, value in self.kwargs.items() if key != self.page_kwarg}

    def page_url(self, number: int) -> str:
        if number == 1:
            return reverse(self.url_name, kwargs=self.url_kwargs())
        return reverse(f"{self.url_name}_page", kwargs={**self.url_kwargs(), "page": number})

    def paginate_queryset(self, queryset, page_size):
        # Only a page number taken from the path counts; ?page= is ignored rather than
        # giving a second address to the same page.
        identity = (type(self).__name__, get_language(), repr(sorted(self.url_kwargs().items())))
        paginator = VersionedCountPaginator(
            queryset,
            page_size,
            identity,
            self.content_version,
            allow_empty_first_page=self.allow_empty,
        )
        number = self.kwargs.get(self.page_kwarg, 1)
        if number < 1 or number > paginator.num_pages:
            raise Http404("No such page.")
        page = paginator.page(number)
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        page = context["page_obj"]
        paginator = context["paginator"]
        context["heading"] = self.get_heading()
        context["description"] = self.description
        context["page_links"] = [
            {"number": n, "url": self.page_url(n) if n != Paginator.ELLIPSIS else None}
            for n in paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1)
        ]
        context["previous_url"] = (
            self.page_url(page.previous_page_number()) if page.has_previous() else None
        )
        context["next_url"] = self.page_url(page.next_page_number()) if page.has_next() else None
        context["canonical_url"] = self.page_url(page.number)
        context["meta"] = {
            "title": context["heading"],
            "description": self.description,
            "locale": get_language(),
        }
        context["section_feeds"] = self.section_feeds()
        context["language_versions"] = (
            same_page_in_every_language(self.url_name, self.url_kwargs())
            if self.in_every_language and page.number == 1
            else {}
        )
        return context

    def get_heading(self) -> str:
        return str(self.heading)

    def section_feeds(self) -> list[dict]:
        """Feeds of this archive, for autodiscovery (categories, tags and authors have them)."""
        section = getattr(self, "section", None)
        if section is None:
            return []
        kind, name, slug = self.section_kind, str(section), section.slug
        return [
            {
                "title": _("%(name)s (RSS)") % {"name": name},
                "type": "application/rss+xml",
                "url": reverse(f"news:{kind}_feed", kwargs={"slug": slug}),
            },
            {
                "title": _("%(name)s (Atom)") % {"name": name},
                "type": "application/atom+xml",
                "url": reverse(f"news:{kind}_feed_atom", kwargs={"slug": slug}),
            },
            {
                "title": _("%(name)s (JSON Feed)") % {"name": name},
                "type": "application/feed+json",
                "url": reverse(f"news:{kind}_feed_json", kwargs={"slug": slug}),
            },
        ]


class NewsListView(ArticleListMixin, ListView):
    pass


class CategoryArchiveView(ArticleListMixin, ListView):
    url_name = "news:category"
    section_kind = "category"

    def get_queryset(self):
        self.section = get_object_or_404(Category, slug=self.kwargs["slug"])
        self.description = self.section.description
        return public_articles().filter(categories=self.section)

    def get_heading(self) -> str:
        return str(_("Category: %(name)s") % {"name": self.section.name})


class TagArchiveView(ArticleListMixin, ListView):
    url_name = "news:tag"
    section_kind = "tag"

    def get_queryset(self):
        self.section = get_object_or_404(Tag, slug=self.kwargs["slug"])
        return public_articles().filter(tags=self.section)

    def get_heading(self) -> str:
        return str(_("Tag: %(name)s") % {"name": self.section.name})


class AuthorArchiveView(ArticleListMixin, ListView):
    url_name = "news:author"
    section_kind = "author"

    def get_queryset(self):
        self.section = get_object_or_404(Author, slug=self.kwargs["slug"])
        self.description = self.section.bio
        return public_articles().filter(authors=self.section)

    def get_heading(self) -> str:
        return str(_("Articles by %(name)s") % {"name": self.section.name})


def local_midnight(year: int, month: int = 1) -> datetime.datetime:
    try:
        return timezone.make_aware(datetime.datetime(year, month, 1))
    except (ValueError, OverflowError):
        raise Http404("No such date.") from None


class DateArchiveMixin(ArticleListMixin):
    """Year and month archives: a 404 when the period has no public article."""

    allow_empty = False
    in_every_language = False  # another language may have nothing in this period: a 404

    def period(self) -> tuple[datetime.datetime, datetime.datetime]:
        raise NotImplementedError

    def get_queryset(self):
        start, end = self.period()
        return public_articles().filter(published_at__gte=start, published_at__lt=end)


class YearArchiveView(DateArchiveMixin, ListView):
    url_name = "news:year"

    def period(self):
        year = self.kwargs["year"]
        return local_midnight(year), local_midnight(year + 1)

    def get_heading(self) -> str:
        return str(_("Articles from %(year)s") % {"year": self.kwargs["year"]})


class MonthArchiveView(DateArchiveMixin, ListView):
    url_name = "news:month"

    def period(self):
        year, month = self.kwargs["year"], self.kwargs["month"]
        if not 1 <= month <= 12:
            raise Http404("No such month.")
        start = local_midnight(year, month)
        end = local_midnight(year + 1, 1) if month == 12 else local_midnight(year, month + 1)
        return start, end

    def get_heading(self) -> str:
        start, _end = self.period()
        return str(
            _("Articles from %(month)s") % {"month": date_format(start, "YEAR_MONTH_FORMAT")}
        )


def home_articles(size: int) -> list[Article]:
    """Pinned articles first, then the newest, ``size`` in all.

    Two indexed queries (pinned articles have a partial index of their own) rather than one
    ORDER BY sticky, which would sort every article.
    """
    pinned = list(public_articles().filter(sticky=True)[:size])
    latest = public_articles().exclude(pk__in=[a.pk for a in pinned])[: size - len(pinned)]
    return pinned + list(latest) if len(pinned) < size else pinned


def section_links() -> list[tuple[str, str]]:
    """The top-level sections as (name, address) pairs, in name order.

    A site may have hundreds of sections: one query for two columns and one ``reverse()``,
    rather than a model instance and a URL resolution per section.
    """
    placeholder = "section-slug"
    pattern = reverse("news:category", kwargs={"slug": placeholder})
    prefix, suffix = pattern.split(placeholder)
    sections = Category.objects.filter(parent__isnull=True).values_list("name", "slug")
    return [(name, f"{prefix}{slug}{suffix}") for name, slug in sections]


class HomeView(TemplateView):
    """The latest articles, sticky ones first, and the sections of the site.

    Sticky articles take places at the top; the page never shows more than one page's worth.
    """

    template_name = "news/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["articles"] = home_articles(settings.NEWSDESK_PAGE_SIZE)
        context["sections"] = section_links()
        context["canonical_url"] = reverse("home")
        context["language_versions"] = same_page_in_every_language("home")
        context["meta"] = {"title": settings.NEWSDESK_SITE_NAME, "locale": get_language()}
        return context
