"""Addresses of the news section, all under /news/."""

from django.urls import path, register_converter

from newsdesk.news import views
from newsdesk.news.feeds import ArticleAtomFeed, ArticleRssFeed, json_feed

app_name = "news"


class FourDigitYear:
    regex = "[0-9]{4}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value: int) -> str:
        return f"{value:04d}"


class TwoDigitMonth:
    regex = "[0-9]{2}"

    def to_python(self, value: str) -> int:
        return int(value)

    def to_url(self, value: int) -> str:
        return f"{value:02d}"


register_converter(FourDigitYear, "yyyy")
register_converter(TwoDigitMonth, "mm")


def paginated(route: str, view, name: str) -> list:
    """The route itself, and the same route with ``page/<n>/`` after it."""
    return [
        path(route, view, name=name),
        path(f"{route}page/<int:page>/", view, name=f"{name}_page"),
    ]


def feeds(route: str, prefix: str, kind: str | None = None) -> list:
    """RSS at ``<route>feed/``, Atom at ``<route>feed/atom/``, JSON Feed at ``<route>feed.json``."""
    extra = {"kind": kind} if kind else {}
    return [
        path(f"{route}feed/", ArticleRssFeed(), extra, name=f"{prefix}feed"),
        path(f"{route}feed/atom/", ArticleAtomFeed(), extra, name=f"{prefix}feed_atom"),
        path(f"{route}feed.json", json_feed, extra, name=f"{prefix}feed_json"),
    ]


urlpatterns = [
    *feeds("", ""),
    *feeds("category/<slug:slug>/", "category_", "category"),
    *feeds("tag/<slug:slug>/", "tag_", "tag"),
    *feeds("author/<slug:slug>/", "author_", "author"),
    *paginated("", views.NewsListView.as_view(), "index"),
    *paginated("category/<slug:slug>/", views.CategoryArchiveView.as_view(), "category"),
    *paginated("tag/<slug:slug>/", views.TagArchiveView.as_view(), "tag"),
    *paginated("author/<slug:slug>/", views.AuthorArchiveView.as_view(), "author"),
    *paginated("<yyyy:year>/", views.YearArchiveView.as_view(), "year"),
    *paginated("<yyyy:year>/<mm:month>/", views.MonthArchiveView.as_view(), "month"),
    path("<slug:slug>/", views.ArticleDetailView.as_view(), name="article"),
]
