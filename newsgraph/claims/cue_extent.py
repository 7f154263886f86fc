"""The full extent of a verb cue: the words that belong to the speech act besides the verb.

A German speech verb often comes with words that are part of the cue rather than of the content
or the source: the reflexive pronoun (`äußerte sich`, `zeigte sich`), the preposition or
pronominal adverb the verb governs (`warnte vor`, `bezeichnete ... als`, `verwies darauf`,
`forderte ... dazu auf`), a trailing auxiliary of a verb-final clause (`wie er betont hatte`,
`wie berichtet wurde`), a frame noun phrase naming the words (`mit den Worten`, `mit der
Begründung`), the predicative adjective of `halten es für`/`sich zeigen` (`hält es für
möglich`, `zeigte sich besorgt`), a pronominal adverb pointing to the complement (`hatten dazu
aufgerufen`, `klagten darüber, dass`; not `sagte dazu`) and the noun a light verb puts forward
(`formulierten die Hypothese, dass`, `sind der gegenteiligen Auffassung`).
:func:`extend_cues` appends those tokens to each attribution's cue spans; the
spans found by the frame rules stay first, so the main cue word does not change.
"""

from __future__ import annotations

from collections.abc import Sequence

from .frames import Attr, Sentence

#: reflexive pronouns that belong to a reflexive speech verb (`äußerte sich`, `erinnerte mich`)
_REFLEXIVE = frozenset(["sich", "mich", "uns", "euch"])
#: `mit den Worten`, `mit der Begründung`: noun phrases that name what was said
_WORDS_NOUNS = frozenset(
    [
        "worten",
        "begründung",
        "hinweis",
        "argument",
        "bemerkung",
        "aussage",
        "forderung",
        "warnung",
        "erklärung",
        "feststellung",
    ]
)
#: auxiliaries after a participle or infinitive at the end of a clause (`betont hatte`)
_TRAILING_AUX = frozenset(
    [
        "hat",
        "hatte",
        "hatten",
        "haben",
        "habe",
        "hätte",
        "hätten",
        "ist",
        "war",
        "waren",
        "sei",
        "wird",
        "wurde",
        "wurden",
        "worden",
        "werde",
        "werden",
        "würde",
    ]
)
#: pronominal adverbs that point from a speech verb to its complement (`sagte dazu, ...`)
_CORRELATES = frozenset(["dazu", "darüber", "darauf", "darum", "davon", "dafür", "damit"])
#: tags of the words before a noun inside its phrase
_NP_LEFT = frozenset(["ART", "ADJA", "PPOSAT", "PIAT"])
#: nouns naming what a speech act puts forward, as the object of a light verb before its
#: complement (`stellten die Theorie auf, dass ...`, `erklärte die Bereitschaft, ... zu`)
_CONTENT_NOUNS = frozenset(
    [
        "theorie",
        "hypothese",
        "these",
        "verdacht",
        "vermutung",
        "bereitschaft",
        "mahnung",
        "verwunderung",
        "aufklärung",
        "verdienst",
        "schlussfolgerung",
        "überzeugung",
        "absicht",
    ]
)


def _content_noun(sent: Sentence, k: int) -> bool:
    """A noun of :data:`_CONTENT_NOUNS` at ``k`` whose phrase ends before the complement (a comma
    right after it, or after a pronominal adverb: `Aufklärung darüber, ob`)."""
    if sent.lower[k] not in _CONTENT_NOUNS or sent.in_quote[k] or sent.toks[k].tag != "NN":
        return False
    nxt = k + 1
    if nxt < len(sent.toks) and sent.lower[nxt] in _CORRELATES:
        nxt += 1
    return nxt < len(sent.toks) and sent.toks[nxt].text == "," or _before_verb(sent, nxt)


def _before_verb(sent: Sentence, k: int) -> bool:
    """Token ``k`` is a verb or particle closing the clause (`die Theorie auf`)."""
    return k < len(sent.toks) and (sent.toks[k].tag.startswith("V") or sent.toks[k].tag == "PTKVZ")


#: of them, those that rarely mean `about this` after a verb of saying (`sagte dazu`)
_POINTING = frozenset(["darüber", "darauf", "darum"])


def _correlate(sent: Sentence, k: int, cue: set[int]) -> bool:
    """The pronominal adverb at ``k`` points from the cue to its complement: right before the
    cue's participle, infinitive or particle (`hatten dazu aufgerufen`, `hat darauf
    hingewiesen`, `denken darüber nach`), or `darüber`/`darauf`/`darum` right before the
    complement's comma (`klagten darüber, dass`).  Not `Dazu erklärte X` or `sagte dazu`, an
    adverbial `about this`."""
    low = sent.lower[k]
    if low not in _CORRELATES or sent.in_quote[k]:
        return False
    nxt = k + 1
    if nxt in cue and not sent.is_finite(nxt):
        return True
    return low in _POINTING and nxt < len(sent.toks) and sent.toks[nxt].text == ","


#: how far (in tokens) a reflexive pronoun or governed word may stand from the verb
_REACH = 4


def extend_cues(attrs: Sequence[Attr], sents: Sequence[Sentence]) -> None:
    """Add the other words of each attribution's verb cue to its cue spans (in place)."""
    where = {t.start: (sent, k) for sent in sents for k, t in enumerate(sent.toks)}
    for a in attrs:
        if not a.cue:
            continue
        found = [where.get(s) for s, _ in a.cue]
        if any(f is None for f in found):
            continue
        sent = found[0][0]  # type: ignore[index]
        if any(f[0] is not sent for f in found):  # type: ignore[index]
            continue
        # a phrase cue may be one span over several words (`zeigte sich`): all its tokens
        positions = [
            k
            for (s, e), f in zip(a.cue, found, strict=True)
            for k in range(f[1], len(sent.toks))  # type: ignore[index]
            if sent.toks[k].start < e
        ]
        extra = extend_cue(sent, positions)
        a.cue = list(a.cue) + [sent.span(k, k + 1) for k in sorted(extra)]  # in text order


def _verb_of(sent: Sentence, positions: list[int]) -> tuple[int, frozenset[str]] | None:
    """The cue verb among ``positions`` and the words it governs."""
    for k in positions:
        matches = sent.lex.verb_matches(sent.lower[k])
        if not matches or sent.toks[k].pos in ("NOUN", "PROPN"):
            continue
        words: set[str] = set()
        for m in matches:
            particle = m.verb.particle
            if m.kind == "separated" and not any(sent.lower[j] == particle for j in positions):
                continue
            words |= sent.lex.governed.get(m.verb.lemma, frozenset())
        return k, frozenset(words)
    return None


def extend_cue(sent: Sentence, positions: list[int]) -> list[int]:
    """The tokens to add to a verb cue at ``positions`` in ``sent`` (none for other cues)."""
    found = _verb_of(sent, positions)
    if found is None:
        return _phrase_extent(sent, positions)
    verb, governed = found
    start = sent.clause_start(verb)
    end = sent.clause_end(verb)
    taken = set(positions)
    extra: list[int] = []

    def free(k: int) -> bool:
        return start <= k < end and k not in taken and not sent.in_quote[k]

    def add(k: int) -> None:
        taken.add(k)
        extra.append(k)

    first, last = min(positions), max(positions)
    if any(sent.lower[k] in sent.lex.aux for k in positions):
        # impersonal passive: `Es wird vermutet, dass ...`, `..., wird es befürchtet`
        k = next((k for k in (first - 1, first + 1) if free(k) and sent.lower[k] == "es"), None)
        if k is not None:
            add(k)
    near = [k for k in range(first - _REACH, last + _REACH + 1) if free(k)]
    reflexive = next((k for k in near if sent.lower[k] in _REFLEXIVE), None)
    if reflexive is not None:
        add(reflexive)
    if governed:
        # after a finite verb in second position (`warnte vor`), else before the verb at the
        # end of the clause (`wovor er gewarnt hatte`, `mit X rechnet`)
        v2 = sent.is_finite(verb) and any(
            sent.is_word(k) and k not in taken for k in range(verb + 1, end)
        )
        if v2:
            scope = range(verb + 1, end)
        else:
            # a verb-final cue governs no word of a clause coordinated before it (`nimmt es zur
            # Kenntnis und fordert die Regierung auf`: `zur` is not the `zu` of auffordern)
            own = max(
                (
                    k + 1
                    for k in range(start, first)
                    if sent.lower[k] in _COORDINATORS and k not in taken
                ),
                default=start,
            )
            scope = range(own, first)
        k = next((k for k in scope if free(k) and sent.lower[k] in governed), None)
        if k is not None:
            add(k)
    noun = next((k for k in range(start, end) if free(k) and _content_noun(sent, k)), None)
    if noun is not None:
        # `stellten die Theorie auf, dass`, `bestätigte den Verdacht, es handele sich`: the
        # noun that names the content is part of the cue, with its determiner and adjectives
        add(noun)
        j = noun - 1
        while j >= start and free(j) and sent.toks[j].tag in _NP_LEFT:
            add(j)
            j -= 1
    for b in sorted(taken):
        # `sind der [gegenteiligen] Auffassung`, `teilen [die] Meinung`: a phrase cue's noun
        # keeps its determiner and adjectives
        if sent.toks[b].tag != "NN" or not any(p < b for p in taken):
            continue
        j = b - 1
        while j > start and free(j) and sent.toks[j].tag in _NP_LEFT:
            add(j)
            j -= 1
    if not any(sent.lower[k] in _CORRELATES for k in taken):
        k = next((k for k in range(start + 1, end) if free(k) and _correlate(sent, k, taken)), None)
        if k is not None:
            add(k)
    for k in range(start, end - 2):
        if (
            sent.lower[k] == "mit"
            and sent.lower[k + 2] in _WORDS_NOUNS
            and sent.lower[k + 1] in ("den", "der", "dem", "einem", "einer", "seinen", "ihren")
            and all(free(j) for j in (k, k + 1, k + 2))
        ):
            for j in (k, k + 1, k + 2):
                add(j)
            break
    frame = next(
        (k for k in sorted(taken) if _frames_predicate(sent, k, taken)),
        None,
    )
    adjective = _predicative(sent, frame, end) if frame is not None else None
    if adjective is None and frame is not None:
        adjective, adverb = _shown_state(sent, frame)
        if adverb is not None and free(adverb):
            add(adverb)  # `zeigte sich besonders [darüber] besorgt`
    if adjective is not None and free(adjective):
        add(adjective)  # `hält es für [möglich]`, `zeigte sich [besorgt]`
    aux = _perfect_auxiliary(sent, verb, taken)
    if aux is not None:
        add(aux)  # `hatte der Investor, X Y, zugesagt`, `wird X, Sprecher von Y, zitiert`
    if not sent.is_finite(verb):
        # verb-final clause: `wie er betont hatte`, `wie berichtet worden war`
        k = last + 1
        while k < end and k <= last + 2 and free(k) and sent.lower[k] in _TRAILING_AUX:
            add(k)
            k += 1
    return extra


#: tags that end the walk from a participle back to its finite auxiliary: another verb, a
#: conjunction or relative word opens another clause
_WALL_TAGS = frozenset(
    [
        "KOUS",
        "KON",
        "KOKOM",
        "PRELS",
        "PRELAT",
        "PWAV",
        "PWS",
        "VVFIN",
        "VVPP",
        "VVINF",
        "VVIZU",
        "KOUI",
    ]
)
#: how far (in tokens) a finite auxiliary may stand before its participle
_AUX_REACH = 20


# twin: speaker_subjects._auxiliary_before (other stop tags, no reach limit: not merged)
def _perfect_auxiliary(sent: Sentence, verb: int, cue: set[int]) -> int | None:
    """The finite auxiliary or modal that a participle or infinitive cue at ``verb`` closes, in
    second position of its main clause across a subject with an apposition (`Vor kurzem hatte
    ein Sprecher, X Y, erklärt, ...`, `..., wird X, Chef von Y, zitiert.`).  The cue verb
    must close its clause (a comma, colon or full stop follows) and have a participle or
    infinitive reading; a cue that holds a finite verb or auxiliary already takes none."""
    if any(sent.lower[k] in sent.lex.aux or sent.toks[k].tag in ("VAFIN", "VMFIN") for k in cue):
        return None
    if sent.toks[verb].tag not in ("VVPP", "VVINF") and not (
        any(m.kind in ("participle", "infinitive") for m in sent.lex.verb_matches(sent.lower[verb]))
    ):
        return None
    nxt = verb + 1
    if nxt < len(sent.toks) and sent.toks[nxt].text not in (",", ":", ".", ";"):
        return None
    for k in range(verb - 1, max(-1, verb - _AUX_REACH), -1):
        if sent.in_quote[k] or (sent.is_boundary(k) and sent.toks[k].text != ","):
            return None
        if sent.lower[k] in ("wie", "als", "so"):
            return None  # `..., wie X betonen`: the clause begins here
        if k in cue:
            continue
        if sent.toks[k].tag in ("VAFIN", "VMFIN"):
            return k
        if sent.toks[k].tag in _WALL_TAGS:
            return None
    return None


#: forms of `zeigen`, whose reflexive frames a predicative adjective (`zeigte sich besorgt`)
_ZEIGEN = frozenset(["zeigt", "zeigte", "zeigten", "zeigen", "gezeigt"])


def _shows_itself(sent: Sentence, k: int) -> bool:
    """`sich` at ``k`` belongs to `sich zeigen` (`zeigte sich besorgt`); the adjective after
    another reflexive verb is a manner adverb (`äußerte sich zuversichtlich`)."""
    return sent.lower[k] == "sich" and (
        (k > 0 and sent.lower[k - 1] in _ZEIGEN)
        or (k + 1 < len(sent.toks) and sent.lower[k + 1] in _ZEIGEN)
    )


def _frames_predicate(sent: Sentence, k: int, cue: set[int]) -> bool:
    """Cue word ``k`` introduces a predicative adjective: `für` (`hält es für möglich`), `als`
    after the correlate `es` (`sah es als erwiesen an`; not `wies den Vorwurf als abwegig
    zurück`), `sich` of `sich zeigen`."""
    if sent.lower[k] == "für":
        return True
    if sent.lower[k] == "als":
        return any(sent.lower[j] == "es" for j in cue)
    return _shows_itself(sent, k)


#: how far (in tokens) the state of `sich zeigen` may stand from `sich`
_STATE_REACH = 14
#: tags that close the walk from `sich zeigen` to its predicative
_STATE_WALLS = frozenset(["KOUS", "KON", "PRELS", "PWAV", "KOUI", "VAFIN", "VMFIN"])


def _shown_state(sent: Sentence, k: int) -> tuple[int | None, int | None]:
    """The predicative of `sich zeigen` when ``k`` is its `sich`, past the subject and its
    apposition (`zeigte sich der Trainer, X Y, nach dem Spiel zufrieden`): the first adjective
    or participle of the main clause, also where the tagger read it as a verb (`besorgt/VVPP`,
    `zufrieden/VVFIN`; a second finite full verb cannot follow `zeigte` in its clause); and the
    pronominal adverb right before it (`zeigte sich besonders darüber besorgt`), if any."""
    if not _shows_itself(sent, k):
        return None, None
    for j in range(k + 1, min(len(sent.toks), k + _STATE_REACH)):
        if sent.in_quote[j] or (sent.is_boundary(j) and sent.toks[j].text != ","):
            return None, None
        tag = sent.toks[j].tag
        if tag in _STATE_WALLS:
            return None, None
        if tag in ("ADJD", "VVPP") or (tag == "VVFIN" and not sent.is_cap(j)):
            return j, (j - 1 if sent.toks[j - 1].tag in ("PROAV", "PAV") else None)
    return None, None


def _predicative(sent: Sentence, k: int, end: int) -> int | None:
    """The predicative adjective that a frame word at ``k`` (`für`, `als`, `sich`) introduces
    within a few words of its clause (`hält es für möglich`, `zeigte sich darüber besorgt`)."""
    for j in range(k + 1, min(end, k + 4)):
        if sent.in_quote[j]:
            return None
        if sent.toks[j].tag == "ADJD":
            return j
        if sent.toks[j].tag not in ("ADV", "PROAV", "PAV"):
            return None
    return None


def foreign_particle(sent: Sentence, positions: Sequence[int]) -> bool:
    """The finite cue verb at ``positions`` (one word, second position of a main clause) has a
    separable particle at the end of its clause that makes another verb than the cue's:
    `forderte die Nationalgarde an` (anfordern), `rief den Notstand aus` (ausrufen), `führt
    die Tabelle an` (anführen).  A particle the lexicon knows for this verb is part of the cue
    (`teilte ... mit`) and never reaches here alone."""
    if len(positions) != 1 or not sent.is_finite(positions[0]) or sent.in_quote[positions[0]]:
        return False
    verb = positions[0]
    end = sent.clause_end(verb + 1)
    # `schrieben die Hacker und kündigten Aktionen an`: the clause ends before a second verb
    end = next((k for k in range(verb + 1, end) if sent.lower[k] in _COORDINATORS), end)
    last = end - 1
    if last <= verb + 1 or sent.in_quote[last] or sent.lower[last] not in _PARTICLES:
        return False
    if sent.toks[last].tag and sent.toks[last].tag not in _PARTICLE_TAGS:
        return False
    own = {m.verb.particle for m in sent.lex.verb_matches(sent.lower[verb])}
    return sent.lower[last] not in own


#: separable verb particles; one that closes a main clause has no object after it, so it is no
#: preposition (the tagger often reads it as one: `an/APPR`)
_PARTICLES = frozenset(
    [
        "an",
        "auf",
        "aus",
        "ab",
        "bei",
        "ein",
        "fort",
        "her",
        "hin",
        "mit",
        "nach",
        "vor",
        "weg",
        "zu",
        "zurück",
        "zusammen",
        "hinzu",
        "heraus",
        "hervor",
        "dar",
        "entgegen",
        "los",
        "nieder",
        "um",
        "vorbei",
        "voran",
        "voraus",
        "bereit",
        "kund",
        "statt",
        "teil",
        "fern",
    ]
)
_PARTICLE_TAGS = frozenset(["PTKVZ", "APPR", "ADV", "ADJD"])
_COORDINATORS = frozenset(["und", "oder", "sowie", "aber", "sondern", "doch"])


#: determiners inside a phrase cue (`vertritt die These`, `ist der Meinung`)
_DETERMINERS = frozenset(["der", "die", "das", "den", "dem", "des"])


def _inside_noun_phrase(sent: Sentence, k: int, positions: list[int]) -> bool:
    """Token ``k`` is a determiner or adjective of a cue noun after it (`vertritt [die] These`,
    `ist der [gegenteiligen] Auffassung`)."""
    if sent.lower[k] in _DETERMINERS and k + 1 in positions:
        return True
    j = k
    while j < len(sent.toks) and sent.toks[j].tag in ("ADJA", "PIAT") and j not in positions:
        j += 1
    return j > k and j in positions and sent.toks[j].tag == "NN"


def _phrase_extent(sent: Sentence, positions: list[int]) -> list[int]:
    """A phrase cue: the determiner of its noun (`vertritt [die] These`) and the predicative
    adjective it frames (`zeigte sich [besorgt]`, `hält es für [möglich]`)."""
    if len(positions) < 2:
        return []
    ordered = sorted(positions)
    extra = [
        k
        for k in range(ordered[0] + 1, ordered[-1])
        if k not in positions and _inside_noun_phrase(sent, k, positions)
    ]
    last = ordered[-1]
    if sent.lower[last] in ("sich", "für", "als"):
        end = sent.clause_end(last)
        k = next(
            (k for k in range(last + 1, min(end, last + 5)) if sent.toks[k].tag == "ADJD"), None
        )
        if k is None:
            k, adverb = _shown_state(sent, last)  # `zeigte sich der Trainer ... zufrieden`
            if adverb is not None and adverb > last:
                extra.append(adverb)  # `zeigte sich besonders [darüber] besorgt`
        if k is not None and not sent.in_quote[k]:
            extra.append(k)
    return extra
