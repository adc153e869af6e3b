"""The replica router: public reads on a replica, writes and editors on the primary."""

import pytest
from django.contrib.auth import get_user_model
from django.db import connections
from django.test.utils import CaptureQueriesContext

from newsdesk.core.db import PIN_COOKIE, ReplicaRouter
from tests.factories import ArticleFactory

pytestmark = pytest.mark.django_db(transaction=True, databases=["default", "replica_1"])


@pytest.fixture
def routed(settings):
    settings.DATABASE_ROUTERS = ["newsdesk.core.db.ReplicaRouter"]


def queries_on(alias):
    return CaptureQueriesContext(connections[alias])


def test_anonymous_reads_go_to_the_replica(client, routed):
    ArticleFactory(title="Replicated story")
    with queries_on("default") as primary, queries_on("replica_1") as replica:
        response = client.get("/news/")
    assert "Replicated story" in response.content.decode()
    assert len(replica) > 0
    assert len(primary) == 0


def test_writes_and_the_next_request_use_the_primary(client, routed):
    ArticleFactory()
    response = client.post("/news/")  # any write-method request pins the browser
    assert response.cookies[PIN_COOKIE]["max-age"] == 10
    with queries_on("default") as primary, queries_on("replica_1") as replica:
        client.get("/news/")
    assert len(primary) > 0 and len(replica) == 0


def test_editors_read_from_the_primary(client, routed):
    user = get_user_model().objects.create_superuser("boss", password="pw-for-tests-1")
    ArticleFactory()
    client.force_login(user)
    with queries_on("default") as primary, queries_on("replica_1") as replica:
        client.get("/news/")
        client.get("/admin/news/article/")
    assert len(primary) > 0 and len(replica) == 0


def test_router_rules():
    router = ReplicaRouter()
    assert router.db_for_write(None) == "default"
    assert router.db_for_read(None) == "default"  # outside a public request: the primary
    assert router.allow_migrate("default", "news") is True
    assert router.allow_migrate("replica_1", "news") is False


def test_statistics_are_fresh_after_a_bulk_load():
    from newsdesk.core.db import refresh_statistics

    ArticleFactory.create_batch(3)
    connection = connections["default"]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # Outside a transaction here, so it is VACUUM ANALYZE: one of each, counted.
            def runs() -> int:
                cursor.execute("SELECT pg_stat_clear_snapshot()")
                cursor.execute(
                    "SELECT vacuum_count + analyze_count FROM pg_stat_user_tables "
                    "WHERE relname = 'news_article'"
                )
                return cursor.fetchone()[0]

            before = runs()
            refresh_statistics()
            assert runs() == before + 2
        else:
            cursor.execute("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'")
            if cursor.fetchone()[0]:
                cursor.execute("DELETE FROM sqlite_stat1")  # what earlier runs left
            refresh_statistics()
            cursor.execute("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'news_article'")
            assert cursor.fetchone()[0] > 0
