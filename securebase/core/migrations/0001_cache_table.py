"""The database cache's table, made by `migrate` so no deployment step can be forgotten.

Without REDIS_URL the default cache is Django's DatabaseCache (rate-limit counters live there,
shared by every worker process). `createcachetable` does nothing for other cache backends and
nothing when the table exists, so this is safe whatever CACHES says.
"""

from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = []

    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop)]
