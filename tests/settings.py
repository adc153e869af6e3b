"""Test settings: the real settings with a throw-away data dir, a fast hasher and plain static
files. ``NEWSDESK_TEST_DATABASE_URL`` picks the database (SQLite in memory by default)."""

import os
import tempfile

os.environ["NEWSDESK_DATA_DIR"] = tempfile.mkdtemp(prefix="newsdesk-test-")
os.environ.setdefault("NEWSDESK_SECRET_KEY", "tests-only-not-a-secret")
os.environ.pop("REDIS_URL", None)

import dj_database_url  # noqa: E402

from newsdesk.settings import *  # noqa: E402, F403
from newsdesk.settings import DATA_DIR  # noqa: E402

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("NEWSDESK_TEST_DATABASE_URL", f"sqlite:///{DATA_DIR / 'test.sqlite3'}")
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file, not memory, so that a second connection (the replica below) sees the same data.
    DATABASES["default"]["TEST"] = {"NAME": str(DATA_DIR / "test-db.sqlite3")}
# A replica that mirrors the test database: the replica router's tests read through it.
DATABASES["replica_1"] = {**DATABASES["default"], "TEST": {"MIRROR": "default"}}
DATABASE_ROUTERS: list[str] = []  # switched on by the router tests
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
NEWSDESK_PAGE_SIZE = 9
STATIC_ROOT.mkdir(exist_ok=True)  # noqa: F405 - WhiteNoise warns about a missing folder
# Most tests look at a freshly rendered response (its context, its queries); the page cache
# is switched on by the tests that exercise it (the `page_cache` fixture).
NEWSDESK_PAGE_CACHE = False
