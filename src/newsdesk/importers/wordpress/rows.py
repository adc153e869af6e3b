"""Plain SQL for the rows an import writes by the thousand: articles, pictures, links,
redirects, references.

Building a model instance for each link, redirect or reference cost more than everything else
in writing a post, so they go in with ``executemany`` (articles and pictures are model
instances, inserted with ``bulk_create``). The statements are the same on SQLite and
PostgreSQL (``INSERT … ON CONFLICT … DO UPDATE``, SQLite 3.24+); table and column names come
from the models, values are always parameters.
"""

from django.db import connection
from django.utils import timezone

CHUNK = 500


def _columns(model, fields: list[str]) -> tuple[str, list[str]]:
    quote = connection.ops.quote_name
    return quote(model._meta.db_table), [quote(model._meta.get_field(f).column) for f in fields]


def insert_rows(model, fields: list[str], rows: list[tuple]) -> None:
    """Insert ``rows`` (tuples of database-ready values, in the order of ``fields``)."""
    if not rows:
        return
    table, columns = _columns(model, fields)
    placeholders = ", ".join(["%s"] * len(columns))
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders})"  # noqa: S608
    with connection.cursor() as cursor:
        for start in range(0, len(rows), CHUNK):
            cursor.executemany(sql, rows[start : start + CHUNK])


def upsert_rows(model, fields: list[str], rows: list[tuple], unique: list[str]) -> None:
    """Insert ``rows``, or update the row that has the same ``unique`` values."""
    if not rows:
        return
    table, columns = _columns(model, fields)
    _table, keys = _columns(model, unique)
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in keys)
    placeholders = ", ".join(["%s"] * len(columns))
    sql = (
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders}) "  # noqa: S608
        f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET {updates}"
    )
    with connection.cursor() as cursor:
        for start in range(0, len(rows), CHUNK):
            cursor.executemany(sql, rows[start : start + CHUNK])


def now_for_database():
    """The current time as the database takes it in a plain SQL parameter."""
    return connection.ops.adapt_datetimefield_value(timezone.now())
