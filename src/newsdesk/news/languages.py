"""The languages of a page: where the language switcher goes and which hreflang alternates a
page announces.

A page's *versions* map a language code to the address of the same page in that language:

- an article's own address and those of its published translations;
- for the pages that exist in every language whatever the content (the home page, the news
  listing, the category, tag and author archives; page 1 only), the same route in each of the
  site's languages.

Other pages (date archives, later pages of a listing, search, errors) have no versions. The
switcher links each of the site's languages to that language's version when there is one,
else to that language's news listing (its search page from a search page). Pages with two
or more versions announce them as ``<link rel="alternate" hreflang>`` with an ``x-default``.

Everything here reads the settings at call time, so adding a language to
``NEWSDESK_LANGUAGES`` needs no code. Nothing here queries the database except
``published_translations``, which the article view calls once.
"""

from dataclasses import dataclass

from django.conf import settings
from django.conf.locale import LANG_INFO
from django.urls import reverse
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext_noop

from newsdesk.core.site import absolute_url

# Month names as dates in running text spell them ("8 luglio 2024"). Django's ``F`` date format
# and the month archive headings read these translations; Django's own Italian catalog
# capitalises them ("Luglio"), which Italian does not do inside a sentence. Listing them here
# keeps them in our catalog (locale/<language>/LC_MESSAGES/django.po), which takes precedence
# over Django's, so a translator decides how a language writes its months: data, not code.
MONTH_NAMES = (
    gettext_noop("January"),
    gettext_noop("February"),
    gettext_noop("March"),
    gettext_noop("April"),
    gettext_noop("May"),
    gettext_noop("June"),
    gettext_noop("July"),
    gettext_noop("August"),
    gettext_noop("September"),
    gettext_noop("October"),
    gettext_noop("November"),
    gettext_noop("December"),
)


@dataclass(frozen=True)
class LanguageLink:
    """One language's entry in the switcher, or one translation in "Also in: …"."""

    code: str  # the site's code for the language: "it", "pt-br"
    name: str  # the language's name in the language itself: "Italiano"
    url: str
    is_current: bool = False

    @property
    def hreflang(self) -> str:
        """The code as BCP 47 writes it (``pt-BR``), for ``hreflang`` and ``lang``."""
        return language_tag(self.code)


@dataclass(frozen=True)
class PageLanguages:
    links: list[LanguageLink]  # the switcher: every language of the site, in settings order
    alternates: list[dict]  # {"hreflang", "url"} for <link rel="alternate">, x-default last


def site_languages() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def language_tag(code: str) -> str:
    """``pt-br`` -> ``pt-BR``, ``zh-hans`` -> ``zh-Hans``: Django's codes as BCP 47 tags."""
    return translation.to_locale(code).replace("_", "-")


def language_name(code: str) -> str:
    """The language's own name for itself, capitalised as a label: "Italiano", "Français"."""
    info = LANG_INFO.get(code) or LANG_INFO.get(code.split("-")[0]) or {}
    return capfirst(info.get("name_local") or dict(settings.LANGUAGES).get(code, code))


def url_in(language: str, view_name: str, kwargs: dict | None = None) -> str:
    """The address of a named route in ``language`` (unprefixed for the default language)."""
    with translation.override(language):
        return reverse(view_name, kwargs=kwargs or None)


def same_page_in_every_language(view_name: str, kwargs: dict | None = None) -> dict[str, str]:
    """Versions of a page that exists in every language (home, news, archives)."""
    return {code: url_in(code, view_name, kwargs) for code in site_languages()}


def published_translations(article) -> list:
    """The published versions of the article's story in the site's other languages, in the
    order of ``settings.LANGUAGES``; the first published when a language has two. One query."""
    order = {code: position for position, code in enumerate(site_languages())}
    chosen = {}
    for version in sorted(article.public_translations(), key=lambda v: (v.published_at, v.pk)):
        if version.language in order and version.language != article.language:
            chosen.setdefault(version.language, version)
    return sorted(chosen.values(), key=lambda version: order[version.language])


def article_versions(article, translations: list) -> dict[str, str]:
    """The article's address and those of its translations, by language."""
    versions = {article.language: article.get_absolute_url()}
    for version in translations:
        versions.setdefault(version.language, version.get_absolute_url())
    return versions


def translation_links(translations: list) -> list[LanguageLink]:
    """One link per published translation, for "Also in: Italiano"."""
    return [
        LanguageLink(version.language, language_name(version.language), version.get_absolute_url())
        for version in translations
    ]


def fallback_url(request, language: str) -> str:
    """Where a language's switcher link goes when the page has no version in it."""
    match = getattr(request, "resolver_match", None)
    on_search = match is not None and match.namespace == "search"
    return url_in(language, "search:index" if on_search else "news:index")


def page_languages(request, versions: dict[str, str] | None) -> PageLanguages:
    """The switcher's links and the hreflang alternates of a page with these versions."""
    versions = versions or {}
    current = translation.get_language()
    links = []
    for code in site_languages():
        if code == current:
            url = request.get_full_path() if request is not None else versions.get(code, "")
        else:
            url = versions.get(code) or fallback_url(request, code)
        links.append(LanguageLink(code, language_name(code), url, is_current=code == current))
    alternates = [
        {"hreflang": hreflang, "url": absolute_url(path, request)}
        for hreflang, path in hreflang_alternates(versions)
    ]
    return PageLanguages(links=links, alternates=alternates)


def hreflang_alternates(versions: dict[str, str]) -> list[tuple[str, str]]:
    """(hreflang, path) for every version, in settings order, then ``x-default``: the version
    in the default language, or the first one when the story has none in it.

    A page with a single version announces nothing: it has no alternates.
    """
    ordered = [(code, versions[code]) for code in site_languages() if code in versions]
    if len(ordered) < 2:
        return []
    default = versions.get(settings.LANGUAGE_CODE) or ordered[0][1]
    return [(language_tag(code), path) for code, path in ordered] + [("x-default", default)]
