"""Spanish-language chat exports: our own fixtures (invented people, neutral content), one per
app, checked by hand. WhatsApp writes its notices, placeholders and AM/PM markers in the
phone's language; Telegram's JSON keys are the same in every language."""

from __future__ import annotations

import pickle
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from securebase.chat_analysis.engine import errors
from securebase.chat_analysis.engine.conversation import Kind
from securebase.chat_analysis.engine.parsers import parse_export
from securebase.chat_analysis.engine.parsers.dates import seconds_of_day, seconds_of_day_many
from securebase.chat_analysis.engine.phrases import (
    SYSTEM,
    classify_body,
    reassurance_categories,
    reassurance_hits,
)
from securebase.chat_analysis.engine.silence import format_duration
from securebase.chat_analysis.presentation.report import wall_iso
from securebase.core import wording

FIXTURES = Path(__file__).parent / "fixtures"
UTC = ZoneInfo("UTC")
MEXICO_CITY = ZoneInfo("America/Mexico_City")
T, M, D, C = Kind.TEXT, Kind.MEDIA, Kind.DELETED, Kind.CALL


def parse_one(name, tz=UTC):
    [conv] = parse_export(FIXTURES / name, tz=tz)
    return conv


def walls(conv):
    return [wall_iso(w) for w in conv.wall]


def senders(conv):
    return [conv.participants[s] for s in conv.sender]


def test_it_reads_a_spanish_android_24_hour_export():
    conv = parse_one("android_es_24h.txt")
    assert conv.source_format == "whatsapp"
    assert conv.participants == ("Valeria Ortiz", "Tomás")
    # 16 header lines: the encryption notice, "creó el grupo", "te añadió", the security
    # code and the disappearing-messages notices are not messages.
    assert len(conv) == 10
    V, To = "Valeria Ortiz", "Tomás"
    assert senders(conv) == [V, To, To, V, To, V, To, V, V, To]
    # 13/2/26 can only be day-first: d/m/yy.
    assert walls(conv) == [
        "2026-02-12T21:15:00",
        "2026-02-12T21:20:00",
        "2026-02-12T21:21:00",
        "2026-02-12T21:40:00",
        "2026-02-13T08:05:00",
        "2026-02-13T08:06:00",
        "2026-02-13T09:30:00",
        "2026-02-13T10:02:00",
        "2026-02-13T10:03:00",
        "2026-03-01T07:00:00",
    ]
    # <Multimedia omitido>; "Se eliminó este mensaje", "Este mensaje fue eliminado" and
    # "Eliminaste este mensaje." are deleted messages.
    assert bytes(conv.kind) == bytes([T, T, M, T, D, D, T, D, T, T])
    assert conv.length[3] == len("Muy bien, gracias\ntambién fui al parque")
    # "<Se editó este mensaje.>" is not part of what Tomás wrote.
    assert conv.length[6] == len("Nos vemos a las 6")
    assert [conv.length[i] for i in (2, 4, 5, 7)] == [0, 0, 0, 0]


def test_it_reads_spanish_12_hour_markers_with_every_kind_of_space():
    # "p. m." with plain spaces, "a.\u00a0m." with a no-break space inside and a narrow
    # no-break space before it, "p.\u202fm." and "p.m." without a space.
    conv = parse_one("android_es_12h_spaces.txt")
    assert conv.participants == ("Sofía", "Daniel")
    assert len(conv) == 9
    S, Da = "Sofía", "Daniel"
    assert senders(conv) == [S, Da, Da, S, Da, S, Da, S, Da]
    assert walls(conv) == [
        "2025-10-03T23:58:00",
        "2025-10-04T00:05:00",  # 12:05 a. m. is just after midnight
        "2025-10-04T00:06:00",
        "2025-10-04T07:45:00",
        "2025-10-04T12:30:00",  # 12:30 p. m. is just after noon
        "2025-10-04T13:15:00",
        "2025-10-04T13:16:00",
        "2025-10-15T21:00:00",
        "2025-10-15T21:01:00",
    ]
    assert bytes(conv.kind) == bytes([T, T, M, T, D, T, T, T, T])
    assert conv.length[6] == len("Claro")


def test_it_reads_a_spanish_ios_group_export_with_crlf():
    conv = parse_one("ios_es_24h.txt", tz=MEXICO_CITY)
    # The group's name writes the notices; it is not a participant.
    assert conv.participants == ("Camila Reyes", "Andrés")
    assert conv.source_format == "whatsapp"
    assert len(conv) == 9
    Ca, A = "Camila Reyes", "Andrés"
    assert senders(conv) == [Ca, A, A, Ca, A, Ca, A, Ca, Ca]
    assert walls(conv) == [
        "2026-12-02T21:16:10",
        "2026-12-02T21:18:42",
        "2026-12-02T21:19:00",
        "2026-12-02T22:01:30",
        "2026-12-13T08:02:11",
        "2026-12-13T08:03:00",
        "2026-12-13T08:04:15",
        "2026-12-13T09:10:00",
        "2026-12-13T09:12:00",
    ]
    # Mexico City is UTC-6 all year.
    assert wall_iso(conv.utc[0]) == "2026-12-03T03:16:10"
    # imagen omitida, audio omitido, <adjunto: …> are media; "Llamada de voz perdida" a call.
    assert bytes(conv.kind) == bytes([T, M, T, M, D, D, T, C, M])
    assert conv.length[2] == len("Sí, me parece bien\ny llevo café")
    assert conv.length[6] == len("Hasta el lunes")


def test_it_reads_a_spanish_ios_12_hour_export_with_narrow_spaces():
    conv = parse_one("ios_es_12h.txt")
    assert conv.participants == ("Inés", "Rodrigo")
    assert len(conv) == 4
    assert senders(conv) == ["Inés", "Rodrigo", "Rodrigo", "Inés"]
    assert walls(conv) == [
        "2026-12-02T21:15:03",
        "2026-12-02T23:50:20",
        "2026-12-03T00:10:00",
        "2026-12-03T12:00:00",
    ]
    assert bytes(conv.kind) == bytes([T, M, T, M])


def test_it_reads_a_telegram_export_from_a_spanish_language_app():
    conv = parse_one("telegram_es.json", tz=MEXICO_CITY)
    assert conv.source_format == "telegram"
    assert conv.title == "Vecinos"
    assert conv.participants == ("Lupita Díaz", "Martín Soto")
    # Creating the group, pinning and inviting are service notices; the call counts.
    assert len(conv) == 7
    L, Ma = "Lupita Díaz", "Martín Soto"
    assert senders(conv) == [L, Ma, Ma, L, Ma, Ma, L]
    assert walls(conv) == [
        "2025-05-10T09:05:00",
        "2025-05-10T09:40:00",
        "2025-05-10T09:41:00",
        "2025-05-10T10:15:00",
        "2025-05-10T10:20:00",
        "2025-05-10T20:00:00",
        "2025-05-11T08:30:00",
    ]
    # A photo and a voice message whose files were left out ("Archivo no incluido"), and
    # "Mensaje eliminado" as a whole message's text.
    assert bytes(conv.kind) == bytes([T, T, M, M, D, C, T])
    assert conv.length[1] == len("Sí, yo me encargo")
    assert conv.length[4] == 0


@pytest.mark.parametrize(
    "value, seconds",
    [
        ("9:15 p. m.", 21 * 3600 + 15 * 60),
        ("9:15\u202fp.\u202fm.", 21 * 3600 + 15 * 60),
        ("9:15\u00a0p.\u00a0m.", 21 * 3600 + 15 * 60),
        ("9:15\u202fp.\u00a0m.", 21 * 3600 + 15 * 60),
        ("9:15 p.m.", 21 * 3600 + 15 * 60),
        ("12:10:00\u202fa.\u202fm.", 10 * 60),
        ("12:00 p. m.", 12 * 3600),
        ("7:45 a. m.", 7 * 3600 + 45 * 60),
    ],
)
def test_it_reads_spanish_am_and_pm(value, seconds):
    assert seconds_of_day(value.encode()) == seconds
    assert seconds_of_day_many([value.encode()]) == [seconds]


@pytest.mark.parametrize(
    "body, kind",
    [
        (
            "Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de "
            "este chat, ni siquiera WhatsApp, puede leerlos ni escucharlos.",
            SYSTEM,
        ),
        ("\u200eMensajes y llamadas cifrados de extremo a extremo.", SYSTEM),
        ("\u200eCamila Reyes creó el grupo “Lectura”", SYSTEM),
        ("\u200eCamila Reyes te añadió", SYSTEM),
        ("\u200eAndrés salió del grupo", SYSTEM),
        ("<Multimedia omitido>", M),
        ("\u200eimagen omitida", M),
        ("\u200eaudio omitido", M),
        ("\u200eSe eliminó este mensaje.", D),
        ("Este mensaje fue eliminado", D),
        ("Eliminaste este mensaje.", D),
        ("\u200eLlamada de voz perdida", C),
        ("\u200eVideollamada perdida", C),
        # Without the invisible mark, a person may write about a group: a message.
        ("Camila creó el grupo", T),
        ("¿Ya viste el mensaje?", T),
    ],
)
def test_it_classifies_spanish_notices_and_placeholders(body, kind):
    assert classify_body(body) == kind


SPANISH = {
    "The file is larger than the %(size)s limit. Exporting without media keeps a chat export "
    "small.": "El archivo pasa del límite de %(size)s.",
    "This file does not look like a chat export we can read. Supported: %(formats)s.": (
        "Leemos: %(formats)s."
    ),
    errors.SUPPORTED_FORMATS: "WhatsApp y otros",
}


def spanish_plural(singular, plural, n):
    words_for = {"%(n)d hour": ("%(n)d hora", "%(n)d horas")}
    one, many = words_for.get(singular, (singular, plural))
    return one if n == 1 else many


def test_errors_keep_a_code_and_parameters_and_are_worded_when_read(monkeypatch):
    exc = errors.too_large(25_000_000)
    assert exc.code == "too_large"
    assert exc.params == {"size": "25 MB"}
    assert exc.message.startswith("The file is larger than the 25 MB limit.")
    # Parallel workers send errors back pickled: the parameters travel with them.
    assert pickle.loads(pickle.dumps(exc)).message == exc.message  # noqa: S301 - our own bytes
    # The engine imports no Django; whatever translation is installed words the message
    # when it is read, not when the error was raised.
    monkeypatch.setattr(wording, "_gettext", lambda text: SPANISH.get(text, text))
    monkeypatch.setattr(wording, "_ngettext", spanish_plural)
    assert exc.message == "El archivo pasa del límite de 25 MB."
    assert errors.unknown_format().message == "Leemos: WhatsApp y otros."
    assert format_duration(3 * 3600 + 20 * 60) == "3 horas 20 minutes"


SPANISH_PHRASES = (
    ("¿Estamos bien?", 0),
    ("¿estás enojada conmigo?", 1),
    ("estas molesto conmigo", 1),
    ("¿Hice algo mal?", 2),
    ("¿qué te hice?", 2),
    ("¿Todavía me quieres?", 3),
    ("aun me extrañas", 3),
    ("¿Me estás ignorando?", 4),
    ("¿Soy demasiado?", 5),
)


@pytest.mark.parametrize("phrase, category", SPANISH_PHRASES)
def test_it_finds_spanish_reassurance_seeking_in_every_format(phrase, category):
    assert reassurance_categories(f"Oye, {phrase}") == [category]
    assert reassurance_hits(["hola", f"Oye, {phrase}"]) == [(1, category)]
    # The WhatsApp scan over whole chunks finds the same.
    text = f"1/2/24, 09:00 - Robin: Oye {phrase}\n1/2/24, 09:05 - Sam: hm\n"
    [conv] = parse_export(text.encode(), filename="chat.txt", tz=UTC)
    assert [c for _, c in conv.reassurance] == [category]


def test_ordinary_spanish_is_not_reassurance_seeking():
    assert reassurance_categories("Estamos bienvenidos, ya hice la cena y te quiero") == []
