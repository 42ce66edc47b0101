from __future__ import annotations

from functools import cache

from django import forms
from django.conf import settings
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm, PasswordChangeForm, PasswordResetForm
from django.utils import translation
from django.utils.html import format_html_join
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from securebase.accounts.models import DEFAULT_TIME_ZONE, User
from securebase.accounts.throttling import password_is_right
from securebase.accounts.zones import find_zone, other_zone_names, zone_choices


class ZoneSearchInput(forms.TextInput):
    """A text box with every other time zone as suggestions (a ``<datalist>``): browsers offer
    matches as the person types, and without them it is still a plain box checked on submit."""

    template_name = "accounts/widgets/zone_search.html"

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["attrs"]["list"] = f"{context['widget']['attrs']['id']}-zones"
        context["zone_options"] = zone_options()
        return context


@cache
def zone_options() -> str:
    """The suggestions' ``<option>`` elements, written once: some six hundred of them, the same
    on every page, cost a template loop about as much as the rest of the page."""
    return format_html_join("", '<option value="{}">', ((zone,) for zone in other_zone_names()))


class TimeZoneFields:
    """A short menu of common time zones, and a box to type any other (sign-up, settings).

    Works without JavaScript: whatever is typed in the box, when it names a zone, wins over the
    menu; a name we cannot match is an error that keeps both answers on the page.
    """

    def add_zone_fields(self, current: str) -> None:
        self.fields["time_zone"] = forms.ChoiceField(
            label=_("Time zone"),
            choices=zone_choices(current),
            initial=current,
            help_text=_("Times on this site are shown in this zone."),
        )
        self.fields["other_time_zone"] = forms.CharField(
            label=_("Not in the list? Type a city or region"),
            required=False,
            max_length=64,
            widget=ZoneSearchInput(attrs={"autocomplete": "off", "spellcheck": "false"}),
            help_text=_(
                "For example Bogota, Europe/Berlin or Asia/Kolkata. Used instead of the "
                "menu when filled in."
            ),
        )

    def clean_other_time_zone(self) -> str:
        typed = self.cleaned_data.get("other_time_zone", "").strip()
        if not typed:
            return ""
        zone = find_zone(typed)
        if zone is None:
            raise forms.ValidationError(
                gettext(
                    "We don’t know a time zone called “%(typed)s”. Try the nearest large city, "
                    "as Region/City (such as America/Bogota), or choose from the menu above."
                )
                % {"typed": typed}
            )
        return zone

    def _merge_zone(self, cleaned: dict) -> None:
        if cleaned.get("other_time_zone"):
            cleaned["time_zone"] = cleaned["other_time_zone"]
            self.errors.pop("time_zone", None)


class LoginForm(AuthenticationForm):
    username = forms.EmailField(
        label=_("Email"),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "autofocus": True}),
    )
    remember_me = forms.BooleanField(
        label=_("Remember me on this device for 14 days"),
        required=False,
        help_text=_("Leave this unticked on a shared or public device."),
    )

    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": _("That email and password don’t match an account. Please try again."),
    }


class SignupForm(TimeZoneFields, forms.ModelForm):
    password1 = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_validation.password_validators_help_text_html(),
    )
    password2 = forms.CharField(
        label=_("Password again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    class Meta:
        model = User
        fields = ["full_name", "email", "time_zone"]
        labels = {"full_name": _("Your name (or what you’d like to be called)")}
        widgets = {
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "full_name": forms.TextInput(attrs={"autocomplete": "name"}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_zone_fields(DEFAULT_TIME_ZONE)
        self.fields["full_name"].required = False
        self.order_fields(["full_name", "email", "time_zone", "other_time_zone"])

    def clean_email(self) -> str:
        # Whether the address has an account is never said here: the answer is an email to it.
        return self.cleaned_data["email"].strip().lower()

    def validate_unique(self) -> None:
        # The model's unique email check would tell a visitor the address has an account.
        pass

    def clean(self):
        cleaned = super().clean()
        self._merge_zone(cleaned)
        p1, p2 = cleaned.get("password1"), cleaned.get("password2")
        if p1 and p2 and p1 != p2:
            self.add_error("password2", gettext("The two passwords don’t match."))
        elif p1:
            candidate = User(email=cleaned.get("email", ""), full_name=cleaned.get("full_name", ""))
            try:
                password_validation.validate_password(p1, candidate)
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned


class LanguageSelect(forms.Select):
    """A menu of languages, each option marked with its own language (``lang``)."""

    def create_option(self, name, value, *args, **kwargs):
        option = super().create_option(name, value, *args, **kwargs)
        if value:
            option["attrs"]["lang"] = value
        return option


class SettingsForm(TimeZoneFields, forms.ModelForm):
    class Meta:
        model = User
        fields = ["full_name", "language", "time_zone"]
        labels = {"full_name": _("Name"), "language": _("Language")}
        help_texts = {"language": _("For the pages and the emails we send you.")}
        widgets = {"language": LanguageSelect}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.is_bound and "language" not in self.data:
            # A form sent without the menu (a page from before it) keeps the language.
            self.data = self.data.copy()
            self.data["language"] = self.instance.language
        # Each language under its own name, so someone who cannot read the page finds theirs.
        self.fields["language"].choices = settings.LANGUAGES
        self.add_zone_fields(self.instance.time_zone)

    def clean(self):
        cleaned = super().clean()
        self._merge_zone(cleaned)
        return cleaned


class TokenForm(forms.Form):
    token = forms.CharField(
        label=_("Code"),
        max_length=16,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def clean_token(self) -> str:
        return "".join(self.cleaned_data["token"].split())


class AccountLanguagePasswordResetForm(PasswordResetForm):
    """Django's password reset, with the email in the account's language (``User.language``)."""

    def send_mail(self, subject_template_name, email_template_name, context, *args, **kwargs):
        language = getattr(context.get("user"), "language", "") or translation.get_language()
        with translation.override(language):
            super().send_mail(subject_template_name, email_template_name, context, *args, **kwargs)


class ThrottledPasswordChangeForm(PasswordChangeForm):
    """Django's password change, with the old password checked like a login (see throttling)."""

    def __init__(self, user, *args, request, **kwargs):
        super().__init__(user, *args, **kwargs)
        self.request = request

    def clean_old_password(self) -> str:
        old_password = self.cleaned_data["old_password"]
        if not password_is_right(self.request, user=self.user, password=old_password):
            raise forms.ValidationError(
                self.error_messages["password_incorrect"], code="password_incorrect"
            )
        return old_password
