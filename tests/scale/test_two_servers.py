"""Two real gunicorn servers share one PostgreSQL database and one Redis, and a person's
requests alternate between them (issue 18's proof).

Runs when DATABASE_URL is PostgreSQL and REDIS_URL is set (CI runs it; see .ci/run), and
skips otherwise. It makes its own database, `<DATABASE_URL's name>_scale`, on the same server
and drops it afterwards; in Redis its keys carry a prefix of their own.
"""

from __future__ import annotations

import os
import re
import secrets
import time as pytime
from datetime import datetime, time, timedelta
from urllib.parse import urlencode, urlsplit
from zoneinfo import ZoneInfo

import pytest

from securebase.bookings.tests.helpers import form_data
from securebase.core.pagecache import RECHECK_SECONDS
from tests.scale.servers import Browser, Deployment, scale_environment_ready

PASSWORD = "a-long-test-password-42"  # the seeded personas' (securebase.testing)
LA = ZoneInfo("America/Los_Angeles")

# REQUIRE_SCALE=1 (.ci/run's scale step) turns the skip into a failure.
pytestmark = pytest.mark.skipif(
    scale_environment_ready() is not None and os.environ.get("REQUIRE_SCALE") != "1",
    reason=f"{scale_environment_ready()}: the scale tests need PostgreSQL and Redis",
)


@pytest.fixture(scope="module")
def deployment(tmp_path_factory):
    missing = scale_environment_ready()
    assert missing is None, f"REQUIRE_SCALE=1 but {missing}"
    name = urlsplit(_database_url()).path.lstrip("/") + "_scale"
    running = Deployment(tmp_path_factory.mktemp("deployment"), name, access_log=True)
    try:
        yield running.start(count=2)
    finally:
        running.stop()


def _database_url() -> str:
    return os.environ["DATABASE_URL"]


@pytest.fixture
def servers(deployment):
    one, two = deployment.servers
    return one.url, two.url


def log_in(browser: Browser, server: str, email: str = "ada@example.com") -> None:
    status, url, _ = browser.post_form(
        server + "/accounts/login/", {"username": email, "password": PASSWORD}
    )
    assert status == 200
    assert urlsplit(url).path == "/home/", "the login did not land in the client's space"


def details_url(server: str, start: datetime) -> str:
    query = urlencode({"clinician": "any", "format": "in_person", "start": start.isoformat()})
    return f"{server}/book/details/?{query}"


def days_ahead(days: int, hour: int) -> datetime:
    day = datetime.now(LA).date() + timedelta(days=days)
    return datetime.combine(day, time(hour), tzinfo=LA)


def test_it_keeps_a_login_from_one_server_on_the_other(servers):
    one, two = servers
    browser = Browser()
    log_in(browser, one)
    note = "Felt steadier after the walk " + secrets.token_hex(4)

    status, url, page = browser.post_form(
        two + "/check-in/", {"anxiety": "4", "note": note}, post_to=two + "/check-in/"
    )

    assert status == 200
    assert re.search(r"/check-in/\d+/$", url), url
    assert note in page
    # And back on the first server, the check-in saved by the second one.
    status, _, page = browser.get(one + urlsplit(url).path)
    assert status == 200
    assert note in page


def test_it_reads_on_one_server_the_chat_uploaded_to_the_other(servers):
    one, two = servers
    browser = Browser()
    lines = []
    moment = datetime(2025, 3, 1, 9, 0)
    for index in range(40):
        moment += timedelta(minutes=7 + index % 5)
        who = "Sam Rivera" if index % 2 else "Alex Kim"
        lines.append(f"{moment:%d/%m/%y, %H:%M} - {who}: message {index}")
    chat = ("\n".join(lines) + "\n").encode()

    status, url, page = browser.post_form(
        one + "/reality-check/",
        {"time_zone": "America/Los_Angeles"},
        files={"chat": ("chat.txt", chat)},
    )
    assert status == 200, page[:500]
    assert urlsplit(url).path == "/reality-check/people/"

    # The rest happens on the other server: choose the people, read the report.
    status, url, page = browser.post_form(two + "/reality-check/people/", {"me": "0", "them": "1"})
    assert status == 200
    assert urlsplit(url).path == "/reality-check/ready/"
    status, _, report = browser.get(two + "/reality-check/report/?" + urlsplit(url).query)
    assert status == 200
    assert "Sam Rivera" in report and "Alex Kim" in report
    assert "reply" in report.lower()


def test_it_cancels_on_one_server_a_booking_made_on_the_other(servers, deployment):
    one, two = servers
    browser = Browser()
    log_in(browser, two)
    start = days_ahead(2, 11)

    status, url, page = browser.post_form(details_url(one, start), form_data("in_person"))
    assert status == 200, page[:500]
    booked = re.search(r"/book/booked/([^/]+)/", url)
    assert booked, url
    cancel_path = re.search(r'href="(/book/cancel/[^"]+)"', page).group(1)

    status, _, page = browser.post_form(two + cancel_path, {})
    assert status == 200
    assert "Your consultation is cancelled" in page
    status, _, page = browser.get(one + cancel_path)
    assert "cancelled" in page.lower()


def test_it_counts_a_rate_limit_across_both_servers(servers):
    one, two = servers
    browser = Browser()
    email = f"limit-{secrets.token_hex(4)}@example.com"
    statuses = []
    # RATE_LIMITS["password_reset"]["email"] is 3 an hour: two on one server, one on the
    # other, and the fourth is refused wherever it lands.
    for server in (one, two, one, two):
        status, _, _ = browser.post_form(server + "/accounts/password-reset/", {"email": email})
        statuses.append(status)
    assert statuses == [200, 200, 200, 429]


def test_it_sends_one_reminder_when_both_servers_run_the_command_at_once(deployment, servers):
    one, two = servers
    browser = Browser()
    log_in(browser, one, email="ben@example.com")
    status, _, page = browser.post_form(
        details_url(two, days_ahead(3, 10)),
        form_data("in_person", full_name="Ben Okafor", email="ben@example.com"),
    )
    assert status == 200, page[:500]
    _make_every_reminder_due(deployment.database_url)
    before = _reminders(deployment)

    runs = [
        deployment.manage("send_due_reminders", var_dir=server.var_dir)
        for server in deployment.servers
    ]
    outputs = [run.communicate(timeout=120)[0] for run in runs]

    assert all(run.returncode == 0 for run in runs), outputs
    assert _reminders(deployment) == before + 1, outputs
    assert sum("1 reminder(s) sent" in output for output in outputs) == 1, outputs


def test_it_writes_no_typed_words_to_the_server_logs(deployment, servers):
    # Runs last: every test above typed into forms on both servers, with access logs on.
    one, two = servers
    marker = "MARKER" + secrets.token_hex(6)
    browser = Browser()
    log_in(browser, two)
    browser.post_form(one + "/check-in/", {"anxiety": "3", "note": marker})
    browser.get(f"{one}/learn/?q={marker}")
    browser.post_form(two + "/accounts/password-reset/", {"email": f"{marker}@example.com"})
    logs = deployment.logs()
    assert "GET /healthz" in logs, "the access log was not on"
    assert marker not in logs
    assert "ada@example.com" not in logs


def _make_every_reminder_due(database_url: str) -> None:
    import psycopg

    with psycopg.connect(database_url, autocommit=True) as conn:
        updated = conn.execute(
            "UPDATE bookings_reminder SET due_at = now() - interval '1 minute' "
            "WHERE sent_at IS NULL"
        ).rowcount
    assert updated >= 1


def _reminders(deployment) -> int:
    return sum(
        subject.startswith("Reminder: your free consultation") for subject in deployment.subjects()
    )


def test_it_shows_an_edited_article_on_both_servers_at_once(deployment, servers):
    # Signed-out visitors get public pages from copies kept in each worker's memory; the
    # generation in Redis tells every worker of both servers that an edit made them old.
    path = "/learn/understanding-anxious-attachment/"
    for server in servers:
        for _ in range(15):  # enough requests to reach each of a server's workers
            status, _, page = Browser().get(server + path)
            assert status == 200 and "Understanding anxious attachment" in page
    title = "Anxious attachment, told again " + secrets.token_hex(4)
    deployment.run(
        "shell",
        "-c",
        "from securebase.articles.models import Article\n"
        "article = Article.objects.get(slug='understanding-anxious-attachment')\n"
        f"article.title = {title!r}\n"
        "article.save()",
    )
    # Each worker reads the generation at most once a second (core/pagecache.py).
    pytime.sleep(RECHECK_SECONDS + 0.2)
    for server in servers:
        for _ in range(15):
            assert title in Browser().get(server + path)[2]
