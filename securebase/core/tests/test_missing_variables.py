"""Under the tests a template variable that does not resolve fails the render when it would be
shown or looped over (the guard of core/testing_templates.py), and reads as empty and false
everywhere else, as in production."""

import pytest
from django.template import engines
from django.test import modify_settings

from securebase.core.testing_templates import MissingTemplateVariable


def render(source: str, **context) -> str:
    return engines["django"].from_string(source).render(context)


class Unsigned:
    """A document whose signature (a reverse one-to-one) does not exist yet."""

    @property
    def signature(self):
        error = LookupError("no signature")
        error.silent_variable_failure = True
        raise error


def test_a_missing_variable_shown_or_looped_over_is_an_error():
    with pytest.raises(MissingTemplateVariable):
        render("<td>{{ tables.anxiety }}</td>", trends={})
    with pytest.raises(MissingTemplateVariable):
        render(
            "{% load i18n %}{% blocktranslate with n=p.rated %}{{ n }}{% endblocktranslate %}",
            p=1,
        )
    with pytest.raises(MissingTemplateVariable):
        render("{% load tables %}{% rows history.streak.recent 'weekday_text' %}")
    with pytest.raises(MissingTemplateVariable):
        render("{{ document.signature.signed_at }}", document=Unsigned())


def test_tests_for_a_value_read_a_missing_one_as_empty_and_false():
    source = "{% if signature %}signed{% endif %}{% for row in rows %}{{ row }}{% endfor %}|"
    assert render(source) == "|"
    assert render("{% if document.signature %}signed{% else %}not yet{% endif %}",
                  document=Unsigned()) == "not yet"  # fmt: skip
    assert render("{% firstof signature.version_number 3 as n %}{{ n }}") == "3"
    assert render('{{ missing|default:"none" }}') == "none"
    assert render("{{ present }}", present="here") == "here"


def test_the_guard_outlives_an_engine_built_again():
    with (
        modify_settings(INSTALLED_APPS={"remove": ["securebase.journal"]}),
        pytest.raises(MissingTemplateVariable),
    ):
        render("{{ nowhere }}")
    with pytest.raises(MissingTemplateVariable):
        render("{{ nowhere }}")
