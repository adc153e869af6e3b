"""The admin follows the editor's browser language; the public site follows its addresses."""

import pytest

from newsdesk.core.locale import AdminLanguageMiddleware

pytestmark = pytest.mark.django_db

MIDDLEWARE = "newsdesk.core.locale.AdminLanguageMiddleware"


@pytest.fixture
def admin_language(settings):
    """The middleware where settings.py puts it: right after Django's LocaleMiddleware."""
    if MIDDLEWARE not in settings.MIDDLEWARE:
        middleware = list(settings.MIDDLEWARE)
        middleware.insert(
            middleware.index("django.middleware.locale.LocaleMiddleware") + 1, MIDDLEWARE
        )
        settings.MIDDLEWARE = middleware
    return settings


def test_it_is_installed_right_after_the_locale_middleware(settings):
    middleware = list(settings.MIDDLEWARE)
    locale = middleware.index("django.middleware.locale.LocaleMiddleware")
    assert middleware[locale + 1 : locale + 2] == [MIDDLEWARE]


def test_the_admin_speaks_the_browsers_language(client, admin_language):
    response = client.get("/admin/login/", headers={"accept-language": "it-IT,it;q=0.9,en;q=0.5"})
    assert response.status_code == 200
    assert response["Content-Language"] == "it"
    assert "Accept-Language" in response["Vary"]
    assert '<html lang="it"' in response.content.decode()
    assert "Nome utente" in response.content.decode()


def test_a_language_the_site_does_not_offer_falls_back_to_the_default(client, admin_language):
    response = client.get("/admin/login/", headers={"accept-language": "de"})
    assert response["Content-Language"] == "en"
    assert "Username" in response.content.decode()


def test_the_public_site_still_follows_the_address(client, admin_language):
    response = client.get("/news/", headers={"accept-language": "it"})
    assert response["Content-Language"] == "en"
    assert client.get("/it/news/")["Content-Language"] == "it"


def test_the_middleware_leaves_other_paths_alone(rf):
    seen = []
    middleware = AdminLanguageMiddleware(lambda request: seen.append(request) or "response")
    request = rf.get("/news/", headers={"accept-language": "it"})
    assert middleware(request) == "response"
    assert not hasattr(request, "LANGUAGE_CODE")
