"""One guard for clients' own tools and one for clinicians' pages."""

from django.contrib.auth.models import AnonymousUser
from django.http import Http404, HttpResponse
from django.test import RequestFactory, TestCase
from django.utils import translation

from securebase.accounts.guards import clients_only, clinicians_only, is_client, is_clinician
from securebase.testing import Personas


@clients_only
def client_page(request):
    return HttpResponse("mine")


@clients_only(visitors=lambda request: HttpResponse("what this is"))
def client_page_with_explanation(request):
    return HttpResponse("mine")


@clinicians_only
def clinician_page(request):
    return HttpResponse("clinic")


class GuardTests(Personas, TestCase):
    def ask(self, view, user):
        request = RequestFactory().get("/somewhere/?page=2")
        request.user = user
        return view(request)

    def test_it_tells_clients_and_clinicians_apart(self):
        assert (is_client(self.ada), is_client(self.theo), is_client(AnonymousUser())) == (
            True,
            False,
            False,
        )
        assert (is_clinician(self.theo), is_clinician(self.ada)) == (True, False)

    def test_it_lets_a_client_in_and_answers_404_to_a_clinician_saying_why(self):
        assert self.ask(client_page, self.ada).content == b"mine"
        for view in (client_page, client_page_with_explanation):
            response = self.ask(view, self.theo)
            assert response.status_code == 404
            page = response.content.decode()
            assert "This page is a client’s own tool" in page
            assert "You are signed in with a practice account" in page
            assert 'href="/home/"' in page
        with translation.override("es"):
            page = self.ask(client_page, self.theo).content.decode()
        assert "Esta página es una herramienta propia de cada cliente" in page

    def test_it_sends_a_visitor_to_sign_in_or_to_the_explanation(self):
        response = self.ask(client_page, AnonymousUser())
        assert response.status_code == 302
        assert "next=/somewhere/%3Fpage%3D2" in response.url
        assert self.ask(client_page_with_explanation, AnonymousUser()).content == b"what this is"

    def test_it_keeps_clinicians_pages_to_clinicians(self):
        assert self.ask(clinician_page, self.theo).content == b"clinic"
        with self.assertRaises(Http404):
            self.ask(clinician_page, self.ada)
        assert self.ask(clinician_page, AnonymousUser()).status_code == 302
