from django import template

from securebase.core.slots import slot_html

register = template.Library()


@register.simple_tag(takes_context=True)
def slot(context, name: str, **objects):
    """What installed apps add to the slot ``name`` of this page (see core/slots.py)."""
    request = context.get("request")
    if request is None:
        return ""
    return slot_html(name, request, **objects)
