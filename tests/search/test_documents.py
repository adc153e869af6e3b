"""What the index stores for an article."""

import pytest

from newsdesk.search.documents import Document, document_of, searchable_text
from tests.factories import ArticleFactory


@pytest.mark.django_db
def test_document_of_an_article():
    article = ArticleFactory(
        title="Hali\u00e9us\tgrows",
        language="it",
        body="<p>Nets &amp; boats.</p><p>Use &lt;script&gt;\x02 wisely.</p>",
        excerpt="Hand-written\x03 excerpt",
    )
    assert document_of(article) == Document(
        article_id=article.pk,
        language="it",
        title="Hali\u00e9us grows",
        summary="Hand-written excerpt",
        body="Nets & boats. Use <script> wisely.",
    )


@pytest.mark.parametrize(
    ("text", "searchable"),
    [
        ("  a\u00a0b\n\nc ", "a b c"),
        ("mark\x02ers\x03", "mark ers"),
        ("soft\u00adhyphen", "softhyphen"),
        ("Hali\u0065\u0301us", "Hali\u00e9us"),
        (None, ""),
    ],
)
def test_searchable_text(text, searchable):
    assert searchable_text(text) == searchable
