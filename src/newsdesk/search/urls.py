"""Addresses of the search app, mounted at /search/ in each language."""

from django.urls import path

from newsdesk.search.views import SearchView

app_name = "search"

urlpatterns = [
    path("", SearchView.as_view(), name="index"),
]
