"""Small WordPress exports built in code, for the cases a fixture file would only blur."""

from pathlib import Path
from xml.sax.saxutils import escape

FIXTURES = Path(__file__).parent / "fixtures"
NEWSROOM = FIXTURES / "newsroom-wxr-1.2.xml"
SMALL_1_1 = FIXTURES / "small-wxr-1.1.xml"


def cdata(text: str) -> str:
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def wxr(*parts: str, version: str = "1.2", site: str = "https://old.example") -> str:
    """A whole export around channel parts (authors, terms, items)."""
    return (
        '<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" '
        f'xmlns:excerpt="http://wordpress.org/export/{version}/excerpt/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" '
        f'xmlns:wp="http://wordpress.org/export/{version}/">\n<channel>\n'
        f"<title>Test site</title><link>{site}</link>\n"
        f"<wp:wxr_version>{version}</wp:wxr_version>\n"
        f"<wp:base_site_url>{site}</wp:base_site_url>\n"
        f"<wp:base_blog_url>{site}</wp:base_blog_url>\n"
        + "\n".join(parts)
        + "\n</channel>\n</rss>\n"
    )


def item(
    post_id: int,
    *,
    title: str = "",
    post_type: str = "post",
    status: str = "publish",
    content: str = "",
    excerpt: str = "",
    date: str = "2024-07-01 10:00:00",
    date_gmt: str = "2024-07-01 08:00:00",
    name: str = "",
    link: str = "",
    creator: str = "",
    terms: tuple[tuple[str, str, str], ...] = (),
    meta: dict[str, str] | None = None,
    extra: str = "",
) -> str:
    """One <item>; ``terms`` are (domain, nicename, name)."""
    lines = [
        "<item>",
        f"<title>{cdata(title)}</title>",
        f"<link>{escape(link)}</link>" if link else "",
        f"<dc:creator>{cdata(creator)}</dc:creator>",
        f"<content:encoded>{cdata(content)}</content:encoded>",
        f"<excerpt:encoded>{cdata(excerpt)}</excerpt:encoded>",
        f"<wp:post_id>{post_id}</wp:post_id>",
        f"<wp:post_date>{cdata(date)}</wp:post_date>",
        f"<wp:post_date_gmt>{cdata(date_gmt)}</wp:post_date_gmt>",
        f"<wp:post_name>{cdata(name)}</wp:post_name>",
        f"<wp:status>{cdata(status)}</wp:status>",
        f"<wp:post_type>{cdata(post_type)}</wp:post_type>",
    ]
    lines += [
        f'<category domain="{domain}" nicename="{slug}">{cdata(label)}</category>'
        for domain, slug, label in terms
    ]
    lines += [
        f"<wp:postmeta><wp:meta_key>{cdata(key)}</wp:meta_key>"
        f"<wp:meta_value>{cdata(value)}</wp:meta_value></wp:postmeta>"
        for key, value in (meta or {}).items()
    ]
    lines += [extra, "</item>"]
    return "\n".join(line for line in lines if line)


def attachment(
    post_id: int, path: str, *, title: str = "", alt: str = "", caption: str = ""
) -> str:
    meta = {"_wp_attached_file": path}
    if alt:
        meta["_wp_attachment_image_alt"] = alt
    return item(
        post_id,
        title=title,
        post_type="attachment",
        status="inherit",
        excerpt=caption,
        meta=meta,
        extra=f"<wp:attachment_url>https://old.example/wp-content/uploads/{escape(path)}"
        "</wp:attachment_url>",
    )


def write(folder: Path, text: str | bytes, name: str = "export.xml") -> Path:
    path = folder / name
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    return path
