"""Named-entity recognition for German news: a CRF tagger trained in-project plus rule passes.

* :mod:`newsgraph.ner.stage` — the ``entities`` stage (fills ``doc.mentions``), the
  recogniser (CRF + rules over sentences of token strings) and the document-level pass;
* :mod:`newsgraph.ner.tagger`, :mod:`newsgraph.ner.crf`, :mod:`newsgraph.ner.features` — the
  CRF (numpy decoder over exported crfsuite weights) and its features;
* :mod:`newsgraph.ner.lexicon` — gazetteer and HanTa word classes;
* :mod:`newsgraph.ner.rules` — GPE/LOC split, NORP, acronyms, cue-word organisations;
* :mod:`newsgraph.ner.germeval` — GermEval-2014 reader used by training and ``eval ner``.

Model card: ``docs/models/ner.md``.
"""
