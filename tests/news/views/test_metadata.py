"""Search-engine and social metadata on every page, and NewsArticle JSON-LD on articles."""

import datetime
import json
import re
import zoneinfo

import pytest

from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory, ImageFactory

pytestmark = pytest.mark.django_db

ROME = zoneinfo.ZoneInfo("Europe/Rome")


def json_ld(html: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


@pytest.fixture
def story():
    return ArticleFactory(
        title="Haliéus grows",
        dateline="Rome",
        body="<p>The fleet grew to ten boats this summer.</p>",
        published_at=datetime.datetime(2024, 7, 8, 9, 30, tzinfo=ROME),
        featured_image=ImageFactory(alt_text="Boats at dawn"),
        authors=[AuthorFactory(name="Ada Rossi", slug="ada-rossi")],
    )


def test_article_page_metadata(client, story):
    html = client.get("/news/halieus-grows/").content.decode()
    image_url = f"http://testserver{story.featured_image.file.url}"
    for tag in [
        "<title>Haliéus grows – Newsdesk</title>",
        '<meta name="description" content="The fleet grew to ten boats this summer.">',
        '<link rel="canonical" href="http://testserver/news/halieus-grows/">',
        '<meta property="og:type" content="article">',
        '<meta property="og:title" content="Haliéus grows">',
        '<meta property="og:url" content="http://testserver/news/halieus-grows/">',
        f'<meta property="og:image" content="{image_url}">',
        '<meta property="og:image:width" content="640">',
        '<meta property="og:image:height" content="427">',
        '<meta property="og:image:alt" content="Boats at dawn">',
        '<meta name="twitter:card" content="summary_large_image">',
        '<meta property="article:published_time" content="2024-07-08T09:30:00+02:00">',
    ]:
        assert tag in html, tag


def test_article_json_ld(client, story):
    data = json_ld(client.get("/news/halieus-grows/").content.decode())
    assert data == {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Haliéus grows",
        "url": "http://testserver/news/halieus-grows/",
        "mainEntityOfPage": "http://testserver/news/halieus-grows/",
        "datePublished": "2024-07-08T07:30:00+00:00",
        "dateModified": story.updated_at.isoformat(),
        "inLanguage": "en",
        "description": "The fleet grew to ten boats this summer.",
        "author": [
            {
                "@type": "Person",
                "name": "Ada Rossi",
                "url": "http://testserver/news/author/ada-rossi/",
            }
        ],
        "publisher": {"@type": "Organization", "name": "Newsdesk"},
        "image": [
            {
                "@type": "ImageObject",
                "url": f"http://testserver{story.featured_image.file.url}",
                "width": 640,
                "height": 427,
            }
        ],
        "dateline": "Rome",
    }


def test_article_text_cannot_close_the_json_ld_script(client):
    ArticleFactory(title="</script><script>alert(1)</script>", slug="x")
    html = client.get("/news/x/").content.decode()
    assert "<script>alert(1)" not in html
    assert json_ld(html)["headline"] == "</script><script>alert(1)</script>"


def test_listing_and_home_metadata(client, settings):
    settings.NEWSDESK_SOCIAL_IMAGE_URL = "/static/social.png"
    CategoryFactory(name="Fisheries", slug="fisheries", description="Boats & nets.")
    html = client.get("/news/category/fisheries/").content.decode()
    assert '<meta name="description" content="Boats &amp; nets.">' in html
    assert '<link rel="canonical" href="http://testserver/news/category/fisheries/">' in html
    assert '<meta property="og:image" content="http://testserver/static/social.png">' in html
    home = client.get("/").content.decode()
    assert (
        '<meta name="description" content="News and stories from our member cooperatives.">' in home
    )
    assert '<meta property="og:type" content="website">' in home


def test_page_two_canonical_is_itself(client):
    for _ in range(10):
        ArticleFactory()
    html = client.get("/news/page/2/").content.decode()
    assert '<link rel="canonical" href="http://testserver/news/page/2/">' in html
