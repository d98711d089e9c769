"""One contract every per-article stage keeps (sklearn's ``parametrize_with_checks``):
deterministic, input untouched, copes with empty text, output survives a JSON round trip."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from bantin.analyse import Analyser, default_components
from bantin.clean import clean_article, split_stories
from bantin.models import AnalysedArticle, Article, RawArticle, Record, extend

PAGE = RawArticle(
    path="page.txt",
    text=(
        "Hà Nội khởi công tuyến metro mới\n"
        "HÀ NỘI – Sáng 3/5, thành phố khởi công tuyến metro số 5 dài 38,4 km.\n"
        "Ông Nguyễn Văn Hùng, Giám đốc Ban quản lý, cho biết: “Dự án hoàn thành năm 2030”.\n"
    ),
)
EMPTY = RawArticle(path="empty.txt", text=" \n ")


def _article(text: str) -> AnalysedArticle:
    body = tuple(line for line in text.splitlines() if line.strip())
    return extend(Article(id="a", path="p.txt", title="Tiêu đề", body=body), AnalysedArticle)


def _stages() -> list[tuple[str, Callable[[Any], Any], Any, Any]]:
    cases: list[tuple[str, Callable[[Any], Any], Any, Any]] = [
        ("clean_article", clean_article, PAGE, EMPTY),
        ("split_stories", split_stories, clean_article(PAGE), clean_article(EMPTY)),
        ("analyser", Analyser(), split_stories(clean_article(PAGE))[0],
         Article(id="e", path=None, body=())),
    ]  # fmt: skip
    segmented = _article(PAGE.text)
    for component in default_components():
        cases.append((component.name, component, segmented, _article("")))
        segmented = component(segmented)
    return cases


def _dump(output: Any) -> Any:
    if isinstance(output, list):
        return [item.model_dump(mode="json") for item in output]
    return output.model_dump(mode="json")


def _case_id(value: object) -> str:
    return value if isinstance(value, str) else ""


@pytest.mark.parametrize(("name", "stage", "record", "empty"), _stages(), ids=_case_id)
def test_stage_contract(name: str, stage: Callable[[Any], Any], record: Any, empty: Any) -> None:
    before = record.model_dump()
    first, second = stage(record), stage(record)
    assert _dump(first) == _dump(second), f"{name} is not deterministic"
    assert record.model_dump() == before, f"{name} changed its input"
    stage(empty)  # must not raise on empty text
    outputs = first if isinstance(first, list) else [first]
    for output in outputs:
        assert isinstance(output, Record)
        again = type(output).model_validate_json(output.model_dump_json())
        assert again == output, f"{name} output does not survive a JSON round trip"
