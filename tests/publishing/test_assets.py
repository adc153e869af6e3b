"""Static files and pictures: only what public pages use."""

import pytest
from django.test.utils import override_settings

from newsdesk.publishing.assets import collect_static, copy_media, unused_static
from tests.factories import ImageFactory

pytestmark = pytest.mark.django_db


def test_only_the_sites_own_static_files_are_collected(tmp_path):
    assert "newsdesk" not in unused_static()
    assert "admin" in unused_static()
    with override_settings(STATIC_ROOT=str(tmp_path / "static")):
        collect_static()
    assert sorted(p.name for p in (tmp_path / "static").iterdir()) == ["newsdesk"]
    assert (tmp_path / "static/newsdesk/js/static-search.js").is_file()


def test_pictures_are_copied_with_their_current_renditions_once(site_dir):
    image = ImageFactory()
    ImageFactory()  # not shown by any exported page
    renditions = sorted(f"media/{r.file.name}" for r in image.renditions.all())
    assert len(renditions) == 2  # 480 px, WebP and JPEG

    copied, written = copy_media(site_dir, {image.pk})

    original = f"media/{image.file.name}"
    assert sorted(written) == sorted([original, *renditions])
    assert copied[original] == [f"size:{image.file.size}", image.file.size]
    assert (site_dir / original).read_bytes() == image.file.open("rb").read()
    assert copy_media(site_dir, {image.pk}) == (copied, [])


def test_media_served_from_elsewhere_are_not_copied(site_dir, settings):
    settings.MEDIA_URL = "https://cdn.example.org/media/"
    assert copy_media(site_dir, {ImageFactory().pk}) == ({}, [])
