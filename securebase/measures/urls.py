from django.urls import path

from securebase.measures import clinician_views, views

app_name = "measures"

urlpatterns = [
    path("", views.start, name="start"),
    path("result/", views.pending, name="pending"),
    path("history/", views.history, name="history"),
    path("export.csv", views.export_csv, name="export_csv"),
    path("export.fhir.json", views.export_fhir, name="export_fhir"),
    path(
        "fhir/Questionnaire/<slug:slug>.json",
        views.fhir_questionnaire,
        name="fhir_questionnaire",
    ),
    path("results/<int:result_id>/", views.result, name="result"),
    path("results/<int:pk>/delete/", views.delete, name="delete"),
    path("clients/<int:client_id>/", clinician_views.client_schedules, name="client_schedules"),
    path("clients/<int:client_id>/schedule/", clinician_views.schedule, name="schedule"),
    path(
        "clients/<int:client_id>/schedules/<int:schedule_id>/stop/",
        clinician_views.stop,
        name="stop",
    ),
    path("<slug:slug>/", views.take, name="take"),
]
