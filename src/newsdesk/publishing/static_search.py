"""Search on a static host: what the export adds to the rendered search page.

A static host cannot run the search view, so the exported search page carries a script of ours
(``newsdesk/js/static-search.js``) that reads the query from the address, searches the
language's prebuilt index (``search_index``) and shows the results with the live page's markup.
Without JavaScript the page says so and links to the news listing.

The live search template is not ours to change, so the export inserts this markup into the
rendered page just before ``</main>`` (the only change the export makes to a page). Its texts
are the live template's own messages where it has them, so translations are shared.
"""

import json

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, ngettext

MAIN_END = b"</main>"


class SearchPageChanged(RuntimeError):
    """The rendered search page no longer has the place the static search goes."""


def messages() -> dict[str, str]:
    """The texts the script shows, in the active language, with {placeholders} it fills."""
    singular = "%(counter)s result for “%(query)s”"
    plural = "%(counter)s results for “%(query)s”"
    count = {"counter": "{count}", "query": "{query}"}
    return {
        "count_one": ngettext(singular, plural, 1) % count,
        "count_other": ngettext(singular, plural, 2) % count,
        "page_of": gettext("page %(number)s of %(total)s")
        % {"number": "{page}", "total": "{pages}"},
        "empty": gettext("No articles match your search. Try other words, or fewer of them."),
        "failed": gettext("The search is not available right now. Please try again later."),
        "pages": gettext("Pages"),
        "page": gettext("Page"),
        "previous": gettext("Previous page"),
        "next": gettext("Next page"),
        # The live page's title: “query”[ – page N] – Search – site name.
        "quoted": gettext("“%(query)s”") % {"query": "{query}"},
        "page_n": gettext("page %(number)s") % {"number": "{page}"},
        "title_end": f"{gettext('Search')} – {settings.NEWSDESK_SITE_NAME}",
    }


def markup(language: str) -> str:
    with translation.override(language):
        context = {
            "index_url": reverse("search:index") + "index.json",
            "news_url": reverse("news:index"),
            "page_size": settings.NEWSDESK_PAGE_SIZE,
            "messages_json": json.dumps(messages(), ensure_ascii=False),
        }
        return render_to_string("publishing/static_search.html", context)


def with_static_search(content: bytes, url: str) -> bytes:
    """The rendered search page at ``url`` with the static search inserted."""
    language = translation.get_language_from_path(url) or settings.LANGUAGE_CODE
    head, found, tail = content.rpartition(MAIN_END)
    if not found:
        raise SearchPageChanged(f"{url} has no </main>: the static search has nowhere to go.")
    return head + markup(language).encode() + found + tail
