"""Old addresses keep answering: renamed slugs and imported permalinks become 301s."""

from django.http import HttpResponsePermanentRedirect

from newsdesk.news.models import Redirect


class RedirectFallbackMiddleware:
    """Redirects an address that has a Redirect row.

    A plain path is looked up only when nothing else answered (a 404), so a normal page costs
    nothing. An address with a query string (WordPress's ``/?p=123``) is looked up first,
    because the path alone (``/``) is a live page.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.META.get("QUERY_STRING"):
            response = self.redirect_for(request.get_full_path())
            if response:
                return response
        response = self.get_response(request)
        if response.status_code == 404:
            return self.redirect_for(request.path) or response
        return response

    @staticmethod
    def redirect_for(path: str) -> HttpResponsePermanentRedirect | None:
        redirect = Redirect.objects.filter(old_path=path).select_related("article").first()
        target = redirect.target_path() if redirect else None
        if target and target != path:
            return HttpResponsePermanentRedirect(target)
        return None
