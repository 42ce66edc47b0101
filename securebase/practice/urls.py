from django.urls import path

from securebase.practice import views

app_name = "practice"

urlpatterns = [
    path("", views.home, name="home"),
    path("clinicians/", views.clinicians, name="clinicians"),
    path("services/", views.services, name="services"),
    path("privacy-notice/", views.privacy_notice, name="privacy"),
    path("help-now/", views.help_now, name="help"),
]
