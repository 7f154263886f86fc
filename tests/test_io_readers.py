"""Readers: text dumps, HTML, JSON/JSONL, encodings, stdin, directories."""

from __future__ import annotations

import io
import json
import unicodedata
from pathlib import Path

import pytest

from newsgraph.errors import InputError, InputNotFound, RecordError
from newsgraph.io.encoding import decode_bytes
from newsgraph.io.readers import iter_files, read_path, read_stdin
from newsgraph.record import Article

TEXT = (
    "Politik\n\nÜberschrift mit „Anführungszeichen“ – und Gedankenstrich\n\n"
    "Der Präsident sagte am Dienstag, die Gespräche würden fortgesetzt. Ökonomen äußerten sich skeptisch."
)


def only(path: Path | str, **kw: str) -> Article:
    items = list(read_path(path, **kw))
    assert len(items) == 1, items
    assert isinstance(items[0], Article), items[0]
    return items[0]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16"])
def test_encodings_are_detected_and_text_is_preserved(tmp_path: Path, encoding: str) -> None:
    text = TEXT if encoding not in ("latin-1",) else TEXT.replace("„", '"').replace("“", '"').replace("–", "-")
    f = tmp_path / "a.txt"
    f.write_bytes(text.encode(encoding))
    a = only(f)
    assert a.text == text
    assert a.source.path == str(f)


def test_nfc_normalisation_and_typographic_marks(tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", TEXT)
    assert decomposed != TEXT
    f = tmp_path / "nfd.txt"
    f.write_text(decomposed, encoding="utf-8")
    a = only(f)
    assert a.text == TEXT
    assert "„" in a.text and "“" in a.text and "–" in a.text


def test_crlf_and_ids_are_stable(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(TEXT.replace("\n", "\r\n").encode("utf-8"))
    (tmp_path / "b.txt").write_bytes(b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    assert only(tmp_path / "a.txt").id == only(tmp_path / "b.txt").id


def test_published_and_publisher_from_user(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    a = only(f, published="2025-11-07", publisher="Beispielzeitung")
    assert a.source.published == "2025-11-07"
    assert a.source.published_basis == "user"
    assert a.source.publisher == "Beispielzeitung"


HTML = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Brand in Lagerhalle | Stadtbote</title>
<meta property="og:title" content="Brand in Lagerhalle: Feuerwehr im Großeinsatz">
<meta property="og:site_name" content="Stadtbote">
<meta name="author" content="Lena Vogt">
<meta property="article:published_time" content="2025-10-02T08:00:00+02:00">
</head><body><nav><a href="/">Start</a> <a href="/lokales">Lokales</a></nav>
<article><h1>Brand in Lagerhalle: Feuerwehr im Großeinsatz</h1>
<p>In einer Lagerhalle im Gewerbegebiet Nord ist in der Nacht zum Donnerstag ein Großbrand ausgebrochen. Nach Angaben der Feuerwehr waren mehr als 80 Einsatzkräfte vor Ort.</p>
<p>Ein Sprecher der Polizei sagte, verletzt worden sei niemand. Die Brandursache sei noch unklar, die Ermittlungen dauerten an. Der Schaden wird auf mehrere Hunderttausend Euro geschätzt.</p>
</article><footer>Impressum · Datenschutz</footer></body></html>"""


def test_html_with_metadata(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    f.write_text(HTML, encoding="utf-8")
    a = only(f)
    assert a.title == "Brand in Lagerhalle: Feuerwehr im Großeinsatz"
    assert a.text.startswith(a.title + "\n\n")
    assert "Großbrand ausgebrochen" in a.text and "Impressum" not in a.text
    assert a.source.published == "2025-10-02" and a.source.published_basis == "metadata"
    assert a.source.publisher == "Stadtbote"
    assert a.source.author == "Lena Vogt"
    # paragraphs are blank-line separated so the structure stage sees them
    assert "\n\nEin Sprecher der Polizei" in a.text


def test_html_detected_by_content_without_extension(tmp_path: Path) -> None:
    f = tmp_path / "page"
    f.write_text(HTML, encoding="utf-8")
    assert only(f).source.publisher == "Stadtbote"


def test_json_record_list_and_full_record(tmp_path: Path) -> None:
    rec = {"text": "Erster Satz der Meldung. Zweiter Satz.", "title": "Titel", "url": "https://x.example/1",
           "published": "2025-01-31T10:00:00Z", "publisher": "Agentur"}
    (tmp_path / "one.json").write_text(json.dumps(rec), encoding="utf-8")
    a = only(tmp_path / "one.json")
    assert a.text == "Titel\n\nErster Satz der Meldung. Zweiter Satz."
    assert a.title == "Titel" and a.source.url == "https://x.example/1"
    assert a.source.published == "2025-01-31" and a.source.published_basis == "metadata"

    (tmp_path / "many.json").write_text(json.dumps([rec, {"text": "Noch eine Meldung."}]), encoding="utf-8")
    assert [type(x) for x in read_path(tmp_path / "many.json")] == [Article, Article]

    # a stored newsgraph record is read back as is
    (tmp_path / "rec.json").write_text(a.to_json(), encoding="utf-8")
    assert only(tmp_path / "rec.json") == a


def test_jsonl_streams_records_and_reports_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": "Meldung eins.", "id": "x1"}),
        "",
        "{not json",
        json.dumps({"title": "ohne Text"}),
        json.dumps({"text": "Meldung zwei.", "published": "gestern"}),
        json.dumps({"text": "Meldung drei.", "published": None}),
    ]
    f = tmp_path / "feed.jsonl"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_path(f))
    assert [type(x).__name__ for x in items] == [
        "Article", "RecordError", "RecordError", "RecordError", "Article",
    ]
    assert str(items[1]).startswith(f"{f}:3:")
    assert 'without "text"' in str(items[2]) and f"{f}:4" in str(items[2])
    assert "not an ISO date" in str(items[3])


def test_stdin_text_and_jsonl() -> None:
    items = list(read_stdin(stream=io.BytesIO(TEXT.encode("cp1252"))))
    assert isinstance(items[0], Article) and items[0].text == TEXT
    feed = (json.dumps({"text": "Eins."}) + "\n" + json.dumps({"text": "Zwei."}) + "\n").encode()
    items = list(read_stdin(stream=io.BytesIO(feed)))
    assert [a.text for a in items if isinstance(a, Article)] == ["Eins.", "Zwei."]


def test_directories_recursive_sorted_hidden_skipped(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Zwei Sätze hier. Und noch einer.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Eins ist ein Satz.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("versteckt", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("intern", encoding="utf-8")
    names = [p.name for p in iter_files(tmp_path)]
    assert names == ["a.txt", "2.txt"]


def test_directory_with_10000_files_streams(tmp_path: Path) -> None:
    for i in range(10_000):
        (tmp_path / f"{i:05d}.txt").write_bytes(b"Kurze Meldung Nummer %d." % i)
    gen = read_path(tmp_path)
    first = next(gen)
    assert isinstance(first, Article) and first.text == "Kurze Meldung Nummer 0."
    count = 1 + sum(1 for x in gen if isinstance(x, Article))
    assert count == 10_000


def test_missing_path() -> None:
    (err,) = list(read_path("/no/such/file.txt"))
    assert isinstance(err, InputNotFound)
    assert "/no/such/file.txt" in str(err) and "no such file" in str(err)


def test_decode_bytes_rejects_garbage() -> None:
    with pytest.raises(InputError, match="undecodable"):
        decode_bytes(bytes(range(1, 32)) * 50 + b"\x81\x8d\x8f" * 30, path="x")


def test_record_error_is_input_error() -> None:
    assert issubclass(RecordError, InputError)


def test_invisible_characters_are_removed(tmp_path: Path) -> None:
    f = tmp_path / "soft.txt"
    f.write_text("Der Verteidi\u00adgungs\u200bminister sagte\u2028am Montag etwas.", encoding="utf-8")
    assert only(f).text == "Der Verteidigungsminister sagte\nam Montag etwas."
