"""Named-entity recognition for German news: a CRF tagger trained in-project plus rule passes.

* :mod:`newsgraph.ner.stage` — the ``entities`` pipeline stage (fills ``doc.mentions``);
* :mod:`newsgraph.ner.recognizer` — CRF + rules over one sentence of token strings;
* :mod:`newsgraph.ner.tagger`, :mod:`newsgraph.ner.features` — the CRF and its features;
* :mod:`newsgraph.ner.lexicon`, :mod:`newsgraph.ner.hanta_lexicon` — gazetteer and word classes;
* :mod:`newsgraph.ner.rules` — GPE/LOC split, NORP, acronyms, cue-word organisations;
* :mod:`newsgraph.ner.germeval` — GermEval-2014 reader used by training and ``eval ner``.

Model card: ``docs/models/ner.md``.
"""
