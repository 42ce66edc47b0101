"""The guided prompts of the journal, in two tracks. Pure module: no Django.

Each prompt has a stable ``key`` ("track/slug") that entries store, so the wording can be
improved later without losing which prompt an entry answered.
"""

from __future__ import annotations

from dataclasses import dataclass

# Marked for the Spanish catalog (``bin/messages``); pages translate the words on display.
from securebase.core.wording import gettext_noop as _

FREE = "free"
ROOTS = "roots"
BREAKUP = "breakup"


@dataclass(frozen=True, slots=True)
class Prompt:
    track: str
    slug: str
    title: str
    text: str
    note: str = ""

    @property
    def key(self) -> str:
        return f"{self.track}/{self.slug}"


@dataclass(frozen=True, slots=True)
class Track:
    slug: str
    title: str
    intro: str
    prompts: tuple[Prompt, ...]
    care_note: str = ""


TRACKS: tuple[Track, ...] = (
    Track(
        slug=ROOTS,
        title=_("Roots"),
        intro=_(
            "Where the watchfulness began. There are no right answers here, and you can stop "
            "whenever it feels like enough for today."
        ),
        care_note=_(
            "Looking back can stir up more than expected, especially if there was fear, "
            "neglect or harm in your early years. Go at your own pace: skip any prompt, write "
            "a single line, or stop. If your body tells you it is too much — a racing heart, "
            "feeling far away — come back to the present first. Early experience is one "
            "influence among many, and nothing you find here is a verdict on you."
        ),
        prompts=(
            Prompt(
                ROOTS,
                "early-care",
                _("The people who looked after you"),
                _(
                    "Think of the grown-ups who cared for you when you were small. When you were "
                    "upset or scared, what usually happened next? Who came, who didn't, and what "
                    "was it like to wait?"
                ),
            ),
            Prompt(
                ROOTS,
                "what-you-needed",
                _("What you needed"),
                _(
                    "Picture yourself at an age when things felt hard. What did that child need "
                    "more of: comfort, steadiness, someone who stayed, someone who noticed? Write "
                    "about them, or to them, as gently as you would to any child."
                ),
            ),
            Prompt(
                ROOTS,
                "someone-steady",
                _("Someone who felt steady"),
                _(
                    "Was there anyone who felt safe to be around: a grandparent, a teacher, a "
                    "neighbor, a friend's parent? What did they do that made it feel that way?"
                ),
            ),
            Prompt(
                ROOTS,
                "the-pattern-now",
                _("The pattern you notice now"),
                _(
                    "When someone you love goes quiet or feels far away, what happens in your "
                    "body, and what do you feel pulled to do? Does any of it feel familiar from "
                    "long ago?"
                ),
            ),
        ),
    ),
    Track(
        slug=BREAKUP,
        title=_("After a breakup"),
        intro=_(
            "For the weeks when it still hurts. Write as much or as little as you like; grief "
            "comes in waves and every wave is allowed."
        ),
        prompts=(
            Prompt(
                BREAKUP,
                "what-you-miss",
                _("What you miss"),
                _(
                    "Write down what you miss, the small things and the big ones. Missing someone "
                    "does not mean you should go back. It means it mattered."
                ),
            ),
            Prompt(
                BREAKUP,
                "what-you-blame-yourself-for",
                _("What you blame yourself for"),
                _(
                    "What are you holding against yourself? Write it plainly. Then, beside each "
                    "thing, write what else was true: what you were afraid of, what you did not "
                    "know yet, what was never yours alone to carry."
                ),
            ),
            Prompt(
                BREAKUP,
                "what-you-would-tell-a-friend",
                _("What you would tell a friend"),
                _(
                    "Imagine a close friend told you this exact story. What would you say to them? "
                    "When you have finished, read it back slowly, as if it were written for you."
                ),
            ),
            Prompt(
                BREAKUP,
                "unsent-letter",
                _("A letter you will not send"),
                _(
                    "Write to them everything you wish you could say: angry, tender, unfinished, "
                    "all of it."
                ),
                note=_(
                    "This letter stays here. It is never sent anywhere, and they will never see it."
                ),
            ),
        ),
    ),
)

FREE_PROMPT = Prompt(
    FREE,
    "",
    _("A free entry"),
    _("Whatever is on your mind. A few words are enough."),
)

_BY_KEY = {prompt.key: prompt for track in TRACKS for prompt in track.prompts}


def find_prompt(track: str, slug: str) -> Prompt | None:
    """The prompt with this track and slug, or None when there is no such prompt."""
    return _BY_KEY.get(f"{track}/{slug}")


def prompt_for_key(key: str) -> Prompt:
    """The prompt an entry answered; the free prompt for "" or a key no longer offered."""
    return _BY_KEY.get(key, FREE_PROMPT)


def care_note_for(prompt: Prompt) -> str:
    """The note that opens a prompt's track ("" for a free entry or a track without one)."""
    return next((track.care_note for track in TRACKS if track.slug == prompt.track), "")
