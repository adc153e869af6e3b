"""The pages the browser tests visit, found in the demo newsroom once it is loaded, and the
window sizes they are seen at.

Every public page type is here, by a short name that the tests are parametrised with. The
paths are looked up in the database before the browser starts, so that no test touches the
database while Playwright's event loop runs in the test thread.
"""

import io
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone, translation

from newsdesk.news.models import Article, Author, Category, Tag

ADMIN_USERNAME = "browser-editor"
ADMIN_PASSWORD = "browser-tests-only"  # the test database is thrown away afterwards

# A word no demo article contains, for the search page's "nothing found" state.
NOWHERE_WORD = "xylophonequasar"

LISTINGS = ["home", "news", "news-page-2", "category", "tag", "author", "year", "month", "news-it"]
ARTICLES = ["article", "article-untitled", "article-no-image"]
SEARCHES = ["search-results", "search-empty"]
PUBLIC_PAGES = [*LISTINGS, *ARTICLES, *SEARCHES, "not-found"]

PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 800}
VIEWPORTS = {"phone": PHONE, "desktop": DESKTOP}


@dataclass(frozen=True)
class DemoSite:
    """Where the live server answers and what lives there."""

    url: str
    paths: dict[str, str]
    # Where an article found by the search page lives, to recognise a real result.
    search_hit: str
    admin_article_path: str
    statuses: dict[str, int] = field(default_factory=dict)

    def status_of(self, name: str) -> int:
        return self.statuses.get(name, 200)


def visit(page, demo_site: DemoSite, name: str):
    """Go to one of the demo site's pages (by name, or a path) and check its status."""
    path = demo_site.paths.get(name, name)
    response = page.goto(path, wait_until="load")
    expected = demo_site.status_of(name)
    assert response.status == expected, f"{path} answered {response.status}, not {expected}"
    return response


def load_demo_site(url: str) -> DemoSite:
    """Load the demo newsroom and an editor account, and name one page of every type."""
    call_command("demo", stdout=io.StringIO())
    get_user_model().objects.create_superuser(ADMIN_USERNAME, "editor@example.org", ADMIN_PASSWORD)
    public = Article.objects.published()
    english = public.in_language("en").newest_first()
    with_picture = english.exclude(title="").filter(featured_image__isnull=False).first()
    untitled = english.filter(title="").first()
    without_picture = english.exclude(title="").filter(featured_image__isnull=True).first()
    newest = timezone.localtime(english.first().published_at)
    # The busiest archives: they have a second page and every kind of card.
    category = busiest(Category)
    tag = busiest(Tag)
    author = busiest(Author)
    search_word = longest_word(with_picture.title)
    with translation.override("it"):
        italian_news = reverse("news:index")
    paths = {
        "home": reverse("home"),
        "news": reverse("news:index"),
        "news-page-2": reverse("news:index_page", kwargs={"page": 2}),
        "article": with_picture.get_absolute_url(),
        "article-untitled": untitled.get_absolute_url(),
        "article-no-image": without_picture.get_absolute_url(),
        "category": category.get_absolute_url(),
        "tag": tag.get_absolute_url(),
        "author": author.get_absolute_url(),
        "year": reverse("news:year", kwargs={"year": newest.year}),
        "month": reverse("news:month", kwargs={"year": newest.year, "month": newest.month}),
        "news-it": italian_news,
        "search-results": f"/search/?q={search_word}",
        "search-empty": f"/search/?q={NOWHERE_WORD}",
        "not-found": reverse("news:article", kwargs={"slug": "no-such-article-here"}),
        "admin-login": reverse("admin:login"),
    }
    return DemoSite(
        url=url,
        paths=paths,
        search_hit=with_picture.get_absolute_url(),
        admin_article_path=reverse("admin:news_article_change", args=[with_picture.pk]),
        statuses={"not-found": 404},
    )


def busiest(model):
    """The row of ``model`` with the most public English articles."""
    public = Q(articles__in=Article.objects.published().in_language("en"))
    return (
        model.objects.annotate(public_articles=Count("articles", filter=public))
        .order_by("-public_articles", "pk")
        .first()
    )


def longest_word(text: str) -> str:
    return max((word.strip(".,:;!?'\"()") for word in text.split()), key=len)
