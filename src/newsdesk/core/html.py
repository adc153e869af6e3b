"""Sanitising stored HTML: one function, one allow-list.

Sanitise on write, escape on read: everything an editor or an importer stores as HTML passes
through ``sanitize_html`` before it reaches the database, so templates may mark it safe.
"""

import nh3

ALLOWED_TAGS = frozenset(
    "a abbr b blockquote br caption cite code dd del dl dt em figcaption figure h2 h3 h4 h5 h6 "
    "hr i img ins kbd li mark ol p pre q s small span strong sub sup table tbody td tfoot th "
    "thead tr u ul".split()
)

ALLOWED_ATTRIBUTES = {
    "a": {"href", "title", "hreflang"},
    "abbr": {"title"},
    "blockquote": {"cite"},
    "img": {"src", "alt", "width", "height", "srcset", "sizes", "loading", "title"},
    "ol": {"start", "reversed"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "q": {"cite"},
    "*": {"lang", "dir"},
}

ALLOWED_URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})


def sanitize_html(html: str) -> str:
    """Return ``html`` with everything that could run script or break the layout removed.

    Scripts, styles, event-handler attributes and ``javascript:``/``data:`` URLs go; links get
    ``rel="noopener noreferrer"``; the content of removed ``script``/``style`` elements is
    dropped too, not shown as text.
    """
    return nh3.clean(
        html or "",
        tags=set(ALLOWED_TAGS),
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(ALLOWED_URL_SCHEMES),
        clean_content_tags={"script", "style"},
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
