from django.apps import AppConfig


class AssessmentsConfig(AppConfig):
    name = "securebase.assessments"
    verbose_name = "Self-assessment"
