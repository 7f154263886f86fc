"""Coverage checklist of reported speech acts in everyday German news copy (session 9).

A reported speech act names what someone said or did by speaking without giving its content
(`Der Verband forderte den Rücktritt des Ministers.`, `X kündigte Widerstand an.`, `X sprach
sich gegen … aus.`, `X warnte vor …`, `X rief zur Ruhe auf.`): a record claim of form
`reported` whose content is the clause, the speaker its subject, the cue its finite verb.
Invented sentences, tagged as the nlp stage tags them (written ``word/TAG[/Feat=Val|...]
[/=lemma]``), so the rules meet the tagger's mistakes.  Each case says whether the claim also
belongs to the evaluation layer: bare denials (`wies … zurück`, `dementierte`, `lehnte … ab`)
are record claims outside it (docs/claims.md, "Forms").  ``NO_CLAIM`` keeps the verbs the
annotation scheme does not count as reported speech without an evaluation or a content
(`kritisierte die Pläne`, `bestätigte den Vorfall`, `begrüßte`, `verteidigte`, `versprach`;
measured and rejected in earlier rounds)."""

from __future__ import annotations

from typing import NamedTuple

import pytest
from claims_docs import hand_tagged, layer

from newsgraph.claims.stage import analyse
from newsgraph.doc import Doc


class Case(NamedTuple):
    sentences: tuple[str, ...]
    form: str
    content: str
    speaker: str
    cue: str
    in_layer: bool


CASES = [
    Case(
        (
            "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Verband/NN/Case=Nom|Gender=Masc|Number=Sing "
            "forderte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=fordern "
            "den/ART/Case=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Rücktritt/NN/Case=Acc|Gender=Masc|Number=Sing "
            "des/ART/Case=Gen|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Ministers/NN/Case=Gen|Gender=Masc|Number=Sing/=Minister ./$.",
        ),
        "reported",
        "Der Verband forderte den Rücktritt des Ministers.",
        "Der Verband",
        "forderte",
        True,
    ),
    Case(
        (
            "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing "
            "wies/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=weisen "
            "die/ART/Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Vorwürfe/NN/Case=Acc|Gender=Fem|Number=Sing/=Vorwurf zurück/ADV/Degree=Pos ./$.",
        ),
        "reported",
        "Der Minister wies die Vorwürfe zurück.",
        "Der Minister",
        "wies",
        False,
    ),
    Case(
        (
            "Das/ART/Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art/=der "
            "Unternehmen/NN/Case=Nom|Gender=Neut|Number=Sing "
            "dementierte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=dementieren "
            "den/ART/Case=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Bericht/NN/Case=Acc|Gender=Masc|Number=Sing ./$.",
        ),
        "reported",
        "Das Unternehmen dementierte den Bericht.",
        "Das Unternehmen",
        "dementierte",
        False,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Gewerkschaft/NN/Case=Nom|Gender=Fem|Number=Sing "
            "kündigte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=kündigen "
            "Widerstand/NN/Case=Acc|Gender=Masc|Number=Sing an/APPR ./$.",
        ),
        "reported",
        "Die Gewerkschaft kündigte Widerstand an.",
        "Die Gewerkschaft",
        "kündigte",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Stadtverwaltung/NN/Case=Nom|Gender=Fem|Number=Sing "
            "lehnte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=lehnen "
            "das/ART/Case=Acc|Definite=Def|Gender=Neut|Number=Sing|PronType=Art/=der "
            "Angebot/NN/Case=Acc|Gender=Neut|Number=Sing ab/PTKVZ ./$.",
        ),
        "reported",
        "Die Stadtverwaltung lehnte das Angebot ab.",
        "Die Stadtverwaltung",
        "lehnte",
        False,
    ),
    Case(
        (
            "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Ärzteverband/NN/Case=Nom|Gender=Masc|Number=Sing "
            "warnte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=warnen "
            "vor/APPR den/ART/Case=Dat|Definite=Def|Number=Plur|PronType=Art/=der "
            "Folgen/NN/Case=Dat|Gender=Fem|Number=Plur/=Folge "
            "der/ART/Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art "
            "Reform/NN/Case=Gen|Gender=Fem|Number=Sing ./$.",
        ),
        "reported",
        "Der Ärzteverband warnte vor den Folgen der Reform.",
        "Der Ärzteverband",
        "warnte",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Polizei/NN/Case=Nom|Gender=Fem|Number=Sing "
            "rief/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=rufen "
            "zur/APPRART/Case=Dat|Gender=Fem|Number=Sing/=zu "
            "Ruhe/NN/Case=Dat|Gender=Fem|Number=Sing auf/APPR ./$.",
        ),
        "reported",
        "Die Polizei rief zur Ruhe auf.",
        "Die Polizei",
        "rief",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Bürgermeisterin/NN/Case=Nom|Gender=Fem|Number=Sing "
            "sprach/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=sprechen "
            "sich/PRF/Case=Acc|Person=3|PronType=Prs für/APPR "
            "den/ART/Case=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Neubau/NN/Case=Acc|Gender=Masc|Number=Sing aus/APPR ./$.",
        ),
        "reported",
        "Die Bürgermeisterin sprach sich für den Neubau aus.",
        "Die Bürgermeisterin",
        "sprach",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Number=Plur|PronType=Art/=der "
            "Grünen/NE/Case=Nom|Number=Plur/=Grüne "
            "sprachen/VVFIN/Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin/=sprechen "
            "sich/PRF/Case=Acc|Person=3|PronType=Prs gegen/APPR "
            "die/ART/Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Verlängerung/NN/Case=Acc|Gender=Fem|Number=Sing aus/APPR ./$.",
        ),
        "reported",
        "Die Grünen sprachen sich gegen die Verlängerung aus.",
        "Die Grünen",
        "sprachen",
        True,
    ),
    Case(
        (
            "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Konzern/NN/Case=Nom|Gender=Masc|Number=Sing "
            "räumte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=räumen "
            "Fehler/NN/Case=Nom|Gender=Masc|Number=Sing ein/ADV ./$.",
        ),
        "reported",
        "Der Konzern räumte Fehler ein.",
        "Der Konzern",
        "räumte",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Umweltschützer/NN/Case=Nom|Gender=Masc|Number=Plur "
            "drohten/VVFIN/Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin/=drohen "
            "mit/APPR "
            "einer/ART/Case=Dat|Definite=Ind|Gender=Fem|Number=Sing|PronType=Art/=ein "
            "Klage/NN/Case=Dat|Gender=Fem|Number=Sing ./$.",
        ),
        "reported",
        "Die Umweltschützer drohten mit einer Klage.",
        "Die Umweltschützer",
        "drohten",
        True,
    ),
    Case(
        (
            "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Trainer/NN/Case=Nom|Gender=Masc|Number=Sing "
            "lobte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=loben "
            "die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Mannschaft/NN/Case=Nom|Gender=Fem|Number=Sing ./$.",
        ),
        "reported",
        "Der Trainer lobte die Mannschaft.",
        "Der Trainer",
        "lobte",
        True,
    ),
    Case(
        (
            "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Landrat/NN/Case=Nom|Gender=Masc|Number=Sing "
            "begrüßte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=begrüßen "
            "den/ART/Case=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Beschluss/NN/Case=Acc|Gender=Masc|Number=Sing/=Beschluß und/KON "
            "kündigte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=kündigen "
            "an/APPR ,/$, die/ART/Case=Acc|Definite=Def|Number=Plur|PronType=Art/=der "
            "Schulen/NN/Case=Acc|Gender=Fem|Number=Plur/=Schule zu/PTKZU "
            "sanieren/VVINF/VerbForm=Inf ./$.",
        ),
        "indirect",
        "die Schulen zu sanieren",
        "Der Landrat",
        "kündigte",
        True,
    ),
    Case(
        (
            "Am/APPRART/Case=Dat|Gender=Masc|Number=Sing/=an "
            "Montag/NN/Case=Dat|Gender=Masc|Number=Sing "
            "kündigte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=kündigen "
            "die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Bahn/NN/Case=Nom|Gender=Fem|Number=Sing "
            "neue/ADJA/Case=Acc|Degree=Pos|Gender=Fem|Number=Plur/=neu "
            "Streiks/NN/Case=Acc|Gender=Masc|Number=Plur/=Streik an/APPR ./$.",
        ),
        "reported",
        "Am Montag kündigte die Bahn neue Streiks an.",
        "die Bahn",
        "kündigte",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Gewerkschaft/NN/Case=Nom|Gender=Fem|Number=Sing "
            "Verdi/NE/Case=Nom|Gender=Masc|Number=Sing "
            "forderte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=fordern "
            "höhere/ADJA/Case=Acc|Degree=Pos|Gender=Fem|Number=Plur/=hoch "
            "Löhne/NN/Case=Acc|Gender=Fem|Number=Plur/=Lohn ./$.",
        ),
        "reported",
        "Die Gewerkschaft Verdi forderte höhere Löhne.",
        "Die Gewerkschaft Verdi",
        "forderte",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Opposition/NN/Case=Nom|Gender=Fem|Number=Sing "
            "warf/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=werfen "
            "der/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art "
            "Regierung/NN/Case=Nom|Gender=Fem|Number=Sing "
            "Versagen/NN/Case=Gen|Gender=Fem|Number=Sing vor/APPR ./$.",
        ),
        "reported",
        "Die Opposition warf der Regierung Versagen vor.",
        "Die Opposition",
        "warf",
        True,
    ),
    Case(
        (
            "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Bürgermeister/NN/Case=Nom|Gender=Masc|Number=Sing "
            "appellierte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=appellieren "
            "an/APPR die/ART/Case=Acc|Definite=Def|Gender=Fem|Number=Plur|PronType=Art/=der "
            "Bürger/NN/Case=Acc|Gender=Masc|Number=Plur ./$.",
        ),
        "reported",
        "Der Bürgermeister appellierte an die Bürger.",
        "Der Bürgermeister",
        "appellierte",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Polizei/NN/Case=Nom|Gender=Fem|Number=Sing "
            "warnte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=warnen "
            "vor/APPR Glatteis/NN/Case=Dat|Gender=Masc|Number=Sing ./$.",
        ),
        "reported",
        "Die Polizei warnte vor Glatteis.",
        "Die Polizei",
        "warnte",
        True,
    ),
    Case(
        (
            "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Verband/NN/Case=Nom|Gender=Masc|Number=Sing "
            "kritisierte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=kritisieren "
            ",/$, dass/KOUS "
            "die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Regierung/NN/Case=Nom|Gender=Fem|Number=Sing zu/APPR spät/ADV/Degree=Pos "
            "gehandelt/VVPP/VerbForm=Part/=handeln "
            "habe/VAFIN/Mood=Sub|Number=Sing|Person=3|Subj=I|Tense=Pres|VerbForm=Fin/=haben "
            "./$.",
        ),
        "indirect",
        "dass die Regierung zu spät gehandelt habe",
        "Der Verband",
        "kritisierte",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Ärztin/NN/Case=Nom|Gender=Masc|Number=Sing "
            "Anna/NE/Case=Nom|Gender=Fem|Number=Sing Berg/NE/Case=Nom|Gender=Masc|Number=Sing "
            "forderte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=fordern "
            "mehr/PIAT/Case=Acc|Gender=Neut|Number=Sing|PronType=Ind "
            "Personal/NN/Case=Acc|Gender=Neut|Number=Sing für/APPR "
            "die/ART/Case=Acc|Definite=Def|Number=Plur|PronType=Art/=der "
            "Kliniken/NN/Case=Acc|Gender=Fem|Number=Plur/=Klinik ./$.",
        ),
        "reported",
        "Die Ärztin Anna Berg forderte mehr Personal für die Kliniken.",
        "Die Ärztin Anna Berg",
        "forderte",
        True,
    ),
    Case(
        (
            "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Bürgermeister/NN/Case=Nom|Gender=Masc|Number=Sing "
            "lehnte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=lehnen "
            "einen/ART/Case=Acc|Definite=Ind|Gender=Masc|Number=Sing|PronType=Art/=ein "
            "Rücktritt/NN/Case=Acc|Gender=Masc|Number=Sing ab/PTKVZ ./$.",
        ),
        "reported",
        "Der Bürgermeister lehnte einen Rücktritt ab.",
        "Der Bürgermeister",
        "lehnte",
        False,
    ),
    Case(
        (
            "Am/APPRART/Case=Dat|Gender=Masc|Number=Sing/=an "
            "Freitag/NN/Case=Dat|Gender=Masc|Number=Sing "
            "wies/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=weisen "
            "das/ART/Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art/=der "
            "Ministerium/NN/Case=Nom|Gender=Neut|Number=Sing "
            "den/ART/Case=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Bericht/NN/Case=Acc|Gender=Masc|Number=Sing als/KON falsch/ADJD/Degree=Pos "
            "zurück/ADV/Degree=Pos ./$.",
        ),
        "reported",
        "Am Freitag wies das Ministerium den Bericht als falsch zurück.",
        "das Ministerium",
        "wies",
        False,
    ),
    Case(
        (
            "Er/PPER/Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs/=er "
            "forderte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=fordern "
            "den/ART/Case=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Rücktritt/NN/Case=Acc|Gender=Masc|Number=Sing "
            "des/ART/Case=Gen|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Ministers/NN/Case=Gen|Gender=Masc|Number=Sing/=Minister ./$.",
        ),
        "reported",
        "Er forderte den Rücktritt des Ministers.",
        "Er",
        "forderte",
        True,
    ),
    Case(
        (
            "Sie/PPER/Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs/=sie "
            "kündigte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=kündigen "
            "Widerstand/NN/Case=Acc|Gender=Masc|Number=Sing an/APPR ./$.",
        ),
        "reported",
        "Sie kündigte Widerstand an.",
        "Sie",
        "kündigte",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Gewerkschaft/NN/Case=Nom|Gender=Fem|Number=Sing "
            "fordert/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin/=fordern "
            "höhere/ADJA/Case=Acc|Degree=Cmp|Gender=Fem|Number=Plur/=hoch "
            "Löhne/NN/Case=Acc|Gender=Fem|Number=Plur/=Lohn ./$.",
        ),
        "reported",
        "Die Gewerkschaft fordert höhere Löhne.",
        "Die Gewerkschaft",
        "fordert",
        True,
    ),
    Case(
        (
            "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Verband/NN/Case=Nom|Gender=Masc|Number=Sing "
            "warnt/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin/=warnen "
            "vor/APPR den/ART/Case=Dat|Definite=Def|Number=Plur|PronType=Art/=der "
            "Folgen/NN/Case=Dat|Gender=Fem|Number=Plur/=Folge ./$.",
        ),
        "reported",
        "Der Verband warnt vor den Folgen.",
        "Der Verband",
        "warnt",
        True,
    ),
    Case(
        (
            "Am/APPRART/Case=Dat|Gender=Masc|Number=Sing/=an "
            "Montag/NN/Case=Dat|Gender=Masc|Number=Sing "
            "forderte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=fordern "
            "der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art "
            "Verband/NN/Case=Nom|Gender=Masc|Number=Sing "
            "den/ART/Case=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Rücktritt/NN/Case=Acc|Gender=Masc|Number=Sing "
            "des/ART/Case=Gen|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Ministers/NN/Case=Gen|Gender=Masc|Number=Sing/=Minister ./$.",
        ),
        "reported",
        "Am Montag forderte der Verband den Rücktritt des Ministers.",
        "der Verband",
        "forderte",
        True,
    ),
    Case(
        (
            "Zugleich/ADV/Degree=Pos/=zugleich "
            "warnte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=warnen "
            "die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Ministerin/NN/Case=Nom|Gender=Fem|Number=Sing vor/APPR "
            "überzogenen/ADJA/Case=Dat|Degree=Pos|Gender=Fem|Number=Plur/=überzogen "
            "Erwartungen/NN/Case=Dat|Gender=Fem|Number=Plur/=Erwartung ./$.",
        ),
        "reported",
        "Zugleich warnte die Ministerin vor überzogenen Erwartungen.",
        "die Ministerin",
        "warnte",
        True,
    ),
    Case(
        (
            "Außerdem/PROAV/Degree=Pos/=außerdem "
            "kündigte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=kündigen "
            "das/ART/Case=Nom|Definite=Def|Gender=Neut|Number=Sing|PronType=Art/=der "
            "Unternehmen/NN/Case=Nom|Gender=Neut|Number=Sing "
            "den/ART/Case=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Abbau/NN/Case=Acc|Gender=Masc|Number=Sing von/APPR 500/CARD "
            "Stellen/NN/Case=Dat|Gender=Fem|Number=Plur/=Stelle an/APPR ./$.",
        ),
        "reported",
        "Außerdem kündigte das Unternehmen den Abbau von 500 Stellen an.",
        "das Unternehmen",
        "kündigte",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Opposition/NN/Case=Nom|Gender=Fem|Number=Sing "
            "kritisierte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=kritisieren "
            "die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Pläne/NN/Case=Nom|Gender=Masc|Number=Plur/=Plan scharf/ADJD/Degree=Pos und/KON "
            "forderte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=fordern "
            "einen/ART/Case=Acc|Definite=Ind|Gender=Masc|Number=Sing|PronType=Art/=ein "
            "Neuanfang/NN/Case=Acc|Gender=Masc|Number=Sing ./$.",
        ),
        "reported",
        "Die Opposition kritisierte die Pläne scharf und forderte einen Neuanfang.",
        "Die Opposition",
        "forderte",
        True,
    ),
    Case(
        (
            "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Bürgermeister/NN/Case=Nom|Gender=Masc|Number=Sing "
            "warnte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=warnen "
            "vor/APPR Panik/NN/Case=Acc|Gender=Fem|Number=Sing und/KON "
            "rief/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=rufen "
            "die/ART/Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Bürger/NN/Case=Acc|Gender=Masc|Number=Plur "
            "zur/APPRART/Case=Dat|Gender=Fem|Number=Sing/=zu "
            "Besonnenheit/NN/Case=Dat|Gender=Fem|Number=Sing auf/APPR ./$.",
        ),
        "reported",
        "Der Bürgermeister warnte vor Panik und rief die Bürger zur Besonnenheit auf.",
        "Der Bürgermeister",
        "warnte",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Gewerkschaft/NN/Case=Nom|Gender=Fem|Number=Sing "
            "drohte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=drohen "
            "mit/APPR Streiks/NN/Case=Dat|Gender=Fem|Number=Sing/=Streik ,/$, "
            "sollte/VMFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=sollen "
            "es/PPER/Case=Nom|Gender=Neut|Number=Sing|Person=3|PronType=Prs "
            "keine/PIAT/Case=Acc|Gender=Fem|Number=Sing|PronType=Neg/=kein "
            "Einigung/NN/Case=Acc|Gender=Fem|Number=Sing geben/VVINF/VerbForm=Inf ./$.",
        ),
        "reported",
        "Die Gewerkschaft drohte mit Streiks, sollte es keine Einigung geben.",
        "Die Gewerkschaft",
        "drohte",
        True,
    ),
    Case(
        (
            "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing "
            "sprach/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=sprechen "
            "von/APPR "
            "einem/ART/Case=Dat|Definite=Ind|Gender=Masc|Number=Sing|PronType=Art/=ein "
            "großen/ADJA/Case=Dat|Degree=Pos|Gender=Masc|Number=Sing/=groß "
            "Erfolg/NN/Case=Dat|Gender=Masc|Number=Sing ./$.",
        ),
        "reported",
        "Der Minister sprach von einem großen Erfolg.",
        "Der Minister",
        "sprach",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Ministerin/NN/Case=Nom|Gender=Fem|Number=Sing "
            "kündigte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=kündigen "
            "am/APPRART/Case=Dat|Gender=Masc|Number=Sing/=an "
            "Dienstag/NN/Case=Dat|Gender=Masc|Number=Sing in/APPR "
            "Berlin/NE/Case=Dat|Gender=Neut|Number=Sing "
            "ein/ART/Case=Acc|Definite=Ind|Gender=Neut|Number=Sing|PronType=Art "
            "neues/ADJA/Case=Acc|Degree=Pos|Gender=Neut|Number=Sing/=neu "
            "Gesetz/NN/Case=Acc|Gender=Neut|Number=Sing an/APPR ./$.",
        ),
        "reported",
        "Die Ministerin kündigte am Dienstag in Berlin ein neues Gesetz an.",
        "Die Ministerin",
        "kündigte",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Bundesregierung/NN/Case=Nom|Gender=Fem|Number=Sing "
            "verurteilte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=verurteilen "
            "den/ART/Case=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Anschlag/NN/Case=Acc|Gender=Masc|Number=Sing als/KON "
            "feigen/ADJA/Case=Dat|Degree=Pos|Gender=Masc|Number=Sing/=feig "
            "Akt/NN/Case=Acc|Gender=Masc|Number=Sing ./$.",
        ),
        "reported",
        "Die Bundesregierung verurteilte den Anschlag als feigen Akt.",
        "Die Bundesregierung",
        "verurteilte",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Opposition/NN/Case=Nom|Gender=Fem|Number=Sing "
            "kritisierte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=kritisieren "
            "die/ART/Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Pläne/NN/Case=Acc|Gender=Masc|Number=Plur/=Plan als/KON unsozial/ADJD/Degree=Pos "
            "./$.",
        ),
        "reported",
        "Die Opposition kritisierte die Pläne als unsozial.",
        "Die Opposition",
        "kritisierte",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Opposition/NN/Case=Nom|Gender=Fem|Number=Sing "
            "warf/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=werfen "
            "dem/ART/Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Minister/NN/Case=Dat|Gender=Masc|Number=Sing "
            "Untätigkeit/NN/Case=Dat|Gender=Fem|Number=Sing vor/APPR ./$.",
            "Er/PPER/Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs/=er "
            "habe/VAFIN/Mood=Sub|Number=Sing|Person=3|Subj=I|Tense=Pres|VerbForm=Fin/=haben "
            "die/ART/Case=Acc|Definite=Def|Number=Plur|PronType=Art/=der "
            "Warnungen/NN/Case=Acc|Gender=Fem|Number=Plur/=Warnung "
            "ignoriert/VVPP/VerbForm=Part/=ignorieren ./$.",
        ),
        "reported",
        "Die Opposition warf dem Minister Untätigkeit vor.",
        "Die Opposition",
        "warf",
        True,
    ),
    Case(
        (
            "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Konzernchef/NN/Case=Nom|Gender=Masc|Number=Sing "
            "räumte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=räumen "
            "am/APPRART/Case=Dat|Gender=Masc|Number=Sing/=an "
            "Mittwoch/NN/Case=Dat|Gender=Masc|Number=Sing "
            "Fehler/NN/Case=Nom|Gender=Masc|Number=Sing ein/ADV ./$.",
        ),
        "reported",
        "Der Konzernchef räumte am Mittwoch Fehler ein.",
        "Der Konzernchef",
        "räumte",
        True,
    ),
    Case(
        (
            "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Vorstand/NN/Case=Nom|Gender=Masc|Number=Sing "
            "kündigte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=kündigen "
            "an/APPR ,/$, 200/CARD Stellen/NN/Case=Acc|Gender=Neut|Number=Plur/=Stelle "
            "zu/PTKZU streichen/VVINF/VerbForm=Inf ./$.",
        ),
        "indirect",
        "200 Stellen zu streichen",
        "Der Vorstand",
        "kündigte",
        True,
    ),
    Case(
        (
            "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Ministerpräsident/NN/Case=Nom|Gender=Masc|Number=Sing "
            "lehnte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=lehnen "
            "den/ART/Case=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Vorschlag/NN/Case=Acc|Gender=Masc|Number=Sing "
            "entschieden/VVFIN/Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin/=entscheiden "
            "ab/PTKVZ ./$.",
        ),
        "reported",
        "Der Ministerpräsident lehnte den Vorschlag entschieden ab.",
        "Der Ministerpräsident",
        "lehnte",
        False,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Polizei/NN/Case=Nom|Gender=Fem|Number=Sing "
            "rief/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=rufen "
            "die/ART/Case=Acc|Definite=Def|Number=Sing|PronType=Art/=der "
            "Anwohner/NN/Case=Acc|Gender=Masc|Number=Plur auf/APPR ,/$, "
            "Fenster/NN/Case=Nom|Gender=Masc|Number=Sing und/KON "
            "Türen/NN/Case=Dat|Gender=Fem|Number=Plur/=Tür "
            "geschlossen/VVPP/VerbForm=Part/=schließen zu/PTKZU halten/VVINF/VerbForm=Inf "
            "./$.",
        ),
        "indirect",
        "Fenster und Türen geschlossen zu halten",
        "Die Polizei",
        "rief",
        True,
    ),
    Case(
        (
            "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Kanzler/NN/Case=Nom|Gender=Masc|Number=Sing "
            "sprach/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=sprechen "
            "sich/PRF/Case=Acc|Person=3|PronType=Prs für/APPR "
            "eine/ART/Case=Acc|Definite=Ind|Gender=Fem|Number=Sing|PronType=Art/=ein "
            "Verlängerung/NN/Case=Acc|Gender=Fem|Number=Sing "
            "der/ART/Case=Gen|Definite=Def|Number=Plur|PronType=Art "
            "Hilfen/NN/Case=Gen|Gender=Fem|Number=Plur/=Hilfe aus/APPR ./$.",
        ),
        "reported",
        "Der Kanzler sprach sich für eine Verlängerung der Hilfen aus.",
        "Der Kanzler",
        "sprach",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Number=Plur|PronType=Art/=der "
            "Eltern/NN/Case=Nom|Gender=Fem|Number=Plur "
            "protestierten/VVFIN/Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin/=protestieren "
            "gegen/APPR "
            "die/ART/Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Schließung/NN/Case=Acc|Gender=Fem|Number=Sing "
            "der/ART/Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art "
            "Schule/NN/Case=Gen|Gender=Fem|Number=Sing ./$.",
        ),
        "reported",
        "Die Eltern protestierten gegen die Schließung der Schule.",
        "Die Eltern",
        "protestierten",
        True,
    ),
    Case(
        (
            "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Verband/NN/Case=Nom|Gender=Masc|Number=Sing "
            "appellierte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=appellieren "
            "an/APPR die/ART/Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Politik/NN/Case=Acc|Gender=Fem|Number=Sing ,/$, schnell/ADJD/Degree=Pos zu/PTKZU "
            "handeln/VVINF/VerbForm=Inf ./$.",
        ),
        "indirect",
        "schnell zu handeln",
        "Der Verband",
        "appellierte",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Staatsanwaltschaft/NN/Case=Nom|Gender=Fem|Number=Sing "
            "ermittelt/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin/=ermitteln "
            "gegen/APPR "
            "den/ART/Case=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Bürgermeister/NN/Case=Acc|Gender=Masc|Number=Sing ./$.",
            "Dieser/PDAT/Case=Nom|Gender=Masc|Number=Sing|PronType=Dem/=dieser "
            "wies/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=weisen "
            "die/ART/Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Vorwürfe/NN/Case=Acc|Gender=Fem|Number=Sing/=Vorwurf zurück/ADV/Degree=Pos ./$.",
        ),
        "reported",
        "Dieser wies die Vorwürfe zurück.",
        "Dieser",
        "wies",
        False,
    ),
    Case(
        (
            "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Bürgermeister/NN/Case=Nom|Gender=Masc|Number=Sing "
            "forderte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=fordern "
            "von/APPR der/ART/Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art "
            "Landesregierung/NN/Case=Dat|Gender=Fem|Number=Sing "
            "mehr/PIAT/Case=Gen|Gender=Neut|Number=Sing|PronType=Ind "
            "Geld/NN/Case=Gen|Gender=Neut|Number=Sing für/APPR "
            "die/ART/Case=Acc|Definite=Def|Number=Plur|PronType=Art/=der "
            "Schulen/NN/Case=Acc|Gender=Fem|Number=Plur/=Schule ./$.",
        ),
        "reported",
        "Der Bürgermeister forderte von der Landesregierung mehr Geld für die Schulen.",
        "Der Bürgermeister",
        "forderte",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Lehrer/NN/Case=Nom|Gender=Masc|Number=Plur "
            "forderten/VVFIN/Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin/=fordern "
            "bessere/ADJA/Case=Acc|Degree=Cmp|Gender=Masc|Number=Plur/=gut "
            "Bedingungen/NN/Case=Acc|Gender=Fem|Number=Plur/=Bedingung ./$.",
            "Auch/ADV/=auch die/ART/Case=Nom|Definite=Def|Number=Plur|PronType=Art/=der "
            "Eltern/NN/Case=Nom|Number=Plur "
            "schlossen/VVFIN/Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin/=schließen "
            "sich/PRF/Case=Acc|Person=3|PronType=Prs "
            "der/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art "
            "Forderung/NN/Case=Nom|Gender=Fem|Number=Sing an/APPR ./$.",
        ),
        "reported",
        "Die Lehrer forderten bessere Bedingungen.",
        "Die Lehrer",
        "forderten",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Plur|PronType=Art/=der "
            "Vorsitzende/NN/Case=Nom|Gender=Masc|Number=Sing "
            "der/ART/Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art "
            "Partei/NN/Case=Gen|Gender=Fem|Number=Sing ,/$, "
            "Anna/NE/Case=Nom|Gender=Neut|Number=Sing "
            "Berg/NE/Case=Nom|Gender=Masc|Number=Sing ,/$, "
            "forderte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=fordern "
            "einen/ART/Case=Acc|Definite=Ind|Gender=Masc|Number=Sing|PronType=Art/=ein "
            "Untersuchungsausschuss/NN/Case=Acc|Gender=Masc|Number=Sing/=Untersuchungsausschuß "
            "./$.",
        ),
        "reported",
        "Die Vorsitzende der Partei, Anna Berg, forderte einen Untersuchungsausschuss.",
        "Die Vorsitzende der Partei, Anna Berg",
        "forderte",
        True,
    ),
    Case(
        (
            "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Chef/NN/Case=Nom|Gender=Masc|Number=Sing "
            "der/ART/Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art "
            "Gewerkschaft/NN/Case=Gen|Gender=Fem|Number=Sing ,/$, "
            "Frank/NE/Case=Nom|Gender=Masc|Number=Sing "
            "Werneke/NE/Case=Nom|Gender=Masc|Number=Sing ,/$, "
            "kündigte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=kündigen "
            "weitere/ADJA/Case=Acc|Gender=Masc|Number=Plur/=weit "
            "Warnstreiks/NN/Case=Acc|Gender=Masc|Number=Plur/=Warnstreik an/APPR ./$.",
        ),
        "reported",
        "Der Chef der Gewerkschaft, Frank Werneke, kündigte weitere Warnstreiks an.",
        "Der Chef der Gewerkschaft, Frank Werneke",
        "kündigte",
        True,
    ),
    Case(
        (
            "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing "
            "reiste/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=reisen "
            "am/APPRART/Case=Dat|Gender=Masc|Number=Sing/=an "
            "Montag/NN/Case=Dat|Gender=Masc|Number=Sing nach/APPR "
            "Paris/NE/Case=Dat|Gender=Neut|Number=Sing ./$.",
            "Dort/ADV/Degree=Pos/=dort "
            "forderte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=fordern "
            "er/PPER/Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs "
            "mehr/PIAT/Case=Acc|Gender=Masc|Number=Sing|PronType=Ind "
            "Hilfe/NN/Case=Acc|Gender=Masc|Number=Sing für/APPR "
            "die/ART/Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Ukraine/NE/Case=Acc|Gender=Fem|Number=Sing ./$.",
        ),
        "reported",
        "Dort forderte er mehr Hilfe für die Ukraine.",
        "Der Minister",  # the pronoun names the person described before (session 15)
        "forderte",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Ministerin/NN/Case=Nom|Gender=Fem|Number=Sing "
            "besuchte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=besuchen "
            "die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Flutgebiete/NN/Case=Nom|Gender=Fem|Number=Sing/=Flutgebiet ./$.",
            "Sie/PPER/Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs/=sie "
            "kündigte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=kündigen "
            "schnelle/ADJA/Case=Acc|Degree=Pos|Gender=Masc|Number=Plur/=schnell "
            "Hilfe/NN/Case=Acc|Gender=Masc|Number=Plur an/APPR ./$.",
        ),
        "reported",
        "Sie kündigte schnelle Hilfe an.",
        "Die Ministerin",
        "kündigte",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Gewerkschaft/NN/Case=Nom|Gender=Fem|Number=Sing "
            "warnte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=warnen "
            "vor/APPR Entlassungen/NN/Case=Dat|Gender=Fem|Number=Plur/=Entlassung und/KON "
            "kündigte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=kündigen "
            "an/APPR ,/$, notfalls/ADV zu/PTKZU streiken/VVINF/VerbForm=Inf ./$.",
        ),
        "reported",
        "Die Gewerkschaft warnte vor Entlassungen",
        "Die Gewerkschaft",
        "warnte",
        True,
    ),
    Case(
        (
            "Am/APPRART/Case=Dat|Gender=Masc|Number=Sing/=an "
            "Montag/NN/Case=Dat|Gender=Masc|Number=Sing "
            "wies/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=weisen "
            "der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art "
            "Konzern/NN/Case=Nom|Gender=Masc|Number=Sing "
            "die/ART/Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Vorwürfe/NN/Case=Acc|Gender=Fem|Number=Sing/=Vorwurf zurück/ADV/Degree=Pos ./$.",
        ),
        "reported",
        "Am Montag wies der Konzern die Vorwürfe zurück.",
        "der Konzern",
        "wies",
        False,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Opposition/NN/Case=Nom|Gender=Fem|Number=Sing "
            "lehnte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=lehnen "
            "den/ART/Case=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Haushalt/NN/Case=Acc|Gender=Masc|Number=Sing "
            "geschlossen/VVPP/VerbForm=Part/=schließen ab/PTKVZ ./$.",
        ),
        "reported",
        "Die Opposition lehnte den Haushalt geschlossen ab.",
        "Die Opposition",
        "lehnte",
        False,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Kanzlerin/NN/Case=Nom|Gender=Fem|Number=Sing "
            "wies/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin/=weisen "
            "die/ART/Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Kritik/NN/Case=Acc|Gender=Fem|Number=Sing "
            "entschieden/VVFIN/Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin/=entscheiden "
            "zurück/ADV/Degree=Pos ./$.",
        ),
        "reported",
        "Die Kanzlerin wies die Kritik entschieden zurück.",
        "Die Kanzlerin",
        "wies",
        False,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Polizei/NN/Case=Nom|Gender=Fem|Number=Sing "
            "rief/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=rufen "
            "am/APPRART/Case=Dat|Gender=Masc|Number=Sing/=an "
            "Abend/NN/Case=Dat|Gender=Masc|Number=Sing "
            "zur/APPRART/Case=Dat|Gender=Fem|Number=Sing/=zu "
            "Ruhe/NN/Case=Dat|Gender=Fem|Number=Sing auf/APPR ./$.",
        ),
        "reported",
        "Die Polizei rief am Abend zur Ruhe auf.",
        "Die Polizei",
        "rief",
        True,
    ),
    Case(
        (
            "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Verband/NN/Case=Nom|Gender=Masc|Number=Sing "
            "rief/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=rufen "
            "die/ART/Case=Nom|Definite=Def|Number=Sing|PronType=Art/=der "
            "Mitglieder/NN/Case=Nom|Gender=Neut|Number=Plur/=Mitglied "
            "zum/APPRART/Case=Dat|Gender=Masc|Number=Sing/=zu "
            "Boykott/NN/Case=Dat|Gender=Masc|Number=Sing auf/APPR ./$.",
        ),
        "reported",
        "Der Verband rief die Mitglieder zum Boykott auf.",
        "Der Verband",
        "rief",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Umweltschützer/NN/Case=Nom|Gender=Masc|Number=Plur "
            "drohten/VVFIN/Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin/=drohen "
            "der/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art "
            "Stadt/NN/Case=Nom|Gender=Fem|Number=Sing mit/APPR "
            "einer/ART/Case=Dat|Definite=Ind|Gender=Fem|Number=Sing|PronType=Art/=ein "
            "Klage/NN/Case=Dat|Gender=Fem|Number=Sing ./$.",
        ),
        "reported",
        "Die Umweltschützer drohten der Stadt mit einer Klage.",
        "Die Umweltschützer",
        "drohten",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Plur|PronType=Art/=der "
            "Ärztekammer/NN/Case=Nom|Gender=Masc|Number=Sing "
            "sprach/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=sprechen "
            "sich/PRF/Case=Acc|Person=3|PronType=Prs gegen/APPR "
            "die/ART/Case=Acc|Definite=Def|Number=Sing|PronType=Art/=der "
            "Reform/NN/Case=Acc|Gender=Fem|Number=Sing aus/APPR ./$.",
        ),
        "reported",
        "Die Ärztekammer sprach sich gegen die Reform aus.",
        "Die Ärztekammer",
        "sprach",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Bürgerinitiative/NN/Case=Nom|Gender=Fem|Number=Sing "
            "forderte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=fordern "
            "am/APPRART/Case=Dat|Gender=Masc|Number=Sing/=an "
            "Donnerstag/NN/Case=Dat|Gender=Masc|Number=Sing "
            "einen/ART/Case=Acc|Definite=Ind|Gender=Masc|Number=Sing|PronType=Art/=ein "
            "sofortigen/ADJA/Case=Acc|Degree=Pos|Gender=Masc|Number=Sing/=sofortig "
            "Baustopp/NN/Case=Acc|Gender=Masc|Number=Sing ./$.",
        ),
        "reported",
        "Die Bürgerinitiative forderte am Donnerstag einen sofortigen Baustopp.",
        "Die Bürgerinitiative",
        "forderte",
        True,
    ),
    Case(
        (
            "Scharf/ADJD/Degree=Pos/=scharf "
            "kritisierte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=kritisieren "
            "die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Opposition/NN/Case=Nom|Gender=Fem|Number=Sing "
            "die/ART/Case=Acc|Definite=Def|Gender=Fem|Number=Plur|PronType=Art/=der "
            "Pläne/NN/Case=Acc|Gender=Fem|Number=Plur/=Plan als/KON unsozial/ADJD/Degree=Pos "
            "./$.",
        ),
        "reported",
        "Scharf kritisierte die Opposition die Pläne als unsozial.",
        "die Opposition",
        "kritisierte",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Opposition/NN/Case=Nom|Gender=Fem|Number=Sing "
            "forderte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=fordern "
            "erneut/ADJD/Degree=Pos "
            "den/ART/Case=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Rücktritt/NN/Case=Acc|Gender=Masc|Number=Sing "
            "des/ART/Case=Gen|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Ministers/NN/Case=Gen|Gender=Masc|Number=Sing/=Minister ./$.",
        ),
        "reported",
        "Die Opposition forderte erneut den Rücktritt des Ministers.",
        "Die Opposition",
        "forderte",
        True,
    ),
    Case(
        (
            "Auch/ADV/=auch die/ART/Case=Nom|Definite=Def|Number=Plur|PronType=Art/=der "
            "Grünen/NN/Case=Nom|Number=Plur/=Grüne "
            "forderten/VVFIN/Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin/=fordern "
            "Aufklärung/NN/Case=Acc|Gender=Fem|Number=Sing ./$.",
        ),
        "reported",
        "Auch die Grünen forderten Aufklärung.",
        "die Grünen",
        "forderten",
        True,
    ),
    Case(
        (
            "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Betriebsrat/NN/Case=Nom|Gender=Masc|Number=Sing "
            "kündigte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=kündigen "
            "für/APPR Montag/NN/Case=Acc|Gender=Masc|Number=Sing "
            "einen/ART/Case=Acc|Definite=Ind|Gender=Masc|Number=Sing|PronType=Art/=ein "
            "Warnstreik/NN/Case=Acc|Gender=Masc|Number=Sing an/APPR ./$.",
        ),
        "reported",
        "Der Betriebsrat kündigte für Montag einen Warnstreik an.",
        "Der Betriebsrat",
        "kündigte",
        True,
    ),
    Case(
        (
            "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Verband/NN/Case=Nom|Gender=Masc|Number=Sing "
            "kündigt/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin/=kündigen "
            "Widerstand/NN/Case=Acc|Gender=Masc|Number=Sing an/APPR ./$.",
        ),
        "reported",
        "Der Verband kündigt Widerstand an.",
        "Der Verband",
        "kündigt",
        True,
    ),
    Case(
        (
            "Mehrere/PIAT/Case=Nom|Gender=Masc|Number=Plur|PronType=Ind/=mehrere "
            "Verbände/NN/Case=Nom|Gender=Masc|Number=Plur/=Verband "
            "forderten/VVFIN/Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin/=fordern "
            "ein/ART/Case=Acc|Definite=Ind|Gender=Neut|Number=Sing|PronType=Art "
            "Verbot/NN/Case=Acc|Gender=Neut|Number=Sing ./$.",
        ),
        "reported",
        "Mehrere Verbände forderten ein Verbot.",
        "Mehrere Verbände",
        "forderten",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Gewerkschaft/NN/Case=Nom|Gender=Fem|Number=Sing "
            "Verdi/NE/Case=Nom|Gender=Masc|Number=Sing "
            "rief/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=rufen für/APPR "
            "Dienstag/NN/Case=Acc|Gender=Masc|Number=Sing zu/APPR "
            "Warnstreiks/NN/Case=Dat|Gender=Masc|Number=Sing/=Warnstreik auf/APPR ./$.",
        ),
        "reported",
        "Die Gewerkschaft Verdi rief für Dienstag zu Warnstreiks auf.",
        "Die Gewerkschaft Verdi",
        "rief",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Opposition/NN/Case=Nom|Gender=Fem|Number=Sing "
            "forderte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=fordern "
            "am/APPRART/Case=Dat|Gender=Masc|Number=Sing/=an "
            "Montag/NN/Case=Dat|Gender=Masc|Number=Sing in/APPR "
            "einer/ART/Case=Dat|Definite=Ind|Gender=Fem|Number=Sing|PronType=Art/=ein "
            "Erklärung/NN/Case=Dat|Gender=Fem|Number=Sing "
            "die/ART/Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "sofortige/ADJA/Case=Acc|Degree=Pos|Gender=Fem|Number=Sing/=sofortig "
            "Freilassung/NN/Case=Acc|Gender=Fem|Number=Sing "
            "der/ART/Case=Gen|Definite=Def|Number=Plur|PronType=Art "
            "Journalisten/NN/Case=Gen|Gender=Masc|Number=Plur/=Journalist ./$.",
        ),
        "reported",
        "Die Opposition forderte am Montag in einer Erklärung die sofortige Freilassung der Journalisten.",
        "Die Opposition",
        "forderte",
        True,
    ),
    Case(
        (
            "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Kreml/NN/Case=Nom|Gender=Masc|Number=Sing "
            "wies/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=weisen "
            "die/ART/Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Vorwürfe/NN/Case=Acc|Gender=Fem|Number=Sing/=Vorwurf als/KON "
            "haltlos/ADJD/Degree=Pos zurück/ADV/Degree=Pos ./$.",
        ),
        "reported",
        "Der Kreml wies die Vorwürfe als haltlos zurück.",
        "Der Kreml",
        "wies",
        False,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Ministerin/NN/Case=Nom|Gender=Fem|Number=Sing "
            "warnte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=warnen "
            "eindringlich/ADJD/Degree=Pos vor/APPR "
            "Panikmache/NN/Case=Dat|Gender=Fem|Number=Sing ./$.",
        ),
        "reported",
        "Die Ministerin warnte eindringlich vor Panikmache.",
        "Die Ministerin",
        "warnte",
        True,
    ),
    Case(
        (
            "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing "
            "sprach/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=sprechen "
            "sich/PRF/Case=Acc|Person=3|PronType=Prs ausdrücklich/ADJD/Degree=Pos für/APPR "
            "ein/ART/Case=Acc|Definite=Ind|Gender=Masc|Number=Sing|PronType=Art "
            "Tempolimit/NN/Case=Acc|Gender=Masc|Number=Sing aus/APPR ./$.",
        ),
        "reported",
        "Der Minister sprach sich ausdrücklich für ein Tempolimit aus.",
        "Der Minister",
        "sprach",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "EU-Kommission/NE/Case=Nom|Gender=Fem|Number=Sing "
            "forderte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=fordern "
            "Polen/NE/Case=Acc|Gender=Neut|Number=Sing "
            "zur/APPRART/Case=Dat|Gender=Fem|Number=Sing/=zu "
            "Einhaltung/NN/Case=Dat|Gender=Fem|Number=Sing "
            "der/ART/Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art "
            "Regeln/NN/Case=Gen|Gender=Fem|Number=Plur/=Regel auf/APPR ./$.",
        ),
        "reported",
        "Die EU-Kommission forderte Polen zur Einhaltung der Regeln auf.",
        "Die EU-Kommission",
        "forderte",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Partei/NN/Case=Nom|Gender=Fem|Number=Sing "
            "forderte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=fordern "
            "den/ART/Case=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Abgeordneten/NN/Case=Acc|Gender=Masc|Number=Plur/=Abgeordnete "
            "zum/APPRART/Case=Dat|Gender=Masc|Number=Sing/=zu "
            "Rücktritt/NN/Case=Dat|Gender=Masc|Number=Sing auf/APPR ./$.",
        ),
        "reported",
        "Die Partei forderte den Abgeordneten zum Rücktritt auf.",
        "Die Partei",
        "forderte",
        True,
    ),
    Case(
        (
            "Russland/NE/Case=Nom|Gender=Neut|Number=Sing/=Rußland "
            "drohte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=drohen "
            "mit/APPR Gegenmaßnahmen/NN/Case=Dat|Gender=Fem|Number=Plur/=Gegenmaßnahme ./$.",
        ),
        "reported",
        "Russland drohte mit Gegenmaßnahmen.",
        "Russland",
        "drohte",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Opposition/NN/Case=Nom|Gender=Fem|Number=Sing "
            "verlangte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=verlangen "
            "Aufklärung/NN/Case=Acc|Gender=Fem|Number=Sing ./$.",
        ),
        "reported",
        "Die Opposition verlangte Aufklärung.",
        "Die Opposition",
        "verlangte",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Gewerkschaft/NN/Case=Nom|Gender=Fem|Number=Sing "
            "bekräftigte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=bekräftigen "
            "ihre/PPOSAT/Case=Acc|Gender=Fem|Number=Sing|PronType=Prs/=ihr "
            "Forderung/NN/Case=Acc|Gender=Fem|Number=Sing nach/APPR "
            "höheren/ADJA/Case=Dat|Degree=Pos|Gender=Fem|Number=Plur/=hoch "
            "Löhnen/NN/Case=Dat|Gender=Fem|Number=Plur/=Lohn ./$.",
        ),
        "reported",
        "Die Gewerkschaft bekräftigte ihre Forderung nach höheren Löhnen.",
        "Die Gewerkschaft",
        "bekräftigte",
        True,
    ),
    Case(
        (
            "Am/APPRART/Case=Dat|Gender=Masc|Number=Sing/=an "
            "Dienstagabend/NN/Case=Dat|Gender=Masc|Number=Sing "
            "forderte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=fordern "
            "die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Gewerkschaft/NN/Case=Nom|Gender=Fem|Number=Sing "
            "Verdi/NE/Case=Nom|Gender=Masc|Number=Sing "
            "ihre/PPOSAT/Case=Acc|Gender=Masc|Number=Sing|PronType=Prs/=ihr "
            "Mitglieder/NN/Case=Acc|Gender=Neut|Number=Plur/=Mitglied "
            "zum/APPRART/Case=Dat|Gender=Masc|Number=Sing/=zu "
            "Streik/NN/Case=Dat|Gender=Masc|Number=Sing auf/APPR ./$.",
        ),
        "reported",
        "Am Dienstagabend forderte die Gewerkschaft Verdi ihre Mitglieder zum Streik auf.",
        "die Gewerkschaft Verdi",
        "forderte",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Number=Plur|PronType=Art/=der "
            "Demonstranten/NN/Case=Nom|Gender=Masc|Number=Plur/=Demonstrant "
            "forderten/VVFIN/Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin/=fordern "
            "den/ART/Case=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Rücktritt/NN/Case=Acc|Gender=Masc|Number=Sing "
            "der/ART/Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art "
            "Regierung/NN/Case=Gen|Gender=Fem|Number=Sing und/KON "
            "Neuwahlen/NN/Case=Dat|Gender=Fem|Number=Plur/=Neuwahl ./$.",
        ),
        "reported",
        "Die Demonstranten forderten den Rücktritt der Regierung und Neuwahlen.",
        "Die Demonstranten",
        "forderten",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Kanzlerin/NN/Case=Nom|Gender=Fem|Number=Sing "
            "plädierte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=plädieren "
            "für/APPR mehr/PIAT/Case=Acc|Gender=Fem|Number=Sing|PronType=Ind "
            "Zusammenarbeit/NN/Case=Acc|Gender=Fem|Number=Sing in/APPR "
            "Europa/NE/Case=Dat|Gender=Neut|Number=Sing ./$.",
        ),
        "reported",
        "Die Kanzlerin plädierte für mehr Zusammenarbeit in Europa.",
        "Die Kanzlerin",
        "plädierte",
        True,
    ),
    Case(
        (
            "Er/PPER/Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs/=er "
            "sprach/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=sprechen "
            "sich/PRF/Case=Acc|Person=3|PronType=Prs dafür/PROAV aus/APPR ,/$, "
            "die/ART/Case=Acc|Definite=Def|Number=Plur|PronType=Art/=der "
            "Steuern/NN/Case=Acc|Gender=Fem|Number=Plur/=Steuer zu/PTKZU "
            "senken/VVINF/VerbForm=Inf ./$.",
        ),
        "indirect",
        "die Steuern zu senken",
        "Er",
        "sprach",
        True,
    ),
    Case(
        (
            "In/APPR/=in "
            "einer/ART/Case=Dat|Definite=Ind|Gender=Fem|Number=Sing|PronType=Art/=ein "
            "Erklärung/NN/Case=Dat|Gender=Fem|Number=Sing "
            "verurteilte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=verurteilen "
            "die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Regierung/NN/Case=Nom|Gender=Fem|Number=Sing "
            "den/ART/Case=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Anschlag/NN/Case=Acc|Gender=Masc|Number=Sing als/KON "
            "Terrorakt/NN/Case=Nom|Gender=Masc|Number=Sing ./$.",
        ),
        "reported",
        "In einer Erklärung verurteilte die Regierung den Anschlag als Terrorakt.",
        "die Regierung",
        "verurteilte",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Number=Plur|PronType=Art/=der "
            "Grünen/NE/Case=Nom|Number=Plur/=Grüne "
            "kündigten/VVFIN/Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin/=kündigen "
            "ihrerseits/ADV/Degree=Pos Widerstand/NN/Case=Acc|Gender=Masc|Number=Sing "
            "gegen/APPR die/ART/Case=Acc|Definite=Def|Number=Plur|PronType=Art/=der "
            "Pläne/NN/Case=Acc|Gender=Masc|Number=Plur/=Plan an/APPR ./$.",
        ),
        "reported",
        "Die Grünen kündigten ihrerseits Widerstand gegen die Pläne an.",
        "Die Grünen",
        "kündigten",
        True,
    ),
    Case(
        (
            "Unterdessen/ADV/Degree=Pos/=unterdessen "
            "forderten/VVFIN/Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin/=fordern "
            "Umweltverbände/NN/Case=Nom|Gender=Masc|Number=Plur/=Umweltverband "
            "ein/ART/Case=Nom|Definite=Ind|Gender=Neut|Number=Sing|PronType=Art "
            "Tempolimit/NN/Case=Nom|Gender=Neut|Number=Sing ./$.",
        ),
        "reported",
        "Unterdessen forderten Umweltverbände ein Tempolimit.",
        "Umweltverbände",
        "forderten",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Stadt/NN/Case=Nom|Gender=Fem|Number=Sing "
            "dementierte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=dementieren "
            "die/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Berichte/NN/Case=Nom|Gender=Masc|Number=Sing/=Bericht umgehend/ADJD/Degree=Pos "
            "./$.",
        ),
        "reported",
        "Die Stadt dementierte die Berichte umgehend.",
        "Die Stadt",
        "dementierte",
        False,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Firma/NN/Case=Nom|Gender=Fem|Number=Sing "
            "bestritt/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin/=bestreiten "
            "die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Vorwürfe/NN/Case=Nom|Gender=Fem|Number=Sing/=Vorwurf ./$.",
        ),
        "reported",
        "Die Firma bestritt die Vorwürfe.",
        "Die Firma",
        "bestritt",
        False,
    ),
    Case(
        (
            "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing "
            "lehnte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=lehnen "
            "eine/ART/Case=Acc|Definite=Ind|Gender=Fem|Number=Sing|PronType=Art/=ein "
            "Stellungnahme/NN/Case=Acc|Gender=Fem|Number=Sing ab/PTKVZ ./$.",
        ),
        "reported",
        "Der Minister lehnte eine Stellungnahme ab.",
        "Der Minister",
        "lehnte",
        False,
    ),
    Case(
        (
            "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing "
            "reiste/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=reisen "
            "nach/APPR Kiew/NE/Case=Dat|Gender=Neut|Number=Sing ./$.",
            "Dort/ADV/Degree=Pos/=dort "
            "sagte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=sagen "
            "er/PPER/Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs "
            "weitere/ADJA/Case=Acc|Degree=Cmp|Gender=Fem|Number=Sing/=weit "
            "Hilfe/NN/Case=Acc|Gender=Fem|Number=Sing zu/PTKZU und/KON "
            "warnte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=warnen "
            "vor/APPR "
            "einer/ART/Case=Dat|Definite=Ind|Gender=Fem|Number=Sing|PronType=Art/=ein "
            "Eskalation/NN/Case=Dat|Gender=Fem|Number=Sing ./$.",
        ),
        "reported",
        "Dort sagte er weitere Hilfe zu und warnte vor einer Eskalation.",
        "Der Minister",
        "warnte",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Gewerkschaft/NN/Case=Nom|Gender=Fem|Number=Sing "
            "kritisierte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=kritisieren "
            "die/ART/Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Pläne/NN/Case=Acc|Gender=Masc|Number=Plur/=Plan und/KON "
            "kündigte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=kündigen "
            "Proteste/NN/Case=Acc|Gender=Masc|Number=Plur/=Protest an/APPR ./$.",
        ),
        "reported",
        "Die Gewerkschaft kritisierte die Pläne und kündigte Proteste an.",
        "Die Gewerkschaft",
        "kündigte",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Plur|PronType=Art/=der "
            "Vorsitzende/NN/Case=Nom|Gender=Masc|Number=Sing "
            "mahnte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=mahnen "
            "zur/APPRART/Case=Dat|Gender=Fem|Number=Sing/=zu "
            "Geduld/NN/Case=Dat|Gender=Fem|Number=Sing ./$.",
        ),
        "reported",
        "Die Vorsitzende mahnte zur Geduld.",
        "Die Vorsitzende",
        "mahnte",
        True,
    ),
    Case(
        (
            "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Verband/NN/Case=Nom|Gender=Masc|Number=Sing "
            "appellierte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=appellieren "
            "an/APPR die/ART/Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Regierung/NN/Case=Acc|Gender=Fem|Number=Sing ./$.",
        ),
        "reported",
        "Der Verband appellierte an die Regierung.",
        "Der Verband",
        "appellierte",
        True,
    ),
    Case(
        (
            "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Bischof/NN/Case=Nom|Gender=Masc|Number=Sing "
            "rief/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=rufen zu/APPR "
            "Spenden/NN/Case=Dat|Gender=Fem|Number=Plur/=Spende für/APPR "
            "die/ART/Case=Acc|Definite=Def|Number=Plur|PronType=Art/=der "
            "Opfer/NN/Case=Acc|Gender=Masc|Number=Plur auf/APPR ./$.",
        ),
        "reported",
        "Der Bischof rief zu Spenden für die Opfer auf.",
        "Der Bischof",
        "rief",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Ministerin/NN/Case=Nom|Gender=Fem|Number=Sing "
            "rief/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=rufen "
            "die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Bürger/NN/Case=Nom|Gender=Masc|Number=Plur dazu/PROAV auf/APPR ,/$, "
            "Energie/NN/Case=Acc|Gender=Fem|Number=Sing zu/PTKZU sparen/VVINF/VerbForm=Inf "
            "./$.",
        ),
        "indirect",
        "Energie zu sparen",
        "Die Ministerin",
        "rief",
        True,
    ),
    Case(
        (
            "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Abgeordnete/NN/Case=Nom|Gender=Masc|Number=Sing "
            "forderte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=fordern "
            "Konsequenzen/NN/Case=Acc|Gender=Fem|Number=Plur/=Konsequenz und/KON "
            "kündigte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=kündigen "
            "eine/ART/Case=Acc|Definite=Ind|Gender=Fem|Number=Sing|PronType=Art/=ein "
            "Anfrage/NN/Case=Acc|Gender=Fem|Number=Sing an/APPR ./$.",
        ),
        "reported",
        "Der Abgeordnete forderte Konsequenzen und kündigte eine Anfrage an.",
        "Der Abgeordnete",
        "forderte",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Polizei/NN/Case=Nom|Gender=Fem|Number=Sing "
            "warnte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=warnen "
            "die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Autofahrer/NN/Case=Nom|Gender=Masc|Number=Plur vor/APPR "
            "Glätte/NN/Case=Dat|Gender=Fem|Number=Sing ./$.",
        ),
        "reported",
        "Die Polizei warnte die Autofahrer vor Glätte.",
        "Die Polizei",
        "warnte",
        True,
    ),
    Case(
        (
            "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing "
            "warnte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=warnen ,/$, "
            "die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Lage/NN/Case=Nom|Gender=Fem|Number=Sing "
            "sei/VAFIN/Mood=Sub|Number=Sing|Person=3|Subj=I|Tense=Pres|VerbForm=Fin/=sein "
            "ernst/ADJD/Degree=Pos ./$.",
        ),
        "indirect",
        "die Lage sei ernst",
        "Der Minister",
        "warnte",
        True,
    ),
    Case(
        (
            "Nach/APPR/=nach "
            "dem/ART/Case=Dat|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Treffen/NN/Case=Dat|Gender=Masc|Number=Sing "
            "kündigte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=kündigen "
            "der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing "
            "weitere/ADJA/Case=Nom|Gender=Masc|Number=Plur/=weit "
            "Gespräche/NN/Case=Acc|Gender=Neut|Number=Plur/=Gespräch an/APPR ./$.",
        ),
        "reported",
        "Nach dem Treffen kündigte der Minister weitere Gespräche an.",
        "der Minister",
        "kündigte",
        True,
    ),
    Case(
        (
            "Nachdem/KOUS/=nachdem "
            "die/ART/Case=Nom|Definite=Def|Number=Plur|PronType=Art/=der "
            "Zahlen/NN/Case=Nom|Gender=Fem|Number=Plur/=Zahl bekannt/ADJD/Degree=Pos "
            "wurden/VAFIN/Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin/=werden ,/$, "
            "forderte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=fordern "
            "die/ART/Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Opposition/NN/Case=Acc|Gender=Fem|Number=Sing "
            "Konsequenzen/NN/Case=Acc|Gender=Fem|Number=Plur/=Konsequenz ./$.",
        ),
        "reported",
        "forderte die Opposition Konsequenzen.",
        "die Opposition",
        "forderte",
        True,
    ),
    Case(
        (
            "Um/APPR/=um "
            "die/ART/Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Lage/NN/Case=Acc|Gender=Fem|Number=Sing zu/PTKZU beruhigen/VVINF/VerbForm=Inf "
            ",/$, rief/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=rufen "
            "der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art "
            "Bürgermeister/NN/Case=Nom|Gender=Masc|Number=Sing "
            "zur/APPRART/Case=Dat|Gender=Fem|Number=Sing/=zu "
            "Besonnenheit/NN/Case=Dat|Gender=Fem|Number=Sing auf/APPR ./$.",
        ),
        "reported",
        "Um die Lage zu beruhigen, rief der Bürgermeister zur Besonnenheit auf.",
        "der Bürgermeister",
        "rief",
        True,
    ),
    Case(
        (
            "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing ,/$, "
            "der/PRELS/Case=Nom|Gender=Masc|Number=Sing|PronType=Dem,Rel seit/APPR 2021/CARD "
            "im/APPRART/Case=Dat|Gender=Neut|Number=Sing/=in "
            "Amt/NN/Case=Dat|Gender=Neut|Number=Sing "
            "ist/VAFIN/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin/=sein ,/$, "
            "kündigte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=kündigen "
            "seinen/PPOSAT/Case=Acc|Gender=Masc|Number=Sing|PronType=Prs/=sein "
            "Rücktritt/NN/Case=Acc|Gender=Masc|Number=Sing an/APPR ./$.",
        ),
        "reported",
        "Der Minister, der seit 2021 im Amt ist, kündigte seinen Rücktritt an.",
        "Der Minister",
        "kündigte",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Gewerkschaft/NN/Case=Nom|Gender=Fem|Number=Sing "
            "forderte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=fordern "
            "sechs/CARD Prozent/NN/Case=Dat|Gender=Neut|Number=Sing "
            "mehr/PIAT/Case=Acc|Gender=Masc|Number=Sing|PronType=Ind "
            "Lohn/NN/Case=Acc|Gender=Masc|Number=Sing ;/$. "
            "die/ART/Case=Nom|Definite=Def|Number=Sing|PronType=Art/=der "
            "Arbeitgeber/NN/Case=Nom|Gender=Masc|Number=Plur "
            "lehnten/VVFIN/Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin/=lehnen "
            "das/ART/Case=Acc|Definite=Def|Gender=Neut|Number=Sing|PronType=Art/=der ab/PTKVZ "
            "./$.",
        ),
        "reported",
        "Die Gewerkschaft forderte sechs Prozent mehr Lohn",
        "Die Gewerkschaft",
        "forderte",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Opposition/NN/Case=Nom|Gender=Fem|Number=Sing "
            "warnte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=warnen "
            "vor/APPR "
            "einem/ART/Case=Dat|Definite=Ind|Gender=Neut|Number=Sing|PronType=Art/=ein "
            "Scheitern/NN/Case=Dat|Gender=Neut|Number=Sing ,/$, "
            "die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Regierung/NN/Case=Nom|Gender=Fem|Number=Sing "
            "wies/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin/=weisen "
            "die/ART/Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Kritik/NN/Case=Acc|Gender=Fem|Number=Sing zurück/ADV/Degree=Pos ./$.",
        ),
        "reported",
        "Die Opposition warnte vor einem Scheitern",
        "Die Opposition",
        "warnte",
        True,
    ),
    Case(
        (
            "Dagegen/PROAV/=dagegen "
            "sprach/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=sprechen "
            "sich/PRF/Case=Dat|Person=3|PronType=Prs "
            "die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "FDP/NN/Case=Nom|Gender=Fem|Number=Sing/=Fdp aus/APPR ./$.",
        ),
        "reported",
        "Dagegen sprach sich die FDP aus.",
        "die FDP",
        "sprach",
        True,
    ),
    Case(
        (
            "Für/APPR/=für "
            "eine/ART/Case=Acc|Definite=Ind|Gender=Fem|Number=Sing|PronType=Art/=ein "
            "Verschärfung/NN/Case=Acc|Gender=Fem|Number=Sing "
            "sprach/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=sprechen "
            "sich/PRF/Case=Acc|Person=3|PronType=Prs "
            "die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Union/NN/Case=Nom|Gender=Fem|Number=Sing aus/APPR ./$.",
        ),
        "reported",
        "Für eine Verschärfung sprach sich die Union aus.",
        "die Union",
        "sprach",
        True,
    ),
    Case(
        (
            "Zur/APPRART/Case=Dat|Gender=Fem|Number=Sing/=zu "
            "Ruhe/NN/Case=Dat|Gender=Fem|Number=Sing "
            "rief/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=rufen auch/ADV "
            "der/ART/Case=Gen|Definite=Def|Gender=Masc|Number=Sing|PronType=Art "
            "Papst/NN/Case=Gen|Gender=Masc|Number=Sing auf/APPR ./$.",
        ),
        "reported",
        "Zur Ruhe rief auch der Papst auf.",
        "der Papst",
        "rief",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Polizei/NN/Case=Nom|Gender=Fem|Number=Sing "
            "bat/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin/=bitten "
            "die/ART/Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Bevölkerung/NN/Case=Acc|Gender=Fem|Number=Sing um/APPR "
            "Mithilfe/NN/Case=Acc|Gender=Masc|Number=Sing ./$.",
        ),
        "reported",
        "Die Polizei bat die Bevölkerung um Mithilfe.",
        "Die Polizei",
        "bat",
        True,
    ),
    Case(
        (
            "CDU-Chef/APPR/=cdu-chef Friedrich/NE/Case=Dat|Gender=Masc|Number=Sing "
            "Merz/NE/Case=Nom|Gender=Masc|Number=Sing "
            "forderte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=fordern "
            "am/APPRART/Case=Dat|Gender=Masc|Number=Sing/=an "
            "Sonntag/NN/Case=Dat|Gender=Masc|Number=Sing im/APPRART/Case=Dat|Number=Sing/=in "
            "ZDF/NE/Case=Dat|Gender=Neut|Number=Sing "
            "eine/ART/Case=Acc|Definite=Ind|Gender=Fem|Number=Sing|PronType=Art/=ein "
            "Wende/NN/Case=Acc|Gender=Fem|Number=Sing in/APPR "
            "der/ART/Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art "
            "Migrationspolitik/NN/Case=Dat|Gender=Fem|Number=Sing ./$.",
        ),
        "reported",
        "CDU-Chef Friedrich Merz forderte am Sonntag im ZDF eine Wende in der Migrationspolitik.",
        "CDU-Chef Friedrich Merz",
        "forderte",
        True,
    ),
    Case(
        (
            "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Verband/NN/Case=Nom|Gender=Masc|Number=Sing "
            "forderte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=fordern "
            "gegenüber/APPR der/ART/Case=Dat|Definite=Def|Gender=Fem|Number=Sing|PronType=Art "
            "Zeitung/NN/Case=Dat|Gender=Fem|Number=Sing "
            "eine/ART/Case=Acc|Definite=Ind|Gender=Fem|Number=Sing|PronType=Art/=ein "
            "Reform/NN/Case=Acc|Gender=Fem|Number=Sing ./$.",
        ),
        "reported",
        "Der Verband forderte gegenüber der Zeitung eine Reform.",
        "Der Verband",
        "forderte",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Ministerin/NN/Case=Nom|Gender=Fem|Number=Sing "
            "bekräftigte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=bekräftigen "
            "ihre/PPOSAT/Case=Acc|Gender=Fem|Number=Sing|PronType=Prs/=ihr "
            "Unterstützung/NN/Case=Acc|Gender=Fem|Number=Sing für/APPR "
            "die/ART/Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Ukraine/NE/Case=Acc|Gender=Fem|Number=Sing ./$.",
        ),
        "reported",
        "Die Ministerin bekräftigte ihre Unterstützung für die Ukraine.",
        "Die Ministerin",
        "bekräftigte",
        True,
    ),
    Case(
        (
            "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Präsident/NN/Case=Nom|Gender=Masc|Number=Sing "
            "warnte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=warnen "
            "Russland/NE/Case=Acc|Gender=Neut|Number=Sing/=Rußland vor/APPR "
            "einem/ART/Case=Dat|Definite=Ind|Gender=Masc|Number=Sing|PronType=Art/=ein "
            "Angriff/NN/Case=Dat|Gender=Masc|Number=Sing ./$.",
        ),
        "reported",
        "Der Präsident warnte Russland vor einem Angriff.",
        "Der Präsident",
        "warnte",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Opposition/NN/Case=Nom|Gender=Fem|Number=Sing "
            "drohte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=drohen "
            "mit/APPR "
            "einem/ART/Case=Dat|Definite=Ind|Gender=Neut|Number=Sing|PronType=Art/=ein "
            "Misstrauensvotum/NN/Case=Dat|Gender=Neut|Number=Sing ./$.",
        ),
        "reported",
        "Die Opposition drohte mit einem Misstrauensvotum.",
        "Die Opposition",
        "drohte",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Stadt/NN/Case=Nom|Gender=Fem|Number=Sing "
            "will/VMFIN/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin/=wollen "
            "die/ART/Case=Nom|Definite=Def|Number=Plur|PronType=Art/=der "
            "Gebühren/NN/Case=Nom|Gender=Fem|Number=Plur/=Gebühr erhöhen/VVINF/VerbForm=Inf "
            "./$.",
        ),
        "reported",
        "Die Stadt will die Gebühren erhöhen.",
        "Die Stadt",
        "will",
        True,
    ),
    Case(
        (
            "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Bürgermeister/NN/Case=Nom|Gender=Masc|Number=Sing "
            "kündigte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=kündigen "
            "für/APPR den/ART/Case=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Herbst/NN/Case=Acc|Gender=Masc|Number=Sing "
            "eine/ART/Case=Acc|Definite=Ind|Gender=Fem|Number=Sing|PronType=Art/=ein "
            "Bürgerversammlung/NN/Case=Acc|Gender=Fem|Number=Sing an/APPR ,/$, bei/APPR "
            "der/PRELS/Case=Dat|Gender=Fem|Number=Sing|PronType=Dem,Rel "
            "die/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Pläne/NN/Case=Nom|Gender=Masc|Number=Sing/=Plan "
            "vorgestellt/VVPP/VerbForm=Part/=vorstellen werden/VAINF/VerbForm=Inf "
            "sollen/VMFIN/Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin ./$.",
        ),
        "reported",
        "Der Bürgermeister kündigte für den Herbst eine Bürgerversammlung an, bei der die Pläne vorgestellt werden sollen.",
        "Der Bürgermeister",
        "kündigte",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Lehrer/NN/Case=Nom|Gender=Masc|Number=Plur "
            "streikten/VVFIN/Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin/=streiken "
            "am/APPRART/Case=Dat|Gender=Masc|Number=Sing/=an "
            "Montag/NN/Case=Dat|Gender=Masc|Number=Sing ./$.",
            "Sie/PPER/Case=Nom|Number=Plur|Person=3|PronType=Prs/=sie "
            "forderten/VVFIN/Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin/=fordern "
            "bessere/ADJA/Case=Acc|Degree=Cmp|Gender=Masc|Number=Plur/=gut "
            "Arbeitsbedingungen/NN/Case=Acc|Gender=Fem|Number=Plur/=Arbeitsbedingung ./$.",
        ),
        "reported",
        "Sie forderten bessere Arbeitsbedingungen.",
        "Sie",
        "forderten",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Regierung/NN/Case=Nom|Gender=Fem|Number=Sing "
            "legte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=legen "
            "einen/ART/Case=Acc|Definite=Ind|Gender=Masc|Number=Sing|PronType=Art/=ein "
            "Entwurf/NN/Case=Acc|Gender=Masc|Number=Sing vor/APPR ./$.",
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Opposition/NN/Case=Nom|Gender=Fem|Number=Sing "
            "lehnte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=lehnen "
            "ihn/PPER/Case=Acc|Gender=Masc|Number=Sing|Person=3|PronType=Prs/=er ab/PTKVZ "
            "./$.",
        ),
        "reported",
        "Die Opposition lehnte ihn ab.",
        "Die Opposition",
        "lehnte",
        False,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Bahn/NN/Case=Nom|Gender=Fem|Number=Sing "
            "erhöht/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin/=erhöhen "
            "die/ART/Case=Acc|Definite=Def|Number=Plur|PronType=Art/=der "
            "Preise/NN/Case=Acc|Gender=Masc|Number=Plur/=Preis ./$.",
            "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Fahrgastverband/NN/Case=Nom|Gender=Masc|Number=Sing "
            "kritisierte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=kritisieren "
            "die/ART/Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Erhöhung/NN/Case=Acc|Gender=Fem|Number=Sing als/KON unangemessen/ADJD/Degree=Pos "
            "./$.",
        ),
        "reported",
        "Der Fahrgastverband kritisierte die Erhöhung als unangemessen.",
        "Der Fahrgastverband",
        "kritisierte",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Europäische/ADJA/Case=Nom|Degree=Pos|Gender=Fem|Number=Sing/=europäisch "
            "Union/NN/Case=Nom|Gender=Fem|Number=Sing "
            "forderte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=fordern "
            "eine/ART/Case=Acc|Definite=Ind|Gender=Fem|Number=Sing|PronType=Art/=ein "
            "Waffenruhe/NN/Case=Acc|Gender=Fem|Number=Sing ./$.",
        ),
        "reported",
        "Die Europäische Union forderte eine Waffenruhe.",
        "Die Europäische Union",
        "forderte",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Ministerin/NN/Case=Nom|Gender=Fem|Number=Sing "
            "kündigte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=kündigen "
            "an/APPR ,/$, "
            "den/ART/Case=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Fall/NN/Case=Acc|Gender=Masc|Number=Sing prüfen/VVINF/VerbForm=Inf zu/PTKZU "
            "lassen/VVINF/VerbForm=Inf ,/$, und/KON "
            "forderte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=fordern "
            "Aufklärung/NN/Case=Acc|Gender=Fem|Number=Sing ./$.",
        ),
        "reported",
        "und forderte Aufklärung.",
        "Die Ministerin",
        "forderte",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Gewerkschaft/NN/Case=Nom|Gender=Fem|Number=Sing "
            "sprach/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=sprechen "
            "von/APPR "
            "einem/ART/Case=Dat|Definite=Ind|Gender=Masc|Number=Sing|PronType=Art/=ein "
            "Skandal/NN/Case=Dat|Gender=Masc|Number=Sing ./$.",
        ),
        "reported",
        "Die Gewerkschaft sprach von einem Skandal.",
        "Die Gewerkschaft",
        "sprach",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Umweltministerin/NN/Case=Nom|Gender=Fem|Number=Sing "
            "warnte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=warnen "
            "am/APPRART/Case=Dat|Gender=Masc|Number=Sing/=an "
            "Mittwoch/NN/Case=Dat|Gender=Masc|Number=Sing vor/APPR "
            "einer/ART/Case=Dat|Definite=Ind|Gender=Fem|Number=Sing|PronType=Art/=ein "
            "Dürre/NN/Case=Dat|Gender=Fem|Number=Sing ./$.",
        ),
        "reported",
        "Die Umweltministerin warnte am Mittwoch vor einer Dürre.",
        "Die Umweltministerin",
        "warnte",
        True,
    ),
    Case(
        (
            "Die/ART/Case=Nom|Definite=Def|Number=Plur|PronType=Art/=der "
            "Eltern/NN/Case=Nom|Number=Plur "
            "forderten/VVFIN/Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin/=fordern "
            "die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Stadt/NN/Case=Nom|Gender=Fem|Number=Sing auf/APPR ,/$, "
            "den/ART/Case=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Schulweg/NN/Case=Acc|Gender=Masc|Number=Sing sicherer/ADJD/Degree=Cmp/=sicher "
            "zu/PTKZU machen/VVINF/VerbForm=Inf ./$.",
        ),
        "indirect",
        "den Schulweg sicherer zu machen",
        "Die Eltern",
        "forderten",
        True,
    ),
]

NO_CLAIM = [
    pytest.param(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Opposition/NN/Case=Nom|Gender=Fem|Number=Sing "
            "kritisierte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=kritisieren "
            "die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Pläne/NN/Case=Nom|Gender=Masc|Number=Plur/=Plan "
            "der/ART/Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art "
            "Regierung/NN/Case=Gen|Gender=Fem|Number=Sing scharf/ADJD/Degree=Pos ./$.",
        ),
        id="opposition_kritisierte",
    ),
    pytest.param(
        (
            "Ein/ART/Case=Nom|Definite=Ind|Gender=Masc|Number=Sing|PronType=Art/=ein "
            "Sprecher/NN/Case=Nom|Gender=Masc|Number=Sing "
            "der/ART/Case=Gen|Definite=Def|Gender=Fem|Number=Sing|PronType=Art "
            "Polizei/NN/Case=Gen|Gender=Fem|Number=Sing "
            "bestätigte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=bestätigen "
            "den/ART/Case=Acc|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Vorfall/NN/Case=Acc|Gender=Masc|Number=Sing ./$.",
        ),
        id="sprecher_der",
    ),
    pytest.param(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Ministerin/NN/Case=Nom|Gender=Fem|Number=Sing "
            "verteidigte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=verteidigen "
            "die/ART/Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Entscheidung/NN/Case=Acc|Gender=Fem|Number=Sing ./$.",
        ),
        id="ministerin_verteidigte",
    ),
    pytest.param(
        (
            "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Minister/NN/Case=Nom|Gender=Masc|Number=Sing "
            "begrüßte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=begrüßen "
            "die/ART/Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Einigung/NN/Case=Acc|Gender=Fem|Number=Sing ./$.",
        ),
        id="minister_begr\u00fc\u00dfte",
    ),
    pytest.param(
        (
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Ministerin/NN/Case=Nom|Gender=Fem|Number=Sing "
            "versprach/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=versprechen "
            "schnelle/ADJA/Case=Acc|Degree=Pos|Gender=Masc|Number=Plur/=schnell "
            "Hilfe/NN/Case=Nom|Gender=Fem|Number=Plur ./$.",
        ),
        id="ministerin_versprach",
    ),
]


def _doc(sentences: tuple[str, ...]) -> Doc:
    return hand_tagged([sentences], glue_punctuation=True)


def _record(doc: Doc) -> list[tuple[str, str, str | None, str | None]]:
    """(form, content, speaker, cue) of each record claim."""
    claims, _ = analyse(doc)
    return [
        (str(c.form), c.content.text, c.speaker_text, c.cue.text if c.cue else None) for c in claims
    ]


def _case_id(case: Case) -> str:
    words = [w.strip(".,").lower() for w in case.content.split(" ")]
    i = words.index(case.cue.lower()) if case.cue.lower() in words else 0
    if case.form != "reported":
        i = 0
    return "_".join(words[max(0, i - 1) : i + 3])


#: constructions still read wrongly, by case id (not strict: other engineers change the
#: clause and speaker rules in the same tree)
_GAPS: dict[str, str] = {
    "ministerpräsident_lehnte_den_vorschlag": "the tagger reads the adverb `entschieden` as a "
    "finite verb (3rd plural of `entscheiden`), so the particle `ab` seems to close another "
    "verb's clause and no cue is found",
    "kanzlerin_wies_die_kritik": "as above: `wies … entschieden zurück`",
}


def _params() -> list[object]:
    out: list[object] = []
    for case in CASES:
        ident = _case_id(case)
        reason = _GAPS.get(ident)
        marks = [pytest.mark.xfail(reason=reason, strict=False)] if reason else []
        out.append(pytest.param(case, id=ident, marks=marks))
    return out


@pytest.mark.parametrize("case", _params())
def test_reported_speech_act(case: Case) -> None:
    doc = _doc(case.sentences)
    got = _record(doc)
    assert (case.form, case.content, case.speaker, case.cue) in got, got
    # (the layer keeps the speaker phrase as written, a pronoun too; the record resolves it)
    in_layer = any(c[1] == case.content and c[0].lower() == case.form for c in layer(doc))
    assert in_layer == case.in_layer, layer(doc)


@pytest.mark.parametrize("sentences", NO_CLAIM)
def test_speech_act_the_scheme_does_not_count(sentences: tuple[str, ...]) -> None:
    doc = _doc(sentences)
    assert [c for c in layer(doc) if c[0] == "Reported"] == []


_SECOND_PREDICATE_DENIAL = (
    "Er/PPER/Case=Nom|Gender=Masc|Number=Sing|Person=3|PronType=Prs/=er "
    "räumte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=räumen "
    "Fehler/NN/Case=Acc|Gender=Masc|Number=Sing ein/ADV ,/$, "
    "wies/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=weisen aber/KON "
    "Rücktrittsforderungen/NN/Case=Acc|Gender=Fem|Number=Plur/=Rücktrittsforderung "
    "zurück/ADV/Degree=Pos ./$."
)


@pytest.mark.xfail(
    reason="the bare plural object after `aber` is read as the subject after the verb, so the "
    "second predicate passes for a trailing frame (`..., wies X zurück`)",
    strict=False,
)
def test_a_denial_as_second_predicate_is_no_trailing_frame() -> None:
    """`Er räumte Fehler ein, wies aber Rücktrittsforderungen zurück.`: the verb after the
    comma has no subject of its own; it is a second predicate of `Er` (a denial, outside the
    layer), not a frame whose content is the clause before."""
    doc = _doc((_SECOND_PREDICATE_DENIAL,))
    assert layer(doc) == [("Reported", "Er räumte Fehler ein", "Er")]


@pytest.mark.parametrize(
    ("sentence", "first", "second"),
    [
        pytest.param(
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Gewerkschaft/NN/Case=Nom|Gender=Fem|Number=Sing "
            "forderte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=fordern "
            "sechs/CARD Prozent/NN/Case=Dat|Gender=Neut|Number=Sing "
            "mehr/PIAT/Case=Acc|Gender=Masc|Number=Sing|PronType=Ind "
            "Lohn/NN/Case=Acc|Gender=Masc|Number=Sing ;/$. "
            "die/ART/Case=Nom|Definite=Def|Number=Sing|PronType=Art/=der "
            "Arbeitgeber/NN/Case=Nom|Gender=Masc|Number=Plur "
            "lehnten/VVFIN/Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin/=lehnen "
            "das/ART/Case=Acc|Definite=Def|Gender=Neut|Number=Sing|PronType=Art/=der ab/PTKVZ "
            "./$.",
            ("Die Gewerkschaft forderte sechs Prozent mehr Lohn", "Die Gewerkschaft", "forderte"),
            ("die Arbeitgeber lehnten das ab.", "die Arbeitgeber", "lehnten"),
            id="semicolon",
        ),
        pytest.param(
            "Die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Opposition/NN/Case=Nom|Gender=Fem|Number=Sing "
            "warnte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=warnen vor/APPR "
            "einem/ART/Case=Dat|Definite=Ind|Gender=Neut|Number=Sing|PronType=Art/=ein "
            "Scheitern/NN/Case=Dat|Gender=Neut|Number=Sing ,/$, "
            "die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Regierung/NN/Case=Nom|Gender=Fem|Number=Sing "
            "wies/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin/=weisen "
            "die/ART/Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Kritik/NN/Case=Acc|Gender=Fem|Number=Sing zurück/ADV/Degree=Pos ./$.",
            ("Die Opposition warnte vor einem Scheitern", "Die Opposition", "warnte"),
            ("die Regierung wies die Kritik zurück", "die Regierung", "wies"),
            id="comma_subject_phrase",
        ),
    ],
)
def test_speech_acts_side_by_side(
    sentence: str, first: tuple[str, str, str], second: tuple[str, str, str]
) -> None:
    """`X forderte A; Y lehnte das ab.`, `X warnte vor A, Y wies die Kritik zurück.`: each
    main clause is a speech act of its own; the first ends before the comma or semicolon
    after which the second opens with its subject (the denial stays outside the layer)."""
    doc = _doc((sentence,))
    got = _record(doc)
    assert ("reported", *first) in got, got
    assert ("reported", *second) in got, got
    assert layer(doc) == [("Reported", first[0], first[1])]


@pytest.mark.xfail(
    reason="`Wie erwartet` (as expected) is read as a `wie` frame of `erwarten` with an empty "
    "content, which keeps the reported speech act of the sentence out",
    strict=False,
)
def test_wie_erwartet_is_no_frame() -> None:
    doc = _doc(
        (
            "Wie/PWAV/=wie "
            "erwartet/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin/=erwarten "
            "forderte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=fordern "
            "der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art "
            "Verband/NN/Case=Nom|Gender=Masc|Number=Sing "
            "höhere/ADJA/Case=Acc|Degree=Cmp|Gender=Fem|Number=Plur/=hoch "
            "Zuschüsse/NN/Case=Acc|Gender=Masc|Number=Plur/=Zuschuß ./$.",
        )
    )
    assert layer(doc) == [
        ("Reported", "Wie erwartet forderte der Verband höhere Zuschüsse.", "der Verband")
    ]


def test_particle_verb_before_a_modal_conjunct() -> None:
    # the particle `an` before `und` + a second predicate closes the first conjunct (fixed in
    # session 15, `particle_clause._before_second_predicate`)
    doc = _doc(
        (
            "Der/ART/Case=Nom|Definite=Def|Gender=Masc|Number=Sing|PronType=Art/=der "
            "Vorstandschef/NN/Case=Nom|Gender=Masc|Number=Sing "
            "kündigte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=kündigen "
            "einen/ART/Case=Acc|Definite=Ind|Gender=Masc|Number=Sing|PronType=Art/=ein "
            "harten/ADJA/Case=Acc|Degree=Pos|Gender=Masc|Number=Sing/=hart "
            "Sparkurs/NN/Case=Acc|Gender=Masc|Number=Sing an/APPR und/KON "
            "will/VMFIN/Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin/=wollen 3000/CARD "
            "Stellen/NN/Case=Acc|Gender=Neut|Number=Plur/=Stelle streichen/VVINF/VerbForm=Inf "
            "./$.",
        )
    )
    assert [c[0] for c in layer(doc)] == ["Reported"]


def test_bare_object_noun_is_no_part_of_the_subject_after_the_verb() -> None:
    """`Daraufhin forderte die Opposition Konsequenzen.`: the bare noun after the subject's
    head noun, without an article, is the object (a name would be an apposition)."""
    doc = _doc(
        (
            "Daraufhin/PROAV/=daraufhin "
            "forderte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=fordern "
            "die/ART/Case=Nom|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Opposition/NN/Case=Nom|Gender=Fem|Number=Sing "
            "Konsequenzen/NN/Case=Acc|Gender=Fem|Number=Plur/=Konsequenz ./$.",
        )
    )
    assert layer(doc) == [
        ("Reported", "Daraufhin forderte die Opposition Konsequenzen.", "die Opposition")
    ]


@pytest.mark.xfail(
    reason="a prepositional Vorfeld: the tagger reads `die` as accusative and no second "
    "article phrase follows, so the subject passes for an object (widening the rule to "
    "prepositional Vorfelder changed 3 train predictions, 2 of them wrong)",
    strict=False,
)
def test_subject_after_a_prepositional_vorfeld() -> None:
    doc = _doc(
        (
            "Am/APPRART/Case=Dat|Gender=Masc|Number=Sing/=an "
            "Montag/NN/Case=Dat|Gender=Masc|Number=Sing "
            "forderte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=fordern "
            "die/ART/Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
            "Opposition/NN/Case=Acc|Gender=Fem|Number=Sing "
            "Konsequenzen/NN/Case=Acc|Gender=Fem|Number=Plur/=Konsequenz ./$.",
        )
    )
    assert [c[2] for c in layer(doc)] == ["die Opposition"]


def test_pronoun_subject_of_a_speech_act_names_the_person_before() -> None:
    """`Innenministerin Nancy Faeser besuchte … . Sie kündigte schnelle Hilfe an.`: the record
    claim's speaker is the person the pronoun stands for."""
    sentences = (
        "Innenministerin/NN/Case=Nom|Gender=Fem|Number=Sing "
        "Nancy/NE/Case=Nom|Gender=Masc|Number=Sing Faeser/NE/Case=Nom|Gender=Masc|Number=Sing "
        "besuchte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=besuchen "
        "am/APPRART/Case=Dat|Gender=Masc|Number=Sing/=an "
        "Montag/NN/Case=Dat|Gender=Masc|Number=Sing "
        "die/ART/Case=Acc|Definite=Def|Gender=Fem|Number=Sing|PronType=Art/=der "
        "Flutgebiete/NN/Case=Acc|Gender=Fem|Number=Plur/=Flutgebiet ./$.",
        "Sie/PPER/Case=Nom|Gender=Fem|Number=Sing|Person=3|PronType=Prs/=sie "
        "kündigte/VVFIN/Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin/=kündigen "
        "schnelle/ADJA/Case=Acc|Degree=Pos|Gender=Masc|Number=Plur/=schnell "
        "Hilfe/NN/Case=Acc|Gender=Masc|Number=Plur an/APPR ./$.",
    )
    doc = hand_tagged([sentences], glue_punctuation=True, persons=("Nancy Faeser",))
    assert ("Reported", "Sie kündigte schnelle Hilfe an.", "Sie") in layer(doc)
    claims, _ = analyse(doc)
    assert [(c.speaker_text, c.speaker) for c in claims] == [("Nancy Faeser", "Nancy Faeser")]
