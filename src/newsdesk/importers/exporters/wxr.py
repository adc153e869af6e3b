"""Writing the site out as a WordPress export (WXR 1.2), so that nobody is locked in.

WordPress's importer takes the file as it takes its own exports: authors, categories with
their parents, tags, pictures as attachments (with absolute URLs to this site's media, which
it downloads) and articles as posts with their featured image. A body is already finished
HTML, so it travels in a block-editor "Custom HTML" block, which WordPress shows as it is
(no paragraphs added). What WordPress has no field for (the language, the dateline, several
authors, a picture's credit, author bios) goes into postmeta and a ``newsdesk:`` element
that WordPress ignores and Newsdesk's importer reads back: importing an export gives the
same articles again.
"""

from __future__ import annotations

import datetime
import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TextIO

from django.conf import settings
from django.db.models import Max
from django.utils import timezone

from newsdesk.images.models import Image
from newsdesk.importers.models import ImportReference
from newsdesk.importers.wordpress.mapping import META_AUTHORS, META_DATELINE, META_LANGUAGE
from newsdesk.importers.wordpress.media import META_CREDIT, META_DECORATIVE
from newsdesk.importers.wordpress.reader import NEWSDESK_NS
from newsdesk.news.models import Article, Author, Category, Tag

WXR_HEADER = """<?xml version="1.0" encoding="UTF-8" ?>
<!-- A WordPress eXtended RSS file (WXR 1.2) written by Newsdesk. Import it into WordPress
     with Tools > Import > WordPress, or into Newsdesk with `newsdesk import_wordpress`. -->
<rss version="2.0"
	xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:wp="http://wordpress.org/export/1.2/"
	xmlns:newsdesk="{newsdesk}"
>
<channel>
"""
WP_DATE = "%Y-%m-%d %H:%M:%S"
ZERO_DATE = "0000-00-00 00:00:00"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
CHUNK = 500


@dataclass
class ExportCounts:
    articles: int = 0
    images: int = 0
    authors: int = 0
    categories: int = 0
    tags: int = 0


def cdata(text: str) -> str:
    """Text as a CDATA section (the way WordPress writes its exports)."""
    text = _NOT_XML.sub("", text or "")
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def escaped(text: str) -> str:
    """Plain text as WordPress stores titles and names: with HTML entities."""
    return html.escape(text or "", quote=False)


def wp_dates(moment: datetime.datetime | None) -> tuple[str, str]:
    """(local, GMT) in WordPress's format; the zero date for none."""
    if moment is None:
        return ZERO_DATE, ZERO_DATE
    local = timezone.localtime(moment).strftime(WP_DATE)
    return local, moment.astimezone(datetime.UTC).strftime(WP_DATE)


def export_wordpress(out: TextIO, *, base_url: str) -> ExportCounts:
    """Write the whole site to ``out`` as WXR 1.2; ``base_url`` is this site's address."""
    base_url = base_url.rstrip("/")
    counts = ExportCounts()
    # WordPress keeps posts and attachments in one table, categories and tags in another:
    # their ids must not collide.
    attachment_offset = Article.objects.aggregate(top=Max("pk"))["top"] or 0
    tag_offset = Category.objects.aggregate(top=Max("pk"))["top"] or 0
    out.write(WXR_HEADER.format(newsdesk=NEWSDESK_NS))
    out.write(
        f"\t<title>{cdata(settings.NEWSDESK_SITE_NAME)}</title>\n"
        f"\t<link>{html.escape(base_url)}</link>\n"
        "\t<description></description>\n"
        f"\t<pubDate>{timezone.now():%a, %d %b %Y %H:%M:%S +0000}</pubDate>\n"
        f"\t<language>{settings.LANGUAGE_CODE}</language>\n"
        "\t<wp:wxr_version>1.2</wp:wxr_version>\n"
        f"\t<wp:base_site_url>{html.escape(base_url)}</wp:base_site_url>\n"
        f"\t<wp:base_blog_url>{html.escape(base_url)}</wp:base_blog_url>\n"
    )
    for author in Author.objects.order_by("pk"):
        out.write(_author(author))
        counts.authors += 1
    for category in _parents_first(Category.objects.select_related("parent").order_by("pk")):
        out.write(_category(category))
        counts.categories += 1
    for tag in Tag.objects.order_by("pk"):
        out.write(
            f"\t<wp:tag><wp:term_id>{tag_offset + tag.pk}</wp:term_id>"
            f"<wp:tag_slug>{cdata(tag.slug)}</wp:tag_slug>"
            f"<wp:tag_name>{cdata(escaped(tag.name))}</wp:tag_name></wp:tag>\n"
        )
        counts.tags += 1
    out.write("\t<generator>Newsdesk</generator>\n")
    for image in Image.objects.order_by("pk").iterator(chunk_size=CHUNK):
        out.write(_attachment(image, attachment_offset + image.pk, base_url))
        counts.images += 1
    for article in _articles():
        out.write(_post(article, attachment_offset, base_url))
        counts.articles += 1
    out.write("</channel>\n</rss>\n")
    return counts


def _articles() -> Iterator[Article]:
    return (
        Article.objects.order_by("pk")
        .prefetch_related("authors", "categories", "tags", "import_references")
        .iterator(chunk_size=CHUNK)
    )


def _parents_first(categories) -> Iterator[Category]:
    """Categories with every parent before its children, as WordPress's importer needs."""
    pending = list(categories)
    written: set[int] = set()
    while pending:
        ready = [c for c in pending if c.parent_id is None or c.parent_id in written]
        if not ready:  # a loop in the hierarchy: write the rest as they are
            ready = pending
        for category in ready:
            written.add(category.pk)
            yield category
        pending = [c for c in pending if c.pk not in written]


def _author(author: Author) -> str:
    return (
        f"\t<wp:author><wp:author_id>{author.pk}</wp:author_id>"
        f"<wp:author_login>{cdata(author.slug)}</wp:author_login>"
        f"<wp:author_email>{cdata('')}</wp:author_email>"
        f"<wp:author_display_name>{cdata(escaped(author.name))}</wp:author_display_name>"
        f"<wp:author_first_name>{cdata('')}</wp:author_first_name>"
        f"<wp:author_last_name>{cdata('')}</wp:author_last_name>"
        + (f"<newsdesk:bio>{cdata(author.bio)}</newsdesk:bio>" if author.bio else "")
        + "</wp:author>\n"
    )


def _category(category: Category) -> str:
    parent = category.parent.slug if category.parent else ""
    return (
        f"\t<wp:category><wp:term_id>{category.pk}</wp:term_id>"
        f"<wp:category_nicename>{cdata(category.slug)}</wp:category_nicename>"
        f"<wp:category_parent>{cdata(parent)}</wp:category_parent>"
        f"<wp:cat_name>{cdata(escaped(category.name))}</wp:cat_name>"
        f"<wp:category_description>{cdata(escaped(category.description))}"
        "</wp:category_description></wp:category>\n"
    )


def _meta(key: str, value) -> str:
    return (
        f"\t\t<wp:postmeta><wp:meta_key>{cdata(key)}</wp:meta_key>"
        f"<wp:meta_value>{cdata(str(value))}</wp:meta_value></wp:postmeta>\n"
    )


def media_url(name: str, base_url: str) -> str:
    url = Image._meta.get_field("file").storage.url(name)
    return url if "://" in url else base_url + url


def _attachment(image: Image, wp_id: int, base_url: str) -> str:
    url = media_url(image.file.name, base_url)
    local, gmt = wp_dates(image.created_at)
    stem = image.file.name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    lines = [
        "\t<item>\n",
        f"\t\t<title>{cdata(escaped(image.title))}</title>\n",
        f"\t\t<link>{html.escape(url)}</link>\n",
        f'\t\t<guid isPermaLink="false">{html.escape(url)}</guid>\n',
        "\t\t<description></description>\n",
        f"\t\t<content:encoded>{cdata('')}</content:encoded>\n",
        f"\t\t<excerpt:encoded>{cdata(escaped(image.caption))}</excerpt:encoded>\n",
        f"\t\t<wp:post_id>{wp_id}</wp:post_id>\n",
        f"\t\t<wp:post_date>{cdata(local)}</wp:post_date>\n",
        f"\t\t<wp:post_date_gmt>{cdata(gmt)}</wp:post_date_gmt>\n",
        f"\t\t<wp:post_name>{cdata(stem)}</wp:post_name>\n",
        f"\t\t<wp:status>{cdata('inherit')}</wp:status>\n",
        "\t\t<wp:post_parent>0</wp:post_parent>\n",
        f"\t\t<wp:post_type>{cdata('attachment')}</wp:post_type>\n",
        f"\t\t<wp:attachment_url>{cdata(url)}</wp:attachment_url>\n",
        _meta("_wp_attached_file", image.file.name),
        _meta("_wp_attachment_image_alt", escaped(image.alt_text)),
    ]
    if image.credit:
        lines.append(_meta(META_CREDIT, escaped(image.credit)))
    if image.decorative:
        lines.append(_meta(META_DECORATIVE, 1))
    lines.append("\t</item>\n")
    return "".join(lines)


def wordpress_status(article: Article, original: str = "") -> str:
    """The post status WordPress gives this article; ``original`` is the status it was
    imported with, if any (a private post stays private while it is not published)."""
    if article.status == Article.Status.PUBLISHED:
        return "future" if article.is_scheduled else "publish"
    if article.status == Article.Status.REVIEW:
        return "pending"
    return "private" if original == "private" else "draft"


def _post(article: Article, attachment_offset: int, base_url: str) -> str:
    reference = next(
        (r for r in article.import_references.all() if r.kind == ImportReference.Kind.POST), None
    )
    status = wordpress_status(article, reference.wp_status if reference else "")
    local, gmt = wp_dates(article.published_at)
    authors = list(article.authors.all())
    body = _absolute_media_links(article.body, base_url)
    content = f"<!-- wp:html -->\n{body}\n<!-- /wp:html -->" if body else ""
    pub_date = (
        f"{article.published_at.astimezone(datetime.UTC):%a, %d %b %Y %H:%M:%S +0000}"
        if article.published_at
        else ""
    )
    lines = [
        "\t<item>\n",
        f"\t\t<title>{cdata(escaped(article.title))}</title>\n",
        f"\t\t<link>{html.escape(base_url + article.get_absolute_url())}</link>\n",
        f"\t\t<pubDate>{pub_date}</pubDate>\n",
        f"\t\t<dc:creator>{cdata(authors[0].slug if authors else '')}</dc:creator>\n",
        f'\t\t<guid isPermaLink="false">{html.escape(base_url)}/?p={article.pk}</guid>\n',
        "\t\t<description></description>\n",
        f"\t\t<content:encoded>{cdata(content)}</content:encoded>\n",
        f"\t\t<excerpt:encoded>{cdata(article.excerpt)}</excerpt:encoded>\n",
        f"\t\t<wp:post_id>{article.pk}</wp:post_id>\n",
        f"\t\t<wp:post_date>{cdata(local)}</wp:post_date>\n",
        f"\t\t<wp:post_date_gmt>{cdata(gmt)}</wp:post_date_gmt>\n",
        f"\t\t<wp:comment_status>{cdata('closed')}</wp:comment_status>\n",
        f"\t\t<wp:ping_status>{cdata('closed')}</wp:ping_status>\n",
        f"\t\t<wp:post_name>{cdata(article.slug)}</wp:post_name>\n",
        f"\t\t<wp:status>{cdata(status)}</wp:status>\n",
        "\t\t<wp:post_parent>0</wp:post_parent>\n",
        "\t\t<wp:menu_order>0</wp:menu_order>\n",
        f"\t\t<wp:post_type>{cdata('post')}</wp:post_type>\n",
        f"\t\t<wp:post_password>{cdata('')}</wp:post_password>\n",
        f"\t\t<wp:is_sticky>{int(article.sticky)}</wp:is_sticky>\n",
    ]
    for category in article.categories.all():
        lines.append(
            f'\t\t<category domain="category" nicename="{html.escape(category.slug)}">'
            f"{cdata(escaped(category.name))}</category>\n"
        )
    for tag in article.tags.all():
        lines.append(
            f'\t\t<category domain="post_tag" nicename="{html.escape(tag.slug)}">'
            f"{cdata(escaped(tag.name))}</category>\n"
        )
    if article.featured_image_id:
        lines.append(_meta("_thumbnail_id", attachment_offset + article.featured_image_id))
    lines.append(_meta(META_LANGUAGE, article.language))
    if article.dateline:
        lines.append(_meta(META_DATELINE, article.dateline))
    if len(authors) > 1:
        lines.append(_meta(META_AUTHORS, ",".join(author.slug for author in authors)))
    lines.append("\t</item>\n")
    return "".join(lines)


def _absolute_media_links(body: str, base_url: str) -> str:
    """Media addresses made absolute, so that WordPress's importer finds the pictures."""
    media = settings.MEDIA_URL
    if not media.startswith("/") or media.startswith("//"):
        return body
    # An address starts right after a quote, or after a comma in a srcset list.
    return re.sub(
        rf"""(?:(?<=["'])|(?<=, )|(?<=,)){re.escape(media)}""", lambda _m: base_url + media, body
    )
