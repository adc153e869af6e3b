"""newsdesk export_static: the report, the incremental listing, and clear errors."""

import pytest
from django.core.management import CommandError, call_command

from tests.publishing.conftest import BASE_URL

pytestmark = pytest.mark.django_db


def run(*args) -> str:
    from io import StringIO

    out = StringIO()
    call_command("export_static", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_export_then_incremental(newsroom, site_dir):
    out = run(str(site_dir), "--base-url", BASE_URL, "--jobs", "1")
    assert out.startswith("Exported 87 of 87 pages rendered in ")
    assert f"{site_dir} holds " in out
    assert out.endswith("Broken links: none.\n")

    article = newsroom.articles[6]
    article.title = "Harbour news, last"
    article.save()
    out = run(str(site_dir), "--base-url", BASE_URL, "--jobs", "1", "--incremental")
    assert out.startswith("Incremental export: ")
    assert f"  wrote news/{article.slug}/index.html\n" in out
    assert "  removed" not in out


def test_without_a_base_url_the_local_server_is_assumed(site_dir, settings):
    settings.NEWSDESK_BASE_URL = ""
    out = run(str(site_dir), "--jobs", "1")
    assert out.startswith(
        "No --base-url and no NEWSDESK_BASE_URL: links in feeds and sitemaps will start with "
        "http://localhost:8000 (right for python3 -m http.server).\n"
    )
    assert "Sitemap: http://localhost:8000/sitemap.xml" in (site_dir / "robots.txt").read_text()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--jobs", "0"], "--jobs must be at least 1."),
        (["--base-url", "ftp://example.org"], "--base-url must start with http:// or https://"),
    ],
)
def test_bad_input(site_dir, args, message):
    with pytest.raises(CommandError, match=message):
        run(str(site_dir), *args)


def test_a_file_in_the_way(tmp_path):
    (tmp_path / "site").write_text("not a folder")
    with pytest.raises(CommandError, match="exists and is not a folder"):
        run(str(tmp_path / "site"), "--base-url", BASE_URL)
