from django.urls import path

from securebase.privacy import views

app_name = "privacy"

urlpatterns = [
    path("export/", views.export, name="export"),
    path("delete-account/", views.delete_account, name="delete_account"),
]
