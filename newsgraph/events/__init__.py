"""PLOVER-coded events from German news: who did what to whom, when, where, and who says so.

The stage (:class:`newsgraph.events.stage.EventsStage`) finds triggers from the German lexicon
(``lexicon_de.yaml``), reads their arguments from the clause, codes actors with the agent lexicon
(``agents_de.yaml``), attaches time, place, quantity and claim provenance, merges the mentions of
one happening and scores confidence.  See ``docs/events.md``.
"""
