"""The bare view bench/load.py compares every page with (mounted only with BENCH_OK_VIEW)."""

from django.http import HttpRequest, HttpResponse


def ok(request: HttpRequest) -> HttpResponse:
    """Two bytes through the whole middleware stack: the floor a page's cost is read against."""
    return HttpResponse("ok", content_type="text/plain")
