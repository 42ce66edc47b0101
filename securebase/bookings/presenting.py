"""Page data for the booking pages: the picker, the nearest free times, a booking's links.

Views parse the request and call a service or a query; what a template needs on top of that is
built here, once, for every page that shows it. Links to many times share their query string:
`TimeLinks` encodes the fixed part once and appends each time, so a page of a hundred times
costs a hundred string joins, not a hundred `reverse()` and `urlencode()` calls.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from securebase.accounts.zones import practice_zone
from securebase.bookings import emails, links, services
from securebase.bookings.models import Booking
from securebase.bookings.paging import Page
from securebase.core import dates

# Days a picker page shows: a clinician's own week, or a few days of everyone's times merged
# ("first available" offers far more times a day than one clinician does).
DAYS_FOR_ONE_CLINICIAN = 7
DAYS_FOR_FIRST_AVAILABLE = 3


def query(**params) -> str:
    """A query string of the non-empty `params`, in the order given."""
    return urlencode({k: v for k, v in params.items() if v not in (None, "")})


def utc_param(moment: datetime) -> str:
    """A start time for a query string: UTC, to the minute ("2026-04-10T17:00Z")."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%MZ")


class TimeLinks:
    """Links to `path` with the same query parameters and one more: a start time or a week.

    The fixed parameters are encoded once; `start()` and `week()` only append. Their output is
    what `path + "?" + query(**fixed, start=utc_param(moment))` gives.
    """

    def __init__(self, path: str, **fixed):
        encoded = query(**fixed)
        self.prefix = f"{path}?{encoded}&start=" if encoded else f"{path}?start="
        self.week_prefix = self.prefix.removesuffix("start=") + "week="
        # For HTML attributes: the prefix escaped once (the time appended holds no & < > " ').
        self.html_prefix = escape(self.prefix)

    @staticmethod
    def encode(moment: datetime) -> str:
        """A start time as `start()` appends it: "2026-04-10T17%3A00Z", as urlencode() writes
        it (so it holds no & < > " ' either)."""
        text = moment.astimezone(UTC).isoformat()
        return f"{text[:13]}%3A{text[14:16]}Z"

    def start(self, moment: datetime) -> str:
        return self.prefix + self.encode(moment)

    def start_html(self, moment: datetime) -> str:
        """`start(moment)` escaped for an HTML attribute."""
        return self.html_prefix + self.encode(moment)

    def week(self, day: date) -> str:
        return f"{self.week_prefix}{day.isoformat()}"


def client_zone(request, asked: str) -> tuple[ZoneInfo, bool]:
    """The zone to show times in, and whether the visitor chose it (or their account says it):
    the `tz` they asked for, else a signed-in person's own, else the practice's."""
    if asked:
        return ZoneInfo(asked), True
    if request.user.is_authenticated:
        return request.user.tzinfo, True
    return practice_zone(), False


def zone_context(tz: ZoneInfo) -> dict:
    practice = practice_zone()
    return {"tz": tz, "practice_tz": practice, "same_zone": tz.key == practice.key}


def picker_context(page: Page, *, tz: ZoneInfo, slot_links: TimeLinks, page_links: TimeLinks):
    """What `_picker.html` shows for one page of free times, in the viewer's zone `tz`.

    Each day carries its times as (moment, link) pairs and as the list items `_picker.html`
    shows, joined here: a page holds up to a couple of hundred times, and one Python join costs
    a fraction of what the template engine spends on a hundred loop iterations. The page's
    language is looked up once, and each time is encoded once for both."""
    language = translation.get_language() or dates.ENGLISH
    on_day = gettext("on %(day)s")
    days = []
    for day, moments in page.days.items():
        name = dates.long_date(day, year=False, language=language)
        encoded = [TimeLinks.encode(moment) for moment in moments]
        prefix = slot_links.prefix
        pairs = [(moment, prefix + text) for moment, text in zip(moments, encoded, strict=True)]
        after = escape(" " + on_day % {"day": name})
        items = _slot_items(moments, encoded, slot_links.html_prefix, after, language)
        days.append({"date": day, "name": name, "slots": pairs, "items": items})
    return {
        **zone_context(tz),
        "days": days,
        "any_free": page.any_free,
        "week_start": page.start,
        "week_end": page.end,
        "earlier_url": page_links.week(page.earlier) if page.earlier else "",
        "later_url": page_links.week(page.later) if page.later else "",
        "jump_min": page.first.isoformat(),
        "jump_max": page.last.isoformat(),
    }


def _slot_items(
    moments: list[datetime], encoded: list[str], html_prefix: str, after: str, language: str
) -> SafeString:
    # The link's prefix is escaped once (TimeLinks.html_prefix), an encoded time holds no
    # & < > " ', the label is a clock time and `after` (the day's name) is escaped by the
    # caller: each part is safe, so the join is too.
    return mark_safe(  # noqa: S308 - every part is escaped above
        "".join(
            f'<li><a class="slot" href="{html_prefix}{text}">'
            f"{dates.clock(moment, language=language)}"
            f'<span class="visually-hidden">{after}</span></a></li>'
            for moment, text in zip(moments, encoded, strict=True)
        )
    )


def alternatives(moments: Iterable[datetime], slot_links: TimeLinks) -> list:
    """The nearest free times offered when a time is taken: (moment, link) pairs."""
    return [(moment, slot_links.start(moment)) for moment in moments]


def booking_context(booking: Booking) -> dict:
    """What the pages reached from a booking's emailed links show about it."""
    tz = emails.client_zone(booking)
    confirmed = booking.status == Booking.Status.CONFIRMED
    calendar = calendar_links(booking) if confirmed else None
    return {
        **zone_context(tz),
        "booking": booking,
        "video_link": booking.clinician.booking_settings.video_link
        if booking.is_telehealth and confirmed
        else "",
        "cancel_url": links.path(booking, links.CANCEL) if booking.is_active else "",
        "reschedule_url": links.path(booking, links.RESCHEDULE) if booking.is_active else "",
        "calendar": calendar,
        "calendar_url": calendar["ics"] if calendar else "",
        "hold_minutes": int(services.email_hold().total_seconds() // 60),
        # The language the booking's emails and calendar entry are written in.
        "booking_language": emails.client_language(booking),
    }


def calendar_links(booking: Booking) -> dict:
    """ "Add to calendar" for Google and Outlook (their web forms, filled in) and for Apple and
    every other app (the `.ics` file). The title names the clinician and no health service:
    calendars are often shared or glanced at by others."""
    event = emails.calendar_event(booking)
    notes = emails.calendar_description(booking, with_links=False)
    start, end = event.start.astimezone(UTC), event.end.astimezone(UTC)
    ics_url = reverse("bookings:calendar", args=[links.make_token(booking, links.VIEW)])
    google = urlencode(
        {
            "action": "TEMPLATE",
            "text": event.summary,
            "dates": f"{start:%Y%m%dT%H%M%SZ}/{end:%Y%m%dT%H%M%SZ}",
            "details": notes,
            "location": event.location,
        }
    )
    outlook = urlencode(
        {
            "path": "/calendar/action/compose",
            "rru": "addevent",
            "subject": event.summary,
            "startdt": f"{start:%Y-%m-%dT%H:%M:%SZ}",
            "enddt": f"{end:%Y-%m-%dT%H:%M:%SZ}",
            "body": notes,
            "location": event.location,
        }
    )
    return {
        "title": event.summary,
        "google": f"https://calendar.google.com/calendar/render?{google}",
        "outlook": f"https://outlook.live.com/calendar/0/deeplink/compose?{outlook}",
        "ics": ics_url,
    }
