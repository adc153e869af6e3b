"""Throw-away sites for the tests that run Newsdesk in child processes.

A site is a data folder (``NEWSDESK_DATA_DIR``: media, secret key) and a database: a SQLite
file in that folder, or a PostgreSQL database made for the test (uniquely named, dropped when
the test ends). ``Sites`` migrates one template and gives each new site a copy of it, so a
test can afford a fresh, migrated site for every round: on SQLite a copy of the file; on
PostgreSQL one database made from the template and, for each later site, emptied again of
whatever the previous one wrote (dropping a database costs about a second, emptying its
tables a few milliseconds).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import dj_database_url
import pytest

ROOT = Path(__file__).resolve().parents[2]
NEWSDESK = [str(Path(sys.executable).with_name("newsdesk"))]
CHILD = [sys.executable, "-m", "tests.core.site_child"]


def postgres_server_url() -> str | None:
    """The PostgreSQL server the tests may create databases on, if one was named."""
    for name in ("NEWSDESK_TEST_DATABASE_URL", "NEWSDESK_TEST_POSTGRES_URL"):
        url = os.environ.get(name, "")
        if url.startswith(("postgres://", "postgresql://")):
            return url
    return None


def require_postgres() -> str:
    """The server's URL, once it answers; a skip (a failure under NEWSDESK_REQUIRE_ALL=1)
    when none was named or it does not answer."""
    url = postgres_server_url()
    reason = None
    if url is None:
        reason = "no PostgreSQL server named (set NEWSDESK_TEST_POSTGRES_URL)"
    else:
        try:
            with _maintenance_connection(url):
                pass
        except Exception as error:  # noqa: BLE001 - any failure to connect means "unreachable"
            reason = f"PostgreSQL at {url} is unreachable ({error.__class__.__name__}: {error})"
    if reason is not None:
        if os.environ.get("NEWSDESK_REQUIRE_ALL", "").strip() == "1":
            pytest.fail(f"{reason}, and NEWSDESK_REQUIRE_ALL=1 forbids skipping this test")
        pytest.skip(reason)
    return url


def _maintenance_connection(url: str):
    return _connection(url, dbname="postgres")


def _connection(url: str, dbname: str | None = None):
    import psycopg

    config = dj_database_url.parse(url)
    return psycopg.connect(
        dbname=dbname or config["NAME"],
        host=config["HOST"] or None,
        port=config["PORT"] or None,
        user=config["USER"] or None,
        password=config["PASSWORD"] or None,
        autocommit=True,
        connect_timeout=5,
    )


def _is_empty(connection, table: str) -> bool:
    # The name comes from pg_tables, not from any input.
    query = f'SELECT EXISTS (SELECT 1 FROM "{table}")'  # noqa: S608
    return not connection.execute(query).fetchone()[0]


def _with_database(url: str, name: str) -> str:
    base = url.rsplit("/", 1)[0]
    return f"{base}/{name}"


class Sites:
    """Fresh migrated sites on one engine ("sqlite" or "postgresql")."""

    def __init__(self, engine: str, folder: Path, server_url: str | None = None) -> None:
        self.engine = engine
        self.folder = folder
        self.server_url = server_url
        base = dj_database_url.parse(server_url)["NAME"] if server_url else "newsdesk"
        self.prefix = f"{base}_child_{uuid.uuid4().hex[:10]}"
        self.databases: list[str] = []
        self.count = 0
        self.template: str | None = None
        self.reused: str | None = None  # PostgreSQL: the database each new site reuses
        self.written_tables: list[str] = []  # PostgreSQL: the tables the template has empty

    def prepare(self) -> None:
        """Migrate the template every new site is copied from."""
        self.template = self._migrated_template()

    def env(self, data_dir: Path, database_url: str) -> dict[str, str]:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "newsdesk.settings",
            "NEWSDESK_DATA_DIR": str(data_dir),
            "DATABASE_URL": database_url,
            "NEWSDESK_SECRET_KEY": "tests-only-not-a-secret",
            "NEWSDESK_DEBUG": "0",
            "NEWSDESK_LOG_LEVEL": "ERROR",
            "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
        }
        for name in ("REDIS_URL", "DATABASE_REPLICA_URLS", "NEWSDESK_DB_POOL"):
            env.pop(name, None)
        return env

    def _new_database_url(self, data_dir: Path, template: str | None) -> str:
        if self.engine == "sqlite":
            path = data_dir / "site.sqlite3"
            if template:
                shutil.copyfile(template, path)
                if Path(template + "-wal").exists():  # commands close their connections: rare
                    shutil.copyfile(template + "-wal", str(path) + "-wal")
            return f"sqlite:///{path}"
        name = f"{self.prefix}_{len(self.databases)}"
        with _maintenance_connection(self.server_url) as connection:
            statement = f'CREATE DATABASE "{name}"'
            if template:
                statement += f' TEMPLATE "{template}"'
            connection.execute(statement)
        self.databases.append(name)
        return _with_database(self.server_url, name)

    def _migrated_template(self) -> str:
        data_dir = self.folder / "template"
        data_dir.mkdir(parents=True)
        url = self._new_database_url(data_dir, None)
        run(NEWSDESK + ["migrate", "--noinput", "-v", "0"], self.env(data_dir, url))
        if self.engine == "sqlite":
            return str(data_dir / "site.sqlite3")
        with _connection(url) as connection:
            tables = [
                row[0]
                for row in connection.execute(
                    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"
                )
            ]
            self.written_tables = [table for table in tables if _is_empty(connection, table)]
        return self.databases[-1]

    def _reused_database_url(self) -> str:
        """PostgreSQL: the reused database, as fresh from the template as emptying makes it."""
        if self.reused is None:
            url = self._new_database_url(self.folder, self.template)
            self.reused = url
            return url
        tables = ", ".join(f'"{table}"' for table in self.written_tables)
        with _connection(self.reused) as connection:
            connection.execute(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")
        return self.reused

    def new(self) -> tuple[Path, dict[str, str]]:
        """A fresh migrated site: its data folder and the environment of its processes."""
        self.count += 1
        data_dir = self.folder / f"site-{self.count}"
        data_dir.mkdir(parents=True)
        if self.engine == "postgresql":
            return data_dir, self.env(data_dir, self._reused_database_url())
        return data_dir, self.env(data_dir, self._new_database_url(data_dir, self.template))

    def drop_all(self) -> None:
        if not self.databases:
            return
        with _maintenance_connection(self.server_url) as connection:
            for name in reversed(self.databases):
                # WITH (FORCE): a killed child's server process may not have noticed yet.
                connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.databases = []


def run(command: list[str], env: dict[str, str], timeout: float = 120) -> str:
    """Run a child to its end; its output, or a failure that shows what it printed."""
    result = subprocess.run(
        command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=False
    )
    if result.returncode != 0:
        pytest.fail(
            f"{' '.join(command)} exited with {result.returncode}:\n{result.stdout}\n{result.stderr}"
        )
    return result.stdout
