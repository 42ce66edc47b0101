from django.urls import path

from securebase.care.views import client, clinician, invitation

app_name = "care"

urlpatterns = [
    # the clinician's side
    path("clients/", clinician.caseload_page, name="caseload"),
    path("invite/", clinician.invite, name="invite"),
    path("invite/booking/<uuid:uid>/", clinician.invite_from_booking, name="invite_from_booking"),
    path("invitations/<int:pk>/withdraw/", clinician.withdraw, name="withdraw"),
    path("clients/<int:client_id>/", clinician.client_page, name="client"),
    path("clients/<int:client_id>/homework/", clinician.assign, name="assign"),
    path("clients/<int:client_id>/end/", clinician.end_as_clinician, name="end_as_clinician"),
    path(
        "clients/<int:client_id>/journal/<int:entry_id>/",
        clinician.shared_entry,
        name="shared_entry",
    ),
    path("clients/<int:client_id>/<slug:area>/", clinician.client_area, name="client_area"),
    # the invitation link
    path("invitation/<str:token>/", invitation.invitation, name="invitation"),
    # the client's side
    path("sharing/", client.sharing, name="sharing"),
    path("sharing/<int:pk>/end/", client.end_as_client, name="end_as_client"),
    path("sharing/<int:pk>/<slug:area>/", client.switch, name="switch"),
    path("journal/<int:entry_id>/share/", client.share_entry, name="share_entry"),
    path("homework/<int:pk>/done/", client.homework_done, name="homework_done"),
    path("homework/<int:pk>/open/", client.homework_open, name="homework_open"),
]
