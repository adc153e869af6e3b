"""Plain SQL for the rows an import writes by the thousand: articles, pictures, links,
redirects, references.

Building a model instance for each link, redirect or reference cost more than everything else
in writing a post, so they go in with ``executemany``; articles and pictures are model
instances, inserted by ``insert_objects`` without the query compiler's work for each value.
The statements are the same on SQLite and PostgreSQL (``INSERT … ON CONFLICT … DO UPDATE``,
SQLite 3.24+; ``INSERT … RETURNING``, SQLite 3.35+); table and column names come from the
models, values are always parameters.
"""

from django.db import connection
from django.db.models import NOT_PROVIDED, AutoField
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


def insert_objects(objects: list) -> None:
    """Insert new instances of one model and set their primary keys, as ``bulk_create``
    does, with each value made ready for the database by its field directly.

    Django's query compiler does a good deal of work for each value of each row (it allows
    for expressions anywhere): about a third of the cost of inserting an imported article or
    picture. Here every value is a plain one.
    """
    if not objects:
        return
    model = type(objects[0])
    fields = [
        field
        for field in model._meta.concrete_fields
        if not isinstance(field, AutoField) and not field.generated
    ]
    if any(field.db_default is not NOT_PROVIDED for field in fields):
        # A default computed by the database is an expression, not a plain value: leave it
        # to Django.
        model.objects.bulk_create(objects)
        return
    table, columns = _columns(model, [field.name for field in fields])
    pk_column = connection.ops.quote_name(model._meta.pk.column)
    row = "(" + ", ".join(["%s"] * len(fields)) + ")"
    chunk_size = max(min(CHUNK, connection.ops.bulk_batch_size(fields, objects)), 1)
    with connection.cursor() as cursor:
        for start in range(0, len(objects), chunk_size):
            chunk = objects[start : start + chunk_size]
            values = [
                field.get_db_prep_save(field.pre_save(instance, True), connection)
                for instance in chunk
                for field in fields
            ]
            cursor.execute(
                f"INSERT INTO {table} ({', '.join(columns)}) "  # noqa: S608
                f"VALUES {', '.join([row] * len(chunk))} RETURNING {pk_column}",
                values,
            )
            # The ids come back in the order of the rows, as bulk_create relies on too.
            for instance, (pk,) in zip(chunk, cursor.fetchall(), strict=True):
                instance.pk = pk
                instance._state.adding = False
                instance._state.db = connection.alias


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
