"""Fixtures shared by the whole suite."""

import pytest


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Every test writes uploads to its own folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture(autouse=True)
def clear_cache():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def page_cache(settings):
    """Switch the anonymous page cache on, as in production."""
    settings.NEWSDESK_PAGE_CACHE = True
    return settings
