from django.urls import path

from securebase.practice.views import coming_soon

app_name = "chat_analysis"

urlpatterns = [
    path("", coming_soon, {"feature": "chat_analysis"}, name="start"),
]
