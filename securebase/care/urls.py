from django.urls import path

from securebase.care import views

app_name = "care"

urlpatterns = [
    # the clinician's side
    path("clients/", views.caseload_page, name="caseload"),
    path("invite/", views.invite, name="invite"),
    path("invite/booking/<uuid:uid>/", views.invite_from_booking, name="invite_from_booking"),
    path("invitations/<int:pk>/withdraw/", views.withdraw, name="withdraw"),
    path("clients/<int:client_id>/", views.client_page, name="client"),
    path("clients/<int:client_id>/homework/", views.assign, name="assign"),
    path("clients/<int:client_id>/end/", views.end_as_clinician, name="end_as_clinician"),
    path(
        "clients/<int:client_id>/journal/<int:entry_id>/",
        views.shared_entry,
        name="shared_entry",
    ),
    path("clients/<int:client_id>/<slug:area>/", views.client_area, name="client_area"),
    # the invitation link
    path("invitation/<str:token>/", views.invitation, name="invitation"),
    # the client's side
    path("sharing/", views.sharing, name="sharing"),
    path("sharing/<int:pk>/end/", views.end_as_client, name="end_as_client"),
    path("sharing/<int:pk>/<slug:area>/", views.switch, name="switch"),
    path("journal/<int:entry_id>/share/", views.share_entry, name="share_entry"),
    path("homework/<int:pk>/done/", views.homework_done, name="homework_done"),
    path("homework/<int:pk>/open/", views.homework_open, name="homework_open"),
]
