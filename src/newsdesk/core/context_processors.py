"""Values every template needs: the site's name and the page size."""

from django.conf import settings


def site(request):
    return {"site_name": settings.NEWSDESK_SITE_NAME}
