"""Old addresses answer 301 to the article's current one."""

import pytest

from newsdesk.news.models import Article, Redirect
from tests.factories import ArticleFactory, CategoryFactory

pytestmark = pytest.mark.django_db


def test_renamed_slug_redirects_permanently(client):
    article = ArticleFactory(title="First name")
    article.slug = "second-name"
    article.save()
    response = client.get("/news/first-name/")
    assert (response.status_code, response["Location"]) == (301, "/news/second-name/")


def test_two_renames_lead_straight_to_the_current_address(client):
    article = ArticleFactory(title="One")
    for slug in ["two", "three"]:
        article.slug = slug
        article.save()
    for old in ["/news/one/", "/news/two/"]:
        response = client.get(old)
        assert (response.status_code, response["Location"]) == (301, "/news/three/")
    assert client.get("/news/three/").status_code == 200


def test_renaming_back_removes_the_redirect(client):
    article = ArticleFactory(title="Alpha")
    article.slug = "beta"
    article.save()
    article.slug = "alpha"
    article.save()
    assert list(Redirect.objects.values_list("old_path", flat=True)) == ["/news/beta/"]
    assert client.get("/news/alpha/").status_code == 200
    assert client.get("/news/beta/")["Location"] == "/news/alpha/"


def test_redirect_to_an_unpublished_article_is_404(client):
    article = ArticleFactory(title="Old")
    article.slug = "new"
    article.save()
    article.status = Article.Status.DRAFT
    article.save()
    assert client.get("/news/old/").status_code == 404


def test_deleted_article_leaves_404_not_500(client):
    article = ArticleFactory(title="Gone soon")
    article.slug = "gone"
    article.save()
    article.delete()
    assert client.get("/news/gone/").status_code == 404
    assert client.get("/news/gone-soon/").status_code == 404
    assert not Redirect.objects.exists()


def test_query_string_addresses_and_plain_paths(client):
    article = ArticleFactory(title="Imported")
    CategoryFactory(slug="fisheries")
    Redirect.objects.create(old_path="/?p=42", article=article)
    Redirect.objects.create(old_path="/category/fish/", new_path="/news/category/fisheries/")
    assert client.get("/?p=42")["Location"] == "/news/imported/"
    assert client.get("/category/fish/")["Location"] == "/news/category/fisheries/"
    assert client.get("/category/fish/?utm=x")["Location"] == "/news/category/fisheries/"


def test_existing_pages_are_never_redirected(client):
    ArticleFactory(title="Live")
    Redirect.objects.create(old_path="/news/live/", new_path="/elsewhere/")
    assert client.get("/news/live/").status_code == 200
