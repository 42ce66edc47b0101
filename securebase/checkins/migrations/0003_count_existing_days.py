"""Count the check-ins already saved into ``CheckinDay``, in each person's zone."""

from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import migrations


def count_days(apps, schema_editor):
    from securebase.checkins.rollups import rebuild_users

    checkin_model = apps.get_model("checkins", "Checkin")
    day_model = apps.get_model("checkins", "CheckinDay")
    user_model = apps.get_model(*settings.AUTH_USER_MODEL.split("."))
    people = user_model.objects.filter(pk__in=checkin_model.objects.values("user_id"))
    rebuild_users(
        ((pk, zone, ZoneInfo(zone)) for pk, zone in people.values_list("pk", "time_zone")),
        checkin_model=checkin_model,
        day_model=day_model,
    )


def forget_days(apps, schema_editor):
    apps.get_model("checkins", "CheckinDay").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("checkins", "0002_checkin_day"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [migrations.RunPython(count_days, forget_days)]
