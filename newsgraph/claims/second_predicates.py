"""Second predicates: a finite verb after a comma that shares the subject of the clause before.

`Die Behörden bestätigten den Unfall, teilten aber mit, …`, `Die Polizei beziffert die Zahl auf
626, befürchtet aber weitere Tote`, `Der Verband begrüßte die Pläne, forderte aber weitere
Schritte`: such a verb is no trailing frame (`…, sagte der Minister`) and opens no complement
of the clause before.  A plural noun phrase after a singular verb is its object, and so is any
noun phrase after a verb followed by a contrastive `aber`/`jedoch`/`allerdings` (session 12); an
impersonal passive after the comma (`…, wurde am Montag mitgeteilt`) is a trailing frame.
"""

from __future__ import annotations

from .clause_subjects import head_can_speak
from .clauses import SUBORDINATORS
from .frames import Sentence, Span2
from .token_view import PASSIVE_FINITE


def second_predicate(sent: Sentence, k: int) -> bool:
    """The finite verb at ``k``, right after a comma and without a subject of its own, is the
    second predicate of the clause before (`Die Behörden bestätigten den Unfall, teilten aber
    mit, ...`): not the start of a complement of that clause, nor a trailing frame."""
    if k < 2 or k >= len(sent.toks) or sent.toks[k - 1].text != "," or sent.in_quote[k]:
        return False
    if not sent.is_finite(k) or sent.is_subjunctive(k) or not sent.toks[k].text[0].islower():
        return False
    start = sent.clause_start(k - 1)
    if not any(sent.is_finite(j) and not sent.in_quote[j] for j in range(start, k - 1)):
        return False
    if _subordinate_clause(sent, start):
        return False  # `Da X fehlte, sagte Y`: the verb closes a subordinate clause
    return sent.subject_before(k) is None and sent.subject_after(k) is None


def _subordinate_clause(sent: Sentence, start: int) -> bool:
    tag = sent.toks[start].tag
    if tag:
        return tag in ("KOUS", "PRELS", "PRELAT", "PWS", "PWAV", "PWAT")
    return sent.lower[start] in SUBORDINATORS


#: tags that open a noun phrase right after a trailing verb: its subject, however long
_SUBJECT_OPENERS = frozenset({"ART", "PPER", "NE", "NN", "PPOSAT", "PDAT", "CARD", "ADJA"})


def shared_subject_conjunct(sent: Sentence, head: int) -> bool:
    """`Die Polizei beziffert die Zahl auf 626, befürchtet aber weitere Tote`: a verb after a
    comma with no subject of its own, after an indicative main clause with its own finite verb,
    is a second predicate of that clause's subject, not a trailing frame (`..., sagte er`).
    A noun phrase after the verb that disagrees with it in number is its object, not its subject
    (`Der Verband begrüßte die Pläne, forderte aber weitere Schritte`); when the clause before
    has a subject who can speak, so is any noun phrase after a verb followed by a contrastive
    `aber`/`jedoch` (`lobte den Beschluss, bemängelte aber die Frist`); after a thing the verb
    opens a trailing frame (`Die Preise steigen, sagte jedoch der Vertreter der Verbände`)."""
    after = sent.subject_after(head)
    contrast = head + 1 < len(sent.toks) and sent.lower[head + 1] in _CONTRAST_MARKERS
    if after is not None and not (
        _disagrees(sent, head, after) or (contrast and _speaker_before(sent, head))
    ):
        return False
    nxt = head + 1
    if nxt < len(sent.toks) and sent.toks[nxt].tag in _SUBJECT_OPENERS:
        return False  # `..., teilte die zur Universität gehörende Institution mit`
    before = [k for k in range(head - 1) if not sent.in_quote[k]]
    if len(before) < head - 1 and not contrast:
        return False  # a quotation before: `„...“, hieß es weiter`
    if impersonal_passive_frame(sent, head):
        return False  # `Die Schule bleibt geschlossen, wurde am Montag mitgeteilt.`
    finite = [k for k in before if sent.is_finite(k)]
    return bool(finite) and not any(sent.is_subjunctive(k) for k in finite)


#: contrastive words right after a second predicate (`…, kritisierte aber …`)
_CONTRAST_MARKERS = frozenset({"aber", "jedoch", "allerdings"})


def _disagrees(sent: Sentence, head: int, span: Span2) -> bool:
    """The noun phrase ``span`` cannot be the subject of the finite verb at ``head``: its head
    noun (the first: `ein Vertreter der Verbände` is singular) differs in number from the verb,
    and no coordination (`und`, `sowie`, `oder`) makes it plural."""
    number = sent.toks[head].feat("Number")
    ks = [k for k, t in enumerate(sent.toks) if span[0] <= t.start and t.end <= span[1]]
    if number is None or not ks or any(sent.lower[k] in ("und", "sowie", "oder", "&") for k in ks):
        return False
    noun = next((sent.toks[k] for k in ks if sent.toks[k].tag in ("NN", "NE")), None)
    if noun is None or noun.tag != "NN" or noun.feat("Number") is None:
        return False
    return noun.feat("Number") != number


def _speaker_before(sent: Sentence, head: int) -> bool:
    """The clause before the comma at ``head - 1`` has a subject who can speak (`Der Verband
    begrüßte …`), so a second predicate can share it; after a thing (`Die Preise steigen, sagte
    jedoch X`) the verb opens a trailing frame."""
    verb = next((k for k in range(head - 1) if sent.is_finite(k) and not sent.in_quote[k]), None)
    subject = sent.subject(verb) if verb is not None else None
    if subject is None:
        return False
    return head_can_speak(sent, sent.indices_in(*subject))


#: words that mark a second predicate of the subject before (`..., wurde aber später ...`)
_CONJUNCT_MARKERS = frozenset({"aber", "jedoch", "dann", "doch", "zudem", "auch", "und"})


def impersonal_passive_frame(sent: Sentence, head: int) -> bool:
    """`X bleibt geschlossen, wurde (am Montag) mitgeteilt.`: a passive auxiliary at ``head``
    right after the comma whose clause ends in its participle, with no subject of its own and
    no conjunct marker (`..., wurde aber später festgenommen`), is an impersonal trailing frame
    of the clause before, not a second predicate of its subject."""
    if sent.lower[head] not in PASSIVE_FINITE or head < 1 or sent.toks[head - 1].text != ",":
        return False
    end = sent.clause_end(head)
    last = end - 1
    if last <= head or sent.toks[last].tag != "VVPP":
        return False
    return not any(sent.lower[k] in _CONJUNCT_MARKERS for k in range(head + 1, last))
