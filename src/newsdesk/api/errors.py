"""Error answers of the API: always JSON ``{"detail": "<one sentence>"}``, never an HTML page.

A bad query parameter is a 400 whether ninja's validation or our own lookup catches it, so a
client has one rule to follow.
"""

import logging

from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _
from ninja import NinjaAPI
from ninja.errors import HttpError, ValidationError

logger = logging.getLogger(__name__)


def validation_detail(errors: list[dict]) -> str:
    """One sentence naming each parameter that was wrong and why."""
    problems = []
    for error in errors:
        # loc is ("query", "<parameter>", …); a ninja schema of parameters adds its own name.
        names = [str(part) for part in error.get("loc", ()) if part not in ("query", "path")]
        problems.append(
            str(
                _("%(parameter)s: %(reason)s")
                % {"parameter": names[-1] if names else "?", "reason": error.get("msg", "")}
            )
        )
    return str(_("Invalid parameter. %(problems)s.") % {"problems": "; ".join(problems)})


def install_error_handlers(api: NinjaAPI) -> None:
    def error(request: HttpRequest, status: int, detail: str) -> HttpResponse:
        return api.create_response(request, {"detail": detail}, status=status)

    @api.exception_handler(ValidationError)
    def invalid_parameter(request, exc):
        return error(request, 400, validation_detail(exc.errors))

    @api.exception_handler(HttpError)
    def http_error(request, exc):
        return error(request, exc.status_code, str(exc.message))

    @api.exception_handler(Http404)
    def not_found(request, exc):
        return error(request, 404, str(_("Not found.")))

    @api.exception_handler(Exception)
    def server_error(request, exc):
        # Still a bug to fix (the test suite fails on any 500), but the client gets JSON.
        logger.exception("API error on %s", request.get_full_path())
        return error(request, 500, str(_("Server error. Please try again later.")))
