"""Sentence analysis the event extractor needs: tagged tokens, clauses and noun phrases.

Uses the ``nlp`` stage's tokens (STTS tag, lemma, UD morphology) when the document has them and
falls back, per sentence, on the HanTa tagger (installed with newsgraph) for tags and lemmas, and
on a small regex tokenizer/sentence splitter when the document has no tokens at all.  Everything
here is deterministic and works on standoff offsets into ``Article.text``.

A *clause* is a set of token indices: the sentence is cut at commas, brackets, quotes, colons and
semicolons; segments that start with a subordinator or relative pronoun are subordinate clauses,
verbless segments (appositions, fronted phrases) join the next main segment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..doc import Doc, morph_feature
from .tagging import norm_tag, repair_tags, tag_words

NOUN_TAGS = frozenset({"NN", "NE", "FM"})
NP_TAGS = frozenset(
    {"ART", "PDAT", "PIAT", "PIDAT", "PPOSAT", "CARD", "ADJA", "NN", "NE", "FM", "TRUNC", "XY"}
)
FINITE = frozenset({"VVFIN", "VAFIN", "VMFIN"})
SUBORDINATORS = frozenset({"KOUS", "KOUI", "PRELS", "PRELAT", "PWS", "PWAV", "PWAT"})
PREP_NORMAL = {
    "vom": "von", "im": "in", "ins": "in", "am": "an", "ans": "an", "zum": "zu", "zur": "zu",
    "beim": "bei", "aufs": "auf", "durchs": "durch", "fürs": "für", "ums": "um",
}
_TOKEN_RE = re.compile(r"\d+\.(?=\s+[A-ZÄÖÜ][a-zäöü])|\w+(?:[-.'’&]\w+)*-?|[^\w\s]")
_SENT_END = re.compile(r"(?<=[.!?…])[\"“”»«']?\s+(?=[\"„“»«A-ZÄÖÜ0-9])")
_PUNCT_BOUNDARY = frozenset({"(", ")", "[", "]", "„", "“", "”", "\"", "»", "«", "–", "—", ";", ":"})
_ABBREV = frozenset({"dr", "nr", "st", "bzw", "ca", "vgl", "prof", "jh", "mio", "mrd", "u.a", "z.b"})


@dataclass(frozen=True)
class Tok:
    """One analysed token; ``i`` is its index within the sentence."""

    i: int
    start: int
    end: int
    text: str
    lemma: str
    tag: str
    morph: str = ""

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def lem(self) -> str:
        return self.lemma.lower()

    def feat(self, name: str) -> str | None:
        return morph_feature(self.morph, name)


@dataclass(frozen=True)
class NP:
    """A noun phrase: token indices ``[first, last]`` plus what precedes and follows it."""

    first: int
    last: int
    head: int  # index of the head noun/pronoun
    prep: str | None = None  # normalised preposition when the NP sits in a PP
    genitive: tuple[NP, ...] = ()  # attached genitive phrases ("der DVRK", "Russlands")
    conj: tuple[NP, ...] = ()  # coordinated phrases ("X und Y")
    appos: NP | None = None  # a name in apposition ("der Vertreter ..., Peter Clever,")

    def indices(self) -> range:
        return range(self.first, self.last + 1)

    def members(self) -> tuple[NP, ...]:
        return (self, *self.conj)


@dataclass
class Clause:
    idx: tuple[int, ...]  # token indices in the sentence
    subordinate: bool
    intro: str | None = None  # lemma of the subordinator / relative pronoun
    governor: int | None = None  # index of the clause this one depends on
    label: bool = False  # a verbless label before a colon ("Italien: ...")
    nps: list[NP] = field(default_factory=list)

    def __contains__(self, i: int) -> bool:
        return i in self.idx


@dataclass
class Sent:
    start: int
    end: int
    toks: list[Tok]
    block: str | None  # kind of the block ("title", "lead", "body") when known
    clauses: list[Clause] = field(default_factory=list)

    def clause_of(self, i: int) -> int:
        for n, c in enumerate(self.clauses):
            if i in c.idx:
                return n
        return 0

    def span_text(self, first: int, last: int, text: str) -> str:
        return text[self.toks[first].start : self.toks[last].end]


def tokenize(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(start + m.start(), start + m.end(), m.group()) for m in _TOKEN_RE.finditer(text[start:end])]


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside ``text[start:end]`` (lines are always sentence boundaries)."""
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text[start:end]):
        ls, le = start + line.start(), start + line.end()
        cur = ls
        for m in _SENT_END.finditer(text, ls, le):
            prev = text[cur : m.start()].rstrip("\"“”»«'").split()
            last = prev[-1].rstrip(".").lower() if prev else ""
            if last in _ABBREV or (len(last) == 1 and last.isalpha()) or last.isdigit():
                continue
            spans.append((cur, m.start()))
            cur = m.end()
        if text[cur:le].strip():
            spans.append((cur, le))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _block_kind(doc: Doc, offset: int) -> str | None:
    for b in doc.article.blocks:
        if b.start <= offset < b.end:
            return b.kind
    return None


def _make_sent(doc: Doc, raw: list[tuple[int, int, str, str, str, str]]) -> Sent:
    # Tags and lemmas come from the nlp stage when it ran (repaired where its errors matter to
    # the clause rules, see tagging.py), else from HanTa for the whole sentence.
    words = [r[2] for r in raw]
    block = _block_kind(doc, raw[0][0])
    if all(r[4] for r in raw):
        tags, lemmas = repair_tags(words, [r[3] or r[2] for r in raw], [r[4] for r in raw], headline=block == "title")
        tagged = list(zip(lemmas, tags, strict=True))
    else:
        tagged = tag_words(words)
    toks = []
    for i, (s, e, w, lemma, _tag, morph) in enumerate(raw):
        hl, ht_ = tagged[i]
        tag = "$(" if w in _PUNCT_BOUNDARY else ht_
        if w.lower() in PREP_NORMAL and tag not in ("APPRART",):
            tag = "APPRART"
        toks.append(Tok(i, s, e, w, hl or lemma or w, norm_tag(tag), morph))
    sent = Sent(raw[0][0], raw[-1][1], toks, block)
    sent.clauses = segment_clauses(sent.toks)
    for c in sent.clauses:
        c.nps = chunk_nps(sent.toks, c)
    return sent


# A related-links line that the structure stage left in the body: a "Links"/"Quellen" heading
# glued to the first title, or a headline followed by its date in parentheses.
_LINK_LINE = re.compile(
    r"^\s*(?:Links|Weblinks|Quellen?|Themenverwandte Artikel|Siehe auch)(?=[A-ZÄÖÜ„\"\s:])"
    r"|\(\d{1,2}\.\d{1,2}\.\d{2,4}\)\s*$"
)


def link_line(text: str, offset: int) -> bool:
    """Is ``offset`` inside a line that lists a related article rather than reporting?"""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return bool(_LINK_LINE.search(text[start : len(text) if end < 0 else end]))


def analyse(doc: Doc) -> list[Sent]:
    """Analysed content sentences of the document (title, lead and body; no link lines)."""
    out: list[Sent] = []
    text = doc.article.text
    if doc.tokens and doc.sentences:
        for s in doc.content_sentences():
            toks = doc.sentence_tokens(s)
            if not toks or link_line(text, toks[0].start):
                continue
            raw = [(t.start, t.end, t.text, t.lemma, t.tag, t.morph) for t in toks]
            out.append(_make_sent(doc, raw))
        return out
    art = doc.article
    spans = [(b.start, b.end) for b in art.content_blocks()] or [(0, len(art.text))]
    for bs, be in spans:
        for ss, se in split_sentences(art.text, bs, be):
            if link_line(art.text, ss):
                continue
            raw = [(s, e, w, "", "", "") for s, e, w in tokenize(art.text, ss, se)]
            if raw:
                out.append(_make_sent(doc, raw))
    return out


# ---- clauses -------------------------------------------------------------------------------
def _is_boundary(toks: list[Tok], t: Tok) -> bool:
    if t.text == ":" and t.i + 1 < len(toks) and toks[t.i + 1].start == t.end:
        return False  # "4:00"
    return t.tag in ("$,", "$(") or t.text in _PUNCT_BOUNDARY


def _short_quotes(toks: list[Tok]) -> set[int]:
    """Quote marks around a short verbless name („Bounty Killer“): not clause boundaries."""
    out: set[int] = set()
    opens = [t.i for t in toks if t.text in ("„", "»", "\"")]
    for o in opens:
        close = next((t.i for t in toks[o + 1 : o + 7] if t.text in ("“", "«", "\"", "”")), None)
        if close is None:
            continue
        inner = toks[o + 1 : close]
        if inner and not any(t.tag.startswith(("VV", "VA", "VM")) or t.tag in ("$,", "$.") for t in inner):
            out.update({o, close})
    return out


def segment_clauses(toks: list[Tok]) -> list[Clause]:
    segs: list[list[int]] = [[]]
    hard: list[bool] = [False]  # segment ends at a colon/semicolon/dash: nothing carries over
    quiet = _short_quotes(toks)
    for t in toks:
        if t.i in quiet:
            continue
        if _is_boundary(toks, t):
            if segs[-1]:
                segs.append([])
                hard.append(False)
            if t.text in (":", ";", "–", "—") and len(hard) >= 2:
                hard[-2] = True
            continue
        segs[-1].append(t.i)
    pairs = [(sg, h) for sg, h in zip(segs, hard, strict=True) if sg]
    infos = []
    for sg, h in pairs:
        sub = _starts_subordinate(toks, sg)
        zu_inf = any(toks[i].tag in ("VVIZU", "PTKZU") for i in sg)
        finite = any(toks[i].tag in FINITE for i in sg)
        has_verb = any(toks[i].tag.startswith(("VV", "VA", "VM")) for i in sg)
        infos.append((sg, sub or (zu_inf and not finite), has_verb, finite, h))
    clauses: list[Clause] = []
    pending: list[int] = []

    def last_main() -> Clause | None:
        return next((c for c in reversed(clauses) if not c.subordinate and not c.label), None)

    for n, (sg, sub, has_verb, finite, h) in enumerate(infos):
        if not has_verb:
            nxt = infos[n + 1] if n + 1 < len(infos) else None
            if h:
                clauses.append(Clause(tuple(pending + sg), False, label=True))  # "Italien: ..."
                pending = []
                continue
            if nxt is not None and nxt[1] and _starts_subordinate(toks, nxt[0]):
                # "Gegen den Piloten, der ..., hat X Anklage erhoben": belongs to the main clause
                mains_after = [m for m in infos[n + 1 :] if not m[1] and m[2]]
                if mains_after:
                    mains_after[0][0][:0] = sg
                    if _starts_subordinate(toks, sg):
                        # "dass der Mann, der ..., eine Strafe bekommt": the resumed clause is
                        # the subordinate clause the verbless part opened
                        k = next(j for j, m in enumerate(infos) if m is mains_after[0])
                        infos[k] = (infos[k][0], True, *infos[k][2:])
                    continue
            pending.extend(sg)
            continue
        main = last_main()
        if not sub and not finite and pending and _starts_subordinate(toks, pending):
            # "dass angeblich „... verlegt werden“": the subordinator opens this clause
            first = toks[pending[0]]
            clauses.append(Clause(tuple(sorted(pending + sg)), True, first.lem))
            pending = []
            continue
        if not sub and not finite and main is not None:
            # "X wurde ..., Radulan Sahiron, festgenommen": the right verb bracket after an
            # apposition or a relative clause belongs to the previous main clause
            main.idx = tuple(sorted(main.idx + tuple(pending) + tuple(sg)))
            pending = []
            continue
        idx = tuple(sorted(pending + sg))
        pending = []
        if sub:
            first = toks[sg[0]]
            intro = first.lem if first.tag != "APPR" or len(sg) < 2 else toks[sg[1]].lem
            clauses.append(Clause(idx, True, intro if _starts_subordinate(toks, sg) else None))
        else:
            clauses.append(Clause(idx, False))
    if pending:
        main = last_main()
        if main is not None:
            main.idx = tuple(sorted(main.idx + tuple(pending)))
        else:
            clauses.append(Clause(tuple(pending), False))
    if not clauses:
        clauses.append(Clause(tuple(t.i for t in toks), False))
    mains_idx = [n for n, c in enumerate(clauses) if not c.subordinate]
    for n, c in enumerate(clauses):
        zu = any(toks[i].tag in ("VVIZU", "PTKZU") for i in c.idx) and not any(toks[i].tag in FINITE for i in c.idx)
        if c.subordinate and zu and n > 0:
            c.governor = n - 1  # "..., dass Kim beschlossen habe, Soldaten zu entsenden"
        elif c.subordinate and mains_idx:
            c.governor = min(mains_idx, key=lambda m: abs(m - n))
    return clauses


def _prep_before(toks: list[Tok], i: int, allowed: set[int]) -> str | None:
    j = i - 1
    while j >= 0 and j in allowed and toks[j].tag in ("ADV", "ADJD"):
        j -= 1
    if j >= 0 and j in allowed and toks[j].tag in ("APPR", "APPRART"):
        low = toks[j].low
        if low == "als" and j + 1 < len(toks) and toks[j + 1].low == "auch":
            return None  # "sowohl X als auch Y": coordination, not a preposition
        if low == "als" and j == min(allowed) and any(toks[k].tag in ("VVFIN", "VAFIN", "VMFIN") for k in allowed if k > j):
            return None  # "..., als US-Soldaten das Feuer eröffneten": a conjunction
        return PREP_NORMAL.get(low, toks[j].lem if toks[j].tag == "APPRART" else low)
    return None


def _starts_subordinate(toks: list[Tok], seg: list[int]) -> bool:
    first = toks[seg[0]]
    if first.tag in SUBORDINATORS or first.lem in ("dass", "ob", "weil", "nachdem", "als"):
        return True
    return first.tag == "APPR" and len(seg) > 1 and toks[seg[1]].tag in ("PRELS", "PWS", "PRELAT")


# nouns that a place name follows as an apposition ("die Stadt Corleone", "Provinz Anbar")
_NAMED_PLACE_NOUNS = ("stadt", "dorf", "provinz", "region", "gemeinde", "bezirk", "insel", "hafen", "kreis")


def _title(t: Tok) -> bool:
    """A noun that can stand before a name ("Präsident Ciampi", "Major Valeri Trojanow")."""
    from .agents import agent_tables

    tables = agent_tables()
    return bool(tables.sector_of_noun(t.lemma) or tables.is_person_noun(t.lemma) or t.text.isupper())


def _common(t: Tok) -> bool:
    """A common noun (inflected, or a known event/agent word), not a name tagged NN: such a
    noun right after another noun starts a new phrase ("am Montag Anklage", "der Drogenbande
    Polizeiwachen"), a name does not ("Präsident Ciampi", "Heimatstadt Corleone")."""
    from .agents import agent_tables
    from .lexicon import load_lexicon

    if t.lemma.lower() != t.text.lower():
        return True
    tables = agent_tables()
    return bool(load_lexicon().noun(t.text) or tables.sector_of_noun(t.text) or tables.is_person_noun(t.text))


def chunk_nps(toks: list[Tok], clause: Clause) -> list[NP]:
    allowed = set(clause.idx)
    runs: list[tuple[int, int]] = []
    cur: list[int] = []
    for i in clause.idx:
        t = toks[i]
        in_np = t.tag in NP_TAGS or (t.tag == "KON" and cur and toks[cur[-1]].tag == "TRUNC")
        if (
            t.tag == "ADV" and cur and cur[-1] == i - 1 and toks[cur[-1]].tag in ("ART", "PPOSAT", "PDAT")
            and i + 1 in allowed and toks[i + 1].tag in ("ADJA", "CARD")
        ):
            in_np = True  # "der heute 53-Jährige", "die zuvor festgenommenen Männer", "den damals 21 ..."
        prev = toks[cur[-1]] if cur else None
        if in_np and prev is not None and prev.i == i - 1 and (
            (t.tag in ("ART", "ADJA", "PPOSAT", "PIAT", "CARD") and prev.tag in NOUN_TAGS)
            or (t.tag in ("ART", "PPOSAT") and prev.tag == "CARD")  # "seit 2008 den Umgang"
            or (t.tag == "NN" and prev.tag == "NE" and not prev.text.endswith("s"))
            or (t.tag == "NN" and prev.tag == "NN" and _common(t) and not _title(prev)  # "am Montag Anklage"
                and not prev.lem.lower().endswith(_NAMED_PLACE_NOUNS))  # not "Heimatstadt Corleone"
            or (t.tag == "NE" and prev.tag == "NN" and t.text.endswith("s") and len(t.text) > 3
                and not (i + 1 < len(toks) and toks[i + 1].tag == "NE"))  # "Gewahrsam Litauens"
        ):
            # "der Minister der DVRK", "Delegation russischer Militärs", "Staatsanwaltschaft
            # Innsbruck Anklage": a new phrase starts
            runs.append((cur[0], cur[-1]))
            cur = [i]
            continue
        if t.tag in ("PPER", "PIS", "PDS") and t.low not in ("es", "sich", "deren", "dessen"):
            if cur:
                runs.append((cur[0], cur[-1]))
            runs.append((i, i))
            cur = []
            continue
        if in_np and (not cur or cur[-1] == i - 1):
            cur.append(i)
        else:
            if cur:
                runs.append((cur[0], cur[-1]))
            cur = [i] if in_np else []
    if cur:
        runs.append((cur[0], cur[-1]))
    base: list[NP] = []
    for a, b in runs:
        heads = [k for k in range(a, b + 1) if toks[k].tag in NOUN_TAGS or toks[k].tag in ("PPER", "PIS", "PDS")]
        if not heads and toks[b].tag == "ADJA" and toks[b].text.split("-")[-1][:1].isupper():
            heads = [b]  # nominalised adjective: "der 63-Jährige", "Der Verdächtige"
        if not heads:
            heads = [k for k in range(a, b + 1) if toks[k].tag == "CARD"]
        if not heads:
            continue
        nouns = [k for k in heads if toks[k].tag == "NN"]
        head = nouns[-1] if nouns else heads[-1]  # "Präsident Ciampi": the title noun heads
        base.append(NP(a, b, head, _prep_before(toks, a, allowed)))
    # genitive attachment and coordination
    out: list[NP] = []
    k = 0
    while k < len(base):
        np_ = base[k]
        gens: list[NP] = []
        conj: list[NP] = []
        j = k + 1
        while j < len(base):
            nxt = base[j]
            gap = [g for g in range(np_.last + 1, nxt.first) if g in allowed]
            last = (gens[-1] if gens else np_).last
            adjacent = nxt.first == last + 1
            if adjacent and nxt.prep is None and _genitive_like(toks, nxt) and not (np_.prep and gens):
                gens.append(nxt)
                j += 1
                continue
            end = (conj[-1] if conj else gens[-1] if gens else np_).last
            link = [toks[g].low for g in range(end + 1, nxt.first)]
            if (
                (nxt.prep == np_.prep or (nxt.prep is None and np_.prep is not None))
                and (len(gap) >= 1 or link == [","])
                and (
                    link in (["und"], ["sowie"], ["oder"], ["als", "auch"], [",", "und"], ["und", "die"])
                    or (link == [","] and _list_continues(toks, base, j, np_.prep))
                )
            ):
                conj.append(nxt)
                j += 1
                continue
            break
        out.append(NP(np_.first, np_.last, np_.head, np_.prep, tuple(gens), tuple(conj)))
        k = j
    return _appositions(toks, out)


def _list_continues(toks: list[Tok], base: list[NP], j: int, prep: str | None) -> bool:
    """"Vater, Mutter und Sohn": a comma joins phrases only in a list that ends with "und"."""
    for k in range(j, len(base) - 1):
        a, b = base[k], base[k + 1]
        if b.prep not in (None, prep):
            return False
        link = [toks[g].low for g in range(a.last + 1, b.first)]
        if link in (["und"], ["sowie"], ["oder"]):
            return True
        if link != [","] or toks[a.head].tag not in ("NN", "NE"):
            return False
    return False


def _appositions(toks: list[Tok], nps: list[NP]) -> list[NP]:
    """", Peter Clever," after a bare phrase names it: attach as ``appos``."""
    out: list[NP] = []
    for np_ in nps:
        names = all(toks[k].tag in ("NE", "FM") for k in np_.indices())
        after_comma = np_.first > 0 and toks[np_.first - 1].text == ","
        host = next(
            (
                o for o in reversed(out)
                if o.prep is None and o.appos is None and toks[o.head].tag != "NE"
                and not (o.first > 0 and toks[o.first - 1].text == "(")  # "(BA)" names no one
            ),
            None,
        )
        if names and after_comma and np_.prep is None and host is not None and not np_.conj:
            between = range(host.last + 1, np_.first)
            if not any(toks[b].tag.startswith(("VV", "VA", "VM")) for b in between):
                out[out.index(host)] = NP(host.first, host.last, host.head, host.prep, host.genitive, host.conj, np_)
                continue
        out.append(np_)
    return out


def _genitive_like(toks: list[Tok], np_: NP) -> bool:
    first = toks[np_.first]
    if first.tag == "ART" and first.low in ("des", "der", "eines", "einer"):
        return True
    if first.tag == "PPOSAT" and first.low.endswith(("es", "er")):
        return True  # "in der Nähe seiner Heimatstadt"
    if first.tag == "ADJA" and first.low.endswith("er"):
        return True  # "eine Delegation russischer Militärs"
    head = toks[np_.head]
    return np_.first == np_.head and head.tag == "NE" and head.text.endswith("s")


def np_text(text: str, toks: list[Tok], np_: NP, with_genitive: bool = True) -> tuple[int, int, str]:
    last = np_.last
    if with_genitive and np_.genitive:
        last = np_.genitive[-1].last
    s, e = toks[np_.first].start, toks[last].end
    return s, e, text[s:e]
