"""The editorial desk in Django's admin: articles, categories, tags and authors."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from newsdesk.news.models import Article, Author, Category, Tag


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["display_title", "status", "published_at", "language", "sticky"]
    list_filter = ["status", "language", "sticky", "categories", "authors"]
    search_fields = ["title", "body", "excerpt"]
    date_hierarchy = "published_at"
    autocomplete_fields = ["featured_image", "authors", "categories", "tags"]
    list_select_related = ["featured_image"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "dateline", "body", "excerpt"]}),
        (_("Picture"), {"fields": ["featured_image"]}),
        (_("Filing"), {"fields": ["authors", "categories", "tags", "language"]}),
        (_("Publication"), {"fields": ["status", "published_at", "sticky"]}),
    ]

    @admin.display(description=_("title"), ordering="title")
    def display_title(self, article: Article) -> str:
        return article.display_title


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "parent"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["photo"]
