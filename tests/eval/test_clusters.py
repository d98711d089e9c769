"""`bantin eval clusters`: gold reading, stream order, scoring, the CLI, and a data gate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bantin.errors import DatasetError
from bantin.eval.clusters import gold_clusters, score_grouping, stream_order
from bantin.group import StoryGrouper
from bantin.models import AnalysedArticle

KEYS = {"b3_precision", "b3_recall", "b3_f1", "ari", "nmi", "stories", "gold_clusters",
        "seconds", "peak_mb"}  # fmt: skip

# Two events, two reports each, written for this test.
CLUSTERS = [
    {"id": "c1", "documents": [
        {"id": "d1", "title": "Lũ quét ở Quảng Nam làm 5 người chết",
         "text": "Lũ quét ở huyện Nam Trà My, Quảng Nam làm 5 người chết. Nước sông Thu Bồn "
                 "dâng cao, ngập 300 ngôi nhà. Ban chỉ huy phòng chống thiên tai tỉnh sơ tán dân.",
         "published": "2024-10-01T08:00:00"},
        {"id": "d2", "title": "Quảng Nam: 5 người thiệt mạng do lũ quét",
         "text": "Mưa lũ tại Quảng Nam khiến 5 người thiệt mạng ở Nam Trà My. Sông Thu Bồn vượt "
                 "báo động 3, hàng trăm ngôi nhà bị ngập, dân được sơ tán.",
         "published": "2024-10-01T11:00:00"}]},
    {"id": "c2", "documents": [
        {"id": "d3", "title": "Việt Nam thắng Thái Lan 2-1 trên sân Mỹ Đình",
         "text": "Đội tuyển Việt Nam thắng Thái Lan 2-1 trên sân Mỹ Đình tối qua. Tiến Linh ghi "
                 "bàn quyết định ở phút 88. Huấn luyện viên Troussier hài lòng với các học trò.",
         "published": "2024-10-02T22:00:00"},
        {"id": "d4", "title": "Tiến Linh lập công, Việt Nam hạ Thái Lan",
         "text": "Tiến Linh lập công ở phút 88 giúp đội tuyển Việt Nam thắng Thái Lan 2-1 trên "
                 "sân Mỹ Đình. Huấn luyện viên Troussier khen tinh thần của các cầu thủ.",
         "published": None}]},
]  # fmt: skip


@pytest.fixture
def dataset(tmp_path: Path) -> Path:
    path = tmp_path / "toy.jsonl"
    path.write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in CLUSTERS) + "\n")
    return path


def article(key: str, published: str | None) -> AnalysedArticle:
    return AnalysedArticle(id=key, path=None, body=(key,), published=published)


def test_gold_clusters_maps_documents_to_their_cluster(dataset: Path) -> None:
    gold = gold_clusters([str(dataset)])
    assert gold["d1"] == gold["d2"] != gold["d3"] == gold["d4"]


def test_gold_clusters_missing_file_is_a_dataset_error(tmp_path: Path) -> None:
    with pytest.raises(DatasetError, match="not found"):
        gold_clusters([str(tmp_path / "absent.jsonl")])


def test_gold_clusters_names_the_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "c1", "documents": [{"id": "d1"}]}\n{"id": "c2"}\n')
    with pytest.raises(DatasetError, match=r"bad.jsonl:2"):
        gold_clusters([str(path)])


def test_stream_order_puts_dated_first_by_time_and_shuffles_the_rest() -> None:
    dated = [("late", article("a", "2024-05-02")), ("early", article("b", "2024-05-01"))]
    undated = [(f"u{i:02d}", article(f"u{i}", None)) for i in range(30)]
    ordered = stream_order(dated + undated)
    assert [d for d, _ in ordered[:2]] == ["early", "late"]
    rest = [d for d, _ in ordered[2:]]
    assert sorted(rest) == sorted(d for d, _ in undated)
    assert rest != sorted(rest)
    assert [d for d, _ in stream_order(list(reversed(dated + undated)))] == [d for d, _ in ordered]


def test_score_grouping_uses_each_document_first_part() -> None:
    first, second, other = article("p0", None), article("p1", None), article("q", None)
    second = second.model_copy(update={"part": 1})
    pairs = [("doc", second), ("doc", first), ("other", other)]
    grouper = StoryGrouper().partial_fit([first, second, other])
    story_of, scores = score_grouping({"doc": "g1", "other": "g2", "lost": "g2"}, pairs, grouper)
    assert story_of["doc"] == grouper.story_for("p0")
    assert scores.gold_clusters == 2
    assert scores.stories == 3  # the document without an article counts as its own story


def test_eval_clusters_cli_prints_the_json_keys(dataset: Path, tmp_path: Path) -> None:
    from bantin.cli import app

    out = tmp_path / "assignments.jsonl"
    result = CliRunner().invoke(
        app, ["eval", "clusters", str(dataset), "--json", "--assignments", str(out)]
    )
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert set(scores) == KEYS
    assert scores["gold_clusters"] == 2
    assert scores["b3_f1"] == pytest.approx(1.0)
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert {line["document_id"] for line in lines} == {"d1", "d2", "d3", "d4"}
    story = {line["document_id"]: line["story_id"] for line in lines}
    assert story["d1"] == story["d2"] != story["d3"] == story["d4"]


def test_eval_clusters_cli_reports_a_missing_file_in_one_line(tmp_path: Path) -> None:
    from bantin.cli import app

    result = CliRunner().invoke(app, ["eval", "clusters", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 1
    assert "[B006]" in result.output and "not found" in result.output


@pytest.mark.data
@pytest.mark.slow
def test_eval_clusters_slice_of_vmds_batches_and_quality(shared_data: Path, tmp_path: Path) -> None:
    """Gate on 30 VMDS clusters: one batch vs ten batches within 0.01 B3 F1, and a floor."""
    from bantin.eval.clusters import analysed_documents

    lines = (shared_data / "vmds.jsonl").read_text(encoding="utf-8").splitlines()[:30]
    sliced = tmp_path / "vmds-slice.jsonl"
    sliced.write_text("\n".join(lines) + "\n", encoding="utf-8")
    gold = gold_clusters([str(sliced)])
    pairs = stream_order(list(analysed_documents([str(sliced)])))
    articles = [a for _, a in pairs]
    whole = StoryGrouper().partial_fit(articles)
    batched = StoryGrouper()
    size = -(-len(articles) // 10)
    for start in range(0, len(articles), size):
        batched.partial_fit(articles[start : start + size])
    f_whole = score_grouping(gold, pairs, whole)[1].b3_f1
    f_batched = score_grouping(gold, pairs, batched)[1].b3_f1
    assert abs(f_whole - f_batched) <= 0.01
    assert f_whole >= 0.85
