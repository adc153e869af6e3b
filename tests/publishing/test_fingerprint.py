"""The fingerprint changes with anything besides articles that pages show."""

import pytest

from newsdesk.news.models import Category
from newsdesk.publishing.fingerprint import site_fingerprint
from tests.factories import ArticleFactory, CategoryFactory, ImageFactory

pytestmark = pytest.mark.django_db


def test_articles_do_not_change_it_sections_settings_and_pictures_do(tmp_path, settings):
    category = CategoryFactory(name="Fisheries")
    first = site_fingerprint(tmp_path)
    ArticleFactory(categories=[category])
    assert site_fingerprint(tmp_path) == first

    Category.objects.filter(pk=category.pk).update(name="Fishing")
    renamed = site_fingerprint(tmp_path)
    assert renamed != first

    settings.NEWSDESK_SITE_NAME = "Another name"
    named = site_fingerprint(tmp_path)
    assert named != renamed

    ImageFactory()
    assert site_fingerprint(tmp_path) != named


def test_the_collected_static_files_change_it(tmp_path):
    first = site_fingerprint(tmp_path)
    (tmp_path / "staticfiles.json").write_text('{"paths": {"a.css": "a.123.css"}}')
    assert site_fingerprint(tmp_path) != first
