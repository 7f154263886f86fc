"""Block detection on several layouts of web-article dumps (not only the bundled examples)."""

from __future__ import annotations

from newsgraph.io import article_from_text
from newsgraph.io.compose import compose_article
from newsgraph.pipeline import Pipeline
from newsgraph.record import Article
from newsgraph.structure import StructureStage
from newsgraph.structure.dateline import date_only_line, dateline_date, find_date
from newsgraph.structure.lexicon import load_cues, strip_quotes

PIPE = Pipeline([StructureStage()])


def run(text: str, **kw: str) -> Article:
    return PIPE.run(article_from_text(text, **kw))


def kinds(a: Article) -> list[tuple[str, str]]:
    return [(b.kind, a.text[b.start : b.end]) for b in a.blocks]


def kind_of(a: Article, snippet: str) -> str:
    for b in a.blocks:
        if snippet in a.text[b.start : b.end]:
            return b.kind
    raise AssertionError(f"{snippet!r} not in any block")


def check_offsets(a: Article) -> None:
    last = 0
    for b in a.blocks:
        assert 0 <= b.start < b.end <= len(a.text)
        assert b.start >= last, "blocks overlap or are out of order"
        assert a.text[b.start : b.end] == a.text[b.start : b.end].strip()
        last = b.end
    covered = "".join(a.text[b.start : b.end] for b in a.blocks)
    assert "".join(covered.split()) == "".join(a.text.split()), "text outside blocks"


GLUED = """Europa

Brüssel: Einigung auf neues Schuldenpaket

Die Finanzminister der Eurozone haben sich nach zwölfstündigen Verhandlungen geeinigt. Kritiker sprechen von einem faulen Kompromiss.
Die Finanzminister beim Treffen in BrüsselQuelle: Reuters © Yves Herman

Die Finanzminister der Eurozone haben sich in der Nacht zum Dienstag auf ein neues Hilfspaket geeinigt. Nach Angaben von Diplomaten umfasst es 40 Milliarden Euro und soll über sechs Jahre laufen.

Der Vorsitzende der Eurogruppe sagte am Morgen, man habe "eine tragfähige Lösung" gefunden. Mehrere Regierungen hatten zuvor Bedenken gegen die Laufzeit geäußert, wie die Nachrichtenagentur AFP unter Berufung auf Verhandlungskreise berichtete.

Mehr zum Thema  Eurogruppe: Neue Regeln für Defizitsünder

Wenn Euch unsere Artikel gefallen, teilt sie gern überall, wo Ihr aktiv seid. Unterstützt unsere Arbeit, damit wir weiter berichten können.
"""


def test_glued_caption_credit_is_split_at_the_glue_point() -> None:
    a = run(GLUED)
    check_offsets(a)
    ks = kinds(a)
    assert ks[0] == ("section", "Europa")
    assert ks[1] == ("title", "Brüssel: Einigung auf neues Schuldenpaket")
    assert ks[2][0] == "lead"
    assert ("caption", "Die Finanzminister beim Treffen in Brüssel") in ks
    assert ("credit", "Quelle: Reuters © Yves Herman") in ks
    assert kind_of(a, "Mehr zum Thema") == "related"
    assert kind_of(a, "Wenn Euch unsere Artikel") == "appeal"
    assert [k for k, _ in ks].count("body") == 2
    assert a.title == "Brüssel: Einigung auf neues Schuldenpaket"
    assert a.lead is not None and a.lead.startswith("Die Finanzminister der Eurozone haben sich nach")
    assert a.source.section == "Europa"


BYLINE_LAYOUT = """Sport | Fußball

Trainerwechsel beim Tabellenletzten

Von Martin Hofer
Veröffentlicht am 14.02.2025

Nach der fünften Niederlage in Folge hat der Verein seinen Cheftrainer freigestellt. Ein Nachfolger soll bis zum Wochenende feststehen.

Das Stadion am Samstagabend (Symbolbild). Foto: IMAGO/Sportfoto Rudel

Der Vorstand teilte am Sonntag mit, man habe sich "im gegenseitigen Einvernehmen" getrennt. Nach Informationen des Kicker war der Trainer bereits seit Wochen intern umstritten. Spieler hätten sich über die Trainingsmethoden beschwert, berichtete das Magazin unter Berufung auf das Umfeld der Mannschaft.

Sportdirektor Klaus Wendt sagte, die Entscheidung sei ihm schwergefallen. Man brauche nun aber einen neuen Impuls, um den Abstieg zu verhindern.

Lesen Sie auch:
Die Bilanz der Hinrunde in Zahlen
Wer kommt als Nachfolger infrage?

Über den Autor: Martin Hofer ist Sportredakteur und schreibt seit 2015 über den Regionalfußball.
"""


def test_byline_stamp_symbolbild_related_list_author_box() -> None:
    a = run(BYLINE_LAYOUT)
    check_offsets(a)
    assert kind_of(a, "Sport | Fußball") == "section"
    assert a.title == "Trainerwechsel beim Tabellenletzten"
    assert kind_of(a, "Von Martin Hofer") == "boilerplate"
    assert kind_of(a, "Veröffentlicht am") == "boilerplate"
    assert a.source.author == "Martin Hofer"
    assert a.source.published == "2025-02-14" and a.source.published_basis == "text"
    assert kind_of(a, "Nach der fünften Niederlage") == "lead"
    assert kind_of(a, "(Symbolbild)") == "caption"
    assert kind_of(a, "Foto: IMAGO/Sportfoto Rudel") == "credit"
    assert kind_of(a, "Lesen Sie auch") == "related"
    assert kind_of(a, "Die Bilanz der Hinrunde") == "related"
    assert kind_of(a, "Wer kommt als Nachfolger") == "related"
    assert kind_of(a, "Über den Autor") == "boilerplate"
    assert kind_of(a, "Sportdirektor Klaus Wendt") == "body"


COOKIE_LAYOUT = """Digitales

Behörde warnt vor gefälschten Paketbenachrichtigungen

Frankfurt am Main, 3. Juni 2025 (dts) – Das Bundesamt für Sicherheit in der Informationstechnik warnt vor einer neuen Welle betrügerischer SMS. Die Nachrichten enthielten Links zu gefälschten Sendungsverfolgungen, teilte die Behörde mit.

Nach Angaben eines Sprechers seien allein im Mai mehr als 20.000 Meldungen eingegangen. Verbraucher sollten keine Links in unerwarteten Nachrichten öffnen.

Das könnte Sie auch interessieren
Neue Betrugsmasche mit Steuerbescheiden

Diese Website verwendet Cookies. Mit der Nutzung stimmen Sie der Verwendung von Cookies und unserer Datenschutzerklärung zu. Ihre Einwilligung können Sie jederzeit widerrufen.
Artikel teilen
"""


def test_dateline_date_cookie_note_and_furniture() -> None:
    a = run(COOKIE_LAYOUT)
    check_offsets(a)
    assert a.source.published == "2025-06-03"
    assert a.source.published_basis == "text"
    assert kind_of(a, "Frankfurt am Main, 3. Juni") in ("lead", "body")
    assert kind_of(a, "Neue Betrugsmasche") == "related"
    assert kind_of(a, "Diese Website verwendet Cookies") == "boilerplate"
    assert kind_of(a, "Artikel teilen") == "boilerplate"


def test_user_date_wins_over_text_date() -> None:
    a = run(COOKIE_LAYOUT, published="2025-06-04")
    assert a.source.published == "2025-06-04"
    assert a.source.published_basis == "user"


NEWSLETTER_LAYOUT = """Wirtschaft

Inflation sinkt im Oktober auf 2,1 Prozent

Die Verbraucherpreise in Deutschland sind im Oktober langsamer gestiegen als erwartet. Das teilte das Statistische Bundesamt am Donnerstag in einer ersten Schätzung mit.

Ökonomen hatten mit einer Rate von 2,3 Prozent gerechnet. "Die Entspannung bei den Energiepreisen kommt jetzt bei den Verbrauchern an", sagte die Chefvolkswirtin einer Förderbank. Sie warnte aber, die Dienstleistungspreise stiegen weiter kräftig.

Die Europäische Zentralbank dürfte die Zahlen nach Einschätzung von Analysten als Bestätigung ihres Kurses sehen. Unterstützt wird diese Einschätzung von den jüngsten Daten aus Frankreich und Spanien.

Abonnieren Sie unseren Newsletter und erhalten Sie jeden Morgen die wichtigsten Wirtschaftsnachrichten kostenlos in Ihr Postfach.
"""


def test_newsletter_appeal_but_no_false_appeal_in_reporting() -> None:
    a = run(NEWSLETTER_LAYOUT)
    assert kind_of(a, "Abonnieren Sie unseren Newsletter") == "appeal"
    # "Sie warnte" (she) and "Unterstützt wird" are reporting, not reader appeals
    assert kind_of(a, "Sie warnte aber") == "body"
    assert kind_of(a, "Unterstützt wird diese") == "body"
    assert a.source.published is None


def test_quoted_speech_does_not_make_an_appeal() -> None:
    text = (
        "Politik\n\nKanzler wirbt für Reform\n\n"
        "Der Kanzler hat im Bundestag für seine Rentenreform geworben und die Opposition scharf kritisiert.\n\n"
        "„Unterstützen Sie diese Reform! Teilen Sie unsere Überzeugung, dass wir handeln müssen. "
        "Ich bitte Sie um Ihre Zustimmung“, sagte er an die Abgeordneten gewandt.\n\n"
        "Die Opposition lehnte den Entwurf geschlossen ab und kündigte eigene Vorschläge an."
    )
    a = run(text)
    assert kind_of(a, "Unterstützen Sie diese Reform") == "body"


def test_plain_text_without_layout_is_all_body() -> None:
    a = run("Der Minister sagte am Montag in Berlin, es gebe keine Einigung über den Haushalt.")
    assert [b.kind for b in a.blocks] == ["body"]
    assert a.title is None and a.lead is None


def test_separate_title_from_metadata_is_recognised() -> None:
    art = compose_article(
        "Erster Absatz der Meldung mit genug Wörtern, um ein Absatz zu sein, und mehr Text.\n\n"
        "Zweiter Absatz der Meldung, ebenfalls mit ausreichend vielen Wörtern im Satz.",
        title="Eine Überschrift aus den Metadaten",
    )
    a = PIPE.run(art)
    assert a.text.startswith("Eine Überschrift aus den Metadaten\n\n")
    assert a.blocks[0].kind == "title"
    assert a.text[a.blocks[0].start : a.blocks[0].end] == a.title


def test_seed_like_layout_from_shared_seed(shared_data) -> None:  # type: ignore[no-untyped-def]
    seed = shared_data.parent / "seed"
    files = sorted(seed.glob("*.txt"))
    if not files:
        import pytest

        pytest.skip("no seed articles")
    for f in files:
        a = run(f.read_text(encoding="utf-8"))
        check_offsets(a)
        got = {b.kind for b in a.blocks}
        assert {"title", "body"} <= got


def test_dates() -> None:
    assert find_date("am 6. November 2025 in Berlin") == ("2025-11-06", 3, 19)
    assert find_date("06.11.2025")[0] == "2025-11-06"  # type: ignore[index]
    assert find_date("31.02.2025") is None
    assert find_date("Published: 12 March 2025")[0] == "2025-03-12"  # type: ignore[index]
    assert find_date("March 12, 2025")[0] == "2025-03-12"  # type: ignore[index]
    cues = load_cues()
    assert dateline_date("Berlin, 6. November 2025 (dpa) – Der Minister", cues.dateline_agency)[0] == "2025-11-06"  # type: ignore[index]
    assert dateline_date("Der Minister sagte am 6. November 2025 – nichts.", cues.dateline_agency) is None
    assert date_only_line("Donnerstag, 6. November 2025, 14:30 Uhr") == "2025-11-06"
    assert date_only_line("Am 6. November 2025 begann der Prozess") is None


def test_strip_quotes_keeps_length() -> None:
    s = 'Er sagte: „Wir unterstützen Sie.“ Dann ging er. "Teilt es!"'
    out = strip_quotes(s)
    assert len(out) == len(s)
    assert "unterstützen" not in out and "Teilt" not in out and "Dann ging er" in out


FURNITURE_LAYOUT = """Panorama

Zug entgleist bei Göttingen – keine Verletzten
Teilen
Facebook Twitter E-Mail

Göttingen (dpa) – Ein Güterzug ist am Dienstagmorgen bei Göttingen entgleist. Nach Angaben der
Bundespolizei wurde niemand verletzt, die Strecke bleibt aber bis mindestens Mittwoch gesperrt.

Anzeige

Ein Bahnsprecher sagte, die Ursache sei noch unklar. Fahrgäste müssten mit Umleitungen und
Verspätungen von bis zu einer Stunde rechnen.

Hinweis der Redaktion: In einer früheren Version hieß es, die Strecke sei wieder frei.
Wir haben den Fehler korrigiert.

Themen: Bahn, Göttingen, Unfall
"""


def test_share_buttons_ads_editorial_note_and_hard_wrapped_paragraphs() -> None:
    a = run(FURNITURE_LAYOUT)
    check_offsets(a)
    assert a.title == "Zug entgleist bei Göttingen – keine Verletzten"
    assert kind_of(a, "Teilen") == "boilerplate"
    assert kind_of(a, "Facebook Twitter") == "boilerplate"
    assert kind_of(a, "Anzeige") == "boilerplate"
    assert kind_of(a, "Hinweis der Redaktion") == "boilerplate"
    assert kind_of(a, "Wir haben den Fehler korrigiert") == "boilerplate"
    assert kind_of(a, "Themen: Bahn") == "boilerplate"
    # a hard-wrapped paragraph is one block
    body = [b for b in a.blocks if b.kind in ("lead", "body")]
    assert len(body) == 2
    assert a.text[body[1].start : body[1].end].endswith("bis zu einer Stunde rechnen.")


def _content_chars(a: Article) -> list[bool]:
    kinds = [None] * len(a.text)
    for b in a.blocks:
        for i in range(b.start, b.end):
            kinds[i] = b.kind  # type: ignore[call-overload]
    return [k in ("title", "lead", "body") for ch, k in zip(a.text, kinds, strict=True) if not ch.isspace()]


def test_single_newline_dumps_lose_no_reporting() -> None:
    """Dumps that separate paragraphs by single line breaks: every paragraph is still its
    own block and nothing that is reporting in the blank-line layout becomes furniture."""
    import re

    for layout in (GLUED, BYLINE_LAYOUT, COOKIE_LAYOUT, NEWSLETTER_LAYOUT, FURNITURE_LAYOUT):
        a = run(layout)
        s = run(re.sub(r"\n\n+", "\n", layout))
        ca, cs = _content_chars(a), _content_chars(s)
        assert len(ca) == len(cs)
        assert not any(x and not y for x, y in zip(ca, cs, strict=True)), layout[:30]
        assert sum(x == y for x, y in zip(ca, cs, strict=True)) >= 0.9 * len(ca)
        assert len([b for b in s.blocks if b.kind == "body"]) >= len(
            [b for b in a.blocks if b.kind == "body"]) - 1
