"""Rule passes that type a name by the noun next to it (session 20).

* :func:`relabel_placed_names` — a name right after the noun of a kind of place (`der Provinz
  Schabwa`, `die Hafenstadt Aden`, `im Landkreis Kusel`) is that place, whatever the model
  called it (it reads unknown foreign names as persons).
* :func:`relabel_organisation_names` — a name the model called a person right after the noun
  of a news medium, a publisher or a group (`die Tageszeitung La Nacion`, `das Medienhaus
  Lensing`, `die Menschenrechtsgruppe Justice pour le Kivu`) is that organisation (run in the
  ``cues`` rule).
* :func:`add_institution_names` — a name ending in the English head noun of an institution
  (`Stanford University`, `Hoover Institution`, `Brookings Institution`) is an organisation:
  a model ``PERSON`` over it becomes ``ORG``, and a model span cut before the head (`[Hoover]
  Institution`) takes it in.

The other two run in the ``places`` rule of :class:`newsgraph.ner.stage.EntityRecognizer`;
``docs/models/ner.md`` lists what they change on GermEval 2014.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .lexicon import Gazetteer
from .rules import NAME_PARTICLES, Found, _free, place_type

#: nouns of kinds of places before a place's name, alone or as the head of a compound with one
#: of the listed first parts (`Hafenstadt`, `Nordprovinz`, `Heimatdorf`; not `Darmstadt`), in
#: any case (`der Provinz`, `des Landkreises`)
_PLACE_NOUNS = re.compile(
    r"(?:haupt|provinzhaupt|hafen|groß|klein|kreis|grenz|millionen|küsten|heimat|geburts|"
    r"partner|nachbar|industrie|nord|süd|ost|west|berg|universitäts|bundes|land)?"
    r"(?:provinz|region|stadt|gemeinde|bezirk|kanton|staat|distrikt|präfektur|kreis|"
    r"ortschaft|dorf|insel|oblast|gouvernement|departement|teilrepublik|emirat|"
    r"stadtteil|ortsteil|metropole)(?:e?s|en|n)?"
)
#: labels a model gives a foreign place name it does not know
_MISREAD = frozenset({"PERSON", "MISC", "ORG"})


def relabel_placed_names(words: Sequence[str], spans: list[Found], gaz: Gazetteer) -> list[Found]:
    """A name the model typed as a person, an organisation or MISC right after a place noun
    (`Provinz [Schabwa]/PERSON` → ``GPE``/``LOC`` by the gazetteer) is a place.  The noun must
    be a capitalised common noun outside every span, the name one or two capitalised words
    (`Provinz Nord-Kivu`, `Region Kurdistan`)."""
    out = []
    for s in spans:
        k = s.start - 1
        if (
            s.label in _MISREAD
            and k >= 0
            and s.end - s.start <= 2
            and all(w[:1].isupper() for w in words[s.start : s.end])
            and words[k][:1].isupper()
            and _PLACE_NOUNS.fullmatch(words[k].lower())
            and _free(spans, k, k + 1)
        ):
            out.append(replace(s, label=place_type(words[s.start : s.end], gaz), source="pattern"))
        else:
            out.append(s)
    return out


#: English head nouns of institutions' names (`Stanford University`, `Hoover Institution`)
_INSTITUTION_HEADS = frozenset(
    """University Institution Institute College Foundation Hospital School Museum Corporation
    Company Airlines Airways Council Agency Commission Association""".split()  # noqa: SIM905
)


def add_institution_names(words: Sequence[str], spans: list[Found]) -> list[Found]:
    """A model span over capitalised words that ends in an institution's English head noun is
    an ``ORG`` (`[Stanford University]/PERSON`); a span right before an untagged head noun
    takes it in (`[Hoover]/GPE Institution` → `Hoover Institution`/``ORG``)."""
    out = []
    for s in spans:
        last = words[s.end - 1]
        if s.label != "ORG" and s.end - s.start >= 2 and last in _INSTITUTION_HEADS:
            out.append(replace(s, label="ORG", source="pattern"))
        elif (
            s.end < len(words)
            and words[s.end] in _INSTITUTION_HEADS
            and _free(spans, s.end, s.end + 1)
            and all(w[:1].isupper() for w in words[s.start : s.end])
        ):
            out.append(replace(s, end=s.end + 1, label="ORG", source="pattern"))
        else:
            out.append(s)
    return out


#: heads of nouns of news media and publishers (also compound ends: `Tageszeitung`,
#: `Nachrichtenagentur`, `Fernsehsender`, `Medienhaus`)
_MEDIUM_NOUNS = re.compile(
    r".*(?:zeitung|zeitschrift|magazin|agentur|sender|portal|verlag|medienhaus|blatt|"
    r"website|webseite|internetseite)"
)
#: heads of nouns of groups, movements and associations (`Menschenrechtsgruppe`,
#: `Rebellenbewegung`, `Hilfsorganisation`, `Miliz`), also in the plural or genitive
_GROUP_NOUNS = re.compile(
    r".*(?:gruppe|gruppierung|organisation|bewegung|initiative|miliz|allianz|bündnis|netzwerk|"
    r"vereinigung|kampagne|kollektiv|plattform|stiftung)(?:en|n|s)?"
)
#: lower-case words inside a foreign organisation's name (`Justice pour le Kivu`, `Front de
#: libération`, `Friends of the Earth`, `Médecins du Monde`); German ones are left out, they
#: join a name to the rest of the sentence (`die Initiative Pro Bahn für …`)
_NAME_CONNECTORS = frozenset(
    "de du des la le les pour sans of the for and et y del della di da do dos".split()  # noqa: SIM905
)


def relabel_organisation_names(
    words: Sequence[str], spans: list[Found], gaz: Gazetteer
) -> list[Found]:
    """A name the model typed as a person or MISC right after the noun of a news medium, a
    publisher or a group (`die Tageszeitung [La Nacion]/PERSON`, `des Fernsehsenders
    [Rustavi]/PERSON`, `das Medienhaus [Lensing]/PERSON`, `die Menschenrechtsgruppe
    [Justice]/PERSON pour le Kivu`) is that organisation: ``ORG``, taking in the lower-case
    connectors of a foreign name and the capitalised word after them (`Justice pour le Kivu`).
    After a group's noun a first name and another word stay a person: the group's member in
    a genitive (`die Galionsfigur der Bewegung Sarah Palin`)."""
    out = []
    dropped: set[int] = set()
    for s in spans:
        k = s.start - 1
        noun = words[k].lower() if k >= 0 and words[k][:1].isupper() else ""
        if (
            s.label in ("PERSON", "MISC")
            and noun
            and (
                _MEDIUM_NOUNS.fullmatch(noun)
                or (_GROUP_NOUNS.fullmatch(noun) and not _personal_name(words, s, gaz))
            )
            and _free(spans, k, k + 1)
        ):
            end, taken = _foreign_name_end(words, spans, s.end)
            dropped.update(id(t) for t in taken)
            out.append(replace(s, end=end, label="ORG", source="pattern"))
        else:
            out.append(s)
    return [s for s in out if id(s) not in dropped]


def _foreign_name_end(
    words: Sequence[str], spans: list[Found], end: int
) -> tuple[int, list[Found]]:
    """End of a foreign name whose first part ends at ``end``, over lower-case connectors and
    the capitalised word after each (`Justice pour le Kivu`), and the spans of the model it
    takes in (`Médecins du [Monde]/LOC`); a word inside another span stops it."""
    taken: list[Found] = []
    while True:
        j = end
        while j < len(words) and words[j] in _NAME_CONNECTORS:
            j += 1
        if j == end or j >= len(words) or not words[j][:1].isupper():
            return end, taken
        after = [t for t in spans if t.start == j]
        if not after and not _free(spans, j, j + 1):
            return end, taken
        taken.extend(after)
        end = after[0].end if after else j + 1


def _personal_name(words: Sequence[str], span: Found, gaz: Gazetteer) -> bool:
    """A first name of the gazetteer and another word (`Sarah Palin`; not `Abu Sayyaf`, whose
    first word is a name particle)."""
    first = words[span.start]
    return (
        span.end - span.start >= 2
        and "first" in gaz.kinds(first)
        and first.lower() not in NAME_PARTICLES
    )
