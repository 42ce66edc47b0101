"""JSON items a batch at a time: a Telegram export's messages decoded by orjson, many at
once, where the document's indentation shows where they end."""

from __future__ import annotations

import orjson

# Every digit and the minus sign as "0", every other byte as a space: twenty zeros in a
# row may be an integer orjson would turn into a float (above 2**64 - 1, or a minus and
# nineteen digits or more, below -2**63), found with one substring search. Anything else
# that gives twenty (a long run of digits and dashes in a text) only sends the batch to
# the standard library.
_DIGITS_ONLY = bytes(0x30 if 0x30 <= byte <= 0x39 or byte == 0x2D else 0x20 for byte in range(256))
_LONG_INTEGER = b"0" * 20


def last_item_end(buffer: bytes, start: int, end: int | None = None) -> int | None:
    """The end of the last whole item of a pretty-printed JSON array in `buffer`, for items
    from `start` (where an object starts) on and ending at or before `end` (if given);
    None if it cannot tell.

    JSON strings cannot hold a raw line break, so in an indented export an item ends where
    a line holds only its closing brace at the indentation its opening brace had, followed
    by a comma or the array's end. (`decode_items()` checks the guess: a wrong one does not
    decode.)
    """
    closing = item_closing(buffer, start)
    if closing is None:
        return None
    end = len(buffer) if end is None else end
    while (found := buffer.rfind(closing, start, end)) >= 0:
        after = found + len(closing)
        if _next_mark(buffer, after) in (b",", b"]"):
            return after
        end = found
    return None


BATCH_BYTES = 128 << 10  # what one batch of items may span, where items are that small


def batch_end(
    buffer: bytes, start: int, end: int | None = None, *, size: int = BATCH_BYTES
) -> int | None:
    """Where a batch of items starting at `start` ends: the last item end within `size`
    bytes of `start` (and at or before `end`, if given), or where no item ends that soon,
    the last one at or before `end`; None if it cannot tell.

    Plain: ``last_item_end(buffer, start, end)``, cut shorter. Batches of about a hundred
    kilobytes decode to objects that stay in the processor's cache while the caller reads
    and frees them; an 8 MB batch makes tens of megabytes of objects, which do not, and the
    same work took about a fifth longer.
    """
    if (len(buffer) if end is None else end) - start > size:
        cut = last_item_end(buffer, start, start + size)
        if cut is not None:
            return cut
    return last_item_end(buffer, start, end)


def next_item_end(buffer: bytes, closing: bytes) -> int | None:
    """The end of the first item in `buffer` that closes with `closing` (from
    `item_closing()`) and has another item after it; None if none does."""
    found = buffer.find(closing)
    while found >= 0:
        after = found + len(closing)
        if _next_mark(buffer, after) == b",":
            return after
        found = buffer.find(closing, after)
    return None


def item_closing(buffer: bytes, start: int) -> bytes | None:
    """The line that ends the item opening at `start` of a pretty-printed JSON array: a line
    break, the indentation its opening brace had and a closing brace. None if `start` is not
    an opening brace at the start of its line."""
    line = buffer.rfind(b"\n", 0, start)
    if buffer[start : start + 1] != b"{" or line < 0 or buffer[line + 1 : start].strip(b" \t"):
        return None
    return buffer[line:start] + b"}"


def _next_mark(buffer: bytes, at: int) -> bytes:
    # The first byte after `at` that is not whitespace (within a few lines' worth).
    return buffer[at : at + 64].lstrip(b" \t\r\n")[:1]


def decode_items(data: bytes | memoryview) -> list | None:
    """The items of `data`, a run of comma-separated JSON objects, decoded at once with
    orjson; None if orjson cannot decode them exactly as the standard library would (text
    that is not JSON or not UTF-8, NaN, lone surrogates, integers too long for 64 bits).

    Plain: ``json.loads(b"[" + data + b"]")``. Both decoders give equal values for what
    orjson accepts; orjson is several times faster and makes no intermediate objects.
    `data` may be a memoryview of the read buffer: the array is built with one copy, in a
    bytearray (which `translate()` also goes through about twice as fast as bytes).
    """
    array_text = bytearray(b"[")
    array_text += data
    array_text += b"]"
    digits = array_text.translate(_DIGITS_ONLY)
    if _LONG_INTEGER in digits:
        return None
    del digits
    try:
        items = orjson.loads(array_text)
    except orjson.JSONDecodeError:
        return None
    return items
