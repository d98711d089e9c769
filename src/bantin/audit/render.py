"""An article's record (``ArticleDetail``) and a run's (``RunDetail``) as Markdown, JSON or HTML.

The article shows its text sentence by sentence, numbered as briefs cite them (a brief's
sentence ``[1]`` at index 4 is ``s4`` here, an anchor in HTML), then every line cleaning cut
with its reason, then what analysis found. Labels are the briefs' (Vietnamese / English).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from functools import cache

import jinja2

from ..brief.render import ENTITY_KINDS, LABELS, Format, check_format, md_section, outlet_label
from ..models import ArticleDetail, Mention, Record, RunDetail, RunPage, RunRow, Sentence

AUDIT_LABELS = {
    "text": "Nội dung / Text",
    "cut": "Đã cắt khỏi trang / Cut from the page",
    "found": "Phân tích / Found in it",
    "story": "Tin / Story",
    "not_grouped": "chưa xếp vào tin nào / not in a story yet",
    "copies": "bản sao / copies",
    "reference_date": "ngày tham chiếu / dates read against",
    "inferred": "suy ra / inferred",
    "dates": "Mốc thời gian / Dates",
    "line": "dòng / line",
    "given_lead": "sapo đầu vào / the lead given",
    "run": "lượt chạy / run",
    "unfinished": "chưa xong / unfinished",
    "added": "Bài đã lưu / Articles stored",
    "rejected": LABELS["rejected"],
}


@dataclass(frozen=True)
class EntityCount:
    text: str
    type: str
    count: int


class ArticleView:
    """One ``ArticleDetail`` as both the Markdown and HTML renderings show it."""

    def __init__(self, detail: ArticleDetail) -> None:
        self.detail = detail
        self.article = detail.article
        self.outlet = outlet_label(self.article.source, self.article.source_basis)

    @property
    def paragraphs(self) -> list[list[Sentence]]:
        """The sentences by paragraph (the lead the input gave is the first)."""
        groups: dict[int, list[Sentence]] = {}
        for sentence in self.article.sentences:
            groups.setdefault(sentence.paragraph, []).append(sentence)
        return [group for _, group in sorted(groups.items())]

    @property
    def entity_groups(self) -> list[tuple[str, list[EntityCount]]]:
        """Names as the article writes them, by kind, most mentioned first."""
        counts: dict[tuple[str, str], int] = {}
        for mention in self.article.mentions:
            key = (_name(mention), mention.type)
            counts[key] = counts.get(key, 0) + 1
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0][0]))
        groups = [
            (label, [EntityCount(t, k, n) for (t, k), n in ranked if k == kind])
            for kind, label in ENTITY_KINDS.items()
        ]
        return [(label, names) for label, names in groups if names]

    @property
    def web_address(self) -> str | None:
        """The article's URL when it is a web address: only http(s) becomes a link (the
        input's ``url`` is untrusted, and ``javascript:`` survives escaping)."""
        url = (self.article.url or "").strip()
        return url if url.lower().startswith(("http://", "https://")) else None

    @property
    def reference(self) -> str:
        date = self.article.reference_date
        if date is None:
            return ""
        return f"{date} ({AUDIT_LABELS['inferred']})" if self.article.reference_inferred else date

    def cut_line(self, line: int) -> str:
        return AUDIT_LABELS["given_lead"] if line < 0 else f"{AUDIT_LABELS['line']} {line}"


def _name(mention: Mention) -> str:
    return mention.canonical or mention.text


# --------------------------------------------------------------------------- Markdown


def _md_article(view: ArticleView) -> Iterator[str]:
    a, d = view.article, view.detail
    yield f"# {a.title or a.id}"
    yield ""
    meta = [f"`{a.id}`", view.outlet, f"`{a.path or LABELS['stdin']}`"]
    meta += [x for x in (a.external_id and f"id `{a.external_id}`", a.published, a.url) if x]
    if d.run_id is not None:
        meta.append(f"{AUDIT_LABELS['run']} {d.run_id}")
    yield " · ".join(meta)
    yield ""
    if d.story_id:
        story = f"**{d.story_title}** `{d.story_id}` · {LABELS['thread']} `{d.thread_id}`"
        yield f"{AUDIT_LABELS['story']}: {story}"
    else:
        yield f"{AUDIT_LABELS['story']}: {AUDIT_LABELS['not_grouped']}"
    if d.duplicate_of:
        yield f"{LABELS['copy_of']} `{d.duplicate_of}`"
    if d.copies:
        yield f"{AUDIT_LABELS['copies']}: " + ", ".join(f"`{c}`" for c in d.copies)
    if view.reference:
        yield f"{AUDIT_LABELS['reference_date']}: {view.reference}"
    yield ""
    yield f"## {AUDIT_LABELS['text']}"
    yield ""
    for paragraph in view.paragraphs:
        yield " ".join(f"[s{s.index}] {s.text}" for s in paragraph)
        yield ""
    cuts = [f"- {view.cut_line(c.line)} · {c.reason} — {c.text}" for c in a.dropped]
    yield from md_section(AUDIT_LABELS["cut"], cuts)
    yield from md_section(AUDIT_LABELS["found"], _md_found(view))


def _md_found(view: ArticleView) -> list[str]:
    a = view.article
    lines = [
        f"- **{label}**: " + ", ".join(f"{e.text} ×{e.count}" for e in names)
        for label, names in view.entity_groups
    ]
    lines += [
        f"- {LABELS['quotes']}: **{q.speaker or LABELS['unknown_speaker']}** ({q.cue}) “{q.text}”"
        + (f" · {LABELS['in_title']}" if q.in_title else f" [s{q.sentence}]")
        for q in a.quotes
    ]
    lines += [f"- {LABELS['numbers']}: {n.text} — {n.about} [s{n.sentence}]" for n in a.numbers]
    lines += [
        f"- {AUDIT_LABELS['dates']}: {t.text} → {t.date or '?'}"
        + (f" ({AUDIT_LABELS['inferred']})" if t.inferred else "")
        + f" [s{t.sentence}]"
        for t in a.dates
    ]
    return lines


def run_status(run: RunRow) -> str:
    return run.finished or AUDIT_LABELS["unfinished"]


def run_seconds(run: RunRow) -> str:
    """How long the run took, or that it never finished (it died, or is still going)."""
    if run.finished is None:
        return AUDIT_LABELS["unfinished"]
    took = datetime.fromisoformat(run.finished) - datetime.fromisoformat(run.started)
    return f"{took.total_seconds():.0f}"


def _md_run(detail: RunDetail) -> Iterator[str]:
    run = detail.run
    yield f"# {AUDIT_LABELS['run']} {run.id}"
    yield ""
    yield f"{run.started} → {run_status(run)} · " + ", ".join(f"`{p}`" for p in run.paths)
    yield ""
    rejected = [f"- {r.message()}" for r in detail.rejections]
    yield from md_section(f"{AUDIT_LABELS['rejected']} ({run.rejected})", rejected)
    yield f"## {AUDIT_LABELS['added']} ({run.added})"
    yield ""
    for row in detail.articles:
        story = f"`{row.story_id}`" if row.story_id else AUDIT_LABELS["not_grouped"]
        yield f"- `{row.id}` {row.title or ''} — `{row.path or LABELS['stdin']}` → {story}"
    if detail.next_offset is not None:
        yield f"- … --offset {detail.next_offset}"
    yield ""


# --------------------------------------------------------------------------- HTML


@cache
def _environment() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.PackageLoader("bantin.audit", "templates"),
        autoescape=True,  # article text is untrusted input
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.globals.update(labels=LABELS, audit=AUDIT_LABELS, run_status=run_status)
    return environment


# --------------------------------------------------------------------------- entry points


def _json(record: Record) -> str:
    return json.dumps(record.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def render_article(detail: ArticleDetail, fmt: Format, served: bool = False) -> str:
    """``detail`` as ``"md"``, ``"json"`` or ``"html"``; ``served`` HTML links its story and
    run to their pages on the same server."""
    fmt = check_format(fmt)
    if fmt == "json":
        return _json(detail)
    view = ArticleView(detail)
    if fmt == "md":
        return "\n".join(_md_article(view)).rstrip("\n") + "\n"
    return _environment().get_template("article.html.j2").render(view=view, served=served)


def runs_html(page: RunPage, limit: int, offset: int) -> str:
    """The served run log page (``/runs``)."""
    template = _environment().get_template("runs.html.j2")
    return template.render(page=page, limit=limit, offset=offset, served=True)


def render_run(detail: RunDetail, fmt: Format, served: bool = False) -> str:
    """One run as ``"md"``, ``"json"`` or ``"html"``."""
    fmt = check_format(fmt)
    if fmt == "json":
        return _json(detail)
    if fmt == "md":
        return "\n".join(_md_run(detail)).rstrip("\n") + "\n"
    return _environment().get_template("run.html.j2").render(detail=detail, served=served)
