"""A lone foreign word no sentence types had been dropped; GeoNames' larger cities and the US
states (``data/world_places.txt``, ``scripts/build_world_places.py``) make it a place. The
population floor keeps smaller towns named like people off the list, and a name a person's
full name explains stays that person's."""

from __future__ import annotations

from naming import found

from bantin.analyse.facts.lexicon import world_places


def test_a_city_nothing_else_types_is_a_place() -> None:
    names = found("Bà lớn lên ở một trang trại ở bang Georgia, bên ngoài Atlanta.")
    assert ("Atlanta", "LOC") in names


def test_a_state_after_its_city_is_a_place() -> None:
    names = found("Cảnh sát đã lục soát ngôi nhà của nghi phạm ở Reno, Nevada.")
    assert {("Reno", "LOC"), ("Nevada", "LOC")} <= names


def test_the_list_holds_large_foreign_cities_and_states_only() -> None:
    places = world_places()
    assert {"atlanta", "tartus", "nevada", "yokohama"} <= places
    # towns smaller than the floor, named like people; Vietnam's places are its own lists'
    assert not {"darwin", "harvey", "obama", "vinh"} & places


def test_a_surname_of_a_person_named_in_full_stays_a_person() -> None:
    names = found(
        "Tay đua Lewis Hamilton giành chiến thắng tại Monaco.", "Sau cuộc đua, Hamilton vẫy tay."
    )
    assert ("Hamilton", "PER") in names
    assert ("Hamilton", "LOC") not in names
