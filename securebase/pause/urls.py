from django.urls import path

from securebase.pause import views

app_name = "pause"

urlpatterns = [
    path("", views.start, name="start"),
    path("choose/", views.choose, name="choose"),
    path("ask/", views.ask_directly, name="ask_directly"),
    path("do/<slug:exercise>/", views.exercise, name="exercise"),
    path("after/", views.after, name="after"),
    path("done/", views.done, name="done"),
    path("history/", views.history, name="history"),
    path("export/<slug:kind>/", views.export, name="export"),
    path("<int:pk>/", views.done, name="session_done"),
    path("<int:pk>/choose/", views.choose, name="session_choose"),
    path("<int:pk>/do/<slug:exercise>/", views.exercise, name="session_exercise"),
    path("<int:pk>/after/", views.after, name="session_after"),
    path("<int:pk>/delete/", views.delete, name="delete"),
]
