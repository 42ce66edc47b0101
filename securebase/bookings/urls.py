from django.urls import path

from securebase.practice.views import coming_soon

app_name = "bookings"

urlpatterns = [
    path("", coming_soon, {"feature": "bookings"}, name="start"),
]
