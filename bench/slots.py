"""How long the slot engine takes to list a month of free consultations for a group practice.

Run: .venv/bin/python bench/slots.py [--runs 200]

Ten clinicians with weekday hours (some split across in-person and telehealth windows, one with
a day off and one with custom hours), 200 existing bookings spread over the next 30 days, and
buffers on both sides. Each run computes every clinician's free slots over the whole 30-day
horizon, as the "first available" picker does. Prints the median and the 95th percentile.
"""

import argparse
import random
import statistics
import sys
import time as clock
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from securebase.bookings.slots import (
    IN_PERSON,
    TELEHEALTH,
    Availability,
    Busy,
    Window,
    free_slots,
    held_range,
)

LA = ZoneInfo("America/Los_Angeles")
CLINICIANS = 10
BOOKINGS = 200
HORIZON_DAYS = 30


def build_practice(now: datetime, rng: random.Random):
    """Ten availabilities and 200 bookings placed on real free slots."""
    practice = []
    for index in range(CLINICIANS):
        if index % 3 == 0:
            day = (
                Window(time(9), time(12), frozenset({IN_PERSON})),
                Window(time(13), time(18), frozenset({TELEHEALTH})),
            )
        else:
            day = (Window(time(8 + index % 2), time(17 + index % 2)),)
        overrides = {}
        if index == 1:
            overrides[now.date() + timedelta(days=5)] = ()
        if index == 2:
            overrides[now.date() + timedelta(days=6)] = (Window(time(14), time(20)),)
        availability = Availability(
            weekly={weekday: day for weekday in range(5)},
            overrides=overrides,
            buffer_before=timedelta(minutes=5),
            buffer_after=timedelta(minutes=10),
            horizon_days=HORIZON_DAYS,
        )
        practice.append((availability, []))

    placed = 0
    while placed < BOOKINGS:
        availability, busy = practice[rng.randrange(CLINICIANS)]
        free = free_slots(availability, busy, now=now, tz=LA)
        if not free:
            continue
        start = rng.choice(free)
        busy.append(
            Busy(
                *held_range(
                    start,
                    start + availability.length,
                    before=availability.buffer_before,
                    after=availability.buffer_after,
                )
            )
        )
        placed += 1
    return practice


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()

    now = datetime.combine(date(2026, 3, 2), time(8, 30), tzinfo=LA)  # spans the March change
    practice = build_practice(now, random.Random(2290))
    timings = []
    total_slots = 0
    for _ in range(args.runs):
        started = clock.perf_counter()
        total_slots = sum(
            len(free_slots(availability, busy, now=now, tz=LA)) for availability, busy in practice
        )
        timings.append((clock.perf_counter() - started) * 1000)

    timings.sort()
    p95 = timings[min(len(timings) - 1, int(len(timings) * 0.95))]
    print(
        f"free slots, {CLINICIANS} clinicians, {BOOKINGS} bookings, {HORIZON_DAYS} days: "
        f"{total_slots} slots; median {statistics.median(timings):.2f} ms, "
        f"p95 {p95:.2f} ms over {args.runs} runs"
    )


if __name__ == "__main__":
    main()
