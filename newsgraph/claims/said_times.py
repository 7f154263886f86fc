"""When a German claim was said (``said``): the time expression attached to its frame.

The time expression (``article.times``) in the cue's sentence that lies outside the content,
the nearest one to the cue: `gab am 4. November bekannt` → `am 4. November`, `erklärte gestern`,
`Am Dienstag sagte der Minister`, `…, sagte der Minister am Mittwoch`.  Reported speech spans
its frame, so a time inside its content still counts.  No time is the time of saying when

- the cue is a verb of intention the lexicon lists among announcements (`will`, `plant`,
  `beabsichtigt`): no speech act, `Die Stadt will im Herbst … einführen` names the time of the
  plan;
- the claim is a source cited by `unter Berufung auf` (cue class ``cite``): the article tells
  when the medium reported, not when its source spoke;
- the time expression is a target governed by `für`, `ab` or `bis` (`kündigte für Mai einen
  Streik an`, `ab Montag`), or begins after the article's publication date (`kündigte für
  kommende Woche Streiks an`): nothing was said in the future (coverage round, session 9);
- it is a duration or a set (`der 81-jährige`, `seit drei Jahren`, `täglich`), stands in
  quotation marks (`in der „BILD am Sonntag“`), belongs to a noun (`des Irakkrieges 2003`,
  `der Saison 2005`), or lies in another clause than the cue (`Der Bürgermeister, der am
  Montag gewählt wurde, sagte …`; `…, welche in dieser Woche zurückkehrten`): measured on the
  claim-records gold, session 10;
- a `Demnach`/`Danach` frame without a time of its own takes the time point of the main
  clause of the sentence before, the statement it points back to (`X gab am Montag einen
  Kommentar ab. Demnach …`).

Session 11 (claim-records gold): a `wonach` clause takes the time of its frame, the clauses
before it up to the main clause (`Am Montag kehrten sie zur Version zurück, wonach …`); a
relative clause telling when the source text appeared counts (`Dies geht aus einer Mitteilung
hervor, die am 11. Oktober veröffentlicht wurde`), as does the Vorfeld before a relative clause
in front of the finite cue (`In einem gestern veröffentlichten Bericht, der …, fordert X`); a
duration counted from a moment is a point (`sechs Tage nach der Wahl`, `zwei Tage später`); no
time is a date as the bound of a period (`vor 1933`, `nach 1945`), a time in parentheses (`(Stand:
00:35 Uhr)`), or, for a cue noun whose owner follows it, a time of the clause around it
(`reagierte am Mittwoch auf die Forderung des X`: only `die Forderung vom 3. Mai` would tell).

Round B (errors read on train 250:500): a `von` date of a genitive attribute dates that thing
(`kündigte am 6. Mai eine Änderung des Entwurfs von Mitte April an`; not the text or place of
the statement: `in der Ausgabe vom 17. Mai`); adverbs of the present state (`derzeit`,
`zurzeit`, `momentan`) tell how things stand, not when something was said.
"""

from __future__ import annotations

import re
from datetime import date

from ..doc import Doc
from ..record import TimeExpr
from .frames import Attr, Sentence, Span2
from .speaker_spans import sentence_of

#: verbs of intention that the lexicon lists as announcements: no speech act, no time of saying
_INTENTION = frozenset(
    [
        "will",
        "wollen",
        "wollte",
        "wollten",
        "wolle",
        "plant",
        "planen",
        "plante",
        "planten",
        "plane",
        "beabsichtigt",
        "beabsichtigen",
        "beabsichtigte",
        "beabsichtigten",
        "beabsichtige",
    ]
)
#: adverbs of the present state (`derzeit`, `momentan`): they tell how things stand, not when
#: something was said (`Derzeit steht im Entwurf der Passus: …`)
_STATE = frozenset(["derzeit", "zurzeit", "momentan", "gegenwärtig", "aktuell"])
#: prepositions of a target time (`für Mai`, `ab Montag`, `bis Freitag`)
_TARGET = frozenset(["für", "ab", "bis"])
#: prepositions that make a date the bound of a period (`vor 1933`, `nach 1945`)
_BOUND = frozenset(["vor", "nach"])
#: relative adverbs that open the content as a clause on a noun of the frame (`…, wonach …`)
_RELATIVE_FRAMES = frozenset(["wonach"])
#: participles of a text's publication (`…, die am Montag veröffentlicht wurde`)
_PUBLISHED = frozenset(
    [
        "veröffentlicht",
        "verbreitet",
        "vorgelegt",
        "herausgegeben",
        "publiziert",
        "erschienen",
        # broadcast (`In einer Videobotschaft, die gestern eingespielt wurde, sagte X`)
        "ausgestrahlt",
        "eingespielt",
        "gesendet",
        "übertragen",
        "verlesen",
    ]
)
#: nouns of a text's publication after `dessen`/`deren` (`das Urteil, dessen Verkündung am
#: Montag begann`)
_PUBLICATION_NOUNS = ("verkündung", "veröffentlichung", "bekanntgabe", "vorstellung", "vorlage")
#: tags of the words opening a clause between the Vorfeld and the finite cue (`Am Montag, als
#: …, sagte X`; `In einem gestern veröffentlichten Bericht, der …, fordert X`)
_VORFELD_CLAUSES = frozenset(["KOUS", "PRELS", "PRELAT"])
#: tags of the words that open a subordinate or relative clause
_SUBORDINATE = frozenset(["KOUS", "KOUI", "PRELS", "PRELAT", "PWAV", "PWS"])
#: words after a duration that count it from a moment (`sechs Tage nach …`, `zwei Tage später`)
_COUNTED_FROM = frozenset(["nach", "später", "zuvor", "danach", "vorher", "davor"])
_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"(\d{4})-W(\d{2})")
_MONTH = re.compile(r"(\d{4})-(\d{2})$")
_YEAR = re.compile(r"(\d{4})$")


def claim_said(doc: Doc, a: Attr, sents: list[Sentence]) -> str | None:
    """The id of the time expression telling when the claim of ``a`` was said (the hook of the
    claims stage): that of its own frame (:func:`said_time`), read in the sentence of its cue
    (a quotation going on after `„…“, sagte X am Dienstag.` shares the frame before it)."""
    sent = _cue_sentence(a, sents)
    unit = sent.index
    return said_time(doc, a, sent, sents[unit - 1] if unit > 0 else None)


def _cue_sentence(a: Attr, sents: list[Sentence]) -> Sentence:
    """The sentence that holds the cue of ``a`` (its own unit when it has no cue)."""
    cue = a.cue or a.frame_cue
    found = sentence_of(sents, cue[0][0]) if cue else None
    return found if found is not None else sents[a.unit]


def _told_when(doc: Doc, a: Attr, sent: Sentence) -> bool:
    """The frame of ``a`` in ``sent`` can tell when something was said: it has a cue, it is
    no source cited by `unter Berufung auf` (when that source spoke is not told) and no plan
    (`will im Herbst einführen`: the time of the plan, not of a saying)."""
    cue = a.cue or a.frame_cue
    if not cue or not sent.toks or a.cls == "cite":
        return False
    word = doc.text[cue[0][0] : cue[0][1]].lower()
    return word not in _INTENTION or _planned_saying(sent, cue)


def said_time(doc: Doc, a: Attr, sent: Sentence, before: Sentence | None = None) -> str | None:
    """The id of the time expression of the frame of ``a``, or None.  ``before`` is the
    sentence before ``sent``: a `Demnach`/`Danach` frame points back to the statement told
    there, and its time is the time of saying (`X gab am Montag einen Kommentar ab. Demnach
    …`)."""
    if not _told_when(doc, a, sent):
        return None
    cue = a.cue or a.frame_cue
    word = doc.text[cue[0][0] : cue[0][1]].lower()
    published = day_of(doc.article.source.published or "")
    found = _nearest_time(doc, sent, cue, published, a, _owned_noun(sent, a, cue))
    if found is None and word in ("demnach", "danach") and before is not None and before.toks:
        verb = next((k for k in range(len(before.toks)) if before.is_finite(k)), None)
        if verb is not None:
            return _nearest_time(doc, before, [before.span(verb, verb + 1)], published, None)
    return found


def saying_clause(
    doc: Doc, a: Attr, sents: list[Sentence]
) -> tuple[Sentence, list[tuple[int, int]]] | None:
    """The sentence of the frame of ``a`` and the character spans of its cue's clause, where
    the time or the occasion of saying is told; None when nothing was said at a moment the
    article could tell (a source cited by `unter Berufung auf`, a plan: `will im Herbst …`)."""
    sent = _cue_sentence(a, sents)
    if not _told_when(doc, a, sent):
        return None
    return sent, _cue_clause(sent, a.cue or a.frame_cue)


def _planned_saying(sent: Sentence, cue: list[Span2]) -> bool:
    """The verb of intention governs an infinitive of saying in its clause (`will heute der
    Minister vor dem Parlament bekannt geben, dass …`): the time is that of the statement."""
    ks = sent.indices_of(cue)
    if not ks:
        return False
    end = sent.clause_end(ks[0])
    return any(
        sent.toks[k].tag in ("VVINF", "VVIZU")
        and any(m.kind != "finite" for m in sent.lex.verb_matches(sent.toks[k].text))
        for k in range(ks[0] + 1, end)
    )


def _nearest_time(
    doc: Doc,
    sent: Sentence,
    cue: list[Span2],
    published: date | None,
    a: Attr | None,
    dated_only: bool = False,
) -> str | None:
    """The time point of the clause of ``cue`` in ``sent`` nearest to the cue's last word,
    outside the content of ``a`` (reported speech spans its frame: there it counts); with
    ``dated_only`` only a date attribute of the cue noun (`die Forderung vom Montag`)."""
    anchor = cue[-1][0]
    spans = _cue_clause(sent, cue)
    best: tuple[int, str] | None = None
    for t in doc.article.times:
        inside = (
            a is not None
            and a.covers(t.start)
            and a.kind != "Reported"
            and not _in_speaker(a, t, doc.text)  # `nach Angaben der Polizei vom Dienstag`
        )
        # an apposition may run on past the clause: `am Montag, dem 3.`
        if not any(s0 <= t.start < s1 for s0, s1 in spans) or inside:
            continue
        if _target(doc.text, t) or begins_after(t, published) or _bound(doc.text, t):
            continue
        if t.text.lower() in _STATE:
            continue
        if t.kind == "set" or (t.kind == "duration" and not _anchored(doc.text, t)):
            continue
        if _quoted_or_attribute(sent, t) or _dated_thing(sent, t, a, doc.text):
            continue
        if dated_only and not doc.text[max(0, t.start - 4) : t.start].lower().endswith("vom "):
            continue
        dist = abs(t.start - anchor)
        if best is None or dist < best[0]:
            best = (dist, t.id)
    return best[1] if best else None


def _cue_clause(sent: Sentence, cue: list[Span2]) -> list[tuple[int, int]]:
    """Character spans of the clause of the cue, from the clause start of its first word to the
    clause end of its last one (`Jetzt gab der Leiter, Andreas Huber, bekannt`: an apposition
    between the verb and its particle stays inside); the whole sentence when the cue's words
    are not tokens of the sentence.  A finite cue right after a subordinate clause in second
    position keeps the Vorfeld before that clause (`Am Montag, als die Wahl begann, sagte X`:
    `Am Montag`, not the subordinate clause's own words)."""
    ks = sent.indices_of(cue)
    if not ks:
        return [(sent.toks[0].start, sent.toks[-1].end)]
    first = _past_quoted_names(sent, sent.clause_start(ks[0]))
    last = max(ks[-1], sent.clause_end(ks[-1]) - 1)
    spans = [(sent.toks[first].start, sent.toks[last].end)]
    if sent.lower[ks[0]] in _RELATIVE_FRAMES:
        spans.extend(_frame_clauses(sent, first))
    published = _publication_clause(sent, last + 1)
    if published is not None:
        spans.append(published)
    rest = _after_apposition(sent, last + 1)
    if rest is not None:  # `sagte X, ein Enkel des Gründers, am Dienstag`
        spans.append(rest)
    if first == ks[0] and first >= 2 and sent.toks[first - 1].text == ",":
        sub = sent.clause_start(first - 2)  # the subordinate clause before the verb
        if sub >= 2 and sent.toks[sub].tag in _VORFELD_CLAUSES and sent.toks[sub - 1].text == ",":
            lead = sent.clause_start(sub - 2)
            if lead == 0:
                spans.append((sent.toks[0].start, sent.toks[sub - 1].start))
                published = _publication_clause(sent, sub - 1)
                if published is not None:  # `In einem Bericht, der am Montag erschien, …`
                    spans.append(published)
    return spans


def _after_apposition(sent: Sentence, comma: int) -> tuple[int, int] | None:
    """The rest of a frame clause after an apposition to its speaker (`sagte Geschäftsführer
    X, ein Enkel des Firmengründers, am Dienstag.`): the apposition opens with an article or
    noun and has no finite verb, and what follows its closing comma, up to the sentence end,
    has no finite verb either (no new clause: `…, die am Montag gewählt wurde`)."""
    n = len(sent.toks)
    if comma + 1 >= n or sent.toks[comma].text != ",":
        return None
    if sent.toks[comma + 1].tag not in ("ART", "NN", "NE", "PPOSAT", "ADJA"):
        return None
    close = sent.clause_end(comma + 1)
    if close + 1 >= n or sent.toks[close].text != ",":
        return None
    end = sent.clause_end(close + 1)
    words = range(comma + 1, end)
    if end != n and sent.toks[end].text not in ".!?":
        return None
    if any(sent.is_finite(k) or sent.in_quote[k] for k in words if k != close):
        return None
    return sent.toks[close + 1].start, sent.toks[end - 1].end


def _past_quoted_names(sent: Sentence, first: int) -> int:
    """A clause start right after a quoted name goes on before it (`wurden gestern im
    „Standard“ als „…“ bezeichnet`, `sagte am Montag der „Zeitung“, …`): a short quotation of
    one to four words is a name inside the clause, not a clause boundary."""
    while first >= 2:
        opening = next(
            (k for k in range(first - 2, max(-1, first - 7), -1) if sent.short_quotation_end(k)),
            None,
        )
        if opening is None or sent.short_quotation_end(opening) != first or opening == 0:
            break
        before = sent.clause_start(opening)
        if before >= opening:
            break
        first = before
    return first


def _owned_noun(sent: Sentence, a: Attr, cue: list[Span2]) -> bool:
    """The cue is a noun whose owner follows it (`reagierte am Mittwoch auf die Forderung des
    Vorsitzenden, …`): the clause around it tells what another subject did and when, not when
    the owner spoke."""
    ks = sent.indices_of(cue)
    return (
        bool(ks)
        and sent.toks[ks[-1]].tag == "NN"
        and a.speaker is not None
        and a.speaker[0] >= cue[-1][1]
    )


def _frame_clauses(sent: Sentence, k: int) -> list[tuple[int, int]]:
    """The clauses before a `wonach` clause starting at token ``k`` up to the main clause:
    the frame that names the statement it reports (`Einen Tag später kehrten sie zur Version
    zurück, wonach …`; `Am Sonntag gab er die Erlaubnis, den Bären zu fangen, wonach …`).
    Subordinate and relative clauses on the way are skipped (`Der Mann, der am Montag …`)."""
    out: list[tuple[int, int]] = []
    while k >= 2 and sent.toks[k - 1].text == ",":
        start = sent.clause_start(k - 2)
        if sent.toks[start].tag not in _SUBORDINATE:
            out.append((sent.toks[start].start, sent.toks[k - 2].end))
        if start == 0:
            break
        k = start
    return out


def _publication_clause(sent: Sentence, k: int) -> tuple[int, int] | None:
    """A relative clause right after the cue's clause (comma at token ``k``) that tells when
    the source text appeared: `Dies geht aus einer Mitteilung hervor, die am Montag
    veröffentlicht wurde`, `Das geht aus dem Urteil hervor, dessen Verkündung am Montag begann`
    (the clause-internal twin `in einer am Montag veröffentlichten Mitteilung` lies in the
    cue's clause anyway)."""
    if k + 2 >= len(sent.toks) or sent.toks[k].text != ",":
        return None
    end = sent.clause_end(k + 1)
    owner = sent.lower[k + 1] in ("dessen", "deren")  # tagged PRELAT or PDS
    if owner and sent.lower[k + 2].startswith(_PUBLICATION_NOUNS):
        return sent.toks[k + 1].start, sent.toks[end - 1].end  # `dessen Verkündung am … begann`
    if sent.toks[k + 1].tag != "PRELS":
        return None
    if not any(sent.lower[j] in _PUBLISHED for j in range(k + 2, end)):
        return None
    return sent.toks[k + 1].start, sent.toks[end - 1].end


def _quoted_or_attribute(sent: Sentence, t: TimeExpr) -> bool:
    """The expression is inside quotation marks or parentheses, or a number right after the
    noun it belongs to (`des Irakkrieges 2003`; not `sagte der Sprecher gestern`)."""
    k = sent.index_at(t.start)
    if k is None:
        return False
    attribute = t.text[:1].isdigit() and k > 0 and sent.toks[k - 1].tag in ("NN", "NE")
    return sent.in_quote[k] or attribute or _in_brackets(sent, k)


def _in_speaker(a: Attr, t: TimeExpr, text: str = "") -> bool:
    """The expression lies in the speaker phrase of ``a`` or is a `vom` date right after it
    (`nach Angaben der Polizei vom Dienstag`): the date of the source's statement, frame even
    where the content's span runs over it."""
    if a.speaker is None:
        return False
    if a.speaker[0] <= t.start < a.speaker[1]:
        return True
    return 0 <= t.start - a.speaker[1] <= 5 and text[a.speaker[1] : t.start].strip() == "vom"


def _dated_thing(sent: Sentence, t: TimeExpr, a: Attr | None, text: str) -> bool:
    """`eine Änderung des Entwurfs von Mitte April`: a `von`/`vom` date after a genitive
    attribute of another noun dates that thing, not the saying (a date of the text or place
    of the statement counts: `in der Ausgabe vom 17. Mai`, `in einem Brief vom Montag`, and
    so does one in the speaker phrase: `nach Angaben der Polizei vom Dienstag`)."""
    k = sent.index_at(t.start)
    if k is None or k < 3 or sent.lower[k - 1] not in ("von", "vom"):
        return False
    if sent.toks[k - 2].tag not in ("NN", "NE") or (a is not None and _in_speaker(a, t, text)):
        return False
    j = k - 2
    while j > 0 and sent.toks[j - 1].tag in ("NN", "NE", "ADJA", "CARD"):
        j -= 1
    if j < 2 or sent.toks[j - 1].tag != "ART" or sent.lower[j - 1] not in ("des", "der"):
        return False
    return sent.toks[j - 2].tag in ("NN", "NE")


def _in_brackets(sent: Sentence, k: int) -> bool:
    """Token ``k`` stands in parentheses, an aside (`Am Ende des Abends (Stand: 00:35 Uhr) gab
    X bekannt`): a `(` before it in the sentence without its `)` in between."""
    for j in range(k - 1, -1, -1):
        if sent.toks[j].text == ")":
            return False
        if sent.toks[j].text == "(":
            return True
    return False


def _target(text: str, t: TimeExpr) -> bool:
    """`für kommende Woche`, `ab Montag`: the word before the expression is a preposition of
    a target time."""
    before = text[max(0, t.start - 12) : t.start].split()
    return bool(before) and before[-1].lower() in _TARGET


def _bound(text: str, t: TimeExpr) -> bool:
    """`vor 1933`, `nach 1945`: a date as the bound of a period (before/after it), not a
    moment at which something was said."""
    before = text[max(0, t.start - 6) : t.start].split()
    # a year only: `kurz nach 14 Uhr teilte X mit` is a moment
    return bool(before) and before[-1].lower() in _BOUND and _YEAR.fullmatch(t.text) is not None


def _anchored(text: str, t: TimeExpr) -> bool:
    """A duration counted from a moment is a point in time: `sechs Tage nach der
    Veröffentlichung`, `zwei Wochen später`."""
    after = text[t.end : t.end + 12].split()
    return bool(after) and after[0].lower().strip(",.") in _COUNTED_FROM


def begins_after(t: TimeExpr, published: date | None) -> bool:
    """The expression begins after the publication day (also the stance rule's date ahead,
    :mod:`.dated_futures`)."""
    start = _start(t.value)
    return published is not None and start is not None and start > published


def day_of(value: str) -> date | None:
    """The day of a normalised `YYYY-MM-DD` value (the publication date), else None."""
    m = _DAY.match(value)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _start(value: str) -> date | None:
    """The first day of a normalised date, week, month or year value."""
    try:
        if m := _DAY.match(value):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _WEEK.match(value):
            return date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m := _MONTH.match(value):
            return date(int(m[1]), int(m[2]), 1)
        if m := _YEAR.match(value):
            return date(int(m[1]), 1, 1)
    except ValueError:
        return None
    return None
