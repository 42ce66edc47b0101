"""On PostgreSQL: no two confirmed consultations of one clinician may overlap, buffers included.

SQLite has no exclusion constraints; there the partial unique constraint of 0001 and the
re-check inside an IMMEDIATE transaction keep the calendar clean. btree_gist lets the GiST index
compare the clinician id with "=" next to the range overlap "&&"; creating the extension needs a
role allowed to do so (docs/bookings.md says how to create it ahead of time otherwise).
"""

from django.db import migrations

CONSTRAINT = "bookings_no_overlapping_confirmed"

CREATE = f"""
CREATE EXTENSION IF NOT EXISTS btree_gist;
ALTER TABLE bookings_booking ADD CONSTRAINT {CONSTRAINT}
    EXCLUDE USING gist (
        clinician_id WITH =,
        tstzrange(held_from, held_until, '[)') WITH &&
    )
    WHERE (status = 'confirmed');
"""

DROP = f"ALTER TABLE bookings_booking DROP CONSTRAINT IF EXISTS {CONSTRAINT};"


def create_constraint(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop_constraint(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("bookings", "0001_initial")]

    operations = [migrations.RunPython(create_constraint, drop_constraint, elidable=False)]
