"""Admin boxes that are not next to a label of their own still have an accessible name."""

from django.test import TestCase
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from securebase.accounts.models import User
from securebase.testing import PASSWORD, Personas, login_verified


class AdminNamesTests(Personas, TestCase):
    def test_each_box_of_a_list_page_edited_in_place_says_what_and_whose_it_is(self):
        owner = User.objects.create_superuser(email="owner@example.com", password=PASSWORD)
        TOTPDevice.objects.create(user=owner, name="Authenticator app", confirmed=True)
        login_verified(self.client, owner)
        page = self.client.get(reverse("admin:practice_clinicianprofile_changelist"))
        html = page.content.decode()
        assert 'aria-label="Is listed: Theo Alvarez"' in html
        assert 'aria-label="Display order: Theo Alvarez"' in html
