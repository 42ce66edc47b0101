from django.urls import path

from securebase.safetyplan import views

app_name = "safetyplan"

urlpatterns = [
    path("", views.plan, name="plan"),
    path("edit/", views.edit, name="edit"),
    path("delete/", views.delete, name="delete"),
]
