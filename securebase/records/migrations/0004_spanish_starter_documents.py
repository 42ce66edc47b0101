"""The starter documents in Spanish (records/seed/es), written for the practice to review.

A starter whose English text the practice has not changed gets the Spanish text: on its
version when nothing was sent with that version yet (no one has read or signed it, so it is
not yet a record of care), else on a new version with the same English text, so what was
sent stays as it was. A starter the practice rewrote is left alone: the Spanish would not
match its English. The titles get their Spanish too, where the practice set none.
"""

from pathlib import Path

from django.db import migrations

SEED = Path(__file__).resolve().parent.parent / "seed"
STARTERS = {
    "informed_consent": ("Consentimiento informado para la terapia", "informed_consent.md"),
    "privacy_notice": ("Aviso de prácticas de privacidad", "privacy_notice.md"),
    "telehealth_consent": ("Consentimiento para la telesalud", "telehealth_consent.md"),
    "policies": ("Políticas de la práctica: tarifas y cancelaciones", "policies.md"),
}


def add_spanish(apps, schema_editor):
    template_model = apps.get_model("records", "DocumentTemplate")
    version_model = apps.get_model("records", "DocumentVersion")
    packet_document_model = apps.get_model("records", "PacketDocument")
    for kind, (title_es, filename) in STARTERS.items():
        english = (SEED / filename).read_text(encoding="utf-8")
        spanish = (SEED / "es" / filename).read_text(encoding="utf-8")
        for template in template_model.objects.filter(kind=kind):
            current = version_model.objects.filter(template=template).order_by("-number").first()
            if current is None or current.body != english or current.body_es:
                continue
            if not template.title_es:
                template.title_es = title_es
                template.save(update_fields=["title_es"])
            if packet_document_model.objects.filter(version=current).exists():
                version_model.objects.create(
                    template=template, number=current.number + 1, body=english, body_es=spanish
                )
            else:
                current.body_es = spanish
                current.save(update_fields=["body_es"])


class Migration(migrations.Migration):
    dependencies = [("records", "0003_spanish_documents")]

    operations = [migrations.RunPython(add_spanish, migrations.RunPython.noop)]
