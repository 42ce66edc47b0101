from django.urls import path

from securebase.practice.views import coming_soon

app_name = "checkins"

urlpatterns = [
    path("", coming_soon, {"feature": "checkins"}, name="start"),
]
