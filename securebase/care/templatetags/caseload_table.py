"""``{% load caseload_table %}``: the caseload's body rows, written in one pass.

Fifty rows of seven cells, each with a translated word, a plural, a date and a link, cost
the template engine as much as reading the caseload from the database. ``{% caseload_rows %}``
writes the markup the template loop wrote, row for row (``tests/test_caseload.py`` compares
them in both languages), with the same translations.
"""

from __future__ import annotations

from django import template
from django.urls import reverse
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext, ngettext

from securebase.accounts.zones import viewer_zone
from securebase.core import dates

register = template.Library()


@register.simple_tag(takes_context=True)
def caseload_rows(context, rows) -> str:
    """``{% caseload_rows rows %}``: a ``<tr>`` per ``caseload.CaseloadRow``, every value
    escaped; dates in the viewer's zone and the page's language, as ``{% day %}`` writes them."""
    request = context.get("request")
    zone = viewer_zone(getattr(request, "user", None))
    language = get_language() or dates.ENGLISH
    # The words outside the f-strings, where makemessages finds them.
    not_shared, none = gettext("Not shared"), gettext("None")
    not_shared = f'<span class="muted">{conditional_escape(not_shared)}</span>'
    none = f'<span class="muted">{conditional_escape(none)}</span>'
    written = []
    for row in rows:
        client = row.client
        shares = ngettext("Shares %(counter)s area", "Shares %(counter)s areas", len(row.shared))
        if row.homework_overdue:
            homework = gettext(
                "%(open)s open, <strong>%(overdue)s overdue</strong>, %(done)s done"
            ) % {
                "open": row.homework_open,
                "overdue": row.homework_overdue,
                "done": row.homework_done,
            }
        else:
            homework = gettext("%(open)s open, %(done)s done") % {
                "open": row.homework_open,
                "done": row.homework_done,
            }
        if row.last_activity:
            activity = conditional_escape(
                dates.short_date(row.last_activity, zone, language=language)
            )
        else:
            activity = not_shared
        if row.trend is None:
            trend = not_shared
        else:
            trend = (
                f"{conditional_escape(row.trend_svg)}"
                f'<span class="trend-text">{conditional_escape(row.trend_text)}</span>'
            )
        due = ", ".join(conditional_escape(text) for text in row.due) if row.due else none
        scores = (
            "<br>".join(conditional_escape(text) for text in row.scores) if row.scores else none
        )
        markers = (
            f"<strong>{', '.join(conditional_escape(text) for text in row.markers)}</strong>"
            if row.markers
            else none
        )
        written.append(
            "\n        <tr>\n"
            f'          <th scope="row"><a href="{reverse("care:client", args=[client.pk])}" '
            'translate="no">'
            f"{conditional_escape(client.get_full_name())}</a><br>"
            f'<span class="muted">{shares % {"counter": len(row.shared)}}</span></th>\n'
            f"          <td>{activity}</td>\n"
            f"          <td>{trend}</td>\n"
            f"          <td>{due}</td>\n"
            f"          <td>{scores}</td>\n"
            f"          <td>{homework}</td>\n"
            f"          <td>{markers}</td>\n"
            "        </tr>\n      "
        )
    return mark_safe("".join(written))  # noqa: S308 - every value above is escaped
