"""The crisis resources the site shows, in English and Spanish: the one list every page uses.

Pure module: standard library only, no Django. The footer, the "Need help now?" page, the crisis
panel, the safety plan and the error page all render from ``RESOURCES`` (through the template
tags in ``core/templatetags/crisis.py``), and a test checks that every ``tel:`` and ``sms:`` link
the site renders is one of the contacts below. Change a number here and it changes everywhere.

Sources, checked when this list was written: 988lifeline.org and 988lineadevida.org (988, press
2 for Spanish, text AYUDA to 988), crisistextline.org (text HOME to 741741, AYUDA for Spanish),
thetrevorproject.org (1-866-488-7386), thehotline.org (1-800-799-7233, text START to 88788).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

ENGLISH = "en"
SPANISH = "es"
LANGUAGES = (ENGLISH, SPANISH)

# Whose safety the words were about, as the risk screen reports it: the writer's from
# themselves, someone else's from the writer, or the writer's from someone else.
SELF = "self"
OTHERS = "others"
DANGER = "danger"
CONCERNS = (SELF, OTHERS, DANGER)

CALL = "tel"
TEXT = "sms"


@dataclass(frozen=True, slots=True)
class Words:
    """One piece of text in both languages."""

    en: str
    es: str

    def __call__(self, language: str) -> str:
        return self.es if language == SPANISH else self.en


@dataclass(frozen=True, slots=True)
class Contact:
    """One way to reach a resource: a call or a text, with the link a phone opens.

    ``languages`` lists who the contact is for: texting HOME is the English service, texting
    AYUDA the Spanish one; a phone number is for both (the label says to press 2).
    """

    kind: str
    number: str
    label: Words
    body: str = ""
    languages: tuple[str, ...] = LANGUAGES

    @property
    def href(self) -> str:
        """``tel:988`` or ``sms:741741?&body=HOME``.

        ``?&body=`` is the form both iOS and Android messaging apps read as the message text.
        """
        if self.kind == TEXT and self.body:
            return f"sms:{self.number}?&body={self.body}"
        return f"{self.kind}:{self.number}"


@dataclass(frozen=True, slots=True)
class Resource:
    """A crisis service: who it is for, and every way to reach it."""

    key: str
    name: Words
    about: Words
    contacts: tuple[Contact, ...]
    emergency: bool = False
    # An online chat in English, a link the person may follow (it leaves this site).
    chat_url: str = ""

    def contacts_in(self, language: str) -> tuple[Contact, ...]:
        return tuple(contact for contact in self.contacts if language in contact.languages)


LIFELINE = Resource(
    key="988",
    name=Words("988 Suicide & Crisis Lifeline", "988 Línea de Prevención del Suicidio y Crisis"),
    about=Words(
        "Free and confidential, any hour, for anyone in emotional distress or thinking about "
        "suicide. In Spanish: call 988 and press 2, or text AYUDA to 988.",
        "Gratuita y confidencial, a cualquier hora, para quien esté pasando por una crisis o "
        "pensando en el suicidio. Llama al 988 y marca 2, o envía AYUDA al 988.",
    ),
    contacts=(
        Contact(CALL, "988", Words("Call 988", "Llama al 988 y marca 2")),
        Contact(TEXT, "988", Words("Text 988", "Envía un texto al 988"), languages=(ENGLISH,)),
        Contact(
            TEXT,
            "988",
            Words("Text AYUDA to 988", "Envía AYUDA al 988"),
            body="AYUDA",
            languages=(SPANISH,),
        ),
    ),
    chat_url="https://988lifeline.org/chat",
)

CRISIS_TEXT_LINE = Resource(
    key="crisis-text-line",
    name=Words("Crisis Text Line", "Crisis Text Line en español"),
    about=Words(
        "Text with a trained crisis counselor, any hour. Text HOME to 741741; AYUDA for Spanish.",
        "Escribe con un consejero capacitado, a cualquier hora. Envía AYUDA al 741741.",
    ),
    contacts=(
        Contact(
            TEXT,
            "741741",
            Words("Text HOME to 741741", "Envía HOME al 741741"),
            body="HOME",
            languages=(ENGLISH,),
        ),
        Contact(
            TEXT,
            "741741",
            Words("Text AYUDA to 741741", "Envía AYUDA al 741741"),
            body="AYUDA",
            languages=(SPANISH,),
        ),
    ),
)

EMERGENCY = Resource(
    key="911",
    name=Words("Emergency", "Emergencias"),
    about=Words(
        "If you or someone else is in immediate danger, call 911 or go to the nearest "
        "emergency room.",
        "Si tú u otra persona están en peligro inmediato, llama al 911 o ve a la sala de "
        "emergencias más cercana.",
    ),
    contacts=(Contact(CALL, "911", Words("Call 911", "Llama al 911")),),
    emergency=True,
)

TREVOR = Resource(
    key="trevor",
    name=Words("The Trevor Project", "The Trevor Project"),
    about=Words(
        "For LGBTQ+ young people, any hour: 1-866-488-7386.",
        "Para jóvenes LGBTQ+, a cualquier hora: 1-866-488-7386.",
    ),
    contacts=(
        Contact(CALL, "18664887386", Words("Call 1-866-488-7386", "Llama al 1-866-488-7386")),
    ),
)

DOMESTIC_VIOLENCE = Resource(
    key="domestic-violence",
    name=Words("National Domestic Violence Hotline", "Línea Nacional sobre la Violencia Doméstica"),
    about=Words(
        "If a partner or ex frightens, controls or hurts you, or you fear you might hurt them: "
        "1-800-799-7233, or text START to 88788. Spanish-speaking advocates answer too.",
        "Si tu pareja o expareja te asusta, te controla o te lastima, o temes hacerle daño: "
        "1-800-799-7233, o envía START al 88788. Hay intercesores que hablan español.",
    ),
    contacts=(
        Contact(CALL, "18007997233", Words("Call 1-800-799-7233", "Llama al 1-800-799-7233")),
        Contact(TEXT, "88788", Words("Text START to 88788", "Envía START al 88788"), body="START"),
    ),
)

RESOURCES: tuple[Resource, ...] = (
    LIFELINE,
    CRISIS_TEXT_LINE,
    EMERGENCY,
    TREVOR,
    DOMESTIC_VIOLENCE,
)


# The Spanish-language ways in, which the footer of every page lists under "En español".
SPANISH_OPTIONS: tuple[Contact, ...] = tuple(
    contact
    for resource in (LIFELINE, CRISIS_TEXT_LINE)
    for contact in resource.contacts_in(SPANISH)
)


def language_or_default(language: str | None) -> str:
    """``language`` if the site speaks it, else English."""
    return language if language in LANGUAGES else ENGLISH


def concern_or_default(concern: str | None) -> str:
    """``concern`` if it is one the site answers, else ``SELF``."""
    return concern if concern in CONCERNS else SELF


def resources_for(concern: str = SELF) -> tuple[Resource, ...]:
    """Every resource, in the order to show them for ``concern``.

    Words about hurting someone else, or about someone else threatening or hurting the
    writer, put 911 and the domestic violence hotline first: a suicide line alone would not
    answer that danger.
    """
    if concern not in (OTHERS, DANGER):
        return RESOURCES
    first = (EMERGENCY, DOMESTIC_VIOLENCE)
    return first + tuple(resource for resource in RESOURCES if resource not in first)


def all_contacts(resources: Iterable[Resource] = RESOURCES) -> tuple[Contact, ...]:
    """Every contact of ``resources`` (all of them by default), in order."""
    return tuple(contact for resource in resources for contact in resource.contacts)
