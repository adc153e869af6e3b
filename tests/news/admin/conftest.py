"""People of the desk, one per role, from the groups the migration creates."""

import pytest
from django.contrib.auth.models import Group, User


def member_of(role: str, username: str) -> User:
    user = User.objects.create_user(username, password="desk-password-1", is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def contributor(db):
    return member_of("Contributor", "carla")


@pytest.fixture
def other_contributor(db):
    return member_of("Contributor", "dario")


@pytest.fixture
def editor(db):
    return member_of("Editor", "elena")


@pytest.fixture
def administrator(db):
    return member_of("Administrator", "amina")


def form_data(**overrides) -> dict:
    data = {
        "title": "A new cooperative bakery",
        "slug": "",
        "dateline": "Rome",
        "body": "<p>The bakery opens on Monday.</p>",
        "excerpt": "",
        "featured_image": "",
        "authors": [],
        "categories": [],
        "tags": [],
        "language": "en",
        "status": "draft",
        "published_at_0": "",
        "published_at_1": "",
        "sticky": "",
        "_save": "Save",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}
