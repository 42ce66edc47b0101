"""Intake documents for both sides, and the clinician's start of a telehealth session."""

from __future__ import annotations

import contextlib

from django.apps import apps
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import format_html
from django.utils.translation import gettext
from django.views.decorators.http import require_http_methods, require_safe

from securebase.accounts.guards import clinicians_only
from securebase.bookings import queries as booking_queries
from securebase.bookings.audit import record_booking_access
from securebase.core.downloads import download
from securebase.core.markdown import render_markdown
from securebase.core.throttling import client_ip
from securebase.privacy.services import record_access
from securebase.records import queries, services
from securebase.records.forms import SendPacketForm, SignForm, StartSessionForm
from securebase.records.models import ENGLISH, SPANISH

CARE_APP = "securebase.care"


@login_required
@require_safe
def mine(request):
    """The client's documents: what is waiting for a signature, and what they signed."""
    packets = queries.packets_for_client(request.user)
    documents = [document for packet in packets for document in packet.documents.all()]
    outstanding = [d for d in documents if not hasattr(d, "signature")]
    wanted = translation.get_language() or ENGLISH
    for d in outstanding:
        # The title in the language the client will read the text in.
        d.text_language = d.version.language_for(wanted)
        d.title = d.version.template.title_in(d.text_language)
    signed = [d for d in documents if hasattr(d, "signature")]
    return render(request, "records/mine.html", {"outstanding": outstanding, "signed": signed})


@clinicians_only
@require_safe
def clinic(request):
    """The clinician's sent packets, each with what is signed and what is outstanding."""
    return render(
        request, "records/clinic.html", {"packets": queries.packets_sent_by(request.user)}
    )


def _send(request, *, client, booking=None, back: str, back_label: str, done: str):
    """The sending form, for a client with an account; ``back`` is where the page came from,
    ``done`` where the clinician sees what is outstanding once it is sent."""
    name = booking.full_name if booking else client.full_name or client.email
    data = request.POST if request.method == "POST" else None
    form = SendPacketForm(data) if client is not None else None
    if form is not None and request.method == "POST" and form.is_valid():
        services.send_packet(
            clinician=request.user,
            client=client,
            templates=list(form.cleaned_data["templates"]),
            booking=booking,
            now=timezone.now(),
        )
        messages.success(request, gettext("The documents are sent to %(name)s.") % {"name": name})
        return redirect(done)
    context = {
        "booking": booking,
        "client": client,
        "form": form,
        "back": back,
        "back_label": back_label,
        "name": name,
    }
    status = 400 if form is not None and form.errors else 200
    return render(request, "records/send.html", context, status=status)


@clinicians_only
@require_http_methods(["GET", "POST"])
def send_packet(request, booking_uid):
    """From a consultation: send the client the documents to read and sign."""
    booking = booking_queries.access_booking(request.user, booking_uid)
    back = reverse("bookings:clinic_booking", args=[booking.uid])
    return _send(
        request,
        client=booking.client,
        booking=booking,
        back=back,
        back_label=gettext("Back to the consultation"),
        done=reverse("records:clinic"),
    )


@clinicians_only
@require_http_methods(["GET", "POST"])
def send_to_client(request, client_id: int):
    """From the care team's client page: send a connected client the documents to sign."""
    if not apps.is_installed(CARE_APP):
        raise Http404
    from securebase.care.queries import access_client

    relationship = access_client(request.user, client_id)
    back = reverse("care:client", args=[client_id])
    return _send(
        request,
        client=relationship.client,
        back=back,
        back_label=gettext("Back to the client’s page"),
        done=back,
    )


@login_required
@require_http_methods(["GET", "POST"])
def document(request, uid):
    """One document: the client reads and signs it; afterwards both sides see the signed copy."""
    document = queries.access_document(request.user, uid)
    packet = document.packet
    signature = getattr(document, "signature", None)
    is_client = request.user.pk == packet.client_id
    if not is_client:
        record_access(
            viewer=request.user,
            subject=packet.client,
            subject_email=packet.client_email,
            action="viewed intake document",
            detail=str(document.uid),
        )
    # The text in the page's language when the version has it (a signed-in client's page
    # speaks their account's language), else in English.
    page_language = translation.get_language() or ENGLISH
    shown = signature.language if signature else document.version.language_for(page_language)
    form = None
    if signature is None and is_client:
        form = SignForm(request.POST or None, expected_name=packet.client_name, language=shown)
        if request.method == "POST" and form.is_valid():
            with contextlib.suppress(services.AlreadySigned):
                services.sign_document(
                    document=document,
                    signer=request.user,
                    typed_name=form.cleaned_data["typed_name"],
                    ip_address=client_ip(request) or None,
                    now=timezone.now(),
                    language=form.cleaned_data["language"] or shown,
                )
            title = document.version.template.title_in(shown)
            if shown != page_language:
                title = format_html('<span lang="{}">{}</span>', shown, title)
            messages.success(request, format_html(gettext("Signed: {title}."), title=title))
            return redirect("records:mine")
    elif request.method == "POST":
        return redirect("records:document", uid=document.uid)
    if signature:
        text, title = signature.text, signature.title
    else:
        text = services.document_text(document.version, shown)
        title = document.version.template.title_in(shown)
    context = {
        "document": document,
        "signature": signature,
        "title": title,
        "page_language": page_language,
        "html": render_markdown(text),
        "text_language": shown,
        # A Spanish page showing a document that has no Spanish text says so, in Spanish.
        "only_in_english": page_language == SPANISH and shown == ENGLISH,
        "form": form,
        "is_client": is_client,
    }
    return render(request, "records/document.html", context)


@login_required
@require_safe
def document_pdf(request, uid):
    """The signed copy as a PDF download (404 until it is signed)."""
    document = queries.access_document(request.user, uid)
    signature = getattr(document, "signature", None)
    if signature is None:
        raise Http404
    if request.user.pk != document.packet.client_id:
        record_access(
            viewer=request.user,
            subject=document.packet.client,
            subject_email=document.packet.client_email,
            action="downloaded signed intake document",
            detail=str(document.uid),
        )
    # Imported here: fpdf2 and its font tools take about a fifth of a second to load, which
    # every process that loads the URLs (management commands too) would otherwise pay. A
    # server loads it before forking its workers (the ``warm_up`` hook).
    from securebase.records import pdf

    return download(
        pdf.signed_pdf(signature, time_zone=request.user.tzinfo),
        filename=f"{document.version.template.kind}-v{signature.version_number}-signed.pdf",
        content_type="application/pdf",
    )


@clinicians_only
@require_http_methods(["GET", "POST"])
def start_session(request, booking_uid):
    """The clinician's checks at the start of a telehealth session: identity, place, contact."""
    booking = booking_queries.access_booking(request.user, booking_uid)
    if not booking.is_telehealth:
        raise Http404
    started = queries.session_start_of(booking)
    initial = {"address": booking.session_address, "emergency_contact": booking.emergency_contact}
    form = StartSessionForm(request.POST or None, initial=initial)
    record_booking_access(
        viewer=request.user, booking=booking, action="viewed telehealth session start"
    )
    if started is None and request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        services.start_session(
            booking=booking,
            clinician=request.user,
            identity_confirmed=data["identity_confirmed"],
            in_california=data["in_california"],
            address=data["address"].strip(),
            emergency_contact=data["emergency_contact"].strip(),
            now=timezone.now(),
        )
        if not data["in_california"]:
            return render(request, "records/outside_california.html", {"booking": booking})
        messages.success(
            request, gettext("Session started: identity, location and contact recorded.")
        )
        return redirect("bookings:clinic_booking", uid=booking.uid)
    context = {
        "booking": booking,
        "form": form,
        "started": started,
        "practice_tz": booking_queries.practice_tz(),
    }
    return render(request, "records/start_session.html", context)
