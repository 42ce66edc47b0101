"""``{% load versions %}``: the version of a text made for the reader's language.

Core holds it, not the app with the texts, because shell pages (the home page's articles)
use it and must render with that app taken out.
"""

from django import template

register = template.Library()


@register.filter
def in_language(item, language: str):
    """``{% with text=article|in_language:LANGUAGE_CODE %}``: ``item.text_in(language)``."""
    return item.text_in(language)
