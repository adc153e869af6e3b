"""When the next scheduled article goes public: the moment a static export must be redone.

A live site needs no job for scheduled articles (they appear by themselves); a static copy
does, and ``newsdesk next_publication`` tells cron or ``at`` when.
"""

import datetime

from django.utils import timezone

from newsdesk.news.signals import next_scheduled_publication


def next_publication() -> datetime.datetime | None:
    """The next publication time in TIME_ZONE, rounded up to the second (an export started at
    that second finds the article public), or None when nothing is scheduled."""
    due = next_scheduled_publication()
    if due is None:
        return None
    moment = datetime.datetime.fromtimestamp(due, tz=datetime.UTC)
    if moment.microsecond:
        moment = moment.replace(microsecond=0) + datetime.timedelta(seconds=1)
    return timezone.localtime(moment)
