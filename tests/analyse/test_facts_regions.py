"""Regions the news names as often as countries are places of the gazetteer: "Catalonia" had
been a person or a party, and "cựu thủ hiến Catalonia Carles Puigdemont" one person; "Bắc
Ireland" is not Ireland."""

from __future__ import annotations

import pytest
from naming import found


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("Cựu thủ hiến Catalonia Carles Puigdemont cho biết.", "Catalonia", "LOC"),
        ("Cựu thủ hiến Catalonia Carles Puigdemont cho biết.", "Carles Puigdemont", "PER"),
        ("Thủ hiến Scotland Nicola Sturgeon phản đối.", "Nicola Sturgeon", "PER"),
        ("Một vụ nổ xảy ra ở Bắc Ireland hôm qua.", "Bắc Ireland", "LOC"),
        ("Nhiệt độ ở Siberia xuống dưới âm 50 độ C.", "Siberia", "LOC"),
    ],
)
def test_the_name_and_its_type(text: str, name: str, type_: str) -> None:
    assert (name, type_) in found(text)
