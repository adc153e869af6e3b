"""Articles and what files them: categories, tags, authors; and redirects to them."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from newsdesk.core.html import sanitize_html
from newsdesk.core.text import EXCERPT_MORE, excerpt, slug_from_text, unique_slug, words_of
from newsdesk.news.querysets import ArticleQuerySet


def content_languages() -> list[tuple[str, str]]:
    """The languages articles may be written in (setting NEWSDESK_LANGUAGES).

    A callable, so that adding a language changes no migration.
    """
    return list(settings.LANGUAGES)


def default_language() -> str:
    return settings.LANGUAGE_CODE


# Slugs that would collide with the paths under /news/ that are not articles.
RESERVED_SLUGS = frozenset({"page", "category", "tag", "author", "feed", "feed.json", "search"})


class Author(models.Model):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    bio = models.TextField(_("short bio"), blank=True)
    photo = models.ForeignKey(
        "images.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("author")
        verbose_name_plural = _("authors")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("news:author", kwargs={"slug": self.slug})


class Category(models.Model):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    description = models.TextField(_("description"), blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("category")
        verbose_name_plural = _("categories")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("news:category", kwargs={"slug": self.slug})


class Tag(models.Model):
    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("tag")
        verbose_name_plural = _("tags")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("news:tag", kwargs={"slug": self.slug})


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        REVIEW = "review", _("In review")
        PUBLISHED = "published", _("Published")

    title = models.CharField(_("title"), max_length=300, blank=True)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        blank=True,
        help_text=_("The last part of the address. Made from the title when left empty."),
    )
    language = models.CharField(
        _("language"), max_length=12, choices=content_languages, default=default_language
    )
    dateline = models.CharField(
        _("dateline"), max_length=100, blank=True, help_text=_("Where the story comes from.")
    )
    body = models.TextField(_("body"), blank=True)
    excerpt = models.TextField(
        _("hand-written excerpt"),
        blank=True,
        help_text=_("Shown whole in listings. Leave empty for the first 50 words of the body."),
    )
    summary = models.TextField(_("summary"), blank=True, editable=False)
    featured_image = models.ForeignKey(
        "images.Image",
        verbose_name=_("featured image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="featured_in",
    )
    authors = models.ManyToManyField(
        Author, verbose_name=_("authors"), blank=True, related_name="articles"
    )
    categories = models.ManyToManyField(
        Category, verbose_name=_("categories"), blank=True, related_name="articles"
    )
    tags = models.ManyToManyField(Tag, verbose_name=_("tags"), blank=True, related_name="articles")
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    published_at = models.DateTimeField(
        _("publication time"),
        null=True,
        blank=True,
        help_text=_("A time in the future schedules the article: it appears by itself then."),
    )
    sticky = models.BooleanField(
        _("sticky"), default=False, help_text=_("Pin to the top of the home page.")
    )
    translation_source = models.ForeignKey(
        "self",
        verbose_name=_("translation of"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="translated_versions",
        help_text=_("The article this one translates; all translations of a story share it."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-id"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        permissions = [("publish_article", _("Can publish, schedule and unpublish articles"))]
        constraints = [
            models.UniqueConstraint(fields=["language", "slug"], name="article_slug_per_language"),
        ]
        indexes = [
            models.Index(
                fields=["language", "status", "-published_at", "-id"],
                name="article_public_listing",
            ),
            # The home page's pinned articles: only they are in it. (A partial index, because
            # Django writes the filter sticky=True as a bare "sticky" condition, which no index
            # on the column can serve: SQLite walked every public article instead.)
            models.Index(
                fields=["language", "status", "-published_at"],
                name="article_pinned",
                condition=models.Q(sticky=True),
            ),
        ]

    def __str__(self) -> str:
        return self.display_title

    def save(self, *args, **kwargs) -> None:
        self.body = sanitize_html(self.body)
        self.summary = excerpt(self.body, self.excerpt, settings.NEWSDESK_EXCERPT_WORDS)
        if self.status == self.Status.PUBLISHED and self.published_at is None:
            self.published_at = timezone.now()
        if not self.slug:
            self.slug = self.make_slug()
        previous = (
            Article.objects.filter(pk=self.pk).values("slug", "language").first()
            if self.pk
            else None
        )
        super().save(*args, **kwargs)
        if previous and (previous["slug"], previous["language"]) != (self.slug, self.language):
            self.remember_old_address(previous["slug"], previous["language"])

    def get_absolute_url(self) -> str:
        # An article lives under its own language's prefix, whatever the reader's language.
        with translation.override(self.language):
            return reverse("news:article", kwargs={"slug": self.slug})

    def remember_old_address(self, old_slug: str, old_language: str) -> None:
        """Keep the address the article had before a rename answering with a 301."""
        with translation.override(old_language):
            old_path = reverse("news:article", kwargs={"slug": old_slug})
        Redirect.objects.update_or_create(
            old_path=old_path, defaults={"article": self, "new_path": ""}
        )
        # Renamed back to an address that was redirected: the article lives there again.
        Redirect.objects.filter(old_path=self.get_absolute_url()).delete()

    def make_slug(self) -> str:
        """A free slug from the title, or from the publication date for an untitled article."""
        base = slug_from_text(self.title)
        if not base:
            when = timezone.localtime(self.published_at or timezone.now())
            base = when.strftime("%Y-%m-%d")
        if base in RESERVED_SLUGS or base.isdigit():
            base = f"{base}-article"
        others = Article.objects.filter(language=self.language).exclude(pk=self.pk)
        return unique_slug(base, lambda slug: others.filter(slug=slug).exists())

    def translation_root(self) -> "Article":
        return self.translation_source or self

    def translation_family(self):
        """Every version of this story, in every language, this one included."""
        root_id = self.translation_source_id or self.pk
        # The story's ids as a UNION of two look-ups by key: written as "pk = root OR
        # translation_source = root", SQLite walks a whole listing index instead (20 ms on
        # 10,000 articles against a fraction of one).
        by_key = Article.objects.order_by().values("pk")
        story = by_key.filter(pk=root_id).union(
            by_key.filter(translation_source_id=root_id), all=True
        )
        return Article.objects.filter(pk__in=story)

    def public_translations(self) -> list["Article"]:
        """The published versions of this story in other languages."""
        return list(self.translation_family().published().exclude(pk=self.pk).order_by("language"))

    @property
    def translation_out_of_date(self) -> bool:
        source = self.translation_source
        return bool(source and source.updated_at > self.updated_at)

    @property
    def display_title(self) -> str:
        """The title, or for an untitled article a meaningful stand-in from its first words.

        The words come from the summary (stored, short), not the body, so that listings need
        not load bodies at all.
        """
        if self.title.strip():
            return self.title
        words = words_of(self.summary.removesuffix(EXCERPT_MORE))
        if words:
            return " ".join(words[:8]) + ("\u2026" if len(words) > 8 else "")
        if self.published_at:
            return _("News of %(date)s") % {"date": date_format(self.local_published_at, "j F Y")}
        return _("Untitled article")

    @property
    def has_title(self) -> bool:
        return bool(self.title.strip())

    @property
    def local_published_at(self):
        return timezone.localtime(self.published_at) if self.published_at else None

    @property
    def is_scheduled(self) -> bool:
        return (
            self.status == self.Status.PUBLISHED
            and self.published_at is not None
            and self.published_at > timezone.now()
        )


class Redirect(models.Model):
    """An old address that answers 301 to a new one: renamed slugs, imported permalinks.

    Pointing at the article (not at its URL of the day) means a chain of renames never becomes
    a chain of redirects: every old address goes straight to the current one.
    """

    old_path = models.CharField(
        _("old address"),
        max_length=500,
        unique=True,
        help_text=_("The path, and query string if any, e.g. /2024/07/old-slug/ or /?p=12."),
    )
    article = models.ForeignKey(
        Article,
        verbose_name=_("article"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="redirects",
    )
    new_path = models.CharField(
        _("new address"),
        max_length=500,
        blank=True,
        help_text=_("Used when no article is chosen, e.g. a category's address."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        ordering = ["old_path"]
        verbose_name = _("redirect")
        verbose_name_plural = _("redirects")

    def __str__(self) -> str:
        return f"{self.old_path} → {self.target_path() or '?'}"

    def target_path(self) -> str | None:
        """Where the old address leads now, or None when its article is not public."""
        if self.article_id is None:
            return self.new_path or None
        if not Article.objects.published().filter(pk=self.article_id).exists():
            return None
        return self.article.get_absolute_url()
