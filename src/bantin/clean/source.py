"""The outlet behind a page that does not say where it came from (scraped text, a bare URL).

Counting sources is half of a brief: two pages of one outlet, or two sites relaying one
agency, are not two confirmations. When the input gives no ``source``, the page usually
names one itself, in decreasing order of trust: its URL's host, the tag that signs its first
line ("(Dân trí) - ", "VOV.VN - "), a credit line at its end ("Theo TTXVN", "Nguồn: VTV"),
or its own correspondent ("Theo phóng viên TTXVN tại châu Phi, ..."). A credit names where
the text came from, not who published it, and the brief says so ("theo / via TTXVN").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from urllib.parse import urlsplit

from bantin.clean.junk import credited_source, site_phrases, split_outlet_tag
from bantin.clean.normalise import normalise_text
from bantin.models import DroppedLine, RawArticle, SourceBasis

# "Theo phóng viên TTXVN tại châu Phi", "Theo phóng viên thường trú VOV ở Paris"
_CORRESPONDENT = re.compile(
    r"Theo phóng viên (?:thường trú )?(?P<outlet>[^\s,]+(?: [^\s,]+)?) (?:tại|ở) "
)
_BYLINE_SOURCE = re.compile(r"\(?Nguồn\s*:\s*(?P<outlet>[^():]{2,40}?)\)?\.?$")


def find_source(
    raw: RawArticle, dropped: Sequence[DroppedLine], lines: Iterable[str]
) -> tuple[str, SourceBasis] | None:
    """The outlet ``raw`` names and how it was found, or None; ``dropped`` and ``lines``
    are the page's cleaned-away and kept lines."""
    if raw.url and (host := _host(raw.url)):
        return host, "url"
    for line in dropped:
        if line.reason == "outlet_tag":
            return line.text, "tag"
    if raw.lead and (tagged := split_outlet_tag(normalise_text(raw.lead))):
        return tagged[0], "tag"
    for line in reversed(dropped):
        if line.reason == "contributor" and (outlet := _credit(line.text)):
            return outlet, "credit"
    for text in lines:
        match = _CORRESPONDENT.match(text)
        if match and _is_news_outlet(match.group("outlet")):
            return match.group("outlet"), "credit"
    return None


def _host(url: str) -> str | None:
    """ "https://www.vnexpress.net/..." -> "vnexpress.net"; None for what is not a web URL."""
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    return host.removeprefix("www.")


def _credit(line: str) -> str | None:
    """ "Theo VnExpress" -> "VnExpress", "Nguồn: VTV" -> "VTV"."""
    if outlet := credited_source(line):
        return outlet
    match = _BYLINE_SOURCE.match(line.strip())
    return match.group("outlet").strip() if match else None


def _is_news_outlet(name: str) -> bool:
    """An agency or an outlet the site phrases know, or a web domain: "TTXVN", "VOV.VN"."""
    phrases = site_phrases()
    folded = name.casefold()
    return folded in phrases.agency or folded in phrases.outlet or "." in name
