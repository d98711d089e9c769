"""Stage 3, clean: normalise a page and drop its site junk, keeping a record of every drop."""

from __future__ import annotations

from bantin.clean.junk import (
    contributor_text,
    is_teaser,
    junk_reason,
    split_inline_caption,
    split_outlet_tag,
    split_trailing_credit,
)
from bantin.clean.normalise import normalise_text
from bantin.clean.source import find_source
from bantin.models import CleanArticle, DroppedLine, RawArticle, extend

# How many lines at the end of a page are examined for teasers, sources and bylines.
_TAIL_LINES = 4


def clean_article(raw: RawArticle) -> CleanArticle:
    """Normalised, junk-free lines of ``raw``; drops recorded, bylines moved to contributors.

    Pure and deterministic: a line is dropped when it is junk wherever it stands (widgets,
    notices, read-more links, credited photo captions), a contributor line anywhere, or, at
    the end of the page, a teaser of another article, a "Theo ..." source or a bare byline.
    A photo caption glued to the start of the first line is cut off, so is the outlet's tag
    that opens it ("(Dân trí) - "), and so is the credit at the end of a paragraph too long
    to be a caption.
    """
    kept: list[tuple[int, str]] = []
    dropped: list[DroppedLine] = []
    contributors: list[str] = []
    for number, line in enumerate(normalise_text(raw.text).split("\n")):
        if not line:
            continue
        reason = junk_reason(line)
        if reason is None and contributor_text(line, last=False) is not None:
            contributors.append(line)
            reason = "contributor"
        if reason is not None:
            dropped.append(DroppedLine(line=number, text=line, reason=reason))
            continue
        if not kept and (inline := split_inline_caption(line)) is not None:
            caption, line = inline
            dropped.append(DroppedLine(line=number, text=caption, reason="inline_caption"))
        if not kept and (tagged := split_outlet_tag(line)) is not None:
            outlet, line = tagged
            dropped.append(DroppedLine(line=number, text=outlet, reason="outlet_tag"))
        if (credited := split_trailing_credit(line)) is not None:
            line, credit = credited
            dropped.append(DroppedLine(line=number, text=credit, reason="photo_credit"))
        kept.append((number, line))

    tail: list[str] = []
    for _ in range(_TAIL_LINES):
        if len(kept) < 2:
            break
        number, line = kept[-1]
        if is_teaser(line):
            reason = "teaser"
        elif contributor_text(line, last=True) is not None:
            tail.append(line)
            reason = "contributor"
        else:
            break
        dropped.append(DroppedLine(line=number, text=line, reason=reason))
        kept.pop()
    contributors.extend(reversed(tail))

    lines = tuple(line for _, line in kept)
    dropped.sort(key=lambda d: d.line)
    found = None if raw.source else find_source(raw, dropped, lines)
    return extend(
        raw,
        CleanArticle,
        lines=lines,
        line_numbers=tuple(number for number, _ in kept),
        dropped=tuple(dropped),
        contributors=tuple(contributors),
        found_source=found[0] if found else None,
        found_source_basis=found[1] if found else None,
    )
