"""The form renderer: Django's own widget templates, with the common ones written in Python.

Django draws every widget through its template engine, and a choice widget draws each option
through three nested includes (option, input, attributes). The check-in form has some sixty
options: drawn that way they were most of the page's time. ``Renderer`` writes the same HTML for
Django's plain widget templates (inputs, text areas, selects, radio buttons and check boxes,
whole or one option at a time) and leaves any other template, such as an app's own widget, to
the engine.

The output is Django's, character for character: ``core/tests/test_form_renderer.py`` renders a
range of widgets, and the site's own forms, both ways and compares them. Django's templates
always win the lookup for these names (the renderer reads its own folder before the apps'), so
writing them here cannot hide an override. After a Django upgrade that test is the one to read.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from django.forms.renderers import DjangoTemplates
from django.utils.formats import localize
from django.utils.html import conditional_escape, escape
from django.utils.safestring import SafeData, mark_safe
from django.utils.timezone import template_localtime

WIDGETS = "django/forms/widgets/"
# Templates that are nothing but an include of input.html.
INPUTS = frozenset(
    WIDGETS + name
    for name in (
        "checkbox.html",
        "color.html",
        "date.html",
        "datetime.html",
        "email.html",
        "file.html",
        "hidden.html",
        "number.html",
        "password.html",
        "search.html",
        "tel.html",
        "text.html",
        "time.html",
        "url.html",
    )
)
OPTIONS = frozenset({WIDGETS + "checkbox_option.html", WIDGETS + "radio_option.html"})
MULTIPLE = frozenset({WIDGETS + "checkbox_select.html", WIDGETS + "radio.html"})
SELECT_OPTION = WIDGETS + "select_option.html"


def shown(value: Any) -> str:
    """``{{ value }}``: localized and escaped as the template engine does."""
    if value.__class__ is str:  # most values: nothing to localize, and not marked safe
        return escape(value)
    return conditional_escape(localize(template_localtime(value)))


def formatted(value: Any) -> str:
    """``{{ value|stringformat:'s' }}``."""
    if value.__class__ is str:
        return escape(value)
    if isinstance(value, tuple):
        value = str(value)
    try:
        text = "%s" % value  # noqa: UP031 - the filter's own formatting
    except (TypeError, ValueError):
        return ""
    return text if isinstance(value, SafeData) else escape(text)


def attrs_html(attrs: Mapping[str, Any]) -> str:
    """attrs.html: ` name="value"` each, a bare name for True, nothing for False."""
    parts = []
    for name, value in attrs.items():
        if value is False:
            continue
        if value is True:
            parts.append(f" {shown(name)}")
        else:
            parts.append(f' {shown(name)}="{formatted(value)}"')
    return "".join(parts)


def input_html(widget: Mapping[str, Any]) -> str:
    """input.html, with the newline that ends the file."""
    # The template's own test (``!= None``), not ``is not None``.
    given = widget["value"] != None  # noqa: E711
    value = f' value="{formatted(widget["value"])}"' if given else ""
    return (
        f'<input type="{shown(widget["type"])}" name="{shown(widget["name"])}"{value}'
        f"{attrs_html(widget['attrs'])}>\n"
    )


def option_html(widget: Mapping[str, Any]) -> str:
    """checkbox_option.html and radio_option.html (input_option.html inside), newlines kept."""
    if not widget.get("wrap_label"):  # a radio button or check box drawn alone: stripped
        return input_html(widget)
    target = widget["attrs"].get("id")
    label_for = f' for="{shown(target)}"' if target else ""
    return f"<label{label_for}>{input_html(widget)} {shown(widget['label'])}</label>\n\n"


def grouped_html(
    optgroups, allowed: frozenset[str], *, opening: str, option, closing: str
) -> str | None:
    """The options of a choice widget in their groups: ``opening`` (with the group's name)
    and ``closing`` around a named group, ``option`` writing each; None when an option's
    template is not one of ``allowed``."""
    out = []
    for group, options, _index in optgroups:
        if group:
            out.append(opening.format(shown(group)))
        for choice in options:
            if choice["template_name"] not in allowed:
                return None
            out.append(option(choice))
        if group:
            out.append(closing)
    return "".join(out)


def multiple_html(widget: Mapping[str, Any]) -> str | None:
    """multiple_input.html (radio buttons, check boxes), or None for an option of another kind."""
    attrs = widget["attrs"]
    target, css = attrs.get("id"), attrs.get("class")
    options = grouped_html(
        widget["optgroups"],
        OPTIONS,
        opening="\n  <div><label>{}</label>",
        option=lambda choice: f"<div>\n    {option_html(choice)}</div>",
        closing="\n  </div>",
    )
    if options is None:
        return None
    id_html = f' id="{shown(target)}"' if target else ""
    class_html = f' class="{shown(css)}"' if css else ""
    return f"<div{id_html}{class_html}>{options}\n</div>\n\n"


def select_option_html(widget: Mapping[str, Any]) -> str:
    return (
        f'<option value="{formatted(widget["value"])}"{attrs_html(widget["attrs"])}>'
        f"{shown(widget['label'])}</option>\n"
    )


def select_html(widget: Mapping[str, Any]) -> str | None:
    """select.html, or None for an option of another kind."""
    options = grouped_html(
        widget["optgroups"],
        frozenset({SELECT_OPTION}),
        opening='\n  <optgroup label="{}">',
        option=lambda choice: f"\n  {select_option_html(choice)}",
        closing="\n  </optgroup>",
    )
    if options is None:
        return None
    opening = f'<select name="{shown(widget["name"])}"{attrs_html(widget["attrs"])}>'
    return f"{opening}{options}\n</select>\n"


def textarea_html(widget: Mapping[str, Any]) -> str:
    value = shown(widget["value"]) if widget["value"] else ""
    return (
        f'<textarea name="{shown(widget["name"])}"{attrs_html(widget["attrs"])}>\n'
        f"{value}</textarea>\n"
    )


def writer_for(template_name: str) -> Callable[[Mapping[str, Any]], str | None] | None:
    """The function that writes ``template_name``'s HTML from its ``widget``, if there is one."""
    if template_name in INPUTS:
        return input_html
    if template_name in OPTIONS:
        return option_html
    if template_name in MULTIPLE:
        return multiple_html
    return _OTHERS.get(template_name)


_OTHERS = {
    WIDGETS + "select.html": select_html,
    SELECT_OPTION: select_option_html,
    WIDGETS + "textarea.html": textarea_html,
}


class Renderer(DjangoTemplates):
    """Django's template renderer, writing its common widget templates without the engine."""

    def render(self, template_name: str, context: dict, request=None) -> str:
        write = writer_for(template_name)
        widget = context.get("widget") if write is not None else None
        html = write(widget) if widget is not None else None
        if html is None:
            return super().render(template_name, context, request=request)
        # BaseRenderer.render strips what a template gives; the writers keep the newlines an
        # include carries, so the same strip gives the same text.
        return mark_safe(html.strip())  # noqa: S308 - every value above is escaped
