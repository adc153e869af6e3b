"""Template helpers: absolute URLs and JSON-LD that no article text can break out of."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe

from newsdesk.core.site import absolute_url as make_absolute

register = template.Library()

# Characters that could end the <script> element or open a comment inside it.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def absolute_url(context, path: str) -> str:
    return make_absolute(path or "", context.get("request"))


@register.filter
def ld_json(data) -> str:
    """``data`` as JSON safe to place inside <script type="application/ld+json">."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_SCRIPT_ESCAPES)
    return mark_safe(text)  # noqa: S308 - our own JSON with <, > and & escaped
