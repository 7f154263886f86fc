"""The ``entities`` pipeline stage and the recogniser behind it.

* :class:`EntityRecognizer` — the CRF tagger followed by the rule passes of
  :mod:`newsgraph.ner.rules`, over sentences of token strings.  Both the stage and
  ``newsgraph eval ner`` call it, so the evaluated system is exactly the shipped one.
* :func:`propagate` — document-level consistency (below).
* :class:`EntitiesStage` — fills ``doc.mentions`` for the sentences of content blocks.

Document level: news articles introduce a name in full once and then shorten it:
``Kim Jong-un`` ... ``Kim``, ``Angela Merkel`` ... ``Merkels``; an acronym recognised once
(``KCNA``) recurs.  Sentence-level tagging misses or mistypes some later mentions, so after all
sentences are tagged:

* the last word of a multi-word ``PERSON`` mention (and, for East Asian names written
  family-name-first such as ``Kim Jong-un``, the first word) becomes a ``PERSON`` mention
  wherever it recurs untagged or tagged as a single-word non-person (also with a genitive
  ``-s``);
* an all-capitals acronym tagged ``ORG`` becomes ``ORG`` wherever it recurs untagged.

Added mentions have ``source="coref"``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..doc import Doc, Mention, Sentence, Token
from ..pipeline import BaseStage
from .context_types import add_institution_names, relabel_organisation_names, relabel_placed_names
from .english import correct_english, sentence_starts
from .lexicon import Gazetteer, load_gazetteer
from .rules import (
    MODEL_TYPES,
    Found,
    add_abbreviated_names,
    add_acronyms,
    add_cued_orgs,
    add_federal_bodies,
    add_foreign_names,
    add_known_orgs,
    add_ministries,
    add_norp,
    add_particle_names,
    add_seated_bodies,
    add_titled_names,
    add_titled_persons,
    drop_dates,
    drop_generic_nouns,
    extend_clubs,
    known_org_names,
    relabel_companies,
    split_places,
)
from .simple_tokens import split_sentences, tokenize
from .spacy_ner import SpacyEntities, is_spacy_model
from .tagger import EntityTagger, TokenSpan, shared_tagger

#: rule passes, in the order they run
RULES: tuple[str, ...] = ("acronyms", "kb", "cues", "ministries", "federal", "names", "titles",
                          "places", "norp", "clubs", "dates", "generic")


class EntityRecognizer:
    """CRF + rules over one sentence of token strings."""

    def __init__(
        self,
        model_path: Path | str | None = None,
        rules: Iterable[str] = RULES,
        gazetteer: Gazetteer | None = None,
    ) -> None:
        self.tagger: EntityTagger = shared_tagger(str(model_path) if model_path else None)
        self.gaz = gazetteer or load_gazetteer()
        self.rules = tuple(r for r in RULES if r in set(rules))
        self._norp: dict[str, str | None] = {}
        self._pos_tagger: Any = None
        self._orgs: frozenset[tuple[str, ...]] | None = None

    def _known_orgs(self) -> frozenset[tuple[str, ...]]:
        """Organisation names of the KB for the ``kb`` rule (read once)."""
        if self._orgs is None:
            from ..kb import load_kb

            kb = load_kb(include_people=False)
            self._orgs = known_org_names(
                n for e in kb.entries.values() if e.type == "ORG" for n in (e.name, *e.names)
            )
        return self._orgs

    def _norp_of(self, word: str) -> str | None:
        try:
            return self._norp[word]
        except KeyError:
            if len(self._norp) > 200_000:
                self._norp.clear()
            kind = self._norp[word] = self.gaz.norp(word)
            return kind

    @property
    def needs_tags(self) -> bool:
        """True when the model uses UPOS features: pass ``tags`` or let :meth:`pos_tags` run."""
        return self.tagger.uses_pos

    def pos_tags(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """UPOS per token from the ``nlp`` stage's German tagger (for token lists without tags)."""
        if self._pos_tagger is None:
            from ..nlp.tagger import load_builtin_tagger

            self._pos_tagger = load_builtin_tagger()
        tagged = self._pos_tagger.tag_sentences([list(s) for s in sentences])
        return [[t[0] for t in sent] for sent in tagged]

    def recognize(self, words: Sequence[str], tags: Sequence[str] | None = None) -> list[Found]:
        """Typed spans (PERSON, ORG, GPE, LOC, NORP, MISC) sorted by position.

        ``tags`` are the tokens' UPOS tags (from the ``nlp`` stage); when the model uses them and
        none are given, the sentence is tagged here."""
        return self.recognize_batch([words], [tags] if tags is not None else None)[0]

    def recognize_batch(
        self,
        sentences: Sequence[Sequence[str]],
        tags: Sequence[Sequence[str] | None] | None = None,
    ) -> list[list[Found]]:
        """:meth:`recognize` for many sentences (one document), decoded together."""
        words = [list(s) for s in sentences]
        tag_lists: list[list[str]] | None = None
        if self.needs_tags:
            given = list(tags) if tags is not None else [None] * len(words)
            missing = [i for i, t in enumerate(given) if not t or not all(t)]
            tagged = (
                dict(zip(missing, self.pos_tags([words[i] for i in missing]), strict=True))
                if missing
                else {}
            )
            tag_lists = [tagged[i] if i in tagged else list(given[i] or []) for i in range(len(words))]
        results = self.tagger.spans_batch(words, tag_lists)
        return [self._apply_rules(w, spans) for w, spans in zip(words, results, strict=True)]

    def _apply_rules(self, wl: list[str], model_spans: list[TokenSpan]) -> list[Found]:
        spans = [Found(s.start, s.end, MODEL_TYPES[s.label], s.score, "ner") for s in model_spans]
        for rule in self.rules:
            if rule == "acronyms":
                spans = add_abbreviated_names(wl, add_acronyms(wl, spans))
            elif rule == "kb":
                spans = add_known_orgs(wl, spans, self._known_orgs())
            elif rule == "cues":
                spans = relabel_companies(wl, add_cued_orgs(wl, spans), self.gaz)
                spans = relabel_organisation_names(wl, spans, self.gaz)
            elif rule == "ministries":
                spans = add_ministries(wl, spans)
            elif rule == "federal":
                spans = add_federal_bodies(wl, spans)
            elif rule == "names":
                spans = add_particle_names(wl, add_foreign_names(wl, spans), self.gaz)
            elif rule == "titles":
                spans = add_titled_names(wl, add_titled_persons(wl, spans), self.gaz)
            elif rule == "places":
                spans = split_places(wl, relabel_placed_names(wl, spans, self.gaz), self.gaz)
                spans = add_seated_bodies(wl, add_institution_names(wl, spans))
            elif rule == "norp":
                spans = add_norp(wl, spans, self.gaz, self._norp_of)
            elif rule == "clubs":
                spans = extend_clubs(wl, spans, self.gaz)
            elif rule == "dates":
                spans = drop_dates(wl, spans)
            elif rule == "generic":
                spans = drop_generic_nouns(wl, spans)
        return sorted(spans, key=lambda s: (s.start, s.end))


def _name_keys(mentions: Sequence[Mention], tokens_of: dict[int, list[Token]]) -> dict[str, str]:
    keys: dict[str, str] = {}
    for m in mentions:
        toks = tokens_of.get(m.start, [])
        words = [t.text for t in toks if t.text[:1].isupper()]
        if m.label == "PERSON" and len(words) >= 2 and m.score >= 0.5:
            last = words[-1]
            if len(last) > 2 and "." not in last:
                keys.setdefault(last, "PERSON")
            # Kim Jong-un / Xi Jinping: the family name comes first
            if "-" in words[1] or (len(words) == 2 and len(words[0]) <= 4 and len(words[1]) > 4):
                keys.setdefault(words[0], "PERSON")
        elif m.label == "ORG" and len(toks) == 1 and m.text.isupper() and len(m.text) >= 2:
            keys.setdefault(m.text, "ORG")
    for m in mentions:
        # `Der Modehändler Mertens`: the company's other mentions, unless a person of that name
        if m.source == "company" and keys.get(m.text) is None:
            keys[m.text] = "COMPANY"
    return keys


def propagate(tokens: Sequence[Token], mentions: list[Mention], text: str) -> list[Mention]:
    """Mentions plus the document-level additions; ``tokens`` are the content tokens."""
    if not mentions:
        return mentions
    starts = {t.start: i for i, t in enumerate(tokens)}
    tokens_of: dict[int, list[Token]] = {}
    for m in mentions:
        i = starts.get(m.start)
        if i is None:
            continue
        toks = []
        while i < len(tokens) and tokens[i].end <= m.end:
            toks.append(tokens[i])
            i += 1
        tokens_of[m.start] = toks
    keys = _name_keys(mentions, tokens_of)
    if not keys:
        return mentions
    covered: dict[int, int] = {}  # token start -> index of the mention covering it
    for idx, mention in enumerate(mentions):
        for t in tokens_of.get(mention.start, []):
            covered[t.start] = idx
    out = list(mentions)
    for tok in tokens:
        word = tok.text
        label = keys.get(word)
        if label is None and word.endswith("s") and keys.get(word[:-1]) == "PERSON":
            label = "PERSON"
        if label is None:
            continue
        pos = covered.get(tok.start)
        if label == "COMPANY":
            # only the mentions the model read as a person turn into the company
            if pos is not None:
                m = out[pos]
                if m.label == "PERSON" and (m.start, m.end) == (tok.start, tok.end):
                    out[pos] = replace(m, label="ORG", source="coref")
            continue
        if pos is None:
            out.append(Mention(tok.start, tok.end, word, label, 0.7, "coref"))
            continue
        m = out[pos]
        if m.source == "company":
            continue  # `Der Modehändler Mertens`: the company, even beside a person `X Mertens`
        if m.label != label and m.start == tok.start and m.end == tok.end and label == "PERSON":
            out[pos] = replace(m, label=label, source="coref")
    return sorted(out, key=lambda m: (m.start, m.end))


class EntitiesStage(BaseStage):
    """Named entities (PERSON, ORG, GPE, LOC, NORP, MISC) from our CRF model plus rules.

    Config: ``model`` (path of another ``.npz`` model trained with ``training/train_ner.py``,
    or the name or directory of an installed spaCy pipeline such as ``de_core_news_lg``,
    whose entity recogniser is then used instead of ours — see :class:`SpacyEntities`), ``rules`` (subset of :data:`RULES`),
    ``document`` (default true: the document-level passes of :func:`propagate`).
    Without tokens from the ``nlp`` stage the document is tokenised with the small fallback
    tokeniser of :mod:`newsgraph.ner.simple_tokens`.
    """

    name = "entities"
    version = "1"
    requires = ("tokens",)
    provides = ("mentions",)

    def __init__(self, **config: Any) -> None:
        super().__init__(**config)
        model = config.get("model")
        self.spacy: SpacyEntities | None = None
        if model is not None and is_spacy_model(str(model)):
            self.spacy = SpacyEntities(str(model))
            model = None
        self.recognizer = EntityRecognizer(model_path=model, rules=config.get("rules", RULES))
        self.document_pass = bool(config.get("document", True))

    def __call__(self, doc: Doc) -> None:
        if not doc.tokens:
            toks = tokenize(doc.text)
            doc.set_tokens(toks)
            if not doc.sentences:
                doc.sentences = list(split_sentences(doc.text, toks))
        if self.spacy is not None:
            doc.mentions = self.spacy.mentions(doc, self.recognizer.gaz)
            return
        sentences: list[Sentence] = [s for s in doc.content_sentences() if s.tok_end > s.tok_start]
        text = doc.text
        sent_tokens = [doc.sentence_tokens(s) for s in sentences]
        found = self.recognizer.recognize_batch(
            [[t.text for t in toks] for toks in sent_tokens],
            [[t.pos for t in toks] for toks in sent_tokens],
        )
        mentions: list[Mention] = []
        content_tokens: list[Token] = []
        for toks, spans in zip(sent_tokens, found, strict=True):
            content_tokens.extend(toks)
            for f in spans:
                start, end = toks[f.start].start, toks[f.end - 1].end
                mentions.append(Mention(start, end, text[start:end], f.label, f.score, f.source))
        if doc.article.language == "en":  # the model and rules are German: see english.py
            mentions = correct_english(text, content_tokens, mentions, self.recognizer.gaz,
                                       sentence_starts(sent_tokens))
        if self.document_pass:
            mentions = propagate(content_tokens, mentions, text)
        doc.mentions = mentions
