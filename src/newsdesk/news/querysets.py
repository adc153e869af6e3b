"""Which articles the public sees, and in what order. Every reader path starts here."""

from django.db import models
from django.utils import timezone


class ArticleQuerySet(models.QuerySet):
    def published(self, at=None):
        """Articles the public may see now: published, with a publication time already past.

        A future ``published_at`` means scheduled: the article appears by itself at that
        moment, with no job to run.
        """
        return self.filter(
            status=self.model.Status.PUBLISHED, published_at__lte=at or timezone.now()
        )

    def in_language(self, language: str):
        return self.filter(language=language)

    def newest_first(self):
        return self.order_by("-published_at", "-id")

    def for_listing(self):
        """What a listing page renders for each article, fetched in a constant number of
        queries."""
        # Bodies are the bulk of an article row and no listing shows them.
        return (
            self.defer("body")
            .select_related("featured_image")
            .prefetch_related("featured_image__renditions")
        )
