"""The settings module read from the environment, checked in fresh processes."""

import os
import subprocess
import sys

import pytest


def newsdesk(tmp_path, *args, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("NEWSDESK_", "DATABASE_", "DJANGO_SETTINGS"))
    }
    environment.update(NEWSDESK_DATA_DIR=str(tmp_path), **env)
    return subprocess.run(
        [sys.executable, "-m", "newsdesk", *args],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_deploy_check_passes_with_production_settings(tmp_path):
    result = newsdesk(
        tmp_path, "check", "--deploy", "--fail-level", "WARNING",
        NEWSDESK_DEBUG="0", NEWSDESK_HTTPS="1", NEWSDESK_ALLOWED_HOSTS="news.example.org",
        NEWSDESK_SECRET_KEY="k" * 20 + "-production-secret-with-enough-variety-0123456789",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "System check identified no issues (0 silenced)."


def test_secret_key_is_generated_once_per_data_dir(tmp_path):
    read = "from django.conf import settings; print(settings.SECRET_KEY)"
    first = newsdesk(tmp_path, "shell", "-c", read).stdout.strip().splitlines()[-1]
    second = newsdesk(tmp_path, "shell", "-c", read).stdout.strip().splitlines()[-1]
    assert first == second and len(first) > 40
    assert oct((tmp_path / "secret_key").stat().st_mode & 0o777) == "0o600"


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("NEWSDESK_PAGE_SIZE", "nine", "NEWSDESK_PAGE_SIZE must be a whole number (got 'nine')."),
        ("NEWSDESK_PAGE_SIZE", "0", "NEWSDESK_PAGE_SIZE must be at least 1 (got 0)."),
        ("NEWSDESK_DEBUG", "maybe", "NEWSDESK_DEBUG must be 1 or 0 (got 'maybe')."),
        ("NEWSDESK_LANGUAGES", "en,xx", "NEWSDESK_LANGUAGES: unknown language code 'xx'."),
        ("NEWSDESK_MEDIA_STORAGE", "ftp", "NEWSDESK_MEDIA_STORAGE must be local or s3."),
    ],
)
def test_bad_settings_say_what_is_wrong(tmp_path, name, value, message):
    result = newsdesk(tmp_path, "check", **{name: value})
    assert result.returncode != 0
    assert message in result.stderr


def test_https_switch(tmp_path):
    read = (
        "from django.conf import settings as s; "
        "print(s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE, s.SECURE_HSTS_SECONDS, "
        "s.SECURE_PROXY_SSL_HEADER)"
    )
    result = newsdesk(tmp_path, "shell", "-c", read, NEWSDESK_HTTPS="1")
    assert result.stdout.strip().splitlines()[-1] == (
        "True True 31536000 ('HTTP_X_FORWARDED_PROTO', 'https')"
    )


def test_replicas_and_pool_from_the_environment(tmp_path):
    read = (
        "from django.conf import settings as s; "
        "print(sorted(s.DATABASES), s.DATABASE_ROUTERS, s.DATABASES['default']['OPTIONS']['pool'])"
    )
    result = newsdesk(
        tmp_path, "shell", "-c", read,
        DATABASE_URL="postgres://u@127.0.0.1:5432/news",
        DATABASE_REPLICA_URLS="postgres://u@10.0.0.2:5432/news,postgres://u@10.0.0.3:5432/news",
        NEWSDESK_DB_POOL="1", NEWSDESK_DB_POOL_SIZE="4",
    )  # fmt: skip
    assert result.stdout.strip().splitlines()[-1] == (
        "['default', 'replica_1', 'replica_2'] ['newsdesk.core.db.ReplicaRouter'] "
        "{'min_size': 1, 'max_size': 4, 'timeout': 10}"
    )


def test_sites_sharing_a_redis_keep_to_their_own_keys(tmp_path):
    read = "from django.conf import settings as s; print(s.CACHES['default']['KEY_PREFIX'])"

    def prefix(**env) -> str:
        result = newsdesk(
            tmp_path, "shell", "-c", read, REDIS_URL="redis://127.0.0.1:6379/0", **env
        )
        assert result.returncode == 0, result.stderr
        return result.stdout.strip().splitlines()[-1]

    first = prefix(DATABASE_URL="postgres://u@127.0.0.1:5432/coop_news")
    assert first.startswith("newsdesk-")
    assert first == prefix(DATABASE_URL="postgres://u@127.0.0.1:5432/coop_news")
    assert first != prefix(DATABASE_URL="postgres://u@127.0.0.1:5432/ngo_news")
    assert prefix(NEWSDESK_CACHE_PREFIX="site-a") == "site-a"
