"""The site's public identity: its base URL and absolute addresses built from it."""

from django.conf import settings


def absolute_url(path: str, request=None) -> str:
    """``path`` as an absolute URL: on NEWSDESK_BASE_URL when set, else on the request's host.

    Already absolute URLs (media on a CDN, say) are returned unchanged.
    """
    if "://" in path or path.startswith("//"):
        return path
    if settings.NEWSDESK_BASE_URL:
        return settings.NEWSDESK_BASE_URL + path
    if request is not None:
        return request.build_absolute_uri(path)
    return f"http://127.0.0.1:8000{path}"
