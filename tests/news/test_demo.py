"""The demo newsroom (newsdesk demo) covers every case the reference page shows."""

import pytest
from django.core.management import CommandError, call_command

from newsdesk.core.text import EXCERPT_MORE
from newsdesk.news.models import Article, Author, Category, Tag

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    call_command("demo")


def test_demo_covers_the_reference_cases(demo):
    public = Article.objects.published()
    english = public.filter(language="en")
    assert english.count() >= 40 - 2
    assert Article.objects.count() >= 40
    assert english.filter(title="").count() == 1
    assert english.filter(sticky=True).count() == 1
    assert Article.objects.filter(status=Article.Status.DRAFT).count() == 1
    assert Article.objects.published().count() == Article.objects.count() - 2  # draft, scheduled
    assert sum(1 for a in english if a.excerpt) >= 3
    assert sum(1 for a in english if not a.excerpt and not a.summary.endswith(EXCERPT_MORE)) >= 3
    assert sum(1 for a in english if a.summary.endswith(EXCERPT_MORE)) >= 20
    assert any("\u00a0" in a.summary for a in english)
    assert any("Haliéus" in a.title or "Haliéus" in a.body for a in english)
    assert any(a.summary.startswith("Rome, ") and " \u2013 " in a.summary[:40] for a in english)
    assert any("\u201c" in a.body and "\u2019" in a.body for a in english)
    assert public.filter(language="it").count() >= 10
    assert Author.objects.count() >= 3 and Category.objects.count() >= 3
    assert Tag.objects.count() >= 5
    assert english.filter(featured_image__isnull=False).count() >= 30
    assert english.filter(featured_image__decorative=True).count() >= 1


def test_draft_and_scheduled_are_invisible(demo, client):
    hidden = Article.objects.exclude(pk__in=Article.objects.published())
    assert hidden.count() == 2
    for article in hidden:
        assert client.get(article.get_absolute_url()).status_code == 404


def test_listing_shows_nine_and_every_page_works(demo, client):
    response = client.get("/news/")
    assert len(response.context["articles"]) == 9
    pages = response.context["paginator"].num_pages
    for number in range(2, pages + 1):
        assert client.get(f"/news/page/{number}/").status_code == 200


def test_every_public_article_page_renders(demo, client):
    for article in Article.objects.published():
        assert client.get(article.get_absolute_url()).status_code == 200


def test_pictures_are_real_jpegs(demo):
    article = Article.objects.exclude(featured_image=None).first()
    image = article.featured_image
    assert (image.width, image.height) == (1200, 800)
    with image.file.open("rb") as handle:
        assert handle.read(3) == b"\xff\xd8\xff"


def test_loading_twice_is_refused_with_a_sentence(demo):
    with pytest.raises(CommandError, match="already has articles"):
        call_command("demo")


def test_if_empty_skips_quietly(demo, capsys):
    count = Article.objects.count()
    call_command("demo", "--if-empty")
    assert Article.objects.count() == count
    assert "demo content not loaded" in capsys.readouterr().out
