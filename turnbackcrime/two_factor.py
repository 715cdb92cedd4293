"""A second factor for staff: TOTP (an authenticator app) through django-otp.

Any staff user may enrol at /admin/two-factor/ (a QR code, then one code from the app to
confirm). With STAFF_2FA_REQUIRED on (production), superusers and staff holding one of
STAFF_2FA_PERMISSIONS (moderating pledges, managing users) are sent to enrol, or to type
a code after signing in, before any other admin page opens. Permissions are named in
settings, so the core names no domain app.
"""

import base64

import segno
from django import forms
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice

OPEN_PATHS = ("two-factor/", "login/", "logout/", "jsi18n/")


def needs_second_factor(user):
    if not (
        user.is_authenticated and user.is_active and user.is_staff or getattr(user, "is_superuser", False)
    ):
        return False
    return user.is_superuser or any(user.has_perm(perm) for perm in settings.STAFF_2FA_PERMISSIONS)


class RequireSecondFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        prefix = "/admin/"
        if (
            settings.STAFF_2FA_REQUIRED
            and request.path.startswith(prefix)
            and not request.path[len(prefix) :].startswith(OPEN_PATHS)
            and needs_second_factor(request.user)
            and not request.user.is_verified()
        ):
            target = "two_factor_verify" if user_has_device(request.user) else "two_factor_enrol"
            return redirect(f"{reverse(target)}?next={request.get_full_path()}")
        return self.get_response(request)


class CodeForm(forms.Form):
    code = forms.RegexField(
        label=_("Code from your authenticator app"),
        regex=r"^\s*\d{6}\s*$",
        error_messages={"invalid": _("Type the six digits the app shows.")},
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "dir": "ltr"}),
    )


def _next_url(request):
    target = request.GET.get("next") or request.POST.get("next") or reverse("wagtailadmin_home")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return reverse("wagtailadmin_home")
    return target


def qr_svg(url):
    return mark_safe(segno.make(url, error="m").svg_inline(scale=5, dark="#111", light="#fff"))  # noqa: S308


@login_required
def enrol_view(request):
    """Add an authenticator app: scan the QR code, type one code to confirm the device."""
    user = request.user
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first() or TOTPDevice.objects.create(
        user=user, name="Authenticator app", confirmed=False
    )
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["code"].strip()):
            device.confirmed = True
            device.save()
            TOTPDevice.objects.filter(user=user, confirmed=False).delete()
            otp_login(request, device)
            return redirect(_next_url(request))
        form.add_error("code", _("That code is not right (or has expired): try the current one."))
    context = {
        "form": form,
        "qr": qr_svg(device.config_url),
        "secret": base64.b32encode(device.bin_key).decode(),  # what apps take when typed
        "enrolled": user_has_device(user),
        "next": _next_url(request),
    }
    return TemplateResponse(request, "turnbackcrime/admin/two_factor_enrol.html", context)


@login_required
def verify_view(request):
    """After the password: one code from the enrolled app."""
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        for device in TOTPDevice.objects.filter(user=request.user, confirmed=True):
            if device.verify_token(form.cleaned_data["code"].strip()):
                otp_login(request, device)
                return redirect(_next_url(request))
        form.add_error("code", _("That code is not right (or has expired): try the current one."))
    return TemplateResponse(
        request, "turnbackcrime/admin/two_factor_verify.html", {"form": form, "next": _next_url(request)}
    )
