"""Import references: one per WordPress object and site, gone with their Newsdesk object."""

import pytest
from django.db import IntegrityError

from newsdesk.importers.models import ImportReference
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db


def test_one_reference_per_source_kind_and_id():
    article = ArticleFactory()
    ImportReference.objects.create(
        source="https://old.example", kind="post", wp_id="7", article=article
    )
    ImportReference.objects.create(
        source="https://other.example", kind="post", wp_id="7", article=article
    )
    ImportReference.objects.create(source="https://old.example", kind="attachment", wp_id="7")
    with pytest.raises(IntegrityError):
        ImportReference.objects.create(source="https://old.example", kind="post", wp_id="7")


def test_deleting_the_article_deletes_its_reference():
    article = ArticleFactory()
    reference = ImportReference.objects.create(
        source="https://old.example", kind="post", wp_id="7", article=article
    )
    assert str(reference) == "https://old.example post 7"
    article.delete()
    assert ImportReference.objects.count() == 0
