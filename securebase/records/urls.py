from django.urls import path

from securebase.records import views

app_name = "records"

urlpatterns = [
    path("", views.mine, name="mine"),
    path("clinic/", views.clinic, name="clinic"),
    path("send/<uuid:booking_uid>/", views.send_packet, name="send"),
    path("send/client/<int:client_id>/", views.send_to_client, name="send_to_client"),
    path("documents/<uuid:uid>/", views.document, name="document"),
    path("documents/<uuid:uid>/pdf/", views.document_pdf, name="document_pdf"),
    path("session/<uuid:booking_uid>/start/", views.start_session, name="start_session"),
]
