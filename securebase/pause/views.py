from __future__ import annotations

from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_safe

from securebase.accounts.guards import clients_only, is_client
from securebase.core.confirm import deletion_view
from securebase.core.downloads import own_export
from securebase.core.paging import page_of
from securebase.core.safety import screen_for_risk
from securebase.pause import exercises, exports, queries, services
from securebase.pause.flow import Carry, Flow, FlowExpired, anonymous_flow, seal
from securebase.pause.forms import (
    AfterForm,
    AskDirectlyForm,
    BreathingSettingsForm,
    StartForm,
    SurfSettingsForm,
    UnsentMessageForm,
    settings_from_query,
)

EXERCISE_KEYS = {c.key for c in exercises.EXERCISES}
GROUNDING_STEPS = 5
HISTORY_PAGE_SIZE = 30


def _saves(user) -> bool:
    """Only a signed-in client's pauses are kept."""
    return is_client(user)


def _pause_step(view):
    """A step of a pause. A saved pause's steps (/pause/<pk>/...) ask a signed-out visitor to
    sign in first: their session may simply have ended mid-pause, and signing in brings them back
    to the step. An anonymous pause whose answers cannot be read back (``FlowExpired`` from
    ``_load``) starts afresh.
    """

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if kwargs.get("pk") is not None and not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        try:
            return view(request, *args, **kwargs)
        except FlowExpired:
            return _expired(request)

    return wrapped


def _load(request, pk: int | None, *, required: bool) -> Flow:
    if pk is not None:
        return Flow(session=queries.access_pause(request.user, pk))
    return anonymous_flow(request, required=required)


def _expired(request):
    messages.info(
        request,
        _(
            "That pause has ended and its answers were not kept. "
            "Start a fresh one whenever you like."
        ),
    )
    return redirect("pause:start")


def _context(flow: Flow, **extra) -> dict:
    state = flow.state
    labels = {}
    if state is not None:
        labels = {
            kind: exercises.label_for(kind, getattr(state, kind)) if getattr(state, kind) else ""
            for kind in ("urge", "exercise", "outcome")
        }
    return {
        "flow": flow,
        "carry_token": seal(flow.carry) if flow.carry is not None else "",
        "choose_url": flow.url("choose"),
        "labels": labels,
        **extra,
    }


@require_http_methods(["GET", "POST"])
def start(request):
    """The moment the urge arrives: name it and rate it, then choose an exercise."""
    form = StartForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if _saves(request.user):
            session = services.start_pause(
                user=request.user,
                token=data["token"],
                urge=data["urge"],
                urge_before=data["urge_before"],
                anxiety_before=data["anxiety_before"],
            )
            flow = Flow(session=session)
        else:
            flow = Flow(
                carry=Carry(
                    urge=data["urge"],
                    urge_before=data["urge_before"],
                    anxiety_before=data["anxiety_before"],
                )
            )
        return redirect(flow.url("choose"))
    return render(request, "pause/start.html", {"form": form, "saves": _saves(request.user)})


@require_safe
@_pause_step
def choose(request, pk: int | None = None):
    flow = _load(request, pk, required=False)
    options = [
        (choice, flow.url("exercise", exercise=choice.key)) for choice in exercises.EXERCISES
    ]
    return render(request, "pause/choose.html", _context(flow, options=options))


@require_http_methods(["GET", "POST"])
@_pause_step
def exercise(request, exercise: str, pk: int | None = None):
    """One exercise, usable on its own or as a step of a pause; each works without JS."""
    if exercise not in EXERCISE_KEYS:
        raise Http404
    flow = _load(request, pk, required=False)
    if request.method == "POST" and exercise != exercises.UNSENT_MESSAGE:
        return redirect(flow.url("exercise", exercise=exercise))
    after_url = flow.url("after", exercise=exercise) if flow.state is not None else ""
    context = _context(flow, exercise=exercise, after_url=after_url)
    if exercise == exercises.BREATHING:
        form, values = settings_from_query(BreathingSettingsForm, request.GET)
        cycles = exercises.breathing_cycles(
            inhale=values["inhale"], exhale=values["exhale"], minutes=values["minutes"]
        )
        context.update(settings_form=form, cycles=cycles, **values)
    elif exercise == exercises.URGE_SURFING:
        form, values = settings_from_query(SurfSettingsForm, request.GET)
        context.update(settings_form=form, **values)
    elif exercise == exercises.GROUNDING:
        step = _grounding_step(request.GET.get("step"))
        context.update(
            step=step,
            steps=GROUNDING_STEPS,
            next_url=flow.url("exercise", exercise=exercise, step=step + 1),
            previous_url=flow.url("exercise", exercise=exercise, step=step - 1),
        )
    elif exercise == exercises.UNSENT_MESSAGE:
        return _unsent_message(request, flow, context)
    return render(request, f"pause/exercise_{exercise}.html", context)


def _grounding_step(raw: str | None) -> int:
    try:
        step = int(raw or 1)
    except ValueError:
        return 1
    return min(max(step, 1), GROUNDING_STEPS)


def _unsent_message(request, flow: Flow, context: dict):
    """Write the message instead of sending it. Saved (encrypted) only for a client's pause."""
    if request.method == "POST":
        form = UnsentMessageForm(request.POST)
        if form.is_valid():
            message = form.cleaned_data["message"]
            if flow.session is not None:
                services.keep_unsent_message(session=flow.session, message=message)
            # A visitor's message is kept nowhere: the panel must not say it was saved.
            screen_for_risk(request, message, saved=flow.session is not None)
            if flow.session is not None:
                return redirect(flow.url("after", exercise=exercises.UNSENT_MESSAGE))
            if flow.carry is not None:
                done = flow.with_carry(exercise=exercises.UNSENT_MESSAGE)
                return redirect(done.url("after", exercise=exercises.UNSENT_MESSAGE))
            return render(request, "pause/unsent_written.html", context)
    else:
        initial = {"message": flow.session.unsent_message} if flow.session is not None else {}
        form = UnsentMessageForm(initial=initial)
    context["form"] = form
    return render(request, "pause/exercise_unsent_message.html", context)


@require_http_methods(["GET", "POST"])
def ask_directly(request):
    """Ask for closeness directly: a scaffold that turns three short parts into a draft.

    Asking clearly for reassurance or closeness is healthy; it is the repeated or protest
    version that the other exercises help to wait out. Nothing here is saved, for anyone: the
    draft is shown back on the page for the person to copy, and is sent nowhere. It is posted
    (not put in the URL) so the words never reach an access log.
    """
    form = AskDirectlyForm(request.POST if request.method == "POST" else None)
    draft = ""
    if request.method == "POST" and form.is_valid():
        draft = form.draft()
        screen_for_risk(request, draft, saved=False)
    return render(request, "pause/ask_directly.html", {"form": form, "draft": draft})


@require_http_methods(["GET", "POST"])
@_pause_step
def after(request, pk: int | None = None):
    """Rate again, and say what happened with the urge."""
    flow = _load(request, pk, required=True)
    if request.method == "POST":
        form = AfterForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            if flow.session is not None:
                services.finish_pause(
                    session=flow.session,
                    exercise=data["exercise"],
                    urge_after=data["urge_after"],
                    anxiety_after=data["anxiety_after"],
                    outcome=data["outcome"],
                )
                return redirect("pause:session_done", pk=flow.session.pk)
            finished = flow.with_carry(
                exercise=data["exercise"] or flow.carry.exercise,
                urge_after=data["urge_after"],
                anxiety_after=data["anxiety_after"],
                outcome=data["outcome"],
            )
            return redirect(finished.url("done"))
    else:
        chosen = request.GET.get("exercise", "")
        form = AfterForm(initial={"exercise": chosen if chosen in EXERCISE_KEYS else ""})
    return render(request, "pause/after.html", _context(flow, form=form))


@require_safe
@_pause_step
def done(request, pk: int | None = None):
    """The end of a pause: before and after side by side, and a kind word."""
    flow = _load(request, pk, required=True)
    return render(request, "pause/done.html", _context(flow, pause=flow.state))


@clients_only
@require_safe
def history(request):
    page = page_of(request, queries.pause_history(request.user), HISTORY_PAGE_SIZE)
    return render(request, "pause/history.html", {"page": page})


@clients_only
@require_safe
def export(request, kind: str):
    """Download one's own saved pauses: as JSON, or as CSV for a spreadsheet."""
    builders = {"json": exports.pauses_json, "csv": exports.pauses_csv}
    return own_export(request.user, kind, stem="pauses", builders=builders)


delete = deletion_view(
    queries.access_pause,
    services.delete_pause,
    done=gettext_lazy("That pause is deleted."),
)
