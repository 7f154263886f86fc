"""Build ``newsgraph/kb/data/phoenix_people.tsv.gz`` from the Phoenix country actor dictionary.

Source: ``../shared/data/events/cameo_dictionaries/Phoenix.Countries.actors.txt`` (Open Event
Data Alliance, MIT licence; the file was generated on 2014-01-30 from CountryInfo.140130).
Only person entries (those tagged ``# CountryInfo.txt``) are kept: the primary name, its
``+`` aliases, and every ``[CODE start-end]`` role with its date range.  Output columns:

    name    aliases (|-separated)    roles (;-separated CODE@START@END, dates YYYY-MM-DD or empty)

Usage: ``python training/build_kb_people.py [SHARED_DATA_DIR]``
"""

from __future__ import annotations

import gzip
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "newsgraph" / "kb" / "data" / "phoenix_people.tsv.gz"
CODE = re.compile(r"\[([A-Z]{3,15})(?:\s+([<>]?\d{6,8})?(?:\s*-\s*(\d{6,8}))?)?\s*\]")


def _date(raw: str | None) -> str:
    if not raw:
        return ""
    raw = raw.lstrip("<>")
    if len(raw) == 6:
        yy = int(raw[:2])
        raw = (f"20{raw[:2]}" if yy <= 16 else f"19{raw[:2]}") + raw[2:]
    if len(raw) != 8:
        return ""
    y, m, d = raw[:4], raw[4:6], raw[6:]
    if not ("01" <= m <= "12" and "01" <= d <= "31"):
        return ""
    return f"{y}-{m}-{d}"


def _roles(line: str) -> list[str]:
    out = []
    for m in CODE.finditer(line):
        code, first, second = m.group(1), m.group(2) or "", m.group(3)
        if len(code) < 3 or code in {"ELI"}:  # a bare [ELI] carries no country
            continue
        if first.startswith("<"):
            start, end = "", _date(first)
        elif second:
            start, end = _date(first), _date(second)
        else:
            start, end = _date(first), ""
        out.append(f"{code}@{start}@{end}")
    return out


def _name(raw: str) -> str:
    raw = raw.strip().strip("_").replace("_", " ")
    return " ".join(w.capitalize() if not w.endswith(".") else w.upper() for w in raw.split())


def parse(path: Path) -> list[tuple[str, list[str], list[str]]]:
    people: list[tuple[str, list[str], list[str]]] = []
    current: tuple[str, list[str], list[str]] | None = None
    for line in path.read_text(encoding="latin-1").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("+"):
            if current is not None:
                current[1].append(_name(line[1:].split("#")[0]))
            continue
        if line[0] in " \t":
            if current is not None:
                current[2].extend(_roles(line))
            continue
        head, _, comment = line.partition("#")
        if "CountryInfo" in comment:
            name = _name(CODE.sub("", head))
            current = (name, [], _roles(head))
            people.append(current)
        else:
            current = None
    return [p for p in people if p[2]]


def main(argv: list[str]) -> None:
    shared = Path(argv[1]) if len(argv) > 1 else REPO.parent / "shared" / "data"
    src = shared / "events" / "cameo_dictionaries" / "Phoenix.Countries.actors.txt"
    people = parse(src)
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("# Derived from Phoenix.Countries.actors.txt (Open Event Data Alliance, MIT);"
                 " dictionary as of 2014-01-30\n")
        for name, aliases, roles in people:
            aliases = [a for a in dict.fromkeys(aliases) if a and a != name]
            fh.write(f"{name}\t{'|'.join(aliases)}\t{';'.join(dict.fromkeys(roles))}\n")
    print(f"{len(people)} people -> {OUT} ({OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main(sys.argv)
