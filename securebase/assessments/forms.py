"""Reading one page of questionnaire answers from a POST. Validation only; nothing is saved."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from securebase.assessments.scoring import AnswerError, Instrument, Item, clean_answers

FIELD_PREFIX = "item_"


def field_name(item_id: int) -> str:
    """The form field holding the answer to item `item_id`, e.g. "item_12"."""
    return f"{FIELD_PREFIX}{item_id}"


@dataclass(frozen=True)
class PageAnswers:
    """What a page submission held.

    `answers` are the valid answers given on the page; `missing` the page's items left blank.
    `problem` is set when the submission could not have come from the form (a value outside
    the scale, an item that is not on this page, a field sent twice); the page is then rejected
    as a whole and `answers` is empty.
    """

    answers: dict[int, int] = field(default_factory=dict)
    missing: tuple[int, ...] = ()
    problem: str = ""

    @property
    def rejected(self) -> bool:
        return bool(self.problem)


def read_page(instrument: Instrument, items: Sequence[Item], data) -> PageAnswers:
    """Validate the answers for `items` in `data` (a QueryDict or a plain mapping).

    Only `item_<id>` fields are read; every other field (the CSRF token, the button pressed)
    is ignored.
    """
    getlist = data.getlist if hasattr(data, "getlist") else (lambda key: [data[key]])
    raw: dict[str, object] = {}
    repeated: list[str] = []
    for key in data:
        if not key.startswith(FIELD_PREFIX):
            continue
        values = getlist(key)
        if len(values) > 1:
            repeated.append(key[len(FIELD_PREFIX) :])
        raw[key[len(FIELD_PREFIX) :]] = values[-1]
    if repeated:
        return PageAnswers(problem=f"more than one answer for item(s): {', '.join(repeated)}")
    try:
        answers = clean_answers(instrument, raw, require_all=False)
    except AnswerError as error:
        return PageAnswers(problem=str(error))
    page_ids = [item.id for item in items]
    elsewhere = sorted(item_id for item_id in answers if item_id not in page_ids)
    if elsewhere:
        return PageAnswers(
            problem=f"answers for item(s) not on this page: {', '.join(map(str, elsewhere))}"
        )
    missing = tuple(item_id for item_id in page_ids if item_id not in answers)
    return PageAnswers(answers=answers, missing=missing)
