"""The records a WordPress export is read into: its site, authors, terms and items.

Plain data, as the export gives it (names still with their HTML entities, dates as text):
deciding what they mean in Newsdesk is the mapping's job.
"""

from dataclasses import dataclass, field


@dataclass(slots=True)
class Site:
    title: str = ""
    link: str = ""
    base_site_url: str = ""
    base_blog_url: str = ""
    wxr_version: str = ""
    language: str = ""


@dataclass(slots=True)
class Author:
    login: str
    id: str = ""
    email: str = ""
    display_name: str = ""
    first_name: str = ""
    last_name: str = ""
    bio: str = ""


@dataclass(slots=True)
class Term:
    """A category, tag or other taxonomy term, declared in the channel or on an item."""

    taxonomy: str  # "category", "post_tag", or another taxonomy's name
    slug: str
    name: str = ""
    id: str = ""
    parent_slug: str = ""
    description: str = ""


@dataclass(slots=True)
class Item:
    id: str = ""
    post_type: str = "post"
    status: str = ""
    title: str = ""
    link: str = ""
    guid: str = ""
    creator: str = ""
    content: str = ""
    excerpt: str = ""
    post_date: str = ""
    post_date_gmt: str = ""
    post_name: str = ""
    post_parent: str = ""
    password: str = ""
    is_sticky: bool = False
    attachment_url: str = ""
    terms: list[Term] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    comment_count: int = 0

    def describe(self) -> str:
        """How a report line names the item: its type, id and title."""
        title = " ".join(self.title.split())
        if len(title) > 60:
            title = title[:57] + "..."
        return f"{self.post_type} {self.id}" + (f" \u201c{title}\u201d" if title else "")
