"""Every system line WhatsApp writes, in every language the notices are read in, is dropped
on both platforms: Android writes it without a sender, iOS as if the chat's name had sent
it, behind an invisible left-to-right mark. Calls stay messages, of the call kind."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from securebase.chat_analysis.engine.conversation import Kind
from securebase.chat_analysis.engine.parsers import parse_export
from securebase.chat_analysis.engine.phrases import SYSTEM, classify_body

UTC = ZoneInfo("UTC")

SYSTEM_LINES = {
    "en": (
        "Messages and calls are end-to-end encrypted. No one outside of this chat, not even "
        "WhatsApp, can read or listen to them. Tap to learn more.",
        "Messages and calls are end-to-end encrypted. Only people in this chat can read, "
        "listen to, or share them. Learn more.",
        "Messages to this group are now secured with end-to-end encryption. Tap for more info.",
        "Your security code with Alex changed. Tap to learn more.",
        "Alex's security code changed. Tap to learn more.",
        "Alex changed their phone number to a new number. Tap to message or add the new number.",
        "Disappearing messages were turned off.",
        "Alex turned on disappearing messages. New messages will disappear from this chat 7 "
        "days after they're sent, except when kept. Tap to change.",
        "You turned off disappearing messages.",
        "Alex uses a default timer for disappearing messages in new chats. All new messages "
        "will disappear from this chat 24 hours after they're sent, except when kept. Tap to "
        "update your own default timer.",
        "You blocked this contact. Tap to unblock.",
        "You unblocked this contact.",
        "This chat is with a business account. Tap to learn more.",
        "This business is now using a secure service from Meta to manage this chat. Tap to "
        "learn more.",
        "Alex created group “Trip”",
        "Alex added Sam",
        "You were added",
        "Alex left",
        "Alex joined using this group's invite link",
        "Alex changed the subject to “Trip 2”",
        "Alex changed this group's icon",
        "Alex deleted this group's icon",
        "Alex pinned a message",
        "You're now an admin",
    ),
    "de": (
        "Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand außerhalb dieses "
        "Chats, nicht einmal WhatsApp, kann sie lesen oder anhören.",
        "Dein Sicherheitscode für Alex hat sich geändert. Tippe, um mehr zu erfahren.",
        "Selbstlöschende Nachrichten wurden deaktiviert.",
        "Alex hat selbstlöschende Nachrichten aktiviert. Neue Nachrichten verschwinden 7 Tage "
        "nach dem Senden aus diesem Chat.",
        "Du hast diesen Kontakt blockiert.",
        "Alex hat die Gruppe „Reise“ erstellt",
        "Alex hat Sam hinzugefügt",
    ),
    "es": (
        "Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este "
        "chat, ni siquiera WhatsApp, puede leerlos ni escucharlos.",
        "Tu código de seguridad con Alex cambió. Toca para obtener más información.",
        "Los mensajes temporales se desactivaron.",
        "Alex activó los mensajes temporales. Los mensajes nuevos desaparecerán de este chat 7 "
        "días después de su envío.",
        "Bloqueaste a este contacto.",
        "Alex creó el grupo “Viaje”",
    ),
    "fr": (
        "Les messages et les appels sont chiffrés de bout en bout. Aucun tiers, pas même "
        "WhatsApp, ne peut les lire ou les écouter.",
        "Votre code de sécurité avec Alex a changé. Appuyez pour en savoir plus.",
        "Les messages éphémères ont été désactivés.",
        "Alex a activé les messages éphémères. Les nouveaux messages disparaîtront de cette "
        "discussion 7 jours après leur envoi.",
        "Vous avez bloqué ce contact.",
    ),
    "pt": (
        "As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta.",
        "Seu código de segurança com Alex mudou. Toque para saber mais.",
        "As mensagens temporárias foram desativadas.",
        "Alex ativou as mensagens temporárias. Novas mensagens vão desaparecer desta conversa 7 "
        "dias após o envio.",
        "Você bloqueou este contato.",
    ),
    "it": (
        "I messaggi e le chiamate sono crittografati end-to-end. Nessuno al di fuori di questa "
        "chat, nemmeno WhatsApp, può leggerne il contenuto.",
        "Il tuo codice di sicurezza con Alex è cambiato. Tocca per saperne di più.",
        "I messaggi effimeri sono stati disattivati.",
        "Alex ha attivato i messaggi effimeri. I nuovi messaggi scompariranno da questa chat "
        "dopo 7 giorni.",
        "Hai bloccato questo contatto.",
    ),
    "nl": (
        "Berichten en oproepen zijn end-to-end versleuteld. Niemand buiten deze chat kan ze "
        "lezen of beluisteren, zelfs WhatsApp niet.",
        "Je beveiligingscode met Alex is gewijzigd. Tik voor meer informatie.",
        "Verdwijnende berichten zijn uitgeschakeld.",
        "Alex heeft verdwijnende berichten ingeschakeld. Nieuwe berichten verdwijnen 7 dagen "
        "na verzending uit deze chat.",
        "Je hebt dit contact geblokkeerd.",
    ),
}
ALL_LINES = [(language, line) for language, lines in SYSTEM_LINES.items() for line in lines]
CALLS = (
    "Missed voice call",
    "Missed video call, Tap to call back",
    "Silenced voice call, Tap to call back",
    "Voice call, 12 min",
    "Verpasster Sprachanruf",
    "Llamada de voz perdida",
)


def _senders(text: str) -> list[str]:
    [conv] = parse_export(text.encode(), filename="_chat.txt", tz=UTC)
    return [conv.participants[s] for s in conv.sender]


@pytest.mark.parametrize(("language", "line"), ALL_LINES)
def test_it_drops_an_ios_system_line_written_with_the_chats_name(language, line):
    text = (
        "[14/03/2024, 09:00:00] Robin: Hi\n"
        f"[14/03/2024, 09:01:00] Alex: \u200e{line}\n"
        "[14/03/2024, 09:05:00] Alex: Hello\n"
    )
    assert _senders(text) == ["Robin", "Alex"]
    assert classify_body("\u200e" + line) == SYSTEM


@pytest.mark.parametrize(("language", "line"), ALL_LINES)
def test_it_drops_an_android_system_line(language, line):
    text = (
        "14/03/2024, 09:00 - Robin: Hi\n"
        f"14/03/2024, 09:01 - {line}\n"
        "14/03/2024, 09:05 - Alex: Hello\n"
    )
    assert _senders(text) == ["Robin", "Alex"]


@pytest.mark.parametrize("call", CALLS)
def test_it_keeps_a_call_as_a_message_of_the_call_kind(call):
    text = (
        "[14/03/2024, 09:00:00] Robin: Hi\n"
        f"[14/03/2024, 09:01:00] Alex: \u200e{call}\n"
        "[14/03/2024, 09:05:00] Alex: Hello\n"
    )
    [conv] = parse_export(text.encode(), filename="_chat.txt", tz=UTC)
    assert list(conv.kind) == [Kind.TEXT, Kind.CALL, Kind.TEXT]


@pytest.mark.parametrize(
    "message",
    ["I added you to the list", "Alex left early today", "are we okay?", "My code changed"],
)
def test_it_keeps_a_persons_message_that_resembles_a_notice(message):
    text = f"[14/03/2024, 09:00:00] Robin: Hi\n[14/03/2024, 09:01:00] Alex: {message}\n"
    assert _senders(text) == ["Robin", "Alex"]
