"""``bantin eval summaries`` on a small dataset written for the tests, and a quality gate."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bantin.cli import app
from bantin.errors import DatasetError
from bantin.eval.summaries import evaluate_summaries, score_summary

BODY_A = (
    "Công ty Sao Mai khánh thành nhà máy nước sạch tại huyện Bình Yên vào sáng thứ Hai. "
    "Nhà máy có công suất 20.000 mét khối mỗi ngày và phục vụ khoảng 50.000 hộ dân. "
    "Tổng vốn đầu tư của dự án là 300 tỷ đồng, do tỉnh và doanh nghiệp cùng góp.\n"
    "Trước đây người dân trong vùng phải dùng nước giếng bị nhiễm phèn nặng."
)
BODY_B = (
    "Sáng thứ Hai, nhà máy nước sạch Bình Yên của công ty Sao Mai chính thức đi vào hoạt động. "
    "Theo lãnh đạo tỉnh, nhà máy sẽ phục vụ khoảng 50.000 hộ dân trong huyện.\n"
    "Giai đoạn hai của dự án dự kiến hoàn thành vào năm sau."
)
REFERENCE = (
    "Nhà máy nước sạch Bình Yên của công ty Sao Mai khánh thành sáng thứ Hai, "
    "công suất 20.000 mét khối mỗi ngày, phục vụ khoảng 50.000 hộ dân."
)


@pytest.fixture()
def dataset(tmp_path: Path) -> Path:
    cluster = {
        "id": "toy-0",
        "category": None,
        "documents": [
            {"id": "toy-0-a", "title": "Khánh thành nhà máy nước Bình Yên", "text": BODY_A},
            {"id": "toy-0-b", "title": "Nhà máy nước Bình Yên hoạt động", "text": BODY_B},
        ],
        "summaries": [REFERENCE],
    }
    path = tmp_path / "toy.jsonl"
    path.write_text(json.dumps(cluster, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_score_summary_of_the_reference_itself_is_perfect() -> None:
    assert score_summary(REFERENCE, [REFERENCE]) == pytest.approx((1.0, 1.0, 1.0))


def test_score_summary_averages_over_references() -> None:
    one = score_summary(REFERENCE, [REFERENCE])[1]
    other = score_summary(REFERENCE, [BODY_B])[1]
    assert score_summary(REFERENCE, [REFERENCE, BODY_B])[1] == pytest.approx((one + other) / 2)


def test_evaluate_summaries_writes_attributed_output(dataset: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    scores = evaluate_summaries(dataset, max_words=40, output=out)
    assert scores.clusters == 1
    assert 0.0 < scores.rouge2 <= 1.0
    (record,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert record["id"] == "toy-0"
    assert len(record["summary"].split()) <= 40
    assert {s["document_id"] for s in record["sentences"]} <= {"toy-0-a", "toy-0-b"}
    assert record["summary"] == " ".join(s["text"] for s in record["sentences"])


def test_eval_summaries_command_prints_json(dataset: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "summaries", str(dataset), "--json"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)
    assert set(scores) == {"rouge1", "rouge2", "rougeL", "clusters", "seconds"}
    assert scores["clusters"] == 1


@pytest.mark.parametrize("content", ["not json\n", '{"id": "x"}\n'])
def test_evaluate_summaries_rejects_files_not_in_eval_format(tmp_path: Path, content: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DatasetError):
        evaluate_summaries(path)


def test_evaluate_summaries_missing_file_is_a_dataset_error(tmp_path: Path) -> None:
    with pytest.raises(DatasetError):
        evaluate_summaries(tmp_path / "absent.jsonl")


# Pinned floor on the first clusters of AbMuSu val (held out from training). Lowering it is a
# reviewed change of its own.
ROUGE2_FLOOR = 0.26


@pytest.mark.data
def test_summaries_quality_gate_on_abmusu_val_slice(shared_data: Path) -> None:
    scores = evaluate_summaries(shared_data / "abmusu-val.jsonl", max_words=200, limit=15)
    assert scores.clusters == 15
    assert scores.rouge2 >= ROUGE2_FLOOR
