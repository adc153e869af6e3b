"""The article page."""

from django.shortcuts import get_object_or_404
from django.utils.translation import get_language
from django.views.generic import DetailView

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
            .prefetch_related("authors", "categories", "tags")
        )
        return get_object_or_404(queryset, slug=self.kwargs["slug"])

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        article = self.object
        neighbours = self.get_queryset().exclude(pk=article.pk).only("title", "slug", "language", "body")
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
        context["canonical_url"] = article.get_absolute_url()
        return context
