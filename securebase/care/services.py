"""Every write of the care team: invitations, relationships, consent, homework, looks.

Keyword-only, typed, each in one transaction. Emails go out after commit and say only that
there is something new (see emails.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.db import IntegrityError, transaction
from django.db.models import Max, Q
from django.urls import reverse
from django.utils import timezone

from securebase.care import emails, registry
from securebase.care.areas import JOURNAL_ENTRY, Area
from securebase.care.models import Assignment, CareRelationship, Grant, Invitation
from securebase.privacy.services import record_accesses

INVITATION_SALT = "securebase.care.invitation"


# --- invitations --------------------------------------------------------------------------------


class InvitationProblem(Exception):
    """An invitation link that cannot be answered; ``reason`` says why, for the page."""

    INVALID = "invalid"  # tampered with, or no such invitation
    EXPIRED = "expired"
    USED = "used"  # answered (accepted or declined) or withdrawn already
    WRONG_ACCOUNT = "wrong_account"  # signed in as someone other than the invitee
    NOT_A_CLIENT = "not_a_client"  # a clinician or staff account cannot become a client

    def __init__(self, reason: str, invitation: Invitation | None = None):
        super().__init__(reason)
        self.reason = reason
        self.invitation = invitation


def invitation_token(invitation: Invitation) -> str:
    """The signed, timestamped token in an invitation's link."""
    return signing.dumps(str(invitation.nonce), salt=INVITATION_SALT)


def invitation_link(invitation: Invitation) -> str:
    return emails.absolute(reverse("care:invitation", args=[invitation_token(invitation)]))


def read_invitation(token: str, *, now: datetime | None = None) -> Invitation:
    """The pending invitation ``token`` names; InvitationProblem when it cannot be answered.

    Tampered tokens and unknown invitations are INVALID; a link past its validity is EXPIRED;
    an invitation already accepted, declined or withdrawn is USED (the row makes the link
    single-use even while its signature is still valid).
    """
    now = now or timezone.now()
    max_age = timedelta(days=settings.CARE_INVITATION_DAYS)
    try:
        nonce = signing.loads(token, salt=INVITATION_SALT, max_age=max_age)
    except signing.SignatureExpired:
        raise InvitationProblem(InvitationProblem.EXPIRED) from None
    except signing.BadSignature:
        raise InvitationProblem(InvitationProblem.INVALID) from None
    invitation = (
        Invitation.objects.select_related("clinician").filter(nonce=nonce).first()
        if isinstance(nonce, str)
        else None
    )
    if invitation is None:
        raise InvitationProblem(InvitationProblem.INVALID)
    if invitation.status != Invitation.Status.PENDING:
        raise InvitationProblem(InvitationProblem.USED, invitation)
    if invitation.expires_at <= now:
        raise InvitationProblem(InvitationProblem.EXPIRED, invitation)
    return invitation


def check_invitee(invitation: Invitation, user) -> None:
    """InvitationProblem unless ``user`` is the client account the invitation was sent to."""
    if user.email.casefold() != invitation.email.casefold():
        raise InvitationProblem(InvitationProblem.WRONG_ACCOUNT, invitation)
    if not user.is_client:
        raise InvitationProblem(InvitationProblem.NOT_A_CLIENT, invitation)


@transaction.atomic
def invite(
    *,
    clinician,
    email: str,
    language: str = settings.LANGUAGE_CODE,
    booking=None,
    now: datetime | None = None,
) -> Invitation:
    """Invite the person at ``email`` to become ``clinician``'s client in the app.

    Emails them a link (after commit) that works once, for CARE_INVITATION_DAYS days. If the
    mail server refuses it, the invitation stays saved and pending with ``email_failed_at``
    set, so the caseload does not claim it was sent.

    The email is in the invitee's account language when an account has that address, else in
    ``language`` (the clinician's choice on the form, or the page's language).
    """
    now = now or timezone.now()
    email = email.strip().lower()
    account = get_user_model().objects.filter(email__iexact=email).first()
    if account is not None and account.language:
        language = account.language
    invitation = Invitation.objects.create(
        clinician=clinician,
        email=email,
        language=language,
        booking=booking,
        created_at=now,
        expires_at=now + timedelta(days=settings.CARE_INVITATION_DAYS),
    )
    emails.invitation(
        to=invitation.email,
        language=invitation.language,
        link=invitation_link(invitation),
        days=settings.CARE_INVITATION_DAYS,
        on_failure=lambda: _record_email_failure(invitation),
    )
    return invitation


def _record_email_failure(invitation: Invitation) -> None:
    """After commit, outside the invitation's transaction: the email did not go."""
    invitation.email_failed_at = timezone.now()
    Invitation.objects.filter(pk=invitation.pk).update(email_failed_at=invitation.email_failed_at)


def _lock_pending(invitation: Invitation) -> Invitation:
    locked = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if locked.status != Invitation.Status.PENDING:
        raise InvitationProblem(InvitationProblem.USED, locked)
    return locked


@transaction.atomic
def accept_invitation(
    *, invitation: Invitation, user, now: datetime | None = None
) -> CareRelationship:
    """``user`` accepts: the care relationship begins, with every area off.

    Raises InvitationProblem when the invitation was answered meanwhile or ``user`` is not
    its invitee. An existing active relationship with the same clinician is kept as it is.
    """
    now = now or timezone.now()
    check_invitee(invitation, user)
    invitation = _lock_pending(invitation)
    invitation.status = Invitation.Status.ACCEPTED
    invitation.answered_at = now
    invitation.answered_by = user
    invitation.save(update_fields=["status", "answered_at", "answered_by"])
    relationship = CareRelationship.objects.filter(
        client=user, clinician_id=invitation.clinician_id, ended_at__isnull=True
    ).first()
    if relationship is None:
        relationship = CareRelationship.objects.create(
            client=user, clinician_id=invitation.clinician_id, invitation=invitation, started_at=now
        )
    emails.something_new(to=invitation.clinician, path_name="care:caseload")
    return relationship


@transaction.atomic
def decline_invitation(*, invitation: Invitation, user, now: datetime | None = None) -> None:
    """``user`` declines: the clinician sees only the status "Declined"."""
    check_invitee(invitation, user)
    invitation = _lock_pending(invitation)
    invitation.status = Invitation.Status.DECLINED
    invitation.answered_at = now or timezone.now()
    invitation.answered_by = user
    invitation.save(update_fields=["status", "answered_at", "answered_by"])


@transaction.atomic
def withdraw_invitation(*, invitation: Invitation, now: datetime | None = None) -> None:
    """The clinician takes back an unanswered invitation; its link stops working."""
    invitation = _lock_pending(invitation)
    invitation.status = Invitation.Status.WITHDRAWN
    invitation.answered_at = now or timezone.now()
    invitation.save(update_fields=["status", "answered_at"])


# --- relationships and consent ------------------------------------------------------------------


@transaction.atomic
def end_relationship(
    *, relationship: CareRelationship, by, now: datetime | None = None
) -> CareRelationship:
    """End the relationship (``by`` is its client or its clinician) and every grant in it.

    From this moment the clinician sees nothing of the client's; the history of grants stays
    for the client. Ending an ended relationship changes nothing.
    """
    now = now or timezone.now()
    relationship = CareRelationship.objects.select_for_update().get(pk=relationship.pk)
    if relationship.ended_at is not None:
        return relationship
    relationship.ended_at = now
    relationship.ended_by = (
        CareRelationship.EndedBy.CLIENT
        if by.pk == relationship.client_id
        else CareRelationship.EndedBy.CLINICIAN
    )
    relationship.save(update_fields=["ended_at", "ended_by"])
    relationship.grants.filter(revoked_at__isnull=True).update(
        revoked_at=now, closed_because=Grant.Closed.ENDED
    )
    other = relationship.clinician if by.pk == relationship.client_id else relationship.client
    emails.something_new(
        to=other,
        path_name="care:caseload" if other.pk == relationship.clinician_id else "care:sharing",
    )
    return relationship


@transaction.atomic
def close_account(*, user, now: datetime) -> None:
    """Before ``user``'s account is deleted: end their care and keep its records.

    Every relationship in which they are the client ends (their grants close) and keeps their
    name and email, so it survives the account as a record of care. Whatever they shared
    through an area that another app registered (``registry.register_shared_records``) is
    marked kept up to the moment that area was last shared. Invitations sent to them go. A
    clinician's relationships are left alone: they keep the account from being deleted.
    """
    name = user.full_name or user.email
    relationships = CareRelationship.objects.filter(client=user)
    relationships.update(client_name=name, client_email=user.email)
    relationships.filter(ended_at__isnull=True).update(
        ended_at=now, ended_by=CareRelationship.EndedBy.CLIENT
    )
    grants = Grant.objects.filter(relationship__client=user)
    grants.filter(revoked_at__isnull=True).update(revoked_at=now, closed_because=Grant.Closed.ENDED)
    for area, keepers in registry.shared_records().items():
        until = grants.filter(area=area, entry__isnull=True).aggregate(until=Max("revoked_at"))
        if until["until"] is not None:
            for keep in keepers:
                keep(user, until=until["until"], name=name, email=user.email)
    Invitation.objects.filter(Q(email__iexact=user.email) | Q(answered_by=user)).delete()


def _switch(relationship: CareRelationship, *, on: bool, now: datetime, **what) -> None:
    """Open one grant for ``what`` (an area, or a journal entry) or close the open one."""
    open_grants = relationship.grants.filter(revoked_at__isnull=True, **what)
    if not on:
        open_grants.update(revoked_at=now, closed_because=Grant.Closed.REVOKED)
        return
    if open_grants.exists():
        return
    try:
        with transaction.atomic():
            Grant.objects.create(relationship=relationship, granted_at=now, **what)
    except IntegrityError:
        pass  # the same switch sent twice at once: the other request opened it


@transaction.atomic
def set_area(
    *, relationship: CareRelationship, area: Area, on: bool, now: datetime | None = None
) -> None:
    """Turn one area on or off for the relationship's clinician.

    Turning on opens a grant (once: an open grant stays as it is); turning off closes it, and
    the clinician's next request for that area answers 404. An ended relationship changes
    nothing.
    """
    if relationship.ended_at is None:
        _switch(relationship, on=on, now=now or timezone.now(), area=area.key, entry=None)


@transaction.atomic
def share_entry(
    *, relationship: CareRelationship, entry, on: bool, now: datetime | None = None
) -> None:
    """Share one of the client's journal entries with the relationship's clinician, or stop."""
    if relationship.ended_at is None and entry.user_id == relationship.client_id:
        _switch(relationship, on=on, now=now or timezone.now(), area=JOURNAL_ENTRY, entry=entry)


def record_looks(*, viewer, looks: Iterable[tuple[object, Area]], detail: str = "") -> None:
    """One audit row per (client, area) ``viewer`` (a clinician) is being shown, in one insert.

    ``detail`` names the page ("caseload", "client page"); the action names the area.
    """
    record_accesses(
        viewer=viewer,
        shown=[(client, area.action, detail or f"care {area.key}") for client, area in looks],
    )


# --- homework -----------------------------------------------------------------------------------


@transaction.atomic
def assign_homework(
    *,
    relationship: CareRelationship,
    kind: str,
    target: str,
    note: str = "",
    due_on: date | None = None,
    now: datetime | None = None,
) -> Assignment:
    """Give the client something to do; they see it on their home page and get an email
    saying only that there is something new."""
    assignment = Assignment.objects.create(
        relationship=relationship,
        kind=kind,
        target=target,
        note=note,
        due_on=due_on,
        assigned_at=now or timezone.now(),
    )
    emails.something_new(to=relationship.client, path_name="dashboard:home")
    return assignment


@transaction.atomic
def mark_homework_done(*, assignment: Assignment, now: datetime | None = None) -> Assignment:
    """The client says they did it. Done stays done."""
    if assignment.done_at is None:
        assignment.done_at = now or timezone.now()
        assignment.done_how = Assignment.DoneHow.MARKED
        assignment.save(update_fields=["done_at", "done_how"])
    return assignment


def complete_homework(
    *, client_id: int, kind: str, targets: Iterable[str], at: datetime | None = None
) -> int:
    """Mark done every open assignment of client ``client_id``'s for ``kind``/``target``.

    Reached through the ``activity_done`` hook (core/hooks.py) that the feature apps call
    right after the client saves the thing (a pause finished, an entry written to a prompt, a
    questionnaire taken, a check-in noting a trigger or behavior), inside their transaction.
    Only assignments given before ``at`` count. One UPDATE; returns how many it completed.
    """
    targets = list(targets)
    if not targets:
        return 0
    at = at or timezone.now()
    return Assignment.objects.filter(
        relationship__client_id=client_id,
        relationship__ended_at__isnull=True,
        kind=kind,
        target__in=targets,
        done_at__isnull=True,
        assigned_at__lte=at,
    ).update(done_at=at, done_how=Assignment.DoneHow.DID_IT)
