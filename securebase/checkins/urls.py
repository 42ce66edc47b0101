from django.urls import path

from securebase.checkins import views

app_name = "checkins"

urlpatterns = [
    path("", views.start, name="start"),
    path("history/", views.history, name="history"),
    path("trends/", views.trends, name="trends"),
    path("export/<slug:kind>/", views.export, name="export"),
    path("<int:pk>/", views.detail, name="detail"),
    path("<int:pk>/edit/", views.edit, name="edit"),
    path("<int:pk>/delete/", views.delete, name="delete"),
]
