from django.urls import path

from securebase.practice.views import coming_soon

app_name = "assessments"

urlpatterns = [
    path("", coming_soon, {"feature": "assessments"}, name="start"),
]
