from django.urls import path

from securebase.journal import views

app_name = "journal"

urlpatterns = [
    path("", views.start, name="start"),
    path("entries/", views.entry_list, name="entries"),
    path("write/", views.write, name="write"),
    path("write/<slug:track>/<slug:slug>/", views.write, name="write_prompt"),
    path("entries/<int:pk>/", views.entry_detail, name="entry"),
    path("entries/<int:pk>/edit/", views.entry_edit, name="entry_edit"),
    path("entries/<int:pk>/delete/", views.entry_delete, name="entry_delete"),
    path("no-contact/", views.no_contact, name="no_contact"),
    path("no-contact/slips/", views.no_contact_slip, name="no_contact_slip"),
    path(
        "no-contact/slips/<int:pk>/delete/",
        views.no_contact_slip_delete,
        name="no_contact_slip_delete",
    ),
    path("no-contact/reasons/", views.no_contact_reason, name="no_contact_reason"),
    path(
        "no-contact/reasons/<int:pk>/delete/",
        views.no_contact_reason_delete,
        name="no_contact_reason_delete",
    ),
    path("no-contact/stop/", views.no_contact_stop, name="no_contact_stop"),
]
