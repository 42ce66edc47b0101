from django.urls import path

from securebase.chat_analysis import views

app_name = "chat_analysis"

urlpatterns = [
    path("", views.start, name="start"),
    path("people/", views.choose, name="choose"),
    path("ready/", views.ready, name="ready"),
    path("report/", views.report, name="report"),
    path("report/print/", views.report_print, name="print"),
    path("report/save/", views.save, name="save"),
    path("forget/", views.forget, name="forget"),
    path("saved/", views.saved_list, name="saved"),
    path("saved/<int:pk>/", views.saved_detail, name="saved_detail"),
    path("saved/<int:pk>/delete/", views.saved_delete, name="saved_delete"),
]
