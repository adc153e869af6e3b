"""Static files: found by the finders and collectable with hashed names, as production serves them."""

from django.contrib.staticfiles import finders
from django.core.management import call_command


def test_site_stylesheet_is_found():
    assert finders.find("newsdesk/css/site.css") is not None


def test_collectstatic_with_the_production_storage(settings, tmp_path):
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    call_command("collectstatic", "--noinput", verbosity=0)
    manifest = (tmp_path / "static" / "staticfiles.json").read_text()
    assert '"newsdesk/css/site.css": "newsdesk/css/site.' in manifest
    assert (tmp_path / "static" / "newsdesk" / "css" / "site.css.gz").exists()


def test_favicon_answers_with_the_icon(client):
    response = client.get("/favicon.ico")
    assert (response.status_code, response["Location"]) == (301, "/static/newsdesk/favicon.ico")
    assert finders.find("newsdesk/favicon.ico") is not None
