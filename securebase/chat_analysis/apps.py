from django.apps import AppConfig


class ChatAnalysisConfig(AppConfig):
    name = "securebase.chat_analysis"
    verbose_name = "Reality check"
