from django.test import SimpleTestCase, override_settings

from securebase.core.checks import check_encryption_keys, check_encryption_keys_configured

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
