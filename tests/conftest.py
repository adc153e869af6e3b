"""Fixtures shared by the whole suite, and the Hypothesis profiles."""

import os

import pytest
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

# Hypothesis profiles, chosen by HYPOTHESIS_PROFILE. "newsdesk" (the default, in `make test`):
# the usual 100 examples a property, with no per-example deadline, which a busy machine would
# turn into flaky failures. "fuzz" (`make fuzz`, which runs only the tests marked fuzz): many
# more examples, for a run of a few minutes.
hypothesis_settings.register_profile("newsdesk", deadline=None)
hypothesis_settings.register_profile(
    "fuzz",
    deadline=None,
    max_examples=4000,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "newsdesk"))


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
