"""Coverage checklist of frames and source phrases in everyday German news copy (session 9).

Invented sentences, tagged as the nlp stage tags them (STTS tag, the morphology the claims
rules read, verb lemmas), written as ``word/TAG[/Feat=Val|...][/=lemma]``.  Each case names the
claim a reader expects: form, content (parts joined by `` | ``), speaker and a cue word."""

from __future__ import annotations

from typing import NamedTuple

import pytest
from claims_docs import hand_tagged

from newsgraph.claims.stage import LAYER
from newsgraph.nlp.tagsets import STTS_TO_UPOS


class Case(NamedTuple):
    sentences: tuple[str, ...]
    form: str
    content: str
    speaker: str | None
    cue: str


CASES = [
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Brücke/NN/Case=Nom|Gender=Fem|Number=Sing "
            "ist/VAFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=sein "
            "marode/ADJA/Case=Nom|Number=Sing (/$( so/ADV "
            "die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Stadtverwaltung/NN/Case=Nom|Gender=Fem|Number=Sing )/$( ./$.",
        ),
        "Indirect",
        "Die Brücke ist marode",
        "die Stadtverwaltung",
        "so",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Brücke/NN/Case=Nom|Gender=Fem|Number=Sing "
            "ist/VAFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=sein "
            "marode/ADJA/Case=Nom|Gender=Fem|Number=Sing (/$( laut/APPR "
            "Stadtverwaltung/NN/Case=Dat|Gender=Fem|Number=Sing )/$( ./$.",
        ),
        "Indirect",
        "Die Brücke ist marode",
        "Stadtverwaltung",
        "laut",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Zahl/NN/Case=Nom|Gender=Fem|Number=Sing der/ART/Case=Gen|Number=Plur "
            "Arbeitslosen/NN/Case=Gen|Gender=Fem|Number=Plur "
            "ist/VAFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=sein laut/APPR "
            "einer/ART/Case=Dat|Gender=Fem|Number=Sing "
            "am/APPRART/Case=Dat|Gender=Masc|Number=Sing "
            "Montag/NN/Case=Dat|Gender=Masc|Number=Sing "
            "veröffentlichten/ADJA/Case=Dat|Gender=Fem|Number=Sing "
            "Studie/NN/Case=Dat|Gender=Fem|Number=Sing "
            "gestiegen/VVPP/VerbForm=Part/=steigen ./$.",
        ),
        "Indirect",
        "Die Zahl der Arbeitslosen ist | gestiegen",
        "einer am Montag veröffentlichten Studie",
        "laut",
    ),
    Case(
        (
            "Laut/APPR einer/ART/Case=Dat|Gender=Fem|Number=Sing "
            "am/APPRART/Case=Dat|Gender=Masc|Number=Sing "
            "Montag/NN/Case=Dat|Gender=Masc|Number=Sing "
            "veröffentlichten/ADJA/Case=Dat|Gender=Fem|Number=Sing "
            "Studie/NN/Case=Dat|Gender=Fem|Number=Sing "
            "ist/VAFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=sein "
            "die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Zahl/NN/Case=Nom|Gender=Fem|Number=Sing der/ART/Case=Gen|Number=Plur "
            "Arbeitslosen/NN/Case=Gen|Gender=Fem|Number=Plur "
            "gestiegen/VVPP/VerbForm=Part/=steigen ./$.",
        ),
        "Indirect",
        "ist die Zahl der Arbeitslosen gestiegen",
        "einer am Montag veröffentlichten Studie",
        "Laut",
    ),
    Case(
        (
            "Der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing "
            "ließ/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=lassen "
            "mitteilen/VVFIN/Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin ,/$, dass/KOUS "
            "er/PPER/Case=Nom|Gender=Masc|Number=Sing zurücktreten/VVINF/VerbForm=Inf "
            "werde/VAFIN/Mood=Sub|Number=Sing|Tense=Pres|VerbForm=Fin/=werden ./$.",
        ),
        "Indirect",
        "dass er zurücktreten werde",
        "Der Minister",
        "ließ mitteilen",
    ),
    Case(
        (
            "Der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing "
            "ließ/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=lassen über/APPR "
            "einen/ART/Case=Acc|Gender=Masc|Number=Sing "
            "Sprecher/NN/Case=Acc|Gender=Masc|Number=Sing mitteilen/VVINF/VerbForm=Inf "
            ",/$, er/PPER/Case=Nom|Gender=Masc|Number=Sing "
            "werde/VAFIN/Mood=Sub|Number=Sing|Tense=Pres|VerbForm=Fin/=werden "
            "nicht/PTKNEG zurücktreten/VVINF/VerbForm=Inf ./$.",
        ),
        "Indirect",
        "er werde nicht zurücktreten",
        "Der Minister",
        "ließ mitteilen",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Firma/NN/Case=Nom|Gender=Fem|Number=Sing "
            "ließ/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=lassen "
            "verlauten/VVFIN/Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin ,/$, "
            "die/ART/Case=Nom|Number=Plur "
            "Verhandlungen/NN/Case=Nom|Gender=Fem|Number=Plur "
            "seien/VAFIN/Mood=Sub|Number=Plur|Tense=Pres|VerbForm=Fin/=sein "
            "gescheitert/VVPP/VerbForm=Part/=scheitern ./$.",
        ),
        "Indirect",
        "die Verhandlungen seien gescheitert",
        "Die Firma",
        "ließ verlauten",
    ),
    Case(
        (
            "Der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Konzern/NN/Case=Nom|Gender=Masc|Number=Sing "
            "will/VMFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=wollen 500/CARD "
            "Stellen/NN/Case=Acc|Gender=Neut|Number=Plur streichen/VVINF/VerbForm=Inf "
            "./$.",
            "Davon/PROAV geht/VVFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=gehen "
            "die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Gewerkschaft/NN/Case=Nom|Gender=Fem|Number=Sing aus/APPR ./$.",
        ),
        "Indirect",
        "Der Konzern will 500 Stellen streichen",
        "die Gewerkschaft",
        "geht aus",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Number=Plur Preise/NN/Case=Nom|Gender=Masc|Number=Plur "
            "steigen/VVFIN/Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin weiter/ADV ./$.",
            "Das/ART/Case=Nom|Gender=Neut|Number=Sing "
            "geht/VVFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=gehen aus/APPR "
            "einem/ART/Case=Dat|Gender=Masc|Number=Sing "
            "Bericht/NN/Case=Dat|Gender=Masc|Number=Sing "
            "der/ART/Case=Gen|Gender=Fem|Number=Sing "
            "Bundesbank/NE/Case=Gen|Gender=Fem|Number=Sing hervor/ADV ./$.",
        ),
        "Indirect",
        "Die Preise steigen weiter",
        "einem Bericht der Bundesbank",
        "geht hervor",
    ),
    Case(
        (
            "Aus/APPR einem/ART/Case=Dat|Gender=Masc|Number=Sing "
            "Bericht/NN/Case=Dat|Gender=Masc|Number=Sing "
            "der/ART/Case=Gen|Gender=Masc|Number=Sing "
            "Bundesbank/NN/Case=Gen|Gender=Masc|Number=Sing "
            "geht/VVFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=gehen hervor/ADV "
            ",/$, dass/KOUS die/ART/Case=Nom|Number=Plur "
            "Preise/NN/Case=Nom|Gender=Masc|Number=Plur weiter/ADV "
            "steigen/VVFIN/Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin ./$.",
        ),
        "Indirect",
        "dass die Preise weiter steigen",
        "einem Bericht der Bundesbank",
        "geht hervor",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Number=Plur "
            "Verhandlungen/NN/Case=Nom|Gender=Fem|Number=Plur "
            "seien/VAFIN/Mood=Sub|Number=Plur|Tense=Pres|VerbForm=Fin/=sein "
            "gescheitert/VVPP/VerbForm=Part/=scheitern ,/$, wie/KON "
            "es/PPER/Case=Nom|Gender=Neut|Number=Sing in/APPR "
            "einer/ART/Case=Dat|Gender=Fem|Number=Sing "
            "Mitteilung/NN/Case=Dat|Gender=Fem|Number=Sing "
            "hieß/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=heißen ./$.",
        ),
        "Indirect",
        "Die Verhandlungen seien gescheitert",
        "einer Mitteilung",
        "hieß",
    ),
    Case(
        (
            "Der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing "
            "werde/VAFIN/Mood=Sub|Number=Sing|Tense=Pres|VerbForm=Fin/=werden "
            "zurücktreten/VVINF/VerbForm=Inf ,/$, "
            "hieß/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=heißen "
            "es/PPER/Case=Nom|Gender=Neut|Number=Sing aus/APPR "
            "Regierungskreisen/NN/Case=Dat|Gender=Masc|Number=Plur ./$.",
        ),
        "Indirect",
        "Der Minister werde zurücktreten",
        "Regierungskreisen",
        "hieß es",
    ),
    Case(
        (
            "Einem/ART/Case=Dat|Gender=Masc|Number=Sing "
            "Bericht/NN/Case=Dat|Gender=Masc|Number=Sing der/ART/Case=Gen|Number=Sing "
            "„/$( Süddeutschen/ADJA/Case=Dat|Gender=Fem|Number=Sing "
            "Zeitung/NN/Case=Dat|Gender=Fem|Number=Sing “/$( zufolge/APPO "
            "will/VMFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=wollen "
            "der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing zurücktreten/VVINF/VerbForm=Inf "
            "./$.",
        ),
        "Indirect",
        "will der Minister zurücktreten",
        "Einem Bericht der „Süddeutschen Zeitung“",
        "zufolge",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Brücke/NN/Case=Nom|Gender=Fem|Number=Sing "
            "ist/VAFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=sein "
            "einsturzgefährdet/ADJD ,/$, "
            "heißt/VVFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=heißen "
            "es/PPER/Case=Nom|Gender=Neut|Number=Sing in/APPR "
            "einem/ART/Case=Dat|Gender=Neut|Number=Sing "
            "Gutachten/NN/Case=Dat|Gender=Neut|Number=Sing ./$.",
        ),
        "Indirect",
        "Die Brücke ist einsturzgefährdet",
        "einem Gutachten",
        "heißt es",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Polizei/NN/Case=Nom|Gender=Fem|Number=Sing "
            "teilte/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=teilen "
            "am/APPRART/Case=Dat|Gender=Masc|Number=Sing "
            "Montag/NN/Case=Dat|Gender=Masc|Number=Sing mit/APPR ,/$, "
            "der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Täter/NN/Case=Nom|Gender=Masc|Number=Sing "
            "sei/VAFIN/Mood=Sub|Number=Sing|Tense=Pres|VerbForm=Fin/=sein "
            "gefasst/VVPP/VerbForm=Part/=fassen worden/VAPP/VerbForm=Part/=werden ./$.",
        ),
        "Indirect",
        "der Täter sei gefasst worden",
        "Die Polizei",
        "teilte mit",
    ),
    Case(
        (
            "Nach/APPR Angaben/NN/Case=Dat|Gender=Fem|Number=Plur "
            "der/ART/Case=Gen|Gender=Fem|Number=Sing "
            "Polizei/NN/Case=Gen|Gender=Fem|Number=Sing "
            "wurde/VAFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=werden "
            "der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Täter/NN/Case=Nom|Gender=Masc|Number=Sing "
            "am/APPRART/Case=Dat|Gender=Masc|Number=Sing "
            "Montag/NN/Case=Dat|Gender=Masc|Number=Sing "
            "gefasst/VVPP/VerbForm=Part/=fassen ./$.",
        ),
        "Indirect",
        "wurde der Täter am Montag gefasst",
        "Angaben der Polizei",
        "Nach",
    ),
    Case(
        (
            "Der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Täter/NN/Case=Nom|Gender=Masc|Number=Sing "
            "wurde/VAFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=werden nach/APPR "
            "Angaben/NN/Case=Dat|Gender=Fem|Number=Plur "
            "der/ART/Case=Gen|Gender=Fem|Number=Sing "
            "Polizei/NN/Case=Gen|Gender=Fem|Number=Sing "
            "am/APPRART/Case=Dat|Gender=Masc|Number=Sing "
            "Montag/NN/Case=Dat|Gender=Masc|Number=Sing "
            "gefasst/VVPP/VerbForm=Part/=fassen ./$.",
        ),
        "Indirect",
        "Der Täter wurde | am Montag gefasst",
        "Angaben der Polizei",
        "nach",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Veranstaltung/NN/Case=Nom|Gender=Fem|Number=Sing "
            "sei/VAFIN/Mood=Sub|Number=Sing|Tense=Pres|VerbForm=Fin/=sein "
            "abgesagt/VVPP/VerbForm=Part/=absagen worden/VAPP/VerbForm=Part/=werden ,/$, "
            "wie/KOUS ein/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Sprecher/NN/Case=Nom|Gender=Masc|Number=Sing auf/APPR "
            "Anfrage/NN/Case=Acc|Gender=Fem|Number=Sing "
            "sagte/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=sagen ./$.",
        ),
        "Indirect",
        "Die Veranstaltung sei abgesagt worden",
        "ein Sprecher",
        "sagte",
    ),
    Case(
        (
            "Der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing "
            "will/VMFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=wollen "
            "zurücktreten/VVINF/VerbForm=Inf ,/$, "
            "berichtet/VVFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=berichten "
            "die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Zeitung/NN/Case=Nom|Gender=Fem|Number=Sing unter/APPR "
            "Berufung/NN/Case=Dat|Gender=Fem|Number=Sing auf/APPR "
            "Regierungskreise/NN/Case=Acc|Gender=Fem|Number=Sing ./$.",
        ),
        "Indirect",
        "Der Minister will zurücktreten",
        "die Zeitung",
        "berichtet",
    ),
    Case(
        (
            "Man/PIS/Case=Nom|Number=Sing "
            "werde/VAFIN/Mood=Sub|Number=Sing|Tense=Pres|VerbForm=Fin/=werden "
            "die/ART/Case=Acc|Gender=Fem|Number=Sing "
            "Lage/NN/Case=Acc|Gender=Fem|Number=Sing prüfen/VVINF/VerbForm=Inf ,/$, "
            "so/ADV ein/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Sprecher/NN/Case=Nom|Gender=Masc|Number=Sing weiter/ADV ./$.",
        ),
        "Indirect",
        "Man werde die Lage prüfen",
        "ein Sprecher",
        "so",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Lage/NN/Case=Nom|Gender=Fem|Number=Sing "
            "sei/VAFIN/Mood=Sub|Number=Sing|Tense=Pres|VerbForm=Fin/=sein ernst/ADJD ,/$, "
            "sagte/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=sagen "
            "der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Bürgermeister/NN/Case=Nom|Gender=Masc|Number=Sing "
            "der/ART/Case=Gen|Gender=Fem|Number=Sing "
            "Deutschen/ADJA/Case=Gen|Gender=Fem|Number=Sing "
            "Presse-Agentur/NN/Case=Gen|Gender=Fem|Number=Sing ./$.",
        ),
        "Indirect",
        "Die Lage sei ernst",
        "der Bürgermeister",
        "sagte",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Lage/NN/Case=Nom|Gender=Fem|Number=Sing "
            "sei/VAFIN/Mood=Sub|Number=Sing|Tense=Pres|VerbForm=Fin/=sein ernst/ADJD ,/$, "
            "erklärte/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=erklären "
            "der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Bürgermeister/NN/Case=Nom|Gender=Masc|Number=Sing gegenüber/APPR "
            "dem/ART/Case=Dat|Gender=Masc|Number=Sing "
            "Sender/NN/Case=Dat|Gender=Masc|Number=Sing ./$.",
        ),
        "Indirect",
        "Die Lage sei ernst",
        "der Bürgermeister",
        "erklärte",
    ),
    Case(
        (
            "Dem/ART/Case=Dat|Gender=Masc|Number=Sing "
            "Sprecher/NN/Case=Dat|Gender=Masc|Number=Sing zufolge/APPO "
            "ist/VAFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=sein "
            "die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Lage/NN/Case=Nom|Gender=Fem|Number=Sing ernst/ADJD ./$.",
        ),
        "Indirect",
        "ist die Lage ernst",
        "Dem Sprecher",
        "zufolge",
    ),
    Case(
        (
            "Aus/APPR Kreisen/NN/Case=Dat|Gender=Masc|Number=Plur "
            "der/ART/Case=Gen|Gender=Fem|Number=Sing "
            "Partei/NN/Case=Gen|Gender=Fem|Number=Sing "
            "hieß/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=heißen "
            "es/PPER/Case=Nom|Gender=Neut|Number=Sing ,/$, "
            "der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Vorsitzende/NN/Case=Nom|Gender=Masc|Number=Sing "
            "werde/VAFIN/Mood=Sub|Number=Sing|Tense=Pres|VerbForm=Fin/=werden "
            "nicht/PTKNEG erneut/ADJD kandidieren/VVINF/VerbForm=Inf ./$.",
        ),
        "Indirect",
        "der Vorsitzende werde nicht erneut kandidieren",
        "Kreisen der Partei",
        "hieß es",
    ),
    Case(
        (
            "In/APPR einer/ART/Case=Dat|Gender=Fem|Number=Sing "
            "Stellungnahme/NN/Case=Dat|Gender=Fem|Number=Sing "
            "hieß/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=heißen "
            "es/PPER/Case=Acc|Gender=Neut|Number=Sing ,/$, man/PIS/Case=Nom|Number=Sing "
            "bedaure/VVFIN/Mood=Sub|Number=Sing|Tense=Pres|VerbForm=Fin/=bedauren "
            "den/ART/Case=Acc|Gender=Masc|Number=Sing "
            "Vorfall/NN/Case=Acc|Gender=Masc|Number=Sing ./$.",
        ),
        "Indirect",
        "man bedaure den Vorfall",
        "einer Stellungnahme",
        "hieß es",
    ),
    Case(
        (
            "Es/PPER/Case=Nom|Gender=Neut|Number=Sing "
            "wurde/VAFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=werden "
            "mitgeteilt/VVPP/VerbForm=Part/=mitteilen ,/$, dass/KOUS "
            "die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Schule/NN/Case=Nom|Gender=Fem|Number=Sing "
            "geschlossen/VVPP/VerbForm=Part/=schließen "
            "bleibt/VVFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=bleiben ./$.",
        ),
        "Indirect",
        "dass die Schule geschlossen bleibt",
        None,
        "mitgeteilt",
    ),
    Case(
        (
            "Wie/PWAV die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Stadt/NN/Case=Nom|Gender=Fem|Number=Sing "
            "mitteilte/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=mitteilen ,/$, "
            "bleibt/VVFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=bleiben "
            "die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Schule/NN/Case=Nom|Gender=Fem|Number=Sing "
            "geschlossen/VVPP/VerbForm=Part/=schließen ./$.",
        ),
        "Indirect",
        "bleibt die Schule geschlossen",
        "die Stadt",
        "mitteilte",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Schule/NN/Case=Nom|Gender=Fem|Number=Sing "
            "bleibt/VVFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=bleiben "
            "geschlossen/VVPP/VerbForm=Part/=schließen ,/$, "
            "teilte/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=teilen "
            "die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Stadt/NN/Case=Nom|Gender=Fem|Number=Sing mit/APPR ./$.",
        ),
        "Indirect",
        "Die Schule bleibt geschlossen",
        "die Stadt",
        "teilte mit",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Stadt/NN/Case=Nom|Gender=Fem|Number=Sing "
            "teilte/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=teilen mit/APPR "
            ",/$, dass/KOUS die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Schule/NN/Case=Nom|Gender=Fem|Number=Sing "
            "geschlossen/VVPP/VerbForm=Part/=schließen "
            "bleibt/VVFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=bleiben ./$.",
        ),
        "Indirect",
        "dass die Schule geschlossen bleibt",
        "Die Stadt",
        "teilte mit",
    ),
    Case(
        (
            "Der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Bürgermeister/NN/Case=Nom|Gender=Masc|Number=Sing "
            "sagte/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=sagen "
            "der/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Deutschen/ADJA/Case=Nom|Gender=Fem|Number=Sing "
            "Presse-Agentur/NN/Case=Nom|Gender=Fem|Number=Sing ,/$, "
            "die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Lage/NN/Case=Nom|Gender=Fem|Number=Sing "
            "sei/VAFIN/Mood=Sub|Number=Sing|Tense=Pres|VerbForm=Fin/=sein ernst/ADJD ./$.",
        ),
        "Indirect",
        "die Lage sei ernst",
        "Der Bürgermeister",
        "sagte",
    ),
    Case(
        (
            "Gegenüber/APPR dem/ART/Case=Dat|Gender=Masc|Number=Sing "
            "Sender/NN/Case=Dat|Gender=Masc|Number=Sing "
            "erklärte/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=erklären "
            "der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Bürgermeister/NN/Case=Nom|Gender=Masc|Number=Sing ,/$, "
            "die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Lage/NN/Case=Nom|Gender=Fem|Number=Sing "
            "sei/VAFIN/Mood=Sub|Number=Sing|Tense=Pres|VerbForm=Fin/=sein ernst/ADJD ./$.",
        ),
        "Indirect",
        "die Lage sei ernst",
        "der Bürgermeister",
        "erklärte",
    ),
    Case(
        (
            "Wie/KOUS ein/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Sprecher/NN/Case=Nom|Gender=Masc|Number=Sing "
            "der/ART/Case=Gen|Gender=Fem|Number=Sing "
            "Polizei/NN/Case=Gen|Gender=Fem|Number=Sing auf/APPR "
            "Anfrage/NN/Case=Acc|Gender=Masc|Number=Sing "
            "sagte/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=sagen ,/$, "
            "wurde/VAFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=werden "
            "niemand/PIS/Case=Nom|Number=Sing verletzt/VVPP/VerbForm=Part/=verletzen ./$.",
        ),
        "Indirect",
        "wurde niemand verletzt",
        "ein Sprecher der Polizei",
        "sagte",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Zeitung/NN/Case=Nom|Gender=Fem|Number=Sing "
            "berichtet/VVFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=berichten "
            "unter/APPR Berufung/NN/Case=Dat|Gender=Fem|Number=Sing auf/APPR "
            "Regierungskreise/NN/Case=Acc|Gender=Masc|Number=Sing ,/$, "
            "der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing "
            "wolle/VMFIN/Mood=Sub|Number=Sing|Tense=Pres|VerbForm=Fin/=wollen "
            "zurücktreten/VVINF/VerbForm=Inf ./$.",
        ),
        "Indirect",
        "der Minister wolle zurücktreten",
        "Die Zeitung",
        "berichtet",
    ),
    Case(
        (
            "Den/ART/Case=Dat|Number=Plur Angaben/NN/Case=Dat|Gender=Masc|Number=Plur "
            "zufolge/APPO "
            "wurde/VAFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=werden "
            "niemand/PIS/Case=Nom|Number=Sing verletzt/VVPP/VerbForm=Part/=verletzen ./$.",
        ),
        "Indirect",
        "wurde niemand verletzt",
        "Den Angaben",
        "zufolge",
    ),
    Case(
        (
            "Wie/PWAV aus/APPR einem/ART/Case=Dat|Gender=Masc|Number=Sing "
            "Bericht/NN/Case=Dat|Gender=Masc|Number=Sing "
            "der/ART/Case=Gen|Gender=Fem|Number=Sing "
            "Bundesbank/NE/Case=Gen|Gender=Fem|Number=Sing "
            "hervorgeht/VVFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=hervorgehen "
            ",/$, steigen/VVFIN/Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin "
            "die/ART/Case=Nom|Number=Plur Preise/NN/Case=Nom|Gender=Masc|Number=Plur "
            "weiter/ADV ./$.",
        ),
        "Indirect",
        "steigen die Preise weiter",
        "einem Bericht der Bundesbank",
        "hervorgeht",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Schule/NN/Case=Nom|Gender=Fem|Number=Sing "
            "bleibt/VVFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=bleiben "
            "geschlossen/ADJD ,/$, "
            "wurde/VAFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=werden "
            "am/APPRART/Case=Dat|Gender=Masc|Number=Sing "
            "Montag/NN/Case=Dat|Gender=Masc|Number=Sing "
            "mitgeteilt/VVPP/VerbForm=Part/=mitteilen ./$.",
        ),
        "Indirect",
        "Die Schule bleibt geschlossen",
        None,
        "mitgeteilt",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Brücke/NN/Case=Nom|Gender=Fem|Number=Plur "
            "sei/VAFIN/Mood=Sub|Number=Sing|Tense=Pres|VerbForm=Fin/=sein "
            "einsturzgefährdet/ADJD ,/$, "
            "heißt/VVFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=heißen "
            "es/PPER/Case=Nom|Gender=Neut|Number=Sing in/APPR "
            "einem/ART/Case=Dat|Gender=Neut|Number=Sing "
            "Gutachten/NN/Case=Dat|Gender=Neut|Number=Sing ./$.",
        ),
        "Indirect",
        "Die Brücke sei einsturzgefährdet",
        "einem Gutachten",
        "heißt es",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Number=Plur "
            "Verhandlungen/NN/Case=Nom|Gender=Fem|Number=Plur "
            "sind/VAFIN/Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin/=sein "
            "gescheitert/VVPP/VerbForm=Part/=scheitern ,/$, wie/KON "
            "es/PPER/Case=Nom|Gender=Neut|Number=Sing in/APPR "
            "einer/ART/Case=Dat|Gender=Fem|Number=Sing "
            "Mitteilung/NN/Case=Dat|Gender=Fem|Number=Sing "
            "hieß/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=heißen ./$.",
        ),
        "Indirect",
        "Die Verhandlungen sind gescheitert",
        "einer Mitteilung",
        "hieß",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Number=Plur "
            "Verhandlungen/NN/Case=Nom|Gender=Fem|Number=Plur "
            "seien/VAFIN/Mood=Sub|Number=Plur|Tense=Pres|VerbForm=Fin/=sein "
            "gescheitert/VVPP/VerbForm=Part/=scheitern ,/$, "
            "hieß/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=heißen "
            "es/PPER/Case=Nom|Gender=Neut|Number=Sing in/APPR "
            "einer/ART/Case=Dat|Gender=Fem|Number=Sing "
            "Mitteilung/NN/Case=Dat|Gender=Fem|Number=Sing ./$.",
        ),
        "Indirect",
        "Die Verhandlungen seien gescheitert",
        "einer Mitteilung",
        "hieß es",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Schule/NN/Case=Nom|Gender=Fem|Number=Sing "
            "bleibt/VVFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=bleiben "
            "geschlossen/VVPP/VerbForm=Part/=schließen ,/$, wie/KON "
            "am/APPRART/Case=Dat|Gender=Masc|Number=Sing "
            "Montag/NN/Case=Dat|Gender=Masc|Number=Sing "
            "mitgeteilt/VVPP/VerbForm=Part/=mitteilen "
            "wurde/VAFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=werden ./$.",
        ),
        "Indirect",
        "Die Schule bleibt geschlossen",
        None,
        "mitgeteilt",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Schule/NN/Case=Nom|Gender=Fem|Number=Sing "
            "bleibt/VVFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=bleiben "
            "geschlossen/ADJD ,/$, "
            "wurde/VAFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=werden "
            "mitgeteilt/VVPP/VerbForm=Part/=mitteilen ./$.",
        ),
        "Indirect",
        "Die Schule bleibt geschlossen",
        None,
        "mitgeteilt",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Schule/NN/Case=Nom|Gender=Fem|Number=Sing "
            "bleibe/VVFIN/Mood=Sub|Number=Sing|Tense=Pres|VerbForm=Fin/=bleiben "
            "geschlossen/ADJD ,/$, "
            "wurde/VAFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=werden "
            "am/APPRART/Case=Dat|Gender=Masc|Number=Sing "
            "Montag/NN/Case=Dat|Gender=Masc|Number=Sing "
            "mitgeteilt/VVPP/VerbForm=Part/=mitteilen ./$.",
        ),
        "Indirect",
        "Die Schule bleibe geschlossen",
        None,
        "mitgeteilt",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Brücke/NN/Case=Nom|Gender=Fem|Number=Sing "
            "ist/VAFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=sein "
            "marode/ADJA/Case=Nom|Gender=Fem|Number=Sing ,/$, so/ADV "
            "die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Stadtverwaltung/NN/Case=Nom|Gender=Fem|Number=Sing ./$.",
        ),
        "Indirect",
        "Die Brücke ist marode",
        "die Stadtverwaltung",
        "so",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Brücke/NN/Case=Nom|Gender=Fem|Number=Sing "
            "ist/VAFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=sein "
            "marode/ADJA/Case=Nom|Gender=Fem|Number=Sing ,/$, "
            "laut/ADJD/Case=Acc|Gender=Fem|Number=Sing "
            "Stadtverwaltung/NN/Case=Acc|Gender=Fem|Number=Sing ./$.",
        ),
        "Indirect",
        "Die Brücke ist marode",
        "Stadtverwaltung",
        "laut",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Zahl/NN/Case=Nom|Gender=Fem|Number=Sing der/ART/Case=Gen|Number=Plur "
            "Arbeitslosen/NN/Case=Gen|Gender=Fem|Number=Plur "
            "ist/VAFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=sein laut/APPR "
            "einer/ART/Case=Dat|Gender=Fem|Number=Sing "
            "Studie/NN/Case=Dat|Gender=Fem|Number=Sing "
            "gestiegen/VVPP/VerbForm=Part/=steigen ./$.",
        ),
        "Indirect",
        "Die Zahl der Arbeitslosen ist | gestiegen",
        "einer Studie",
        "laut",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Zahl/NN/Case=Nom|Gender=Fem|Number=Sing der/ART/Case=Gen|Number=Plur "
            "Arbeitslosen/NN/Case=Gen|Gender=Fem|Number=Plur "
            "ist/VAFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=sein laut/APPR "
            "einer/ART/Case=Dat|Gender=Fem|Number=Sing "
            "neuen/ADJA/Case=Dat|Gender=Fem|Number=Sing "
            "Studie/NN/Case=Dat|Gender=Fem|Number=Sing "
            "gestiegen/VVPP/VerbForm=Part/=steigen ./$.",
        ),
        "Indirect",
        "Die Zahl der Arbeitslosen ist | gestiegen",
        "einer neuen Studie",
        "laut",
    ),
    Case(
        (
            "Einem/ART/Case=Dat|Gender=Masc|Number=Sing "
            "Bericht/NN/Case=Dat|Gender=Masc|Number=Sing "
            "der/ART/Case=Gen|Gender=Fem|Number=Sing "
            "Zeitung/NN/Case=Gen|Gender=Fem|Number=Sing „/$( "
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Welt/NN/Case=Nom|Gender=Fem|Number=Sing “/$( zufolge/APPO "
            "will/VMFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=wollen "
            "der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing zurücktreten/VVINF/VerbForm=Inf "
            "./$.",
        ),
        "Indirect",
        "will der Minister zurücktreten",
        "Einem Bericht der Zeitung „Die Welt“",
        "zufolge",
    ),
    Case(
        (
            "Laut/APPR einem/ART/Case=Dat|Gender=Masc|Number=Sing "
            "Bericht/NN/Case=Dat|Gender=Masc|Number=Sing der/ART/Case=Gen|Number=Sing "
            "„/$( Süddeutschen/ADJA/Case=Dat|Gender=Fem|Number=Sing "
            "Zeitung/NN/Case=Dat|Gender=Fem|Number=Sing “/$( "
            "will/VMFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=wollen "
            "der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing zurücktreten/VVINF/VerbForm=Inf "
            "./$.",
        ),
        "Indirect",
        "will der Minister zurücktreten",
        "einem Bericht der „Süddeutschen Zeitung“",
        "Laut",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Regierung/NN/Case=Nom|Gender=Fem|Number=Sing "
            "ließ/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=lassen "
            "mitteilen/VVINF/VerbForm=Inf ,/$, man/PIS/Case=Nom|Number=Sing "
            "werde/VAFIN/Mood=Sub|Number=Sing|Tense=Pres|VerbForm=Fin/=werden "
            "prüfen/VVINF/VerbForm=Inf ./$.",
        ),
        "Indirect",
        "man werde prüfen",
        "Die Regierung",
        "ließ mitteilen",
    ),
    Case(
        (
            "Wie/KOUS es/PPER/Case=Nom|Gender=Neut|Number=Sing weiter/ADV "
            "hieß/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=heißen ,/$, "
            "sei/VAFIN/Mood=Sub|Number=Sing|Tense=Pres|VerbForm=Fin/=sein "
            "niemand/PIS/Case=Nom|Number=Sing verletzt/VVPP/VerbForm=Part/=verletzen "
            "worden/VAPP/VerbForm=Part/=werden ./$.",
        ),
        "Indirect",
        "sei niemand verletzt worden",
        None,
        "hieß",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Lage/NN/Case=Nom|Gender=Fem|Number=Sing "
            "sei/VAFIN/Mood=Sub|Number=Sing|Tense=Pres|VerbForm=Fin/=sein unter/APPR "
            "Kontrolle/NN/Case=Dat|Gender=Fem|Number=Sing ,/$, "
            "teilte/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=teilen "
            "ein/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Sprecher/NN/Case=Nom|Gender=Masc|Number=Sing "
            "der/ART/Case=Gen|Gender=Fem|Number=Sing "
            "Polizei/NN/Case=Gen|Gender=Fem|Number=Sing "
            "am/APPRART/Case=Dat|Gender=Masc|Number=Sing "
            "Montag/NN/Case=Dat|Gender=Masc|Number=Sing auf/APPR "
            "Anfrage/NN/Case=Acc|Gender=Fem|Number=Sing mit/APPR ./$.",
        ),
        "Indirect",
        "Die Lage sei unter Kontrolle",
        "ein Sprecher der Polizei",
        "teilte mit",
    ),
    Case(
        (
            "Das/ART/Case=Nom|Gender=Neut|Number=Sing "
            "Unternehmen/NN/Case=Nom|Gender=Neut|Number=Sing "
            "teilte/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=teilen auf/APPR "
            "Anfrage/NN/Case=Acc|Gender=Fem|Number=Sing mit/APPR ,/$, "
            "man/PIS/Case=Nom|Number=Sing "
            "prüfe/VVFIN/Mood=Sub|Number=Sing|Tense=Pres|VerbForm=Fin/=prüfen "
            "den/ART/Case=Acc|Gender=Masc|Number=Sing "
            "Fall/NN/Case=Acc|Gender=Masc|Number=Sing ./$.",
        ),
        "Indirect",
        "man prüfe den Fall",
        "Das Unternehmen",
        "teilte mit",
    ),
    Case(
        (
            "Niemand/PIS/Case=Nom|Number=Sing "
            "wurde/VAFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=werden "
            "laut/ADJD/Number=Sing Polizei/NN/Case=Dat|Gender=Fem|Number=Sing "
            "verletzt/VVPP/VerbForm=Part/=verletzen ./$.",
        ),
        "Indirect",
        "Niemand wurde | verletzt",
        "Polizei",
        "laut",
    ),
    Case(
        (
            "Nach/APPR Polizeiangaben/NN/Case=Dat|Gender=Fem|Number=Plur "
            "wurde/VAFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=werden "
            "niemand/PIS/Case=Nom|Number=Sing verletzt/VVPP/VerbForm=Part/=verletzen ./$.",
        ),
        "Indirect",
        "wurde niemand verletzt",
        "Polizeiangaben",
        "Nach",
    ),
    Case(
        (
            "Der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Fahrer/NN/Case=Nom|Gender=Masc|Number=Sing "
            "war/VAFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=sein nach/APPR "
            "ersten/ADJA/Case=Dat|Gender=Fem|Number=Plur "
            "Erkenntnissen/NN/Case=Dat|Gender=Masc|Number=Plur "
            "der/ART/Case=Gen|Number=Plur Ermittler/NN/Case=Gen|Gender=Masc|Number=Plur "
            "betrunken/ADJD ./$.",
        ),
        "Indirect",
        "Der Fahrer war | betrunken",
        "ersten Erkenntnissen der Ermittler",
        "nach",
    ),
    Case(
        (
            "Nach/APPR ersten/ADJA/Case=Dat|Gender=Fem|Number=Plur "
            "Erkenntnissen/NN/Case=Dat|Gender=Masc|Number=Plur "
            "der/ART/Case=Gen|Number=Sing Ermittler/NN/Case=Gen|Gender=Masc|Number=Sing "
            "war/VAFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=sein "
            "der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Fahrer/NN/Case=Nom|Gender=Masc|Number=Sing betrunken/ADJD ./$.",
        ),
        "Indirect",
        "war der Fahrer betrunken",
        "ersten Erkenntnissen der Ermittler",
        "Nach",
    ),
    Case(
        (
            "Der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Fahrer/NN/Case=Nom|Gender=Masc|Number=Sing "
            "war/VAFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=sein betrunken/ADJD "
            ",/$, wie/KOUS die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Polizei/NN/Case=Nom|Gender=Fem|Number=Sing "
            "mitteilte/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=mitteilen ./$.",
        ),
        "Indirect",
        "Der Fahrer war betrunken",
        "die Polizei",
        "mitteilte",
    ),
    Case(
        (
            "Der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Fahrer/NN/Case=Nom|Gender=Masc|Number=Sing "
            "sei/VAFIN/Mood=Sub|Number=Sing|Tense=Pres|VerbForm=Fin/=sein betrunken/ADJD "
            "gewesen/VAPP/VerbForm=Part/=sein ,/$, "
            "sagte/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=sagen "
            "ein/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Polizeisprecher/NN/Case=Nom|Gender=Masc|Number=Sing "
            "der/ART/Case=Gen|Gender=Fem|Number=Sing "
            "Nachrichtenagentur/NN/Case=Gen|Gender=Fem|Number=Sing "
            "AFP/NE/Case=Nom|Number=Sing ./$.",
        ),
        "Indirect",
        "Der Fahrer sei betrunken gewesen",
        "ein Polizeisprecher",
        "sagte",
    ),
    Case(
        (
            "Gegenüber/APPR der/ART/Case=Dat|Gender=Fem|Number=Sing „/$( "
            "Bild/NN/Case=Dat|Gender=Fem|Number=Sing “/$( -/$( "
            "Zeitung/NN/Case=Nom|Gender=Fem|Number=Sing "
            "sagte/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=sagen "
            "der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing ,/$, "
            "er/PPER/Case=Nom|Gender=Masc|Number=Sing "
            "werde/VAFIN/Mood=Sub|Number=Sing|Tense=Pres|VerbForm=Fin/=werden "
            "bleiben/VVINF/VerbForm=Inf ./$.",
        ),
        "Indirect",
        "er werde bleiben",
        "der Minister",
        "sagte",
    ),
    Case(
        (
            "Der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing "
            "sagte/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=sagen "
            "im/APPRART/Case=Dat|Gender=Neut|Number=Sing "
            "Interview/NN/Case=Dat|Gender=Neut|Number=Sing mit/APPR "
            "der/ART/Case=Dat|Gender=Fem|Number=Sing „/$( "
            "Welt/NN/Case=Nom|Gender=Fem|Number=Sing "
            "am/APPRART/Case=Dat|Gender=Masc|Number=Sing "
            "Sonntag/NN/Case=Dat|Gender=Masc|Number=Sing “/$( ,/$, "
            "er/PPER/Case=Nom|Gender=Masc|Number=Sing "
            "werde/VAFIN/Mood=Sub|Number=Sing|Tense=Pres|VerbForm=Fin/=werden "
            "bleiben/VVINF/VerbForm=Inf ./$.",
        ),
        "Indirect",
        "er werde bleiben",
        "Der Minister",
        "sagte",
    ),
    Case(
        (
            "Der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing "
            "soll/VMFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=sollen "
            "dem/ART/Case=Dat|Gender=Masc|Number=Sing "
            "Bericht/NN/Case=Dat|Gender=Masc|Number=Sing zufolge/APPO von/APPR "
            "den/ART/Case=Dat|Number=Plur Plänen/NN/Case=Dat|Gender=Masc|Number=Plur "
            "gewusst/VVPP/VerbForm=Part/=wissen haben/VAINF/VerbForm=Inf ./$.",
        ),
        "Indirect",
        "Der Minister soll | von den Plänen gewusst haben",
        "dem Bericht",
        "zufolge",
    ),
    Case(
        (
            "Der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing "
            "will/VMFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=wollen "
            "zurücktreten/VVINF/VerbForm=Inf ./$.",
            "Das/ART/Case=Nom|Gender=Neut|Number=Sing "
            "berichtet/VVFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=berichten "
            "die/ART/Case=Acc|Gender=Fem|Number=Sing „/$( "
            "Bild/NN/Case=Nom|Gender=Fem|Number=Sing “/$( -/$( "
            "Zeitung/NN/Case=Dat|Gender=Fem|Number=Sing ./$.",
        ),
        "Indirect",
        "Der Minister will zurücktreten",
        "die „Bild“ - Zeitung",
        "berichtet",
    ),
    Case(
        (
            "Der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing "
            "will/VMFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=wollen "
            "zurücktreten/VVINF/VerbForm=Inf ./$.",
            "Dies/PDAT/Case=Nom|Gender=Neut|Number=Sing "
            "teilte/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=teilen "
            "ein/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Sprecher/NN/Case=Nom|Gender=Masc|Number=Sing "
            "am/APPRART/Case=Dat|Gender=Masc|Number=Sing "
            "Montag/NN/Case=Dat|Gender=Masc|Number=Sing mit/APPR ./$.",
        ),
        "Indirect",
        "Der Minister will zurücktreten",
        "ein Sprecher",
        "teilte mit",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Einigung/NN/Case=Nom|Gender=Fem|Number=Sing "
            "ist/VAFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=sein "
            "ein/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Erfolg/NN/Case=Nom|Gender=Masc|Number=Sing ,/$, so/ADV "
            "Müller/NE/Case=Nom|Gender=Masc|Number=Sing ./$.",
        ),
        "Indirect",
        "Die Einigung ist ein Erfolg",
        "Müller",
        "so",
    ),
    Case(
        (
            "„/$( Wir/PPER/Case=Nom|Number=Plur "
            "sind/VAFIN/Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin/=sein zufrieden/ADJD "
            "“/$( ,/$, so/ADV ein/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Sprecher/NN/Case=Nom|Gender=Masc|Number=Sing ./$.",
        ),
        "Direct",
        "„Wir sind zufrieden“",
        "ein Sprecher",
        "so",
    ),
    Case(
        (
            "Der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Fahrer/NN/Case=Nom|Gender=Masc|Number=Sing "
            "war/VAFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=sein betrunken/ADJD "
            ",/$, hieß/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=heißen "
            "es/PPER/Case=Nom|Gender=Neut|Number=Sing aus/APPR "
            "Polizeikreisen/NN/Case=Dat|Gender=Fem|Number=Plur ./$.",
        ),
        "Indirect",
        "Der Fahrer war betrunken",
        "Polizeikreisen",
        "hieß es",
    ),
    Case(
        (
            "In/APPR einer/ART/Case=Dat|Gender=Fem|Number=Sing "
            "Mitteilung/NN/Case=Dat|Gender=Fem|Number=Sing "
            "der/ART/Case=Gen|Gender=Fem|Number=Sing "
            "Stadt/NN/Case=Gen|Gender=Fem|Number=Sing "
            "heißt/VVFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=heißen "
            "es/PPER/Case=Nom|Gender=Neut|Number=Sing ,/$, "
            "die/ART/Case=Acc|Gender=Fem|Number=Sing "
            "Schule/NN/Case=Acc|Gender=Fem|Number=Sing "
            "bleibe/VVFIN/Mood=Sub|Number=Sing|Tense=Pres|VerbForm=Fin/=bleiben "
            "geschlossen/VVPP/VerbForm=Part/=schließen ./$.",
        ),
        "Indirect",
        "die Schule bleibe geschlossen",
        "einer Mitteilung der Stadt",
        "heißt es",
    ),
    Case(
        (
            "Es/PPER/Case=Nom|Gender=Neut|Number=Sing "
            "werde/VAFIN/Mood=Sub|Number=Sing|Tense=Pres|VerbForm=Fin/=werden "
            "keine/PIAT/Case=Acc|Number=Plur "
            "Entlassungen/NN/Case=Acc|Gender=Fem|Number=Plur geben/VVINF/VerbForm=Inf "
            ",/$, hieß/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=heißen "
            "es/PPER/Case=Nom|Gender=Neut|Number=Sing in/APPR "
            "einer/ART/Case=Dat|Gender=Fem|Number=Sing "
            "Stellungnahme/NN/Case=Dat|Gender=Fem|Number=Sing "
            "des/ART/Case=Gen|Gender=Neut|Number=Sing "
            "Konzerns/NN/Case=Gen|Gender=Neut|Number=Sing ./$.",
        ),
        "Indirect",
        "Es werde keine Entlassungen geben",
        "einer Stellungnahme des Konzerns",
        "hieß es",
    ),
    Case(
        (
            "Unter/APPR Berufung/NN/Case=Dat|Gender=Fem|Number=Sing auf/APPR "
            "Regierungskreise/NN/Case=Acc|Gender=Masc|Number=Sing "
            "berichtet/VVFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=berichten "
            "die/ART/Case=Acc|Gender=Fem|Number=Sing "
            "Zeitung/NN/Case=Acc|Gender=Fem|Number=Sing ,/$, "
            "der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing "
            "wolle/VMFIN/Mood=Sub|Number=Sing|Tense=Pres|VerbForm=Fin/=wollen "
            "zurücktreten/VVINF/VerbForm=Inf ./$.",
        ),
        "Indirect",
        "der Minister wolle zurücktreten",
        "die Zeitung",
        "berichtet",
    ),
    Case(
        (
            "Wie/PWAV die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Zeitung/NN/Case=Nom|Gender=Fem|Number=Sing unter/APPR "
            "Berufung/NN/Case=Dat|Gender=Fem|Number=Sing auf/APPR "
            "Regierungskreise/NN/Case=Acc|Gender=Masc|Number=Sing "
            "berichtet/VVFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=berichten ,/$, "
            "will/VMFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=wollen "
            "der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing zurücktreten/VVINF/VerbForm=Inf "
            "./$.",
        ),
        "Indirect",
        "will der Minister zurücktreten",
        "die Zeitung",
        "berichtet",
    ),
    Case(
        (
            "Der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing "
            "will/VMFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=wollen nach/APPR "
            "Informationen/NN/Case=Dat|Gender=Fem|Number=Plur "
            "der/ART/Case=Gen|Gender=Fem|Number=Sing „/$( "
            "Süddeutschen/ADJA/Case=Dat|Gender=Fem|Number=Sing "
            "Zeitung/NN/Case=Dat|Gender=Fem|Number=Sing “/$( "
            "zurücktreten/VVFIN/Mood=Ind|Tense=Pres|VerbForm=Fin ./$.",
        ),
        "Indirect",
        "Der Minister will | zurücktreten",
        "Informationen der „Süddeutschen Zeitung“",
        "nach",
    ),
    Case(
        (
            "Nach/APPR Informationen/NN/Case=Dat|Gender=Fem|Number=Plur "
            "des/ART/Case=Gen|Gender=Masc|Number=Sing „/$( "
            "Spiegel/NN/Case=Dat|Gender=Fem|Number=Sing “/$( "
            "will/VMFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=wollen "
            "der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing zurücktreten/VVINF/VerbForm=Inf "
            "./$.",
        ),
        "Indirect",
        "will der Minister zurücktreten",
        "Informationen des „Spiegel“",
        "Nach",
    ),
    Case(
        (
            "Wie/KOUS ein/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Sprecher/NN/Case=Nom|Gender=Masc|Number=Sing "
            "der/ART/Case=Gen|Gender=Fem|Number=Sing "
            "Polizei/NN/Case=Gen|Gender=Fem|Number=Sing "
            "der/ART/Case=Gen|Gender=Fem|Number=Sing "
            "Deutschen/ADJA/Case=Gen|Gender=Fem|Number=Sing "
            "Presse-Agentur/NN/Case=Gen|Gender=Fem|Number=Sing "
            "sagte/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=sagen ,/$, "
            "wurde/VAFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=werden "
            "niemand/PIS/Case=Nom|Number=Sing verletzt/VVPP/VerbForm=Part/=verletzen ./$.",
        ),
        "Indirect",
        "wurde niemand verletzt",
        "ein Sprecher der Polizei",
        "sagte",
    ),
    Case(
        (
            "Von/APPR der/ART/Case=Dat|Gender=Fem|Number=Sing "
            "Polizei/NN/Case=Dat|Gender=Fem|Number=Sing "
            "hieß/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=heißen "
            "es/PPER/Case=Nom|Gender=Neut|Number=Sing ,/$, "
            "der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Fahrer/NN/Case=Nom|Gender=Masc|Number=Sing "
            "sei/VAFIN/Mood=Sub|Number=Sing|Tense=Pres|VerbForm=Fin/=sein betrunken/ADJD "
            "gewesen/VAPP/VerbForm=Part/=sein ./$.",
        ),
        "Indirect",
        "der Fahrer sei betrunken gewesen",
        "der Polizei",
        "hieß es",
    ),
    Case(
        (
            "Der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Fahrer/NN/Case=Nom|Gender=Masc|Number=Sing "
            "sei/VAFIN/Mood=Sub|Number=Sing|Tense=Pres|VerbForm=Fin/=sein betrunken/ADJD "
            "gewesen/VAPP/VerbForm=Part/=sein ,/$, "
            "hieß/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=heißen "
            "es/PPER/Case=Nom|Gender=Neut|Number=Sing von/APPR "
            "der/ART/Case=Dat|Gender=Fem|Number=Sing "
            "Polizei/NN/Case=Dat|Gender=Fem|Number=Sing ./$.",
        ),
        "Indirect",
        "Der Fahrer sei betrunken gewesen",
        "der Polizei",
        "hieß es",
    ),
    Case(
        (
            "Wie/PWAV aus/APPR Regierungskreisen/NN/Case=Dat|Gender=Masc|Number=Plur "
            "verlautete/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=verlauten "
            ",/$, will/VMFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=wollen "
            "der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing zurücktreten/VVINF/VerbForm=Inf "
            "./$.",
        ),
        "Indirect",
        "will der Minister zurücktreten",
        "aus Regierungskreisen",
        "verlautete",
    ),
    Case(
        (
            "Aus/APPR Regierungskreisen/NN/Case=Dat|Gender=Masc|Number=Plur "
            "verlautete/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=verlauten "
            ",/$, der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing "
            "wolle/VMFIN/Mood=Sub|Number=Sing|Tense=Pres|VerbForm=Fin/=wollen "
            "zurücktreten/VVINF/VerbForm=Inf ./$.",
        ),
        "Indirect",
        "der Minister wolle zurücktreten",
        "Aus Regierungskreisen",
        "verlautete",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Number=Plur Preise/NN/Case=Nom|Gender=Masc|Number=Plur "
            "steigen/VVFIN/Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin weiter/ADV (/$( "
            "so/ADV das/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Statistische/ADJA/Case=Nom|Gender=Fem|Number=Sing "
            "Bundesamt/NN/Case=Nom|Gender=Fem|Number=Sing )/$( ./$.",
        ),
        "Indirect",
        "Die Preise steigen weiter",
        "das Statistische Bundesamt",
        "so",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Number=Plur Preise/NN/Case=Nom|Gender=Masc|Number=Plur "
            "sind/VAFIN/Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin/=sein "
            "gestiegen/VVPP/VerbForm=Part/=steigen (/$( nach/APPR "
            "Angaben/NN/Case=Dat|Gender=Fem|Number=Plur "
            "des/ART/Case=Gen|Gender=Masc|Number=Sing "
            "Statistischen/ADJA/Case=Gen|Gender=Masc|Number=Sing "
            "Bundesamts/NN/Case=Gen|Gender=Masc|Number=Sing )/$( ./$.",
        ),
        "Indirect",
        "Die Preise sind gestiegen",
        "Angaben des Statistischen Bundesamts",
        "nach",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Number=Plur Preise/NN/Case=Nom|Gender=Masc|Number=Plur "
            "sind/VAFIN/Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin/=sein laut/APPR "
            "dem/ART/Case=Dat|Gender=Masc|Number=Sing "
            "am/APPRART/Case=Dat|Gender=Masc|Number=Sing "
            "Dienstag/NN/Case=Dat|Gender=Masc|Number=Sing "
            "vorgelegten/ADJA/Case=Gen|Gender=Masc|Number=Sing "
            "Bericht/NN/Case=Dat|Gender=Masc|Number=Sing "
            "gestiegen/VVPP/VerbForm=Part/=steigen ./$.",
        ),
        "Indirect",
        "Die Preise sind | gestiegen",
        "dem am Dienstag vorgelegten Bericht",
        "laut",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Number=Plur Preise/NN/Case=Nom|Gender=Masc|Number=Plur "
            "sind/VAFIN/Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin/=sein nach/APPR "
            "Angaben/NN/Case=Dat|Gender=Fem|Number=Plur "
            "des/ART/Case=Gen|Gender=Neut|Number=Sing in/APPR "
            "Wiesbaden/NE/Case=Dat|Gender=Neut|Number=Sing "
            "ansässigen/ADJA/Case=Dat|Gender=Fem|Number=Plur "
            "Bundesamts/NN/Case=Gen|Gender=Masc|Number=Plur "
            "gestiegen/VVPP/VerbForm=Part/=steigen ./$.",
        ),
        "Indirect",
        "Die Preise sind | gestiegen",
        "Angaben des in Wiesbaden ansässigen Bundesamts",
        "nach",
    ),
    Case(
        (
            "Der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Fahrer/NN/Case=Nom|Gender=Masc|Number=Sing "
            "ließ/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=lassen über/APPR "
            "seinen/PPOSAT/Case=Acc|Gender=Masc|Number=Sing "
            "Anwalt/NN/Case=Acc|Gender=Masc|Number=Sing "
            "erklären/VVFIN/Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin ,/$, "
            "er/PPER/Case=Nom|Gender=Masc|Number=Sing "
            "bedaure/VVFIN/Mood=Sub|Number=Sing|Tense=Pres|VerbForm=Fin/=bedauren "
            "den/ART/Case=Acc|Gender=Masc|Number=Sing "
            "Unfall/NN/Case=Acc|Gender=Masc|Number=Sing ./$.",
        ),
        "Indirect",
        "er bedaure den Unfall",
        "Der Fahrer",
        "ließ erklären",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Firma/NN/Case=Nom|Gender=Fem|Number=Sing "
            "lässt/VVFIN/Mood=Sub|Number=Sing|Tense=Past|VerbForm=Fin/=lassen "
            "mitteilen/VVFIN/Mood=Ind|Tense=Pres|VerbForm=Fin ,/$, dass/KOUS "
            "sie/PPER/Case=Nom|Number=Plur den/ART/Case=Acc|Gender=Masc|Number=Sing "
            "Fall/NN/Case=Acc|Gender=Masc|Number=Sing "
            "prüft/VVFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=prüfen ./$.",
        ),
        "Indirect",
        "dass sie den Fall prüft",
        "Die Firma",
        "lässt mitteilen",
    ),
    Case(
        (
            "Einem/ART/Case=Dat|Gender=Masc|Number=Sing "
            "Bericht/NN/Case=Dat|Gender=Masc|Number=Sing "
            "des/ART/Case=Gen|Gender=Masc|Number=Sing "
            "Magazins/NN/Case=Gen|Gender=Masc|Number=Sing „/$( "
            "Der/ART/Case=Nom|Gender=Masc|Number=Sing Spiegel/NN/Case=Nom|Number=Sing "
            "“/$( zufolge/APPO "
            "will/VMFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=wollen "
            "der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing zurücktreten/VVINF/VerbForm=Inf "
            "./$.",
        ),
        "Indirect",
        "will der Minister zurücktreten",
        "Einem Bericht des Magazins „Der Spiegel“",
        "zufolge",
    ),
    Case(
        (
            "Den/ART/Case=Dat|Gender=Masc|Number=Sing "
            "Angaben/NN/Case=Dat|Gender=Fem|Number=Plur "
            "der/ART/Case=Gen|Gender=Fem|Number=Sing „/$( "
            "Bild/NN/Case=Dat|Gender=Fem|Number=Sing “/$( -/$( "
            "Zeitung/NN/Case=Dat|Gender=Fem|Number=Sing zufolge/APPO "
            "will/VMFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=wollen "
            "der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing zurücktreten/VVINF/VerbForm=Inf "
            "./$.",
        ),
        "Indirect",
        "will der Minister zurücktreten",
        "Den Angaben der „Bild“ - Zeitung",
        "zufolge",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Schule/NN/Case=Nom|Gender=Fem|Number=Sing "
            "bleibe/VVFIN/Mood=Sub|Number=Sing|Tense=Pres|VerbForm=Fin/=bleiben "
            "geschlossen/VVPP/VerbForm=Part/=schließen ,/$, wie/KON "
            "es/PPER/Case=Nom|Gender=Neut|Number=Sing in/APPR "
            "einem/ART/Case=Dat|Gender=Neut|Number=Sing "
            "Schreiben/NN/Case=Dat|Gender=Neut|Number=Sing "
            "der/ART/Case=Gen|Gender=Fem|Number=Sing "
            "Stadt/NN/Case=Gen|Gender=Fem|Number=Sing "
            "heißt/VVFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=heißen ./$.",
        ),
        "Indirect",
        "Die Schule bleibe geschlossen",
        "einem Schreiben der Stadt",
        "heißt",
    ),
    Case(
        (
            "Wie/KOUS es/PPER/Case=Nom|Gender=Neut|Number=Sing in/APPR "
            "einem/ART/Case=Dat|Gender=Neut|Number=Sing "
            "Schreiben/NN/Case=Dat|Gender=Neut|Number=Sing "
            "der/ART/Case=Gen|Gender=Fem|Number=Sing "
            "Stadt/NN/Case=Gen|Gender=Fem|Number=Sing "
            "heißt/VVFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=heißen ,/$, "
            "bleibt/VVFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=bleiben "
            "die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Schule/NN/Case=Nom|Gender=Fem|Number=Sing "
            "geschlossen/VVPP/VerbForm=Part/=schließen ./$.",
        ),
        "Indirect",
        "bleibt die Schule geschlossen",
        "einem Schreiben der Stadt",
        "heißt",
    ),
    Case(
        (
            "Laut/APPR Angaben/NN/Case=Dat|Gender=Fem|Number=Plur "
            "der/ART/Case=Gen|Gender=Fem|Number=Sing "
            "Polizei/NN/Case=Gen|Gender=Fem|Number=Sing "
            "wurde/VAFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=werden "
            "niemand/PIS/Case=Nom|Number=Sing verletzt/VVPP/VerbForm=Part/=verletzen ./$.",
        ),
        "Indirect",
        "wurde niemand verletzt",
        "Angaben der Polizei",
        "Laut",
    ),
    Case(
        (
            "Laut/APPR Bericht/NN/Case=Dat|Gender=Masc|Number=Sing "
            "der/ART/Case=Gen|Gender=Fem|Number=Sing "
            "Zeitung/NN/Case=Gen|Gender=Fem|Number=Sing "
            "will/VMFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=wollen "
            "der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing zurücktreten/VVINF/VerbForm=Inf "
            "./$.",
        ),
        "Indirect",
        "will der Minister zurücktreten",
        "Bericht der Zeitung",
        "Laut",
    ),
    Case(
        (
            "Wie/PWAV die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Polizei/NN/Case=Nom|Gender=Fem|Number=Sing bekannt/ADJD "
            "gab/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=geben ,/$, "
            "wurde/VAFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=werden "
            "niemand/PIS/Case=Nom|Number=Sing verletzt/VVPP/VerbForm=Part/=verletzen ./$.",
        ),
        "Indirect",
        "wurde niemand verletzt",
        "die Polizei",
        "bekannt gab",
    ),
    Case(
        (
            "Der/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Polizei/NN/Case=Nom|Gender=Fem|Number=Sing zufolge/APPO "
            "wurde/VAFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=werden "
            "niemand/PIS/Case=Nom|Number=Sing verletzt/VVPP/VerbForm=Part/=verletzen ./$.",
        ),
        "Indirect",
        "wurde niemand verletzt",
        "Der Polizei",
        "zufolge",
    ),
    Case(
        (
            "Nach/APPR Darstellung/NN/Case=Dat|Gender=Fem|Number=Sing "
            "der/ART/Case=Gen|Gender=Fem|Number=Sing "
            "Staatsanwaltschaft/NN/Case=Gen|Gender=Fem|Number=Sing "
            "hatte/VAFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=haben "
            "der/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Angeklagte/NN/Case=Nom|Gender=Fem|Number=Sing "
            "das/ART/Case=Acc|Gender=Neut|Number=Sing "
            "Geld/NN/Case=Acc|Gender=Neut|Number=Sing "
            "veruntreut/VVPP/VerbForm=Part/=veruntreuen ./$.",
        ),
        "Indirect",
        "hatte der Angeklagte das Geld veruntreut",
        "Darstellung der Staatsanwaltschaft",
        "Nach",
    ),
    Case(
        (
            "Aus/APPR Sicht/NN/Case=Dat|Gender=Fem|Number=Sing "
            "der/ART/Case=Gen|Gender=Fem|Number=Sing "
            "Opposition/NN/Case=Gen|Gender=Fem|Number=Sing "
            "ist/VAFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=sein "
            "der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Plan/NN/Case=Nom|Gender=Masc|Number=Sing "
            "gescheitert/VVPP/VerbForm=Part/=scheitern ./$.",
        ),
        "Indirect",
        "ist der Plan gescheitert",
        "der Opposition",
        "Sicht",
    ),
    Case(
        (
            "Der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Plan/NN/Case=Nom|Gender=Masc|Number=Sing "
            "ist/VAFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=sein aus/APPR "
            "Sicht/NN/Case=Dat|Gender=Fem|Number=Sing "
            "der/ART/Case=Gen|Gender=Fem|Number=Sing "
            "Opposition/NN/Case=Gen|Gender=Fem|Number=Sing "
            "gescheitert/VVPP/VerbForm=Part/=scheitern ./$.",
        ),
        "Indirect",
        "Der Plan ist | gescheitert",
        "der Opposition",
        "Sicht",
    ),
    Case(
        (
            "Dies/PDAT/Case=Nom|Gender=Neut|Number=Sing "
            "sei/VAFIN/Mood=Sub|Number=Sing|Tense=Pres|VerbForm=Fin/=sein "
            "ein/ART/Case=Nom|Gender=Masc|Number=Sing "
            "großer/ADJA/Case=Nom|Gender=Masc|Number=Sing "
            "Erfolg/NN/Case=Nom|Gender=Masc|Number=Sing ,/$, "
            "hieß/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=heißen "
            "es/PPER/Case=Nom|Gender=Neut|Number=Sing in/APPR "
            "der/ART/Case=Dat|Gender=Fem|Number=Sing "
            "Erklärung/NN/Case=Dat|Gender=Fem|Number=Sing weiter/ADV ./$.",
        ),
        "Indirect",
        "Dies sei ein großer Erfolg",
        "der Erklärung",
        "hieß es",
    ),
    Case(
        (
            "In/APPR einem/ART/Case=Dat|Gender=Masc|Number=Sing "
            "Brief/NN/Case=Dat|Gender=Masc|Number=Sing an/APPR "
            "die/ART/Case=Acc|Number=Plur Mitarbeiter/NN/Case=Acc|Gender=Masc|Number=Plur "
            "schrieb/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=schreiben "
            "der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Vorstand/NN/Case=Nom|Gender=Masc|Number=Sing ,/$, "
            "die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Lage/NN/Case=Nom|Gender=Fem|Number=Sing "
            "sei/VAFIN/Mood=Sub|Number=Sing|Tense=Pres|VerbForm=Fin/=sein ernst/ADJD ./$.",
        ),
        "Indirect",
        "die Lage sei ernst",
        "der Vorstand",
        "schrieb",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Lage/NN/Case=Nom|Gender=Fem|Number=Sing "
            "sei/VAFIN/Mood=Sub|Number=Sing|Tense=Pres|VerbForm=Fin/=sein ernst/ADJD ,/$, "
            "schrieb/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=schreiben "
            "der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Vorstand/NN/Case=Nom|Gender=Masc|Number=Sing in/APPR "
            "einem/ART/Case=Dat|Gender=Masc|Number=Sing "
            "Brief/NN/Case=Dat|Gender=Masc|Number=Sing an/APPR "
            "die/ART/Case=Acc|Number=Plur Mitarbeiter/NN/Case=Acc|Gender=Masc|Number=Plur "
            "./$.",
        ),
        "Indirect",
        "Die Lage sei ernst",
        "der Vorstand",
        "schrieb",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Entscheidung/NN/Case=Nom|Gender=Fem|Number=Sing "
            "ist/VAFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=sein laut/APPR "
            "einem/ART/Case=Dat|Gender=Masc|Number=Sing "
            "Sprecher/NN/Case=Dat|Gender=Masc|Number=Sing "
            "des/ART/Case=Gen|Gender=Neut|Number=Sing "
            "Ministeriums/NN/Case=Gen|Gender=Neut|Number=Sing noch/ADV nicht/PTKNEG "
            "gefallen/VVPP/VerbForm=Part/=fallen ./$.",
        ),
        "Indirect",
        "Die Entscheidung ist | noch nicht gefallen",
        "einem Sprecher des Ministeriums",
        "laut",
    ),
    Case(
        (
            "Er/PPER/Case=Nom|Gender=Masc|Number=Sing "
            "wolle/VMFIN/Mood=Sub|Number=Sing|Tense=Pres|VerbForm=Fin/=wollen "
            "sich/PRF/Case=Acc nicht/PTKNEG äußern/VVINF/VerbForm=Inf ,/$, "
            "ließ/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=lassen "
            "der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing "
            "ausrichten/VVFIN/Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin ./$.",
        ),
        "Indirect",
        "Er wolle sich nicht äußern",
        "der Minister",
        "ließ ausrichten",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Bundesregierung/NN/Case=Nom|Gender=Fem|Number=Sing "
            "lässt/VVFIN/Mood=Sub|Number=Sing|Tense=Past|VerbForm=Fin/=lassen "
            "ausrichten/VVFIN/Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin ,/$, "
            "sie/PPER/Case=Nom|Gender=Fem|Number=Sing "
            "prüfe/VVFIN/Mood=Sub|Number=Sing|Tense=Pres|VerbForm=Fin/=prüfen "
            "den/ART/Case=Acc|Gender=Masc|Number=Sing "
            "Vorgang/NN/Case=Acc|Gender=Masc|Number=Sing ./$.",
        ),
        "Indirect",
        "sie prüfe den Vorgang",
        "Die Bundesregierung",
        "lässt ausrichten",
    ),
    Case(
        (
            "Laut/APPR Medienberichten/NN/Case=Dat|Gender=Fem|Number=Plur "
            "soll/VMFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=sollen "
            "der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing zurücktreten/VVINF/VerbForm=Inf "
            "./$.",
        ),
        "Indirect",
        "soll der Minister zurücktreten",
        "Medienberichten",
        "Laut",
    ),
    Case(
        (
            "Medienberichten/NN/Case=Dat|Gender=Fem|Number=Plur zufolge/APPO "
            "soll/VMFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=sollen "
            "der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing zurücktreten/VVINF/VerbForm=Inf "
            "./$.",
        ),
        "Indirect",
        "soll der Minister zurücktreten",
        "Medienberichten",
        "zufolge",
    ),
    Case(
        (
            "Wie/PWAV die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Deutsche/ADJA/Case=Nom|Gender=Fem|Number=Sing "
            "Presse-Agentur/NN/Case=Nom|Gender=Fem|Number=Sing aus/APPR "
            "Parteikreisen/NN/Case=Dat|Gender=Neut|Number=Plur "
            "erfuhr/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=erfahren ,/$, "
            "will/VMFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=wollen "
            "der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Vorsitzende/NN/Case=Nom|Gender=Masc|Number=Sing "
            "zurücktreten/VVINF/VerbForm=Inf ./$.",
        ),
        "Indirect",
        "will der Vorsitzende zurücktreten",
        "die Deutsche Presse-Agentur",
        "erfuhr",
    ),
    Case(
        (
            "Aus/APPR Parteikreisen/NN/Case=Dat|Gender=Neut|Number=Plur "
            "erfuhr/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=erfahren "
            "die/ART/Case=Acc|Gender=Fem|Number=Sing "
            "Deutsche/ADJA/Case=Acc|Gender=Fem|Number=Sing "
            "Presse-Agentur/NN/Case=Acc|Gender=Fem|Number=Sing ,/$, "
            "der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Vorsitzende/NN/Case=Nom|Gender=Masc|Number=Sing "
            "wolle/VMFIN/Mood=Sub|Number=Sing|Tense=Pres|VerbForm=Fin/=wollen "
            "zurücktreten/VVINF/VerbForm=Inf ./$.",
        ),
        "Indirect",
        "der Vorsitzende wolle zurücktreten",
        "die Deutsche Presse-Agentur",
        "erfuhr",
    ),
    Case(
        (
            "Der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Vorsitzende/NN/Case=Nom|Gender=Masc|Number=Sing "
            "will/VMFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=wollen "
            "zurücktreten/VVINF/VerbForm=Inf ./$.",
            "Das/ART/Case=Nom|Gender=Neut|Number=Sing "
            "erfuhr/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=erfahren "
            "die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Deutsche/ADJA/Case=Nom|Gender=Fem|Number=Sing "
            "Presse-Agentur/NN/Case=Nom|Gender=Fem|Number=Sing aus/APPR "
            "Parteikreisen/NN/Case=Dat|Gender=Neut|Number=Plur ./$.",
        ),
        "Indirect",
        "Der Vorsitzende will zurücktreten",
        "die Deutsche Presse-Agentur",
        "erfuhr",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Staatsanwaltschaft/NN/Case=Nom|Gender=Fem|Number=Sing "
            "hat/VAFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=haben "
            "Anklage/NN/Case=Acc|Gender=Fem|Number=Sing "
            "erhoben/VVPP/VerbForm=Part/=erheben ./$.",
            "Dies/PDAT/Case=Nom|Gender=Neut|Number=Sing "
            "bestätigte/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=bestätigen "
            "ein/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Sprecher/NN/Case=Nom|Gender=Masc|Number=Sing "
            "am/APPRART/Case=Dat|Gender=Masc|Number=Sing "
            "Freitag/NN/Case=Dat|Gender=Masc|Number=Sing ./$.",
        ),
        "Indirect",
        "Die Staatsanwaltschaft hat Anklage erhoben",
        "ein Sprecher",
        "bestätigte",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Number=Plur Kosten/NN/Case=Nom|Number=Plur "
            "steigen/VVFIN/Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin um/APPR zehn/CARD "
            "Prozent/NN/Case=Acc|Gender=Neut (/$( nach/APPR "
            "Schätzungen/NN/Case=Dat|Gender=Fem|Number=Plur von/APPR "
            "Experten/NN/Case=Dat|Gender=Masc|Number=Plur )/$( ./$.",
        ),
        "Indirect",
        "Die Kosten steigen um zehn Prozent",
        "Schätzungen von Experten",
        "nach",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Number=Plur Kosten/NN/Case=Nom|Number=Plur "
            "steigen/VVFIN/Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin um/APPR zehn/CARD "
            "Prozent/NN/Case=Acc|Gender=Neut ,/$, so/ADV "
            "die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Schätzung/NN/Case=Nom|Gender=Fem|Number=Sing von/APPR "
            "Experten/NN/Case=Dat|Gender=Masc|Number=Plur ./$.",
        ),
        "Indirect",
        "Die Kosten steigen um zehn Prozent",
        "die Schätzung von Experten",
        "so",
    ),
    Case(
        (
            "Der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Angeklagte/NN/Case=Nom|Gender=Masc|Number=Sing "
            "habe/VAFIN/Mood=Sub|Number=Sing|Tense=Pres|VerbForm=Fin/=haben "
            "das/ART/Case=Nom|Gender=Neut|Number=Sing "
            "Geld/NN/Case=Nom|Gender=Neut|Number=Sing "
            "veruntreut/VVPP/VerbForm=Part/=veruntreuen ,/$, so/ADV "
            "der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Vorwurf/NN/Case=Nom|Gender=Masc|Number=Sing "
            "der/ART/Case=Gen|Gender=Fem|Number=Sing "
            "Staatsanwaltschaft/NN/Case=Gen|Gender=Fem|Number=Sing ./$.",
        ),
        "Indirect",
        "Der Angeklagte habe das Geld veruntreut",
        "der Vorwurf der Staatsanwaltschaft",
        "so",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Zahl/NN/Case=Nom|Gender=Fem|Number=Sing der/ART/Case=Gen|Number=Plur "
            "Toten/NN/Case=Gen|Gender=Masc|Number=Plur "
            "stieg/VVFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=steigen nach/APPR "
            "offiziellen/ADJA/Case=Dat|Gender=Fem|Number=Plur "
            "Angaben/NN/Case=Dat|Gender=Fem|Number=Plur auf/APPR 30/CARD ./$.",
        ),
        "Indirect",
        "Die Zahl der Toten stieg | auf 30",
        "offiziellen Angaben",
        "nach",
    ),
    Case(
        (
            "Nach/APPR inoffiziellen/ADJA/Case=Dat|Gender=Fem|Number=Plur "
            "Angaben/NN/Case=Dat|Gender=Fem|Number=Plur "
            "starben/VVFIN/Mood=Ind|Number=Plur|Tense=Past|VerbForm=Fin/=sterben mehr/ADV "
            "als/KOUS 50/CARD Menschen/NN/Case=Nom|Gender=Masc|Number=Plur ./$.",
        ),
        "Indirect",
        "starben mehr als 50 Menschen",
        "inoffiziellen Angaben",
        "Nach",
    ),
    Case(
        (
            "„/$( Wir/PPER/Case=Nom|Number=Plur "
            "sind/VAFIN/Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin/=sein zufrieden/ADJD "
            "“/$( ,/$, teilte/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=teilen "
            "der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Konzern/NN/Case=Nom|Gender=Masc|Number=Sing mit/APPR ./$.",
        ),
        "Direct",
        "„Wir sind zufrieden“",
        "der Konzern",
        "teilte mit",
    ),
    Case(
        (
            "„/$( Wir/PPER/Case=Nom|Number=Plur "
            "bedauern/VVFIN/Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin "
            "den/ART/Case=Acc|Gender=Masc|Number=Sing "
            "Vorfall/NN/Case=Acc|Gender=Masc|Number=Sing “/$( ,/$, "
            "hieß/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=heißen "
            "es/PPER/Case=Nom|Gender=Neut|Number=Sing in/APPR "
            "der/ART/Case=Dat|Gender=Fem|Number=Sing "
            "Mitteilung/NN/Case=Dat|Gender=Fem|Number=Sing ./$.",
        ),
        "Direct",
        "„Wir bedauern den Vorfall“",
        "der Mitteilung",
        "hieß es",
    ),
    Case(
        (
            "„/$( Wir/PPER/Case=Nom|Number=Plur "
            "bedauern/VVFIN/Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin "
            "den/ART/Case=Acc|Gender=Masc|Number=Sing "
            "Vorfall/NN/Case=Acc|Gender=Masc|Number=Sing “/$( (/$( so/ADV "
            "die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Stadtverwaltung/NN/Case=Nom|Gender=Fem|Number=Sing )/$( ./$.",
        ),
        "Direct",
        "„Wir bedauern den Vorfall“",
        "die Stadtverwaltung",
        "so",
    ),
    Case(
        (
            "In/APPR der/ART/Case=Dat|Gender=Fem|Number=Sing "
            "Mitteilung/NN/Case=Dat|Gender=Fem|Number=Sing "
            "heißt/VVFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=heißen "
            "es/PPER/Case=Nom|Gender=Neut|Number=Sing :/$. „/$( "
            "Wir/PPER/Case=Nom|Number=Plur "
            "bedauern/VVFIN/Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin "
            "den/ART/Case=Acc|Gender=Masc|Number=Sing "
            "Vorfall/NN/Case=Acc|Gender=Masc|Number=Sing ./$. “/$(",
        ),
        "Direct",
        "„Wir bedauern den Vorfall.“",
        "der Mitteilung",
        "heißt es",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Polizei/NN/Case=Nom|Gender=Fem|Number=Sing "
            "teilte/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=teilen mit/APPR "
            ":/$. Der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Täter/NN/Case=Nom|Gender=Masc|Number=Sing "
            "ist/VAFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=sein "
            "gefasst/VVPP/VerbForm=Part/=fassen ./$.",
        ),
        "Indirect",
        "Der Täter ist gefasst",
        "Die Polizei",
        "teilte mit",
    ),
    Case(
        (
            "Dazu/PROAV der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Sprecher/NN/Case=Nom|Gender=Masc|Number=Sing :/$. „/$( "
            "Das/ART/Case=Nom|Gender=Neut|Number=Sing "
            "ist/VAFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=sein "
            "ein/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Skandal/NN/Case=Nom|Gender=Masc|Number=Sing ./$. “/$(",
        ),
        "Direct",
        "„Das ist ein Skandal.“",
        "der Sprecher",
        "",
    ),
    Case(
        (
            "Der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Sprecher/NN/Case=Nom|Gender=Masc|Number=Sing dazu/PROAV :/$. „/$( "
            "Das/ART/Case=Nom|Gender=Neut|Number=Sing "
            "ist/VAFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=sein "
            "ein/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Skandal/NN/Case=Nom|Gender=Masc|Number=Sing ./$. “/$(",
        ),
        "Direct",
        "„Das ist ein Skandal.“",
        "Der Sprecher",
        "",
    ),
    Case(
        (
            "„/$( Das/ART/Case=Nom|Gender=Neut|Number=Sing "
            "ist/VAFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=sein "
            "ein/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Skandal/NN/Case=Nom|Gender=Masc|Number=Sing “/$( ,/$, so/ADV "
            "der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Sprecher/NN/Case=Nom|Gender=Masc|Number=Sing "
            "der/ART/Case=Gen|Gender=Fem|Number=Sing "
            "Opposition/NN/Case=Gen|Gender=Fem|Number=Sing gegenüber/APPR "
            "der/ART/Case=Dat|Gender=Fem|Number=Sing "
            "Zeitung/NN/Case=Dat|Gender=Fem|Number=Sing ./$.",
        ),
        "Direct",
        "„Das ist ein Skandal“",
        "der Sprecher der Opposition",
        "so",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Stadt/NN/Case=Nom|Gender=Fem|Number=Sing "
            "teilte/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=teilen per/APPR "
            "Pressemitteilung/NN/Case=Dat|Gender=Fem|Number=Sing mit/APPR ,/$, "
            "die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Schule/NN/Case=Nom|Gender=Fem|Number=Sing "
            "bleibe/VVFIN/Mood=Sub|Number=Sing|Tense=Pres|VerbForm=Fin/=bleiben "
            "geschlossen/VVPP/VerbForm=Part/=schließen ./$.",
        ),
        "Indirect",
        "die Schule bleibe geschlossen",
        "Die Stadt",
        "teilte mit",
    ),
    Case(
        (
            "Wie/PWAV die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Stadt/NN/Case=Nom|Gender=Fem|Number=Sing per/APPR "
            "Pressemitteilung/NN/Case=Acc|Gender=Fem|Number=Sing "
            "mitteilte/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=mitteilen ,/$, "
            "bleibt/VVFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=bleiben "
            "die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Schule/NN/Case=Nom|Gender=Fem|Number=Sing "
            "geschlossen/VVPP/VerbForm=Part/=schließen ./$.",
        ),
        "Indirect",
        "bleibt die Schule geschlossen",
        "die Stadt",
        "mitteilte",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Schule/NN/Case=Nom|Gender=Fem|Number=Sing "
            "bleibt/VVFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=bleiben laut/APPR "
            "einer/ART/Case=Dat|Gender=Fem|Number=Sing "
            "Mitteilung/NN/Case=Dat|Gender=Fem|Number=Sing "
            "der/ART/Case=Gen|Gender=Fem|Number=Sing "
            "Stadt/NN/Case=Gen|Gender=Fem|Number=Sing "
            "vom/APPRART/Case=Dat|Gender=Masc|Number=Sing "
            "Montag/NN/Case=Dat|Gender=Masc|Number=Sing "
            "geschlossen/VVPP/VerbForm=Part/=schließen ./$.",
        ),
        "Indirect",
        "Die Schule bleibt | geschlossen",
        "einer Mitteilung der Stadt vom Montag",
        "laut",
    ),
    Case(
        (
            "Laut/APPR der/ART/Case=Dat|Gender=Fem|Number=Sing "
            "am/APPRART/Case=Dat|Gender=Masc|Number=Sing "
            "Montag/NN/Case=Dat|Gender=Masc|Number=Sing von/APPR "
            "der/ART/Case=Dat|Gender=Fem|Number=Sing "
            "Stadt/NN/Case=Dat|Gender=Fem|Number=Sing "
            "verbreiteten/ADJA/Case=Gen|Gender=Fem|Number=Sing "
            "Mitteilung/NN/Case=Gen|Gender=Fem|Number=Sing "
            "bleibt/VVFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=bleiben "
            "die/ART/Case=Acc|Gender=Fem|Number=Sing "
            "Schule/NN/Case=Acc|Gender=Fem|Number=Sing "
            "geschlossen/VVPP/VerbForm=Part/=schließen ./$.",
        ),
        "Indirect",
        "bleibt die Schule geschlossen",
        "der am Montag von der Stadt verbreiteten Mitteilung",
        "Laut",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Schule/NN/Case=Nom|Gender=Fem|Number=Sing "
            "bleibt/VVFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=bleiben nach/APPR "
            "Angaben/NN/Case=Dat|Gender=Fem|Number=Plur "
            "einer/ART/Case=Gen|Gender=Fem|Number=Sing "
            "Sprecherin/NN/Case=Gen|Gender=Fem|Number=Sing "
            "der/ART/Case=Gen|Gender=Fem|Number=Sing "
            "Stadt/NN/Case=Gen|Gender=Fem|Number=Sing "
            "geschlossen/VVPP/VerbForm=Part/=schließen ./$.",
        ),
        "Indirect",
        "Die Schule bleibt | geschlossen",
        "Angaben einer Sprecherin der Stadt",
        "nach",
    ),
    Case(
        (
            "Nach/APPR Angaben/NN/Case=Dat|Gender=Fem|Number=Plur von/APPR "
            "Augenzeugen/NN/Case=Dat|Gender=Fem|Number=Plur "
            "fielen/VVFIN/Mood=Ind|Number=Plur|Tense=Past|VerbForm=Fin/=fallen "
            "mehrere/PIAT/Case=Nom|Gender=Masc|Number=Plur "
            "Schüsse/NN/Case=Nom|Gender=Masc|Number=Plur ./$.",
        ),
        "Indirect",
        "fielen mehrere Schüsse",
        "Angaben von Augenzeugen",
        "Nach",
    ),
    Case(
        (
            "Mehrere/PIAT/Case=Nom|Gender=Masc|Number=Plur "
            "Schüsse/NN/Case=Nom|Gender=Masc|Number=Plur "
            "fielen/VVFIN/Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin/=fallen ,/$, "
            "berichteten/VVFIN/Mood=Ind|Number=Plur|Tense=Past|VerbForm=Fin/=berichten "
            "Augenzeugen/NN/Case=Nom|Gender=Masc|Number=Plur ./$.",
        ),
        "Indirect",
        "Mehrere Schüsse fielen",
        "Augenzeugen",
        "berichteten",
    ),
    Case(
        (
            "Augenzeugen/NN/Case=Nom|Gender=Neut|Number=Plur "
            "berichteten/VVFIN/Mood=Ind|Number=Plur|Tense=Past|VerbForm=Fin/=berichten "
            "von/APPR mehreren/PIAT/Case=Dat|Gender=Fem|Number=Plur "
            "Schüssen/NN/Case=Dat|Gender=Masc|Number=Plur ./$.",
        ),
        "Reported",
        "Augenzeugen berichteten von mehreren Schüssen.",
        "Augenzeugen",
        "",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Schule/NN/Case=Nom|Gender=Fem|Number=Sing "
            "bleibe/VVFIN/Mood=Sub|Number=Sing|Tense=Pres|VerbForm=Fin/=bleiben "
            "geschlossen/VVPP/VerbForm=Part/=schließen ,/$, "
            "teilte/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=teilen "
            "die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Stadt/NN/Case=Nom|Gender=Fem|Number=Sing "
            "am/APPRART/Case=Dat|Gender=Masc|Number=Sing "
            "Montag/NN/Case=Dat|Gender=Masc|Number=Sing in/APPR "
            "einer/ART/Case=Dat|Gender=Fem|Number=Sing "
            "Pressemitteilung/NN/Case=Dat|Gender=Fem|Number=Sing mit/APPR ./$.",
        ),
        "Indirect",
        "Die Schule bleibe geschlossen",
        "die Stadt",
        "teilte mit",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Schule/NN/Case=Nom|Gender=Fem|Number=Sing "
            "bleibt/VVFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=bleiben "
            "geschlossen/ADJD ,/$, so/ADV eine/ART/Case=Acc|Gender=Fem|Number=Sing "
            "Sprecherin/NN/Case=Acc|Gender=Fem|Number=Sing "
            "der/ART/Case=Gen|Gender=Fem|Number=Sing "
            "Stadt/NN/Case=Gen|Gender=Fem|Number=Sing auf/APPR "
            "Anfrage/NN/Case=Acc|Gender=Fem|Number=Sing ./$.",
        ),
        "Indirect",
        "Die Schule bleibt geschlossen",
        "eine Sprecherin der Stadt",
        "so",
    ),
    Case(
        (
            "Der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing "
            "will/VMFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=wollen "
            "zurücktreten/VVINF/VerbForm=Inf ./$.",
            "Dies/PDAT/Case=Nom|Gender=Neut|Number=Sing "
            "bestätigte/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=bestätigen "
            "am/APPRART/Case=Dat|Gender=Masc|Number=Sing "
            "Montag/NN/Case=Dat|Gender=Masc|Number=Sing auf/APPR "
            "Anfrage/NN/Case=Acc|Gender=Masc|Number=Sing "
            "ein/ART/Case=Acc|Gender=Masc|Number=Sing "
            "Sprecher/NN/Case=Acc|Gender=Masc|Number=Sing ./$.",
        ),
        "Indirect",
        "Der Minister will zurücktreten",
        "ein Sprecher",
        "bestätigte",
    ),
    Case(
        (
            "Der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing "
            "werde/VAFIN/Mood=Sub|Number=Sing|Tense=Pres|VerbForm=Fin/=werden "
            "zurücktreten/VVINF/VerbForm=Inf ,/$, "
            "hieß/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=heißen "
            "es/PPER/Case=Nom|Gender=Neut|Number=Sing "
            "am/APPRART/Case=Dat|Gender=Masc|Number=Sing "
            "Montag/NN/Case=Dat|Gender=Masc|Number=Sing aus/APPR "
            "dem/ART/Case=Dat|Gender=Neut|Number=Sing "
            "Innenministerium/NN/Case=Dat|Gender=Neut|Number=Sing ./$.",
        ),
        "Indirect",
        "Der Minister werde zurücktreten",
        "dem Innenministerium",
        "hieß es",
    ),
    Case(
        (
            "Der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing "
            "werde/VAFIN/Mood=Sub|Number=Sing|Tense=Pres|VerbForm=Fin/=werden "
            "zurücktreten/VVINF/VerbForm=Inf ,/$, "
            "hieß/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=heißen "
            "es/PPER/Case=Nom|Gender=Neut|Number=Sing "
            "am/APPRART/Case=Dat|Gender=Masc|Number=Sing "
            "Dienstag/NN/Case=Dat|Gender=Masc|Number=Sing in/APPR "
            "einer/ART/Case=Dat|Gender=Fem|Number=Sing "
            "Mitteilung/NN/Case=Dat|Gender=Fem|Number=Sing "
            "der/ART/Case=Gen|Gender=Fem|Number=Sing "
            "Partei/NN/Case=Gen|Gender=Fem|Number=Sing ./$.",
        ),
        "Indirect",
        "Der Minister werde zurücktreten",
        "einer Mitteilung der Partei",
        "hieß es",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Number=Plur Preise/NN/Case=Nom|Gender=Masc|Number=Plur "
            "steigen/VVFIN/Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin ./$.",
            "Das/ART/Case=Nom|Gender=Neut|Number=Sing "
            "teilte/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=teilen "
            "am/APPRART/Case=Dat|Gender=Masc|Number=Sing "
            "Freitag/NN/Case=Dat|Gender=Masc|Number=Sing in/APPR "
            "Wiesbaden/NE/Case=Dat|Gender=Neut|Number=Sing "
            "das/ART/Case=Acc|Gender=Fem|Number=Sing "
            "Statistische/ADJA/Case=Acc|Gender=Fem|Number=Sing "
            "Bundesamt/NN/Case=Acc|Gender=Fem|Number=Sing mit/APPR ./$.",
        ),
        "Indirect",
        "Die Preise steigen",
        "das Statistische Bundesamt",
        "teilte mit",
    ),
    Case(
        (
            "Der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing "
            "will/VMFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=wollen "
            "zurücktreten/VVINF/VerbForm=Inf ./$.",
            "Das/ART/Case=Nom|Gender=Neut|Number=Sing "
            "sagte/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=sagen "
            "er/PPER/Case=Nom|Gender=Masc|Number=Sing "
            "am/APPRART/Case=Dat|Gender=Masc|Number=Sing "
            "Montag/NN/Case=Dat|Gender=Masc|Number=Sing "
            "der/ART/Case=Gen|Gender=Fem|Number=Sing "
            "Zeitung/NN/Case=Gen|Gender=Fem|Number=Sing ./$.",
        ),
        "Indirect",
        "Der Minister will zurücktreten",
        "er",
        "sagte",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Firma/NN/Case=Nom|Gender=Fem|Number=Sing "
            "ist/VAFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=sein pleite/ADJD "
            "./$.",
            "Dies/PDAT/Case=Nom|Gender=Neut|Number=Sing "
            "geht/VVFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=gehen aus/APPR "
            "einem/ART/Case=Dat|Gender=Neut|Number=Sing "
            "am/APPRART/Case=Dat|Gender=Masc|Number=Sing "
            "Montag/NN/Case=Dat|Gender=Masc|Number=Sing "
            "veröffentlichten/ADJA/Case=Dat|Gender=Masc|Number=Sing "
            "Bericht/NN/Case=Dat|Gender=Masc|Number=Sing hervor/ADV ./$.",
        ),
        "Indirect",
        "Die Firma ist pleite",
        "einem am Montag veröffentlichten Bericht",
        "geht hervor",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Brücke/NN/Case=Nom|Gender=Fem|Number=Sing "
            "ist/VAFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=sein (/$( laut/APPR "
            "Stadtverwaltung/NN/Case=Dat|Gender=Fem|Number=Sing )/$( "
            "marode/ADJA/Case=Acc|Gender=Fem|Number=Sing ./$.",
        ),
        "Indirect",
        "Die Brücke ist | marode",
        "Stadtverwaltung",
        "laut",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Zahl/NN/Case=Nom|Gender=Fem|Number=Sing der/ART/Case=Gen|Number=Plur "
            "Toten/NN/Case=Gen|Gender=Masc|Number=Plur "
            "stieg/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=steigen (/$( "
            "nach/APPR Angaben/NN/Case=Dat|Gender=Fem|Number=Plur "
            "der/ART/Case=Gen|Gender=Fem|Number=Plur "
            "Behörden/NN/Case=Gen|Gender=Fem|Number=Plur )/$( auf/APPR 30/CARD ./$.",
        ),
        "Indirect",
        "Die Zahl der Toten stieg | auf 30",
        "Angaben der Behörden",
        "nach",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Brücke/NN/Case=Nom|Gender=Fem|Number=Sing "
            "ist/VAFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=sein (/$( so/ADV "
            "die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Stadtverwaltung/NN/Case=Nom|Gender=Fem|Number=Sing )/$( "
            "marode/ADJA/Case=Acc|Gender=Fem|Number=Sing ./$.",
        ),
        "Indirect",
        "Die Brücke ist | marode",
        "die Stadtverwaltung",
        "so",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Brücke/NN/Case=Nom|Gender=Fem|Number=Plur ,/$, "
            "die/PRELS/Case=Nom|Number=Plur (/$( laut/APPR "
            "Stadtverwaltung/NN/Case=Dat|Gender=Fem|Number=Sing )/$( "
            "marode/ADJA/Case=Nom|Gender=Fem "
            "ist/VAFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=sein ,/$, "
            "wird/VAFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=werden "
            "gesperrt/VVPP/VerbForm=Part/=sperren ./$.",
        ),
        "Indirect",
        "die | marode ist",
        "Stadtverwaltung",
        "laut",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Number=Sing Brücke/NN/Case=Nom|Gender=Fem|Number=Plur "
            "wird/VAFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=werden (/$( "
            "laut/APPR Stadtverwaltung/NN/Case=Dat|Gender=Fem|Number=Sing )/$( "
            "im/APPRART/Case=Dat|Gender=Masc|Number=Sing "
            "Mai/NN/Case=Dat|Gender=Masc|Number=Sing gesperrt/VVPP/VerbForm=Part/=sperren "
            ",/$, die/ART/Case=Nom|Number=Sing Straße/NN/Case=Nom|Gender=Fem|Number=Sing "
            "bleibt/VVFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=bleiben "
            "offen/ADJD ./$.",
        ),
        "Indirect",
        "Die Brücke wird | im Mai gesperrt",
        "Stadtverwaltung",
        "laut",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Firma/NN/Case=Nom|Gender=Fem|Number=Sing "
            "hat/VAFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=haben nach/APPR "
            "eigenen/ADJA/Case=Dat|Gender=Masc|Number=Plur "
            "Angaben/NN/Case=Dat|Gender=Fem|Number=Plur 500/CARD "
            "Mitarbeiter/NN/Case=Acc|Gender=Masc|Number=Plur entlassen/VVPP/VerbForm=Part "
            "./$.",
        ),
        "Indirect",
        "Die Firma hat | 500 Mitarbeiter entlassen",
        "eigenen Angaben",
        "nach",
    ),
    Case(
        (
            "Nach/APPR eigenen/ADJA/Case=Dat|Gender=Fem|Number=Plur "
            "Angaben/NN/Case=Dat|Gender=Fem|Number=Plur "
            "hat/VAFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=haben "
            "die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Firma/NN/Case=Nom|Gender=Fem|Number=Sing 500/CARD "
            "Mitarbeiter/NN/Case=Acc|Gender=Masc|Number=Plur entlassen/VVPP/VerbForm=Part "
            "./$.",
        ),
        "Indirect",
        "hat die Firma 500 Mitarbeiter entlassen",
        "eigenen Angaben",
        "Nach",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Brücke/NN/Case=Nom|Gender=Fem|Number=Sing "
            "ist/VAFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=sein "
            "marode/ADJA/Case=Nom|Gender=Fem|Number=Sing (/$( "
            "Angaben/NN/Case=Nom|Gender=Fem|Number=Plur "
            "der/ART/Case=Gen|Gender=Fem|Number=Sing "
            "Stadt/NN/Case=Gen|Gender=Fem|Number=Sing zufolge/APPO )/$( ./$.",
        ),
        "Indirect",
        "Die Brücke ist marode",
        "Angaben der Stadt",
        "zufolge",
    ),
    Case(
        (
            "Der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Täter/NN/Case=Nom|Gender=Masc|Number=Sing "
            "ist/VAFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=sein "
            "laut/ADJD/Number=Sing Polizei/NN/Case=Nom|Gender=Fem|Number=Sing 25/CARD "
            "Jahre/NN/Case=Acc|Gender=Neut|Number=Plur alt/ADJD und/KON "
            "stammt/VVFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=stammen aus/APPR "
            "Köln/NE/Case=Dat|Gender=Neut|Number=Sing ./$.",
        ),
        "Indirect",
        "Der Täter ist | 25 Jahre alt und stammt aus Köln",
        "Polizei",
        "laut",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Opposition/NN/Case=Nom|Gender=Fem|Number=Sing "
            "kritisierte/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=kritisieren "
            "den/ART/Case=Acc|Gender=Masc|Number=Sing "
            "Plan/NN/Case=Acc|Gender=Masc|Number=Sing ./$.",
            "Er/PPER/Case=Nom|Gender=Masc|Number=Sing "
            "sei/VAFIN/Mood=Sub|Number=Sing|Tense=Pres|VerbForm=Fin/=sein "
            "unausgegoren/ADJD ,/$, so/ADV die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Fraktionschefin/NN/Case=Nom|Gender=Fem|Number=Sing ./$.",
        ),
        "Indirect",
        "Er sei unausgegoren",
        "die Fraktionschefin",
        "so",
    ),
    Case(
        (
            "Wie/KOUS es/PPER/Case=Nom|Gender=Neut|Number=Sing aus/APPR "
            "Regierungskreisen/NN/Case=Dat|Gender=Masc|Number=Plur "
            "hieß/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=heißen ,/$, "
            "will/VMFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=wollen "
            "der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing zurücktreten/VVINF/VerbForm=Inf "
            "./$.",
        ),
        "Indirect",
        "will der Minister zurücktreten",
        "Regierungskreisen",
        "hieß",
    ),
    Case(
        (
            "Wie/KOUS es/PPER/Case=Nom|Gender=Neut|Number=Sing "
            "hieß/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=heißen ,/$, "
            "will/VMFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=wollen "
            "der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing zurücktreten/VVINF/VerbForm=Inf "
            "./$.",
        ),
        "Indirect",
        "will der Minister zurücktreten",
        None,
        "hieß",
    ),
    Case(
        (
            "Der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing "
            "will/VMFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=wollen ,/$, "
            "wie/KOUS es/PPER/Case=Nom|Gender=Neut|Number=Sing "
            "hieß/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=heißen ,/$, "
            "zurücktreten/VVFIN/Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin ./$.",
        ),
        "Indirect",
        "Der Minister will | zurücktreten",
        None,
        "hieß",
    ),
    Case(
        (
            "Der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing "
            "will/VMFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=wollen ,/$, so/ADV "
            "heißt/VVFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=heißen "
            "es/PPER/Case=Nom|Gender=Neut|Number=Sing ,/$, "
            "zurücktreten/VVFIN/Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin ./$.",
        ),
        "Indirect",
        "Der Minister will | zurücktreten",
        None,
        "heißt",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Polizei/NN/Case=Nom|Gender=Fem|Number=Sing "
            "teilte/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=teilen "
            "am/APPRART/Case=Dat|Gender=Masc|Number=Sing "
            "Abend/NN/Case=Dat|Gender=Masc|Number=Sing mit/APPR ,/$, dass/KOUS "
            "der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Täter/NN/Case=Nom|Gender=Masc|Number=Sing gefasst/VVPP/VerbForm=Part/=fassen "
            "worden/VAPP/VerbForm=Part/=werden "
            "sei/VAFIN/Mood=Sub|Number=Sing|Tense=Pres|VerbForm=Fin/=sein ./$.",
        ),
        "Indirect",
        "dass der Täter gefasst worden sei",
        "Die Polizei",
        "teilte mit",
    ),
    Case(
        (
            "Eine/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Sprecherin/NN/Case=Nom|Gender=Fem|Number=Sing "
            "bestätigte/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=bestätigen "
            "der/ART/Case=Dat|Gender=Fem|Number=Sing "
            "Zeitung/NN/Case=Dat|Gender=Fem|Number=Sing ,/$, dass/KOUS "
            "der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing zurücktreten/VVINF/VerbForm=Inf "
            "will/VMFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=wollen ./$.",
        ),
        "Indirect",
        "dass der Minister zurücktreten will",
        "Eine Sprecherin",
        "bestätigte",
    ),
    Case(
        (
            "Der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing "
            "will/VMFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=wollen ,/$, "
            "wie/KOUS er/PPER/Case=Nom|Gender=Masc|Number=Sing "
            "sagte/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=sagen ,/$, "
            "zurücktreten/VVFIN/Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin ./$.",
        ),
        "Indirect",
        "Der Minister will | zurücktreten",
        "er",
        "sagte",
    ),
    Case(
        (
            "Der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing "
            "will/VMFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=wollen ,/$, so/ADV "
            "sagte/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=sagen "
            "er/PPER/Case=Nom|Gender=Masc|Number=Sing ,/$, "
            "zurücktreten/VVFIN/Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin ./$.",
        ),
        "Indirect",
        "Der Minister will | zurücktreten",
        "er",
        "sagte",
    ),
    Case(
        (
            "Der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing "
            "wird/VAFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=werden ,/$, "
            "wie/KOUS es/PPER/Case=Nom|Gender=Neut|Number=Sing "
            "hieß/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=heißen ,/$, "
            "zurücktreten/VVFIN/Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin ./$.",
        ),
        "Indirect",
        "Der Minister wird | zurücktreten",
        None,
        "hieß",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Brücke/NN/Case=Nom|Gender=Fem|Number=Sing "
            "ist/VAFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=sein (/$( "
            "Angaben/NN/Case=Nom|Gender=Fem|Number=Plur "
            "der/ART/Case=Gen|Gender=Fem|Number=Sing "
            "Stadt/NN/Case=Gen|Gender=Fem|Number=Sing zufolge/APPO )/$( "
            "marode/ADJA/Case=Nom|Gender=Fem|Number=Sing ./$.",
        ),
        "Indirect",
        "Die Brücke ist | marode",
        "Angaben der Stadt",
        "zufolge",
    ),
    Case(
        (
            "Der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing "
            "soll/VMFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=sollen "
            "zurücktreten/VVINF/VerbForm=Inf "
            "wollen/VMFIN/Mood=Ind|Number=Plur|Tense=Pres|VerbForm=Fin ,/$, "
            "berichtet/VVFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=berichten "
            "die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Zeitung/NN/Case=Nom|Gender=Fem|Number=Sing unter/APPR "
            "Berufung/NN/Case=Dat|Gender=Fem|Number=Sing auf/APPR "
            "Parteikreise/NN/Case=Acc|Gender=Neut|Number=Sing ./$.",
        ),
        "Indirect",
        "Der Minister soll zurücktreten wollen",
        "die Zeitung",
        "berichtet",
    ),
    Case(
        (
            "Laut/APPR dpa-Informationen/NN/Case=Dat|Gender=Fem|Number=Plur "
            "will/VMFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=wollen "
            "der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing zurücktreten/VVINF/VerbForm=Inf "
            "./$.",
        ),
        "Indirect",
        "will der Minister zurücktreten",
        "dpa-Informationen",
        "Laut",
    ),
    Case(
        (
            "Nach/APPR dpa-Informationen/NN/Case=Dat|Gender=Fem|Number=Plur "
            "will/VMFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=wollen "
            "der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing zurücktreten/VVINF/VerbForm=Inf "
            "./$.",
        ),
        "Indirect",
        "will der Minister zurücktreten",
        "dpa-Informationen",
        "Nach",
    ),
    Case(
        (
            "Nach/APPR Informationen/NN/Case=Dat|Gender=Fem|Number=Plur von/APPR "
            "NDR/NE/Case=Dat|Gender=Neut|Number=Sing ,/$, "
            "WDR/NE/Case=Nom|Gender=Fem|Number=Sing und/KON „/$( "
            "Süddeutscher/ADJA/Case=Dat|Gender=Fem|Number=Sing "
            "Zeitung/NN/Case=Dat|Gender=Fem|Number=Sing “/$( "
            "will/VMFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=wollen "
            "der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing zurücktreten/VVINF/VerbForm=Inf "
            "./$.",
        ),
        "Indirect",
        "will der Minister zurücktreten",
        "Informationen von NDR, WDR und „Süddeutscher Zeitung“",
        "Nach",
    ),
    Case(
        (
            "Dem/ART/Case=Dat|Gender=Neut|Number=Sing "
            "Vernehmen/NN/Case=Dat|Gender=Neut|Number=Sing nach/APPR "
            "will/VMFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=wollen "
            "der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing zurücktreten/VVINF/VerbForm=Inf "
            "./$.",
        ),
        "Indirect",
        "will der Minister zurücktreten",
        "Dem Vernehmen",
        "nach",
    ),
    Case(
        (
            "Wie/PWAV "
            "verlautete/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=verlauten "
            ",/$, will/VMFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=wollen "
            "der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing zurücktreten/VVINF/VerbForm=Inf "
            "./$.",
        ),
        "Indirect",
        "will der Minister zurücktreten",
        None,
        "verlautete",
    ),
    Case(
        (
            "Wie/PWAV zu/PTKZU hören/VVINF/VerbForm=Inf "
            "war/VAFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=sein ,/$, "
            "will/VMFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=wollen "
            "der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing zurücktreten/VVINF/VerbForm=Inf "
            "./$.",
        ),
        "Indirect",
        "will der Minister zurücktreten",
        None,
        "hören",
    ),
    Case(
        (
            "Wie/PWAV die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Polizei/NN/Case=Nom|Gender=Fem|Number=Sing auf/APPR "
            "dpa-Anfrage/NN/Case=Acc|Gender=Fem|Number=Sing "
            "mitteilte/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=mitteilen ,/$, "
            "wurde/VAFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=werden "
            "niemand/PIS/Case=Nom|Number=Sing verletzt/VVPP/VerbForm=Part/=verletzen ./$.",
        ),
        "Indirect",
        "wurde niemand verletzt",
        "die Polizei",
        "mitteilte",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Zahl/NN/Case=Nom|Gender=Fem|Number=Sing der/ART/Case=Gen|Number=Plur "
            "Anträge/NN/Case=Gen|Gender=Fem|Number=Sing "
            "ist/VAFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=sein "
            "gestiegen/VVPP/VerbForm=Part/=steigen ./$.",
            "Das/ART/Case=Nom|Gender=Neut|Number=Sing "
            "geht/VVFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=gehen aus/APPR "
            "einer/ART/Case=Dat|Gender=Fem|Number=Sing "
            "Antwort/NN/Case=Dat|Gender=Fem|Number=Sing "
            "des/ART/Case=Gen|Gender=Neut|Number=Sing "
            "Ministeriums/NN/Case=Gen|Gender=Neut|Number=Sing auf/APPR "
            "eine/ART/Case=Acc|Gender=Fem|Number=Sing "
            "Anfrage/NN/Case=Acc|Gender=Fem|Number=Sing "
            "der/ART/Case=Gen|Gender=Fem|Number=Plur "
            "Grünen/NE/Case=Gen|Gender=Masc|Number=Plur hervor/ADV ./$.",
        ),
        "Indirect",
        "Die Zahl der Anträge ist gestiegen",
        "einer Antwort des Ministeriums auf eine Anfrage der Grünen",
        "geht hervor",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Stadt/NN/Case=Nom|Gender=Fem|Number=Sing "
            "bestätigte/VVFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=bestätigen "
            "auf/APPR Anfrage/NN/Case=Acc|Gender=Fem|Number=Sing ,/$, dass/KOUS "
            "die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Schule/NN/Case=Nom|Gender=Fem|Number=Sing "
            "geschlossen/VVPP/VerbForm=Part/=schließen "
            "bleibt/VVFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=bleiben ./$.",
        ),
        "Indirect",
        "dass die Schule geschlossen bleibt",
        "Die Stadt",
        "bestätigte",
    ),
    Case(
        (
            "Der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Schaden/NN/Case=Nom|Gender=Masc|Number=Sing "
            "beläuft/VVFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=belaufen "
            "sich/PRF/Case=Acc nach/APPR ersten/ADJA/Case=Dat|Gender=Fem|Number=Plur "
            "Schätzungen/NN/Case=Dat|Gender=Fem|Number=Plur auf/APPR "
            "eine/ART/Case=Acc|Gender=Fem|Number=Sing "
            "Million/NN/Case=Acc|Gender=Fem|Number=Sing "
            "Euro/NN/Case=Acc|Gender=Masc|Number=Sing ./$.",
        ),
        "Indirect",
        "Der Schaden beläuft sich | auf eine Million Euro",
        "ersten Schätzungen",
        "nach",
    ),
    Case(
        (
            "Die/ART/Case=Nom|Gender=Fem|Number=Sing "
            "Polizei/NN/Case=Nom|Gender=Fem|Number=Sing "
            "geht/VVFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=gehen von/APPR "
            "Brandstiftung/NN/Case=Dat|Gender=Fem|Number=Sing aus/APPR ./$.",
        ),
        "Reported",
        "Die Polizei geht von Brandstiftung aus.",
        "Die Polizei",
        "",
    ),
    Case(
        (
            "Wie/PWAV aus/APPR der/ART/Case=Dat|Gender=Fem|Number=Sing "
            "Partei/NN/Case=Dat|Gender=Fem|Number=Sing zu/PTKZU hören/VVINF/VerbForm=Inf "
            "war/VAFIN/Mood=Ind|Number=Sing|Tense=Past|VerbForm=Fin/=sein ,/$, "
            "will/VMFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=wollen "
            "der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing zurücktreten/VVINF/VerbForm=Inf "
            "./$.",
        ),
        "Indirect",
        "will der Minister zurücktreten",
        "der Partei",
        "hören",
    ),
    Case(
        (
            "Der/ART/Case=Nom|Gender=Masc|Number=Sing "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing "
            "will/VMFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=wollen "
            "zurücktreten/VVINF/VerbForm=Inf ,/$, wie/KON aus/APPR "
            "Parteikreisen/NN/Case=Dat|Gender=Neut|Number=Plur zu/PTKZU "
            "hören/VVINF/VerbForm=Inf "
            "ist/VAFIN/Mood=Ind|Number=Sing|Tense=Pres|VerbForm=Fin/=sein ./$.",
        ),
        "Indirect",
        "Der Minister will zurücktreten",
        "Parteikreisen",
        "hören",
    ),
]


def _claims(case: Case) -> list[tuple[str, str, str | None, str]]:
    doc = hand_tagged([list(case.sentences)], STTS_TO_UPOS, glue_punctuation=True)
    text = doc.text
    out = []
    for f in doc.layers[LAYER]:
        content = " | ".join(text[s:e] for s, e in f.parts)
        speaker = text[f.speaker[0] : f.speaker[1]] if f.speaker else None
        out.append((f.kind, content, speaker, " ".join(text[s:e] for s, e in f.cue)))
    return out


#: constructions still read wrongly, by the first words of the case (measured and rejected
#: rules; not strict, so a later general fix shows as XPASS and its mark can go)
_GAPS = {
    "Der Konzern will 500 Stellen streichen . Davon": (
        "`Davon geht X aus`: a back-pointing frame was measured and rejected (dev drop)"
    ),
}


def _params() -> list[object]:
    out: list[object] = []
    for case in CASES:
        words = " ".join(w.split("/")[0] for s in case.sentences for w in s.split(" "))
        reason = next((r for k, r in _GAPS.items() if words.startswith(k)), None)
        marks = [pytest.mark.xfail(reason=reason, strict=False)] if reason else []
        out.append(pytest.param(case, id=" ".join(words.split(" ")[:10]), marks=marks))
    return out


@pytest.mark.parametrize("case", _params())
def test_frame_or_source_phrase_is_read(case: Case) -> None:
    claims = _claims(case)
    wanted = (case.form, case.content, case.speaker)
    match = [c for c in claims if c[:3] == wanted]
    assert match, f"{wanted} not among {claims}"
    assert all(w in match[0][3].split() for w in case.cue.split()), match[0][3]
