"""``{% page_languages as languages %}``: the language switcher and hreflang alternates of the
page being rendered (see ``newsdesk/news/languages.py``).

A view names its page's versions in the context as ``language_versions``; a page without them
(an error page, a date archive) still gets a switcher that leads to each language's listing.
"""

from django import template

from newsdesk.news import languages

register = template.Library()


@register.simple_tag(takes_context=True)
def page_languages(context) -> languages.PageLanguages:
    return languages.page_languages(context.get("request"), context.get("language_versions"))
