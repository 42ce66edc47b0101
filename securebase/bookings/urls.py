from django.urls import path

from securebase.bookings.views import clinic, public

app_name = "bookings"

urlpatterns = [
    path("", public.start, name="start"),
    path("outside-california/", public.outside_california, name="outside_california"),
    path("times/", public.times, name="times"),
    path("details/", public.details, name="details"),
    path("booked/<str:token>/", public.booked, name="booked"),
    path("confirm-email/<str:token>/", public.confirm_email, name="confirm_email"),
    path("booked/<str:token>/consultation.ics", public.calendar_file, name="calendar"),
    path("cancel/<str:token>/", public.cancel, name="cancel"),
    path("reschedule/<str:token>/", public.reschedule, name="reschedule"),
    path("feed/<str:token>.ics", clinic.feed, name="feed"),
    path("clinic/", clinic.dashboard, name="clinic"),
    path("clinic/settings/", clinic.settings_page, name="clinic_settings"),
    path("clinic/settings/rules/", clinic.save_rules, name="clinic_save_rules"),
    path("clinic/settings/hours/", clinic.save_hours, name="clinic_save_hours"),
    path("clinic/settings/dates/", clinic.add_override, name="clinic_add_override"),
    path(
        "clinic/settings/dates/<int:override_id>/remove/",
        clinic.remove_override,
        name="clinic_remove_override",
    ),
    path("clinic/settings/feed/", clinic.regenerate_feed, name="clinic_regenerate_feed"),
    path("clinic/<uuid:uid>/", clinic.booking_detail, name="clinic_booking"),
    path("clinic/<uuid:uid>/confirm/", clinic.confirm, name="clinic_confirm"),
    path("clinic/<uuid:uid>/decline/", clinic.decline, name="clinic_decline"),
    path("clinic/<uuid:uid>/cancel/", clinic.cancel, name="clinic_cancel"),
    path("clinic/<uuid:uid>/outcome/", clinic.outcome, name="clinic_outcome"),
    path("clinic/<uuid:uid>/note/", clinic.note, name="clinic_note"),
    path(
        "clinic/<uuid:uid>/follow-up-reviewed/",
        clinic.follow_up_reviewed,
        name="clinic_follow_up_reviewed",
    ),
]
