"""Phrases of English sentences read from word forms alone (no POS tags): word classes, the
subject before a verb (past openers, appositions and zero relatives), an inverted subject, a
passive agent, the addressee and adjuncts after a speech verb, and whether a stretch of tokens
is a clause or only a phrase, and the commas that end a content clause.  Used by
:mod:`.english_frames`; the frames that are phrases rather than clauses (`according to X`,
`, adding (that) ...`, `X was quoted as saying ...`) are in :mod:`.english_sources`."""

from __future__ import annotations

from .frames import Sentence, Span2
from .text import CLOSING, OPENING


def words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: a speech-verb form right after one of these is a noun or adjective (`the reports`)
NOUN_BEFORE = words(
    "the a an these those this his her its their our my your such any no some several "
    "many media press news unconfirmed earlier latest recent initial conflicting of in on for "
    "by with about from citing quoting"
)
#: nouns of a claim before the subject of a zero relative clause (`a claim Kyiv rejected`)
CLAIM_NOUNS = words(
    "claim claims allegation allegations accusation accusations charge charges assertion "
    "account version figure figures report reports statement view"
)
#: words that end a subject phrase read leftwards from its verb
CLAUSE_LINKS = words(
    "that and but or if because while when as who which whom whose where after before "
    "since although though unless than so whether whereas"
)
#: auxiliaries and negation between subject and cue (`has denied`, `did not confirm`)
AUX = words("has have had was were is are be been being did does do 's")
#: the finite forms of `be` before a hearsay passive (`is said to`)
BE = words("is are was were")
MODALS = words("will would could can may might must should shall")
NEGATION = frozenset(["not", "never", "n't"])
AND = frozenset(["and", "but"])
#: nouns that make a following `reports` a compound noun only before a verb
MEDIA = frozenset(["media", "press", "news"])
#: subordinators before a subject whose verb frames no claim of the article
CONDITIONS = frozenset(["if", "unless", "whether", "once", "until"])
#: adverbs between subject and verb (also any word in -ly)
ADVERBS = words(
    "also later earlier previously repeatedly again already then further separately once "
    "still however meanwhile now first twice"
)
#: prepositions of adjuncts after a speech verb (`said in a statement`, `told X on Tuesday`)
PREPS = words("on in at to from during via through after late inside outside without")
TIME_WORDS = words(
    "yesterday today tonight overnight earlier later recently previously monday tuesday "
    "wednesday thursday friday saturday sunday last this next morning evening afternoon "
    "night week weekend month year"
)
DETERMINERS = words(
    "the a an this these those his her its their our my your some any no each every"
)
SUBJECT_PRONOUNS = words("i we you he she it they there")
#: prepositions that open no content clause
CLAUSE_PREPS = words("on of in at to for about until with by over into against from")
FINITE_EXTRA = words(
    "won't didn't don't doesn't isn't wasn't aren't weren't hasn't haven't hadn't "
    "wouldn't couldn't can't shouldn't"
)
#: participle clauses that continue a trailing frame (`..., citing officials`)
FRAME_TAILS = words("citing quoting adding saying according referring")
#: participles of speech verbs that frame a `that` clause after a main clause (`, warning that
#: ...`): the same subject's next claim
SPEECH_PARTICIPLES = words(
    "warning insisting arguing noting claiming stressing explaining stating suggesting "
    "acknowledging admitting conceding maintaining contending declaring asserting emphasising "
    "emphasizing cautioning alleging ruling predicting"
)
#: verbs whose first object is the addressee (`told parliament ...`)
ADDRESSEE_VERBS = words("tell assure inform warn remind brief")
#: verbs whose addressee comes before the infinitive asked of it (`urged regulators to act`)
URGING_VERBS = words("urge ask encourage advise warn tell")
#: cue classes that report an act without a clause (`X denied the report.`)
ACT_CLASSES = frozenset(["deny", "allege", "announce", "demand"])
#: verbs that report a speech act also without a clause (`X welcomed the vote`)
ACT_LEMMAS = frozenset(
    [
        "report",
        "confirm",
        "acknowledge",
        "admit",
        "welcome",
        "criticise",
        "condemn",
        "praise",
        "defend",
        "describe",
        "decline",
        "refuse",
        "plead",
    ]
)
#: relative pronouns that open a clause inside an object noun phrase
RELATIVES = words("who which whose whom")
#: verbs that mostly take an object (a clause after them opens with `that` or a subject)
OBJECT_LEMMAS = frozenset(["demand", "deny", "reject", "dismiss", "refute", "announce", "confirm"])
#: objects of `claim` that make it an act (`claimed victory`, `claimed responsibility`)
CLAIMED_OBJECTS = words("victory responsibility credit success")
#: verbs mostly followed by a clause, also without `that` and a finite verb we know
LOOSE = words("say tell add state explain note insist stress argue believe think claim write")
#: irregular past forms that make a clause without `that` (`confirmed troops hit the town`)
IRREGULAR_PAST = words(
    "hit cut put set shut struck shot fled fell took gave made went came left lost won sent "
    "spent held kept met paid sold brought bought caught fought ran began broke chose drove "
    "flew grew knew rose saw spoke stole threw became built felt found heard led meant stood "
    "sank seized withdrew overran beat bore fed forgot forgave hid hung laid lay lit rode "
    "sought shook slew split spread stuck swept swore swung tore understood woke wore wrote "
    "got did had"
)
#: adjectives before an addressee noun (`told local media`)
ADDRESSEE_ADJ = words("local state foreign national international western public private")


def adverb(sent: Sentence, k: int) -> bool:
    low = sent.lower[k]
    return (low in ADVERBS or low.endswith("ly") and len(low) > 4) and not sent.is_cap(k)


def np_word(sent: Sentence, k: int) -> bool:
    low = sent.lower[k]
    if sent.in_quote[k] or low in CLAUSE_LINKS or low in MODALS or low in FINITE_EXTRA:
        return False
    if low in sent.lex.finite and low not in ("'s", "’s"):
        return False
    if sent.lex.verb_matches(low) and not sent.is_cap(k):
        # `the report said`, `A UN report alleges`: a noun
        return k > 0 and (
            sent.lower[k - 1] in NOUN_BEFORE
            or sent.is_cap(k - 1)
            and verbal(sent, k + 1)
            and not low.endswith("ed")
        )
    if low in ("'", "’") and k > 0 and sent.lower[k - 1].endswith("s"):
        return not sent.in_quote[k]  # `the farmers' union`: a plural possessive
    return sent.is_word(k) or low in ("'s", "’s", "-", "&", ".")


def subject_before(sent: Sentence, end: int, start: int) -> tuple[int, int] | None:
    """The subject phrase ending before token ``end``; past an apposition between commas
    (`Rutte, who visited Kyiv, said`, `Yonhap, citing officials, reported`)."""
    k = end - 1
    if k - 2 > start and sent.toks[k].text == ")" and sent.toks[k - 2].text == "(":
        k -= 3  # `the Dock Workers' Union (TDWU) said`: the short name in parentheses
    while k >= start and (np_word(sent, k) or _name_and(sent, k, start)):
        k -= 1
    if k + 1 < end:
        np = drop_opener(sent, k + 1, end)
        if np and np[1] - np[0] >= 3 and sent.lower[np[1] - 2] == "on":
            # `Tarvania on Tuesday accused ...`: a time, no part of the subject
            np = (np[0], np[1] - 2) if sent.lower[np[1] - 1] in TIME_WORDS else np
        inner = inner_subject(sent, np[0], end) if np is not None else None
        return inner or np
    if k >= start + 1 and sent.toks[k].text == "," and end - 1 == k:
        comma = next((j for j in range(k - 1, start - 1, -1) if sent.toks[j].text == ","), None)
        if comma is not None and not any(sent.in_quote[j] for j in range(comma, k)):
            j = comma - 1
            while j >= start and np_word(sent, j):
                j -= 1
            if j + 1 < comma and (
                j < start or sent.toks[j].text in (",", *CLOSING) or sent.lower[j] == "that"
            ):  # `... that the mediator, Helga Sunstrom, had said`: inside a content clause
                np = drop_opener(sent, j + 1, comma)
                named = sent.is_cap(comma + 1) or sent.lower[comma + 1] in ("the", "a", "an")
                # `X, who reviewed the paper, said`: the relative clause belongs to the speaker
                named = named or sent.lower[comma + 1] in ("who", "which", "whose")
                # `The mission's head, former judge Elsa Rautio, told`: a title before a name
                named = named or any(sent.is_cap(x) for x in range(comma + 2, k))
                named = named or k == comma + 2 and sent.toks[comma + 1].text.isdigit()  # age
                if np is not None and named and comma + 1 < k:
                    return _title_before(sent, j, start, np[0]), k  # `The minister, G. P., said`
                return np
    return None


def _name_and(sent: Sentence, k: int, start: int) -> bool:
    """`the Transport and Dock Workers' Union`: `and` between two capitalised words of a name
    (after a determiner before them)."""
    if sent.lower[k] != "and" or k - 1 < start or not (sent.is_cap(k - 1) and sent.is_cap(k + 1)):
        return False
    j = k - 1
    while j > start and sent.is_cap(j):
        j -= 1
    return sent.lower[j] == "the"


def _title_before(sent: Sentence, comma: int, start: int, name: int) -> int:
    """`The Danish minister, Sofie Lund, who ...`: the start of a title phrase at the opening
    of the sentence that the name at ``name`` (after ``comma``) stands in apposition to."""
    if comma <= start or sent.toks[comma].text != "," or not sent.is_cap(name):
        return name
    j = comma - 1
    while j >= start and np_word(sent, j) and sent.lower[j] not in PREPS:
        j -= 1
    if j < start and comma - start >= 2 and sent.lower[start] in DETERMINERS:
        return start
    return name


def inner_subject(sent: Sentence, i: int, end: int) -> tuple[int, int] | None:
    """`a claim the ministry denied`: an object noun, then the subject of a clause without
    `that`; the subject starts at the inner article."""
    for d in range(end - 1, i, -1):
        low, prev = sent.lower[d], sent.lower[d - 1]
        if sent.is_cap(d) and prev in CLAIM_NOUNS and sent.lower[i] in DETERMINERS:
            return d, end  # `a claim Kyiv rejected`: a name after the claim noun
        if (
            low in ("the", "a", "an")
            and prev not in PREPS | DETERMINERS | NOUN_BEFORE | TIME_WORDS | {"'s", "’s"}
            and not sent.is_cap(d - 1)
        ):
            return d, end
    return None


def drop_opener(sent: Sentence, i: int, end: int) -> tuple[int, int] | None:
    """`On Monday the minister` -> `the minister`: an adverbial before the subject."""
    low = sent.lower[i]
    if low in PREPS or low in sent.lex.clause_openers and low not in DETERMINERS:
        dets = [k for k in range(i + 1, end) if sent.lower[k] in DETERMINERS]
        i = dets[-1] if dets else i + 2
    while i < end and sent.lower[i] in ("and", "but", "also", "even"):
        i += 1
    if i >= end or sent.lower[i] == "there" and end - i == 1:
        return None
    return i, end


def subject_after(sent: Sentence, v: int, ce: int) -> tuple[int, int] | None:
    """`"...," said Rutte.` / `..., said the ministry.`: an inverted frame."""
    if v == 0 or not (sent.toks[v - 1].text == "," or sent.toks[v - 1].text in CLOSING):
        return None
    k = v + 1
    while k < ce and np_word(sent, k) and not (k > v + 1 and sent.lower[k] in PREPS):
        k += 1
    if k == v + 1:
        return None
    if k + 1 < ce and plain_comma(sent, k) and sent.is_cap(k + 1):
        # `said her neighbour, Thomas Bauer, who ...`: a name in apposition is the speaker's
        j = k + 1
        while j < ce and sent.is_cap(j) and np_word(sent, j):
            j += 1
        if j > k + 1 and (j >= ce or sent.toks[j].text in (",", ".")):
            k = j
    return v + 1, k


def agent(sent: Sentence, i: int, ce: int) -> tuple[int, int] | None:
    """`... were denied by the ministry`: the `by` phrase of a passive frame."""
    k = skip_adjuncts(sent, i, ce, False)
    if k < ce and sent.lower[k] == "by":
        j = k + 1
        while j < ce and np_word(sent, j) and sent.lower[j] not in PREPS:
            j += 1
        return (k + 1, j) if j > k + 1 else None
    return None


def np_after(sent: Sentence, i: int, ce: int) -> int:
    """End of a short noun phrase at ``i`` (an addressee or an adjunct's object): a determiner
    and the words up to the next function word (`a news conference`), a run of names
    (`Secretary General Mark Rutte`), or one common noun (`told reporters`)."""
    j = i
    det = j < ce and sent.lower[j] in DETERMINERS
    if det:
        j += 1
    while j < ce and np_word(sent, j) and sent.lower[j] not in PREPS | DETERMINERS:
        if sent.lower[j] in SUBJECT_PRONOUNS or sent.lower[j] == "by":
            break
        if (
            not det
            and j > i
            and not (sent.is_cap(j) and sent.is_cap(j - 1))
            and not (j == i + 1 and (sent.lower[i] in ADDRESSEE_ADJ or _ing_adjective(sent, i)))
        ):
            break
        j += 1
    return j


def _ing_adjective(sent: Sentence, i: int) -> bool:
    """`cheering supporters`, `striking workers`: an -ing adjective before the noun."""
    low = sent.lower[i]
    return low.endswith("ing") and len(low) > 5 and not sent.lex.verb_matches(low)


def addressee_end(sent: Sentence, verb: str, comp: int, stop: int) -> int:
    """`urged regulators to look at ...`: the token after the addressee when the content is
    the infinitive asked of it (the addressee is no part of the content); else ``comp``."""
    if verb not in URGING_VERBS or comp >= stop or sent.lower[comp] in SUBJECT_PRONOUNS:
        return comp
    j = np_after(sent, comp, stop)
    return j if comp < j < stop - 1 and sent.lower[j] == "to" else comp


def skip_adjuncts(sent: Sentence, i: int, ce: int, addressee: bool) -> int:
    """The first token after the addressee (`told reporters`) and adjuncts (`in a statement`,
    `on Tuesday`, `earlier`) of a speech verb."""
    j = i
    if addressee and j < ce and sent.lower[j] not in SUBJECT_PRONOUNS | {"that"}:
        j = _np_of(sent, j, ce)
    while j < ce:
        low = sent.lower[j]
        if low in ("late", "early") and j + 1 < ce and sent.lower[j + 1] in PREPS:
            j += 1  # `said late on Sunday that ...`
        elif low in TIME_WORDS or adverb(sent, j) and low not in SUBJECT_PRONOUNS:
            j += 1
        elif (low in PREPS or low == "of" and j > i) and not sent.in_quote[j]:
            # `at the launch of the report`: `of` goes on with the adjunct's noun phrase
            nxt = _np_of(sent, j + 1, ce)
            if nxt == j + 1:
                break
            j = _name_head(sent, nxt, ce)
        else:
            break
    return j


def _np_of(sent: Sentence, i: int, ce: int) -> int:
    """:func:`np_after` going on over `of` (`the launch of | the report`, `a meeting of | the
    council`)."""
    j = np_after(sent, i, ce)
    while i < j < ce and sent.lower[j - 1] in ("of", "with"):  # `an interview with | the X`
        more = np_after(sent, j, ce)
        if more == j:
            break
        j = more
    return j


def _name_head(sent: Sentence, k: int, ce: int) -> int:
    """`at Merrowdale Central station`: a common noun closing a run of names in an adjunct
    (followed by the end, a comma or a preposition) is part of its noun phrase."""
    if (
        k < ce
        and k > 0
        and sent.is_cap(k - 1)
        and sent.is_word(k)
        and not sent.is_cap(k)
        and np_word(sent, k)
        and not verbal(sent, k)
        and sent.lower[k] not in PREPS | DETERMINERS | SUBJECT_PRONOUNS | CLAUSE_LINKS
        and (k + 1 >= ce or sent.toks[k + 1].text in ",." or sent.lower[k + 1] in PREPS | {"that"})
    ):
        return k + 1
    return k


def verbal(sent: Sentence, k: int) -> bool:
    """The token at ``k`` is a verb form (`media reports said`: `reports` is a noun)."""
    if k >= len(sent.toks):
        return False
    low = sent.lower[k]
    return bool(sent.lex.verb_matches(low)) or low in sent.lex.finite or low in MODALS


def phrase_only(sent: Sentence, i: int, j: int) -> bool:
    """Tokens ``[i, j)`` are a short phrase without a verb or quotation (an apposition)."""
    if not 0 < j - i <= 10:
        return False
    return not any(
        sent.in_quote[k]
        or sent.lower[k] in sent.lex.finite
        or sent.lower[k] in MODALS | FINITE_EXTRA | SUBJECT_PRONOUNS | {"that"}
        for k in range(i, j)
    )


def clause(sent: Sentence, i: int, j: int, lemma: str) -> bool:
    """Tokens ``[i, j)`` read as a clause (not an object: `denied the report`)."""
    words = [k for k in range(i, j) if sent.is_word(k)]
    if not words:
        return False
    if sent.lower[words[0]] in SUBJECT_PRONOUNS and len(words) >= 2 or sent.toks[i].text in OPENING:
        return True
    if sent.lower[words[0]] in CLAUSE_PREPS:
        return False  # `insisted on control`, `believed until the end`: no clause
    if sent.lower[words[0]] in CLAIM_NOUNS and lemma in ("deny", "reject", "dismiss", "refute"):
        return False  # `rejected claims that ...`: the claim is the object of the denial
    comma = next((k for k in words if sent.toks[k].text == "," and not sent.in_quote[k]), j)
    if lemma in OBJECT_LEMMAS:
        # `demanded compensation for customers who had ...`: the verb of a relative clause
        # inside the object makes no clause of the object
        comma = next((k for k in words[1:] if sent.lower[k] in RELATIVES and k < comma), comma)
    words = [k for k in words if k < comma]  # `denied involvement, while ...`: an object
    if lemma == "claim" and sent.lower[words[0]] in CLAIMED_OBJECTS:
        return False  # `claimed victory in the election`: an act, no clause
    finite = any(
        sent.lower[k] in sent.lex.finite
        or sent.lower[k] in MODALS | FINITE_EXTRA
        or (sent.lower[k].endswith("ed") and k > i and sent.lower[k - 1] not in DETERMINERS)
        or sent.lower[k] in IRREGULAR_PAST
        and sent.lower[k - 1] not in DETERMINERS | PREPS | {"to"}
        for k in words[1:]
    )
    return finite or lemma in LOOSE and len(words) >= 3


#: sentence connectives that join the article's text, not the speaker's words (`however,`)
CONNECTIVES = words(
    "however meanwhile moreover nevertheless nonetheless furthermore separately also "
    "still instead though"
)


def trim(sent: Sentence, i: int, j: int) -> Span2 | None:
    """The span from ``i`` to ``j`` without punctuation at its edges nor a leading connective
    set off by a comma (`said, however, that ...`)."""
    while i < j and sent.toks[i].text in ",;:–—-":
        i += 1
    if i + 2 < j and sent.lower[i] in CONNECTIVES and plain_comma(sent, i + 1):
        i += 2
    while j > i and sent.toks[j - 1].text in ",;:–—-":
        j -= 1
    return sent.span(i, j) if i < j else None


def plain_comma(sent: Sentence, k: int) -> bool:
    return sent.toks[k].text == "," and not sent.in_quote[k]


def tail_comma(sent: Sentence, k: int) -> bool:
    """`, citing ...`, `, adding that ...`, `, according to ...`: the end of a content."""
    return plain_comma(sent, k) and (
        k + 1 < len(sent.toks) and sent.lower[k + 1] in FRAME_TAILS or participle_frame(sent, k + 1)
    )


def participle_frame(sent: Sentence, k: int) -> bool:
    """`warning that ...` at ``k``: a speech participle opening a `that` clause."""
    return (
        k + 1 < len(sent.toks)
        and sent.lower[k] in SPEECH_PARTICIPLES
        and sent.lower[k + 1] == "that"
        and not sent.in_quote[k]
    )


def predicate_comma(sent: Sentence, k: int) -> bool:
    """`..., but did not mention the depot`: a second predicate of the frame's subject."""
    if not plain_comma(sent, k) or k + 2 >= len(sent.toks) or sent.lower[k + 1] not in AND:
        return False
    nxt = k + 2
    while nxt < len(sent.toks) - 1 and adverb(sent, nxt):
        nxt += 1
    return verbal(sent, nxt) or sent.lower[nxt] in AUX | FINITE_EXTRA


def contrast_comma(sent: Sentence, k: int) -> bool:
    """`..., while Ukraine accused ...`: a contrasting clause of the article's own."""
    return (
        plain_comma(sent, k)
        and k + 1 < len(sent.toks)
        and sent.lower[k + 1] in ("while", "whereas")
    )


#: forms that shift a clause into reported speech (`..., and it would reopen`)
BACKSHIFT = words("would could might had should")


def clause_comma(sent: Sentence, k: int) -> bool:
    """`X said A, and B`: `, and`/`, but` before a clause of its own (a noun subject and a
    finite verb) ends X's words, unless that clause is shifted into reported speech (`would`,
    `could`, `had`), opens with `that` (`said that A, and that B`) or with a pronoun (`said A,
    and he wanted B`: often X's words still)."""
    n = len(sent.toks)
    if not plain_comma(sent, k) or k + 3 >= n or sent.lower[k + 1] not in AND:
        return False
    j = k + 2
    while j < n - 1 and adverb(sent, j):
        j += 1
    if sent.lower[j] in SUBJECT_PRONOUNS:
        return False  # `X said A, and he wanted ...`: often still X's words
    if np_word(sent, j) and not verbal(sent, j) and sent.lower[j] not in PREPS | AND:
        verb = j + 1  # `the army`, `Germany`, `traffic`
        while verb < min(n, j + 6) and np_word(sent, verb) and not _finite(sent, verb):
            verb += 1
    else:
        return False
    if verb >= n or not _finite(sent, verb):
        return False
    end = next((x for x in range(verb, n) if plain_comma(sent, x)), n)
    return not any(sent.lower[x] in BACKSHIFT or sent.in_quote[x] for x in range(j, end))


def _finite(sent: Sentence, k: int) -> bool:
    low = sent.lower[k]
    if low.endswith("ing") or sent.in_quote[k]:
        return False
    return verbal(sent, k) or low in IRREGULAR_PAST | FINITE_EXTRA or low.endswith("ed")
