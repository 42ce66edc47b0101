"""The site's shared template pieces: one form field, a whole form, and list pagination."""

from django import forms
from django.core.paginator import Paginator
from django.template.loader import render_to_string
from django.test import SimpleTestCase


class SampleForm(forms.Form):
    name = forms.CharField(label="Name", help_text="As you like to be called.")
    nickname = forms.CharField(label="Nickname", required=False)
    kind = forms.ChoiceField(
        label="Kind", choices=[("a", "A"), ("b", "B")], widget=forms.RadioSelect
    )
    agree = forms.BooleanField(label="I agree")
    token = forms.CharField(widget=forms.HiddenInput, required=False)


class SharedTemplateTests(SimpleTestCase):
    def test_it_renders_every_kind_of_field_with_its_label_help_and_errors(self):
        form = SampleForm(data={"nickname": "x"})
        html = render_to_string("_form_fields.html", {"form": form})
        assert '<label for="id_name">Name</label>' in html
        assert 'Nickname <span class="muted">(optional)</span>' in html
        assert "<legend>Kind</legend>" in html  # radio buttons grouped in a fieldset
        assert '<div class="choice"><input type="checkbox"' in html
        assert 'id="id_name_helptext">As you like to be called.' in html
        assert html.count('role="alert"') == 3  # name, kind and agree are required
        assert 'type="hidden" name="token"' in html

    def test_it_renders_one_field_alone(self):
        html = render_to_string("_field.html", {"field": SampleForm()["kind"]})
        assert html.count('type="radio"') == 2

    def test_it_pages_a_list_only_when_there_is_more_than_one_page(self):
        one = Paginator(range(5), 10).get_page(1)
        assert "<nav" not in render_to_string("_pagination.html", {"page": one})
        middle = Paginator(range(50), 10).get_page(3)
        html = render_to_string("_pagination.html", {"page": middle, "what": "entries"})
        assert 'aria-label="Pages of entries"' in html
        assert '<a href="?page=2">Newer entries</a>' in html
        assert '<a href="?page=4">Older entries</a>' in html
        assert "Page 3 of 5" in html
