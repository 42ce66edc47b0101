from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from securebase.accounts import guards
from securebase.core import authorship, kept
from securebase.core.access import found_or_404
from securebase.core.confirm import deletion_view
from securebase.core.paging import page_of
from securebase.core.receipts import acknowledge
from securebase.core.safety import screen_for_risk
from securebase.journal import prompts, queries, services
from securebase.journal.forms import (
    EntryEditForm,
    EntryForm,
    ReasonForm,
    SlipForm,
    StartNoContactForm,
)

ENTRIES_PER_PAGE = 20


def _keep_and_sign_in(request, *args, **kwargs):
    """A signed-out writer signs in; words they sent as their session ended wait for them."""
    if request.method == "POST" and request.POST.get("body", "").strip():
        kept.keep(
            request.session,
            form=request.path,
            data={"body": request.POST["body"], "version": request.POST.get("version", "")},
            author=request.POST.get(authorship.FIELD, ""),
        )
        messages.info(
            request,
            gettext(
                "You were signed out, so your entry is not saved yet. Sign in and it will "
                "be waiting for you."
            ),
        )
    return redirect_to_login(request.path)


# Every journal page: clients only; a signed-out writer's words are kept (see above).
clients_only = guards.clients_only(visitors=_keep_and_sign_in)


def _today(request):
    return timezone.now().astimezone(request.user.tzinfo).date()


@require_safe
@clients_only
def start(request):
    recent = list(queries.entries_visible_to(request.user)[:5])
    plan = queries.no_contact_plan_for(request.user)
    return render(
        request,
        "journal/home.html",
        {
            "tracks": prompts.TRACKS,
            "recent": recent,
            "plan": plan,
            "stretch": queries.stretch_for(request.user, plan) if plan else None,
        },
    )


@require_safe
@clients_only
def entry_list(request):
    page = page_of(request, queries.entries_visible_to(request.user), ENTRIES_PER_PAGE)
    return render(request, "journal/entry_list.html", {"page": page})


@require_http_methods(["GET", "POST"])
@clients_only
def write(request, track: str = prompts.FREE, slug: str = ""):
    if track == prompts.FREE:
        prompt = prompts.FREE_PROMPT
    else:
        prompt = found_or_404(prompts.find_prompt(track, slug), "prompt")
    label = gettext("Your entry") if track == prompts.FREE else gettext(prompt.title)
    if request.method == "POST":
        form = EntryForm(request.POST, label=label)
        if form.is_valid():
            entry, created = services.create_entry(
                user=request.user,
                body=form.cleaned_data["body"],
                prompt="" if track == prompts.FREE else prompt.key,
                submission_key=form.cleaned_data["submission_key"],
            )
            said = gettext("Saved. Only you can read it.")
            again = gettext("This entry was already saved; here it is.")
            acknowledge(request, entry.body, created=created, said=said, again=again)
            return redirect("journal:entry", pk=entry.pk)
    else:
        form = EntryForm(label=label, initial=_draft_initial(request))
    context = {"form": form, "prompt": prompt, "care_note": prompts.care_note_for(prompt)}
    return render(request, "journal/write.html", context)


def _draft_initial(request) -> dict:
    draft = kept.take(request.session, form=request.path, user=request.user)
    if draft is None:
        return {}
    messages.info(
        request, gettext("Welcome back. Your words are below; they are saved once you press Save.")
    )
    return {"body": draft.get("body", "")}


@require_safe
@clients_only
def entry_detail(request, pk: int):
    entry = queries.access_entry(request.user, pk)
    return render(request, "journal/entry_detail.html", {"entry": entry})


@require_http_methods(["GET", "POST"])
@clients_only
def entry_edit(request, pk: int):
    entry = queries.access_entry(request.user, pk)
    conflict = False
    if request.method == "POST":
        form = EntryEditForm(request.POST)
        if form.is_valid():
            try:
                services.update_entry(
                    entry=entry,
                    body=form.cleaned_data["body"],
                    expected_version=form.cleaned_data["version"],
                )
            except services.EditConflict:
                conflict = True
                entry.refresh_from_db()
                # Keep their text in the form; saving again now deliberately replaces the
                # version shown above it.
                data = request.POST.copy()
                data["version"] = str(entry.version)
                form = EntryEditForm(data)
                form.is_valid()
            else:
                screen_for_risk(request, form.cleaned_data["body"], saved=True)
                messages.success(request, gettext("Your changes are saved."))
                return redirect("journal:entry", pk=entry.pk)
    else:
        draft = kept.take(request.session, form=request.path, user=request.user)
        if draft is not None:
            messages.info(
                request, gettext("Welcome back. Your changes are below; press Save to keep them.")
            )
            form = EntryEditForm(
                initial={
                    "body": draft.get("body", ""),
                    "version": draft.get("version") or entry.version,
                }
            )
        else:
            form = EntryEditForm(initial={"body": entry.body, "version": entry.version})
    return render(
        request,
        "journal/entry_edit.html",
        {"form": form, "entry": entry, "conflict": conflict},
    )


entry_delete = deletion_view(
    queries.access_entry,
    services.delete_entry,
    done=gettext_lazy("The entry is deleted."),
    then="journal:entries",
    guard=clients_only,
)


# --- no contact ---------------------------------------------------------------------------------


def _tracker(request, *, start_form=None, slip_form=None, reason_form=None, status=200):
    user = request.user
    plan = queries.no_contact_plan_for(user)
    today = _today(request)
    context = {
        "plan": plan,
        "reasons": list(queries.reasons_visible_to(user)),
        "reason_form": reason_form or ReasonForm(),
        "start_form": start_form
        or StartNoContactForm(
            today=today, initial={"started_on": plan.started_on if plan else today}
        ),
    }
    if plan is not None:
        context.update(
            stretch=queries.stretch_for(user, plan),
            slips=list(queries.slips_visible_to(user)),
            slip_form=slip_form
            or SlipForm(today=today, started_on=plan.started_on, initial={"happened_on": today}),
        )
    return render(request, "journal/no_contact.html", context, status=status)


@require_http_methods(["GET", "POST"])
@clients_only
def no_contact(request):
    if request.method == "POST":
        form = StartNoContactForm(request.POST, today=_today(request))
        if form.is_valid():
            had_plan = queries.no_contact_plan_for(request.user) is not None
            services.start_no_contact(user=request.user, started_on=form.cleaned_data["started_on"])
            messages.success(
                request,
                gettext("Start date changed.")
                if had_plan
                else gettext("Your no-contact count has begun."),
            )
            return redirect("journal:no_contact")
        return _tracker(request, start_form=form, status=400)
    return _tracker(request)


@require_POST
@clients_only
def no_contact_slip(request):
    plan = queries.no_contact_plan_for(request.user)
    if plan is None:
        messages.info(request, gettext("No count is running right now. Start one first."))
        return redirect("journal:no_contact")
    form = SlipForm(request.POST, today=_today(request), started_on=plan.started_on)
    if not form.is_valid():
        return _tracker(request, slip_form=form, status=400)
    slip, created = services.log_slip(
        user=request.user,
        happened_on=form.cleaned_data["happened_on"],
        note=form.cleaned_data["note"],
        restart_count=form.cleaned_data["restart_count"],
        submission_key=form.cleaned_data["submission_key"],
    )
    acknowledge(
        request,
        slip.note,
        created=created,
        said=gettext("Logged. Your count starts again from that day.")
        if slip.restarted_count
        else gettext("Logged. Your count keeps going."),
    )
    return redirect("journal:no_contact")


@require_POST
@clients_only
def no_contact_slip_delete(request, pk: int):
    services.delete_slip(slip=queries.access_slip(request.user, pk))
    messages.success(request, gettext("That slip is removed."))
    return redirect("journal:no_contact")


@require_POST
@clients_only
def no_contact_reason(request):
    form = ReasonForm(request.POST)
    if not form.is_valid():
        return _tracker(request, reason_form=form, status=400)
    reason, created = services.add_reason(
        user=request.user,
        text=form.cleaned_data["text"],
        submission_key=form.cleaned_data["submission_key"],
    )
    acknowledge(request, reason.text, created=created, said=gettext("Reason added."))
    return redirect("journal:no_contact")


@require_POST
@clients_only
def no_contact_reason_delete(request, pk: int):
    services.delete_reason(reason=queries.access_reason(request.user, pk))
    messages.success(request, gettext("Reason removed."))
    return redirect("journal:no_contact")


@require_http_methods(["GET", "POST"])
@clients_only
def no_contact_stop(request):
    if request.method == "POST":
        services.stop_no_contact(user=request.user)
        messages.success(request, gettext("The tracker is stopped and its notes are deleted."))
        return redirect("journal:start")
    return render(request, "journal/no_contact_stop.html")
