from django.test import TestCase

from securebase.testing import Personas, login_verified


class ForbiddenPageTests(Personas, TestCase):
    def test_it_answers_a_refused_admin_page_with_the_site_page_and_crisis_footer(self):
        self.theo.is_staff = True
        self.theo.save(update_fields=["is_staff"])
        login_verified(self.client, self.theo)
        response = self.client.get("/admin/articles/article/")
        assert response.status_code == 403
        self.assertTemplateUsed(response, "403.html")
        self.assertContains(response, 'href="tel:988"', status_code=403)
