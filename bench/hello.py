"""The baseline: a minimal WSGI app on the same gunicorn settings, answering a page of a given
size (HELLO_BYTES) — what serving costs before Django and Newsdesk do anything."""

import os

BODY = b"<!doctype html><title>hello</title>" + b"x" * max(
    0, int(os.environ.get("HELLO_BYTES", "12000")) - 35
)


def application(environ, start_response):
    start_response(
        "200 OK",
        [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(BODY)))],
    )
    return [BODY]
