from django import forms
from django.utils.translation import gettext_lazy as _

from securebase.accounts.throttling import password_is_right


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    confirm = forms.BooleanField(
        label=_(
            "I understand that this deletes my account and what I made here, for good, and "
            "that the practice keeps its records of my care as listed above."
        )
    )

    def __init__(self, *args, request, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        if not password_is_right(self.request, user=self.request.user, password=password):
            raise forms.ValidationError(_("That password isn’t right."))
        return password
