"""Login throttling: locked per account and per address, with a clear page and an unlock."""

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.test import Client

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"


@pytest.fixture
def editor():
    return get_user_model().objects.create_user("ed", password="right-password-1", is_staff=True)


def attempt(client, username, password):
    return client.post(LOGIN, {"username": username, "password": password, "next": "/admin/"})


def fail_five_times(client, username="ed"):
    for _ in range(5):
        response = attempt(client, username, "wrong")
        assert response.status_code in (200, 429)


def test_locked_after_five_failures_even_with_the_right_password(editor):
    reader = Client(REMOTE_ADDR="203.0.113.5")
    fail_five_times(reader)
    response = attempt(reader, "ed", "right-password-1")
    assert response.status_code == 429
    assert "Too many failed logins" in response.content.decode()


def test_the_account_is_locked_from_other_addresses_too(editor):
    fail_five_times(Client(REMOTE_ADDR="203.0.113.5"))
    assert attempt(Client(REMOTE_ADDR="198.51.100.7"), "ed", "right-password-1").status_code == 429


def test_the_address_is_locked_for_other_accounts_too(editor):
    get_user_model().objects.create_user("other", password="right-password-2", is_staff=True)
    attacker = Client(REMOTE_ADDR="203.0.113.9")
    for number in range(5):
        attempt(attacker, f"guess{number}", "wrong")
    assert attempt(attacker, "other", "right-password-2").status_code == 429


def test_fewer_failures_then_success_resets(editor):
    reader = Client(REMOTE_ADDR="203.0.113.5")
    for _ in range(3):
        attempt(reader, "ed", "wrong")
    assert attempt(reader, "ed", "right-password-1").status_code == 302
    assert not AccessAttempt.objects.filter(username="ed").exists()


def test_an_administrator_unlocks_from_the_admin(editor):
    fail_five_times(Client(REMOTE_ADDR="203.0.113.5"))
    admin = Client(REMOTE_ADDR="192.0.2.1")
    admin.force_login(get_user_model().objects.create_superuser("root", password="pw-root-1"))
    listing = admin.get("/admin/axes/accessattempt/")
    assert listing.status_code == 200 and "ed" in listing.content.decode()
    ids = list(AccessAttempt.objects.values_list("pk", flat=True))
    admin.post(
        "/admin/axes/accessattempt/",
        {"action": "delete_selected", "_selected_action": ids, "post": "yes"},
    )
    assert not AccessAttempt.objects.exists()
    assert attempt(Client(REMOTE_ADDR="203.0.113.5"), "ed", "right-password-1").status_code == 302
