"""factory_boy factories for every model the tests create."""

import datetime

import factory
from django.utils import timezone

from newsdesk.images.models import Image
from newsdesk.news.models import Article, Author, Category, Tag


class ImageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Image

    file = factory.django.ImageField(width=640, height=427, color="teal", format="JPEG")
    alt_text = factory.Sequence(lambda n: f"Members of cooperative {n} at the harbour")


class AuthorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Author

    name = factory.Sequence(lambda n: f"Author {n}")
    slug = factory.Sequence(lambda n: f"author-{n}")


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category

    name = factory.Sequence(lambda n: f"Category {n}")
    slug = factory.Sequence(lambda n: f"category-{n}")


class TagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Tag

    name = factory.Sequence(lambda n: f"Tag {n}")
    slug = factory.Sequence(lambda n: f"tag-{n}")


class ArticleFactory(factory.django.DjangoModelFactory):
    """A published English article; each new one an hour older than the one before."""

    class Meta:
        model = Article
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Cooperative news number {n}")
    body = "<p>The assembly approved the annual report and welcomed three new members.</p>"
    status = Article.Status.PUBLISHED
    language = "en"
    published_at = factory.Sequence(lambda n: timezone.now() - datetime.timedelta(hours=n + 1))

    @factory.post_generation
    def authors(self, create, extracted, **kwargs):
        if create and extracted:
            self.authors.set(extracted)

    @factory.post_generation
    def categories(self, create, extracted, **kwargs):
        if create and extracted:
            self.categories.set(extracted)

    @factory.post_generation
    def tags(self, create, extracted, **kwargs):
        if create and extracted:
            self.tags.set(extracted)
