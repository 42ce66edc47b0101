from django.urls import path

from securebase.practice.views import coming_soon

app_name = "pause"

urlpatterns = [
    path("", coming_soon, {"feature": "pause"}, name="start"),
]
