"""Intake documents for both sides, and the clinician's start of a telehealth session."""

from __future__ import annotations

import contextlib

from django.apps import apps
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_http_methods, require_safe

from securebase.accounts.guards import clinicians_only
from securebase.bookings import queries as booking_queries
from securebase.core.downloads import download
from securebase.core.markdown import render_markdown
from securebase.core.throttling import client_ip
from securebase.privacy.services import record_access
from securebase.records import pdf, queries, services
from securebase.records.forms import SendPacketForm, SignForm, StartSessionForm

CARE_APP = "securebase.care"


@login_required
@require_safe
def mine(request):
    """The client's documents: what is waiting for a signature, and what they signed."""
    packets = queries.packets_for_client(request.user)
    documents = [document for packet in packets for document in packet.documents.all()]
    outstanding = [d for d in documents if not hasattr(d, "signature")]
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
        messages.success(request, f"The documents are sent to {name}.")
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
        back_label="the consultation",
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
        request, client=relationship.client, back=back, back_label="the client's page", done=back
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
    form = None
    if signature is None and is_client:
        form = SignForm(request.POST or None, expected_name=packet.client_name)
        if request.method == "POST" and form.is_valid():
            with contextlib.suppress(services.AlreadySigned):
                services.sign_document(
                    document=document,
                    signer=request.user,
                    typed_name=form.cleaned_data["typed_name"],
                    ip_address=client_ip(request) or None,
                    now=timezone.now(),
                )
            messages.success(request, f"Signed: {document.version.template.title}.")
            return redirect("records:mine")
    elif request.method == "POST":
        return redirect("records:document", uid=document.uid)
    text = signature.text if signature else services.document_text(document.version)
    context = {
        "document": document,
        "signature": signature,
        "html": render_markdown(text),
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
    record_access(
        viewer=request.user,
        subject=booking.client,
        subject_email=booking.email,
        action="viewed telehealth session start",
        detail=str(booking.uid),
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
        messages.success(request, "Session started: identity, location and contact recorded.")
        return redirect("bookings:clinic_booking", uid=booking.uid)
    context = {
        "booking": booking,
        "form": form,
        "started": started,
        "practice_tz": booking_queries.practice_tz(),
    }
    return render(request, "records/start_session.html", context)
