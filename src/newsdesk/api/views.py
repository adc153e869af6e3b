"""The API's operations (/api/v1/…): thin functions that read the parameters, ask ``filters``
for published content, and hand it to ``serializers`` and ``pagination``."""

from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from ninja import NinjaAPI, Query, Swagger
from ninja import Path as PathParameter

from newsdesk.api import schemas
from newsdesk.api.errors import install_error_handlers
from newsdesk.api.filters import (
    SLUG_PATTERN,
    ArticleFilters,
    LanguageQuery,
    articles_matching,
    published_article,
)
from newsdesk.api.http import CACHE_SECONDS
from newsdesk.api.pagination import PageQuery, paginate
from newsdesk.api.serializers import article_data, category_data, tag_data
from newsdesk.core.cache import request_content_version
from newsdesk.news.models import Category, Tag

DESCRIPTION = f"""The site's published articles, categories and tags, read-only.

Only published articles appear: drafts, articles in review and scheduled articles (publication
time still in the future) do not exist here.

- Lists are paginated: `{{"count", "next", "previous", "results"}}`; follow `next` as it is.
- Times are ISO 8601 with the offset of the site's time zone.
- Errors are JSON `{{"detail": "…"}}`: 400 for a bad parameter, 404 for what does not exist.
- Any site may call the API from a browser (CORS `*`). Successful answers are public and
  browsers may keep them for {CACHE_SECONDS} seconds (see each answer's `Cache-Control`);
  errors are never cached.
- Within v1 fields may be added but are never renamed or removed: ignore keys you do not know.
"""

ERRORS = {400: schemas.Error, 404: schemas.Error}

api = NinjaAPI(
    title="Newsdesk API",
    version="1",
    description=DESCRIPTION,
    urls_namespace="api",
    # The docs page loads Swagger UI from ninja's static files; validatorUrl None stops it
    # from sending the schema's address to swagger.io.
    docs=Swagger(settings={"validatorUrl": None}),
)
install_error_handlers(api)


@api.get(
    "/", response=schemas.Index, summary="Where to start", tags=["index"], operation_id="index"
)
def index(request: HttpRequest):
    def address(name: str) -> str:
        return request.build_absolute_uri(reverse(f"api:{name}"))

    return {
        "articles": address("list_articles"),
        "categories": address("list_categories"),
        "tags": address("list_tags"),
        "openapi": address("openapi-json"),
        "docs": address("openapi-view"),
    }


@api.get(
    "/articles/",
    response={200: schemas.ArticlePage, **ERRORS},
    summary="Published articles, newest first",
    tags=["articles"],
    operation_id="list_articles",
)
def list_articles(
    request: HttpRequest,
    response: HttpResponse,
    filters: Query[ArticleFilters],
    pages: Query[PageQuery],
):
    version = request_content_version(request)  # before the queryset fixes its "now"
    articles = articles_matching(filters)
    response["Content-Language"] = filters.language
    identity = ("api-articles", *(f"{k}={v}" for k, v in sorted(filters.model_dump().items())))
    return paginate(
        request,
        articles,
        pages,
        lambda article: article_data(request, article),
        (identity, version),
    )


@api.get(
    "/articles/{slug:slug}/",
    response={200: schemas.ArticleDetail, **ERRORS},
    summary="One published article, with its body",
    tags=["articles"],
    operation_id="get_article",
)
def get_article(
    request: HttpRequest,
    response: HttpResponse,
    query: Query[LanguageQuery],
    slug: str = PathParameter(..., pattern=SLUG_PATTERN),
):
    article = published_article(slug, query.language)
    response["Content-Language"] = article.language
    return article_data(request, article, with_body=True)


@api.get(
    "/categories/",
    response={200: schemas.CategoryPage, **ERRORS},
    summary="Categories, by name",
    description="`language` chooses the language of the category pages' addresses.",
    tags=["categories"],
    operation_id="list_categories",
)
def list_categories(request: HttpRequest, query: Query[LanguageQuery], pages: Query[PageQuery]):
    categories = Category.objects.select_related("parent").order_by("name", "id")
    return paginate(
        request, categories, pages, lambda item: category_data(request, item, query.language)
    )


@api.get(
    "/tags/",
    response={200: schemas.TagPage, **ERRORS},
    summary="Tags, by name",
    description="`language` chooses the language of the tag pages' addresses.",
    tags=["tags"],
    operation_id="list_tags",
)
def list_tags(request: HttpRequest, query: Query[LanguageQuery], pages: Query[PageQuery]):
    tags = Tag.objects.order_by("name", "id")
    return paginate(request, tags, pages, lambda item: tag_data(request, item, query.language))
