"""``{% load i18n fixed_translations %}``: ``{% translate "Literal text" %}`` translated once
per language, not on every render.

Django's tag resolves its literal lazily on every render (a lazy translation, its
localization and its escape: some seventy Python calls), and a page such as the trends page
has eighty of them. With the cached template loader a parsed template lives as long as the
process, so its literals' translations can too: this library's ``translate`` (loaded after
``i18n``, it replaces that tag in the template, and ``makemessages`` still finds the strings)
asks Django's own node for the text the first time a language is rendered and keeps it on
the node, keyed by the language and the context's autoescaping. Only a plain literal is kept;
``as``, ``context``, ``noop`` and filters are left to Django's node. The catalogs are read
once per process too, so the kept text is the text Django's node would give; a test compares
the two in both languages.
"""

from django import template
from django.templatetags.i18n import TranslateNode, do_translate
from django.utils.translation import get_language

register = template.Library()


class FixedTranslateNode(template.Node):
    child_nodelists = ()

    def __init__(self, node: TranslateNode):
        self.node = node
        self.texts: dict[tuple[str | None, bool], str] = {}

    def render(self, context):
        key = (get_language(), context.autoescape)
        text = self.texts.get(key)
        if text is None:
            text = self.texts[key] = self.node.render(context)
        return text


def _fixed(node: TranslateNode) -> bool:
    expression = node.filter_expression
    return (
        not node.asvar
        and not node.noop
        and node.message_context is None
        and not expression.filters
        and expression.var.literal is not None
        and isinstance(expression.var.literal, str)
    )


@register.tag("translate")
@register.tag("trans")
def translate(parser, token):
    """Django's ``{% translate %}``, its plain literals translated once per language."""
    node = do_translate(parser, token)
    return FixedTranslateNode(node) if _fixed(node) else node
