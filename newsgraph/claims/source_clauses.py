"""The clause a source preposition reports (`laut X`, `X zufolge`, `nach Angaben von X`).

A prepositional frame sits inside the clause it sources, and the content is that clause, not
always the whole sentence: a subordinate or relative clause (`…, da die Genehmigung laut X zu
spät kam`), the main clause after a semicolon, after a colon that opens a clause, or after a
complete main clause and a comma (`…, diese Taten seien aber laut X verjährt`; `X sagte
gegenüber der Presse, nach neuesten Erkenntnissen habe …`), also when that main clause ends in a
quotation (`Hauck sprach von einer „…“, Roth zufolge hatte …`, session 12).
"""

from __future__ import annotations

from .frames import Sentence
from .speech_acts import has_finite, opens_subclause, verb_final_end


def enclosing_clause(sent: Sentence, p: int, frame_end: int, ce: int) -> tuple[int, int, bool]:
    """``(start, end, subordinate)`` of the clause holding a source frame at ``[p, frame_end)``:
    a subordinate or relative clause (`..., da die Genehmigung laut X zu spät kam`), the main
    clause after a semicolon or after a complete main clause (`..., diese Taten seien aber laut
    X verjährt`), else the whole sentence."""
    if _fills_vorfeld_after_comma(sent, p, frame_end):
        # `X sagte gegenüber der Presse, nach neuesten Erkenntnissen habe ...`: the frame opens
        # a clause of its own after a complete one, its finite verb right after it
        return p, ce, False
    start, sub = 0, False
    resumed = False  # a main clause's finite verb right after a comma lies between
    k = p - 1
    while k > 0:
        text = sent.toks[k].text
        if sent.in_quote[k]:
            k -= 1
            continue
        if text == ")":
            k = next((j for j in range(k - 1, -1, -1) if sent.toks[j].text == "("), k) - 1
            continue
        if text == ";" or text == ":" and _clause_after_colon(sent, k, p):
            start = k + 1  # `Zum Vergleich: Die Zahl betrug nach Angaben X ...`
            break
        if text == "," and k + 1 < p and not resumed:
            if _resumes_main_clause(sent, k + 1):
                if _verb_second_clause(sent, k):
                    # `Der Absturz wird im Mai erwartet, kann nach Angaben X aber ...`: a
                    # second predicate after a complete main clause
                    start = k + 1
                    break
                # `Gegen Beamte, die ... reagierten, sollen nach Ansicht von X ...`: the
                # frame is in the main clause after a fronted clause
                resumed = True
                k -= 1
                continue
            if opens_subclause(sent, k + 1):
                start, sub = k + 1, True
                break
            if _main_clause_after(sent, k, p) and has_finite(sent, 0, k):
                start = k + 1
                break
        k -= 1
    end = ce
    if sub:
        end = verb_final_end(sent, frame_end, ce) if frame_end < ce else ce
    else:
        end = next(
            (k for k in range(frame_end, ce) if sent.toks[k].text == ";" and not sent.in_quote[k]),
            ce,
        )
    return start, min(end, ce), sub


def _fills_vorfeld_after_comma(sent: Sentence, p: int, frame_end: int) -> bool:
    if p < 2 or sent.toks[p - 1].text != "," or sent.in_quote[p - 1]:
        return False
    if frame_end >= len(sent.toks) or not sent.is_finite(frame_end):
        return False
    start = sent.clause_start(p - 1)
    if has_finite(sent, start, p - 1) and not opens_subclause(sent, start):
        return True
    # the clause before ends in a quotation (`X sprach von einer „…“, Y zufolge hatte …`): its
    # start is the punctuation before it outside quotation marks
    first = next(
        (
            k + 1
            for k in range(p - 2, -1, -1)
            if sent.toks[k].text in ",;:" and not sent.in_quote[k]
        ),
        0,
    )
    return (
        first < start
        and any(sent.in_quote[k] for k in range(first, p - 1))
        and has_finite(sent, first, p - 1)
        and not opens_subclause(sent, first)
    )


def _verb_second_clause(sent: Sentence, comma: int) -> bool:
    """The clause before ``comma`` is a main clause: no subordinator or relative pronoun opens
    it, and its first finite verb does not end it (`Der Absturz wird im Mai erwartet`, not
    `die nicht reagierten`, `abgegeben haben`)."""
    start = sent.clause_start(comma)
    if start > 0 or opens_subclause(sent, start) or sent.toks[start].tag in ("KOUS", "KOUI"):
        return False
    verbs = [j for j in range(start, comma) if sent.is_finite(j) and not sent.in_quote[j]]
    return bool(verbs) and verbs[0] < comma - 1 and verbs[0] > start


def _resumes_main_clause(sent: Sentence, k: int) -> bool:
    """The finite verb at ``k`` right after a comma, followed by more of its clause, is the
    verb-second of the main clause after a fronted clause (`..., sollen nach Ansicht ...`)."""
    if not sent.is_finite(k) or sent.in_quote[k] or k + 1 >= len(sent.toks):
        return False
    return not sent.is_boundary(k + 1)


def _clause_after_colon(sent: Sentence, colon: int, limit: int) -> bool:
    """A clause with its own finite verb follows the colon before the frame at ``limit``."""
    return has_finite(sent, colon + 1, limit) or has_finite(sent, colon + 1, sent.clause_end(limit))


def _main_clause_after(sent: Sentence, comma: int, limit: int) -> bool:
    """After the comma at ``comma`` a main clause with its own Vorfeld begins (`..., die Polizei
    spricht von ...`): a finite verb follows, but not right after the comma."""
    k = comma + 1
    if k >= limit or sent.is_finite(k) or sent.in_quote[k]:
        return False
    if sent.lower[k] in ("und", "oder", "sowie", "sondern", "bzw."):
        return False
    for j in range(k + 1, limit):
        if sent.in_quote[j] or sent.is_boundary(j):
            return False
        if sent.is_finite(j):
            # a verb right before a comma ends a verb-final clause (`..., abgegeben haben, ist
            # es laut X ...`), no main clause of its own
            return j + 1 >= limit or not sent.is_boundary(j + 1)
    return False
