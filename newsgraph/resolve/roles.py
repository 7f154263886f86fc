"""Role facts from appositions and titles: (person, role, organisation/country, sector).

Three German patterns are read around every PERSON mention of a sentence:

* **title**      ``der stellvertretende Außenminister Nordkoreas Kim Jong-gyu``
  (determiner, modifiers, role noun, optional genitive complement, name; the complement also
  as a genitive before the title: ``Spaniens Verteidigungsminister X``);
* **apposition** ``Der Verteidigungsminister der DVRK, No Kwang-chol, …`` (the same with a
  comma before the name);
* **post**       ``Wiktor Goremykin, der stellvertretende Verteidigungsminister, …``;

plus the coordination ``den Präsidenten Russlands, Wladimir Putin, und Nordkoreas, Kim
Jong-un``, which hands the role to the second person with the second complement.
The role noun is recognised by :meth:`newsgraph.kb.KB.role` (compound heads count), the
organisation or country is the first named mention of the genitive complement or a
nationality adjective among the modifiers (``der russische Botschafter``), and the sector is
the role's Phoenix/CAMEO sector (or the organisation's when the role has none: ``Sprecher``).
The determiner-to-role-noun phrase becomes a descriptive mention of the person.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..kb import KB, RoleSense
from ..names.key import fold
from .cluster import Item
from .linking import Linker
from .surface import ADJ_END, DETERMINERS, Word, words

_GEN_ARTICLES = frozenset({"der", "des"})
_DEPUTY = ("stellvertretend", "vize")
_FORMER = ("ehemalig", "früher", "einstig", "damalig")
_MAX_COMPLEMENT = 8
#: lower-case words that may join a role noun to its complement
_LINKERS = frozenset({"der", "des", "für", "und", "von", "im", "in", "bei", "zur", "zum"})
#: lower-case words ending like adjectives that are not adjectives
_FUNCTION_WORDS = frozenset(
    ["aber", "oder", "sowie", "wie", "wobei", "über", "unter", "hinter", "wieder", "immer", "ihre", "ihren", "ihrem", "ihrer", "seine", "seinen", "seinem", "seiner", "seines", "sie", "er", "es", "wir", "ihr", "man", "sei", "habe", "hatte", "werde", "wurde", "wurden", "haben", "waren", "einige", "andere", "anderen", "mehrere", "beide", "beiden", "alle", "allen", "jeder", "jede", "jeden", "keine", "keinen", "nachdem", "indem", "seitdem", "trotzdem", "außerdem", "zudem", "demnach", "später", "vorher", "daher", "wenn", "denn", "dann", "wer", "weder"]
)


def feminine_noun(noun: str) -> bool:
    """A person noun in its feminine form (``Ministerin``, ``Grünen-Politikerin``,
    ``Kanzlerinnen``): German titles mark their bearer's gender."""
    low = noun.lower()
    return low.endswith(("in", "innen")) and len(low) > 4


@dataclass(frozen=True)
class RoleFact:
    person: int  # item index of the person mention
    role: str  # as written, in base form: "stellvertretender Verteidigungsminister"
    sense: RoleSense
    org_item: int | None  # item index of the organisation/country mention
    org_country: str | None  # ISO3 from a nationality adjective
    start: int
    end: int
    desc: tuple[int, int] | None  # the descriptive noun phrase (determiner .. role noun)
    former: bool = False
    prefix_country: str | None = None  # "US-Präsident" -> USA
    prefix_sector: str | None = None  # "NATO-Generalsekretär" -> the KB sector of NATO
    prefix_org: bool = False  # the compound names an organisation (known or not)
    complement_sector: str | None = None  # "Sprecher der Polizei" -> the sector of "Polizei"
    feminine: bool = False  # the role noun as written is feminine ("Ministerin", "RTL-Chefin")


def is_adjective(w: Word) -> bool:
    """A declined attributive adjective (the tagger's UPOS when the nlp stage ran)."""
    if w.pos:
        return w.pos == "ADJ" and w.text[:1].islower()
    return (w.text[:1].islower() and w.lower.endswith(("e", "en", "er", "es", "em"))
            and w.lower not in DETERMINERS and w.lower not in _FUNCTION_WORDS)


def _is_name_adjective(w: Word) -> bool:
    """A declined adjective, also capitalised inside a name (``Hauptpolitischen``)."""
    return is_adjective(w) or bool(ADJ_END.match(w.text))


def role_lemma(word: str, sense: RoleSense) -> str:
    """``Verteidigungsministers`` → ``Verteidigungsminister`` (drop inflection up to the stem)."""
    for cut in range(0, 4):
        cand = word[: len(word) - cut] if cut else word
        if fold(cand).endswith(sense.stem):
            return cand
    return word


def _after_article(ws: list[Word], j: int) -> bool:
    """Is ``ws[j]`` a noun after a genitive article and adjectives only?"""
    k = j - 1
    while k >= 0 and _is_name_adjective(ws[k]):
        k -= 1
    return k >= 0 and k < j - 1 and ws[k].lower in _GEN_ARTICLES


class RoleReader:
    """Finds role facts in one article."""

    def __init__(self, kb: KB, linker: Linker, text: str, items: list[Item],
                 tags: Mapping[int, str] | None = None) -> None:
        self.tags = tags
        self.kb = kb
        self.linker = linker
        self.text = text
        self.items = items
        self._covering: dict[int, int] = {}
        for it in items:
            for pos in range(it.mention.start, it.mention.end):
                self._covering.setdefault(pos, it.index)

    def item_at(self, w: Word) -> Item | None:
        i = self._covering.get(w.start)
        return None if i is None else self.items[i]

    def read(self, sentences: list[tuple[int, int]]) -> list[RoleFact]:
        facts: list[RoleFact] = []
        people = sorted((it for it in self.items if it.label == "PERSON"),
                        key=lambda it: it.mention.start)
        for it in people:
            sent = next(((s, e) for s, e in sentences if s <= it.mention.start < e), None)
            if sent is None:
                continue
            fact = self._before(it, sent, facts) or self._after(it, sent)
            if fact is not None:
                facts.append(fact)
        return facts

    # ---- name preceded by a title or an apposition -----------------------------------------
    def _before(self, person: Item, sent: tuple[int, int], facts: list[RoleFact]) -> RoleFact | None:
        ws = words(self.text, sent[0], person.mention.start, self.tags)
        j = len(ws) - 1
        comma = j >= 0 and ws[j].text == ","
        if comma:
            j -= 1
        org_item, j = self._complement(ws, j)
        if j >= 0 and ws[j].lower == "und" and comma and org_item is not None:
            return self._coordinated(person, ws, j, org_item, facts)
        if j < 0:
            return None
        sense = self.kb.role(ws[j].text) if ws[j].text[:1].isupper() else None
        if sense is None or self.item_at(ws[j]) is not None:
            return None
        role_word = ws[j]
        start, mods = self._modifiers(ws, j)
        if org_item is None:
            org_item, start = self._saxon_genitive(ws, start)
        # only an apposition ("Der Minister der DVRK, No Kwang-chol") is a noun phrase of its
        # own; in a title ("der russische Botschafter Alexander Mazegora") it is part of the name
        desc = (start, role_word.end) if comma else None
        return self._fact(person, role_word, sense, mods, org_item, start, person.mention.end,
                          desc, self._role_complement(ws, j + 1))

    def _complement(self, ws: list[Word], j: int) -> tuple[int | None, int]:
        """Walk left over a genitive complement; returns (its first named item, new index)."""
        org: int | None = None
        steps = 0
        while j >= 0 and steps < _MAX_COMPLEMENT:
            w = ws[j]
            it = self.item_at(w)
            if it is not None and it.label != "PERSON":
                org = it.index
            elif w.text in "()" or w.lower in _GEN_ARTICLES or w.lower in ("für", "von"):
                pass
            elif w.lower in ("den", "dem") and j > 0 and ws[j - 1].lower == "von":
                pass  # "von den Grünen": the dative after `von`
            elif w.text[:1].isdigit() and j > 0 and ws[j - 1].text[:1].isupper():
                pass  # "von Bündnis 90/Die Grünen": a number inside a name
            elif w.text in ("Die", "Der", "Das") and 0 < j < len(ws) - 1 and ws[j + 1].text[:1].isupper():
                pass  # "Bündnis 90/Die Grünen", "von Die Linke": a capitalised article in a name
            elif (w.text[:1].isupper() and j > 0 and ws[j - 1].lower == "von"
                  and self.kb.role(w.text) is None):
                pass  # "von Bündnis 90/Die Grünen": the name's first word after `von`
            elif (w.text[:1].isupper() and j > 0 and ws[j - 1].lower in _GEN_ARTICLES
                  and self.kb.role(w.text) is None):
                pass  # a common noun in the genitive: "des Sicherheitsrates"
            elif is_adjective(w) and j > 0 and ws[j - 1].lower in _GEN_ARTICLES:
                pass
            elif is_adjective(w) and j + 1 < len(ws) and self.item_at(ws[j + 1]) is not None:
                pass  # "der Russischen Föderation" where NER left out the adjective
            elif w.text[:1].isupper() and self.kb.role(w.text) is None and _after_article(ws, j):
                pass  # "der Hauptpolitischen Verwaltung": adjectives between article and noun
            else:
                break
            j -= 1
            steps += 1
        return org, j

    def _saxon_genitive(self, ws: list[Word], start: int) -> tuple[int | None, int]:
        """``Spaniens Verteidigungsminister X``: a country or organisation in the genitive right
        before the title (or its adjectives) is the title's complement; (its item, the new
        start of the phrase), else (None, ``start``)."""
        k = max((i for i, w in enumerate(ws) if w.end <= start), default=-1)
        it = self.item_at(ws[k]) if k >= 0 else None
        if it is None or it.label not in ("GPE", "ORG") or not ws[k].text.endswith("s"):
            return None, start
        if it.mention.end != ws[k].end:
            return None, start  # the last word of a longer name, not a genitive of its own
        return it.index, it.mention.start

    def _modifiers(self, ws: list[Word], j: int) -> tuple[int, list[Word]]:
        start = ws[j].start
        mods: list[Word] = []
        k = j - 1
        while k >= 0 and (is_adjective(ws[k]) or ws[k].lower in DETERMINERS):
            start = ws[k].start
            if ws[k].lower in DETERMINERS:
                break
            mods.append(ws[k])
            k -= 1
        return start, mods

    def _role_complement(self, ws: list[Word], k: int) -> str:
        """Words after the role noun that belong to the role, not to a named complement:
        ``Sekretär des Sicherheitsrates``, ``Minister für Bergbau und Telekommunikation``."""
        out: list[Word] = []
        while k < len(ws) and self.item_at(ws[k]) is None and ws[k].text not in "(),;":
            out.append(ws[k])
            k += 1
        while out and (out[-1].lower in _LINKERS or is_adjective(out[-1])
                       or _is_name_adjective(out[-1])):
            out.pop()  # "… der Russischen" before the named part
        if not out or out[0].lower not in _LINKERS:
            return ""
        return self.text[out[0].start:out[-1].end]

    def _fact(self, person: Item, role_word: Word, sense: RoleSense, mods: list[Word],
              org_item: int | None, start: int, end: int, desc: tuple[int, int] | None,
              complement: str = "") -> RoleFact:
        country = None
        deputy = former = False
        for m in mods:
            low = m.lower
            deputy = deputy or low.startswith(_DEPUTY)
            former = former or low.startswith(_FORMER)
            if country is None and not low.startswith(_DEPUTY + _FORMER):
                country = self.linker.country_of_adjective(m.text)
        prefix_country, prefix_sector, prefix_org = self._prefix(role_word.text)
        lemma = role_lemma(role_word.text, sense)
        if complement:
            lemma = f"{lemma} {complement}"
        role = f"stellvertretender {lemma}" if deputy else lemma
        kinds = [self.kb.actor_type(w) for w in complement.split() if w[:1].isupper()]
        complement_sector = next((t.sector for t in kinds if t is not None and t.sector), None)
        return RoleFact(person.index, role, sense, org_item, country, start, end, desc, former,
                        prefix_country, prefix_sector, prefix_org, complement_sector,
                        feminine_noun(role_word.text))

    def _prefix(self, word: str) -> tuple[str | None, str | None, bool]:
        """What the first part of a hyphenated role names: a country, a known or unknown
        organisation (``US-Präsident``, ``NATO-Generalsekretär``, ``RTL-Chefin``)."""
        if "-" not in word.strip("-"):
            return None, None, False
        prefix = word.rsplit("-", 1)[0]
        link = self.linker.link(prefix, "ORG")
        if link is not None and link.actor_type == "state":
            return link.country, None, False
        if link is not None:
            return None, link.sector, True
        letters = [ch for ch in prefix if ch.isalpha()]
        return None, None, bool(letters) and all(ch.isupper() for ch in letters)

    def _coordinated(self, person: Item, ws: list[Word], j: int, org_item: int,
                     facts: list[RoleFact]) -> RoleFact | None:
        """``…Russlands, Wladimir Putin, und Nordkoreas, Kim Jong-un``: copy the earlier role."""
        k = j - 1
        if k >= 0 and ws[k].text == ",":
            k -= 1
        prev = self.item_at(ws[k]) if k >= 0 else None
        if prev is None or prev.label != "PERSON":
            return None
        earlier = next((f for f in facts if f.person == prev.index), None)
        if earlier is None:
            return None
        return RoleFact(person.index, earlier.role, earlier.sense, org_item, None,
                        ws[j].start, person.mention.end, None, earlier.former,
                        feminine=earlier.feminine)

    # ---- name followed by an apposition ----------------------------------------------------
    def _after(self, person: Item, sent: tuple[int, int]) -> RoleFact | None:
        ws = words(self.text, person.mention.end, sent[1], self.tags)
        if len(ws) < 3 or ws[0].text != ",":
            return None
        k = 1
        start = ws[k].start
        mods: list[Word] = []
        while k < len(ws) and (ws[k].lower in DETERMINERS or is_adjective(ws[k])):
            if is_adjective(ws[k]):
                mods.append(ws[k])
            k += 1
        if k >= len(ws) or not ws[k].text[:1].isupper() or self.item_at(ws[k]) is not None:
            return None
        sense = self.kb.role(ws[k].text)
        if sense is None:
            return None
        role_word = ws[k]
        end = role_word.end
        org_item = None
        m = k + 1
        while m < len(ws) and ws[m].text not in (",", ";") and m - k <= _MAX_COMPLEMENT:
            w = ws[m]
            it = self.item_at(w)
            if it is not None and it.label == "PERSON":
                return None  # the role noun is a title of the next name, not an apposition
            if it is not None and (org_item is None or self.items[org_item].label == "NORP"):
                org_item = it.index  # a named organisation beats a nationality adjective
            elif not (w.lower in _LINKERS or w.text[:1].isupper() or is_adjective(w)
                      or w.text in "()"):
                return None  # a verb or another clause: not an apposition
            end = w.end
            m += 1
        return self._fact(person, role_word, sense, mods, org_item, person.mention.start, end,
                          (start, role_word.end), self._role_complement(ws, k + 1))
