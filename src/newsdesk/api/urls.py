"""Addresses of the API, mounted at /api/v1/ outside the language prefixes.

Every address under the prefix, ninja's and the catch-all alike, follows the rules of
``api.http`` (CORS, caching, JSON errors).
"""

from django.urls import re_path

from newsdesk.api.http import not_found, public_patterns
from newsdesk.api.views import api

app_name = "api"

ninja_patterns, _ninja_app, _ninja_namespace = api.urls

urlpatterns = [
    *public_patterns(ninja_patterns),
    # Any character, newlines included ("." alone stops at one, and the site's HTML 404
    # would answer an API address).
    re_path(r"^(?P<unmatched>[\s\S]*)$", not_found, name="not_found"),
]
