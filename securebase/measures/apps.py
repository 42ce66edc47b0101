from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from securebase.core.features import HomeCard, Link
from securebase.core.retention import KeptRecord


class MeasuresConfig(AppConfig):
    name = "securebase.measures"
    verbose_name = _("Symptom questionnaires")
    url_prefix = "questionnaires/"
    hooks = {"warm_up": "securebase.assessments.catalog.measure_instruments"}
    home_cards = (
        HomeCard(
            _("Questionnaires"),
            _("The PHQ-9 and GAD-7: two short check-ups on mood and anxiety, followed over time."),
            (
                Link(_("Take a questionnaire"), "measures:start"),
                Link(_("My questionnaire results"), "measures:history"),
            ),
            order=35,
        ),
    )
    page_slots = {"client_home": "securebase.measures.slots.client_home"}
    self_made_summary = _("Reminders of questionnaires a clinician asked you to take")
    records_of_care = (
        KeptRecord(
            model="measures.MeasureResult",
            description=_(
                "PHQ-9 and GAD-7 results a clinician could see because you shared your "
                "assessment history with them, with any safety marker"
            ),
            otherwise=_("PHQ-9 and GAD-7 results you never shared with a clinician"),
            person="client",
            email="kept_email",
            contact="taken_at",
        ),
    )
    # Called by the periodic send_due_reminders command.
    due_reminders = "securebase.measures.schedules.send_due_reminders"

    def ready(self):
        from securebase.measures.sharing import AREA, care_installed

        if not care_installed():
            return
        from securebase.care import registry
        from securebase.measures import care_team, services

        registry.register_panel(
            AREA, template="measures/care_panel.html", context=care_team.panel_context
        )
        registry.register_shared_records(AREA, services.keep_shared_results)
        registry.register_caseload_facts(registry.DUE, care_team.due_facts)
        registry.register_caseload_facts(registry.MARKERS, care_team.marker_facts)
        registry.register_caseload_facts(registry.SCORES, care_team.score_facts)
