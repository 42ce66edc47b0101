from unittest import mock

from django.db import OperationalError, connection
from django.test import TestCase, override_settings

UNREACHABLE_REDIS = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        # Port 1 on loopback: nothing listens, the connection is refused at once.
        "LOCATION": "redis://127.0.0.1:1/0",
    }
}


class HealthCheckTests(TestCase):
    def test_it_answers_ok_with_every_check(self):
        response = self.client.get("/healthz")
        assert response.status_code == 200
        assert response["Content-Type"] == "application/json"
        assert response["Cache-Control"] == "no-store"
        assert response.json() == {
            "status": "ok",
            "checks": {"database": "ok", "migrations": "ok", "cache": "ok"},
        }

    def test_it_answers_503_when_the_database_is_unreachable(self):
        with (
            mock.patch.object(connection, "cursor", side_effect=OperationalError("no route")),
            self.assertLogs("securebase.core.health", "WARNING") as logs,
        ):
            response = self.client.get("/healthz")
        assert response.status_code == 503
        body = response.json()
        assert body["status"] == "unhealthy"
        assert body["checks"]["database"] == "unreachable"
        assert body["checks"]["migrations"] == "unknown"
        # The class of the failure, never its message (it can name hosts or credentials).
        assert (
            "WARNING:securebase.core.health:health check database failed: OperationalError"
            in logs.output
        )
        assert not any("no route" in line for line in logs.output)

    def test_it_answers_503_when_a_migration_is_not_applied(self):
        with connection.cursor() as cursor:
            cursor.execute(
                "DELETE FROM django_migrations WHERE app = 'journal' AND name = "
                "(SELECT MAX(name) FROM django_migrations WHERE app = 'journal')"
            )
        response = self.client.get("/healthz")
        assert response.status_code == 503
        assert response.json()["checks"] == {
            "database": "ok",
            "migrations": "pending",
            "cache": "ok",
        }

    @override_settings(CACHES=UNREACHABLE_REDIS)
    def test_it_answers_503_when_the_configured_cache_is_unreachable(self):
        with self.assertLogs("securebase.core.health", "WARNING"):
            response = self.client.get("/healthz")
        assert response.status_code == 503
        assert response.json()["checks"] == {
            "database": "ok",
            "migrations": "ok",
            "cache": "unreachable",
        }

    @override_settings(ALLOWED_HOSTS=["therapy.example.org"], SECURE_SSL_REDIRECT=True)
    def test_it_answers_a_probe_by_address_over_plain_http(self):
        response = self.client.get("/healthz", HTTP_HOST="10.1.2.3:8000")
        assert response.status_code == 200
        assert response.json()["status"] == "ok"

    @override_settings(RATE_LIMITS_ENABLED=True)
    def test_it_is_never_rate_limited_and_keeps_no_session(self):
        for _ in range(60):
            response = self.client.get("/healthz")
            assert response.status_code == 200
        assert "sessionid" not in response.cookies
        assert "csrftoken" not in response.cookies

    def test_it_leaves_other_methods_to_the_site(self):
        assert self.client.post("/healthz").status_code == 404
