"""Briefs as Markdown, JSON or one self-contained HTML page.

JSON is the records as they are (the stable contract). Markdown and HTML show the same content
for a reader: the sources numbered, every summary sentence, quote, figure and date followed by
the number of the source it came from, and each facts section only when it has something.
Both read one view of a brief (``StoryView``) so numbering and labels cannot drift apart.
Labels are Vietnamese first, with English after a slash.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal

import jinja2

from ..errors import ConfigError
from ..models import (
    ArticleRef,
    Brief,
    EntityFact,
    NumberFact,
    Rejection,
    SourceBasis,
    TimelineEntry,
)

Format = Literal["md", "json", "html"]
FORMATS: tuple[Format, ...] = ("md", "json", "html")

LABELS = {
    "thread": "chuỗi sự kiện / thread",
    "sources": "Nguồn / Sources",
    "summary": "Tóm tắt / Summary",
    "entities": "Nhân vật, tổ chức, địa danh / Entities",
    "quotes": "Trích dẫn / Quotes",
    "numbers": "Số liệu chính / Key numbers",
    "timeline": "Diễn biến / Timeline",
    "discrepancies": "Điểm vênh giữa các nguồn / Discrepancies",
    "rejected": "Đầu vào bị loại / Rejected inputs",
    "aliases": "còn gọi / also",
    "mentions": "lần nhắc / mentions",
    "copy_of": "bản sao của / copy of",
    "unknown_outlet": "nguồn không rõ / unknown outlet",
    "via": "theo / via",
    "unknown_speaker": "không rõ / unknown",
    "in_title": "trong tiêu đề / in the headline",
    "stdin": "(stdin)",
    "no_stories": "Không có tin nào / No stories.",
    "stories": "tin / stories",
}


def outlet_label(source: str | None, basis: SourceBasis | None) -> str:
    """The outlet as a reader should take it: a credit names where the text came from,
    not who published it ("theo / via TTXVN")."""
    if not source:
        return LABELS["unknown_outlet"]
    return f"{LABELS['via']} {source}" if basis == "credit" else source


# Entities are listed by kind, people first: an editor scans for who before where.
ENTITY_KINDS = {
    "PER": "Người / People",
    "ORG": "Tổ chức / Organisations",
    "LOC": "Địa danh / Places",
    "MISC": "Khác / Other",
}

AGREEMENT = {
    "all": "mọi nguồn / all sources",
    "some": "một số nguồn / some sources",
    "conflict": "mâu thuẫn / conflict",
}
# "all sources" would overstate a figure that only one outlet (and its copies) reports.
SINGLE_SOURCE = "một nguồn / single source"


def date_label(entry: TimelineEntry) -> str:
    return f"{entry.date} (năm suy ra / inferred)" if entry.inferred else entry.date


@dataclass(frozen=True)
class Marker:
    """A citation of one source: its number in the brief's source list, anchor and outlet."""

    label: str
    anchor: str
    outlet: str


@dataclass(frozen=True)
class SourceEntry:
    """One line of the numbered source list."""

    marker: Marker
    ref: ArticleRef
    copy_of: Marker | None

    @property
    def path(self) -> str:
        return self.ref.path or LABELS["stdin"]


class StoryView:
    """One brief with its sources numbered from 1, as both renderers show it."""

    def __init__(self, brief: Brief, position: int) -> None:
        self.brief = brief
        self.anchor = f"story-{position}"
        self._markers = {
            ref.id: Marker(
                label=str(n),
                anchor=f"s{position}-a{n}",
                outlet=outlet_label(ref.source, ref.source_basis),
            )
            for n, ref in enumerate(brief.articles, start=1)
        }
        self.sources = [
            SourceEntry(
                marker=self._markers[ref.id],
                ref=ref,
                copy_of=self.cite(ref.duplicate_of) if ref.duplicate_of else None,
            )
            for ref in brief.articles
        ]

    def cite(self, article_id: str) -> Marker:
        # An id missing from the source list is a builder bug: show the raw id, not a wrong number.
        return self._markers.get(article_id) or Marker(label=article_id, anchor="", outlet="")

    def cite_all(self, article_ids: Iterable[str]) -> list[Marker]:
        return [self.cite(i) for i in dict.fromkeys(article_ids)]

    @property
    def entity_groups(self) -> list[tuple[str, list[EntityFact]]]:
        """The brief's entities by kind (``ENTITY_KINDS`` order), each keeping its rank."""
        groups = [
            (label, [e for e in self.brief.entities if e.type == kind])
            for kind, label in ENTITY_KINDS.items()
        ]
        return [(label, entities) for label, entities in groups if entities]

    def agreement(self, number: NumberFact) -> str:
        """How many sources back ``number``, in words; a one-source story has no "all"."""
        independent = sum(ref.duplicate_of is None for ref in self.brief.articles)
        if independent <= 1 and number.agreement == "all":
            return SINGLE_SOURCE
        return AGREEMENT[number.agreement]

    @property
    def dates(self) -> str:
        first, last = self.brief.first_date, self.brief.last_date
        span = f"{first} → {last}" if first and last and first != last else first or last or ""
        if span and self.brief.dates_inferred:
            return f"{span} (ngày suy ra từ nội dung / inferred from the text)"
        return span


# --------------------------------------------------------------------------- JSON


def _json(briefs: Sequence[Brief], rejected: Sequence[Rejection]) -> str:
    document = {
        "stories": [brief.model_dump(mode="json") for brief in briefs],
        "rejected": [rejection.model_dump(mode="json") for rejection in rejected],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


# --------------------------------------------------------------------------- Markdown


def _md_markers(markers: Iterable[Marker]) -> str:
    return "".join(f"[{m.label}]" for m in markers)


def md_section(title: str, lines: list[str]) -> list[str]:
    """A Markdown section: heading, its lines; nothing when there are no lines."""
    return [f"## {title}", "", *lines, ""] if lines else []


def _md_story(view: StoryView) -> list[str]:
    brief = view.brief
    meta = [f"`{brief.id}`", f"{LABELS['thread']} `{brief.thread_id}`"]
    if view.dates:
        meta.append(view.dates)
    sources = []
    for s in view.sources:
        # The id is what `bantin article` and `bantin move` take.
        line = f"{s.marker.label}. **{s.marker.outlet}** — {s.ref.title or ''} — `{s.path}`"
        line += f" · `{s.ref.id}`"
        if s.ref.published:
            line += f" · {s.ref.published}"
        if s.copy_of:
            line += f" — {LABELS['copy_of']} [{s.copy_of.label}]"
        sources.append(line)
    summary = " ".join(f"{s.text} {_md_markers([view.cite(s.article_id)])}" for s in brief.summary)
    entities = [
        line
        for label, group in view.entity_groups
        for line in (
            f"**{label}**",
            "",
            *(
                f"- **{e.name}**"
                + (f" — {LABELS['aliases']}: {', '.join(e.aliases)}" if e.aliases else "")
                + f" · {e.mentions} {LABELS['mentions']}"
                + f" {_md_markers(view.cite_all(e.article_ids))}"
                for e in group
            ),
            "",
        )
    ][:-1]
    quotes = [
        f"- **{q.speaker or LABELS['unknown_speaker']}**{f' ({q.cue})' if q.cue else ''}"
        f" — “{q.text}” "
        + _md_markers([view.cite(q.article_id)])
        + (f" · {LABELS['in_title']}" if q.in_title else "")
        for q in brief.quotes
    ]
    numbers = [
        f"- {n.text}{f' — {n.about}' if n.about else ''} · {view.agreement(n)} "
        + _md_markers(view.cite_all(n.article_ids))
        for n in brief.numbers
    ]
    timeline = [
        f"- {date_label(t)} — {t.text} {_md_markers([view.cite(t.article_id)])}"
        for t in brief.timeline
    ]
    discrepancies = [
        f"- {d.kind}: {d.detail} {_md_markers(view.cite_all(d.article_ids))}"
        for d in brief.discrepancies
    ]
    return [
        f"# {brief.title}",
        "",
        " · ".join(meta),
        "",
        *md_section(LABELS["sources"], sources),
        *md_section(LABELS["summary"], [summary] if brief.summary else []),
        *md_section(LABELS["entities"], entities),
        *md_section(LABELS["quotes"], quotes),
        *md_section(LABELS["numbers"], numbers),
        *md_section(LABELS["timeline"], timeline),
        *md_section(LABELS["discrepancies"], discrepancies),
    ]


def _markdown(views: Sequence[StoryView], rejected: Sequence[Rejection]) -> str:
    lines: list[str] = []
    for view in views:
        lines += _md_story(view)
    if not views:
        lines += [f"_{LABELS['no_stories']}_", ""]
    if rejected:
        lines += [f"# {LABELS['rejected']}", "", *(f"- {r.message()}" for r in rejected), ""]
    return "\n".join(lines).rstrip("\n") + "\n"


# --------------------------------------------------------------------------- HTML


@cache
def _html_environment() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("bantin.brief", "templates"),
        autoescape=True,  # every value is escaped: article text is untrusted input
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.globals.update(labels=LABELS, date_label=date_label)
    return environment


def _html(views: Sequence[StoryView], rejected: Sequence[Rejection], listing: str | None) -> str:
    template = _html_environment().get_template("briefs.html.j2")
    title = (
        views[0].brief.title if len(views) == 1 else f"bantin — {len(views)} {LABELS['stories']}"
    )
    return template.render(title=title, views=views, rejected=rejected, listing=listing)


# --------------------------------------------------------------------------- entry point


def check_format(fmt: str) -> Format:
    """``fmt`` as a ``Format``; ``ConfigError`` when it is not one (check before any work)."""
    for known in FORMATS:
        if fmt == known:
            return known
    raise ConfigError(f"'format' must be one of {', '.join(FORMATS)}; got {fmt!r}")


def render(
    briefs: Sequence[Brief],
    fmt: Format,
    rejected: Sequence[Rejection] = (),
    listing: str | None = None,
) -> str:
    """Render briefs (and the inputs that were rejected) as ``"md"``, ``"json"`` or ``"html"``.

    ``listing`` is the URL of the story listing when the HTML is served: the thread and each
    entity then link to the listing filtered by them. A standalone file has no such links.
    """
    fmt = check_format(fmt)
    if fmt == "json":
        return _json(briefs, rejected)
    views = [StoryView(brief, position) for position, brief in enumerate(briefs, start=1)]
    if fmt == "md":
        return _markdown(views, rejected)
    return _html(views, rejected, listing)
