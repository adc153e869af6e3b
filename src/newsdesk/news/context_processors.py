"""Feed autodiscovery: every page names the feeds of the current language."""

from django.urls import reverse
from django.utils.translation import gettext as _


def feeds(request):
    """The site's feeds; an archive page adds its own section's feeds in its template."""
    return {
        "site_feeds": [
            {
                "title": _("All news (RSS)"),
                "type": "application/rss+xml",
                "url": reverse("news:feed"),
            },
            {
                "title": _("All news (Atom)"),
                "type": "application/atom+xml",
                "url": reverse("news:feed_atom"),
            },
            {
                "title": _("All news (JSON Feed)"),
                "type": "application/feed+json",
                "url": reverse("news:feed_json"),
            },
        ]
    }
