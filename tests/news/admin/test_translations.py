"""Translating an article in the admin, and the out-of-date list."""

import datetime

import pytest
from django.utils import timezone

from newsdesk.news import workflow
from newsdesk.news.models import Article
from tests.factories import ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db


def test_translate_into_creates_a_linked_draft(client, editor):
    fisheries = CategoryFactory(slug="fisheries")
    source = ArticleFactory(title="Annual assembly", dateline="Rome", categories=[fisheries])
    client.force_login(editor)
    page = client.get(f"/admin/news/article/{source.pk}/change/").content.decode()
    assert "Translate into Italian" in page
    response = client.post(f"/admin/news/article/{source.pk}/translate/it/")
    draft = Article.objects.get(language="it")
    assert response["Location"] == f"/admin/news/article/{draft.pk}/change/"
    assert (draft.title, draft.dateline, draft.status, draft.translation_source) == (
        "Annual assembly", "Rome", Article.Status.DRAFT, source
    )  # fmt: skip
    assert list(draft.categories.all()) == [fisheries]
    assert draft.slug == "annual-assembly"
    # Asking again opens the same version rather than making a second one.
    client.post(f"/admin/news/article/{source.pk}/translate/it/")
    assert Article.objects.filter(language="it").count() == 1
    assert (
        "No other language yet."
        not in client.get(f"/admin/news/article/{source.pk}/change/").content.decode()
    )


def test_unknown_or_same_language_is_refused(client, editor):
    source = ArticleFactory()
    client.force_login(editor)
    for code in ["xx", "en"]:
        client.post(f"/admin/news/article/{source.pk}/translate/{code}/")
    assert Article.objects.count() == 1


def test_contributors_translate_into_their_own_drafts(client, contributor):
    source = ArticleFactory()
    client.force_login(contributor)
    client.post(f"/admin/news/article/{source.pk}/translate/it/")
    assert Article.objects.get(language="it").created_by == contributor


def test_out_of_date_translations_are_listed(client, editor):
    source = ArticleFactory(title="Source story")
    translation = workflow.translate(source, "it", editor)
    Article.objects.filter(pk=translation.pk).update(
        updated_at=timezone.now() - datetime.timedelta(hours=1)
    )
    fresh_source = ArticleFactory(title="Another source")
    fresh = workflow.translate(fresh_source, "it", editor)
    source.body = "<p>Updated facts.</p>"
    source.save()
    client.force_login(editor)
    listing = client.get("/admin/news/article/?translation=out-of-date")
    listed = [a.pk for a in listing.context["cl"].result_list]
    assert listed == [translation.pk]
    assert fresh.pk not in listed
    assert translation.translation_out_of_date


def test_family_and_public_translations():
    source = ArticleFactory(title="Story")
    italian = workflow.translate(source, "it", None)
    assert set(source.translation_family()) == {source, italian}
    assert source.public_translations() == []  # the Italian draft is not public yet
    workflow.publish(italian, None)
    assert source.public_translations() == [italian]
    assert italian.public_translations() == [source]
