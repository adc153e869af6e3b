"""The article page."""

from django.conf import settings
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import get_language
from django.views.generic import DetailView

from newsdesk.core.site import absolute_url
from newsdesk.news import languages, workflow
from newsdesk.news.models import Article


class ArticleDetailView(DetailView):
    template_name = "news/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        return Article.objects.published().in_language(get_language())

    def get_object(self, queryset=None):
        queryset = (
            self.get_queryset()
            .select_related("featured_image")
            .prefetch_related("authors", "categories", "tags", "featured_image__renditions")
        )
        return get_object_or_404(queryset, slug=self.kwargs["slug"])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        article = self.object
        neighbours = (
            self.get_queryset().exclude(pk=article.pk).only("title", "slug", "language", "summary")
        )
        context["previous_article"] = (
            neighbours.filter(published_at__lte=article.published_at)
            .exclude(published_at=article.published_at, id__gt=article.id)
            .order_by("-published_at", "-id")
            .first()
        )
        context["next_article"] = (
            neighbours.filter(published_at__gte=article.published_at)
            .exclude(published_at=article.published_at, id__lt=article.id)
            .order_by("published_at", "id")
            .first()
        )
        translations = languages.published_translations(article)
        context["translations"] = languages.translation_links(translations)
        context["language_versions"] = languages.article_versions(article, translations)
        context["canonical_url"] = article.get_absolute_url()
        context["meta"] = {
            "title": article.display_title,
            "description": article.summary,
            "image": article.featured_image,
            "type": "article",
            "locale": article.language,
            "published_at": article.published_at,
            "modified_at": max(article.updated_at, article.published_at),
        }
        context["structured_data"] = news_article_data(article, self.request)
        return context


def news_article_data(article: Article, request) -> dict:
    """schema.org NewsArticle for search engines, rendered as JSON-LD on the article page."""
    authors = list(article.authors.all())
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.display_title[:110],
        "url": absolute_url(article.get_absolute_url(), request),
        "mainEntityOfPage": absolute_url(article.get_absolute_url(), request),
        "datePublished": article.published_at.isoformat(),
        "dateModified": max(article.updated_at, article.published_at).isoformat(),
        "inLanguage": article.language,
        "description": article.summary,
        "author": [
            {"@type": "Person", "name": a.name, "url": absolute_url(a.get_absolute_url(), request)}
            for a in authors
        ]
        or [{"@type": "Organization", "name": settings.NEWSDESK_SITE_NAME}],
        "publisher": {"@type": "Organization", "name": settings.NEWSDESK_SITE_NAME},
    }
    if settings.NEWSDESK_LOGO_URL:
        data["publisher"]["logo"] = {
            "@type": "ImageObject",
            "url": absolute_url(settings.NEWSDESK_LOGO_URL, request),
        }
    image = article.featured_image
    if image is not None:
        data["image"] = [
            {
                "@type": "ImageObject",
                "url": absolute_url(image.file.url, request),
                "width": image.width,
                "height": image.height,
            }
        ]
    if article.dateline:
        data["dateline"] = article.dateline
    return data


def render_preview(request, article: Article) -> TemplateResponse:
    """The article page exactly as the public will see it, marked as a preview: never indexed,
    never cached, whatever the article's state."""
    context = {
        "article": article,
        "preview": True,
        "meta": {
            "title": article.display_title,
            "description": article.summary,
            "noindex": True,
            "locale": article.language,
        },
    }
    with translation.override(article.language):
        response = TemplateResponse(request, "news/article_detail.html", context)
        response.render()
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Cache-Control"] = "private, no-store"
    return response


def shared_preview(request, signed_token: str):
    """What a preview link shows: the latest saved version, while the link is valid."""
    link = workflow.preview_link_from(signed_token)
    if link is None:
        response = TemplateResponse(
            request, "news/preview_unavailable.html", {"meta": {"noindex": True}}, status=404
        )
        response["X-Robots-Tag"] = "noindex, nofollow"
        response["Cache-Control"] = "private, no-store"
        return response
    article = (
        Article.objects.select_related("featured_image")
        .prefetch_related("authors", "categories", "tags", "featured_image__renditions")
        .get(pk=link.article_id)
    )
    return render_preview(request, article)
