"""The files that tell static hosts what a folder of files cannot say by itself.

- ``_headers`` (Netlify, Cloudflare Pages): the type of pages whose file name does not tell it
  (a feed lives at ``news/feed/index.html`` so that its address stays ``/news/feed/``), the
  API's CORS header, the security headers the live pages carry (Content-Security-Policy and
  the rest), and long caching for hashed static files and uploads.
- ``_redirects`` (Netlify, Cloudflare Pages): the permanent redirects, and, for Netlify only,
  the rules that need a query string (``/?p=123``, ``/sitemap-articles.xml?p=2``) or a status
  other than a redirect (the 404 page of each language).
- ``_nginx_redirects.map``: the same redirects for nginx, query strings included, as the body
  of a ``map $request_uri`` block (docs/operations.md shows the configuration).
"""

import mimetypes
from urllib.parse import parse_qsl, quote

from django.conf import settings
from django.contrib.staticfiles.storage import ManifestFilesMixin
from django.core.files.storage import storages
from django.urls import reverse
from django.utils import translation

from newsdesk.publishing.redirects import MovedPage
from newsdesk.publishing.urls_to_export import Page

XML_TYPES = {"application/xml", "text/xml"}
SAFE_URL_CHARACTERS = "/:@!$&'()*+,;=-._~%"
HEADER = "# Written by `newsdesk export_static`: changes made here are overwritten.\n"


def media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


def needs_type_rule(path: str, content_type: str) -> bool:
    """Whether a static server, going by the file name, would send another type."""
    guessed = (mimetypes.guess_type(path)[0] or "application/octet-stream").lower()
    served = media_type(content_type)
    return served != guessed and not {served, guessed} <= XML_TYPES


def type_rules(pages: list[Page], content_types: dict[str, str]) -> dict[str, tuple[str, str]]:
    """``pattern -> (content type, kind)`` for the pages whose type needs a rule.
    ``content_types`` holds the type each page's address answered with."""
    rules, decided = {}, set()
    for page in pages:
        if not page.pattern or page.pattern in decided:
            continue  # one decision per pattern: every page of a pattern has the same kind of name
        content_type = content_types.get(page.pattern)
        if content_type:
            decided.add(page.pattern)
            if needs_type_rule(page.path, content_type):
                rules[page.pattern] = (content_type, page.kind)
    return rules


def static_files_are_hashed() -> bool:
    return isinstance(storages["staticfiles"], ManifestFilesMixin)


def headers_file(rules: dict[str, tuple[str, str]], site_headers: dict[str, str]) -> bytes:
    """``site_headers`` are the security headers the live site sends with its pages."""
    blocks = [HEADER.rstrip("\n")]
    if site_headers:
        blocks.append(block("/*", sorted(site_headers.items())))
    for pattern in sorted(rules):
        content_type, kind = rules[pattern]
        headers = [("Content-Type", content_type)]
        if kind == "api":
            headers.append(("Access-Control-Allow-Origin", "*"))
        blocks.append(block(pattern, headers))
    forever = [("Cache-Control", "public, max-age=31536000, immutable")]
    if static_files_are_hashed() and settings.STATIC_URL.startswith("/"):
        blocks.append(block(settings.STATIC_URL + "*", forever))
    if settings.MEDIA_URL.startswith("/"):
        # Uploads get a new name for new content (as the live site's media view says).
        blocks.append(block(settings.MEDIA_URL + "*", forever))
    return ("\n".join(blocks) + "\n").encode()


def block(pattern: str, headers: list[tuple[str, str]]) -> str:
    return "\n".join([pattern, *(f"  {name}: {value}" for name, value in headers)])


def encoded(path: str) -> str:
    return quote(path, safe=SAFE_URL_CHARACTERS)


def query_condition(query: str) -> str | None:
    """Netlify's form of a query string (``p=123 lang=it``), or None when it has no such form
    (a parameter without a value, or one that is repeated)."""
    pairs = parse_qsl(query, keep_blank_values=True)
    keys = [key for key, _value in pairs]
    if not pairs or len(set(keys)) != len(keys) or any(not value for _key, value in pairs):
        return None
    return " ".join(f"{quote(key, safe='')}={quote(value, safe='')}" for key, value in pairs)


def redirects_file(moved: list[MovedPage], sitemap_pages: list[Page]) -> bytes:
    lines = [HEADER + "# Permanent redirects: renamed articles and imported addresses."]
    netlify_only = []
    for item in moved:
        if not item.query:
            lines.append(f"{encoded(item.old_path)} {encoded(item.target)} 301")
            continue
        condition = query_condition(item.query)
        if condition:
            # Forced (!): the file at the path itself (the home page for /?p=1) must not win.
            netlify_only.append(f"{encoded(item.old_path)} {condition} {encoded(item.target)} 301!")
    for page in sitemap_pages:
        path, _mark, query = page.url.partition("?")
        if query:
            netlify_only.append(f"{path} {query} /{page.path} 200!")
    for code, _name in settings.LANGUAGES[1:]:
        with translation.override(code):
            prefix = reverse("home")
        netlify_only.append(f"{prefix}* {prefix}404.html 404")
    if netlify_only:
        lines.append(
            "# Netlify only: query strings and 404 pages per language. Cloudflare Pages matches\n"
            "# neither and skips these lines."
        )
        lines.extend(netlify_only)
    return ("\n".join(lines) + "\n").encode()


def nginx_map_file(moved: list[MovedPage]) -> bytes:
    lines = [
        HEADER + "# Include inside: map $request_uri $newsdesk_redirect { ... } (see the docs)."
    ]
    for item in moved:
        old = encoded(item.old_path) + (f"?{encoded(item.query)}" if item.query else "")
        lines.append(f'"{old}" "{encoded(item.target)}";')
    return ("\n".join(lines) + "\n").encode()
