"""The static search index: entries as the results show them, words without accents."""

import datetime
import json

import pytest
from django.utils import timezone

from newsdesk.publishing.search_index import (
    distinct_words,
    entries_for,
    index_content,
    normalise,
    read_entries,
)
from tests.factories import ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("text", "normalised"),
    [
        ("Haliéus", "halieus"),
        ("CITTÀ perché", "citta perche"),
        ("İstanbul", "istanbul"),
        ("Ångström", "angstrom"),
        ("straße", "straße"),  # no accent to strip: matched as written
    ],
)
def test_normalise(text, normalised):
    assert normalise(text) == normalised


def test_distinct_words_in_order_of_first_appearance():
    assert distinct_words("Nets, nets and BOATS!", "boats’ nets; l'été") == [
        "nets",
        "and",
        "boats",
        "l",
        "ete",
    ]


def test_an_entry_is_what_a_result_shows_and_the_words_it_matches():
    published = timezone.make_aware(datetime.datetime(2024, 7, 8, 9, 30))
    article = ArticleFactory(
        title="Le reti di Haliéus",
        language="it",
        body="<p>La cooperativa <b>Haliéus</b> ripara le reti. Le reti!</p>",
        published_at=published,
        categories=[CategoryFactory(slug="pesca"), CategoryFactory(slug="eventi")],
    )
    (entry,) = entries_for([article.pk])
    assert entry == {
        "id": article.pk,
        "title": "Le reti di Haliéus",
        "untitled": False,
        "url": "/it/news/le-reti-di-halieus/",
        "date": "2024-07-08T09:30:00+02:00",
        "date_text": "8 luglio 2024",
        "year": 2024,
        "categories": ["eventi", "pesca"],
        "excerpt": "La cooperativa Haliéus ripara le reti. Le reti!",
        "text": "le reti di halieus la cooperativa ripara",
    }
    assert " halieus" in " " + entry["text"]  # what the script looks for: "halieus" matches


def test_an_untitled_article_has_its_stand_in_title():
    article = ArticleFactory(title="", body="<p>The harbour market opens on Sunday.</p>")
    (entry,) = entries_for([article.pk])
    assert (entry["title"], entry["untitled"]) == ("The harbour market opens on Sunday.", True)


def test_the_index_file_round_trips():
    entries = [{"id": 3, "title": "A"}, {"id": 1, "title": "B"}]
    content = index_content("en", entries)
    assert json.loads(content) == {"format": 1, "language": "en", "articles": entries}
    assert read_entries(content) == {3: entries[0], 1: entries[1]}
    assert read_entries(b"not json") is None
    assert read_entries(b'{"format": 99}') is None
