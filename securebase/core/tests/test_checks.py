from django.test import SimpleTestCase, override_settings

from securebase.core.checks import (
    check_encryption_keys,
    check_encryption_keys_configured,
    check_keys_shared_by_every_server,
)

VALID = "nH2S3Ftl0kq4I4m2m8m1n0b9v8c7x6z5a4s3d2f1g0E="


class EncryptionKeyCheckTests(SimpleTestCase):
    @override_settings(FIELD_ENCRYPTION_KEYS=["not-a-key"])
    def test_it_reports_an_invalid_key(self):
        assert [e.id for e in check_encryption_keys(None)] == ["securebase.E001"]

    @override_settings(FIELD_ENCRYPTION_KEYS=[VALID])
    def test_it_accepts_a_valid_key(self):
        assert check_encryption_keys(None) == []
        assert check_encryption_keys_configured(None) == []

    @override_settings(FIELD_ENCRYPTION_KEYS=[])
    def test_it_warns_at_deploy_time_when_no_key_is_configured(self):
        assert [e.id for e in check_encryption_keys_configured(None)] == ["securebase.W001"]


class SeveralServersKeyCheckTests(SimpleTestCase):
    @override_settings(DEBUG=False, SEVERAL_SERVERS=True, FIELD_ENCRYPTION_KEYS=[])
    def test_it_refuses_a_key_file_when_several_servers_share_the_data(self):
        assert [e.id for e in check_keys_shared_by_every_server(None)] == ["securebase.E002"]

    @override_settings(DEBUG=False, SEVERAL_SERVERS=True, FIELD_ENCRYPTION_KEYS=[VALID])
    def test_it_accepts_keys_from_the_environment(self):
        assert check_keys_shared_by_every_server(None) == []

    @override_settings(DEBUG=False, SEVERAL_SERVERS=False, FIELD_ENCRYPTION_KEYS=[])
    def test_it_leaves_a_single_server_with_the_deploy_warning(self):
        assert check_keys_shared_by_every_server(None) == []
        assert [e.id for e in check_encryption_keys_configured(None)] == ["securebase.W001"]

    @override_settings(DEBUG=True, SEVERAL_SERVERS=True, FIELD_ENCRYPTION_KEYS=[])
    def test_it_lets_development_use_the_key_file(self):
        assert check_keys_shared_by_every_server(None) == []


def _settings_in_a_fresh_process(**env):
    import json
    import os
    import subprocess
    import sys

    environment = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "REDIS_URL", "SEVERAL_SERVERS"}
    }
    environment.update(env, SECRET_KEY="x" * 50, DEBUG="false")
    script = "import json, securebase.settings as s; print(json.dumps(s.SEVERAL_SERVERS))"
    output = subprocess.run(  # noqa: S603
        [sys.executable, "-c", script], env=environment, capture_output=True, text=True, check=True
    )
    return json.loads(output.stdout)


def test_it_counts_postgresql_or_redis_as_several_servers():
    assert _settings_in_a_fresh_process() is False
    assert _settings_in_a_fresh_process(DATABASE_URL="postgres://u@db.example/x") is True
    assert _settings_in_a_fresh_process(REDIS_URL="redis://cache.example:6379/0") is True
    assert (
        _settings_in_a_fresh_process(
            DATABASE_URL="postgres://u@db.example/x", SEVERAL_SERVERS="false"
        )
        is False
    )
