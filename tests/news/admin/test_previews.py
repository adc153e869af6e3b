"""Previews (saved and unsaved), share links, revisions: diff and restore."""

import datetime

import pytest
from django.utils import timezone

from newsdesk.news import workflow
from newsdesk.news.models import Article, AuditEntry, PreviewLink
from tests.factories import ArticleFactory
from tests.news.admin.conftest import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(contributor):
    return ArticleFactory(
        title="Draft about bees", status=Article.Status.DRAFT, created_by=contributor
    )


class TestPreview:
    def test_saved_draft_as_the_public_will_see_it(self, client, editor, draft):
        client.force_login(editor)
        response = client.get(f"/admin/news/article/{draft.pk}/preview/")
        html = response.content.decode()
        assert response.status_code == 200
        assert '<h1 class="article__title">Draft about bees</h1>' in html
        assert '<meta name="robots" content="noindex">' in html
        assert response["X-Robots-Tag"] == "noindex, nofollow"
        assert {"private", "no-store"} <= set(response["Cache-Control"].split(", "))

    def test_unsaved_changes_are_shown_and_not_saved(self, client, contributor, draft):
        client.force_login(contributor)
        response = client.post(
            f"/admin/news/article/{draft.pk}/preview/",
            form_data(title="Bees, revised", body="<p>New words<script>x()</script></p>"),
        )
        html = response.content.decode()
        assert '<h1 class="article__title">Bees, revised</h1>' in html
        assert "<p>New words</p>" in html and "x()" not in html
        draft.refresh_from_db()
        assert draft.title == "Draft about bees"

    def test_new_article_preview_saves_nothing(self, client, editor):
        client.force_login(editor)
        response = client.post("/admin/news/article/add/preview/", form_data(title="Brand new"))
        assert '<h1 class="article__title">Brand new</h1>' in response.content.decode()
        assert not Article.objects.exists()

    def test_invalid_changes_get_a_400_with_reasons(self, client, editor, draft):
        client.force_login(editor)
        response = client.post(
            f"/admin/news/article/{draft.pk}/preview/",
            form_data(published_at_0="not a date", status="published"),
        )
        assert response.status_code == 400
        assert "Enter a valid date." in response.content.decode()

    def test_other_contributors_cannot_preview(self, client, other_contributor, draft):
        client.force_login(other_contributor)
        assert client.get(f"/admin/news/article/{draft.pk}/preview/").status_code == 404


class TestShareLinks:
    def test_editor_creates_a_link_that_works_without_an_account(self, client, editor, draft):
        client.force_login(editor)
        client.post(f"/admin/news/article/{draft.pk}/share/")
        link = PreviewLink.objects.get()
        assert (link.expires_at - timezone.now()).days == 6  # 7 days, minus seconds
        page = client.get(f"/admin/news/article/{draft.pk}/share/").content.decode()
        assert link.signed_token() in page
        client.logout()
        response = client.get(link.get_absolute_url())
        assert response.status_code == 200
        assert '<h1 class="article__title">Draft about bees</h1>' in response.content.decode()
        assert response["X-Robots-Tag"] == "noindex, nofollow"
        assert response["Cache-Control"] == "private, no-store"
        assert "X-Cache" not in response

    def test_shows_the_latest_saved_version(self, client, editor, draft):
        link = workflow.create_preview_link(draft, editor)
        draft.title = "Bees, second save"
        draft.save()
        assert "Bees, second save" in client.get(link.get_absolute_url()).content.decode()

    def test_revoked_expired_and_forged_links_fail(self, client, editor, draft):
        client.force_login(editor)
        revoked = workflow.create_preview_link(draft, editor)
        client.post(f"/admin/news/article/{draft.pk}/share/", {"revoke": revoked.pk})
        revoked.refresh_from_db()
        assert revoked.revoked_at is not None
        expired = workflow.create_preview_link(draft, editor)
        expired.expires_at = timezone.now() - datetime.timedelta(seconds=1)
        expired.save()
        client.logout()
        for url in [
            revoked.get_absolute_url(),
            expired.get_absolute_url(),
            f"/preview/{expired.token}:forged/",
            "/preview/nonsense/",
        ]:
            response = client.get(url)
            assert response.status_code == 404
            assert "This preview link no longer works" in response.content.decode()

    def test_contributors_cannot_share(self, client, contributor, draft):
        client.force_login(contributor)
        assert client.post(f"/admin/news/article/{draft.pk}/share/").status_code == 403
        assert not PreviewLink.objects.exists()


class TestRevisions:
    def test_list_diff_and_restore(self, client, editor):
        client.force_login(editor)
        client.post("/admin/news/article/add/", form_data(body="<p>First text.</p>"))
        article = Article.objects.get()
        client.post(
            f"/admin/news/article/{article.pk}/change/",
            form_data(title="Renamed <b>title</b>", body="<p>Second text.</p>"),
        )
        newer, older = article.revisions.all()
        page = client.get(
            f"/admin/news/article/{article.pk}/revisions/?a={older.pk}&b={newer.pk}"
        ).content.decode()
        assert "<span class='diff-removed'>− &lt;p&gt;First text.&lt;/p&gt;</span>" in page
        assert "<span class='diff-added'>+ &lt;p&gt;Second text.&lt;/p&gt;</span>" in page
        assert "Renamed &lt;b&gt;title&lt;/b&gt;" in page
        client.post(f"/admin/news/article/{article.pk}/revisions/{older.pk}/restore/")
        article.refresh_from_db()
        assert (article.title, article.body) == ("A new cooperative bakery", "<p>First text.</p>")
        latest = article.revisions.first()
        assert latest.note.startswith("Restored the revision of")
        assert article.revisions.count() == 3
        assert AuditEntry.objects.filter(action="restore").count() == 1

    def test_bad_comparison_parameters_are_ignored(self, client, editor):
        article = ArticleFactory()
        client.force_login(editor)
        for query in ["?a=x&b=1", "?a=999&b=998", "?a=&b="]:
            assert (
                client.get(f"/admin/news/article/{article.pk}/revisions/{query}").status_code == 200
            )

    def test_contributor_cannot_restore_into_publication(self, contributor, editor):
        article = ArticleFactory(status=Article.Status.DRAFT, created_by=contributor)
        workflow.publish(article, editor)
        published_revision = article.revisions.first()
        workflow.unpublish(article, editor)
        workflow.restore_revision(published_revision, contributor)
        article.refresh_from_db()
        assert article.status == Article.Status.DRAFT
