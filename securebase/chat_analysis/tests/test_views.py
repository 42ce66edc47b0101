"""Reality-check pages: upload, choose, report, save, bad input, and nothing kept."""

from __future__ import annotations

import gc
import io
import json
import random
import tempfile
import uuid
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from unittest import mock

import time_machine
from django.apps import apps
from django.contrib.sessions.models import Session
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db import connection, models
from django.test import Client, TestCase, override_settings
from django.urls import reverse

from securebase.chat_analysis import pending, uploads
from securebase.chat_analysis.models import PendingAnalysis, SavedSummary
from securebase.chat_analysis.privacy import export_user_data
from securebase.testing import Personas, login_verified

FIXTURES = Path(__file__).parent / "fixtures"
SAM = FIXTURES / "WhatsApp Chat with Sam.txt"
# Words that occur only in the messages of the fixtures, never on the pages.
MESSAGE_WORDS = ("Can't wait", "seemed quiet", "just tired", "Morning sunshine", "Saturday")
AS_OF = "2024-03-16T09:00"


class PrivateVarDir:
    """Give each test its own VAR_DIR, removed afterwards."""

    def setUp(self):
        super().setUp()
        folder = tempfile.TemporaryDirectory()
        self.addCleanup(folder.cleanup)
        self.settings_folder = folder.name
        override = override_settings(VAR_DIR=Path(folder.name))
        override.enable()
        self.addCleanup(override.disable)


def upload(client, path: Path = SAM, *, data: bytes | None = None, name: str = "", xhr=False):
    content = data if data is not None else path.read_bytes()
    file = SimpleUploadedFile(name or path.name, content, content_type="text/plain")
    headers = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"} if xhr else {}
    return client.post(
        reverse("chat_analysis:start"), {"chat": file, "time_zone": "UTC"}, **headers
    )


def person(name: str) -> str:
    """A name as the report prints it: marked as not to be translated."""
    return f'<span translate="no">{name}</span>'


def report_url(me=0, them=1, chat=0, as_of=AS_OF) -> str:
    query = f"chat={chat}&me={me}&them={them}"
    return f"{reverse('chat_analysis:report')}?{query}" + (f"&as_of={as_of}" if as_of else "")


class UploadTests(PrivateVarDir, Personas, TestCase):
    def test_it_explains_plainly_that_messages_are_never_stored(self):
        response = self.client.get(reverse("chat_analysis:start"))
        self.assertContains(response, "Your messages are <strong>never stored</strong>")
        self.assertContains(response, "gone as soon as reading ends")
        self.assertContains(response, 'enctype="multipart/form-data"')
        self.assertContains(response, "chat_analysis/upload-progress.js")

    def test_it_reads_an_upload_and_asks_who_is_who(self):
        response = upload(self.client)
        self.assertRedirects(response, reverse("chat_analysis:choose"))
        choose = self.client.get(reverse("chat_analysis:choose"))
        self.assertContains(choose, "We found 10 messages from 2 people")
        self.assertContains(choose, "Robin")
        # The file was named after Sam, so Sam is preselected as "them" and Robin as "me".
        assert choose.context["form"].initial == {"me": 0, "them": 1}
        picked = self.client.post(reverse("chat_analysis:choose"), {"chat": 0, "me": 0, "them": 1})
        assert picked.status_code == 302
        assert picked.url == f"{reverse('chat_analysis:ready')}?chat=0&me=0&them=1"
        ready = self.client.get(picked.url)
        self.assertContains(ready, "Before you look")
        self.assertContains(ready, f'href="{report_url(as_of="")}"'.replace("&", "&amp;"))
        self.assertContains(ready, f'href="{reverse("pause:start")}"')

    def test_it_answers_a_scripted_upload_with_json(self):
        response = upload(self.client, xhr=True)
        assert response.json() == {"redirect": reverse("chat_analysis:choose")}
        refused = upload(self.client, data=b"", name="empty.txt", xhr=True)
        assert refused.status_code == 400
        assert "The file is empty" in refused.json()["error"]

    def test_it_makes_the_person_choose_in_a_group_chat(self):
        upload(self.client, FIXTURES / "android_24h_dmy.txt")
        choose = self.client.get(reverse("chat_analysis:choose"))
        self.assertContains(choose, "a group chat, so pick the one person")
        same = self.client.post(reverse("chat_analysis:choose"), {"chat": 0, "me": 1, "them": 1})
        self.assertContains(same, "need to be two different people")

    def test_it_offers_each_chat_of_an_export_with_several(self):
        upload(self.client, FIXTURES / "telegram_all.json")
        choose = self.client.get(reverse("chat_analysis:choose") + "?chat=1")
        self.assertContains(choose, "This export holds 2 chats")
        assert choose.context["conv"].title == "Noa"
        missing = self.client.get(reverse("chat_analysis:choose") + "?chat=7")
        assert missing.status_code == 404

    def test_it_deletes_the_uploaded_file_even_when_reading_fails(self):
        with tempfile.TemporaryDirectory() as folder:
            with override_settings(FILE_UPLOAD_MAX_MEMORY_SIZE=0, FILE_UPLOAD_TEMP_DIR=folder):
                upload(self.client)
                upload(self.client, data=b"\xff\xd8\xff\xe0 not a chat", name="photo.jpg")
            assert list(Path(folder).iterdir()) == []


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


class CollectorTests(PrivateVarDir, TestCase):
    """A web server's collector stays on: other requests and threads share the process."""

    def test_it_never_switches_the_garbage_collector_off_in_a_request(self):
        seen = []
        real_disable = gc.disable

        def watched_disable():
            seen.append("disable")
            real_disable()

        with mock.patch.object(gc, "disable", watched_disable):
            assert upload(self.client).status_code == 302
            assert self.client.get(report_url()).status_code == 200
            assert (
                self.client.get(report_url().replace("/report/", "/report/print/")).status_code
                == 200
            )
        assert seen == []
        assert gc.isenabled()


class BadInputTests(PrivateVarDir, TestCase):
    """Every unusable upload comes back to the form with its own message."""

    def refused(self, data: bytes, name: str = "chat.txt") -> str:
        response = upload(self.client, data=data, name=name)
        assert response.status_code == 400
        assert response.templates[0].name == "chat_analysis/start.html"
        errors = response.context["form"].errors["chat"]
        assert len(errors) == 1
        assert pending.SESSION_KEY not in self.client.session
        return errors[0]

    def test_it_refuses_an_empty_file(self):
        assert "The file is empty" in self.refused(b"")

    def test_it_refuses_a_photo(self):
        assert "looks like a photo" in self.refused(b"\xff\xd8\xff\xe0" + b"\x00" * 64, "a.jpg")

    def test_it_refuses_a_truncated_zip(self):
        whole = zip_bytes({"_chat.txt": SAM.read_bytes() * 40})
        assert "damaged or incomplete" in self.refused(whole[: len(whole) // 2], "chat.zip")

    def test_it_refuses_a_zip_whose_directory_points_before_the_start(self):
        data = bytearray(zip_bytes({"_chat.txt": SAM.read_bytes()}))
        entry = data.find(b"PK\x01\x02")  # the central directory's entry for the chat
        data[entry + 42 : entry + 46] = (2**32 - 1).to_bytes(4, "little")
        assert "damaged or incomplete" in self.refused(bytes(data), "chat.zip")

    def test_it_refuses_a_large_damaged_zip_kept_in_the_encrypted_spool(self):
        noise = random.Random(1).randbytes(3_000_000)  # incompressible: over the memory size
        whole = zip_bytes({"_chat.txt": SAM.read_bytes() + noise})
        assert "damaged or incomplete" in self.refused(whole[: len(whole) - 200_000], "c.zip")

    @override_settings(CHAT_ANALYSIS_MAX_MESSAGE_BYTES=1000)
    def test_it_refuses_one_message_larger_than_the_limit(self):
        data = json.dumps(
            {
                "name": "Sam",
                "type": "personal_chat",
                "messages": [
                    {
                        "type": "message",
                        "date": "2024-01-02T10:00:00",
                        "from": "Sam",
                        "text": "x" * 5000,
                    },
                ],
            }
        ).encode()
        assert "larger than 0.001 MB" in self.refused(data, "result.json")

    @override_settings(CHAT_ANALYSIS_MAX_MESSAGES=3)
    def test_it_refuses_more_messages_than_the_limit(self):
        assert "more than 3 messages" in self.refused(SAM.read_bytes())

    @override_settings(CHAT_ANALYSIS_TIME_BUDGET_SECONDS=-1)
    def test_it_ends_an_analysis_over_its_time_budget_with_a_clear_page(self):
        response = upload(self.client)
        assert response.status_code == 503
        self.assertContains(response, "took longer than we allow", status_code=503)
        assert pending.SESSION_KEY not in self.client.session

    @override_settings(CHAT_ANALYSIS_QUEUE_SECONDS=0, CHAT_ANALYSIS_CONCURRENCY=1)
    def test_it_asks_to_try_again_when_every_place_is_taken(self):
        with uploads.analysis_slot():
            response = upload(self.client)
            assert response.status_code == 503
            self.assertContains(response, "try again in a minute", status_code=503)
        assert upload(self.client).status_code == 302  # free again

    def test_it_refuses_a_password_protected_zip(self):
        data = bytearray(zip_bytes({"_chat.txt": SAM.read_bytes()}))
        for marker, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
            at = data.find(marker) + offset
            data[at] |= 0x1
        assert "protected with a password" in self.refused(bytes(data), "chat.zip")

    @override_settings(CHAT_ANALYSIS_MAX_UPLOAD_BYTES=100_000)
    def test_it_refuses_a_zip_bomb(self):
        bomb = zip_bytes({"_chat.txt": SAM.read_bytes() + b"a" * 2_000_000})
        assert len(bomb) < 100_000
        assert "unpacks to more than" in self.refused(bomb, "chat.zip")

    def test_it_refuses_text_that_is_not_utf8(self):
        latin1 = SAM.read_text().replace("Hi!", "Olá!").encode("latin-1")
        assert "not UTF-8" in self.refused(latin1)

    def test_it_refuses_an_unknown_format(self):
        assert "does not look like a chat export" in self.refused(b"Dear diary,\nIt rained.\n")

    def test_it_refuses_a_chat_with_one_participant(self):
        text = b"1/2/24, 10:00 - Zoe: note\n1/2/24, 10:05 - Zoe: another\n"
        assert "Only one person (Zoe)" in self.refused(text)

    @override_settings(CHAT_ANALYSIS_MAX_UPLOAD_BYTES=1000)
    def test_it_refuses_a_file_over_the_size_limit(self):
        assert "larger than the 0.001 MB limit" in self.refused(b"x" * 1001)

    def test_it_asks_for_a_file_when_none_was_chosen(self):
        response = self.client.post(reverse("chat_analysis:start"), {"time_zone": "UTC"})
        assert response.context["form"].errors["chat"]


class ReportTests(PrivateVarDir, Personas, TestCase):
    def setUp(self):
        super().setUp()
        upload(self.client)

    def test_it_shows_the_hand_worked_numbers(self):
        response = self.client.get(report_url())
        data = response.context["data"]
        # Sam answered three times in the daytime: too few for a median (see
        # SmallSampleTests for a chat with enough).
        assert data["their_replies"]["day"]["count"] == 3
        assert data["their_replies"]["day"]["median"] is None
        self.assertContains(response, "too few of " + person("Sam") + "'s replies in this chat")
        self.assertNotContains(response, "Usually about")
        self.assertContains(response, "They sent the last message")
        self.assertContains(response, "1 time, in 1 of 5 messages")
        self.assertContains(response, reverse("pause:start"))
        self.assertContains(response, '<svg xmlns="http://www.w3.org/2000/svg"', count=6)
        self.assertContains(response, "<table", count=8)  # two summaries, one beside each chart

    def test_it_measures_the_silence_as_of_a_chosen_time(self):
        upload(self.client, data=SAM.read_bytes() + b"3/16/24, 9:00 AM - Robin: Coffee?\n")
        response = self.client.get(report_url(as_of="2024-03-16T09:20"))
        silence = response.context["data"]["current_silence"]
        assert silence["seconds"] == 20 * 60
        self.assertContains(response, "It has been 20 minutes since your last message")

    def test_it_prints_the_same_numbers_on_the_command_line(self):
        out = io.StringIO()
        call_command(
            "analyze_chat", str(SAM), "--json", "--tz", "UTC", "--as-of", AS_OF, stdout=out
        )
        printed = json.loads(out.getvalue())
        shown = self.client.get(report_url()).context["data"]
        assert json.loads(json.dumps(shown)) == printed

    def test_it_has_a_print_view(self):
        response = self.client.get(report_url().replace("/report/", "/report/print/"))
        self.assertContains(response, "Use your browser's Print command")
        self.assertNotContains(response, "Measure again")

    def test_it_sends_bad_report_addresses_back_to_choose_or_404(self):
        assert self.client.get(reverse("chat_analysis:report")).status_code == 302
        assert self.client.get(report_url(me=1, them=1)).status_code == 404
        assert self.client.get(report_url(me=0, them=5)).status_code == 404
        unreadable = self.client.get(report_url(as_of="yesterday"))
        assert unreadable.status_code == 302
        assert "as_of" not in unreadable.url

    def test_it_forgets_the_chat_when_asked(self):
        token = self.client.session[pending.SESSION_KEY]["token"]
        response = self.client.post(reverse("chat_analysis:forget"))
        self.assertRedirects(response, reverse("chat_analysis:start"))
        assert not PendingAnalysis.objects.filter(token=token).exists()
        gone = self.client.get(report_url(), follow=True)
        self.assertContains(gone, "That upload is no longer here")

    def test_it_never_serves_the_numbers_after_an_hour(self):
        token = self.client.session[pending.SESSION_KEY]["token"]
        with time_machine.travel(datetime.now(UTC) + timedelta(minutes=61)):
            response = self.client.get(report_url(), follow=True)
            self.assertContains(response, "That upload is no longer here")
        assert not PendingAnalysis.objects.filter(token=token).exists()

    def test_it_leaves_purging_to_the_command_not_to_other_visitors(self):
        token = self.client.session[pending.SESSION_KEY]["token"]
        with time_machine.travel(datetime.now(UTC) + timedelta(minutes=61)):
            visitor = Client()
            assert visitor.get(reverse("chat_analysis:start")).status_code == 200
            upload(visitor)
            assert PendingAnalysis.objects.filter(token=token).exists()  # expired, not served
            out = io.StringIO()
            call_command("purge_chat_uploads", stdout=out)
        assert "Deleted 1 expired" in out.getvalue()
        assert not PendingAnalysis.objects.filter(token=token).exists()
        assert PendingAnalysis.objects.count() == 1  # the visitor's, still fresh


def regular_chat(replies: int, *, minutes: int = 30) -> bytes:
    """Robin writes at 9:00 each day from March 13; Sam answers `minutes` later."""
    lines = []
    for day in range(13, 13 + replies):
        lines.append(f"3/{day}/24, 9:00 AM - Robin: Morning\n")
        lines.append(f"3/{day}/24, 9:{minutes:02d} AM - Sam: Hi\n")
    lines.append(f"3/{13 + replies}/24, 9:00 AM - Robin: You there?\n")
    return "".join(lines).encode()


class SmallSampleTests(PrivateVarDir, TestCase):
    def test_it_says_usually_only_from_enough_replies(self):
        upload(self.client, data=regular_chat(5), name="WhatsApp Chat with Sam.txt")
        response = self.client.get(report_url(as_of="2024-03-18T09:10"))
        self.assertContains(response, "Usually about <strong>30 minutes</strong>")

    def test_the_web_and_the_command_line_agree_on_a_one_reply_chat(self):
        data = regular_chat(1)
        upload(self.client, data=data, name="chat.txt")
        response = self.client.get(report_url(as_of="2024-03-14T10:00"))
        shown = response.context["data"]
        path = Path(self.settings_folder) / "one-reply.txt"
        path.write_bytes(data)
        out = io.StringIO()
        call_command(
            "analyze_chat",
            str(path),
            "--json",
            "--tz",
            "UTC",
            "--as-of",
            "2024-03-14T10:00",
            stdout=out,
        )
        printed = json.loads(out.getvalue())
        for key in ("their_replies", "my_replies", "current_silence"):
            assert json.loads(json.dumps(shown[key])) == printed[key]
        assert printed["their_replies"]["all"] == {
            "count": 1,
            "median": None,
            "q1": None,
            "q3": None,
            "p90": None,
        }
        assert printed["current_silence"]["percentile"] is None
        text = io.StringIO()
        call_command("analyze_chat", str(path), "--tz", "UTC", stdout=text)
        for page in (response.content.decode(), text.getvalue()):
            assert "From 1 messages" not in page
            assert "0.0%" not in page
            assert "usually" not in page.lower().replace("to say what is usual", "")
        self.assertContains(
            response, f"From 2 messages by {person('Robin')} and 1 by {person('Sam')}"
        )
        assert "1 reply: too few to say what is usual (5 needed)" in text.getvalue()

    def test_it_offers_a_calm_next_step_for_an_unusually_long_silence(self):
        upload(self.client, data=regular_chat(6), name="WhatsApp Chat with Sam.txt")
        response = self.client.get(report_url(as_of="2024-03-19T14:00"))
        silence = response.context["data"]["current_silence"]
        assert silence["longer_share"] == 0
        self.assertContains(response, "longer than any of their 6 replies")
        self.assertContains(response, "The numbers cannot say why.")
        self.assertNotContains(response, "nothing to do with you")
        self.assertContains(response, "ask for it directly")
        self.assertContains(response, reverse("journal:start"))


class RemeasureTests(PrivateVarDir, TestCase):
    def test_measuring_again_within_hours_offers_a_pause_first_and_never_blocks(self):
        upload(self.client)
        first = self.client.get(report_url())
        self.assertNotContains(first, "You looked at this chat a little while ago")
        again = self.client.get(report_url(as_of="2024-03-16T10:00"))
        assert again.status_code == 200  # the numbers are still there
        self.assertContains(again, "You looked at this chat a little while ago")
        self.assertContains(again, reverse("pause:start"))
        self.assertContains(again, reverse("journal:start"))
        self.assertContains(again, f"How long {person('Sam')} takes to reply")
        ready = self.client.get(reverse("chat_analysis:ready") + "?chat=0&me=0&them=1")
        self.assertContains(ready, "You looked at this chat a little while ago")
        self.assertContains(ready, "Measure now")
        with time_machine.travel(datetime.now(UTC) + timedelta(hours=4)):
            upload(self.client)
            later = self.client.get(report_url())
        self.assertNotContains(later, "You looked at this chat a little while ago")


class ViewerTimeTests(PrivateVarDir, Personas, TestCase):
    def test_a_time_typed_in_eastern_time_shows_back_in_eastern_time(self):
        self.ada.time_zone = "America/New_York"
        self.ada.save()
        login_verified(self.client, self.ada)
        upload(self.client, data=SAM.read_bytes() + b"3/16/24, 9:00 PM - Robin: Coffee?\n")
        response = self.client.get(report_url(as_of="2024-03-16T18:00"))
        # Shown back as typed, on the US 12-hour clock, the zone named: it is not the practice's.
        self.assertContains(response, "Measured as of Mar 16, 2024, 6:00 PM EDT")
        self.assertContains(response, "(America/New York time)")
        self.assertNotContains(response, "22:00")
        self.assertNotContains(response, "10:00 PM")
        # 18:00 in New York is 22:00 UTC, one hour after Robin's 21:00 UTC message.
        assert response.context["data"]["current_silence"]["seconds"] == 3600
        self.assertContains(response, 'value="2024-03-16T18:00"')

    def test_it_answers_400_for_a_moment_out_of_range(self):
        upload(self.client)
        for moment in ("9999-12-31T23:59", "0001-01-01T00:00"):
            response = self.client.get(report_url(as_of=moment))
            assert response.status_code == 400
            self.assertContains(response, "out of range", status_code=400)


@override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"])
class SavedSummaryTests(PrivateVarDir, Personas, TestCase):
    def save(self, client, token=None):
        return client.post(
            reverse("chat_analysis:save"),
            {"chat": 0, "me": 0, "them": 1, "as_of": AS_OF, "token": str(token or uuid.uuid4())},
        )

    def test_it_saves_only_numbers_for_a_client_who_chooses_to(self):
        login_verified(self.client, self.ada)
        upload(self.client)
        report = self.client.get(report_url())
        self.assertContains(report, "Save these numbers to my account")
        token = uuid.uuid4()
        response = self.save(self.client, token)
        summary = SavedSummary.objects.get(user=self.ada)
        self.assertRedirects(response, reverse("chat_analysis:saved_detail", args=[summary.pk]))
        assert (summary.messages_me, summary.messages_them) == (5, 5)
        stored = json.dumps(summary.numbers)
        for text in ("Robin", "Sam", *MESSAGE_WORDS):
            assert text not in stored
        assert summary.numbers["their_replies"]["day"]["count"] == 3
        self.save(self.client, token)  # a double submit
        assert SavedSummary.objects.filter(user=self.ada).count() == 1
        detail = self.client.get(reverse("chat_analysis:saved_detail", args=[summary.pk]))
        self.assertContains(detail, f"How long {person('Them')} takes to reply")
        assert export_user_data(self.ada)["saved_summaries"][0]["messages_me"] == 5

    def test_it_does_not_offer_saving_to_visitors_or_clinicians(self):
        upload(self.client)
        self.assertNotContains(self.client.get(report_url()), "Save these numbers")
        self.assertRedirects(
            self.save(self.client),
            f"{reverse('accounts:login')}?next={reverse('chat_analysis:save')}",
        )
        login_verified(self.client, self.theo)
        upload(self.client)
        assert self.save(self.client).status_code == 404
        assert not SavedSummary.objects.exists()

    def test_it_shows_a_summary_only_to_its_owner(self):
        login_verified(self.client, self.ada)
        upload(self.client)
        self.save(self.client)
        summary = SavedSummary.objects.get()
        detail = reverse("chat_analysis:saved_detail", args=[summary.pk])
        delete = reverse("chat_analysis:saved_delete", args=[summary.pk])
        login_verified(self.client, self.ben)
        assert self.client.get(detail).status_code == 404
        assert self.client.post(delete).status_code == 404
        self.assertNotContains(self.client.get(reverse("chat_analysis:saved")), detail)
        login_verified(self.client, self.ada)
        self.assertContains(self.client.get(reverse("chat_analysis:saved")), detail)
        self.assertRedirects(self.client.post(delete), reverse("chat_analysis:saved"))
        assert not SavedSummary.objects.exists()

    def test_it_deletes_summaries_with_the_account(self):
        login_verified(self.client, self.ada)
        upload(self.client)
        self.save(self.client)
        self.ada.delete()
        assert not SavedSummary.objects.exists()


def text_in_database(words) -> list[str]:
    """Every text column of every table, and every session, searched for the given words."""
    found = []
    for model in apps.get_models():
        columns = [
            f.column
            for f in model._meta.concrete_fields
            if isinstance(f, models.CharField | models.TextField | models.JSONField)
        ]
        if not columns:
            continue
        table = connection.ops.quote_name(model._meta.db_table)
        names = ", ".join(connection.ops.quote_name(c) for c in columns)
        query = f"SELECT {names} FROM {table}"  # noqa: S608 - names from the models
        with connection.cursor() as cursor:
            cursor.execute(query)
            for row in cursor.fetchall():
                blob = " ".join(str(value) for value in row)
                found += [f"{model.__name__}: {w}" for w in words if w in blob]
    for session in Session.objects.all():
        decoded = json.dumps(session.get_decoded())
        found += [f"session: {w}" for w in words if w in decoded]
    return found


class NothingKeptTests(PrivateVarDir, Personas, TestCase):
    def test_it_writes_no_message_text_to_the_database_logs_or_disk(self):
        login_verified(self.client, self.ada)
        with self.assertLogs(level="DEBUG") as logs:
            upload(self.client)
            self.client.get(report_url())
            self.client.post(
                reverse("chat_analysis:save"),
                {"chat": 0, "me": 0, "them": 1, "as_of": AS_OF, "token": str(uuid.uuid4())},
            )
            upload(self.client, data=b"\x00garbage", name="x.txt")
            import logging

            logging.getLogger("securebase").debug("end of the journey")
        assert text_in_database(MESSAGE_WORDS) == []
        assert not any(word in line for line in logs.output for word in MESSAGE_WORDS)
        for row in PendingAnalysis.objects.all():
            content = bytes(row.payload)
            assert not any(word.encode() in content for word in MESSAGE_WORDS)
