"""Security headers on every response: a strict Content-Security-Policy and a Permissions-Policy.

No inline script or style anywhere: our templates have none and neither has Django's admin.
The one exception is the rich-text editor's import map (``<script type="importmap">``), a
list of module addresses rather than code, which browsers treat as inline script: its exact
text is allowed by hash, computed from the page that carries it, and modules can still only
load from our own origin.
"""

import base64
import hashlib
import re

from django.conf import settings

IMPORT_MAP = re.compile(rb'<script type="importmap"[^>]*>(.*?)</script>', re.S)


def policy(extra_script_hashes: list[str]) -> str:
    images = ["'self'", "data:", *settings.NEWSDESK_CSP_EXTRA_IMG_SRC]
    scripts = ["'self'", *(f"'sha256-{digest}'" for digest in extra_script_hashes)]
    directives = {
        "default-src": ["'self'"],
        "script-src": scripts,
        "style-src": ["'self'"],
        "img-src": images,
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
    if settings.NEWSDESK_HTTPS:
        directives["upgrade-insecure-requests"] = []
    return "; ".join(" ".join([name, *values]) for name, values in directives.items())


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        hashes = []
        content_type = response.get("Content-Type", "")
        if not response.streaming and content_type.startswith("text/html"):
            for script in IMPORT_MAP.findall(response.content):
                hashes.append(base64.b64encode(hashlib.sha256(script).digest()).decode())
        response.setdefault("Content-Security-Policy", policy(hashes))
        response.setdefault(
            "Permissions-Policy",
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
        )
        return response
