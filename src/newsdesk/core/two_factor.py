"""Two-factor authentication for staff: TOTP apps, with recovery codes (django-otp).

Optional for everyone: a person who has set it up must give a code at every login. With
NEWSDESK_REQUIRE_2FA=1, administrators (superusers and the Administrator group) must set it
up before they can use the admin.
"""

import io

import qrcode
import qrcode.image.svg
from django import forms
from django.conf import settings
from django.contrib import admin
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django_otp import devices_for_user, user_has_device
from django_otp import login as otp_login
from django_otp.forms import OTPAuthenticationFormMixin
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

RECOVERY_CODES = 10
SETUP_PATH = "/admin/two-factor/"


class StaffLoginForm(AdminAuthenticationForm, OTPAuthenticationFormMixin):
    """The admin login: the password, then a code for those who set up two factors."""

    otp_token = forms.CharField(
        label=_("Code from your authenticator app or a recovery code"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
        help_text=_("Only if you have set up two-factor authentication."),
    )
    otp_device = forms.CharField(required=False, widget=forms.HiddenInput)
    otp_challenge = forms.CharField(required=False, widget=forms.HiddenInput)

    def clean(self):
        cleaned = super().clean()
        user = self.get_user()
        if user is not None and user_has_device(user, confirmed=True):
            self.clean_otp(user)
        return cleaned

    def _chosen_device(self, user):
        """Six digits come from the app; anything else is a recovery code. People should
        not have to pick a device from a list."""
        token = (self.cleaned_data.get("otp_token") or "").strip()
        kind = TOTPDevice if token.isdigit() and len(token) == 6 else StaticDevice
        return kind.objects.filter(user=user, confirmed=True).first()


def requires_two_factor(user) -> bool:
    if not settings.NEWSDESK_REQUIRE_2FA or not user.is_authenticated:
        return False
    return user.is_superuser or user.groups.filter(name="Administrator").exists()


class RequireTwoFactorMiddleware:
    """Sends administrators who must use two factors, and have not, to the set-up page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path
        if (
            path.startswith("/admin/")
            and not path.startswith((SETUP_PATH, "/admin/login/", "/admin/logout/"))
            and requires_two_factor(request.user)
            and not request.user.is_verified()
        ):
            if user_has_device(request.user, confirmed=True):
                # Set up, but this session never gave a code: log in again, with one.
                logout(request)
                return HttpResponseRedirect(f"{reverse('admin:login')}?next={path}")
            return HttpResponseRedirect(SETUP_PATH)
        return self.get_response(request)


def _qr_svg(url: str) -> str:
    out = io.BytesIO()
    qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8).save(out)
    return out.getvalue().decode()


@never_cache
@login_required(login_url="admin:login")
def setup(request):
    """Show the secret (as a QR code and as text), confirm it with a code, then hand out
    recovery codes once."""
    user = request.user
    context = {**admin.site.each_context(request), "title": _("Two-factor authentication")}
    confirmed = [d for d in devices_for_user(user, confirmed=True) if isinstance(d, TOTPDevice)]
    if request.method == "POST" and request.POST.get("action") == "disable" and confirmed:
        if requires_two_factor(user):
            context["error"] = _("Administrators must keep two-factor authentication on.")
        else:
            for device in devices_for_user(user, confirmed=None):
                device.delete()
            return HttpResponseRedirect(SETUP_PATH)
    if confirmed:
        return TemplateResponse(request, "admin/two_factor.html", {**context, "enabled": True})
    device, _created = TOTPDevice.objects.get_or_create(
        user=user, confirmed=False, defaults={"name": "Authenticator app"}
    )
    if request.method == "POST" and request.POST.get("action") == "confirm":
        if device.verify_token(request.POST.get("token", "").strip()):
            device.confirmed = True
            device.save()
            codes = StaticDevice.objects.create(user=user, name="Recovery codes")
            tokens = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
            for token in tokens:
                codes.token_set.create(token=token)
            otp_login(request, device)
            return TemplateResponse(
                request, "admin/two_factor.html", {**context, "enabled": True, "codes": tokens}
            )
        context["error"] = _("That code did not match. Check the time on your phone and try again.")
    secret = device.config_url.split("secret=")[1].split("&")[0]
    return TemplateResponse(
        request,
        "admin/two_factor.html",
        {**context, "qr": _qr_svg(device.config_url), "secret": secret, "enabled": False},
    )
