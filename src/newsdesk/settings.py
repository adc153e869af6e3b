"""The one settings module. Every value comes from the environment, with a documented default.

The README's configuration table and ``.env.example`` list the same variables; keep the three
in step.
"""

import datetime
import hashlib
import os
import secrets
from pathlib import Path

import dj_database_url
from django.conf import global_settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy

PACKAGE_DIR = Path(__file__).resolve().parent


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    value = value.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name} must be 1 or 0 (got {value!r}).")


def env_int(name: str, default: int, minimum: int = 1) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        number = int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number (got {value!r}).") from None
    if number < minimum:
        raise ImproperlyConfigured(f"{name} must be at least {minimum} (got {number}).")
    return number


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name, "")
    items = [item.strip() for item in value.split(",") if item.strip()]
    return items or default


DATA_DIR = Path(os.environ.get("NEWSDESK_DATA_DIR", "var")).resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)


def secret_key_from_data_dir(data_dir: Path) -> str:
    """Read the site's secret key, creating it once per data dir.

    A key made up per process would log everybody out on every restart and break signed
    links between workers, so an unset key is generated once and kept beside the database.
    """
    path = data_dir / "secret_key"
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        pass
    key = secrets.token_urlsafe(50)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(key)
    return key


SECRET_KEY = os.environ.get("NEWSDESK_SECRET_KEY") or secret_key_from_data_dir(DATA_DIR)
DEBUG = env_bool("NEWSDESK_DEBUG", False)
ALLOWED_HOSTS = env_list("NEWSDESK_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.sitemaps",
    "django_prose_editor",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "ninja",  # serves the API docs' Swagger UI from its own static files, not from a CDN
    "newsdesk.core",
    "newsdesk.images",
    "newsdesk.news",
    "newsdesk.search",
    "newsdesk.importers",
    "newsdesk.publishing",
    "newsdesk.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "newsdesk.core.headers.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Outside the page cache, so that cached pages also answer 304 to conditional requests.
    "django.middleware.http.ConditionalGetMiddleware",
    "newsdesk.core.cache.PageCacheMiddleware",
    "newsdesk.core.db.PrimaryPinningMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "newsdesk.core.locale.AdminLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "newsdesk.core.two_factor.RequireTwoFactorMiddleware",
    "newsdesk.core.protection.RateLimitMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "newsdesk.news.middleware.RedirectFallbackMiddleware",
    "newsdesk.core.protection.DatabaseUnavailableMiddleware",
    # Last, as django-axes asks: it turns a lockout raised during login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "newsdesk.urls"
WSGI_APPLICATION = "newsdesk.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "newsdesk.core.context_processors.site",
                "newsdesk.news.context_processors.feeds",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{DATA_DIR / 'newsdesk.sqlite3'}",
        conn_max_age=env_int("NEWSDESK_DB_CONN_MAX_AGE", 60, minimum=0),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers carry on while the editor saves; IMMEDIATE avoids "database is locked"
    # errors when two writers upgrade a read transaction at once.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        }
    )
    DATABASES["default"]["CONN_MAX_AGE"] = 0 if DATABASES["default"]["NAME"] == ":memory:" else 60

# PostgreSQL connection pooling (Django's psycopg pool): NEWSDESK_DB_POOL=1, sized by
# NEWSDESK_DB_POOL_SIZE. A pool replaces persistent connections, so CONN_MAX_AGE must be 0.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql" and env_bool(
    "NEWSDESK_DB_POOL", False
):
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": 1,
        "max_size": env_int("NEWSDESK_DB_POOL_SIZE", 8),
        "timeout": 10,
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0

# Read replicas: public reads are spread over them (newsdesk/core/db.py).
for _number, _url in enumerate(env_list("DATABASE_REPLICA_URLS", []), start=1):
    DATABASES[f"replica_{_number}"] = {
        **dj_database_url.parse(_url, conn_max_age=60, conn_health_checks=True),
        "TEST": {"MIRROR": "default"},
    }
DATABASE_ROUTERS = (
    ["newsdesk.core.db.ReplicaRouter"] if any(a.startswith("replica") for a in DATABASES) else []
)
NEWSDESK_REPLICA_PIN_SECONDS = env_int("NEWSDESK_REPLICA_PIN_SECONDS", 10)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Content and interface languages: the first is the default and keeps unprefixed URLs
# (/news/…); the others are prefixed (/it/news/…). Any code Django knows may be added.
_LANGUAGE_NAMES = dict(global_settings.LANGUAGES)
_LANGUAGE_CODES = env_list("NEWSDESK_LANGUAGES", ["en", "it"])
for _code in _LANGUAGE_CODES:
    if _code not in _LANGUAGE_NAMES:
        raise ImproperlyConfigured(f"NEWSDESK_LANGUAGES: unknown language code {_code!r}.")
LANGUAGES = [(code, gettext_lazy(_LANGUAGE_NAMES[code])) for code in _LANGUAGE_CODES]
LANGUAGE_CODE = _LANGUAGE_CODES[0]
TIME_ZONE = os.environ.get("TIME_ZONE", "Europe/Rome")
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [PACKAGE_DIR / "locale"]

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = DATA_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Uploaded media on S3-compatible storage (django-storages, `pip install newsdesk[s3]`).
if os.environ.get("NEWSDESK_MEDIA_STORAGE", "local") == "s3":
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": os.environ.get("NEWSDESK_S3_BUCKET", ""),
            "endpoint_url": os.environ.get("NEWSDESK_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("NEWSDESK_S3_REGION") or None,
            "custom_domain": os.environ.get("NEWSDESK_S3_CUSTOM_DOMAIN") or None,
            "querystring_auth": False,
            "file_overwrite": False,
            "object_parameters": {"CacheControl": "public, max-age=31536000, immutable"},
        },
    }
    # Credentials: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY from the environment.
    if not STORAGES["default"]["OPTIONS"]["bucket_name"]:
        raise ImproperlyConfigured("NEWSDESK_MEDIA_STORAGE=s3 needs NEWSDESK_S3_BUCKET.")
elif os.environ.get("NEWSDESK_MEDIA_STORAGE", "local") != "local":
    raise ImproperlyConfigured("NEWSDESK_MEDIA_STORAGE must be local or s3.")

# Serve uploaded media from the application itself: right for one small server. Behind
# nginx or a CDN, set NEWSDESK_SERVE_MEDIA=0 and let them serve MEDIA_ROOT.
NEWSDESK_SERVE_MEDIA = env_bool("NEWSDESK_SERVE_MEDIA", True)

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "newsdesk",
    }
}
if os.environ.get("REDIS_URL"):
    # Several sites may share one Redis: each keeps to its own keys (content version, pages,
    # counts, listing landmarks). By default the prefix names the site's database.
    _database = DATABASES["default"]
    _site = f"{_database['ENGINE']}|{_database.get('HOST', '')}|{_database.get('PORT', '')}|"
    _site += str(_database["NAME"])
    CACHES["default"] = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": os.environ["REDIS_URL"],
        "KEY_PREFIX": os.environ.get("NEWSDESK_CACHE_PREFIX")
        or "newsdesk-" + hashlib.blake2b(_site.encode(), digest_size=6).hexdigest(),
    }

# Per-IP limits on the paths that cost the most (count/seconds); staff are never limited.
NEWSDESK_RATE_LIMIT = env_bool("NEWSDESK_RATE_LIMIT", True)
NEWSDESK_RATE_LIMITS = {
    "search": os.environ.get("NEWSDESK_RATE_LIMIT_SEARCH", "30/60"),
    "api": os.environ.get("NEWSDESK_RATE_LIMIT_API", "300/60"),
}
# Behind a proxy, the META key holding the client address, e.g. HTTP_X_FORWARDED_FOR.
NEWSDESK_CLIENT_IP_HEADER = os.environ.get("NEWSDESK_CLIENT_IP_HEADER", "")
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Other origins pictures may come from (a CDN or S3 bucket serving media), space-separated.
NEWSDESK_CSP_EXTRA_IMG_SRC = os.environ.get("NEWSDESK_CSP_IMG_SRC", "").split()

# Production behind TLS is one switch. The proxy in front must set X-Forwarded-Proto.
NEWSDESK_HTTPS = env_bool("NEWSDESK_HTTPS", False)
if NEWSDESK_HTTPS:
    SECURE_SSL_REDIRECT = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = env_int("NEWSDESK_HSTS_SECONDS", 31_536_000, minimum=0)
    # Covers only the names under this site's own host (news.example.org), not its parent.
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("NEWSDESK_HSTS_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("NEWSDESK_HSTS_PRELOAD", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    # /healthz is asked by load balancers over plain HTTP inside the network.
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
CSRF_TRUSTED_ORIGINS = env_list("NEWSDESK_CSRF_TRUSTED_ORIGINS", [])

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"

LOGIN_URL = "admin:login"

# Login throttling (django-axes): after NEWSDESK_LOGIN_FAILURES failed logins, the account
# and, separately, the address are locked for NEWSDESK_LOCKOUT_MINUTES. Administrators unlock
# early by deleting the attempts under Admin > Axes, or with `newsdesk axes_reset`.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("NEWSDESK_LOGIN_FAILURES", 5)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env_int("NEWSDESK_LOCKOUT_MINUTES", 30))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "core/locked_out.html"
AXES_CLIENT_IP_CALLABLE = "newsdesk.core.protection.client_ip_for_axes"
AXES_VERBOSE = False

# Two-factor authentication (TOTP + recovery codes): optional for staff, required for
# administrators when NEWSDESK_REQUIRE_2FA=1 (see newsdesk/core/two_factor.py).
NEWSDESK_REQUIRE_2FA = env_bool("NEWSDESK_REQUIRE_2FA", False)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("NEWSDESK_LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "INFO"}},
}

# Newsdesk's own settings.
NEWSDESK_SITE_NAME = os.environ.get("NEWSDESK_SITE_NAME", "Newsdesk")
OTP_TOTP_ISSUER = NEWSDESK_SITE_NAME  # the name authenticator apps show
NEWSDESK_SITE_DESCRIPTION = os.environ.get(
    "NEWSDESK_SITE_DESCRIPTION", "News and stories from our member cooperatives."
)
# The public address of the site (https://news.example.org), for canonical links, feeds,
# sitemaps and the static export. Empty: taken from each request's Host.
NEWSDESK_BASE_URL = os.environ.get("NEWSDESK_BASE_URL", "").rstrip("/")
NEWSDESK_LOGO_URL = os.environ.get("NEWSDESK_LOGO_URL", "")
NEWSDESK_SOCIAL_IMAGE_URL = os.environ.get("NEWSDESK_SOCIAL_IMAGE_URL", "")
NEWSDESK_FEED_ITEMS = env_int("NEWSDESK_FEED_ITEMS", 20)
NEWSDESK_PREVIEW_LINK_DAYS = env_int("NEWSDESK_PREVIEW_LINK_DAYS", 7)
NEWSDESK_IMAGE_MAX_BYTES = env_int("NEWSDESK_IMAGE_MAX_BYTES", 15 * 1024 * 1024)
NEWSDESK_IMAGE_MAX_PIXELS = env_int("NEWSDESK_IMAGE_MAX_PIXELS", 40_000_000)

# Anonymous pages are cached under a content version that every change bumps (see
# newsdesk/core/cache.py), so these lifetimes only bound how long an unchanged page is kept.
NEWSDESK_PAGE_CACHE = env_bool("NEWSDESK_PAGE_CACHE", True)
NEWSDESK_PAGE_CACHE_SECONDS = env_int("NEWSDESK_PAGE_CACHE_SECONDS", 600)
NEWSDESK_BROWSER_MAX_AGE = env_int("NEWSDESK_BROWSER_MAX_AGE", 60, minimum=0)
NEWSDESK_CDN_MAX_AGE = env_int("NEWSDESK_CDN_MAX_AGE", 300, minimum=0)
NEWSDESK_STALE_WHILE_REVALIDATE = env_int("NEWSDESK_STALE_WHILE_REVALIDATE", 60, minimum=0)
NEWSDESK_UNCACHED_PREFIXES = ("/admin/", "/healthz", "/media/", "/static/", "/preview/")
NEWSDESK_FEED_FULL_CONTENT = env_bool("NEWSDESK_FEED_FULL_CONTENT", True)
NEWSDESK_PAGE_SIZE = env_int("NEWSDESK_PAGE_SIZE", 9)
NEWSDESK_EXCERPT_WORDS = 50
