from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from securebase.practice.demo import DEMO_PASSWORD, seed_demo_practice


class Command(BaseCommand):
    help = "Create (or refresh) a demo practice with known logins. Safe to run repeatedly."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even though DEBUG is off (the demo accounts have a published password).",
        )

    def handle(self, *args, force: bool = False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "seed_demo creates accounts with a published password; it only runs with "
                "DEBUG on (or --force)."
            )
        demo = seed_demo_practice()
        out = self.stdout
        out.write(self.style.SUCCESS("Demo practice ready."))
        out.write(f"  Password for every demo login: {DEMO_PASSWORD}")
        out.write(f"  Client:     {demo.client.email}")
        for clinician in demo.clinicians:
            out.write(f"  Clinician:  {clinician.email}")
        out.write(
            "  Clinicians need a second step: use any of these backup codes (each works once;"
            " run seed_demo again to reset them):"
        )
        out.write("    " + "  ".join(demo.backup_codes))
