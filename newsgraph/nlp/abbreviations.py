"""Word lists the tokeniser and sentence splitter rely on (documented in docs/models/tagger.md).

* :data:`ABBREVIATIONS` — German (and a few English) abbreviations written with a final period.
  A word in this list keeps its period (``Dr.``, ``bzw.``, ``Mio.``) and does not end a sentence.
* :data:`MULTI_ABBREVIATIONS` — abbreviations of two or more letters with periods that are often
  written with a space (``z. B.``, ``u. a.``); each becomes one token, with or without the space.
* :data:`SENTENCE_FINAL_ABBREVIATIONS` — abbreviations that commonly close a sentence
  (``usw.``, ``etc.``); they end a sentence when the next word is capitalised.
* :data:`MONTHS` — month names after which ``6.`` is an ordinal (``am 6. November``).
* :data:`CREDIT_WORDS` — caption-credit words that are split off when glued to the previous
  word (``RusslandQuelle:`` → ``Russland`` ``Quelle`` ``:``).
* :data:`ABBREVIATIONS_BEFORE_NUMBER` — abbreviations that keep their period only before a
  number (``Art. 5``, ``S. 12``), since ``Art`` is also a word that may end a sentence.
* :data:`ORDINAL_CONTEXT` — words before a number that make ``3.`` an ordinal (``der 3. Platz``).
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ABBREVIATIONS: frozenset[str] = _words(
    """
    Abb Abg Abk Abs Abt Adm Anm Apr Aufl Aug Bd Bde Bearb Begr Bem Bez Bhf Bsp Bspw Bzw
    Capt Chr Co Corp Dez Dipl Dir Dr Dt Ehem Eidg Einf Einl Entspr Erg Erl Evtl
    Fa Feb Fr Fig Fn Frhr Frl Ges Gebr Ggf Hbf Hl Hr Hrn Hrsg Inc Ing Inh Inkl
    Jan Jg Jh Jhd Jr Jul Jun Kfm Kpt Lfg Lt Ltd Maj Mio Mr Mrd
    Mrs Ms Nachf Nov Nr Nrn Okt Pfd Pkt Prof Prov Sek
    Sep Sept Sr St Std Str Tel Tsd Univ Verf Vgl Vors Ziff
    abg abh abk abs abzgl adj allg amtl angekl anschl ausschl bes betr bezgl bspw bzgl bzw
    ca chr dgl ebd ehem eigtl einschl entspr etc evtl exkl fortl gegr geb gest ggf ggü
    insb inkl jew jh jhd kath lfd max min mind mio mrd nachm nördl nr orig östl
    pfd resp sog südl tägl tsd usf usw vgl vorm westl wg zzgl zit zt
    """
)

MULTI_ABBREVIATIONS: tuple[str, ...] = (
    "a. a. O.",
    "a. D.",
    "a. M.",
    "b. w.",
    "d. h.",
    "d. J.",
    "d. M.",
    "e. V.",
    "i. A.",
    "i. d. R.",
    "i. H. v.",
    "i. R.",
    "i. S.",
    "i. V.",
    "m. E.",
    "n. Chr.",
    "o. ä.",
    "o. Ä.",
    "o. g.",
    "s. a.",
    "s. o.",
    "s. u.",
    "u. a.",
    "u. ä.",
    "u. Ä.",
    "u. U.",
    "u. v. m.",
    "U. S.",
    "v. a.",
    "v. Chr.",
    "z. B.",
    "z. T.",
    "z. Zt.",
    "z. Hd.",
)

SENTENCE_FINAL_ABBREVIATIONS: frozenset[str] = frozenset(
    {"usw.", "etc.", "usf.", "o. ä.", "o.ä.", "u. ä.", "u.ä.", "u. v. m.", "u.v.m."}
)

MONTHS: frozenset[str] = _words(
    """Januar Jänner Februar Feber März April Mai Juni Juli August September Oktober November
    Dezember Jan Feb Mär Apr Jun Jul Aug Sep Sept Okt Nov Dez"""
)

CREDIT_WORDS: tuple[str, ...] = (
    "Bildquelle",
    "Quelle",
    "Quellen",
    "Fotos",
    "Foto",
    "Bild",
    "Bilder",
    "Grafik",
    "Video",
    "Copyright",
    "Credit",
    "Credits",
    "Symbolbild",
    "Archivbild",
    "Titelbild",
    "Screenshot",
    "Illustration",
)

ABBREVIATIONS_BEFORE_NUMBER: frozenset[str] = _words(
    "Art Abs Kap Tab Abb Bd S Ziff Rn Nr Anl Pkt Z Sp"
)

ORDINAL_CONTEXT: frozenset[str] = _words(
    """am im vom zum beim bis ab seit dem den der die das des ein eine einen einem einer eines
    seinem seiner seines ihrem ihrer ihres zur jedem jeden jeder vor nach an in zu für
    Am Im Vom Zum Beim Bis Ab Seit Dem Den Der Die Das Des Ein Eine Zur Vor Nach An In"""
)
