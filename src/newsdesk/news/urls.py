"""Addresses of the news section, all under /news/."""

from django.urls import path, register_converter

from newsdesk.news import views

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


urlpatterns = [
    *paginated("", views.NewsListView.as_view(), "index"),
    *paginated("category/<slug:slug>/", views.CategoryArchiveView.as_view(), "category"),
    *paginated("tag/<slug:slug>/", views.TagArchiveView.as_view(), "tag"),
    *paginated("author/<slug:slug>/", views.AuthorArchiveView.as_view(), "author"),
    *paginated("<yyyy:year>/", views.YearArchiveView.as_view(), "year"),
    *paginated("<yyyy:year>/<mm:month>/", views.MonthArchiveView.as_view(), "month"),
    path("<slug:slug>/", views.ArticleDetailView.as_view(), name="article"),
]
