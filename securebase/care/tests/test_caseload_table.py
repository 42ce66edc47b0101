"""``{% caseload_rows %}`` writes what the caseload's template loop wrote, in both languages."""

from __future__ import annotations

from datetime import UTC, datetime

import time_machine
from django.template import Context, Template
from django.test import RequestFactory, TestCase
from django.utils import translation

from securebase.accounts.models import User
from securebase.care import areas, registry, sparkline
from securebase.care.caseload import CaseloadRow
from securebase.care.models import CareRelationship
from securebase.testing import Personas

NOW = datetime(2026, 3, 8, 9, 30, tzinfo=UTC)

# The loop the caseload page drew its rows with: the reference.
PLAIN_LOOP = """{% load dates i18n %}
      {% for row in rows %}
        <tr>
          <th scope="row"><a href="{% url 'care:client' row.client.pk %}" translate="no">{{ row.client.get_full_name }}</a><br><span class="muted">{% blocktranslate trimmed count counter=row.shared|length %}Shares {{ counter }} area{% plural %}Shares {{ counter }} areas{% endblocktranslate %}</span></th>
          <td>{% if row.last_activity %}{% day row.last_activity %}{% else %}<span class="muted">{% translate "Not shared" %}</span>{% endif %}</td>
          <td>{% if row.trend is None %}<span class="muted">{% translate "Not shared" %}</span>{% else %}{{ row.trend_svg }}<span class="trend-text">{{ row.trend_text }}</span>{% endif %}</td>
          <td>{% if row.due %}{{ row.due|join:", " }}{% else %}<span class="muted">{% translate "None" %}</span>{% endif %}</td>
          <td>{% if row.scores %}{% for score in row.scores %}{{ score }}{% if not forloop.last %}<br>{% endif %}{% endfor %}{% else %}<span class="muted">{% translate "None" %}</span>{% endif %}</td>
          <td>{% if row.homework_overdue %}{% blocktranslate trimmed with open=row.homework_open overdue=row.homework_overdue done=row.homework_done %}{{ open }} open, <strong>{{ overdue }} overdue</strong>, {{ done }} done{% endblocktranslate %}{% else %}{% blocktranslate trimmed with open=row.homework_open done=row.homework_done %}{{ open }} open, {{ done }} done{% endblocktranslate %}{% endif %}</td>
          <td>{% if row.markers %}<strong>{{ row.markers|join:", " }}</strong>{% else %}<span class="muted">{% translate "None" %}</span>{% endif %}</td>
        </tr>
      {% endfor %}
"""  # noqa: E501


def row(client, **fields) -> CaseloadRow:
    return CaseloadRow(relationship=CareRelationship(client=client), **fields)


@time_machine.travel(NOW, tick=False)
class CaseloadRowsTests(Personas, TestCase):
    def rows(self) -> list[CaseloadRow]:
        odd = User(pk=9001, email="o&b@example.com", full_name='Ana "<b>" & Co')
        nameless = User(pk=9002, email="x<y>@example.com", full_name="")
        shared = [a for a in registry.areas() if a.key in {areas.CHECKINS, areas.PAUSES}]
        trend = [None] * 11 + [2.0, None, 6.5]
        return [
            row(
                self.ada,
                shared=shared,
                last_activity=datetime(2026, 3, 8, 5, 0, tzinfo=UTC),
                trend=trend,
                trend_svg=sparkline.sparkline(trend, title="Anxiety <14>"),
                trend_text="2 of the last 14 days & more",
                homework_open=3,
                homework_done=1,
                homework_overdue=2,
                due=["PHQ-9 (since Mar 1)", "GAD-7 <x>"],
                scores=["PHQ-9 12, moderate, ↓ reliable improvement", "GAD-7 8 & mild"],
                markers=["PHQ-9 question 9 above “Not at all” (Mar 2)", "<b>"],
            ),
            row(odd, shared=shared[:1], last_activity=None, trend=None, homework_open=1),
            row(nameless, shared=[], last_activity=None, trend=[], scores=[""], due=[]),
        ]

    def test_it_writes_what_the_template_loop_wrote_in_both_languages(self):
        request = RequestFactory().get("/care/clients/")
        request.user = self.theo
        rows = self.rows()
        mine = Template("{% load caseload_table %}\n      {% caseload_rows rows %}\n")
        plain = Template(PLAIN_LOOP)
        for language in ("en", "es"):
            with translation.override(language):
                context = {"rows": rows, "request": request}
                written = mine.render(Context(context))
                assert written == plain.render(Context(context)), language
                assert "Ana &quot;&lt;b&gt;&quot; &amp; Co" in written
        with translation.override("es"):
            spanish = mine.render(Context({"rows": rows, "request": request}))
        assert "3 pendientes, <strong>2 atrasadas</strong>" in spanish
