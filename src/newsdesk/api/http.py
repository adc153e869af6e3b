"""HTTP rules every address under /api/v1/ follows, whatever answers it.

- CORS: any site may read the API from a browser (``Access-Control-Allow-Origin: *``; no
  cookies or credentials are ever involved), and a preflight ``OPTIONS`` is answered.
- Caching: a successful GET may be kept by browsers and shared caches for ``CACHE_SECONDS``;
  short, so an edit shows within a minute. Errors are never stored.
- Only GET, HEAD and OPTIONS are accepted; anything else is a JSON 405. An unknown address
  under the prefix is a JSON 404, not the site's HTML page.

The site-wide page cache (``core.cache``) sits outside all this: it may keep a successful
answer and adds its own lifetimes for CDNs; it never stores an error, as they say no-cache.
"""

from functools import wraps

from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.urls import Resolver404, URLPattern, resolve
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import gettext_lazy as _
from django.views.decorators.csrf import csrf_exempt

CACHE_SECONDS = 60
PREFLIGHT_SECONDS = 86400  # a day; browsers may keep a preflight for less (Chromium: 2 hours)
ALLOWED_METHODS = "GET, HEAD, OPTIONS"


def json_error(detail: str, status: int) -> JsonResponse:
    # The same content type ninja gives its answers, so every error looks alike.
    return JsonResponse(
        {"detail": detail}, status=status, content_type="application/json; charset=utf-8"
    )


def public_endpoint(view):
    """Wrap ``view`` in the API's CORS, caching and method rules."""

    @wraps(view)
    def endpoint(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if request.method == "OPTIONS":
            response = HttpResponse(status=204)
            response["Allow"] = ALLOWED_METHODS
            response["Access-Control-Allow-Methods"] = ALLOWED_METHODS
            response["Access-Control-Allow-Headers"] = "*"
            response["Access-Control-Max-Age"] = str(PREFLIGHT_SECONDS)
        elif request.method == "HEAD":
            # ninja routes by method and knows only GET. The body is left in: the WSGI server
            # drops it, and the page cache may keep this answer for the next GET.
            request.method = "GET"
            try:
                response = view(request, *args, **kwargs)
            finally:
                request.method = "HEAD"
        elif request.method != "GET":
            response = json_error(str(_("Only GET is allowed: this API is read-only.")), 405)
            response["Allow"] = ALLOWED_METHODS
        else:
            response = view(request, *args, **kwargs)
        if request.method in ("GET", "HEAD") and response.status_code == 200:
            patch_cache_control(response, public=True, max_age=CACHE_SECONDS)
        else:
            add_never_cache_headers(response)
        response["Access-Control-Allow-Origin"] = "*"
        return response

    # Nothing here reads cookies or changes anything, so CSRF does not apply; without this
    # a POST would meet Django's HTML 403 instead of our JSON 405.
    return csrf_exempt(endpoint)


def public_patterns(patterns: list[URLPattern]) -> list[URLPattern]:
    """The same URL patterns, each view wrapped by ``public_endpoint``."""
    return [
        URLPattern(
            pattern.pattern, public_endpoint(pattern.callback), pattern.default_args, pattern.name
        )
        for pattern in patterns
    ]


@public_endpoint
def not_found(request: HttpRequest, unmatched: str = "") -> HttpResponse:
    """Any other address under the prefix: a JSON 404, or the address with its missing
    slash (as Django's APPEND_SLASH does for the rest of the site)."""
    if not request.path.endswith("/"):
        try:
            match = resolve(request.path + "/")
        except Resolver404:
            match = None
        if match and match.url_name != "not_found":
            query = request.META.get("QUERY_STRING", "")
            return HttpResponsePermanentRedirect(
                request.path + "/" + (f"?{query}" if query else "")
            )
    return json_error(str(_("There is nothing at this address.")), 404)
