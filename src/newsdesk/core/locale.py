"""The language of the admin: the editor's browser language, among the site's languages.

The public site takes its language from the address (``/it/news/…``), and an unprefixed
address is in the default language. Django's ``LocaleMiddleware`` applies that rule to every
unprefixed path, the admin's included, so an Italian editor would always get the English
admin. ``AdminLanguageMiddleware``, placed right after ``LocaleMiddleware``, lets the admin
follow Django's language cookie or the browser's ``Accept-Language`` instead.
"""

from django.utils import translation
from django.utils.cache import patch_vary_headers

# Where newsdesk/urls.py mounts the admin (the page cache skips the same prefix).
ADMIN_PREFIX = "/admin/"


class AdminLanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith(ADMIN_PREFIX):
            return self.get_response(request)
        # Only the site's languages (settings.LANGUAGES) are ever chosen; else the default.
        translation.activate(translation.get_language_from_request(request, check_path=False))
        request.LANGUAGE_CODE = translation.get_language()
        response = self.get_response(request)
        patch_vary_headers(response, ("Accept-Language", "Cookie"))
        return response
