"""A signed document as PDF, drawn by fpdf2 from the same sanitized HTML the page shows."""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

from django.conf import settings
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
    """The signed copy: its text, then who signed which version, when, from where, and the hash."""
    pdf = FPDF(format="Letter")
    pdf.set_title(f"{signature.title} (version {signature.version_number}, signed)")
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
    heading = f"{settings.PRACTICE['name']} · version {signature.version_number}"
    pdf.multi_cell(0, 5, plain(heading), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font(family, "", 11)
    pdf.write_html(plain(render_markdown(signature.text)))
    pdf.ln(6)
    lines = [
        f"Signed by typing the name: {signature.typed_name}",
        f"Signer's email: {signature.signer_email}",
        f"Signed at: {dates.moment_text(signature.signed_at, time_zone, name_zone=True)} "
        f"({dates.zone_label(time_zone)})",
        f"From the address: {signature.ip_address or 'not recorded'}",
        f"Document: {signature.title}, version {signature.version_number}",
        f"SHA-256 of the text signed: {signature.content_hash}",
    ]
    pdf.set_font(family, "B", 11)
    pdf.multi_cell(0, 6, "Signature", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 10)
    for line in lines:
        pdf.multi_cell(0, 5, plain(line), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
