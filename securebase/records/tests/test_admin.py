"""The practice edits templates in the admin; a change is a new version, and signed copies and
session starts are shown read-only."""

from __future__ import annotations

from django.contrib import admin
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from securebase.accounts.models import User
from securebase.records import services
from securebase.records.models import DocumentTemplate, Signature
from securebase.testing import PASSWORD, Personas, login_verified


class RecordsAdminTests(Personas, TestCase):
    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.staff = User.objects.create_superuser(email="staff@example.com", password=PASSWORD)
        TOTPDevice.objects.create(user=cls.staff, name="Authenticator app", confirmed=True)
        cls.template = DocumentTemplate.objects.get(kind="policies")

    def setUp(self):
        login_verified(self.client, self.staff)

    def change(self, body: str):
        return self.client.post(
            reverse("admin:records_documenttemplate_change", args=[self.template.pk]),
            {
                "title": self.template.title,
                "kind": self.template.kind,
                "active": "on",
                "order": self.template.order,
                "body": body,
                "versions-TOTAL_FORMS": "0",
                "versions-INITIAL_FORMS": "0",
            },
        )

    def test_the_form_starts_from_the_current_text(self):
        page = self.client.get(
            reverse("admin:records_documenttemplate_change", args=[self.template.pk])
        )
        assert "Cancellations" in page.content.decode()

    def test_the_form_lists_the_versions_under_named_columns(self):
        self.change("## Fees\n\nNew fees.")
        page = self.client.get(
            reverse("admin:records_documenttemplate_change", args=[self.template.pk])
        ).content.decode()
        assert '<th scope="col">Version</th><th scope="col">Saved</th>' in page
        assert "<tr><td>2</td>" in page and "<tr><td>1</td>" in page
        assert "<th></th>" not in page and '<th class="original"></th>' not in page

    def test_saving_a_changed_text_adds_a_version_and_keeps_the_first(self):
        first = self.template.current
        response = self.change("## Fees\n\nNew fees.")
        assert response.status_code == 302, response.content.decode()[:2000]
        assert list(self.template.versions.values_list("number", flat=True)) == [2, 1]
        first.refresh_from_db()
        assert "Cancellations" in first.body
        response = self.change("## Fees\n\nNew fees.")
        assert self.template.versions.count() == 2

    def test_a_signed_copy_is_read_only_in_the_admin(self):
        packet = services.send_packet(
            clinician=self.theo, client=self.ada, templates=[self.template], now=timezone.now()
        )
        services.sign_document(
            document=packet.documents.get(),
            signer=self.ada,
            typed_name="Ada Park",
            ip_address=None,
            now=timezone.now(),
        )
        signature = Signature.objects.get()
        url = reverse("admin:records_signature_change", args=[signature.pk])
        page = self.client.get(url)
        assert page.status_code == 200
        assert 'name="_save"' not in page.content.decode()
        request = page.wsgi_request
        model_admin = admin.site._registry[Signature]
        assert not model_admin.has_change_permission(request, signature)
        assert not model_admin.has_delete_permission(request, signature)
        assert not model_admin.has_add_permission(request)
