"""Template helpers: absolute URLs and script-safe JSON-LD."""

import json

from django.template import Context, Template
from django.test import RequestFactory

from newsdesk.core.templatetags.newsdesk import ld_json


def test_ld_json_cannot_close_the_script_element():
    text = ld_json({"headline": "</script><script>alert(1)</script> & <!--"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"headline": "</script><script>alert(1)</script> & <!--"}


def test_ld_json_keeps_typography_readable():
    assert ld_json({"h": "Haliéus “grows” – ok"}) == '{"h": "Haliéus “grows” – ok"}'


def test_absolute_url_uses_the_base_url_setting(settings):
    template = Template("{% load newsdesk %}{% absolute_url path %}")
    request = RequestFactory().get("/")
    context = Context({"request": request, "path": "/news/x/"})
    assert template.render(context) == "http://testserver/news/x/"
    settings.NEWSDESK_BASE_URL = "https://news.example.org"
    assert template.render(context) == "https://news.example.org/news/x/"
    context["path"] = "https://cdn.example.org/a.jpg"
    assert template.render(context) == "https://cdn.example.org/a.jpg"
