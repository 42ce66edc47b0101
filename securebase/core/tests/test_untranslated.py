"""The rules that find English on a Spanish page and unmarked text in a template."""

from securebase.core.untranslated import english_on_page, looks_english, unmarked_template_text


def test_english_sentences_are_found_and_spanish_ones_are_not():
    assert looks_english("Tell us how you feel")
    assert looks_english("Save your entry")
    assert not looks_english("Cuéntanos cómo te sientes")
    # "he", "has", "me", "no" and "a" are Spanish words too.
    assert not looks_english("No me has escrito; he vuelto a casa")
    # Accented letters belong to the word: "allí" is not "all".
    assert not looks_english("Nos vemos allí a las seis")
    # One word alone is a name, a button or a brand, not a sentence.
    assert not looks_english("the")


def test_a_page_reports_text_and_read_attributes_but_not_marked_english():
    page = """<html lang="es"><head><meta name="description" content="A page for you"></head>
    <body><p>Hola, the world</p><p lang="en">You are here on purpose</p>
    <img alt="A picture of you"><input type="submit" value="Send it now">
    <input type="hidden" value="this is not shown">
    <p translate="no">What I wrote to my ex</p><script>var text = "you and me";</script>
    <button aria-label="Close the panel">x</button></body></html>"""
    assert english_on_page(page) == [
        "A page for you",
        "Hola, the world",
        "A picture of you",
        "Send it now",
        "Close the panel",
    ]


def test_a_template_reports_only_what_it_prints_unmarked():
    template = """{% load i18n %}{% comment %}Not printed.{% endcomment %}
    <h1>{% translate "Hello" %}</h1>
    <p>{% blocktranslate trimmed %}Hello {{ name }}, welcome.{% endblocktranslate %}</p>
    <p>Plain words here {{ value }} and more</p>
    <a href="{% url 'x' %}" aria-label="Go home">{% translate "Home" %}</a>
    <p lang="es">En español</p><p lang="{{ LANGUAGE_CODE }}">Follows the page</p>
    {# a note #}<script>const label = "ignored";</script>"""
    assert unmarked_template_text(template) == [
        "Plain words here",
        "and more",
        "Go home",
        "Follows the page",
    ]


def test_a_plain_text_template_reports_every_literal_word():
    template = '{% load i18n %}{% translate "Hi" %} {{ name }},\nSee you soon.\n'
    assert unmarked_template_text(template, markup=False) == [", See you soon."]
