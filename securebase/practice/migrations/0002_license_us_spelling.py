"""US spelling for the license fields (same columns' data, new names)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [("practice", "0001_initial")]

    operations = [
        migrations.RenameField("clinicianprofile", "licence_type", "license_type"),
        migrations.RenameField("clinicianprofile", "licence_number", "license_number"),
    ]
