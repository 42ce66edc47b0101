"""A signed document as PDF, drawn by fpdf2 from the same sanitized HTML the page shows."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext
from fpdf import FPDF

from securebase.core import dates
from securebase.core.markdown import render_markdown
from securebase.records.models import Signature

# DejaVu covers the curly quotes, dashes and accents documents are written with; fpdf2's
# built-in fonts are Latin-1 only and are the fallback where DejaVu is not installed.
FONT_DIR = Path(settings.RECORDS_PDF_FONT_DIR)
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf", "I": "DejaVuSans-Oblique.ttf"}
FONT_FILES["BI"] = "DejaVuSans-BoldOblique.ttf"
LATIN_1_STAND_INS = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def _font(pdf: FPDF) -> tuple[str, bool]:
    """Register DejaVu if every face is installed; say which family to use and if it is Unicode."""
    if all((FONT_DIR / name).is_file() for name in FONT_FILES.values()):
        for style, name in FONT_FILES.items():
            pdf.add_font("DejaVu", style, str(FONT_DIR / name))
        return "DejaVu", True
    return "Helvetica", False


def signed_pdf(signature: Signature, *, time_zone: ZoneInfo) -> bytes:
    """The signed copy: its text, then who signed which version, when, from where, in which
    language, and the hash. Written wholly in the language signed."""
    with translation.override(signature.language):
        return _signed_pdf(signature, time_zone=time_zone)


def _signed_pdf(signature: Signature, *, time_zone: ZoneInfo) -> bytes:
    pdf = FPDF(format="Letter")
    pdf.set_lang(signature.language)
    numbers = {"title": signature.title, "number": signature.version_number}
    pdf.set_title(gettext("%(title)s (version %(number)s, signed)") % numbers)
    pdf.set_author(settings.PRACTICE["name"])
    pdf.set_margins(20, 20, 20)
    family, unicode = _font(pdf)

    def plain(text: str) -> str:
        if unicode:
            return text
        return text.translate(LATIN_1_STAND_INS).encode("latin-1", "replace").decode("latin-1")

    pdf.add_page()
    pdf.set_font(family, "B", 16)
    pdf.multi_cell(0, 8, plain(signature.title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 9)
    heading = gettext("%(practice)s · version %(number)s") % {
        "practice": settings.PRACTICE["name"],
        "number": signature.version_number,
    }
    pdf.multi_cell(0, 5, plain(heading), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font(family, "", 11)
    pdf.write_html(plain(render_markdown(signature.text)))
    pdf.ln(6)
    when = dates.moment_text(signature.signed_at, time_zone, name_zone=True)
    lines = [
        gettext("Signed by typing the name: %(name)s") % {"name": signature.typed_name},
        gettext("Signer's email: %(email)s") % {"email": signature.signer_email},
        gettext("Signed at: %(when)s (%(zone)s)")
        % {"when": when, "zone": dates.zone_label(time_zone)},
        gettext("From the address: %(address)s")
        % {"address": signature.ip_address or gettext("not recorded")},
        gettext("Document: %(title)s, version %(number)s") % numbers,
        gettext("Language signed: %(language)s") % {"language": signature.get_language_display()},
        gettext("SHA-256 of the text signed: %(hash)s") % {"hash": signature.content_hash},
    ]
    pdf.set_font(family, "B", 11)
    pdf.multi_cell(0, 6, gettext("Signature"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 10)
    for line in lines:
        pdf.multi_cell(0, 5, plain(line), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
