"""The practice starts with four documents to edit in the admin before sending any."""

from pathlib import Path

from django.db import migrations

SEED = Path(__file__).resolve().parent.parent / "seed"
STARTERS = [
    ("informed_consent", "Informed consent for therapy", "informed_consent.md"),
    ("privacy_notice", "Notice of privacy practices", "privacy_notice.md"),
    ("telehealth_consent", "Telehealth consent", "telehealth_consent.md"),
    ("policies", "Practice policies: fees and cancellations", "policies.md"),
]


def add_documents(apps, schema_editor):
    template_model = apps.get_model("records", "DocumentTemplate")
    version_model = apps.get_model("records", "DocumentVersion")
    for order, (kind, title, filename) in enumerate(STARTERS):
        if template_model.objects.filter(kind=kind).exists():
            continue
        template = template_model.objects.create(kind=kind, title=title, order=order)
        body = (SEED / filename).read_text(encoding="utf-8")
        version_model.objects.create(template=template, number=1, body=body)


class Migration(migrations.Migration):
    dependencies = [("records", "0001_initial")]

    operations = [migrations.RunPython(add_documents, migrations.RunPython.noop)]
