"""Real gunicorn servers sharing one PostgreSQL database and one Redis, for the scale tests
and bench/load.py; and ``start_dev_server()``, one ``runserver`` process for a test or a
benchmark that needs a real server it can kill (chat uploads).

A `Deployment` is what docs/DEPLOYMENT.md describes, on loopback: its own database (made
afresh under the name given, on the server DATABASE_URL points at), one Redis database with a
key prefix of its own, production settings (DEBUG off, keys from the environment, compressed
static files), and for each server its own var/ folder, so nothing can pass between servers
except through PostgreSQL and Redis. Emails are written to files in each server's var/mail/.
"""

# The servers and commands started here are this project's own, on loopback addresses.
# ruff: noqa: S310, S603

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
# The production command (bin/serve-production runs the same).
GUNICORN = [PYTHON, "-m", "gunicorn", "-c", "gunicorn.conf.py", "securebase.wsgi"]

SEED = """
import django
django.setup()
from securebase.bookings.tests.helpers import open_hours
from securebase.testing import make_client, make_clinician
theo = make_clinician()
open_hours(theo)
make_client()
make_client(email="ben@example.com", full_name="Ben Okafor")
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_dev_server(env: dict[str, str], *, seconds: float = 120) -> tuple[subprocess.Popen, int]:
    """``manage.py runserver`` (no autoreload) with ``env`` on a free loopback port, once it
    accepts connections: (the process, its port). The caller stops it. Raises RuntimeError,
    the process killed, when it exits or does not listen within ``seconds``."""
    port = free_port()
    process = subprocess.Popen(
        [PYTHON, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    give_up = time.monotonic() + seconds
    while time.monotonic() < give_up and process.poll() is None:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return process, port
        except OSError:
            time.sleep(0.2)
    process.kill()
    process.wait(10)
    raise RuntimeError("the development server did not start")


def scale_environment_ready() -> str | None:
    """Why the scale tests cannot run here, or None when they can."""
    database_url = os.environ.get("DATABASE_URL", "")
    if not database_url.startswith(("postgres://", "postgresql://")):
        return "DATABASE_URL is not PostgreSQL"
    if not os.environ.get("REDIS_URL"):
        return "REDIS_URL is not set"
    return None


def database_url_named(database_url: str, name: str) -> str:
    parts = urlsplit(database_url)
    return urlunsplit(parts._replace(path="/" + name))


def recreate_database(database_url: str, name: str) -> str:
    """Drop and create database `name` on DATABASE_URL's server; its URL."""
    import psycopg

    with psycopg.connect(database_url_named(database_url, "postgres"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    return database_url_named(database_url, name)


def drop_database(database_url: str, name: str) -> None:
    import psycopg

    with psycopg.connect(database_url_named(database_url, "postgres"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@dataclass
class Server:
    port: int
    var_dir: Path
    process: subprocess.Popen
    log: Path

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def subjects(self) -> list[str]:
        """The subject of every email this server sent (Django's file backend, var/mail/)."""
        import email
        from email.header import decode_header, make_header

        folder = self.var_dir / "mail"
        subjects = []
        for path in sorted(folder.glob("*.log")) if folder.exists() else []:
            for text in path.read_text().split("\n" + "-" * 79 + "\n"):
                message = email.message_from_string(text.strip())
                if message["Subject"]:
                    subjects.append(str(make_header(decode_header(message["Subject"]))))
        return subjects


@dataclass
class Deployment:
    """One database, one Redis, N servers; `start()` migrates, seeds and serves."""

    workdir: Path
    database_name: str
    servers: list[Server] = field(default_factory=list)
    # None: gunicorn.conf.py's own sizing (2 × cores + 1 processes, 2 threads each).
    workers: int | None = 2
    threads: int | None = 2
    access_log: bool = False
    seed: str = SEED
    extra_env: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.base_database_url = os.environ["DATABASE_URL"]
        self.redis_url = os.environ["REDIS_URL"]
        self.key_prefix = "scale-" + secrets.token_hex(4)
        self.field_key = _fernet_key()
        self.secret_key = secrets.token_urlsafe(50)
        self.database_url = ""

    def env(self, var_dir: Path) -> dict[str, str]:
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith(("DJANGO_", "PYTEST_", "SECUREBASE_"))
            and key not in {"DEBUG", "EMAIL_HOST", "LOG_LEVEL"}
        }
        env.update(
            DEBUG="false",
            SECRET_KEY=self.secret_key,
            FIELD_ENCRYPTION_KEYS=self.field_key,
            DATABASE_URL=self.database_url,
            REDIS_URL=self.redis_url,
            CACHE_KEY_PREFIX=self.key_prefix,
            ALLOWED_HOSTS="127.0.0.1,localhost",
            SITE_URL="http://127.0.0.1",
            SECURE_SSL_REDIRECT="false",
            SECURE_COOKIES="false",
            SECUREBASE_VAR_DIR=str(var_dir),
            EMAIL_BACKEND="django.core.mail.backends.filebased.EmailBackend",
            ECR_PERMISSION="granted",
            **self.extra_env,
        )
        if self.workers:
            env["WEB_CONCURRENCY"] = str(self.workers)
        if self.threads:
            env["GUNICORN_THREADS"] = str(self.threads)
        if self.access_log:
            env["GUNICORN_ACCESS_LOG"] = "-"
        return env

    def manage(self, *args: str, var_dir: Path | None = None, **kwargs) -> subprocess.Popen:
        """Start `manage.py ARGS` with the deployment's settings (var_dir: which server's)."""
        env = self.env(var_dir or self.workdir / "setup")
        return subprocess.Popen(
            [PYTHON, "manage.py", *args],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            **kwargs,
        )

    def run(self, *args: str, var_dir: Path | None = None) -> str:
        process = self.manage(*args, var_dir=var_dir)
        output, _ = process.communicate(timeout=600)
        if process.returncode:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{output}")
        return output

    def start(self, count: int = 2) -> Deployment:
        self.database_url = recreate_database(self.base_database_url, self.database_name)
        setup = self.workdir / "setup"
        self.run("migrate", "--noinput", "--verbosity", "0")
        self.run("collectstatic", "--noinput", "--verbosity", "0")
        seeding = subprocess.run(
            [PYTHON, "-c", self.seed],
            cwd=ROOT,
            env={**self.env(setup), "DJANGO_SETTINGS_MODULE": "securebase.settings"},
            capture_output=True,
            text=True,
        )
        if seeding.returncode:
            raise RuntimeError(seeding.stderr)
        for index in range(count):
            var_dir = self.workdir / f"server-{index + 1}"
            # Each server has its own var/ (static files collected into it, as a deploy would).
            shutil.copytree(setup / "static", var_dir / "static")
            self.servers.append(self._serve(var_dir))
        for server in self.servers:
            _wait_healthy(server)
        return self

    def _serve(self, var_dir: Path) -> Server:
        port = free_port()
        log = var_dir / "server.log"
        handle = log.open("w")
        process = subprocess.Popen(
            [*GUNICORN, "--bind", f"127.0.0.1:{port}"],
            cwd=ROOT,
            env=self.env(var_dir),
            stdout=handle,
            stderr=subprocess.STDOUT,
        )
        return Server(port=port, var_dir=var_dir, process=process, log=log)

    def stop(self, *, drop: bool = True) -> None:
        for server in self.servers:
            if server.process.poll() is None:
                server.process.terminate()
        for server in self.servers:
            try:
                server.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.process.kill()
        if drop and self.database_url:
            drop_database(self.base_database_url, self.database_name)

    def logs(self) -> str:
        return "\n".join(server.log.read_text() for server in self.servers)

    def subjects(self) -> list[str]:
        return [subject for server in self.servers for subject in server.subjects()]


def _fernet_key() -> str:
    from cryptography.fernet import Fernet

    return Fernet.generate_key().decode()


def _wait_healthy(server: Server, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"server on {server.port} exited:\n{server.log.read_text()}")
        try:
            with urllib.request.urlopen(server.url + "/healthz", timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.3)
    raise RuntimeError(f"server on {server.port} never became healthy:\n{server.log.read_text()}")


class Browser:
    """One person's browser: cookies shared across servers (cookies ignore the port, as a
    browser's do for one host name), redirects followed, forms read for their hidden fields."""

    def __init__(self) -> None:
        import http.cookiejar

        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.cookies))

    def request(self, url: str, data: dict | None = None, *, files: dict | None = None):
        """GET (no data) or POST; returns (status, final URL, body text)."""
        body = headers = None
        if files:
            body, content_type = _multipart(data or {}, files)
            headers = {"Content-Type": content_type}
        elif data is not None:
            body = urllib.parse.urlencode(data, doseq=True).encode()
        request = urllib.request.Request(url, data=body, headers=headers or {})
        if data is not None or files:
            # The CSRF check wants a same-origin Referer on POSTs over HTTPS only; send it anyway.
            request.add_header("Referer", url)
        try:
            with self.opener.open(request, timeout=60) as response:
                return response.status, response.url, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.url, error.read().decode()

    def get(self, url: str):
        return self.request(url)

    def post_form(self, page_url: str, fields: dict, *, post_to: str | None = None, files=None):
        """Open the form at `page_url`, keep its hidden fields (CSRF token, submission keys),
        add `fields`, and post it to `post_to` (another server, say) or back to `page_url`."""
        status, _, page = self.get(page_url)
        assert status == 200, f"{page_url} answered {status}"
        data = {**hidden_fields(page), **fields}
        return self.request(post_to or page_url, data, files=files)


def hidden_fields(page: str) -> dict[str, str]:
    import html
    import re

    fields = {}
    for tag in re.findall(r"<input[^>]*>", page):
        if 'type="hidden"' not in tag:
            continue
        name = re.search(r'name="([^"]*)"', tag)
        value = re.search(r'value="([^"]*)"', tag)
        if name:
            fields[name.group(1)] = html.unescape(value.group(1)) if value else ""
    return fields


def _multipart(fields: dict, files: dict) -> tuple[bytes, str]:
    boundary = "----securebase" + secrets.token_hex(8)
    parts = []
    for name, value in fields.items():
        disposition = f'Content-Disposition: form-data; name="{name}"'
        parts.append(f"--{boundary}\r\n{disposition}\r\n\r\n{value}\r\n".encode())
    for name, (filename, content) in files.items():
        parts.append(
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
                f'filename="{filename}"\r\nContent-Type: text/plain\r\n\r\n'
            ).encode()
            + content
            + b"\r\n"
        )
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"
