"""gunicorn settings for production: `gunicorn -c gunicorn.conf.py securebase.wsgi`
(bin/serve-production runs exactly that). Every value can be overridden from the
environment or the command line; see docs/DEPLOYMENT.md, "The production server".

Sizing, for the reference machine of 2 cores:

* Processes, not threads, give Python more than one core (the GIL lets one thread of a process
  run Python at a time). Pages here are mostly Python work (templates, Markdown, charts) with
  short waits on PostgreSQL and Redis, so the classic `2 × cores + 1` processes (5 on 2 cores)
  keeps both cores busy while some workers wait on the database, without the memory and
  context switching of many more.
* Two threads per process (the `gthread` worker) let a process serve a second request while the
  first waits on the database, the cache or the mail server, and keep a slow client or a
  reality-check upload from holding a whole process. More threads would mostly queue on the
  GIL. A chat analysis holds a CPU for up to CHAT_ANALYSIS_TIME_BUDGET_SECONDS (20 s) and at
  most CHAT_ANALYSIS_CONCURRENCY (1) run at once per machine, so the other processes keep a
  core for everyone else.
* `timeout` (60 s) stays above that budget plus the time to read a large upload from the proxy.
* Workers restart after about 1,000 requests (with jitter, so not all at once) so a slow memory
  leak cannot grow without bound.
"""

from __future__ import annotations

import multiprocessing
import os

bind = os.environ.get("BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", 2 * multiprocessing.cpu_count() + 1))
worker_class = "gthread"
threads = int(os.environ.get("GUNICORN_THREADS", 2))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 60))
graceful_timeout = 30
keepalive = 5
max_requests = 1000
max_requests_jitter = 100
# Behind the proxy only: the proxy keeps the access log with the client's address. The app
# server's own access log is off unless asked for; when on, it records no client address, no
# query string, no referrer and no user agent (a query string or a referrer can hold what a
# person typed; see docs/DEPLOYMENT.md, "Logs").
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(B)s %(M)sms'
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
proc_name = "securebase"
# Load the app once in the master (fork shares its memory); checks run before forking.
preload_app = True


def on_starting(server):
    """Refuse to start when Django's system checks find an error (for example a key file
    from var/ on a deployment of several servers: securebase.E002); then get the workers'
    shared memory ready before they are forked."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "securebase.settings")
    import django
    from django.core.management import call_command
    from django.db import connections

    django.setup()
    call_command("check", fail_level="ERROR")
    # Load what the workers would load on their first requests and freeze it, so that they
    # share it and the garbage collector's full passes in them stay short (core/warmup.py).
    from securebase.core.warmup import prepare_workers

    compiled = prepare_workers()
    server.log.info("Ready for workers: %d templates compiled, memory frozen.", compiled)
    # Forked workers must not share the master's database connections.
    connections.close_all()


def post_worker_init(worker):
    """Start the risk screen's optional sentence encoder in each worker before it serves, so
    no one's first screen waits for it (about 30 ms) and a worker's two threads never start it
    twice. It cannot be started in the master: its engine's threads do not survive the fork
    (core/risk/encoder.py). Without the encoder this does nothing."""
    from securebase.core.risk.encoder import load_encoder

    load_encoder()
