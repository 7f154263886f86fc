"""The cue lexicons of block detection (``cues.yaml``), compiled once, plus text helpers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import islice

import yaml

_QUOTED = re.compile(r"„[^“”\"\n]*[“”\"]|“[^”\n]*”|»[^«\n]*«|«[^»\n]*»|\"[^\"\n]*\"")
_SENT_END = re.compile(r"[.!?…]+[\"“”»«’)]*(?=\s|$)")
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


@dataclass(frozen=True)
class Cues:
    """Compiled cue patterns (see ``cues.yaml`` for what each list means)."""

    sections: frozenset[str]
    credit_marker: re.Pattern[str]
    agency_credit: re.Pattern[str]
    agencies: re.Pattern[str]
    caption_marker: re.Pattern[str]
    related: re.Pattern[str]
    appeal_words: re.Pattern[str]
    outlet_possessive: re.Pattern[str]
    reader_address: re.Pattern[str]
    imperative: re.Pattern[str]
    boilerplate: re.Pattern[str]
    furniture: re.Pattern[str]
    editorial_note: re.Pattern[str]
    author_box: re.Pattern[str]
    author_bio: re.Pattern[str]
    stamp: re.Pattern[str]
    dateline_agency: str


def _alt(items: list[str]) -> str:
    return "(?:" + "|".join(f"(?:{x})" for x in items) + ")"


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    """Load and compile ``cues.yaml`` shipped with the package (cached; immutable)."""
    raw = resources.files(__package__).joinpath("cues.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(raw)
    i = re.IGNORECASE
    return Cues(
        sections=frozenset(s.lower() for s in data["sections"]),
        credit_marker=re.compile(_alt(data["credit_markers"])),
        agency_credit=re.compile(
            r"(?:" + _alt(data["agencies"]) + r")\s*[/|]|[/|]\s*" + _alt(data["agencies"]), i
        ),
        agencies=re.compile(r"\b" + _alt(data["agencies"]) + r"\b", i),
        caption_marker=re.compile(_alt(data["caption_markers"]), i),
        related=re.compile(r"^\W{0,3}" + _alt(data["related"]) + r"(?=\W|$)", i),
        appeal_words=re.compile(r"\b" + _alt(data["appeal_words"]) + r"\b", i),
        outlet_possessive=re.compile(
            r"\bunser(?:e|en|er|em|es)?\s+(?:\w+\s+)?" + _alt(data["outlet_nouns"]) + r"\b", i
        ),
        reader_address=re.compile(_alt(data["reader_address"])),
        imperative=re.compile(
            r"(?:^|(?<=[.!?:]\s))" + _alt(data["imperatives"]) + r"\b"
            # "Unterstützt wird diese Einschätzung ..." is a verb-first statement, not an appeal
            r"(?!\s+(?:wird|werden|wurde|wurden|worden|ist|sind|war|waren|hat|haben|hatte)\b)"
        ),
        boilerplate=re.compile(r"\b" + _alt(data["boilerplate"]) + r"\b", i),
        furniture=re.compile(
            r"^\W*" + _alt(data["furniture"]) + r"(?:\W+" + _alt(data["furniture"]) + r")*\W*$", i
        ),
        editorial_note=re.compile(r"^\W{0,3}" + _alt(data["editorial_notes"]), i),
        author_box=re.compile(r"^" + _alt(data["author_box"])),
        author_bio=re.compile(_alt(data["author_bio"])),
        stamp=re.compile(r"^" + _alt(data["stamps"]), i),
        dateline_agency=_alt(data["dateline_agencies"]),
    )


def strip_quotes(text: str) -> str:
    """The text with quoted speech blanked out (same length), so cues in quotes don't count."""
    return _QUOTED.sub(lambda m: " " * len(m.group(0)), text)


def count_sentences(text: str) -> int:
    return max(1, len(_SENT_END.findall(text)))


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


def at_most_words(text: str, limit: int) -> bool:
    """``count_words(text) <= limit``, without scanning past the word after the limit."""
    return next(islice(_WORD.finditer(text), limit, None), None) is None


def ends_like_sentence(text: str) -> bool:
    return bool(re.search(r"[.!?…:;][\"“”»«’)]*\s*$", text))
