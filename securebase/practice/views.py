from __future__ import annotations

from django.apps import apps
from django.core.exceptions import BadRequest
from django.http import HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.views.decorators.http import require_safe

from securebase.core.pagecache import generation, public_page
from securebase.practice.queries import listed_clinicians


@require_safe
@public_page
def home(request):
    # The page's text is cached (base.html, practice/home.html); the library's list is read
    # only when the public content's generation has moved on since it was rendered.
    articles = []
    if apps.is_installed("securebase.articles"):
        from securebase.articles.queries import listed_articles

        articles = listed_articles()[:3]
    return render(
        request, "practice/home.html", {"articles": articles, "articles_version": generation()}
    )


@require_safe
def clinicians(request):
    return render(request, "practice/clinicians.html", {"clinicians": listed_clinicians()})


@require_safe
@public_page
def services(request):
    return render(request, "practice/services.html")


@require_safe
@public_page
def privacy_notice(request):
    # The notice names the safety-plan area only where that app is installed.
    offered = apps.is_installed("securebase.safetyplan")
    return render(request, "practice/privacy.html", {"safety_plan_offered": offered})


@require_safe
@public_page
def help_now(request):
    return render(request, "practice/help.html")


def not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # Rendered without a request context: a failing context processor must not hide the page.
    return HttpResponseServerError(loader.get_template("500.html").render())


def bad_request(request, exception=None):
    # A BadRequest raised by our own code carries a message written for the visitor.
    problem = str(exception) if isinstance(exception, BadRequest) else ""
    return render(request, "400.html", {"problem": problem}, status=400)


def forbidden(request, exception=None):
    return render(request, "404.html", status=404)
