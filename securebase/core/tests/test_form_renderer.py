"""The form renderer writes exactly what Django's widget templates write: widget by widget, and
on every page of the site that can be reached without arguments, for a visitor, a client and a
clinician, in English and Spanish."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest
from django import forms
from django.forms.renderers import DjangoTemplates
from django.test import TestCase, override_settings
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy, override

from securebase.core.form_renderer import Renderer, writer_for
from securebase.core.tests.test_every_page import argument_free_paths
from securebase.testing import Personas, login_verified

PLAIN = DjangoTemplates()
FAST = Renderer()
DJANGO_RENDERER = "django.forms.renderers.DjangoTemplates"

CHOICES = [("a", "Apple & <pear>"), ("b", gettext_lazy("Book")), (3, "Three")]
GROUPED = [("Fruit", [("a", "Apple"), ("p", "Pear")]), ("c", "Cheese"), ("", "(none)")]


class Everything(forms.Form):
    text = forms.CharField(max_length=20, help_text="Help")
    note = forms.CharField(widget=forms.Textarea(attrs={"rows": 3, "translate": "no"}))
    number = forms.DecimalField(required=False)
    count = forms.IntegerField(widget=forms.NumberInput(attrs={"min": 0, "step": 1}))
    day = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}), required=False)
    email = forms.EmailField(widget=forms.EmailInput(attrs={"autocomplete": "email"}))
    secret = forms.CharField(widget=forms.PasswordInput(render_value=True))
    hidden = forms.CharField(widget=forms.HiddenInput)
    agree = forms.BooleanField(required=False)
    one = forms.ChoiceField(choices=CHOICES, widget=forms.RadioSelect(attrs={"class": "row"}))
    many = forms.MultipleChoiceField(choices=CHOICES, widget=forms.CheckboxSelectMultiple)
    grouped = forms.ChoiceField(choices=GROUPED)
    grouped_radio = forms.ChoiceField(choices=GROUPED, widget=forms.RadioSelect)
    several = forms.MultipleChoiceField(choices=GROUPED, required=False)
    flags = forms.CharField(
        widget=forms.TextInput(attrs={"disabled": True, "hidden": False, "data-x": 0}),
        required=False,
    )


BOUND = {
    "text": 'a "quoted" <b>word</b>',
    "note": "line one\nline <two> & three",
    "number": "1.5",
    "count": "-2",
    "day": "2026-12-03",
    "email": "not an email",
    "secret": "s3cret&",
    "hidden": "x",
    "agree": "on",
    "one": "3",
    "many": ["a", "3"],
    "grouped": "p",
    "grouped_radio": "c",
    "several": ["a", "c"],
}
INITIAL = {"number": Decimal("2.50"), "day": date(2026, 1, 5), "text": mark_safe("<i>safe</i>")}


def html_of(form: forms.Form) -> list[str]:
    """Each field's widget, each radio or check box alone (with and without its label), and
    the whole form."""
    out = [form.as_div()]
    for field in form:
        out.append(str(field))
        for choice in getattr(field, "subwidgets", [])[:4]:
            out += [choice.tag(), choice.tag(wrap_label=True)]
    return out


@pytest.mark.parametrize(
    "make",
    [
        lambda renderer: Everything(renderer=renderer),
        lambda renderer: Everything(BOUND, renderer=renderer),
        lambda renderer: Everything(initial=INITIAL, renderer=renderer, auto_id=False),
        lambda renderer: Everything({}, renderer=renderer, prefix="p"),
    ],
    ids=["empty", "bound", "initial-without-ids", "errors"],
)
@pytest.mark.parametrize("language", ["en", "es"])
def test_each_widget_is_written_as_django_writes_it(make, language):
    with override(language):
        plain = html_of(make(PLAIN))
        fast = html_of(make(FAST))
    assert len(plain) > 20
    for one, other in zip(plain, fast, strict=True):
        assert other == one


def test_it_leaves_templates_it_does_not_write_to_the_engine():
    assert writer_for("django/forms/widgets/clearable_file_input.html") is None
    assert writer_for("accounts/widgets/zone_search.html") is None
    widget = forms.ClearableFileInput()
    assert widget.render("f", None, renderer=FAST) == widget.render("f", None, renderer=PLAIN)

    class Custom(forms.RadioSelect):
        option_template_name = "django/forms/widgets/input.html"

    custom = Custom(choices=CHOICES)
    written = custom.render("c", "a", renderer=FAST)
    assert written == custom.render("c", "a", renderer=PLAIN)


def test_the_site_uses_it():
    from django.forms.renderers import get_default_renderer

    assert isinstance(get_default_renderer(), Renderer)


# A fresh token or key in every answer, whichever renderer drew it.
FRESH = [
    re.compile(r'(name="csrfmiddlewaretoken" value=")[^"]+'),
    re.compile(r'("X-CSRFToken": ")[^"]+'),
    re.compile(r"()[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
    re.compile(r'(value=")[\w-]+:[\w-]+:[\w-]{20,}'),  # signed with the time it was made
]


def steady(body: bytes) -> str:
    text = body.decode()
    for pattern in FRESH:
        text = pattern.sub(r"\1…", text)
    return text


class EveryPageTests(Personas, TestCase):
    ada_language = "es"

    def pages(self) -> dict[str, str]:
        seen = {}
        for path in argument_free_paths():
            response = self.client.get(path, follow=True)
            if response.get("Content-Type", "").startswith("text/html"):
                seen[path] = steady(response.content)
        return seen

    def assert_same_pages(self) -> int:
        self.pages()  # a clinician's first visit to some pages makes their settings
        fast = self.pages()
        with override_settings(FORM_RENDERER=DJANGO_RENDERER):
            plain = self.pages()
        assert plain.keys() == fast.keys()
        for path, body in plain.items():
            assert fast[path] == body, path
        return sum("<input" in body or "<select" in body for body in plain.values())

    def test_every_page_is_the_same_for_a_visitor(self):
        assert self.assert_same_pages() >= 5

    def test_every_page_is_the_same_for_a_client_in_spanish(self):
        self.client.force_login(self.ada)
        assert self.assert_same_pages() >= 10

    def test_every_page_is_the_same_for_a_clinician(self):
        login_verified(self.client, self.theo)
        assert self.assert_same_pages() >= 10
