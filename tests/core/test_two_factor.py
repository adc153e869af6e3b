"""Two-factor authentication, end to end: set up, log in with a code or a recovery code."""

import re

import pytest
from django.contrib.auth.models import Group, User
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db

LOGIN = "/admin/login/"
SETUP = "/admin/two-factor/"


def code_for(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


def log_in(client, username, password="pw-desk-12345", token=""):
    return client.post(
        LOGIN, {"username": username, "password": password, "otp_token": token, "next": "/admin/"}
    )


@pytest.fixture
def elena():
    return User.objects.create_user("elena", password="pw-desk-12345", is_staff=True)


def set_up(client, user) -> list[str]:
    client.force_login(user)
    page = client.get(SETUP).content.decode()
    assert "<svg" in page and "Secret:" in page
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    response = client.post(SETUP, {"action": "confirm", "token": code_for(device)})
    codes = re.findall(r"<li><code>(\w+)</code></li>", response.content.decode())
    client.logout()
    return codes


def test_optional_by_default_password_alone_works(client, elena):
    assert log_in(client, "elena").status_code == 302


def test_set_up_then_every_login_needs_a_code(client, elena):
    codes = set_up(client, elena)
    assert len(codes) == 10
    assert TOTPDevice.objects.get(user=elena).confirmed
    response = log_in(client, "elena")
    assert response.status_code == 200
    assert "Please enter your OTP token." in response.content.decode()
    device = TOTPDevice.objects.get(user=elena)
    device.last_t = -1  # the set-up code may be reused here: same 30 s window
    device.save()
    assert log_in(client, "elena", token=code_for(device)).status_code == 302
    assert client.get("/admin/").status_code == 200


def test_recovery_codes_work_once(client, elena):
    codes = set_up(client, elena)
    assert log_in(client, "elena", token=codes[0]).status_code == 302
    client.logout()
    assert log_in(client, "elena", token=codes[0]).status_code == 200
    assert StaticToken.objects.count() == 9


def test_wrong_code_at_set_up_is_explained(client, elena):
    client.force_login(elena)
    client.get(SETUP)
    response = client.post(SETUP, {"action": "confirm", "token": "000000x"})
    assert "That code did not match" in response.content.decode()
    assert not TOTPDevice.objects.filter(confirmed=True).exists()


def test_turning_it_off(client, elena):
    set_up(client, elena)
    device = TOTPDevice.objects.get(user=elena)
    device.last_t = -1
    device.save()
    log_in(client, "elena", token=code_for(device))
    client.post(SETUP, {"action": "disable"})
    assert not TOTPDevice.objects.exists()


class TestRequiredForAdministrators:
    @pytest.fixture(autouse=True)
    def required(self, settings):
        settings.NEWSDESK_REQUIRE_2FA = True

    @pytest.fixture
    def amina(self):
        user = User.objects.create_user("amina", password="pw-desk-12345", is_staff=True)
        user.groups.add(Group.objects.get(name="Administrator"))
        return user

    def test_administrator_is_sent_to_set_up_first(self, client, amina):
        assert log_in(client, "amina").status_code == 302
        response = client.get("/admin/news/article/")
        assert (response.status_code, response["Location"]) == (302, SETUP)

    def test_after_set_up_the_admin_opens(self, client, amina):
        client.force_login(amina)
        client.get(SETUP)
        device = TOTPDevice.objects.get(user=amina)
        client.post(SETUP, {"action": "confirm", "token": code_for(device)})
        assert client.get("/admin/news/article/").status_code == 200

    def test_a_session_without_a_code_must_log_in_again(self, client, amina):
        set_up(client, amina)
        client.force_login(amina)  # a session that never gave a code
        response = client.get("/admin/")
        assert response["Location"] == "/admin/login/?next=/admin/"

    def test_cannot_turn_it_off(self, client, amina):
        codes = set_up(client, amina)
        log_in(client, "amina", token=codes[0])
        response = client.post(SETUP, {"action": "disable"})
        assert "Administrators must keep two-factor authentication on." in response.content.decode()
        assert TOTPDevice.objects.filter(user=amina).exists()

    def test_editors_are_not_forced(self, client, elena):
        elena.groups.add(Group.objects.get(name="Editor"))
        log_in(client, "elena")
        assert client.get("/admin/").status_code == 200
