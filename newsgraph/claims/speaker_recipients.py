"""Where a speaker phrase ends because the person it spoke to follows: the medium in the dative.

German news names the medium a speaker talked to as a dative object right after the speaker
(`sagte der Innenminister der Zeitung`, `sagte Peter Weber der Nachrichtenagentur dpa`, `sagte
der Bürgermeister der Deutschen Presse-Agentur`).  With a feminine medium the dative article
`der`/`einer` has the form of a genitive, so the phrase readers took the medium for a
genitive attribute of the speaker (`der Bürgermeister der Deutschen Presse-Agentur`).

:func:`recipient_end` cuts the phrase before such a `der`/`einer` when the word before it
cannot take a medium as its genitive:

* a person's name (a name takes no genitive article attribute: `Peter Weber der Zeitung`),
  also before a party in brackets and with a quoted title instead of a medium noun
  (`Karl Lauterbach (SPD) der „Rheinischen Post“`);
* an office of the state, a party or a church (`Minister`, `Kanzlerin`, `Bürgermeister`,
  `Abgeordneter`, `Landrat`, `Botschafter`), also in a compound (`Innenminister`);
* a compound title that already names its institution (`Polizeisprecher`,
  `Regierungssprecher`, `Parteichef`): a spokesperson of the police is no spokesperson of a
  newspaper;
* an institution of the state or a party (`ein Sprecher der Stadt der Zeitung`);
* an age as the head (`sagte der 61-Jährige der Nachrichtenagentur AFP`, session 17).

A title a medium can have stays whole (`die Chefin der Zeitung`, `ein Sprecher des Senders`,
`der Pressesprecher der Zeitung`).  A medium is a noun that ends in a medium noun of the
lexicon (`Zeitung`, `Nachrichtenagentur`, `Presse-Agentur`, `Sender`; `Agentur` only as a
word of its own: `der Chef der Bundesagentur für Arbeit` is a genitive), also after a short
quoted name (`der „Bild“-Zeitung`), or a news agency's name (`dpa`, `AFP`).  A plural noun
without article right after a person's full name is the people spoken to as well (`sagte
Minister Peter Schulz Journalisten in Berlin`).  German only.

:func:`addressed_medium` tells the subject readers that the words right after the verb are
such a medium (`Ein Arzt sagte der Nachrichtenagentur Reuters, …`, `sagte AFP am Telefon`), so
the phrase before the verb stays the subject (session 25: the agency had been read as a
subject after the verb).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .token_view import Span2, TokenView

if TYPE_CHECKING:
    from .frames import Sentence

#: an age as the head of a person description (`der 61-Jährige`, `die 49-jährige`)
_AGE = re.compile(r"\d+-[Jj]ährigen?")

#: offices of the state, parties and churches: no medium has one (compounds end in them)
_OFFICES = (
    "minister",
    "ministerin",
    "kanzler",
    "kanzlerin",
    "bürgermeister",
    "bürgermeisterin",
    "politiker",
    "politikerin",
    "abgeordnete",
    "abgeordneter",
    "landrat",
    "landrätin",
    "senator",
    "senatorin",
    "gouverneur",
    "gouverneurin",
    "botschafter",
    "botschafterin",
    "bischof",
    "bischöfin",
    "staatssekretär",
    "staatssekretärin",
    "ministerpräsident",
    "ministerpräsidentin",
    "bundespräsident",
    "bundespräsidentin",
    "diplomat",
    "diplomatin",
    "gesandte",
    "gesandter",
    "offizier",
    "offizierin",
    "richter",
    "richterin",
    "staatsanwalt",
    "staatsanwältin",
)
#: institutions of the state and of parties that open a compound title
#: (`Polizeisprecher`, `Regierungschef`, `Fraktionsvorsitzende`)
_STATE_BODIES = (
    "polizei",
    "regierung",
    "feuerwehr",
    "ministerium",
    "partei",
    "fraktion",
    "staats",
    "stadt",
    "armee",
    "militär",
    "gericht",
    "justiz",
    "landes",
    "bundes",
    "kreis",
    "rathaus",
    "verteidigungs",
    "außenamt",
    "kanzleramt",
    "präsidial",
    "senats",
)
#: institutions of the state and of parties, also heading a genitive attribute of the speaker
#: (`ein Sprecher der Stadt`): no medium is their genitive (`der Stadt der Zeitung`)
_STATE_NOUNS = (
    "polizei",
    "regierung",
    "ministerium",
    "ministeriums",
    "stadt",
    "partei",
    "fraktion",
    "gericht",
    "gerichts",
    "staatsanwaltschaft",
    "feuerwehr",
    "armee",
    "verwaltung",
    "behörde",
    "kommission",
    "rathaus",
    "rathauses",
    "landkreis",
    "landkreises",
    "gemeinde",
)
#: title heads that a compound with a state body makes an office of that body
_TITLE_HEADS = ("sprecher", "sprecherin", "chef", "chefin", "vorsitzende", "vorsitzender")
#: medium nouns that end other compounds (`Bundesagentur`, `Internetportal`): whole words only
_EXACT_ONLY = frozenset({"Agentur", "Portal", "Medium"})
#: the most tokens between the article and the medium noun (`der „Bild“-Zeitung`)
_MEDIUM_REACH = 6
#: feminine medium nouns (compounds end in them): `der` before one is no nominative
_FEMININE_MEDIA = ("zeitung", "agentur", "zeitschrift", "illustrierte")
#: verbs of telling that take the medium spoken to as their dative object
_TELLING = frozenset({"sagte", "sagten", "sagt", "erklärte", "erklärten", "erklärt"})


def _office(word: str) -> bool:
    """A noun for an office no medium has (`Innenminister`, `Polizeisprecher`)."""
    low = word.lower()
    if low.endswith(_OFFICES):
        return True
    return low.endswith(_TITLE_HEADS) and low.startswith(_STATE_BODIES)


def _name_end(sent: Sentence, k: int, persons: list[Span2]) -> bool:
    """Token ``k`` ends a person's name (a PERSON mention or a name after a name)."""
    tok = sent.toks[k]
    if tok.tag == "NN" and (tok.start, tok.end) in persons:
        # a surname the tagger read as a noun, marked as a person on its own (`sagte
        # Brandstätter der „Welt am Sonntag“`); not after an article (`der Chef`)
        return k == 0 or sent.toks[k - 1].tag not in ("ART", "PPOSAT", "PDAT", "ADJA")
    if tok.tag != "NE":
        return False  # (the NER stage also marks `der Chef` as a person)
    return any(e == tok.end for _, e in persons) or k > 0 and sent.toks[k - 1].tag == "NE"


def _medium_at(sent: TokenView, k: int) -> bool:
    """The words after the article at ``k`` name a medium (also past a quoted name the
    phrase readers cut off: `der „Bild“-Zeitung`)."""
    return _medium_word(sent, k) is not None


def _medium_word(sent: TokenView, k: int) -> int | None:
    """The medium noun or agency name the article at ``k`` opens (:func:`_medium_at`)."""
    nouns = tuple(n.lower() for n in sent.lex.agency_nouns if n not in _EXACT_ONLY)
    exact = {n.lower() for n in sent.lex.agency_nouns} | {"presse-agentur"}
    for x in range(k + 1, min(len(sent.toks), k + 1 + _MEDIUM_REACH)):
        tok = sent.toks[x]
        if tok.text in sent.lex.agencies:
            return x
        low = tok.text.lower()
        if tok.tag in ("NN", "NE") and (low in exact or low.endswith(nouns)):
            return x
        if tok.text in ("„", "“", "-") or tok.tag == "ADJA" or sent.in_quote[x]:
            continue  # `der Deutschen Presse-Agentur`, `der „Bild“-Zeitung`
        return None
    return None


def addressed_medium(sent: TokenView, v: int) -> bool:
    """The words after the finite verb at ``v`` (and its adverbs) name the medium someone
    spoke to, in the dative: `der`/`einer` before a feminine medium noun (`sagte der
    Nachrichtenagentur Reuters`, never a nominative), or an agency's bare name after a verb of
    telling (`sagte AFP am Telefon`; not `Die Zahl nannte AFP`, where the agency is the
    subject)."""
    k = v + 1
    while k < len(sent.toks) and sent.toks[k].tag in ("ADV", "PTKNEG"):
        k += 1  # `sagte gestern der Zeitung`
    if k >= len(sent.toks) or sent.in_quote[k]:
        return False
    if sent.lower[k] in ("der", "einer") and sent.toks[k].tag == "ART":
        x = _medium_word(sent, k)
        return x is not None and sent.lower[x].endswith(_FEMININE_MEDIA)
    return k == v + 1 and sent.toks[k].text in sent.lex.agencies and sent.lower[v] in _TELLING


def recipient_end(sent: Sentence, i: int, j: int, persons: list[Span2]) -> int:
    """End of the speaker phrase ``[i, j)`` before a medium in the dative (module doc)."""
    if sent.lex.language != "de":
        return j
    for k in range(i + 1, j):
        if _bare_plural_after_name(sent, k, persons):
            return k  # `sagte Minister Peter Schulz Journalisten in Berlin`
        if k == j - 1:
            break
        if sent.lower[k] not in ("der", "einer") or sent.toks[k].tag != "ART":
            continue
        if sent.in_quote[k]:
            continue
        h = _before_party(sent, k - 1)  # `X (SPD) der „Rheinischen Post“`
        prev = sent.toks[h]
        if _name_end(sent, h, persons) and (_medium_at(sent, k) or _quoted_name(sent, k)):
            return k  # a name takes no genitive article attribute
        if prev.tag == "NN" and _office(prev.text) and _medium_at(sent, k):
            return k
        if _AGE.fullmatch(prev.text) and _medium_at(sent, k):
            return k  # `sagte der 61-Jährige der Nachrichtenagentur AFP`: no medium's age
        if prev.tag == "NN" and prev.text.lower().endswith(_STATE_NOUNS) and _medium_at(sent, k):
            return k  # `ein Sprecher der Stadt der Zeitung`: no medium of a city
    return j


def _bare_plural_after_name(sent: Sentence, k: int, persons: list[Span2]) -> bool:
    """A plural noun without article right after a person's full name (a PERSON mention of
    two words or more) is the dative of the people spoken to (`Journalisten`, `Reportern`):
    a name takes no such attribute."""
    tok = sent.toks[k]
    if tok.tag != "NN" or tok.feat("Number") != "Plur" or sent.in_quote[k] or k < 2:
        return False
    prev = sent.toks[k - 1]
    if prev.tag != "NE" or sent.lex.is_source_noun(tok.text):
        return False
    return any(e == prev.end and s < prev.start for s, e in persons)


def _before_party(sent: Sentence, k: int) -> int:
    """The token before a short parenthesis ending at ``k`` (a party or age after a name:
    `Karl Lauterbach (SPD)`), else ``k``."""
    if sent.toks[k].text != ")":
        return k
    for x in range(k - 1, max(0, k - 4), -1):
        if sent.toks[x].text == "(":
            return x - 1 if x > 0 else k
    return k


def _quoted_name(sent: Sentence, k: int) -> bool:
    """A quoted name follows the article at ``k`` (`der „Rheinischen Post“`): after a person's
    name, the title of the newspaper or programme the person spoke to."""
    return k + 2 < len(sent.toks) and sent.toks[k + 1].text == "„" and sent.is_cap(k + 2)
