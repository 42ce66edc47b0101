"""Settings for Secure Base, read from environment variables.

Every variable has a default that is safe for local use; production overrides them (see the
README's table). Bad values fail loudly at start-up rather than being silently ignored.
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from securebase.core.addresses import parse_networks
from securebase.core.env import caches, envbool, envint, envlist
from securebase.core.logfilters import logging_settings

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("SECUREBASE_VAR_DIR", BASE_DIR / "var"))
VAR_DIR.mkdir(parents=True, exist_ok=True)

DEBUG = envbool("DEBUG", "false")

SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY is required unless DEBUG is true.")
    SECRET_KEY = "insecure-local-development-key-do-not-use-in-production"  # noqa: S105

ALLOWED_HOSTS = envlist("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS")
# Absolute links (emails, feeds, calendar files). Without SITE_URL they follow the address the
# development server was started on (bin/serve's ADDRESS).
SITE_URL = os.environ.get(
    "SITE_URL", "http://" + (os.environ.get("ADDRESS") or "127.0.0.1:8000")
).rstrip("/")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.syndication",
    "django_htmx",
    "template_partials",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "axes",
    "django_ratelimit",
    "securebase.core",
    "securebase.accounts",
    "securebase.practice",
    "securebase.articles",
    "securebase.dashboard",
    "securebase.privacy",
    "securebase.bookings",
    "securebase.assessments",
    "securebase.measures",
    "securebase.checkins",
    "securebase.pause",
    "securebase.journal",
    "securebase.chat_analysis",
    "securebase.care",
    "securebase.safetyplan",
    "securebase.records",
]

MIDDLEWARE = [
    # /healthz for the proxy: answered before host checks, HTTPS redirects and sessions.
    "securebase.core.middleware.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "securebase.core.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The language: the account's, else the cookie the switcher sets, else the browser's.
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "securebase.accounts.language.AccountLanguageMiddleware",
    # The admin shows and reads times in the practice's zone (core/dates.py's style).
    "securebase.core.middleware.AdminInPracticeZoneMiddleware",
    "securebase.core.middleware.PrivatePagesMiddleware",
    "securebase.accounts.middleware.SessionPolicyMiddleware",
    "securebase.accounts.middleware.RequireTwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "axes.middleware.AxesMiddleware",
    "django_ratelimit.middleware.RatelimitMiddleware",
]

ROOT_URLCONF = "securebase.urls"
WSGI_APPLICATION = "securebase.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "securebase" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "securebase.core.context_processors.site",
            ],
        },
    }
]
# Django's widget templates, with the common ones written without the template engine.
FORM_RENDERER = "securebase.core.form_renderer.Renderer"

# Database: SQLite under var/ unless DATABASE_URL says otherwise. Every SQLite database, however
# named, gets WAL, a busy timeout and IMMEDIATE transactions, so concurrent writers queue instead
# of failing with "database is locked"; its test database is a file too, so live-server threads
# share it for real.
SQLITE_OPTIONS = {
    "timeout": 20,
    "transaction_mode": "IMMEDIATE",
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
}
DATABASE_URL = os.environ.get("DATABASE_URL", "")
if DATABASE_URL:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60)}
    if os.environ.get("SECUREBASE_PG_TEST_NAME"):
        DATABASES["default"]["TEST"] = {"NAME": os.environ["SECUREBASE_PG_TEST_NAME"]}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": VAR_DIR / "securebase.sqlite3",
            "TEST": {"NAME": str(VAR_DIR / "test-securebase.sqlite3")},
            # A worker keeps its connection between requests: opening one costs more than
            # a small page's query (the connection's setup runs the PRAGMAs above).
            "CONN_MAX_AGE": 60,
            "CONN_HEALTH_CHECKS": True,
        }
    }
for _database in DATABASES.values():
    if _database["ENGINE"] == "django.db.backends.sqlite3":
        _database["OPTIONS"] = {**SQLITE_OPTIONS, **_database.get("OPTIONS", {})}
        _file = Path(_database["NAME"])
        if str(_file) not in ("", ":memory:") and not _database.get("TEST", {}).get("NAME"):
            _database["TEST"] = {"NAME": str(_file.with_name(f"test-{_file.name}"))}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The caches (core/env.py caches(): Redis with REDIS_URL, else the database cache, and two
# per-worker memory caches for public pages). Django's database cache increments by a read and a
# write, so two hits in the same instant may count once; django-ratelimit flags that (E003),
# which matters little for limits of a few requests an hour: silenced, and Redis is the answer
# at scale.
REDIS_URL = os.environ.get("REDIS_URL", "")
CACHES = caches(REDIS_URL, key_prefix=os.environ.get("CACHE_KEY_PREFIX", ""))
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.W001"]
if not REDIS_URL:
    SILENCED_SYSTEM_CHECKS.append("django_ratelimit.E003")

# Several app servers share this database and cache (docs/DEPLOYMENT.md, "Several servers"):
# assumed whenever the database is a network server (PostgreSQL) or REDIS_URL is set, since
# then nothing stops a second server from joining. SEVERAL_SERVERS=false says this is the only
# one. With several servers, production refuses a field-encryption key from var/ (each server
# would make its own and could not read the others' text): securebase.E002.
SEVERAL_SERVERS = envbool(
    "SEVERAL_SERVERS",
    "true"
    if REDIS_URL or DATABASES["default"]["ENGINE"] != "django.db.backends.sqlite3"
    else "false",
)

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "dashboard:home"
LOGOUT_REDIRECT_URL = "practice:home"
PASSWORD_RESET_TIMEOUT = 60 * 60 * 2

# Sessions expire after inactivity: the expiry slides forward with use, written to the
# database once it moves by a minute or more (accounts.middleware.SessionPolicyMiddleware).
SESSION_ENGINE = "securebase.core.sessions"
SESSION_SAVE_EVERY_REQUEST = False
# Session data is encrypted at rest with the field-encryption keys (see core/sessions.py).
SESSION_SERIALIZER = "securebase.core.sessions.EncryptedJSONSerializer"
SESSION_COOKIE_AGE = 60 * 60 * 24 * 14
CLINICIAN_SESSION_IDLE_MINUTES = envint("CLINICIAN_SESSION_IDLE_MINUTES", 30)
CLIENT_SESSION_IDLE_MINUTES = envint("CLIENT_SESSION_IDLE_MINUTES", 30)
CLIENT_REMEMBER_ME_DAYS = envint("CLIENT_REMEMBER_ME_DAYS", 7)

# The client's address behind a reverse proxy (see docs/DEPLOYMENT.md). X-Forwarded-For is
# believed only when one of these says which proxies to trust; otherwise the TCP peer counts.
TRUSTED_PROXY_COUNT = envint("TRUSTED_PROXY_COUNT", 0)
try:
    TRUSTED_PROXY_NETWORKS = parse_networks(envlist("TRUSTED_PROXIES"))
except ValueError as error:
    raise ImproperlyConfigured(f"TRUSTED_PROXIES: {error}") from None
if TRUSTED_PROXY_COUNT < 0:
    raise ImproperlyConfigured("TRUSTED_PROXY_COUNT must be 0 or more.")

# Rate limits on forms that cost something (django-ratelimit; see docs/safety.md): POSTs per
# client address and per email address the form was sent for, "count/period" (s, m, h, d).
RATE_LIMITS = {
    "booking": {"address": "10/h", "email": "5/h"},
    "signup": {"address": "10/h", "email": "3/h"},
    "password_reset": {"address": "10/h", "email": "3/h"},
    "chat_upload": {"address": "20/h"},
}
RATELIMIT_IP_META_KEY = "securebase.core.throttling.client_ip"
RATELIMIT_VIEW = "securebase.core.throttling.limited"
RATELIMIT_ENABLE = envbool("RATE_LIMITS_ENABLED", "true")

# Login throttling (django-axes): failures count per account (the email typed, in any case),
# per address and per pair; reaching the limit on any of them pauses logins for that key.
AXES_FAILURE_LIMIT = envint("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=envint("LOGIN_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address", ["username", "ip_address"]]
AXES_USERNAME_CALLABLE = "securebase.accounts.throttling.login_username"
AXES_CLIENT_IP_CALLABLE = "securebase.core.throttling.client_ip"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "securebase.accounts.views.lockout"
AXES_VERBOSE = False
AXES_ENABLE_ACCESS_FAILURE_LOG = False

OTP_TOTP_ISSUER = os.environ.get("OTP_ISSUER", "Secure Base")

# English and Spanish (written for US Latino readers, "tú" throughout): docs/translation.md.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("es", "Español")]
LOCALE_PATHS = [BASE_DIR / "securebase" / "locale"]
LANGUAGE_COOKIE_AGE, LANGUAGE_COOKIE_SAMESITE, LANGUAGE_COOKIE_HTTPONLY = 365 * 86400, "Lax", True
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True
# What Django formats itself (the admin) in the style of core/dates.py: "Dec 2, 2026, 6:00 PM PST".
FORMAT_MODULE_PATH = ["securebase.core.formats"]
PRACTICE_TIME_ZONE = os.environ.get("PRACTICE_TIME_ZONE", "America/Los_Angeles")

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "securebase" / "static"]
STATIC_ROOT = VAR_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "securebase.core.staticfiles.StaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = DEBUG

# Email: printed to the console locally; SMTP when EMAIL_HOST is set.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = envint("EMAIL_PORT", 587)
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = envbool("EMAIL_USE_TLS", "true")
else:
    EMAIL_BACKEND = os.environ.get(
        "EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
    )
EMAIL_FILE_PATH = VAR_DIR / "mail"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Secure Base <hello@localhost>")

# Records of care (consultations, consents and signed documents, clinicians' notes, the audit
# log) are kept this many years after the person's last contact (see docs/records.md).
RECORDS_RETENTION_YEARS = envint("RECORDS_RETENTION_YEARS", 7)
# Send the intake packet (every active document) to a client with an account as soon as their
# clinician marks a consultation completed; off by default (see docs/records.md).
RECORDS_PACKET_AFTER_CONSULTATION = envbool("RECORDS_PACKET_AFTER_CONSULTATION", "false")
# Intake PDFs are set in DejaVu Sans where installed (Debian: fonts-dejavu-core).
RECORDS_PDF_FONT_DIR = os.environ.get("RECORDS_PDF_FONT_DIR", "/usr/share/fonts/truetype/dejavu")

# Telehealth: what the telehealth consent tells clients about the video platform the practice
# uses and how that platform handles a session's data (see docs/records.md).
TELEHEALTH_PLATFORM = os.environ.get("TELEHEALTH_PLATFORM", "")
TELEHEALTH_DATA_HANDLING = os.environ.get("TELEHEALTH_DATA_HANDLING", "")

# Whether the practice may use the ECR-R and ECR-S: "granted" (the authors' permission for
# commercial use) or "non-commercial"; empty until decided, which `check --deploy` warns about.
ECR_PERMISSION = os.environ.get("ECR_PERMISSION", "").strip().lower()
if ECR_PERMISSION not in {"", "granted", "non-commercial"}:
    raise ImproperlyConfigured(
        f"ECR_PERMISSION must be 'granted' or 'non-commercial', not {ECR_PERMISSION!r}"
    )

# Consultation reminders (see docs/bookings.md).
BOOKINGS_REMINDER_HOURS = envint("BOOKINGS_REMINDER_HOURS", 24)
BOOKINGS_REMINDER_MAX_ATTEMPTS = envint("BOOKINGS_REMINDER_MAX_ATTEMPTS", 5)
# A signed-out visitor's booking holds its time this long unless they confirm their email.
BOOKINGS_EMAIL_HOLD_MINUTES = envint("BOOKINGS_EMAIL_HOLD_MINUTES", 30)

# Care team: how long an invitation link stays valid (see docs/care.md).
CARE_INVITATION_DAYS = envint("CARE_INVITATION_DAYS", 14)

# Reality check (see docs/chat-analysis.md): the largest chat export accepted, in bytes, and
# what one web upload may use: the most bytes held for one message, the most messages, the
# seconds its analysis may take, how many analyses run at once on one machine, and how long
# an upload waits for a free place before the person is asked to try again.
CHAT_ANALYSIS_MAX_UPLOAD_BYTES = envint("CHAT_ANALYSIS_MAX_UPLOAD_BYTES", 200_000_000)
CHAT_ANALYSIS_MAX_MESSAGE_BYTES = envint("CHAT_ANALYSIS_MAX_MESSAGE_BYTES", 8_000_000)
CHAT_ANALYSIS_MAX_MESSAGES = envint("CHAT_ANALYSIS_MAX_MESSAGES", 1_500_000)
CHAT_ANALYSIS_TIME_BUDGET_SECONDS = envint("CHAT_ANALYSIS_TIME_BUDGET_SECONDS", 20)
CHAT_ANALYSIS_CONCURRENCY = envint("CHAT_ANALYSIS_CONCURRENCY", 1)
CHAT_ANALYSIS_QUEUE_SECONDS = envint("CHAT_ANALYSIS_QUEUE_SECONDS", 10)

# Field-level encryption of sensitive free text (Fernet). Keys are comma-separated; the first
# encrypts, all decrypt. Locally a key is generated into var/ on first use.
FIELD_ENCRYPTION_KEYS = envlist("FIELD_ENCRYPTION_KEYS")
FIELD_ENCRYPTION_KEY_FILE = VAR_DIR / "field-encryption.key"

# Security headers. HSTS and secure cookies whenever DEBUG is off.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
if not DEBUG:
    SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", "true")
    SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = envbool("SECURE_HSTS_PRELOAD", "true")
    SESSION_COOKIE_SECURE = envbool("SECURE_COOKIES", "true")
    CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
    LANGUAGE_COOKIE_SECURE = SESSION_COOKIE_SECURE
    if envbool("BEHIND_PROXY", "false"):
        SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"

# No log line may carry personal data (docs/DEPLOYMENT.md, "Logs"): core/logfilters.py.
LOGGING = logging_settings(os.environ.get("LOG_LEVEL", "WARNING"))

# bench/load.py measures each page against a bare view that answers "ok" through the same
# middleware; it is mounted at /bench-ok/ only when this is on. Never in production.
BENCH_OK_VIEW = envbool("BENCH_OK_VIEW", "false")

# The practice itself. Shown on the public pages; change through the environment.
PRACTICE = {
    "name": os.environ.get("PRACTICE_NAME", "Secure Base Therapy"),
    "office_address": os.environ.get(
        "PRACTICE_OFFICE_ADDRESS", "1234 Wilshire Boulevard, Suite 500, Los Angeles, CA 90017"
    ),
    "phone": os.environ.get("PRACTICE_PHONE", ""),
    "email": os.environ.get("PRACTICE_EMAIL", "hello@localhost"),
    "consultation_minutes": 15,
    "session_fee": os.environ.get("PRACTICE_SESSION_FEE", "$180"),
    "extended_session_fee": os.environ.get("PRACTICE_EXTENDED_SESSION_FEE", "$270"),
}
