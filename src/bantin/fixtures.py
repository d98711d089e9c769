"""A seeded store for tests: hand-written Vietnamese records, one fresh SQLite file per test.

Three stories in two threads: a landslide reported by two outlets plus an aggregator's
near-copy, a relief story in the same thread, and an unrelated city story whose page gives no
outlet and no date. The briefs carry every facts field (aliases, quotes, numbers that agree and
that conflict, inferred dates, a discrepancy), and the run stored two rejected inputs. The texts
are written for bantin; sentences are given word-segmented (syllables joined by ``_``) so the
records look like the analyser's output.

    store = build_fixture_store(tmp_path / "news.db")
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Literal

from .models import (
    AnalysedArticle,
    ArticleRef,
    Brief,
    DateMention,
    Discrepancy,
    EntityFact,
    GrouperState,
    Mention,
    NumberFact,
    NumberMention,
    Quote,
    QuoteFact,
    Rejection,
    Sentence,
    Story,
    SummarySentence,
    TimelineEntry,
)
from .store import Store

_NO_SPACE_BEFORE = frozenset(".,;:!?)”")
_NO_SPACE_AFTER = frozenset("(“")
_FIXTURE_STAGES = {"segment": "fixture.1", "facts": "fixture.1"}


def _detokenise(words: tuple[str, ...]) -> str:
    """Display text of segmented tokens: syllables split again, no space before punctuation."""
    text = ""
    for word in words:
        glue = not text or word[0] in _NO_SPACE_BEFORE or text[-1] in _NO_SPACE_AFTER
        text += ("" if glue else " ") + word.replace("_", " ")
    return text


def _article(
    *,
    path: str | None,
    title: str,
    paragraphs: tuple[tuple[str, ...], ...],
    source: str | None = None,
    published: str | None = None,
    part: int = 0,
    external_id: str | None = None,
    mentions: tuple[Mention, ...] = (),
    quotes: tuple[Quote, ...] = (),
    numbers: tuple[NumberMention, ...] = (),
    dates: tuple[DateMention, ...] = (),
) -> AnalysedArticle:
    """An analysed article from segmented sentences grouped by paragraph."""
    sentences: list[Sentence] = []
    body: list[str] = []
    for paragraph, segmented in enumerate(paragraphs):
        for line in segmented:
            words = tuple(line.split())
            sentences.append(
                Sentence(
                    index=len(sentences), paragraph=paragraph, text=_detokenise(words), words=words
                )
            )
        body.append(" ".join(s.text for s in sentences if s.paragraph == paragraph))
    return AnalysedArticle(
        id=hashlib.sha256("\n".join(body).encode()).hexdigest()[:16],
        path=path,
        part=part,
        external_id=external_id,
        title=title,
        body=tuple(body),
        source=source,
        published=published,
        sentences=tuple(sentences),
        mentions=mentions,
        quotes=quotes,
        numbers=numbers,
        dates=dates,
        reference_date=published[:10] if published else None,
        reference_inferred=published is None,
        stages=_FIXTURE_STAGES,
    )


def _ref(article: AnalysedArticle, duplicate_of: str | None = None) -> ArticleRef:
    return ArticleRef(
        id=article.id,
        path=article.path,
        title=article.title,
        source=article.source,
        published=article.published,
        duplicate_of=duplicate_of,
    )


def _cite(article: AnalysedArticle, sentence: int) -> SummarySentence:
    return SummarySentence(
        text=article.sentences[sentence].text, article_id=article.id, sentence=sentence
    )


def _quote_fact(article: AnalysedArticle, quote: Quote) -> QuoteFact:
    return QuoteFact(
        speaker=quote.speaker,
        cue=quote.cue,
        text=quote.text,
        article_id=article.id,
        sentence=quote.sentence,
    )


def _number_fact(
    mention: NumberMention,
    article_ids: tuple[str, ...],
    agreement: Literal["all", "some", "conflict"],
) -> NumberFact:
    return NumberFact(
        value=mention.value,
        unit=mention.unit,
        about=mention.about,
        text=mention.text,
        article_ids=article_ids,
        agreement=agreement,
    )


def _timeline(article: AnalysedArticle, date: DateMention) -> TimelineEntry:
    assert date.date is not None
    return TimelineEntry(
        date=date.date,
        inferred=date.inferred,
        text=date.text,
        article_id=article.id,
        sentence=date.sentence,
    )


@dataclass(frozen=True)
class FixtureRecords:
    """Everything ``build_fixture_store`` writes, for tests to compare against."""

    articles: tuple[AnalysedArticle, ...]
    stories: tuple[Story, ...]
    briefs: tuple[Brief, ...]
    rejections: tuple[Rejection, ...]


def _landslide_articles() -> tuple[AnalysedArticle, AnalysedArticle, AnalysedArticle]:
    """The first report, a second outlet's report (other figures), an aggregator's copy."""
    first_sentences = (
        "Mưa lớn kéo_dài từ hôm 8/9 đã gây sạt_lở đất tại huyện Bát_Xát , tỉnh Lào_Cai .",
        "Hơn 200 hộ dân đã được sơ_tán đến nơi an_toàn , 2 người vẫn đang mất_tích .",
    )
    first_quote = (
        "Ông Nguyễn_Văn_Hùng , Chủ_tịch UBND huyện Bát_Xát , cho_biết : “ Lực_lượng cứu_hộ"
        " đã có_mặt tại hiện_trường ngay trong đêm . ”",
    )
    original = _article(
        path="trang/tin-nhanh-1009.txt",
        source="Báo Tin Nhanh",
        published="2025-09-10",
        title="Sạt lở đất ở Bát Xát, hơn 200 hộ dân phải sơ tán",
        paragraphs=(first_sentences, first_quote),
        mentions=(
            Mention(text="Bát Xát", type="LOC", sentence=0, canonical="Bát Xát"),
            Mention(text="Lào Cai", type="LOC", sentence=0, canonical="Lào Cai"),
            Mention(text="Nguyễn Văn Hùng", type="PER", sentence=2),
        ),
        quotes=(
            Quote(
                text="Lực lượng cứu hộ đã có mặt tại hiện trường ngay trong đêm.",
                cue="cho biết",
                speaker="Nguyễn Văn Hùng",
                sentence=2,
            ),
        ),
        numbers=(
            NumberMention(
                value=200,
                unit="hộ",
                about="hộ dân sơ tán",
                text="Hơn 200 hộ dân",
                sentence=1,
                qualifier="hơn",
            ),
            NumberMention(value=2, unit="người", about="mất tích", text="2 người", sentence=1),
        ),
        dates=(DateMention(text="hôm 8/9", date="2025-09-08", inferred=True, sentence=0),),
    )
    # An aggregator's copy: the same text plus a credit line, so a different content hash.
    copy = _article(
        path="nguon/tong-hop.jsonl",
        source="Tin Tổng Hợp",
        published="2025-09-10",
        external_id="tth-0077",
        title=original.title or "",
        paragraphs=(first_sentences, (*first_quote, "Theo Báo Tin_Nhanh .")),
        mentions=original.mentions,
        quotes=original.quotes,
        numbers=original.numbers,
        dates=original.dates,
    )
    second_outlet = _article(
        path="trang/thoi-su-vung-cao.html",
        source="Thời Sự Vùng Cao",
        published="2025-09-11T07:30:00+07:00",
        title="Lào Cai: hàng trăm hộ dân rời vùng sạt lở",
        paragraphs=(
            (
                "Chính_quyền tỉnh Lào_Cai đã sơ_tán hơn 200 hộ dân ở huyện Bát_Xát sau đợt"
                " mưa lớn hôm 8/9 .",
                "Theo Ủy_ban_nhân_dân tỉnh , thiệt_hại ban_đầu ước_tính khoảng 15 tỷ đồng và"
                " 3 người mất_tích .",
            ),
            (
                "Chủ_tịch huyện Hùng nói rằng các lực_lượng đang khẩn_trương thông tuyến đường"
                " bị chia_cắt .",
            ),
        ),
        mentions=(
            Mention(text="Lào Cai", type="LOC", sentence=0, canonical="Lào Cai"),
            Mention(text="Bát Xát", type="LOC", sentence=0, canonical="Bát Xát"),
            Mention(text="Ủy ban nhân dân tỉnh", type="ORG", sentence=1),
            Mention(text="Chủ tịch huyện Hùng", type="PER", sentence=2),
        ),
        numbers=(
            NumberMention(
                value=200,
                unit="hộ",
                about="hộ dân sơ tán",
                text="hơn 200 hộ dân",
                sentence=0,
                qualifier="hơn",
            ),
            NumberMention(
                value=15e9,
                unit="đồng",
                about="thiệt hại ban đầu",
                text="khoảng 15 tỷ đồng",
                sentence=1,
                qualifier="khoảng",
            ),
            NumberMention(value=3, unit="người", about="mất tích", text="3 người", sentence=1),
        ),
        dates=(DateMention(text="hôm 8/9", date="2025-09-08", inferred=True, sentence=0),),
    )
    return original, second_outlet, copy


def _relief_article() -> AnalysedArticle:
    return _article(
        path="trang/tin-nhanh-1309.txt",
        source="Báo Tin Nhanh",
        published="2025-09-13",
        title="Gửi 500 tấn gạo hỗ trợ người dân vùng sạt lở Lào Cai",
        paragraphs=(
            (
                "Bộ Nông_nghiệp và Môi_trường đã hỗ_trợ 500 tấn gạo cho các hộ dân bị"
                " ảnh_hưởng bởi đợt sạt_lở tuần trước .",
                "Đại_diện Bộ khẳng_định : “ Không để người dân nào bị thiếu_đói . ”",
            ),
        ),
        mentions=(Mention(text="Bộ Nông nghiệp và Môi trường", type="ORG", sentence=0),),
        quotes=(
            Quote(
                text="Không để người dân nào bị thiếu đói.",
                cue="khẳng định",
                speaker="Bộ Nông nghiệp và Môi trường",
                sentence=1,
            ),
        ),
        numbers=(
            NumberMention(value=500, unit="tấn", about="gạo hỗ trợ", text="500 tấn", sentence=0),
        ),
        dates=(DateMention(text="tuần trước", date="2025-09", inferred=True, sentence=0),),
    )


def _bus_article() -> AnalysedArticle:
    # The second story on a page with no outlet and no date: part 1, nothing to resolve against.
    return _article(
        path="trang/xe-buyt.txt",
        part=1,
        title="Hà Nội mở tuyến xe buýt điện số 12",
        paragraphs=(
            (
                "Tuyến xe_buýt điện số 12 đã chính_thức chạy tại Hà_Nội từ sáng 1/10 .",
                "Tuyến dài 25 km , đi qua 4 quận nội_thành .",
            ),
        ),
        mentions=(Mention(text="Hà Nội", type="LOC", sentence=0, canonical="Hà Nội"),),
        numbers=(
            NumberMention(value=25, unit="km", about="chiều dài tuyến", text="25 km", sentence=1),
            NumberMention(value=4, unit="quận", about="quận đi qua", text="4 quận", sentence=1),
        ),
        dates=(DateMention(text="sáng 1/10", date=None, inferred=True, sentence=0),),
    )


@cache
def fixture_records() -> FixtureRecords:
    """The records of the fixture store, built once (they are frozen)."""
    original, second_outlet, copy = _landslide_articles()
    relief = _relief_article()
    bus = _bus_article()
    landslide = Story(
        id="s-batxat",
        thread_id="t-laocai",
        title=original.title or "",
        article_ids=(original.id, second_outlet.id, copy.id),
        duplicate_of={copy.id: original.id},
        first_date="2025-09-10",
        last_date="2025-09-11",
    )
    aid = Story(
        id="s-cuutro",
        thread_id="t-laocai",
        title=relief.title or "",
        article_ids=(relief.id,),
        first_date="2025-09-13",
        last_date="2025-09-13",
    )
    city = Story(id="s-xebuyt", thread_id="t-xebuyt", title=bus.title or "", article_ids=(bus.id,))
    both = (original.id, second_outlet.id)
    landslide_brief = Brief(
        id=landslide.id,
        thread_id=landslide.thread_id,
        title=landslide.title,
        articles=(_ref(original), _ref(second_outlet), _ref(copy, duplicate_of=original.id)),
        summary=(_cite(original, 0), _cite(original, 1), _cite(second_outlet, 1)),
        entities=(
            EntityFact(
                name="Lào Cai", type="LOC", aliases=("tỉnh Lào Cai",), mentions=2, article_ids=both
            ),
            EntityFact(
                name="Nguyễn Văn Hùng",
                type="PER",
                aliases=("Chủ tịch huyện Hùng", "ông Hùng"),
                mentions=2,
                article_ids=both,
            ),
            EntityFact(
                name="UBND tỉnh Lào Cai",
                type="ORG",
                aliases=("Ủy ban nhân dân tỉnh",),
                mentions=1,
                article_ids=(second_outlet.id,),
            ),
        ),
        quotes=(_quote_fact(original, original.quotes[0]),),
        numbers=(
            _number_fact(original.numbers[0], both, "all"),
            _number_fact(original.numbers[1], (original.id,), "conflict"),
            _number_fact(second_outlet.numbers[2], (second_outlet.id,), "conflict"),
            _number_fact(second_outlet.numbers[1], (second_outlet.id,), "some"),
        ),
        timeline=(_timeline(original, original.dates[0]),),
        discrepancies=(
            Discrepancy(
                kind="number",
                detail="mất tích: 2 người (Báo Tin Nhanh) / 3 người (Thời Sự Vùng Cao)",
                article_ids=both,
            ),
        ),
        first_date=landslide.first_date,
        last_date=landslide.last_date,
    )
    aid_brief = Brief(
        id=aid.id,
        thread_id=aid.thread_id,
        title=aid.title,
        articles=(_ref(relief),),
        summary=(_cite(relief, 0), _cite(relief, 1)),
        entities=(
            EntityFact(
                name="Bộ Nông nghiệp và Môi trường",
                type="ORG",
                aliases=("Bộ",),
                mentions=2,
                article_ids=(relief.id,),
            ),
        ),
        quotes=(_quote_fact(relief, relief.quotes[0]),),
        numbers=(_number_fact(relief.numbers[0], (relief.id,), "all"),),
        timeline=(_timeline(relief, relief.dates[0]),),
        first_date=aid.first_date,
        last_date=aid.last_date,
    )
    city_brief = Brief(
        id=city.id,
        thread_id=city.thread_id,
        title=city.title,
        articles=(_ref(bus),),
        summary=(_cite(bus, 0), _cite(bus, 1)),
        entities=(EntityFact(name="Hà Nội", type="LOC", mentions=1, article_ids=(bus.id,)),),
        numbers=(_number_fact(bus.numbers[0], (bus.id,), "all"),),
    )
    return FixtureRecords(
        articles=(original, second_outlet, copy, relief, bus),
        stories=(landslide, aid, city),
        briefs=(landslide_brief, aid_brief, city_brief),
        rejections=(
            Rejection(path="trang/trong.txt", reason="empty"),
            Rejection(path="trang/anh.jpg", reason="binary", detail="NUL bytes in the first 1 KiB"),
        ),
    )


def build_fixture_store(path: str | os.PathLike[str]) -> Store:
    """A new store at ``path`` holding ``fixture_records()``, written as one run of two batches.

    The caller closes the store (``with build_fixture_store(p) as store:``).
    """
    records = fixture_records()
    store = Store(path)
    run_id = store.start_run(["trang", "nguon/tong-hop.jsonl"])
    landslide, aid, city = records.stories
    store.write_batch(
        articles=[a for a in records.articles if a.id not in aid.article_ids],
        rejections=records.rejections,
        stories=[landslide, city],
        briefs=[b for b in records.briefs if b.id != aid.id],
        grouper_state=GrouperState(header=json.dumps({"fixture": True, "stories": 2})),
        run_id=run_id,
    )
    # The relief report arrives later and opens a story in the landslide's thread.
    store.write_batch(
        articles=[a for a in records.articles if a.id in aid.article_ids],
        stories=[aid],
        briefs=[b for b in records.briefs if b.id == aid.id],
        grouper_state=GrouperState(header=json.dumps({"fixture": True, "stories": 3})),
        run_id=run_id,
    )
    store.finish_run(run_id, added=len(records.articles), rejected=len(records.rejections))
    return store


def build_store_before_migration(tmp_path: Path, migration: str, undo: str) -> Path:
    """A fixture store at ``tmp_path/old.db`` as written before ``migration``: ``undo`` (SQL)
    takes its change back and the migration is struck from the ledger."""
    path = tmp_path / "old.db"
    build_fixture_store(path).close()
    conn = sqlite3.connect(path)
    try:
        conn.executescript(undo)
        with conn:
            conn.execute("DELETE FROM migrations WHERE name = ?", (migration,))
    finally:
        conn.close()
    return path
