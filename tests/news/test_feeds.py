"""RSS, Atom and JSON Feed, read back with a real feed parser."""

import datetime
import zoneinfo

import feedparser
import pytest
from django.utils import timezone

from newsdesk.news.models import Article
from tests.factories import ArticleFactory, AuthorFactory, CategoryFactory, ImageFactory, TagFactory

pytestmark = pytest.mark.django_db

ROME = zoneinfo.ZoneInfo("Europe/Rome")


@pytest.fixture
def story():
    return ArticleFactory(
        title="Haliéus grows",
        body="<p>The “Haliéus” fleet – now ten boats – grew.</p>",
        published_at=datetime.datetime(2024, 7, 8, 9, 30, tzinfo=ROME),
        featured_image=ImageFactory(alt_text="Boats at dawn"),
        authors=[AuthorFactory(name="Ada Rossi", slug="ada-rossi")],
        categories=[CategoryFactory(name="Fisheries", slug="fisheries")],
        tags=[TagFactory(name="Boats", slug="boats")],
    )


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response, feedparser.parse(response.content)


@pytest.mark.parametrize("url", ["/news/feed/", "/news/feed/atom/"])
def test_rss_and_atom_items_carry_every_field(client, story, url):
    response, feed = parse(client, url)
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.title == "Newsdesk"
    assert feed.feed.link == "http://testserver/news/"
    [entry] = feed.entries
    assert entry.title == "Haliéus grows"
    assert entry.link == "http://testserver/news/halieus-grows/"
    assert entry.id == f"tag:newsdesk.invalid,{story.created_at:%Y-%m-%d}:article-{story.pk}"
    assert entry.published_parsed[:5] == (2024, 7, 8, 7, 30)  # 09:30 in Rome is 07:30 UTC
    assert entry.author == "Ada Rossi"
    assert [t.term for t in entry.tags] == ["Fisheries", "Boats"]
    assert entry.summary == "The “Haliéus” fleet – now ten boats – grew."
    assert entry.content[0].value == "<p>The “Haliéus” fleet – now ten boats – grew.</p>"
    assert entry.media_content[0]["url"] == f"http://testserver{story.featured_image.file.url}"
    assert entry.media_content[0]["width"] == "640"
    enclosure = [link for link in entry.links if link.rel == "enclosure"][0]
    assert enclosure.href == f"http://testserver{story.featured_image.file.url}"
    assert enclosure.type == "image/jpeg"
    assert int(enclosure.length) == story.featured_image.file.size
    assert "Last-Modified" in response


def test_rss_dates_carry_the_time_zone(client, story):
    body = client.get("/news/feed/").content.decode()
    assert "<pubDate>Mon, 08 Jul 2024 09:30:00 +0200</pubDate>" in body
    assert '<guid isPermaLink="false">' in body


def test_json_feed(client, story):
    response = client.get("/news/feed.json")
    assert response["Content-Type"] == "application/feed+json"
    data = response.json()
    assert data["version"] == "https://jsonfeed.org/version/1.1"
    assert data["feed_url"] == "http://testserver/news/feed.json"
    [item] = data["items"]
    assert item == {
        "id": f"tag:newsdesk.invalid,{story.created_at:%Y-%m-%d}:article-{story.pk}",
        "url": "http://testserver/news/halieus-grows/",
        "title": "Haliéus grows",
        "summary": "The “Haliéus” fleet – now ten boats – grew.",
        "content_html": "<p>The “Haliéus” fleet – now ten boats – grew.</p>",
        "date_published": "2024-07-08T07:30:00+00:00",
        "date_modified": story.updated_at.isoformat(),
        "authors": [{"name": "Ada Rossi", "url": "http://testserver/news/author/ada-rossi/"}],
        "tags": ["Fisheries", "Boats"],
        "language": "en",
        "image": f"http://testserver{story.featured_image.file.url}",
        "attachments": [
            {
                "url": f"http://testserver{story.featured_image.file.url}",
                "mime_type": "image/jpeg",
                "size_in_bytes": story.featured_image.file.size,
            }
        ],
    }


def test_guid_survives_a_slug_change(client, story):
    before = parse(client, "/news/feed/")[1].entries[0].id
    story.slug = "renamed"
    story.save()
    after = parse(client, "/news/feed/")[1].entries[0]
    assert after.id == before
    assert after.link == "http://testserver/news/renamed/"


def test_excerpts_only_setting(client, story, settings):
    settings.NEWSDESK_FEED_FULL_CONTENT = False
    assert "<content:encoded>" not in client.get("/news/feed/").content.decode()
    assert '<content type="html">' not in client.get("/news/feed/atom/").content.decode()
    assert client.get("/news/feed.json").json()["items"][0]["content_text"] == story.summary


def test_untitled_articles_get_a_title(client):
    ArticleFactory(title="", body="<p>Rome, 8 July 2024 – A short note on the assembly.</p>")
    entry = parse(client, "/news/feed/")[1].entries[0]
    assert entry.title == "Rome, 8 July 2024 – A short note…"


def test_drafts_and_scheduled_never_appear(client, story):
    ArticleFactory(title="Draft", status=Article.Status.DRAFT)
    ArticleFactory(title="Later", published_at=timezone.now() + datetime.timedelta(minutes=5))
    for url in ["/news/feed/", "/news/feed/atom/"]:
        assert [e.title for e in parse(client, url)[1].entries] == ["Haliéus grows"]
    assert [i["title"] for i in client.get("/news/feed.json").json()["items"]] == ["Haliéus grows"]


def test_newest_twenty(client, settings):
    for _ in range(25):
        ArticleFactory()
    assert len(parse(client, "/news/feed/")[1].entries) == 20
    settings.NEWSDESK_FEED_ITEMS = 3
    assert len(client.get("/news/feed.json").json()["items"]) == 3


@pytest.mark.parametrize("kind", ["category/fisheries", "tag/boats", "author/ada-rossi"])
def test_section_feeds(client, story, kind):
    ArticleFactory(title="Elsewhere")
    for suffix in ["feed/", "feed/atom/"]:
        feed = parse(client, f"/news/{kind}/{suffix}")[1]
        assert [e.title for e in feed.entries] == ["Haliéus grows"]
    assert [i["title"] for i in client.get(f"/news/{kind}/feed.json").json()["items"]] == [
        "Haliéus grows"
    ]


def test_unknown_section_feed_is_404(client):
    for url in [
        "/news/category/nope/feed/",
        "/news/tag/nope/feed/atom/",
        "/news/author/x/feed.json",
    ]:
        assert client.get(url).status_code == 404


def test_italian_feed_has_italian_articles(client, story):
    ArticleFactory(title="Assemblea annuale", language="it")
    feed = parse(client, "/it/news/feed/")[1]
    assert [e.title for e in feed.entries] == ["Assemblea annuale"]
    assert feed.feed.language == "it"


def test_conditional_get_answers_304(client, story):
    response = client.get("/news/feed/")
    etag, modified = response["ETag"], response["Last-Modified"]
    assert client.get("/news/feed/", headers={"if-none-match": etag}).status_code == 304
    assert client.get("/news/feed/", headers={"if-modified-since": modified}).status_code == 304
    json_response = client.get("/news/feed.json")
    assert (
        client.get("/news/feed.json", headers={"if-none-match": json_response["ETag"]}).status_code
        == 304
    )


def test_autodiscovery_links_on_pages(client, story):
    html = client.get("/news/").content.decode()
    assert (
        '<link rel="alternate" type="application/rss+xml" title="All news (RSS)" href="/news/feed/">'
        in html
    )
    assert (
        '<link rel="alternate" type="application/feed+json" title="All news (JSON Feed)" href="/news/feed.json">'
        in html
    )
    category_page = client.get("/news/category/fisheries/").content.decode()
    assert (
        '<link rel="alternate" type="application/atom+xml" title="Fisheries (Atom)" '
        'href="/news/category/fisheries/feed/atom/">'
    ) in category_page
    assert (
        '<link rel="alternate" type="application/rss+xml" title="Tutte le notizie (RSS)" '
        'href="/it/news/feed/">'
    ) in client.get("/it/news/").content.decode()


def test_the_shared_feed_object_keeps_no_request_state(client, story):
    from newsdesk.news.urls import urlpatterns

    feed = next(p.callback for p in urlpatterns if p.name == "feed")
    client.get("/news/feed/")
    client.get("/news/category/fisheries/feed/")
    assert not hasattr(feed, "section") and not hasattr(feed, "images")


@pytest.mark.parametrize("url", ["/news/feed/", "/news/feed/atom/", "/news/feed.json"])
def test_a_feed_costs_the_same_queries_whatever_its_length(client, story, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as one:
        client.get(url)
    for _ in range(4):
        ArticleFactory(featured_image=ImageFactory(), authors=[AuthorFactory()])
    with CaptureQueriesContext(connection) as five:
        client.get(url)
    assert len(five) == len(one)


def test_several_authors_and_labels_in_name_order_in_every_format(client):
    article = ArticleFactory(
        authors=[AuthorFactory(name="Zoe Bianchi", slug="zoe"), AuthorFactory(name="Ada Rossi")],
        categories=[CategoryFactory(name="Water"), CategoryFactory(name="Farming")],
        tags=[TagFactory(name="youth"), TagFactory(name="boats")],
    )
    ArticleFactory(authors=[], categories=[], tags=[])  # an item with none of them
    _response, rss = parse(client, "/news/feed/")
    entry = next(e for e in rss.entries if e.title == article.title)
    assert entry.author == "Ada Rossi, Zoe Bianchi"
    assert [t.term for t in entry.tags] == ["Farming", "Water", "boats", "youth"]
    items = client.get("/news/feed.json").json()["items"]
    item = next(i for i in items if i["title"] == article.title)
    assert [a["name"] for a in item["authors"]] == ["Ada Rossi", "Zoe Bianchi"]
    assert item["authors"][1]["url"] == "http://testserver/news/author/zoe/"
    assert item["tags"] == ["Farming", "Water", "boats", "youth"]
    assert [i for i in items if i["title"] != article.title][0]["authors"] == []
