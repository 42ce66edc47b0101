"""Under the tests a template variable that does not resolve fails the render (the guard of
core/testing_templates.py), while tags that test for a value still read it as empty."""

import pytest
from django.template import engines

from securebase.core.testing_templates import MissingTemplateVariable


def render(source: str, **context) -> str:
    return engines["django"].from_string(source).render(context)


def test_a_missing_variable_or_attribute_is_an_error_naming_it():
    with pytest.raises(MissingTemplateVariable, match=r"tables\.anxiety"):
        render("<td>{{ tables.anxiety }}</td>", trends={})
    with pytest.raises(MissingTemplateVariable, match=r"p\.rated"):
        render('{{ p.rated|default:"0" }}', p=object())
    with pytest.raises(MissingTemplateVariable, match="history"):
        render("{% load tables %}{% rows history.streak.recent 'weekday_text' %}")


def test_the_guard_outlives_an_engine_built_again():
    from django.test import modify_settings

    with (
        modify_settings(INSTALLED_APPS={"remove": ["securebase.journal"]}),
        pytest.raises(MissingTemplateVariable),
    ):
        render("{{ nowhere }}")
    with pytest.raises(MissingTemplateVariable):
        render("{{ nowhere }}")


def test_tests_for_a_value_still_read_a_missing_one_as_empty():
    source = "{% if signature %}signed{% endif %}{% for row in rows %}{{ row }}{% endfor %}|"
    assert render(source) == "|"
    assert render("{% firstof signature.version_number 3 as n %}{{ n }}") == "3"
    assert render("{{ present }}", present="here") == "here"
