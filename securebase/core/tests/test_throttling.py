"""The rate limits' shared pieces: where counts live, and the page at a limit."""

import os
import subprocess
import sys
from unittest import mock

import pytest
from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.test import RequestFactory, TestCase, override_settings
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt
from django_ratelimit.exceptions import Ratelimited

from securebase.core.throttling import limit_posts


@csrf_exempt
@limit_posts("example", per_email=True)
def example_view(request):
    return HttpResponse("sent")


EXAMPLE_LIMITS = {**settings.RATE_LIMITS, "example": {"address": "3/h", "email": "2/h"}}


@override_settings(RATE_LIMITS=EXAMPLE_LIMITS)
class LimitPostsTests(TestCase):
    def post(self, email, address="203.0.113.1"):
        request = RequestFactory().post("/example/", {"email": email}, REMOTE_ADDR=address)
        request.user = None
        return example_view(request)

    def test_it_limits_posts_per_address(self):
        for number in range(3):
            assert self.post(f"p{number}@example.com").status_code == 200
        with pytest.raises(Ratelimited):
            self.post("p9@example.com")
        # Another address is still welcome.
        assert self.post("p9@example.com", "203.0.113.2").status_code == 200

    def test_it_limits_posts_per_email_in_any_case_from_any_address(self):
        assert self.post("ada@example.com", "198.51.100.1").status_code == 200
        assert self.post(" ADA@Example.com", "198.51.100.2").status_code == 200
        with pytest.raises(Ratelimited):
            self.post("ada@example.com", "198.51.100.3")

    def test_it_lets_a_post_through_when_the_counts_cannot_be_reached(self):
        with (
            mock.patch.object(caches["default"], "add", side_effect=OSError("cache down")),
            self.assertLogs("securebase.core.throttling", "ERROR"),
        ):
            for number in range(5):
                assert self.post(f"p{number}@example.com").status_code == 200

    def test_it_ignores_get_requests(self):
        for _ in range(10):
            request = RequestFactory().get("/example/", REMOTE_ADDR="203.0.113.1")
            assert example_view(request).status_code == 200

    def test_it_counts_in_the_shared_cache_where_every_worker_process_sees_it(self):
        for number in range(3):
            self.post(f"p{number}@example.com")
        with pytest.raises(Ratelimited):
            self.post("p9@example.com")
        # Another worker process has its own cache object over the same store (the database
        # table, or Redis): emptying the store through it resets the count this process sees.
        other_worker = caches.create_connection("default")
        other_worker.clear()
        assert self.post("p9@example.com").status_code == 200


def test_it_uses_the_database_cache_without_redis_url():
    if os.environ.get("REDIS_URL"):
        pytest.skip("REDIS_URL is set for this run")
    assert settings.CACHES["default"]["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"


def test_it_uses_redis_when_redis_url_is_set():
    code = (
        "import django, os; django.setup(); from django.conf import settings; "
        "print(settings.CACHES['default']['BACKEND'], settings.CACHES['default']['LOCATION'])"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "securebase.settings",
        "DEBUG": "true",
        "REDIS_URL": "redis://127.0.0.1:6379/3",
    }
    out = subprocess.run(  # noqa: S603 (our own interpreter)
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    ).stdout
    assert out.split() == [
        "django.core.cache.backends.redis.RedisCache",
        "redis://127.0.0.1:6379/3",
    ]


class LimitedPageTests(TestCase):
    def test_it_answers_429_with_a_kind_page_and_the_crisis_numbers(self):
        with override_settings(RATE_LIMITS={**settings.RATE_LIMITS, "signup": {"address": "0/h"}}):
            response = self.client.post("/accounts/signup/", {"email": "x@example.com"})
        assert response.status_code == 429
        assert "Please wait a little before trying again" in response.text
        assert "988" in response.text


class ChatUploadLimitTests(TestCase):
    def test_it_stops_one_address_from_uploading_again_and_again(self):
        url = reverse("chat_analysis:start")
        statuses = [
            self.client.post(url, {}, REMOTE_ADDR="203.0.113.9").status_code for _ in range(22)
        ]
        assert 429 not in statuses[:20]
        assert statuses[20:] == [429, 429]
        # Someone else can still upload.
        assert self.client.post(url, {}, REMOTE_ADDR="203.0.113.10").status_code != 429
