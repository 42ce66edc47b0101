from django.urls import path

from securebase.assessments import views

app_name = "assessments"

urlpatterns = [
    path("", views.start, name="start"),
    path("result/", views.pending_result, name="pending"),
    path("result/save/", views.save_pending, name="save"),
    path("history/", views.history, name="history"),
    path("results/<int:result_id>/", views.result_detail, name="result"),
    path("results/<int:pk>/delete/", views.delete, name="delete"),
    path("<slug:slug>/", views.instructions, name="instructions"),
    path("<slug:slug>/restart/", views.restart, name="restart"),
    path("<slug:slug>/<int:number>/", views.page, name="page"),
    path("<slug:slug>/<int:number>/autosave/", views.autosave, name="autosave"),
]
