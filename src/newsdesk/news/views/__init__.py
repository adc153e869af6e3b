"""Public pages of the news section: listings and archives, the article page, the home page."""

from newsdesk.news.views.article import ArticleDetailView
from newsdesk.news.views.listing import (
    AuthorArchiveView,
    CategoryArchiveView,
    HomeView,
    MonthArchiveView,
    NewsListView,
    TagArchiveView,
    YearArchiveView,
)

__all__ = [
    "ArticleDetailView",
    "AuthorArchiveView",
    "CategoryArchiveView",
    "HomeView",
    "MonthArchiveView",
    "NewsListView",
    "TagArchiveView",
    "YearArchiveView",
]
