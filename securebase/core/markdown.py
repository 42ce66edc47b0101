"""Markdown to safe HTML, for articles and the practice's documents (written in Markdown)."""

from __future__ import annotations

from functools import lru_cache

import markdown
import nh3

ALLOWED_TAGS = {
    "a", "abbr", "blockquote", "br", "code", "em", "h2", "h3", "h4", "hr", "li", "ol", "p",
    "pre", "strong", "table", "tbody", "td", "th", "thead", "tr", "ul",
}  # fmt: skip
# ``lang`` marks a passage in another language (a book title in English inside a Spanish
# article, written ``*Attached*{: lang=en }``), so screen readers voice it correctly.
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "th": {"scope"}, "*": {"lang"}}


@lru_cache(maxsize=256)
def render_markdown(text: str) -> str:
    """Render Markdown and strip everything but a small set of harmless tags.

    Links keep only http(s), mailto, tel and relative URLs; nothing can load from elsewhere
    because images, iframes, scripts and style attributes are not allowed at all.
    """
    html = markdown.markdown(text, extensions=["extra", "sane_lists"], output_format="html")
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto", "tel"},
        link_rel="noopener noreferrer",
    )
