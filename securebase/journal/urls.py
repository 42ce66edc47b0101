from django.urls import path

from securebase.practice.views import coming_soon

app_name = "journal"

urlpatterns = [
    path("", coming_soon, {"feature": "journal"}, name="start"),
]
