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
