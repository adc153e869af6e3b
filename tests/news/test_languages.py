"""Content per language: unprefixed English, prefixed Italian; the language switcher, hreflang
alternates, <html lang>, "Also in", localised dates, and a third language added by settings
alone."""

import datetime
import re
import zoneinfo

import pytest
from django.db import connection
from django.test.html import parse_html
from django.test.utils import CaptureQueriesContext

from newsdesk.news import languages
from newsdesk.news.models import Article
from tests.factories import ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db

ROME = zoneinfo.ZoneInfo("Europe/Rome")
JULY_8 = datetime.datetime(2024, 7, 8, 9, 30, tzinfo=ROME)


def html_of(client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def switcher(html: str):
    """The language switcher's markup, parsed (compared whatever the whitespace)."""
    match = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S)
    assert match, "no language switcher on the page"
    return parse_html(match.group(0))


def expected_switcher(*links: tuple[str, str, str, bool], label: str = "Language"):
    items = "".join(
        f'<li><a href="{url}" hreflang="{code}" lang="{code}"'
        + (' aria-current="true"' if current else "")
        + f">{name}</a></li>"
        for code, name, url, current in links
    )
    return parse_html(f'<nav class="language-switcher" aria-label="{label}"><ul>{items}</ul></nav>')


def hreflang_links(html: str) -> list[tuple[str, str]]:
    head = html[: html.index("</head>")]
    return re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', head)


@pytest.fixture
def story():
    """An English article and its published Italian translation."""
    english = ArticleFactory(title="Annual assembly", language="en", published_at=JULY_8)
    italian = ArticleFactory(
        title="Assemblea annuale", language="it", translation_source=english, published_at=JULY_8
    )
    return english, italian


# Addresses per language


def test_each_language_lists_its_own_articles(client):
    english = ArticleFactory(title="Annual assembly", language="en")
    italian = ArticleFactory(title="Assemblea annuale", language="it")
    assert [a.pk for a in client.get("/news/").context["articles"]] == [english.pk]
    assert [a.pk for a in client.get("/it/news/").context["articles"]] == [italian.pk]
    assert italian.get_absolute_url() == "/it/news/assemblea-annuale/"
    assert client.get("/it/news/assemblea-annuale/").status_code == 200
    assert '<html lang="it">' in client.get("/it/news/").content.decode()


def test_unknown_language_prefix_is_404(client):
    assert client.get("/xx/news/").status_code == 404
    assert client.get("/en/news/").status_code == 404  # the default language is unprefixed


def test_an_article_is_only_at_its_own_language_address(client, story):
    assert client.get("/it/news/annual-assembly/").status_code == 404
    assert client.get("/news/assemblea-annuale/").status_code == 404


# The switcher


def test_switcher_leads_to_the_translation(client, story):
    assert switcher(html_of(client, "/news/annual-assembly/")) == expected_switcher(
        ("en", "English", "/news/annual-assembly/", True),
        ("it", "Italiano", "/it/news/assemblea-annuale/", False),
    )
    assert switcher(html_of(client, "/it/news/assemblea-annuale/")) == expected_switcher(
        ("en", "English", "/news/annual-assembly/", False),
        ("it", "Italiano", "/it/news/assemblea-annuale/", True),
        label="Lingua",
    )


def test_switcher_without_a_translation_goes_to_the_listing(client):
    ArticleFactory(title="Only in English", language="en")
    ArticleFactory(title="Solo in italiano", language="it")
    assert switcher(html_of(client, "/news/only-in-english/")) == expected_switcher(
        ("en", "English", "/news/only-in-english/", True),
        ("it", "Italiano", "/it/news/", False),
    )
    assert switcher(html_of(client, "/it/news/solo-in-italiano/")) == expected_switcher(
        ("en", "English", "/news/", False),
        ("it", "Italiano", "/it/news/solo-in-italiano/", True),
        label="Lingua",
    )


def test_an_unpublished_translation_is_not_offered(client, story):
    english, italian = story
    italian.status = Article.Status.DRAFT
    italian.save()
    html = html_of(client, "/news/annual-assembly/")
    assert '<a href="/it/news/" hreflang="it" lang="it">Italiano</a>' in html
    assert "assemblea-annuale" not in html
    assert hreflang_links(html) == []


def test_switcher_on_home_listings_and_archives(client):
    CategoryFactory(name="Fisheries", slug="fisheries")
    ArticleFactory(published_at=JULY_8)
    assert switcher(html_of(client, "/")) == expected_switcher(
        ("en", "English", "/", True), ("it", "Italiano", "/it/", False)
    )
    assert switcher(html_of(client, "/news/category/fisheries/")) == expected_switcher(
        ("en", "English", "/news/category/fisheries/", True),
        ("it", "Italiano", "/it/news/category/fisheries/", False),
    )
    # Italian may have nothing in July 2024: the switcher goes to the Italian news instead.
    assert switcher(html_of(client, "/news/2024/07/")) == expected_switcher(
        ("en", "English", "/news/2024/07/", True), ("it", "Italiano", "/it/news/", False)
    )


def test_switcher_on_error_pages_and_search(client):
    response = client.get("/it/news/nothing-here/")
    assert response.status_code == 404
    html = response.content.decode()
    assert switcher(html) == expected_switcher(
        ("en", "English", "/news/", False),
        ("it", "Italiano", "/it/news/nothing-here/", True),
        label="Lingua",
    )
    assert hreflang_links(html) == []
    search = html_of(client, "/search/?q=boats")
    assert '<a href="/it/search/" hreflang="it" lang="it">Italiano</a>' in search


# hreflang alternates and <html lang>


def test_article_with_a_translation_announces_both_and_x_default(client, story):
    expected = [
        ("en", "http://testserver/news/annual-assembly/"),
        ("it", "http://testserver/it/news/assemblea-annuale/"),
        ("x-default", "http://testserver/news/annual-assembly/"),
    ]
    assert hreflang_links(html_of(client, "/news/annual-assembly/")) == expected
    assert hreflang_links(html_of(client, "/it/news/assemblea-annuale/")) == expected


def test_x_default_is_the_default_language_even_when_the_story_began_in_italian(client):
    source = ArticleFactory(title="Festa del raccolto", language="it")
    ArticleFactory(title="Harvest festival", language="en", translation_source=source)
    assert hreflang_links(html_of(client, "/it/news/festa-del-raccolto/")) == [
        ("en", "http://testserver/news/harvest-festival/"),
        ("it", "http://testserver/it/news/festa-del-raccolto/"),
        ("x-default", "http://testserver/news/harvest-festival/"),
    ]


def test_article_without_translation_announces_no_alternates(client):
    ArticleFactory(title="Only in English", language="en")
    assert hreflang_links(html_of(client, "/news/only-in-english/")) == []


def test_listings_announce_every_language(client, settings):
    settings.NEWSDESK_BASE_URL = "https://news.example.org"
    CategoryFactory(slug="fisheries")
    assert hreflang_links(html_of(client, "/it/news/")) == [
        ("en", "https://news.example.org/news/"),
        ("it", "https://news.example.org/it/news/"),
        ("x-default", "https://news.example.org/news/"),
    ]
    assert hreflang_links(html_of(client, "/")) == [
        ("en", "https://news.example.org/"),
        ("it", "https://news.example.org/it/"),
        ("x-default", "https://news.example.org/"),
    ]
    assert hreflang_links(html_of(client, "/news/category/fisheries/"))[1] == (
        "it",
        "https://news.example.org/it/news/category/fisheries/",
    )


def test_later_pages_and_date_archives_announce_nothing(client, settings):
    settings.NEWSDESK_PAGE_SIZE = 1
    ArticleFactory(published_at=JULY_8)
    ArticleFactory(published_at=JULY_8 - datetime.timedelta(days=1))
    assert hreflang_links(html_of(client, "/news/page/2/")) == []
    assert hreflang_links(html_of(client, "/news/2024/")) == []


def test_html_lang_follows_the_content(client, story):
    assert html_of(client, "/news/annual-assembly/").startswith('<!doctype html>\n<html lang="en">')
    assert html_of(client, "/it/news/assemblea-annuale/").startswith(
        '<!doctype html>\n<html lang="it">'
    )
    assert '<html lang="it">' in html_of(client, "/it/")


# "Also in"


def test_article_page_shows_its_translations(client, story):
    html = html_of(client, "/news/annual-assembly/")
    assert (
        '<p class="article__translations"><span class="label">Also in:</span> '
        '<a href="/it/news/assemblea-annuale/" hreflang="it" lang="it">Italiano</a></p>'
    ) in html
    assert (
        '<p class="article__translations"><span class="label">Disponibile anche in:</span> '
        '<a href="/news/annual-assembly/" hreflang="en" lang="en">English</a></p>'
    ) in html_of(client, "/it/news/assemblea-annuale/")


def test_article_without_translation_shows_no_also_in(client):
    ArticleFactory(title="Only in English", language="en")
    assert "article__translations" not in html_of(client, "/news/only-in-english/")


def test_translations_of_a_translation_share_the_story(client, story, settings):
    settings.LANGUAGES = [("en", "English"), ("it", "Italian"), ("fr", "French")]
    english, _italian = story
    ArticleFactory(title="Assemblée annuelle", language="fr", translation_source=english)
    response = client.get("/it/news/assemblea-annuale/")
    assert [(link.code, link.url) for link in response.context["translations"]] == [
        ("en", "/news/annual-assembly/"),
        ("fr", "/fr/news/assemblee-annuelle/"),
    ]


# The Italian interface and localised dates


def test_the_italian_interface_speaks_italian(client, settings):
    settings.NEWSDESK_PAGE_SIZE = 1
    ArticleFactory(language="it")
    ArticleFactory(language="it")
    html = html_of(client, "/it/news/")
    for text in [
        '<a class="skip-link" href="#main">Passa al contenuto principale</a>',
        '<a href="/it/news/" aria-current="page">Notizie</a>',
        '<a href="/it/news/page/2/" rel="next">Pagina successiva</a>',
        "<title>Notizie – Newsdesk</title>",
    ]:
        assert text in html, text
    assert "Next page" not in html


def test_dates_and_month_archives_in_italian(client):
    ArticleFactory(title="Festa del raccolto", language="it", published_at=JULY_8)
    ArticleFactory(title="Harvest festival", language="en", published_at=JULY_8)
    listing = html_of(client, "/it/news/")
    assert '<time datetime="2024-07-08T09:30:00+02:00">8 luglio 2024</time>' in listing
    article = html_of(client, "/it/news/festa-del-raccolto/")
    assert '<time datetime="2024-07-08T09:30:00+02:00">8 luglio 2024</time>' in article
    assert "<h1>Articoli di luglio 2024</h1>" in html_of(client, "/it/news/2024/07/")
    assert "<h1>Articoli del 2024</h1>" in html_of(client, "/it/news/2024/")
    # English keeps its own style.
    assert "8 July 2024</time>" in html_of(client, "/news/")
    assert "<h1>Articles from July 2024</h1>" in html_of(client, "/news/2024/07/")


# A third language: settings only


@pytest.fixture
def french(settings):
    settings.LANGUAGES = [("en", "English"), ("it", "Italian"), ("fr", "French")]
    return settings


def test_adding_french_needs_no_code(client, french):
    source = ArticleFactory(title="Annual assembly", language="en")
    ArticleFactory(title="Assemblée annuelle", language="fr", translation_source=source)
    html = html_of(client, "/fr/news/assemblee-annuelle/")
    assert html.startswith('<!doctype html>\n<html lang="fr">')
    assert [a.title for a in client.get("/fr/news/").context["articles"]] == ["Assemblée annuelle"]
    # No French catalog of ours: Newsdesk's own strings stay English, Django's are French.
    assert switcher(html) == expected_switcher(
        ("en", "English", "/news/annual-assembly/", False),
        ("it", "Italiano", "/it/news/", False),
        ("fr", "Français", "/fr/news/assemblee-annuelle/", True),
    )
    assert hreflang_links(html) == [
        ("en", "http://testserver/news/annual-assembly/"),
        ("fr", "http://testserver/fr/news/assemblee-annuelle/"),
        ("x-default", "http://testserver/news/annual-assembly/"),
    ]
    assert client.get("/fr/news/feed/").status_code == 200


def test_the_site_languages_are_read_per_request(client, settings):
    # The URL resolvers cache their routes per language, not the list of languages: taking
    # French away again (as a restart with another NEWSDESK_LANGUAGES would) closes /fr/.
    ArticleFactory(title="Bonjour", language="fr")
    settings.LANGUAGES = [("en", "English"), ("it", "Italian"), ("fr", "French")]
    assert client.get("/fr/news/bonjour/").status_code == 200
    settings.LANGUAGES = [("en", "English"), ("it", "Italian")]
    assert client.get("/fr/news/bonjour/").status_code == 404


# The helpers themselves


def test_language_names_and_tags():
    assert languages.language_name("it") == "Italiano"
    assert languages.language_name("fr") == "Français"
    assert languages.language_tag("pt-br") == "pt-BR"
    assert languages.language_tag("zh-hans") == "zh-Hans"
    assert languages.language_tag("it") == "it"


def test_hreflang_alternates_need_two_versions():
    assert languages.hreflang_alternates({"it": "/it/news/solo/"}) == []
    assert languages.hreflang_alternates({"it": "/it/a/", "en": "/b/"}) == [
        ("en", "/b/"),
        ("it", "/it/a/"),
        ("x-default", "/b/"),
    ]


def test_x_default_without_the_default_language_is_the_first_in_settings_order(french):
    assert languages.hreflang_alternates({"fr": "/fr/a/", "it": "/it/a/"})[-1] == (
        "x-default",
        "/it/a/",
    )


# Search per language (the search app is another module's; this checks the languages' side)


@pytest.fixture
def indexed(django_capture_on_commit_callbacks):
    """Create an article and run its on-commit callbacks: the search index then holds it."""

    def make(**fields):
        with django_capture_on_commit_callbacks(execute=True):
            return ArticleFactory(**fields)

    return make


def found_titles(client, url: str, query: str) -> list[str]:
    response = client.get(url, {"q": query})
    assert response.status_code == 200
    return [hit.article.title for hit in response.context["hits"]]


def test_italian_search_finds_italian_articles_only_whatever_the_accents(client, indexed):
    indexed(title="Città in festa", body="<p>La città si prepara.</p>", language="it")
    indexed(title="Città of the year", body="<p>A città in English.</p>", language="en")
    assert found_titles(client, "/it/search/", "citta") == ["Città in festa"]
    assert found_titles(client, "/it/search/", "CITTÀ") == ["Città in festa"]
    assert found_titles(client, "/search/", "citta") == ["Città of the year"]
    page = client.get("/it/search/", {"q": "citta"}).content.decode()
    assert "1 risultato per «citta»" in page


def test_translations_cost_one_query_whatever_their_number(client, french):
    def count_queries(url: str) -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    one = ArticleFactory(title="One", language="en")
    ArticleFactory(title="Uno", language="it", translation_source=one)
    two = ArticleFactory(title="Two", language="en")
    ArticleFactory(title="Due", language="it", translation_source=two)
    ArticleFactory(title="Deux", language="fr", translation_source=two)
    assert count_queries("/news/one/") == count_queries("/news/two/")
