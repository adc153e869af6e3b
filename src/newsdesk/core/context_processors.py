"""Values every template needs: the site's name, description and identity."""

from django.conf import settings


def site(request):
    return {
        "site_name": settings.NEWSDESK_SITE_NAME,
        "site_description": settings.NEWSDESK_SITE_DESCRIPTION,
        "site_logo_url": settings.NEWSDESK_LOGO_URL,
        "site_social_image_url": settings.NEWSDESK_SOCIAL_IMAGE_URL,
    }
