from django.apps import AppConfig, apps
from django.utils.translation import gettext_lazy as _

from securebase.core.features import HomeCard, Link


class SafetyPlanConfig(AppConfig):
    name = "securebase.safetyplan"
    label = "safetyplan"
    verbose_name = "Safety plan"
    url_prefix = "safety-plan/"
    home_cards = (
        HomeCard(
            _("Your safety plan"),
            _(
                "What helps, who to call and what matters to you, written when things are "
                "calmer, for when they are not."
            ),
            (Link(_("Open your safety plan"), "safetyplan:plan"),),
            order=25,
        ),
    )

    def ready(self):
        # A client may share their plan with a clinician through the care team's "Safety plan"
        # area; the clinician's client page shows it with this panel.
        if apps.is_installed("securebase.care"):
            from securebase.care import registry
            from securebase.safetyplan.panel import clinician_context

            registry.register_panel(
                "safety_plan", template="safetyplan/_care_panel.html", context=clinician_context
            )

    def crisis_panel_lead(self, request, panel) -> str:
        """The person's own plan, first in the crisis panel, in the panel's language."""
        from securebase.safetyplan.panel import plan_lead

        return plan_lead(request, panel)
