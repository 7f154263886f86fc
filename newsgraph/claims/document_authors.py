"""Who issued a text that speaks, and which body a collective of its members stands for
(session 11).

German news often lets a text speak: `Dem Bericht zufolge …`, `Nach Angaben des Berichts …`,
`führt der ai-Bericht aus, …`, `heißt es in dem Gutachten`.  The speaker entity of such a claim is whoever issued
the text, when the article says so; the evidence is grammatical, never the entity type alone
(guessing the last organisation lowered the measured accuracy in session 10):

* a **compound** whose first part names the issuer: `ai-Bericht` (`ai` the abbreviation given in
  parentheses after `amnesty international`), `Verfassungsschutzbericht` (`der Verfassungsschutz`);
* a **genitive or `von` owner** right after the document noun: `ein Bericht der
  Menschenrechtsorganisation amnesty international`, `der Bericht 2005 des Amts`, `ein Gutachten
  mit dem Titel „…“ der Stiftung X`, `ein Gutachten von Professor X`;
* the **subject of a verb of publishing** in the sentence that introduces the text (`Amnesty
  International legte einen Bericht vor`, `stellte die Studie vor`, `in einem gestern
  veröffentlichten Bericht fordert Generalsekretär X …`), or of any finite verb of a sentence
  that the text is the medium of (`prangert der Generalsekretär in seinem Bericht … an`, `In seiner „Thronrede“
  … mahnte X` for a later `hieß es in der Rede`: a speech is the text of whoever gave it).

An owner the article abbreviated in parentheses after its name is that name (`nach Ansicht von
ai` after `amnesty international (ai)`); a definite genitive owner (`Angaben des Konzerns`) is the
name that a compound of its noun leads earlier (`Der Energiekonzern RWE`), where the description
resolver missed it.

Studies (`die Studie`) are not among the texts: their gold speaker is as often the researcher
who led them (`die Forschungsgruppe um X`) as the institution that published them, and the rule
lost one on held-out train 250:500 (speaker entity 0.8034 -> 0.8022) while gaining two on 0:250.

A definite or bare document noun (`der Bericht`, `Bericht`, `des Berichts`) looks for this
evidence at its own words first, then at the earlier mentions of the same noun (also as a
compound head: `der Untersuchungsbericht` after `Ein Abschlussbericht der Kommission`), the
nearest first.  An issuer the article names (an entity mention) wins; an owner it only describes
(`der Ermittlungskommission`) counts as written, from the first mention of the text (which
introduces it).  Without any evidence the text stays its own speaker (`dem Bericht zufolge` in an
article that never says whose report it is).

Collectives of a named body: `die Richter` are the court named before (the last organisation whose
name ends in `-gericht`/`-gerichtshof`, or is abbreviated after one: `Gerichtshof (IGH)`); so is
a verdict without other evidence (`dem Urteil zufolge`), `die Forscher`/`Die Experten`/`die Wissenschaftler` the
institution an earlier `Forscher der University of X` / `Experten des Museums Y` names, or the
person an earlier `Forschungsgruppe um X` / `ein Team um den Biologen X` names as its leader.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..doc import Doc, Mention, Token
from .speaker_records import Speaker, entity_of

#: nouns of issued texts, singular (genitive `-s`/`-es` for the neuters and masculines); plurals
#: (`Berichten`, `Studien`) are many texts of many authors and stay as written
_DOCUMENT_NOUNS = (
    "bericht",
    "untersuchung",
    "gutachten",
    "urteil",
    "mitteilung",
    "erklärung",
    "stellungnahme",
    "analyse",
    "umfrage",
    "dokument",
    "report",
    "prognose",
    # speeches: the text of whoever gave them (`In seiner Thronrede mahnte X …`)
    "rede",
    "ansprache",
)
#: genitive endings of masculine and neuter nouns (`des Berichts`, `des Gutachtens`)
_GENITIVE = ("", "s", "es")
#: plural nouns of members of a body that speak for what an earlier mention names as their owner
_MEMBERS = ("forscher", "experten", "wissenschaftler", "wissenschaftlern", "forschern")
#: plural determiners before a collective (`die Richter`, `diese Experten`)
_PLURAL_DETERMINERS = frozenset({"die", "diese", "den"})
#: what a court's name ends in (`Bundesverwaltungsgericht`, `Europäischer Gerichtshof`)
_COURT_ENDINGS = (
    "gericht",
    "gerichts",
    "gerichtes",
    "gerichtshof",
    "gerichtshofs",
    "gerichtshofes",
)
#: words that open the owner of a noun (`Bericht der Kommission`, `Studie von X`)
_OWNER_WORDS = frozenset({"des", "der", "von", "vom", "eines", "einer"})
#: tags inside an owner noun phrase before its name (`der Menschenrechtsorganisation amnesty …`)
_OWNER_NP_TAGS = frozenset({"ART", "ADJA", "NN", "NE", "FM", "$(", "TRUNC", "CARD", "ADJD"})
#: stems of verbs of publishing a text (also as participles: `vorgelegt`, `veröffentlichten`)
_PUBLISHING = (
    "veröffentlich",
    "vorgeleg",
    "vorlegen",
    "vorgestellt",
    "vorstellen",
    "präsentier",
    "herausgegeben",
    "herausgeben",
    "publizier",
    "verfasst",
)
#: separable verbs of publishing: lemma of the finite verb and its particle (`legte … vor`)
_SEPARATED = {"legen": "vor", "stellen": "vor", "geben": "heraus"}
#: articles a mention may begin with (`Der Verfassungsschutz`)
_ARTICLES = frozenset({"der", "die", "das", "des", "dem", "den"})
#: labels of mentions that can issue a text
_ISSUERS = frozenset({"ORG", "PERSON"})


def document_author(
    words: list[str],
    start: int,
    end: int,
    doc: Doc,
    mentions: list[Mention],
    entity_spans: list[tuple[int, int, str, str]],
) -> Speaker | None:
    """The issuer of the text a speaker phrase names (`der Bericht`, `ai-Bericht`, `des
    Berichts`), or the body a collective of its members stands for (`die Richter`); None when
    the phrase is neither or the article gives no evidence.  ``words`` are the phrase's words
    (past the cue noun of `Angaben des Berichts`), ``start``-``end`` the whole phrase."""
    if not words or any(start <= m.start and m.end <= end for m in mentions):
        return None
    owned = [w for w in words if w.lower() not in _OWNER_WORDS]
    if len(owned) < len(words) and owned:
        # `nach Ansicht von ai`: an owner the article abbreviated after its name
        issuers = [m for m in mentions if m.label in _ISSUERS and m.end <= start]
        found = _abbreviated(owned[0].strip(",.;:"), doc, issuers[::-1], entity_spans)
        if found is not None:
            return found
    head = words[-1].strip(',.;:()„“"')
    if len(words) == 2 and words[0].lower() == "des" and _document_base(head) is None:
        found = _compound_lead(head, start, doc, mentions, entity_spans)
        if found is not None:
            return found
    if _is_member_plural(words, head):
        if head.lower().endswith(("richter", "richtern")):
            return _court(start, doc, mentions, entity_spans)
        return _members_body(head, start, doc, mentions, entity_spans)
    base = _document_base(head)
    if base is None:
        return None
    prefix = _compound_prefix(head, base)
    if prefix:
        named = _named(prefix, start, doc, mentions, entity_spans)
        if named is not None:
            return named
    toks = doc.tokens
    own = doc.token_index_at(end - 1)
    limit = doc.token_index_at(start)
    occurrences = [
        k
        for k, t in enumerate(toks[: len(toks) if limit is None else limit])
        if t.end <= start and t.tag in ("NN", "NE") and _document_base(t.text) == base
    ]
    if own is not None and toks[own].text.strip(",.") == head:
        occurrences.append(own)  # the phrase's own owner comes first (`… Studie der X`)
    unnamed: Speaker | None = None
    for k in reversed(occurrences):
        found, described = _evidence(k, base, start, doc, mentions, entity_spans)
        if found is not None:
            return found
        if described is not None:
            unnamed = described  # going back: the first mention of the text wins
    if unnamed is None and base == "urteil":  # `dem Urteil zufolge`: a court gives verdicts
        return _court(start, doc, mentions, entity_spans)
    return unnamed


def _compound_lead(
    head: str,
    start: int,
    doc: Doc,
    mentions: list[Mention],
    entity_spans: list[tuple[int, int, str, str]],
) -> Speaker | None:
    """`einer Pressemitteilung des Konzerns` after `Der Gesundheitskonzern Fresenius`: the last
    person or organisation named before whose name a compound ending in the genitive owner's
    noun leads (the genitive `-s`/`-es` dropped; `Konzern` in `Gesundheitskonzern`)."""
    low = head.lower()
    stem = (
        low[:-2] if low.endswith("es") and len(low) > 6 else low[:-1] if low.endswith("s") else ""
    )
    if len(stem) < 4 or not head[:1].isupper():
        return None  # `des Konzerns` only: a masculine or neuter genitive
    toks = doc.tokens
    for m in reversed([m for m in mentions if m.end <= start and m.label in _ISSUERS]):
        i = doc.token_index_at(m.start)
        if i is None or i == 0 or toks[i].start != m.start:
            continue
        lead = toks[i - 1]
        if lead.tag == "NN" and lead.text.lower().endswith(stem):
            return Speaker(entity_of(m, entity_spans), m.text, m.label)
    return None


def _is_member_plural(words: list[str], head: str) -> bool:
    """`die Richter`, `Die Experten`, `diese Forscher`: a plural of members of a body."""
    if len(words) < 2 or words[0].lower() not in _PLURAL_DETERMINERS:
        return False
    if any(w[:1].isupper() for w in words[1:-1]):
        return False
    low = head.lower()
    return low.endswith(("richter", "richtern")) or low in _MEMBERS


@lru_cache(maxsize=4096)
def _document_base(word: str) -> str | None:
    """The document noun ``word`` is a singular form of, or a compound ending in
    (`Verfassungsschutzberichts` -> ``bericht``), else None."""
    low = word.lower().strip(',.;:()„“"')
    for base in _DOCUMENT_NOUNS:
        for ending in _GENITIVE:
            if low.endswith(base + ending):
                return base
    return None


def _compound_prefix(word: str, base: str) -> str:
    """The first part of a compound document noun: `ai-Bericht` -> `ai`,
    `Verfassungsschutzberichts` -> `Verfassungsschutz`; empty for the bare noun."""
    clean = word.strip(',.;:()„“"')
    cut = clean.lower().rfind(base)
    return clean[:cut].rstrip("-") if cut > 0 else ""


def _named(
    prefix: str,
    start: int,
    doc: Doc,
    mentions: list[Mention],
    entity_spans: list[tuple[int, int, str, str]],
) -> Speaker | None:
    """The person or organisation a compound's first part names: a mention that is that word
    (past an article) or ends in it (`Bundesamt für Verfassungsschutz`), or that the article
    abbreviates to it in parentheses (`amnesty international (ai)`).  Mentions before the
    phrase first."""
    forms = {prefix.lower()}
    if prefix.endswith("s") and len(prefix) > 4:
        forms.add(prefix[:-1].lower())  # linking s: `Regierungsbericht`
    candidates = [m for m in mentions if m.label in _ISSUERS]
    ordered = [m for m in candidates if m.end <= start][::-1] + [
        m for m in candidates if m.start >= start
    ]
    for m in ordered:
        parts = [w for w in m.text.split() if w.lower() not in _ARTICLES]
        if len(parts) == 1 and parts[0].lower() in forms:
            return Speaker(entity_of(m, entity_spans), m.text, m.label)
    for form in forms:
        found = _abbreviated(form, doc, ordered, entity_spans)
        if found is not None:
            return found
    return None


def _abbreviated(
    word: str,
    doc: Doc,
    ordered: list[Mention],
    entity_spans: list[tuple[int, int, str, str]],
) -> Speaker | None:
    """The mention the article abbreviates to ``word`` in parentheses right after it
    (`amnesty international (ai)`), the first of ``ordered`` that is."""
    for match in re.finditer(rf"\(\s*{re.escape(word)}\s*\)", doc.text, re.IGNORECASE):
        for m in ordered:
            if 0 <= match.start() - m.end <= 1:
                return Speaker(entity_of(m, entity_spans), m.text, m.label)
    return None


def _evidence(
    k: int,
    base: str,
    start: int,
    doc: Doc,
    mentions: list[Mention],
    entity_spans: list[tuple[int, int, str, str]],
) -> tuple[Speaker | None, Speaker | None]:
    """What the mention of a text at token ``k`` says about its issuer: a named issuer (compound,
    owner or publishing subject) and an issuer only described (`der Ermittlungskommission`)."""
    word = doc.tokens[k].text
    prefix = _compound_prefix(word, base)
    if prefix:
        named = _named(prefix, start, doc, mentions, entity_spans)
        if named is not None:
            return named, None
    owner, described = _owner_after(k, doc, mentions, entity_spans)
    if owner is not None:
        return owner, None
    publisher = _publisher(k, doc, mentions, entity_spans)
    return publisher, described


def _owner_after(
    k: int,
    doc: Doc,
    mentions: list[Mention],
    entity_spans: list[tuple[int, int, str, str]],
) -> tuple[Speaker | None, Speaker | None]:
    """The genitive or `von` owner right after the noun at token ``k`` (past a year or number,
    a title `mit dem Titel „…“` or a quoted title): the mention in it, else its words."""
    toks = doc.tokens
    j = _past_title(k + 1, toks)
    if j >= len(toks) or toks[j].text.lower() not in _OWNER_WORDS:
        return None, None
    n = j + 1
    while n < len(toks) and n < j + 9 and toks[n].text not in (",", "(", ")"):
        named = any(m.start <= toks[n].start < m.end for m in mentions)
        if toks[n].tag not in _OWNER_NP_TAGS and not named:
            break  # a name the tagger reads as an adverb (`amnesty international`) goes on
        n += 1
    if n == j + 1:
        return None, None
    lo, hi = toks[j + 1].start, toks[n - 1].end
    inside = [m for m in mentions if lo <= m.start < hi and m.label in _ISSUERS]
    if inside:
        m = inside[0]
        return Speaker(entity_of(m, entity_spans), m.text, m.label), None
    words = [t for t in toks[j + 1 : n] if t.tag not in ("ART", "$(")]
    if not words or words[-1].tag not in ("NN", "NE") or not words[-1].text[:1].isupper():
        return None, None
    text = doc.text[words[0].start : words[-1].end]
    return None, Speaker(None, text, "ORG")


def _past_title(j: int, toks: list[Token]) -> int:
    """The token after a year, a number or a title that may follow a document noun before its
    owner (`Bericht 2005 des …`, `Studie mit dem Titel „Die Andere Medizin“ der …`)."""
    if j < len(toks) and toks[j].tag == "CARD":
        j += 1
    if j + 2 < len(toks) and [t.text.lower() for t in toks[j : j + 3]] == ["mit", "dem", "titel"]:
        j += 3
    if j < len(toks) and toks[j].text in ("„", '"', "»"):
        close = next(
            (n for n in range(j + 1, min(len(toks), j + 15)) if toks[n].text in ("“", '"', "«")),
            None,
        )
        if close is not None:
            j = close + 1
    return j


def _publisher(
    k: int,
    doc: Doc,
    mentions: list[Mention],
    entity_spans: list[tuple[int, int, str, str]],
) -> Speaker | None:
    """The subject of the sentence that publishes the text at token ``k`` (a verb of publishing
    in it: `X legte den Bericht vor`, `in einem gestern veröffentlichten Bericht fordert X`) or
    that speaks in it (`prangert X in seinem Bericht … an`): the first person or organisation
    of the sentence that is not inside a prepositional, genitive or dative phrase."""
    sent = doc.sentence_at(doc.tokens[k].start)
    if sent is None:
        return None
    toks = doc.tokens[sent.tok_start : sent.tok_end]
    before = [t for t in doc.tokens[sent.tok_start : k] if t.text not in ("„", '"', "»")]
    medium = bool(before) and (
        before[-1].text.lower() in ("in", "im")
        or len(before) >= 2
        and before[-2].text.lower() == "in"
        and before[-1].tag in ("ART", "PPOSAT")
    )
    if not (_publishes(toks) or medium and any(t.tag == "VVFIN" for t in toks)):
        return None
    for m in mentions:
        if not (sent.start <= m.start and m.end <= sent.end) or m.label not in _ISSUERS:
            continue
        if _subject_like(doc, sent.tok_start, m):
            return Speaker(entity_of(m, entity_spans), m.text, m.label)
    return None


def _publishes(toks: list[Token]) -> bool:
    """The sentence holds a verb of publishing (also a separable one: `legte … vor`)."""
    for n, t in enumerate(toks):
        low = t.text.lower()
        if t.tag.startswith(("VV", "ADJ")) and low.startswith(_PUBLISHING):
            return True
        particle = _SEPARATED.get(t.lemma) if t.tag == "VVFIN" else None
        if particle and any(
            u.text == particle and (m + 1 == len(toks) or toks[m + 1].tag.startswith("$"))
            for m, u in enumerate(toks[n + 1 :], start=n + 1)
        ):
            return True
    return False


def _subject_like(doc: Doc, first: int, m: Mention) -> bool:
    """The mention's noun phrase is no prepositional object and not in the genitive or dative
    (its article's case, or the mention's own word when it has none)."""
    toks = doc.tokens
    i = doc.token_index_at(m.start)
    if i is None:
        return False
    k = i - 1
    while k >= first and toks[k].tag in ("ADJA", "NN", "NE", "$(", "TRUNC") and toks[k].text != ",":
        k -= 1
    if k >= first and toks[k].tag in ("ART", "PPOSAT"):
        if (toks[k].feat("Case") or "") in ("Gen", "Dat"):
            return False
        k -= 1
    return not (k >= first and toks[k].tag in ("APPR", "APPRART", "APPO"))


def _court(
    start: int,
    doc: Doc,
    mentions: list[Mention],
    entity_spans: list[tuple[int, int, str, str]],
) -> Speaker | None:
    """`die Richter`: the last court named before (a name ending in `-gericht`, or an
    abbreviation in parentheses after one: `vom Internationalen Gerichtshof (IGH)`)."""
    for m in reversed([m for m in mentions if m.end <= start and m.label in ("ORG", "GPE")]):
        words = m.text.split()
        if words and any(w.lower().endswith(_COURT_ENDINGS) for w in words):
            return Speaker(entity_of(m, entity_spans), m.text, "ORG")
        before = doc.text[max(0, m.start - 2) : m.start].strip()
        lead = doc.text[max(0, m.start - 40) : m.start].rstrip(" (").split()
        if before == "(" and lead and lead[-1].lower().endswith(_COURT_ENDINGS):
            return Speaker(entity_of(m, entity_spans), m.text, "ORG")
    return None


def _members_body(
    head: str,
    start: int,
    doc: Doc,
    mentions: list[Mention],
    entity_spans: list[tuple[int, int, str, str]],
) -> Speaker | None:
    """`Die Forscher` after `Klimaforscher der University of Colorado`: the organisation that
    owns the last earlier mention of the same noun (also as a compound head); after `die
    Forschungsgruppe um X` / `Forscher um den Biologen X` the person who leads them."""
    low = head.lower().rstrip("n") if head.lower().endswith("ern") else head.lower()
    #: only researchers are named by the leader of their group (not `Das Team um Trainer X`)
    researchers = low.endswith(("forscher", "wissenschaftler"))
    toks = doc.tokens
    for k in range(len(toks) - 1, -1, -1):
        t = toks[k]
        if t.end > start or t.tag != "NN":
            continue
        word = t.text.lower()
        if researchers and word.endswith(_RESEARCH_GROUPS):
            leader = _led_by(k, doc, mentions, entity_spans)
            if leader is not None:
                return leader
        if not (word.endswith(low) or word.endswith(low + "n")):
            continue
        owner, described = _owner_after(k, doc, mentions, entity_spans)
        if owner is not None and owner.label == "ORG":
            return owner
        if owner is not None or described is not None:
            return None  # the nearest owned mention names another body (`des IWF`): no guess
    return None


#: nouns of a group of researchers that `um X` names by its leader (`das Team um X`)
_RESEARCH_GROUPS = (
    "forscher",
    "wissenschaftler",
    "forschungsgruppe",
    "arbeitsgruppe",
    "forscherteam",
    "forschungsteam",
)


def _led_by(
    k: int,
    doc: Doc,
    mentions: list[Mention],
    entity_spans: list[tuple[int, int, str, str]],
) -> Speaker | None:
    """The person right after `um` behind the group noun at token ``k`` (`Forschungsgruppe um
    Kjell X`, `Forscher um den Biologen Anna X`)."""
    toks = doc.tokens
    if k + 1 >= len(toks) or toks[k + 1].text != "um":
        return None
    j = k + 2
    while j < len(toks) and j < k + 6 and toks[j].tag in ("ART", "ADJA", "NN"):
        if any(m.start == toks[j].start and m.label == "PERSON" for m in mentions):
            break
        j += 1
    for m in mentions:
        if j < len(toks) and m.start == toks[j].start and m.label == "PERSON":
            return Speaker(entity_of(m, entity_spans), m.text, m.label)
    return None
