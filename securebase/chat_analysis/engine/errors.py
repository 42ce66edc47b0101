"""The one error every parser raises for input it cannot use.

Each error carries a short machine-readable `code` (tests and views branch on it), the
`params` its sentence needs, and a `message` written for the person who uploaded the file:
what went wrong and what to do next. The sentence is kept in English (`template`, marked
with `gettext_noop` for the catalog) and put together when `message` is read, in the
language of that moment (engine/words.py): the engine stays free of Django, and the same
error reads in Spanish on a Spanish page. Nothing in a message quotes the file's content.
"""

from __future__ import annotations

from .words import _, gettext_noop

SUPPORTED_FORMATS = gettext_noop(
    "WhatsApp (.txt or .zip), Telegram Desktop (.json), Facebook Messenger or Instagram "
    "(.json), Signal (signal-export text), iMessage (imessage-exporter HTML), or a CSV file "
    "with timestamp, sender and text columns"
)


class ChatImportError(Exception):
    """A file we cannot analyse, with a message that can be shown to its owner as is."""

    def __init__(self, code: str, template: str, **params: object) -> None:
        super().__init__(code, template)
        self.code = code
        self.template = template
        self.params = params

    @property
    def message(self) -> str:
        params = {
            key: _(value) if value is SUPPORTED_FORMATS else value
            for key, value in self.params.items()
        }
        text = _(self.template)
        return text % params if params else text

    def __str__(self) -> str:
        return self.message

    def __reduce__(self):  # pickled by parallel workers, with its params
        return _rebuild, (self.code, self.template, self.params)


def _rebuild(code: str, template: str, params: dict) -> ChatImportError:
    return ChatImportError(code, template, **params)


def megabytes(limit: int) -> str:
    return f"{limit / 1_000_000:g} MB"


def empty_file() -> ChatImportError:
    return ChatImportError(
        "empty",
        gettext_noop(
            "The file is empty. Export the chat again and upload the file the app creates."
        ),
    )


def too_large(limit: int) -> ChatImportError:
    return ChatImportError(
        "too_large",
        gettext_noop(
            "The file is larger than the %(size)s limit. Exporting without media keeps a chat "
            "export small."
        ),
        size=megabytes(limit),
    )


def too_large_unzipped(limit: int) -> ChatImportError:
    return ChatImportError(
        "zip_too_large",
        gettext_noop(
            "The chat inside this zip file unpacks to more than %(size)s, which is over the "
            "limit. Exporting without media keeps a chat export small."
        ),
        size=megabytes(limit),
    )


def image_file() -> ChatImportError:
    return ChatImportError(
        "image",
        gettext_noop(
            "This looks like a photo or other image, not a chat export. In the messaging app, "
            "use “Export chat” and upload the file it creates."
        ),
    )


def damaged_zip() -> ChatImportError:
    return ChatImportError(
        "zip_damaged",
        gettext_noop(
            "This zip file is damaged or incomplete — perhaps the download stopped early. "
            "Please export or download it again."
        ),
    )


def encrypted_zip() -> ChatImportError:
    return ChatImportError(
        "zip_encrypted",
        gettext_noop(
            "This zip file is protected with a password, so it cannot be read. Please upload "
            "the export without a password."
        ),
    )


def zip_without_chat() -> ChatImportError:
    return ChatImportError(
        "zip_no_chat",
        gettext_noop(
            "This zip file does not contain a chat export (a .txt, .json, .csv or .html file)."
        ),
    )


def not_utf8() -> ChatImportError:
    return ChatImportError(
        "encoding",
        gettext_noop(
            "This file is not UTF-8 text, the encoding messaging apps use for exports. It may "
            "have been opened and saved again by another program; please upload the file "
            "exactly as the app exported it."
        ),
    )


def unknown_format() -> ChatImportError:
    return ChatImportError(
        "unknown_format",
        gettext_noop(
            "This file does not look like a chat export we can read. Supported: %(formats)s."
        ),
        formats=SUPPORTED_FORMATS,
    )


def damaged_json() -> ChatImportError:
    return ChatImportError(
        "json_damaged",
        gettext_noop(
            "This JSON export is incomplete or damaged, so it cannot be read. Please export "
            "the chat again."
        ),
    )


def no_messages() -> ChatImportError:
    return ChatImportError("no_messages", gettext_noop("We found no messages in this file."))


def one_participant(name: str) -> ChatImportError:
    return ChatImportError(
        "one_participant",
        gettext_noop(
            "Only one person (%(name)s) wrote in this chat, so there are no replies to "
            "measure. Please export a chat with at least two people in it."
        ),
        name=name,
    )


def message_too_large(limit: int) -> ChatImportError:
    return ChatImportError(
        "message_too_large",
        gettext_noop(
            "One message in this file is larger than %(size)s, more than we read for a single "
            "message. Please export the chat again without media."
        ),
        size=megabytes(limit),
    )


def too_many_messages(limit: int) -> ChatImportError:
    return ChatImportError(
        "too_many_messages",
        gettext_noop(
            "This chat has more than %(limit)s messages, more than we read in one upload. The "
            "command-line version (manage.py analyze_chat) reads larger chats on your own "
            "computer."
        ),
        limit=f"{limit:,}",
    )


def too_slow() -> ChatImportError:
    return ChatImportError(
        "too_slow",
        gettext_noop(
            "Reading this chat took longer than we allow for one upload, so we stopped. "
            "Nothing from it was kept. Please try again in a few minutes, or use the "
            "command-line version (manage.py analyze_chat) on your own computer."
        ),
    )
