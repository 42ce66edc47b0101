from django.apps import AppConfig


class ArticlesConfig(AppConfig):
    name = "securebase.articles"
    verbose_name = "Articles"
