"""The article admin for each role, through the admin UI and by direct POST."""

import datetime

import pytest
from django.utils import timezone

from newsdesk.news.models import Article, AuditEntry, Revision
from tests.factories import ArticleFactory
from tests.news.admin.conftest import form_data

pytestmark = pytest.mark.django_db

ADD = "/admin/news/article/add/"


def change_url(article) -> str:
    return f"/admin/news/article/{article.pk}/change/"


class TestContributor:
    def test_writes_a_draft_and_owns_it(self, client, contributor):
        client.force_login(contributor)
        assert client.get(ADD).status_code == 200
        response = client.post(ADD, form_data())
        assert response.status_code == 302
        article = Article.objects.get()
        assert (article.title, article.status, article.created_by) == (
            "A new cooperative bakery", Article.Status.DRAFT, contributor
        )  # fmt: skip
        assert article.revisions.count() == 1

    def test_cannot_publish_by_direct_post(self, client, contributor):
        client.force_login(contributor)
        response = client.post(ADD, form_data(status="published"))
        assert response.status_code == 200
        assert "Select a valid choice. published is not one of the available choices." in (
            response.content.decode()
        )
        assert not Article.objects.exists()

    def test_submits_for_review_then_cannot_edit(self, client, contributor):
        client.force_login(contributor)
        client.post(ADD, form_data())
        article = Article.objects.get()
        client.post(change_url(article), form_data(status="review"))
        article.refresh_from_db()
        assert article.status == Article.Status.REVIEW
        response = client.post(change_url(article), form_data(title="Changed", status="draft"))
        assert response.status_code == 403
        article.refresh_from_db()
        assert article.title == "A new cooperative bakery"

    def test_cannot_touch_someone_elses_article(self, client, contributor, other_contributor):
        article = ArticleFactory(status=Article.Status.DRAFT, created_by=other_contributor)
        client.force_login(contributor)
        assert client.get(change_url(article)).status_code == 302  # not in their list
        client.post(change_url(article), form_data(title="Hijacked"))
        client.post(f"/admin/news/article/{article.pk}/delete/", {"post": "yes"})
        article.refresh_from_db()
        assert article.title != "Hijacked"

    def test_no_bulk_publish(self, client, contributor):
        article = ArticleFactory(status=Article.Status.DRAFT, created_by=contributor)
        client.force_login(contributor)
        listing = client.get("/admin/news/article/").content.decode()
        assert "publish_selected" not in listing
        client.post(
            "/admin/news/article/",
            {"action": "publish_selected", "_selected_action": [article.pk]},
        )
        article.refresh_from_db()
        assert article.status == Article.Status.DRAFT

    def test_deletes_own_draft(self, client, contributor):
        article = ArticleFactory(status=Article.Status.DRAFT, created_by=contributor)
        client.force_login(contributor)
        client.post(f"/admin/news/article/{article.pk}/delete/", {"post": "yes"})
        assert not Article.objects.filter(pk=article.pk).exists()

    def test_publication_time_is_not_theirs_to_set(self, client, contributor):
        client.force_login(contributor)
        html = client.get(ADD).content.decode()
        assert 'name="published_at_0"' not in html
        assert 'name="sticky"' not in html


class TestEditor:
    def test_publishes_with_the_form_and_is_audited(self, client, editor):
        client.force_login(editor)
        client.post(ADD, form_data(status="published"))
        article = Article.objects.get()
        assert article.status == Article.Status.PUBLISHED and article.published_at
        entry = AuditEntry.objects.get()
        assert (entry.action, entry.user, entry.article) == ("publish", editor, article)

    def test_schedules_in_the_site_time_zone(self, client, editor):
        client.force_login(editor)
        when = timezone.localtime() + datetime.timedelta(days=2)
        client.post(
            ADD,
            form_data(
                status="published",
                published_at_0=when.strftime("%Y-%m-%d"),
                published_at_1="10:30:00",
            ),
        )
        article = Article.objects.get()
        local = timezone.localtime(article.published_at)
        assert (local.date(), local.hour, local.minute) == (when.date(), 10, 30)
        assert str(local.tzinfo) == "Europe/Rome"
        assert article.is_scheduled
        assert AuditEntry.objects.get().action == "schedule"
        listing = client.get("/admin/news/article/?state=scheduled").content.decode()
        assert f"Scheduled for {local:%-d %b %Y}, 10:30" in listing

    def test_edits_anyones_article(self, client, editor, contributor):
        article = ArticleFactory(status=Article.Status.REVIEW, created_by=contributor)
        client.force_login(editor)
        client.post(change_url(article), form_data(title="Edited by the editor", status="review"))
        article.refresh_from_db()
        assert article.title == "Edited by the editor"

    def test_bulk_publish_and_unpublish(self, client, editor):
        drafts = [ArticleFactory(status=Article.Status.DRAFT) for _ in range(2)]
        client.force_login(editor)
        ids = [a.pk for a in drafts]
        client.post("/admin/news/article/", {"action": "publish_selected", "_selected_action": ids})
        assert Article.objects.published().count() == 2
        client.post(
            "/admin/news/article/", {"action": "unpublish_selected", "_selected_action": ids}
        )
        assert not Article.objects.published().exists()
        assert sorted(AuditEntry.objects.values_list("action", flat=True)) == [
            "publish", "publish", "unpublish", "unpublish"
        ]  # fmt: skip

    def test_delete_is_audited_and_url_becomes_404(self, client, editor):
        article = ArticleFactory(title="Soon gone")
        client.force_login(editor)
        client.post(f"/admin/news/article/{article.pk}/delete/", {"post": "yes"})
        entry = AuditEntry.objects.get()
        assert (entry.action, entry.article_title, entry.detail) == (
            "delete", "Soon gone", "/news/soon-gone/"
        )  # fmt: skip
        client.logout()
        assert client.get("/news/soon-gone/").status_code == 404

    def test_filters_search_and_dates(self, client, editor):
        ArticleFactory(title="Harbour news", status=Article.Status.DRAFT)
        ArticleFactory(title="Vineyard news")
        client.force_login(editor)
        assert "Harbour news" in client.get("/admin/news/article/?state=draft").content.decode()
        assert (
            "Vineyard news" not in client.get("/admin/news/article/?state=draft").content.decode()
        )
        assert "Vineyard news" in client.get("/admin/news/article/?q=vineyard").content.decode()
        for query in ["?language__exact=en", "?state=published", "?state=review"]:
            assert client.get(f"/admin/news/article/{query}").status_code == 200


def test_administrator_can_do_everything(client, administrator, contributor):
    article = ArticleFactory(status=Article.Status.REVIEW, created_by=contributor)
    client.force_login(administrator)
    client.post(change_url(article), form_data(title="By the admin", status="published"))
    article.refresh_from_db()
    assert (article.title, article.status) == ("By the admin", Article.Status.PUBLISHED)
    assert client.get("/admin/auth/user/").status_code == 200


class TestBadInput:
    def test_duplicate_slug_is_explained_and_input_kept(self, client, editor):
        ArticleFactory(title="Taken", slug="taken")
        client.force_login(editor)
        response = client.post(ADD, form_data(title="My careful title", slug="taken"))
        html = response.content.decode()
        assert response.status_code == 200
        assert "Article with this Language and Slug already exists." in html
        assert 'value="My careful title"' in html

    def test_impossible_date_is_explained(self, client, editor):
        client.force_login(editor)
        response = client.post(
            ADD, form_data(status="published", published_at_0="2024-02-31", published_at_1="25:99")
        )
        html = response.content.decode()
        assert response.status_code == 200
        assert "Enter a valid date." in html and "Enter a valid time." in html
        assert not Article.objects.exists()

    @pytest.mark.parametrize(
        "body",
        [
            "<p>Hi<script>alert(1)</script></p>",
            '<p><img src=x onerror="alert(1)"></p>',
            '<p><a href="javascript:alert(1)">x</a></p>',
            '<p><iframe src="https://evil.example"></iframe></p>',
        ],
    )
    def test_body_is_sanitised_whatever_the_editor_sends(self, client, editor, body):
        client.force_login(editor)
        client.post(ADD, form_data(body=body))
        stored = Article.objects.get().body.lower()
        assert "script" not in stored and "onerror" not in stored
        assert "javascript:" not in stored and "iframe" not in stored


def test_every_save_keeps_a_revision(client, editor):
    client.force_login(editor)
    client.post(ADD, form_data())
    article = Article.objects.get()
    client.post(change_url(article), form_data(title="Second title"))
    client.post(change_url(article), form_data(title="Third title"))
    assert list(Revision.objects.filter(article=article).values_list("data__title", flat=True)) == [
        "Third title", "Second title", "A new cooperative bakery"
    ]  # fmt: skip
    assert set(Revision.objects.values_list("created_by", flat=True)) == {editor.pk}
