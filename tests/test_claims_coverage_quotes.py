"""Coverage checklist of direct quotations in everyday German news copy (coverage round,
session 9).

Invented sentences and paragraphs, tagged as the nlp stage tags them (copied from a run of the
default pipeline on each text, including its mistakes, e.g. `infrage/VVFIN`), written as
``word/TAG[/Feat=Val|...][/=lemma]``; a case holds paragraphs of sentences.  Each case names
the claim a reader expects: form, content (parts joined by `` | ``), speaker and a cue word,
and says which construction it stands for.  The cases marked "new" failed before this round
(:mod:`newsgraph.claims.quote_echo_frames`); the others guard close variants that already
worked.  ``NO_QUOTE``: the back-pointing frames count only after a whole-sentence quotation.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest
from claims_docs import hand_tagged

from newsgraph.claims.stage import LAYER
from newsgraph.nlp.tagsets import STTS_TO_UPOS


class Case(NamedTuple):
    paragraphs: tuple[tuple[str, ...], ...]
    form: str
    content: str
    speaker: str
    cue: str
    construction: str


CASES = [
    Case(
        # „Wir werden alles tun, um die Arbeitsplätze zu sichern.“ So äußerte sich der Betriebsr …
        (
            (
                "„/$(/=„ Wir/PPER/Case=Nom|Number=Plur|Person=1|PronType=Prs/=wir "
                "werden/VAFIN/Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin/=werden "
                "alles/PIAT/Case=Nom|Gender=Neut|Number=Sing|PronType=Tot/=alle "
                "tun/VVINF/VerbForm=Inf/=tun ,/$,/=, um/KOUI/=um "
                "die/ART/Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
                "Arbeitsplätze/NN/Case=Acc|Gender=Masc|Number=Plur/=Arbeitsplatz "
                "zu/PTKZU/=zu sichern/VVINF/VerbForm=Inf/=sichern ./$./=. “/$(/=“",
                "So/ADV/Degree=Pos/=so "
                "äußerte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=äußern "
                "sich/PRF/Case=Acc|Person=3|PronType=Prs/=sich "
                "der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
                "Betriebsratschef/NN/Case=Nom|Gender=Masc|Number=Sing/=Betriebsratschef "
                "am/APPRART/Case=Dat|Gender=Masc|Number=Sing/=an "
                "Montag/NN/Case=Dat|Gender=Masc|Number=Sing/=Montag ./$./=.",
            ),
        ),
        "Direct",
        "„Wir werden alles tun, um die Arbeitsplätze zu sichern.“",
        "der Betriebsratschef",
        "äußerte",
        "back-pointing `So` + speech verb after a whole-sentence quotation (new: quote_echo_frames)",
    ),
    Case(
        # „Ein Rücktritt kommt nicht infrage.“ So formulierte es der Minister.
        (
            (
                "„/$(/=„ "
                "Ein/ART/Case=Nom|Definite=Ind|Gender=Masc|Number=Sing|PronType=Art/=ein "
                "Rücktritt/NN/Case=Nom|Gender=Masc|Number=Sing/=Rücktritt "
                "kommt/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin/=kommen "
                "nicht/PTKNEG/=nicht "
                "infrage/VVFIN/Mood=Sub|Number=Sing|Person=3|Subj=I|Tense=Pres|VerbForm=Fin/=infragen "
                "./$./=. “/$(/=“",
                "So/ADV/Degree=Pos/=so "
                "formulierte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=formulieren "
                "es/PPER/Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs/=es "
                "der/ART/Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
                "Minister/NN/Case=Dat|Gender=Masc|Number=Sing/=Minister ./$./=.",
            ),
        ),
        "Direct",
        "„Ein Rücktritt kommt nicht infrage.“",
        "der Minister",
        "formulierte",
        "`So formulierte es X.` (new)",
    ),
    Case(
        # „Das ist ein schwarzer Tag für die Stadt.“ Mit diesen Worten reagierte der Bürgermeist …
        (
            (
                "„/$(/=„ "
                "Das/ART/Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art/=der "
                "ist/VAFIN/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin/=sein "
                "ein/ART/Case=Nom|Definite=Ind|Gender=Masc|Number=Sing|PronType=Art/=ein "
                "schwarzer/ADJA/Case=Nom|Degree=Pos|Gender=Masc|Number=Sing/=schwarz "
                "Tag/NN/Case=Nom|Gender=Masc|Number=Sing/=Tag für/APPR/=für "
                "die/ART/Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
                "Stadt/NN/Case=Acc|Gender=Fem|Number=Sing/=Stadt ./$./=. “/$(/=“",
                "Mit/APPR/=mit "
                "diesen/PDAT/Case=Dat|Gender=Masc|Number=Plur|PronType=Dem/=dieser "
                "Worten/NN/Case=Dat|Gender=Masc|Number=Plur/=Wort "
                "reagierte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=reagieren "
                "der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
                "Bürgermeister/NN/Case=Nom|Gender=Masc|Number=Sing/=Bürgermeister "
                "auf/APPR/=auf "
                "die/ART/Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
                "Schließung/NN/Case=Acc|Gender=Fem|Number=Sing/=Schließung "
                "des/ART/Case=Gen|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
                "Werks/NN/Case=Gen|Gender=Masc|Number=Sing/=Werk ./$./=.",
            ),
        ),
        "Direct",
        "„Das ist ein schwarzer Tag für die Stadt.“",
        "der Bürgermeister",
        "reagierte",
        "`Mit diesen Worten` + any verb (new)",
    ),
    Case(
        # „Wir lassen uns nicht einschüchtern.“ Mit diesen Worten kommentierte die Kanzlerin die …
        (
            (
                "„/$(/=„ Wir/PPER/Case=Nom|Number=Plur|Person=1|PronType=Prs/=wir "
                "lassen/VVFIN/Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin/=lassen "
                "uns/PPER/Case=Acc|Number=Plur|Person=1|PronType=Prs/=wir "
                "nicht/PTKNEG/=nicht einschüchtern/ADJD/Degree=Pos/=einschüchtern "
                "./$./=. “/$(/=“",
                "Mit/APPR/=mit "
                "diesen/PDAT/Case=Dat|Gender=Masc|Number=Plur|PronType=Dem/=dieser "
                "Worten/NN/Case=Dat|Gender=Masc|Number=Plur/=Wort "
                "kommentierte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=kommentieren "
                "die/ART/Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
                "Kanzlerin/NN/Case=Acc|Gender=Fem|Number=Sing/=Kanzlerin "
                "die/ART/Case=Acc|Definite=Def|Gender=Fem|Number=Plur|PronType=Art/=der "
                "Drohungen/NN/Case=Acc|Gender=Fem|Number=Plur/=Drohung ./$./=.",
            ),
        ),
        "Direct",
        "„Wir lassen uns nicht einschüchtern.“",
        "die Kanzlerin",
        "kommentierte",
        "`Mit diesen Worten` + speech act with object: was Reported (new)",
    ),
    Case(
        # „Das ist ein schwarzer Tag für die Stadt“, kommentierte der Bürgermeister.
        (
            (
                "„/$(/=„ "
                "Das/ART/Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art/=der "
                "ist/VAFIN/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin/=sein "
                "ein/ART/Case=Nom|Definite=Ind|Gender=Masc|Number=Sing|PronType=Art/=ein "
                "schwarzer/ADJA/Case=Nom|Degree=Pos|Gender=Masc|Number=Sing/=schwarz "
                "Tag/NN/Case=Nom|Gender=Masc|Number=Sing/=Tag für/APPR/=für "
                "die/ART/Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
                "Stadt/NN/Case=Acc|Gender=Fem|Number=Sing/=Stadt “/$(/=“ ,/$,/=, "
                "kommentierte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=kommentieren "
                "der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
                "Bürgermeister/NN/Case=Nom|Gender=Masc|Number=Sing/=Bürgermeister "
                "./$./=.",
            ),
        ),
        "Direct",
        "„Das ist ein schwarzer Tag für die Stadt“",
        "der Bürgermeister",
        "kommentierte",
        "trailing frame",
    ),
    Case(
        # Der Trainer zog eine nüchterne Bilanz. Sein Fazit: „Wir haben heute einfach zu viele F …
        (
            (
                "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
                "Trainer/NN/Case=Nom|Gender=Masc|Number=Sing/=Trainer "
                "zog/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=ziehen "
                "eine/ART/Case=Acc|Definite=Ind|Gender=Fem|Number=Sing|PronType=Art/=ein "
                "nüchterne/ADJA/Case=Acc|Degree=Pos|Gender=Fem|Number=Sing/=nüchtern "
                "Bilanz/NN/Case=Acc|Gender=Fem|Number=Sing/=Bilanz ./$./=.",
                "Sein/PPOSAT/Case=Nom|Gender=Neut|Number=Sing|PronType=Prs/=sein "
                "Fazit/NN/Case=Nom|Gender=Neut|Number=Sing/=Fazit :/$./=: „/$(/=„ "
                "Wir/PPER/Case=Nom|Number=Plur|Person=1|PronType=Prs/=wir "
                "haben/VAFIN/Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin/=haben "
                "heute/ADV/=heute einfach/ADV/=einfach zu/APPR/=zu "
                "viele/PIAT/Case=Acc|Gender=Fem|Number=Plur|PronType=Ind/=viel "
                "Fehler/NN/Case=Acc|Gender=Masc|Number=Plur/=Fehler "
                "gemacht/VVPP/VerbForm=Part/=machen ./$./=. “/$(/=“",
            ),
        ),
        "Direct",
        "„Wir haben heute einfach zu viele Fehler gemacht.“",
        "Sein",
        "Fazit",
        "possessive noun lead-in (new)",
    ),
    Case(
        # Die Ministerin wurde nach den Plänen gefragt. Ihre Antwort: „Darüber entscheiden wir i …
        (
            (
                "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
                "Ministerin/NN/Case=Nom|Gender=Fem|Number=Sing/=Ministerin "
                "wurde/VAFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=werden "
                "nach/APPR/=nach "
                "den/ART/Case=Dat|Definite=Def|Gender=Masc|Number=Plur|PronType=Art/=der "
                "Plänen/NN/Case=Dat|Gender=Masc|Number=Plur/=Plan "
                "gefragt/VVPP/VerbForm=Part/=fragen ./$./=.",
                "Ihre/PPOSAT/Case=Nom|Gender=Fem|Number=Sing|PronType=Prs/=ihr "
                "Antwort/NN/Case=Nom|Gender=Fem|Number=Sing/=Antwort :/$./=: „/$(/=„ "
                "Darüber/PROAV/=darüber "
                "entscheiden/VVFIN/Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin/=entscheiden "
                "wir/PPER/Case=Nom|Number=Plur|Person=1|PronType=Prs/=wir "
                "im/APPRART/Case=Dat|Gender=Neut|Number=Sing/=in "
                "Herbst/NN/Case=Dat|Gender=Neut|Number=Sing/=Herbst ./$./=. “/$(/=“",
            ),
        ),
        "Direct",
        "„Darüber entscheiden wir im Herbst.“",
        "Ihre",
        "Antwort",
        "possessive noun lead-in (new)",
    ),
    Case(
        # Die Polizei sucht weiter nach dem Täter. Dazu der Sprecher: „Wir gehen jeder Spur nach.“
        (
            (
                "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
                "Polizei/NN/Case=Nom|Gender=Fem|Number=Sing/=Polizei "
                "sucht/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin/=suchen "
                "weiter/ADV/=weiter nach/APPR/=nach "
                "dem/ART/Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
                "Täter/NN/Case=Dat|Gender=Masc|Number=Sing/=Täter ./$./=.",
                "Dazu/PROAV/=dazu "
                "der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
                "Sprecher/NN/Case=Nom|Gender=Masc|Number=Sing/=Sprecher :/$./=: "
                "„/$(/=„ Wir/PPER/Case=Nom|Number=Plur|Person=1|PronType=Prs/=wir "
                "gehen/VVFIN/Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin/=gehen "
                "jeder/PIAT/Case=Acc|Gender=Masc|Number=Sing|PronType=Tot/=jeder "
                "Spur/NN/Case=Acc|Number=Sing/=Spur nach/APPR/=nach ./$./=. “/$(/=“",
            ),
        ),
        "Direct",
        "„Wir gehen jeder Spur nach.“",
        "der Sprecher",
        "Dazu",
        "adverb before a verbless lead-in's speaker (new)",
    ),
    Case(
        # Die Gemeinde plant eine neue Schule. Hierzu Bürgermeister Peter Krause: „Wir investier …
        (
            (
                "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
                "Gemeinde/NN/Case=Nom|Gender=Fem|Number=Sing/=Gemeinde "
                "plant/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin/=planen "
                "eine/ART/Case=Acc|Definite=Ind|Gender=Fem|Number=Sing|PronType=Art/=ein "
                "neue/ADJA/Case=Acc|Degree=Pos|Gender=Fem|Number=Sing/=neu "
                "Schule/NN/Case=Acc|Gender=Fem|Number=Sing/=Schule ./$./=.",
                "Hierzu/PROAV/Degree=Pos/=hierzu "
                "Bürgermeister/NN/Case=Nom|Gender=Masc|Number=Sing/=Bürgermeister "
                "Peter/NE/Case=Nom|Gender=Masc|Number=Sing/=Peter "
                "Krause/NE/Case=Nom|Gender=Fem|Number=Sing/=Krause :/$./=: „/$(/=„ "
                "Wir/PPER/Case=Nom|Number=Plur|Person=1|PronType=Prs/=wir "
                "investieren/VVFIN/Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin/=investieren "
                "in/APPR/=in "
                "unsere/PPOSAT/Case=Acc|Gender=Fem|Number=Plur|PronType=Prs/=unser "
                "Kinder/NN/Case=Acc|Gender=Neut|Number=Plur/=Kind ./$./=. “/$(/=“",
            ),
        ),
        "Direct",
        "„Wir investieren in unsere Kinder.“",
        "Bürgermeister Peter Krause",
        "Hierzu",
        "adverb before a verbless lead-in's speaker (new)",
    ),
    Case(
        # In der Erklärung der Regierung heißt es: / „Die Sicherheit der Bürger hat für uns höch …
        (
            (
                "In/APPR/=in "
                "der/ART/Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
                "Erklärung/NN/Case=Dat|Gender=Fem|Number=Sing/=Erklärung "
                "der/ART/Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
                "Regierung/NN/Case=Gen|Gender=Fem|Number=Sing/=Regierung "
                "heißt/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin/=heißen "
                "es/PPER/Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs/=es "
                ":/$./=:",
            ),
            (
                "„/$(/=„ "
                "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
                "Sicherheit/NN/Case=Nom|Gender=Fem|Number=Sing/=Sicherheit "
                "der/ART/Case=Gen|Definite=Def|Number=Plur|PronType=Art/=der "
                "Bürger/NN/Case=Gen|Gender=Masc|Number=Sing/=Bürger "
                "hat/VAFIN/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin/=haben "
                "für/APPR/=für "
                "uns/PPER/Case=Acc|Number=Plur|Person=1|PronType=Prs/=wir "
                "höchste/ADJA/Case=Acc|Degree=Sup|Gender=Fem|Number=Sing/=hoch "
                "Priorität/NN/Case=Acc|Gender=Fem|Number=Sing/=Priorität ./$./=. "
                "“/$(/=“",
            ),
        ),
        "Direct",
        "„Die Sicherheit der Bürger hat für uns höchste Priorität.“",
        "der Erklärung der Regierung",
        "heißt",
        "impersonal colon frame + paragraph break (new)",
    ),
    Case(
        # Die Ministerin sagte, die Reform komme zu spät: / „Wir hätten schon vor Jahren handeln …
        (
            (
                "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
                "Ministerin/NN/Case=Nom|Gender=Fem|Number=Sing/=Ministerin "
                "sagte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=sagen "
                ",/$,/=, "
                "die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
                "Reform/NN/Case=Nom|Gender=Fem|Number=Sing/=Reform "
                "komme/VVFIN/Mood=Sub|Number=Sing|Person=3|Subj=I|Tense=Pres|VerbForm=Fin/=kommen "
                "zu/PTKA/=zu spät/ADV/Degree=Pos/=spät :/$./=:",
            ),
            (
                "„/$(/=„ Wir/PPER/Case=Nom|Number=Plur|Person=1|PronType=Prs/=wir "
                "hätten/VAFIN/Mood=Sub|Number=Plur|Person=1|Subj=II|Tense=Past|VerbForm=Fin/=haben "
                "schon/ADV/=schon vor/APPR/=vor "
                "Jahren/NN/Case=Dat|Gender=Neut|Number=Plur/=Jahr "
                "handeln/VVINF/VerbForm=Inf/=handeln "
                "müssen/VMINF/VerbForm=Inf/=müssen ./$./=. “/$(/=“",
            ),
        ),
        "Direct",
        "„Wir hätten schon vor Jahren handeln müssen.“",
        "Die Ministerin",
        "sagte",
        "colon frame holding another claim + paragraph break",
    ),
    Case(
        # Der Bürgermeister sagte: / „Wir werden die Straße im Sommer sanieren.“
        (
            (
                "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
                "Bürgermeister/NN/Case=Nom|Gender=Masc|Number=Sing/=Bürgermeister "
                "sagte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=sagen "
                ":/$./=:",
            ),
            (
                "„/$(/=„ Wir/PPER/Case=Nom|Number=Plur|Person=1|PronType=Prs/=wir "
                "werden/VAFIN/Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin/=werden "
                "die/ART/Case=Acc|Definite=Def|Number=Plur|PronType=Art/=der "
                "Straße/NN/Case=Acc|Gender=Fem|Number=Plur/=Straße "
                "im/APPRART/Case=Dat|Gender=Masc|Number=Sing/=in "
                "Sommer/NN/Case=Dat|Gender=Masc|Number=Sing/=Sommer "
                "sanieren/VVINF/VerbForm=Inf/=sanieren ./$./=. “/$(/=“",
            ),
        ),
        "Direct",
        "„Wir werden die Straße im Sommer sanieren.“",
        "Der Bürgermeister",
        "sagte",
        "colon frame + paragraph break",
    ),
    Case(
        # „Wir haben lange verhandelt“, sagte der Gewerkschaftschef, „aber am Ende gab es eine E …
        (
            (
                "„/$(/=„ Wir/PPER/Case=Nom|Number=Plur|Person=1|PronType=Prs/=wir "
                "haben/VAFIN/Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin/=haben "
                "lange/ADV/Degree=Pos/=lange "
                "verhandelt/VVPP/VerbForm=Part/=verhandeln “/$(/=“ ,/$,/=, "
                "sagte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=sagen "
                "der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
                "Gewerkschaftschef/NN/Case=Nom|Gender=Masc|Number=Sing/=Gewerkschaftschef "
                ",/$,/=, „/$(/=„ aber/KON/=aber "
                "am/APPRART/Case=Dat|Gender=Neut|Number=Sing/=an "
                "Ende/NN/Case=Dat|Gender=Neut|Number=Sing/=Ende "
                "gab/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=geben "
                "es/PPER/Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs/=es "
                "eine/ART/Case=Acc|Definite=Ind|Gender=Fem|Number=Sing|PronType=Art/=ein "
                "Einigung/NN/Case=Acc|Gender=Fem|Number=Sing/=Einigung ./$./=. "
                "“/$(/=“",
            ),
        ),
        "Direct",
        "„Wir haben lange verhandelt“ | „aber am Ende gab es eine Einigung.“",
        "der Gewerkschaftschef",
        "sagte",
        "frame in the middle",
    ),
    Case(
        # Die Opposition nannte die Pläne „unausgegoren“.
        (
            (
                "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
                "Opposition/NN/Case=Nom|Gender=Fem|Number=Sing/=Opposition "
                "nannte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=nennen "
                "die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
                "Pläne/NN/Case=Nom|Gender=Masc|Number=Plur/=Plan „/$(/=„ "
                "unausgegoren/ADJD/Degree=Pos/=unausgegoren “/$(/=“ ./$./=.",
            ),
        ),
        "Direct",
        "„unausgegoren“",
        "Die Opposition",
        "nannte",
        "quoted evaluation as object",
    ),
    Case(
        # Der Minister wird mit den Worten zitiert: „Ein Rücktritt kommt für mich nicht infrage.“
        (
            (
                "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
                "Minister/NN/Case=Nom|Gender=Masc|Number=Sing/=Minister "
                "wird/VAFIN/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin/=werden "
                "mit/APPR/=mit "
                "den/ART/Case=Dat|Definite=Def|Number=Plur|PronType=Art/=der "
                "Worten/NN/Case=Dat|Gender=Fem|Number=Plur/=Wort "
                "zitiert/VVPP/VerbForm=Part/=zitieren :/$./=: „/$(/=„ "
                "Ein/ART/Case=Nom|Definite=Ind|Gender=Masc|Number=Sing|PronType=Art/=ein "
                "Rücktritt/NN/Case=Nom|Gender=Masc|Number=Sing/=Rücktritt "
                "kommt/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin/=kommen "
                "für/APPR/=für "
                "mich/PPER/Case=Acc|Number=Sing|Person=1|PronType=Prs/=ich "
                "nicht/PTKNEG/=nicht "
                "infrage/VVFIN/Mood=Sub|Number=Sing|Person=3|Subj=I|Tense=Pres|VerbForm=Fin/=infragen "
                "./$./=. “/$(/=“",
            ),
        ),
        "Direct",
        "„Ein Rücktritt kommt für mich nicht infrage.“",
        "Der Minister",
        "zitiert",
        "`X wird mit den Worten zitiert:`",
    ),
    Case(
        # Auf Twitter schrieb die Ministerin: „Ich bin erleichtert über das Ergebnis.“
        (
            (
                "Auf/APPR/=auf Twitter/NE/Case=Acc|Number=Sing/=Twitter "
                "schrieb/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=schreiben "
                "die/ART/Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
                "Ministerin/NN/Case=Acc|Gender=Fem|Number=Sing/=Ministerin :/$./=: "
                "„/$(/=„ Ich/PPER/Case=Nom|Number=Sing|Person=1/=ich "
                "bin/VAFIN/Mood=Ind|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin/=sein "
                "erleichtert/ADJD/=erleichtert über/APPR/=über "
                "das/ART/Case=Acc|Definite=Def|Gender=Neut|Number=Sing|PronType=Art/=der "
                "Ergebnis/NN/Case=Acc|Gender=Neut|Number=Sing/=Ergebnis ./$./=. "
                "“/$(/=“",
            ),
        ),
        "Direct",
        "„Ich bin erleichtert über das Ergebnis.“",
        "die Ministerin",
        "schrieb",
        "`Auf Twitter schrieb X:`",
    ),
    Case(
        # Der Kanzler sagte: »Wir stehen an der Seite unserer Partner.«
        (
            (
                "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
                "Kanzler/NN/Case=Nom|Gender=Masc|Number=Sing/=Kanzler "
                "sagte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=sagen "
                ":/$./=: »/$(/=» "
                "Wir/PPER/Case=Nom|Number=Plur|Person=1|PronType=Prs/=wir "
                "stehen/VVFIN/Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin/=stehen "
                "an/APPR/=an "
                "der/ART/Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
                "Seite/NN/Case=Dat|Gender=Fem|Number=Sing/=Seite "
                "unserer/PPOSAT/Case=Gen|Gender=Masc|Number=Sing|PronType=Prs/=unser "
                "Partner/NN/Case=Gen|Gender=Masc|Number=Plur/=Partner ./$./=. «/$(/=«",
            ),
        ),
        "Direct",
        "»Wir stehen an der Seite unserer Partner.«",
        "Der Kanzler",
        "sagte",
        "»…« marks",
    ),
    Case(
        # Der Kanzler sagte: ‚Wir stehen an der Seite unserer Partner.‘
        (
            (
                "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
                "Kanzler/NN/Case=Nom|Gender=Masc|Number=Sing/=Kanzler "
                "sagte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=sagen "
                ":/$./=: ‚/$(/=‚ "
                "Wir/PPER/Case=Nom|Number=Plur|Person=1|PronType=Prs/=wir "
                "stehen/VVFIN/Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin/=stehen "
                "an/APPR/=an "
                "der/ART/Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
                "Seite/NN/Case=Dat|Gender=Fem|Number=Sing/=Seite "
                "unserer/PPOSAT/Case=Gen|Gender=Masc|Number=Sing|PronType=Prs/=unser "
                "Partner/NN/Case=Gen|Gender=Masc|Number=Plur/=Partner ./$./=. ‘/$(/=‘",
            ),
        ),
        "Direct",
        "‚Wir stehen an der Seite unserer Partner.‘",
        "Der Kanzler",
        "sagte",
        "‚…‘ marks",
    ),
    Case(
        # Der Bürgermeister erklärte: „Die Stadt wird den Betroffenen schnell helfen. / „Wir hab …
        (
            (
                "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
                "Bürgermeister/NN/Case=Nom|Gender=Masc|Number=Sing/=Bürgermeister "
                "erklärte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=erklären "
                ":/$./=: „/$(/=„ "
                "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
                "Stadt/NN/Case=Nom|Gender=Fem|Number=Sing/=Stadt "
                "wird/VAFIN/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin/=werden "
                "den/ART/Case=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
                "Betroffenen/NN/Case=Acc|Gender=Masc|Number=Plur/=Betroffene "
                "schnell/ADJD/Degree=Pos/=schnell helfen/VVINF/VerbForm=Inf/=helfen "
                "./$./=.",
            ),
            (
                "„/$(/=„ Wir/PPER/Case=Nom|Number=Plur|Person=1|PronType=Prs/=wir "
                "haben/VAFIN/Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin/=haben "
                "dafür/PROAV/=dafür bereits/ADV/Degree=Pos/=bereits "
                "eine/ART/Case=Acc|Definite=Ind|Gender=Fem|Number=Sing|PronType=Art/=ein "
                "Million/NN/Case=Acc|Gender=Fem|Number=Sing/=Million "
                "Euro/NN/Case=Acc|Gender=Masc|Number=Sing/=Euro "
                "bereitgestellt/VVPP/VerbForm=Part/=bereitstellen ./$./=. “/$(/=“",
            ),
        ),
        "Direct",
        "„Die Stadt wird den Betroffenen schnell helfen.\n„Wir haben dafür bereits eine Million Euro bereitgestellt.“",
        "Der Bürgermeister",
        "erklärte",
        "quotation over two paragraphs",
    ),
    Case(
        # „Ich trete zurück“, erklärte der Minister am Dienstag in Berlin.
        (
            (
                "„/$(/=„ Ich/PPER/Case=Nom|Number=Sing|Person=1/=ich "
                "trete/VVFIN/Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin/=treten "
                "zurück/ADV/Degree=Pos/=zurück “/$(/=“ ,/$,/=, "
                "erklärte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=erklären "
                "der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
                "Minister/NN/Case=Nom|Gender=Masc|Number=Sing/=Minister "
                "am/APPRART/Case=Dat|Gender=Masc|Number=Sing/=an "
                "Dienstag/NN/Case=Dat|Gender=Masc|Number=Sing/=Dienstag in/APPR/=in "
                "Berlin/NE/Case=Dat|Gender=Neut|Number=Sing/=Berlin ./$./=.",
            ),
        ),
        "Direct",
        "„Ich trete zurück“",
        "der Minister",
        "erklärte",
        "trailing frame with adverbials",
    ),
    Case(
        # „Das ist völlig inakzeptabel.“ Das sagte der Verbandspräsident am Montag.
        (
            (
                "„/$(/=„ "
                "Das/PDS/Case=Nom|Gender=Neut|Number=Sing|PronType=Dem,Rel/=der "
                "ist/VAFIN/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin/=sein "
                "völlig/ADJD/Degree=Pos/=völlig "
                "inakzeptabel/ADJD/Degree=Pos/=inakzeptabel ./$./=. “/$(/=“",
                "Das/ART/Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art/=der "
                "sagte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=sagen "
                "der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
                "Verbandspräsident/NN/Case=Nom|Gender=Masc|Number=Sing/=Verbandspräsident "
                "am/APPRART/Case=Dat|Gender=Masc|Number=Sing/=an "
                "Montag/NN/Case=Dat|Gender=Masc|Number=Sing/=Montag ./$./=.",
            ),
        ),
        "Direct",
        "„Das ist völlig inakzeptabel.“",
        "der Verbandspräsident",
        "sagte",
        "`Das sagte X.`",
    ),
    Case(
        # „Wir werden das Werk nicht schließen.“ Diese Zusage machte der Konzernchef am Montag.
        (
            (
                "„/$(/=„ Wir/PPER/Case=Nom|Number=Plur|Person=1|PronType=Prs/=wir "
                "werden/VAFIN/Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin/=werden "
                "das/ART/Case=Acc|Definite=Def|Gender=Neut|Number=Sing|PronType=Art/=der "
                "Werk/NN/Case=Acc|Gender=Neut|Number=Sing/=Werk nicht/PTKNEG/=nicht "
                "schließen/VVINF/VerbForm=Inf/=schließen ./$./=. “/$(/=“",
                "Diese/PDAT/Case=Nom|Gender=Fem|Number=Sing|PronType=Dem/=dieser "
                "Zusage/NN/Case=Nom|Gender=Fem|Number=Sing/=Zusage "
                "machte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=machen "
                "der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
                "Konzernchef/NN/Case=Nom|Gender=Masc|Number=Sing/=Konzernchef "
                "am/APPRART/Case=Dat|Gender=Masc|Number=Sing/=an "
                "Montag/NN/Case=Dat|Gender=Masc|Number=Sing/=Montag ./$./=.",
            ),
        ),
        "Direct",
        "„Wir werden das Werk nicht schließen.“",
        "der Konzernchef",
        "machte",
        "`Diese Zusage machte X.` after a quotation (new)",
    ),
    Case(
        # „Wir lassen niemanden im Stich.“ Diese Worte wählte die Ministerin bei ihrem Besuch.
        (
            (
                "„/$(/=„ Wir/PPER/Case=Nom|Number=Plur|Person=1|PronType=Prs/=wir "
                "lassen/VVFIN/Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin/=lassen "
                "niemanden/NN/Case=Acc|Gender=Masc|Number=Plur/=niemande "
                "im/APPRART/Case=Dat|Gender=Neut|Number=Sing/=in "
                "Stich/NN/Case=Dat|Gender=Neut|Number=Sing/=Stich ./$./=. “/$(/=“",
                "Diese/PDAT/Case=Nom|Gender=Fem|Number=Sing|PronType=Dem/=dieser "
                "Worte/NN/Case=Nom|Gender=Fem|Number=Sing/=Wort "
                "wählte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=wählen "
                "die/ART/Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
                "Ministerin/NN/Case=Acc|Gender=Fem|Number=Sing/=Ministerin "
                "bei/APPR/=bei "
                "ihrem/PPOSAT/Case=Dat|Gender=Masc|Number=Sing|PronType=Prs/=ihr "
                "Besuch/NN/Case=Dat|Gender=Masc|Number=Sing/=Besuch ./$./=.",
            ),
        ),
        "Direct",
        "„Wir lassen niemanden im Stich.“",
        "die Ministerin",
        "wählte",
        "`Diese Worte wählte X.` after a quotation (new)",
    ),
    Case(
        # „Die Lage ist ernst.“ Mit dieser Warnung wandte sich der Präsident an die Bevölkerung.
        (
            (
                "„/$(/=„ "
                "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
                "Lage/NN/Case=Nom|Gender=Fem|Number=Sing/=Lage "
                "ist/VAFIN/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin/=sein "
                "ernst/ADJD/Degree=Pos/=ernst ./$./=. “/$(/=“",
                "Mit/APPR/=mit "
                "dieser/PDAT/Case=Dat|Gender=Fem|Number=Sing|PronType=Dem/=dieser "
                "Warnung/NN/Case=Dat|Gender=Fem|Number=Sing/=Warnung "
                "wandte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=wenden "
                "sich/PRF/Case=Acc|Person=3|PronType=Prs/=sich "
                "der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
                "Präsident/NN/Case=Nom|Gender=Masc|Number=Sing/=Präsident an/APPR/=an "
                "die/ART/Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
                "Bevölkerung/NN/Case=Acc|Gender=Fem|Number=Sing/=Bevölkerung ./$./=.",
            ),
        ),
        "Direct",
        "„Die Lage ist ernst.“",
        "der Präsident",
        "wandte",
        "`Mit dieser Warnung` + verb after a quotation (new)",
    ),
    Case(
        # „Die Lage ist ernst“, so der Sprecher der Feuerwehr.
        (
            (
                "„/$(/=„ "
                "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
                "Lage/NN/Case=Nom|Gender=Fem|Number=Sing/=Lage "
                "ist/VAFIN/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin/=sein "
                "ernst/ADJD/Degree=Pos/=ernst “/$(/=“ ,/$,/=, so/ADV/=so "
                "der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
                "Sprecher/NN/Case=Nom|Gender=Masc|Number=Sing/=Sprecher "
                "der/ART/Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
                "Feuerwehr/NN/Case=Gen|Gender=Fem|Number=Sing/=Feuerwehr ./$./=.",
            ),
        ),
        "Direct",
        "„Die Lage ist ernst“",
        "der Sprecher der Feuerwehr",
        "so",
        "`„…“, so X.`",
    ),
    Case(
        # „Wir prüfen den Vorfall“, heißt es in einer Mitteilung der Polizei.
        (
            (
                "„/$(/=„ Wir/PPER/Case=Nom|Number=Plur|Person=1|PronType=Prs/=wir "
                "prüfen/VVFIN/Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin/=prüfen "
                "den/ART/Case=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
                "Vorfall/NN/Case=Acc|Gender=Masc|Number=Sing/=Vorfall “/$(/=“ ,/$,/=, "
                "heißt/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin/=heißen "
                "es/PPER/Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs/=es "
                "in/APPR/=in "
                "einer/ART/Case=Dat|Definite=Ind|Gender=Fem|Number=Sing|PronType=Art/=ein "
                "Mitteilung/NN/Case=Dat|Gender=Fem|Number=Sing/=Mitteilung "
                "der/ART/Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
                "Polizei/NN/Case=Gen|Gender=Fem|Number=Sing/=Polizei ./$./=.",
            ),
        ),
        "Direct",
        "„Wir prüfen den Vorfall“",
        "einer Mitteilung der Polizei",
        "heißt",
        "`„…“, heißt es in X.`",
    ),
    Case(
        # Die Ministerin betonte: „Wir halten an dem Plan fest.“ Sie fügte hinzu: „Es gibt keine …
        (
            (
                "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
                "Ministerin/NN/Case=Nom|Gender=Fem|Number=Sing/=Ministerin "
                "betonte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=betonen "
                ":/$./=: „/$(/=„ "
                "Wir/PPER/Case=Nom|Number=Plur|Person=1|PronType=Prs/=wir "
                "halten/VVFIN/Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin/=halten "
                "an/APPR/=an "
                "dem/ART/Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
                "Plan/NN/Case=Dat|Gender=Masc|Number=Sing/=Plan fest/ADV/=fest "
                "./$./=. “/$(/=“",
                "Sie/PPER/Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs/=sie "
                "fügte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=fügen "
                "hinzu/ADV/Degree=Pos/=hinzu :/$./=: „/$(/=„ "
                "Es/PPER/Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs/=es "
                "gibt/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin/=geben "
                "keine/PIAT/Case=Acc|Gender=Fem|Number=Sing|PronType=Neg/=kein "
                "Alternative/NN/Case=Acc|Gender=Fem|Number=Sing/=Alternative ./$./=. "
                "“/$(/=“",
            ),
        ),
        "Direct",
        "„Es gibt keine Alternative.“",
        "Sie",
        "hinzu",
        "`Sie fügte hinzu: „…“` after a colon quote",
    ),
    Case(
        # „Die Lage ist ernst“, sagte der Sprecher. „Wir tun alles, was wir können. Aber wir bra …
        (
            (
                "„/$(/=„ "
                "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
                "Lage/NN/Case=Nom|Gender=Fem|Number=Sing/=Lage "
                "ist/VAFIN/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin/=sein "
                "ernst/ADJD/Degree=Pos/=ernst “/$(/=“ ,/$,/=, "
                "sagte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=sagen "
                "der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
                "Sprecher/NN/Case=Nom|Gender=Masc|Number=Sing/=Sprecher ./$./=.",
                "„/$(/=„ Wir/PPER/Case=Nom|Number=Plur|Person=1|PronType=Prs/=wir "
                "tun/VVFIN/Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin/=tun "
                "alles/NN/Case=Acc|Gender=Neut|Number=Sing/=all ,/$,/=, "
                "was/PWS/Case=Acc|Gender=Neut|Number=Sing|PronType=Int,Rel/=was "
                "wir/PPER/Case=Nom|Number=Plur|Person=1|PronType=Prs/=wir "
                "können/VMFIN/Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin/=können "
                "./$./=.",
                "Aber/KON/=aber "
                "wir/PPER/Case=Nom|Number=Plur|Person=1|PronType=Prs/=wir "
                "brauchen/VVFIN/Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin/=brauchen "
                "Zeit/NN/Case=Acc|Gender=Fem|Number=Sing/=Zeit ./$./=. “/$(/=“",
            ),
        ),
        "Direct",
        "„Wir tun alles, was wir können. Aber wir brauchen Zeit.“",
        "der Sprecher",
        "sagte",
        "frameless quotation after a trailing frame",
    ),
    Case(
        # Der Präsident erklärte: „Die Wirtschaft wächst. / „Die Arbeitslosigkeit sinkt. / „Wir  …
        (
            (
                "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
                "Präsident/NN/Case=Nom|Gender=Masc|Number=Sing/=Präsident "
                "erklärte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=erklären "
                ":/$./=: „/$(/=„ "
                "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
                "Wirtschaft/NN/Case=Nom|Gender=Fem|Number=Sing/=Wirtschaft "
                "wächst/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin/=wachsen "
                "./$./=.",
            ),
            (
                "„/$(/=„ "
                "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
                "Arbeitslosigkeit/NN/Case=Nom|Gender=Fem|Number=Sing/=Arbeitslosigkeit "
                "sinkt/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin/=sinken "
                "./$./=.",
            ),
            (
                "„/$(/=„ Wir/PPER/Case=Nom|Number=Plur|Person=1|PronType=Prs/=wir "
                "sind/VAFIN/Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin/=sein "
                "auf/APPR/=auf "
                "einem/ART/Case=Dat|Definite=Ind|Gender=Masc|Number=Sing|PronType=Art/=ein "
                "guten/ADJA/Case=Dat|Degree=Pos|Gender=Masc|Number=Sing/=gut "
                "Weg/NN/Case=Dat|Gender=Masc|Number=Sing/=Weg ./$./=. “/$(/=“",
            ),
        ),
        "Direct",
        "„Die Wirtschaft wächst.\n„Die Arbeitslosigkeit sinkt.\n„Wir sind auf einem guten Weg.“",
        "Der Präsident",
        "erklärte",
        "quotation over three paragraphs",
    ),
    Case(
        # „Sind wir wirklich so weit gekommen?“, fragte die Autorin.
        (
            (
                "„/$(/=„ "
                "Sind/VAFIN/Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin/=sein "
                "wir/PPER/Case=Nom|Number=Plur|Person=1|PronType=Prs/=wir "
                "wirklich/ADJD/=wirklich so/ADV/=so weit/ADV/Degree=Pos/=weit "
                "gekommen/VVPP/VerbForm=Part/=kommen ?/$./=? “/$(/=“ ,/$,/=, "
                "fragte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=fragen "
                "die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
                "Autorin/NN/Case=Nom|Gender=Fem|Number=Sing/=Autorin ./$./=.",
            ),
        ),
        "Direct",
        "„Sind wir wirklich so weit gekommen?“",
        "die Autorin",
        "fragte",
        "question quoted before `fragte`",
    ),
    Case(
        # „Die Entscheidung ist gefallen.“ Das schrieb der Verein auf Twitter.
        (
            (
                "„/$(/=„ "
                "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
                "Entscheidung/NN/Case=Nom|Gender=Fem|Number=Sing/=Entscheidung "
                "ist/VAFIN/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin/=sein "
                "gefallen/VVPP/VerbForm=Part/=fallen ./$./=. “/$(/=“",
                "Das/ART/Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art/=der "
                "schrieb/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=schreiben "
                "der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
                "Verein/NN/Case=Nom|Gender=Masc|Number=Sing/=Verein auf/APPR/=auf "
                "Twitter/NE/Case=Acc|Number=Sing/=Twitter ./$./=.",
            ),
        ),
        "Direct",
        "„Die Entscheidung ist gefallen.“",
        "der Verein",
        "schrieb",
        "`Das schrieb X auf Twitter.`",
    ),
    Case(
        # „Die Lage ist ernst“ – so der Sprecher der Feuerwehr.
        (
            (
                "„/$(/=„ "
                "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
                "Lage/NN/Case=Nom|Gender=Fem|Number=Sing/=Lage "
                "ist/VAFIN/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin/=sein "
                "ernst/ADJD/Degree=Pos/=ernst “/$(/=“ –/$(/=– so/ADV/Degree=Pos/=so "
                "der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
                "Sprecher/NN/Case=Nom|Gender=Masc|Number=Sing/=Sprecher "
                "der/ART/Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
                "Feuerwehr/NN/Case=Gen|Gender=Fem|Number=Sing/=Feuerwehr ./$./=.",
            ),
        ),
        "Direct",
        "„Die Lage ist ernst“",
        "der Sprecher der Feuerwehr",
        "so",
        "`„…“ – so X.` after a dash (new)",
    ),
    Case(
        # „Wir machen weiter.“ So die Vorsitzende am Abend.
        (
            (
                "„/$(/=„ Wir/PPER/Case=Nom|Number=Plur|Person=1|PronType=Prs/=wir "
                "machen/VVFIN/Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin/=machen "
                "weiter/ADV/Degree=Pos/=weiter ./$./=. “/$(/=“",
                "So/ADV/=so "
                "die/ART/Case=Nom|Definite=Def|Number=Sing|PronType=Art/=der "
                "Vorsitzende/NN/Case=Nom|Gender=Fem|Number=Sing/=Vorsitzende "
                "am/APPRART/Case=Dat|Gender=Masc|Number=Sing/=an "
                "Abend/NN/Case=Dat|Gender=Masc|Number=Sing/=Abend ./$./=.",
            ),
        ),
        "Direct",
        "„Wir machen weiter.“",
        "die Vorsitzende",
        "So",
        "verbless `So X.` after a whole-sentence quotation (new)",
    ),
    Case(
        # „Wir haben gewonnen“, sagte der Trainer und fügte hinzu: „Das war hart.“
        (
            (
                "„/$(/=„ Wir/PPER/Case=Nom|Number=Plur|Person=1|PronType=Prs/=wir "
                "haben/VAFIN/Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin/=haben "
                "gewonnen/VVPP/VerbForm=Part/=gewinnen “/$(/=“ ,/$,/=, "
                "sagte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=sagen "
                "der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
                "Trainer/NN/Case=Nom|Gender=Masc|Number=Sing/=Trainer und/KON/=und "
                "fügte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=fügen "
                "hinzu/ADV/Degree=Pos/=hinzu :/$./=: „/$(/=„ "
                "Das/ART/Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art/=der "
                "war/VAFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=sein "
                "hart/ADJD/Degree=Pos/=hart ./$./=. “/$(/=“",
            ),
        ),
        "Direct",
        "„Das war hart.“",
        "der Trainer",
        "hinzu",
        "`sagte X und fügte hinzu: „…“`",
    ),
    Case(
        # Ihr Kommentar: „Das ist ein guter Tag für die Demokratie.“
        (
            (
                "Ihr/PPOSAT/Case=Nom|Gender=Neut|Number=Sing|PronType=Prs/=ihr "
                "Kommentar/NN/Case=Nom|Gender=Neut|Number=Sing/=Kommentar :/$./=: "
                "„/$(/=„ "
                "Das/ART/Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art/=der "
                "ist/VAFIN/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin/=sein "
                "ein/ART/Case=Nom|Definite=Ind|Gender=Masc|Number=Sing|PronType=Art/=ein "
                "guter/ADJA/Case=Nom|Degree=Pos|Gender=Masc|Number=Sing/=gut "
                "Tag/NN/Case=Nom|Gender=Masc|Number=Sing/=Tag für/APPR/=für "
                "die/ART/Case=Acc|Definite=Def|Number=Sing|PronType=Art/=der "
                "Demokratie/NN/Case=Acc|Gender=Fem|Number=Sing/=Demokratie ./$./=. "
                "“/$(/=“",
            ),
        ),
        "Direct",
        "„Das ist ein guter Tag für die Demokratie.“",
        "Ihr",
        "Kommentar",
        "possessive lead-in of a statement noun (new)",
    ),
    Case(
        # Das Fazit des Trainers: „Wir haben zu viele Fehler gemacht.“
        (
            (
                "Das/ART/Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art/=der "
                "Fazit/NN/Case=Nom|Gender=Neut|Number=Sing/=Fazit "
                "des/ART/Case=Gen|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
                "Trainers/NN/Case=Gen|Gender=Masc|Number=Sing/=Trainer :/$./=: "
                "„/$(/=„ Wir/PPER/Case=Nom|Number=Plur|Person=1|PronType=Prs/=wir "
                "haben/VAFIN/Mood=Ind|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin/=haben "
                "zu/APPR/=zu "
                "viele/PIAT/Case=Acc|Gender=Fem|Number=Plur|PronType=Ind/=viel "
                "Fehler/NN/Case=Acc|Gender=Masc|Number=Plur/=Fehler "
                "gemacht/VVPP/VerbForm=Part/=machen ./$./=. “/$(/=“",
            ),
        ),
        "Direct",
        "„Wir haben zu viele Fehler gemacht.“",
        "des Trainers",
        "Fazit",
        "noun lead-in with a genitive source (new)",
    ),
    Case(
        # Seine Begründung: „Die Kosten sind zu hoch.“
        (
            (
                "Seine/PPOSAT/Case=Nom|Gender=Fem|Number=Sing|PronType=Prs/=sein "
                "Begründung/NN/Case=Nom|Gender=Fem|Number=Sing/=Begründung :/$./=: "
                "„/$(/=„ Die/ART/Case=Nom|Definite=Def|Number=Plur|PronType=Art/=der "
                "Kosten/NN/Case=Nom|Number=Plur/=Kosten "
                "sind/VAFIN/Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin/=sein "
                "zu/PTKZU/=zu hoch/ADJD/Degree=Pos/=hoch ./$./=. “/$(/=“",
            ),
        ),
        "Direct",
        "„Die Kosten sind zu hoch.“",
        "Seine",
        "Begründung",
        "possessive lead-in of a frame noun (new)",
    ),
]

NO_QUOTE = [
    # Die Stadt baut eine neue Brücke über den Fluss. So sagte es der Bürgermeister schon im Wah …
    (
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Stadt/NN/Case=Nom|Gender=Fem|Number=Sing/=Stadt "
            "baut/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin/=bauen "
            "eine/ART/Case=Acc|Definite=Ind|Gender=Fem|Number=Sing|PronType=Art/=ein "
            "neue/ADJA/Case=Acc|Degree=Pos|Gender=Fem|Number=Sing/=neu "
            "Brücke/NN/Case=Acc|Gender=Fem|Number=Sing/=Brücke über/APPR/=über "
            "den/ART/Case=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Fluss/NN/Case=Acc|Gender=Masc|Number=Sing/=Fluss ./$./=.",
            "So/ADV/Degree=Pos/=so "
            "sagte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=sagen "
            "es/PPER/Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs/=es "
            "der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Bürgermeister/NN/Case=Nom|Gender=Masc|Number=Sing/=Bürgermeister "
            "schon/ADV/=schon im/APPRART/Case=Dat|Gender=Masc|Number=Sing/=in "
            "Wahlkampf/NN/Case=Dat|Gender=Masc|Number=Sing/=Wahlkampf ./$./=.",
        ),
    ),
    # Der Film „Titanic“ läuft wieder im Kino. Mit diesen Worten begann der Abend.
    (
        (
            "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Film/NN/Case=Nom|Gender=Masc|Number=Sing/=Film „/$(/=„ "
            "Titanic/NN/Case=Nom|Gender=Masc|Number=Sing/=Titanic “/$(/=“ "
            "läuft/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin/=laufen "
            "wieder/ADV/=wieder im/APPRART/Case=Dat|Gender=Neut|Number=Sing/=in "
            "Kino/NN/Case=Dat|Gender=Neut|Number=Sing/=Kino ./$./=.",
            "Mit/APPR/=mit "
            "diesen/PDAT/Case=Dat|Gender=Masc|Number=Plur|PronType=Dem/=dieser "
            "Worten/NN/Case=Dat|Gender=Masc|Number=Plur/=Wort "
            "begann/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=beginnen "
            "der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Abend/NN/Case=Nom|Gender=Masc|Number=Sing/=Abend ./$./=.",
        ),
    ),
    # Der Konzern kündigte neue Stellen an. Diese Zusage machte der Chef schon im Frühjahr.
    (
        (
            "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Konzern/NN/Case=Nom|Gender=Masc|Number=Sing/=Konzern "
            "kündigte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=kündigen "
            "neue/ADJA/Case=Acc|Degree=Pos|Gender=Masc|Number=Plur/=neu "
            "Stellen/NN/Case=Acc|Gender=Fem|Number=Plur/=Stelle an/APPR/=an ./$./=.",
            "Diese/PDAT/Case=Nom|Gender=Fem|Number=Sing|PronType=Dem/=dieser "
            "Zusage/NN/Case=Nom|Gender=Fem|Number=Sing/=Zusage "
            "machte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=machen "
            "der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Chef/NN/Case=Nom|Gender=Masc|Number=Sing/=Chef schon/ADV/=schon "
            "im/APPRART/Case=Dat|Gender=Neut|Number=Sing/=in "
            "Frühjahr/NN/Case=Dat|Gender=Neut|Number=Sing/=Frühjahr ./$./=.",
        ),
    ),
    # Die Brücke wird im Sommer saniert. So die Planung der Stadt.
    (
        (
            "Die/ART/Case=Nom|Definite=Def|Number=Sing|PronType=Art/=der "
            "Brücke/NN/Case=Nom|Gender=Masc|Number=Plur/=Brücke "
            "wird/VAFIN/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin/=werden "
            "im/APPRART/Case=Dat|Gender=Masc|Number=Sing/=in "
            "Sommer/NN/Case=Dat|Gender=Masc|Number=Sing/=Sommer "
            "saniert/VVPP/VerbForm=Part/=sanieren ./$./=.",
            "So/ADV/=so "
            "die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Planung/NN/Case=Nom|Gender=Fem|Number=Sing/=Planung "
            "der/ART/Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Stadt/NN/Case=Gen|Gender=Fem|Number=Sing/=Stadt ./$./=.",
        ),
    ),
]


def _claims(paragraphs: tuple[tuple[str, ...], ...]) -> list[tuple[str, str, str | None, str]]:
    doc = hand_tagged([list(p) for p in paragraphs], STTS_TO_UPOS, glue_punctuation=True)
    text = doc.text
    out = []
    for f in doc.layers[LAYER]:
        # without spaces: the hand-tagged text glues only `„` and `“` to their words
        content = "|".join("".join(text[s:e].split()) for s, e in f.parts)
        speaker = text[f.speaker[0] : f.speaker[1]] if f.speaker else None
        out.append((f.kind, content, speaker, " ".join(text[s:e] for s, e in f.cue)))
    return out


@pytest.mark.parametrize("case", CASES, ids=[c.construction for c in CASES])
def test_direct_quotation_is_attributed(case: Case) -> None:
    claims = _claims(case.paragraphs)
    content = "|".join("".join(part.split()) for part in case.content.split(" | "))
    wanted = (case.form, content, case.speaker)
    match = [c for c in claims if c[:3] == wanted]
    assert match, f"{wanted} not among {claims}"
    assert case.cue in match[0][3].split(), match[0][3]


@pytest.mark.parametrize("paragraphs", NO_QUOTE)
def test_back_pointing_frame_needs_a_quotation_before(
    paragraphs: tuple[tuple[str, ...], ...],
) -> None:
    assert not [c for c in _claims(paragraphs) if c[0] == "Direct"]
