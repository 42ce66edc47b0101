from django.urls import path

from securebase.dashboard import views

app_name = "dashboard"

urlpatterns = [
    path("home/", views.home, name="home"),
    path("clinic/", views.clinician_home, name="clinician_home"),
]
