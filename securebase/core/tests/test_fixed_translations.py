"""``{% load i18n fixed_translations %}``: a literal's translation kept per language writes
what Django's own ``{% translate %}`` writes."""

from django.template import engines
from django.utils import translation

from securebase.core.templatetags.fixed_translations import FixedTranslateNode

SOURCE = (
    '{% translate "Your trends" %}|{% trans "Log out" %}|{% translate "Average" %}|'
    '{% translate "Services &amp; locations" %}|{% translate "50%% of days" %}|'
    '{% translate "Main" context "navigation" %}|{% translate "Day" as day %}{{ day }}|'
    '{% translate "Average"|upper %}|{% translate "Average" noop %}|{% translate word %}|'
    "{% translate 'Check-ins' %}"
)


def template(libraries: str, source: str = SOURCE):
    return engines["django"].from_string("{% load " + libraries + " %}" + source)


def test_it_writes_what_djangos_tag_writes_in_both_languages_and_escapings():
    plain, fixed = template("i18n"), template("i18n fixed_translations")
    off = "{% autoescape off %}" + SOURCE + "{% endautoescape %}"
    plain_off, fixed_off = template("i18n", off), template("i18n fixed_translations", off)
    for language in ("en", "es", "en", "es"):  # the second round reads the kept texts
        with translation.override(language):
            for word in ("Average", "<b>"):
                assert fixed.render({"word": word}) == plain.render({"word": word})
                assert fixed_off.render({"word": word}) == plain_off.render({"word": word})
    with translation.override("es"):
        assert fixed.render({"word": "x"}).startswith("Tus tendencias|")


def test_only_plain_literals_are_kept():
    nodes = template("i18n fixed_translations").template.nodelist
    kept = [
        n.node.filter_expression.var.literal for n in nodes if isinstance(n, FixedTranslateNode)
    ]
    assert kept == [
        "Your trends",
        "Log out",
        "Average",
        "Services &amp; locations",
        "50%% of days",
        "Check-ins",
    ]
