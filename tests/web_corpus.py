"""A small hand-made corpus for the workbench, API and export tests (no analysis stages).

Four annotated articles (a Yonhap → NIS chain carried by two publishers, an assault with a
denial, an English protest report) plus ``FILLER`` short articles for pagination.
"""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from newsgraph.record import (
    Actor,
    Article,
    Block,
    Claim,
    Entity,
    Event,
    Geo,
    Quantity,
    Role,
    Source,
    Span,
    TimeExpr,
)
from newsgraph.store import Store

FILLER = 12


def sp(text: str, sub: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    return Span(start, start + len(sub), sub)


def ent(text: str, eid: str, etype: str, name: str, surfaces: list[str], **kw: object) -> Entity:
    mentions = tuple(sp(text, s) for s in surfaces)
    return Entity(eid, etype, name, mentions=mentions, **kw)  # type: ignore[arg-type]


def blocks_of(text: str, parts: list[tuple[str, str]]) -> tuple[Block, ...]:
    out = []
    for kind, sub in parts:
        s = sp(text, sub)
        out.append(Block(kind, s.start, s.end))  # type: ignore[arg-type]
    return tuple(out)


PRK_GEO = Geo(40.0, 127.0, "country", "PRK")
RUS_GEO = Geo(61.5, 105.3, "country", "RUS")


def chain_article() -> Article:
    title = "Nordkorea schickt Soldaten nach Russland"
    lead = "Der südkoreanische Geheimdienst NIS erhebt schwere Vorwürfe."
    body = ("Die Nachrichtenagentur Yonhap berichtete am Donnerstag, der NIS habe bekanntgegeben, "
            "dass Nordkorea 1.500 Soldaten nach Russland entsandt habe. Kim Jong-un und "
            "Wladimir Putin trafen sich am 19. Juni 2024 in Pjöngjang.")
    caption = "Kim Jong-un bei einer Parade in Pjöngjang. Foto: Archiv"
    related = "Mehr zum Thema: Putin besucht Nordkorea"
    appeal = "Unterstützen Sie unabhängigen Journalismus mit einer Spende!"
    text = "\n\n".join([title, lead, body, caption, related, appeal])
    yonhap_claim = sp(text, "der NIS habe bekanntgegeben, dass Nordkorea 1.500 Soldaten nach "
                            "Russland entsandt habe")
    nis_claim = sp(text, "Nordkorea 1.500 Soldaten nach Russland entsandt habe")
    return Article(
        id="art-chain", text=text,
        source=Source(publisher="Testpost", published="2024-06-20", url="https://example.org/1"),
        language="de", title=title, lead=lead,
        blocks=blocks_of(text, [("title", title), ("lead", lead), ("body", body),
                                ("caption", caption), ("related", related), ("appeal", appeal)]),
        entities=(
            ent(text, "e1", "ORG", "Yonhap", ["Yonhap"], ids={"wikidata": "Q10328"}),
            ent(text, "e2", "ORG", "National Intelligence Service", ["NIS"]),
            Entity("e3", "GPE", "North Korea", {"iso3": "PRK"},
                   (sp(text, "Nordkorea"), sp(text, "Nordkorea", 1)), PRK_GEO),
            Entity("e4", "GPE", "Russia", {"iso3": "RUS"},
                   (sp(text, "Russland"), sp(text, "Russland", 1)), RUS_GEO),
            ent(text, "e5", "PERSON", "Kim Jong-un", ["Kim Jong-un"]),
            ent(text, "e6", "PERSON", "Vladimir Putin", ["Wladimir Putin"]),
            Entity("e7", "GPE", "Pyongyang", {}, (sp(text, "Pjöngjang"),),
                   Geo(39.03, 125.75, "city", "PRK")),
        ),
        roles=(Role(None, "Geheimdienst", "e2", sp(text, "Geheimdienst").start,
                    sp(text, "Geheimdienst").end, "Geheimdienst", "SPY"),),
        times=(TimeExpr("t1", *_se(sp(text, "am Donnerstag")), "2024-06-20"),
               TimeExpr("t2", *_se(sp(text, "am 19. Juni 2024")), "2024-06-19")),
        quantities=(Quantity("q1", *_se(sp(text, "1.500 Soldaten")), 1500.0,
                             unit="soldiers"),),
        claims=(
            Claim("c1", yonhap_claim, "indirect", "reported", speaker="e1",
                  speaker_text="Die Nachrichtenagentur Yonhap", cue=sp(text, "berichtete"),
                  said="t1"),
            Claim("c2", nis_claim, "indirect", "alleged", speaker="e2", speaker_text="der NIS",
                  cue=sp(text, "bekanntgegeben"), via="c1",
                  evidence=(sp(text, "habe bekanntgegeben"),)),
        ),
        events=(
            Event("v1", "MOBILIZE", sp(text, "entsandt"), cameo="15",
                  actors=(Actor("Nordkorea", "e3", "PRK", "MIL"),),
                  targets=(Actor("Russland", "e4", "RUS"),), time="t1", place="e4",
                  quantity="q1", claim="c2", stance="alleged", confidence=0.7),
            Event("v2", "CONSULT", sp(text, "trafen"), cameo="04",
                  actors=(Actor("Kim Jong-un", "e5", "PRK", "GOV"),
                          Actor("Wladimir Putin", "e6", "RUS", "GOV")),
                  time="t2", place="e7", confidence=0.9, reciprocal=True),
            Event("v3", "AID", sp(text, "Soldaten", 1), actors=(Actor("Nordkorea", "e3", "PRK"),),
                  targets=(Actor("Russland", "e4", "RUS"),), time="t1", claim="c2",
                  stance="alleged", confidence=0.4),
        ),
    )


def _se(s: Span) -> tuple[int, int, str]:
    return s.start, s.end, s.text


def echo_article() -> Article:
    """Another publisher carrying the NIS claim through Yonhap, in other words."""
    text = ("Soldaten für Moskau\n\nNach Angaben des Geheimdienstes NIS hat Nordkorea 1.500 "
            "Soldaten nach Russland entsandt, meldete Yonhap. Russland wies das zurück.")
    outer = sp(text, "Nach Angaben des Geheimdienstes NIS hat Nordkorea 1.500 Soldaten nach "
                     "Russland entsandt")
    inner = sp(text, "hat Nordkorea 1.500 Soldaten nach Russland entsandt")
    return Article(
        id="art-echo", text=text,
        source=Source(publisher="Morgenblatt", published="2024-06-22"), language="de",
        title="Soldaten für Moskau",
        blocks=blocks_of(text, [("title", "Soldaten für Moskau"), ("body", text[21:])]),
        entities=(
            ent(text, "e1", "ORG", "National Intelligence Service", ["NIS"]),
            Entity("e2", "GPE", "North Korea", {"iso3": "PRK"}, (sp(text, "Nordkorea"),),
                   PRK_GEO),
            Entity("e3", "GPE", "Russia", {"iso3": "RUS"},
                   (sp(text, "Russland"), sp(text, "Russland", 1)), RUS_GEO),
            ent(text, "e4", "ORG", "Yonhap", ["Yonhap"]),
            ent(text, "e5", "GPE", "Moscow", ["Moskau"], geo=Geo(55.75, 37.62, "city", "RUS")),
        ),
        claims=(
            Claim("c1", outer, "reported", "reported", speaker="e4", speaker_text="Yonhap",
                  cue=sp(text, "meldete")),
            Claim("c2", inner, "reported", "reported", speaker="e1",
                  speaker_text="des Geheimdienstes NIS", cue=sp(text, "Nach Angaben"), via="c1"),
            Claim("c3", sp(text, "wies das zurück"), "reported", "denied", speaker="e3",
                  speaker_text="Russland", cue=sp(text, "wies das zurück")),
        ),
        events=(
            Event("v1", "MOBILIZE", sp(text, "entsandt"),
                  actors=(Actor("Nordkorea", "e2", "PRK", "MIL"),),
                  targets=(Actor("Russland", "e3", "RUS"),), place="e3", claim="c2",
                  stance="reported", time_basis="published", confidence=0.6),
            Event("v2", "REJECT", sp(text, "wies das zurück"),
                  actors=(Actor("Russland", "e3", "RUS", "GOV"),),
                  targets=(Actor("NIS", "e1", "KOR", "SPY"),), stance="asserted",
                  time_basis="published", confidence=0.5),
        ),
    )


def assault_article() -> Article:
    text = ("Angriff auf Kiew\n\nRussland hat Kiew in der Nacht zum 25. Juni 2024 mit Raketen "
            "beschossen. Der Kreml bestritt, zivile Ziele angegriffen zu haben.")
    return Article(
        id="art-assault", text=text,
        source=Source(publisher="Testpost", published="2024-06-25"), language="de",
        title="Angriff auf Kiew",
        blocks=blocks_of(text, [("title", "Angriff auf Kiew"), ("body", text[18:])]),
        entities=(
            Entity("e1", "GPE", "Russia", {"iso3": "RUS"}, (sp(text, "Russland"),), RUS_GEO),
            Entity("e2", "GPE", "Kyiv", {}, (sp(text, "Kiew"), sp(text, "Kiew", 1)),
                   Geo(50.45, 30.52, "city", "UKR")),
            ent(text, "e3", "ORG", "Kremlin", ["Kreml"]),
        ),
        times=(TimeExpr("t1", *_se(sp(text, "in der Nacht zum 25. Juni 2024")), "2024-06-25"),),
        claims=(Claim("c1", sp(text, "zivile Ziele angegriffen zu haben"), "indirect",
                      "denied", speaker="e3", speaker_text="Der Kreml",
                      cue=sp(text, "bestritt")),),
        events=(Event("v1", "ASSAULT", sp(text, "beschossen"), cameo="19",
                      actors=(Actor("Russland", "e1", "RUS", "MIL"),),
                      targets=(Actor("Kiew", "e2", "UKR"),), time="t1", place="e2",
                      confidence=0.8),),
    )


def english_article() -> Article:
    text = ("Protest in Seoul\n\nThousands of protesters rallied in Seoul on July 1, 2024 "
            "against the deployment, police said.")
    return Article(
        id="art-en", text=text,
        source=Source(publisher="Daily Example", published="2024-07-01"), language="en",
        title="Protest in Seoul",
        blocks=blocks_of(text, [("title", "Protest in Seoul"), ("body", text[18:])]),
        entities=(ent(text, "e1", "GPE", "Seoul", ["Seoul", ], geo=Geo(37.57, 126.98, "city",
                                                                      "KOR")),),
        times=(TimeExpr("t1", *_se(sp(text, "on July 1, 2024")), "2024-07-01"),),
        claims=(Claim("c1", sp(text, "Thousands of protesters rallied in Seoul on July 1, 2024 "
                                     "against the deployment"), "reported", "reported",
                      speaker_text="police", cue=sp(text, "said")),),
        events=(Event("v1", "PROTEST", sp(text, "rallied"),
                      actors=(Actor("Thousands of protesters", None, "KOR", "CVL"),),
                      time="t1", place="e1", claim="c1", stance="reported", confidence=0.8),),
    )


def filler_article(i: int) -> Article:
    text = f"Meldung {i}\n\nDie Regierung in Berlin kritisierte Ankara am Tag {i}."
    return Article(
        id=f"filler-{i:02d}", text=text,
        source=Source(publisher="Kurzdienst", published=f"2024-05-{i + 1:02d}"), language="de",
        title=f"Meldung {i}",
        entities=(ent(text, "e1", "GPE", "Germany", ["Berlin"]),
                  ent(text, "e2", "GPE", "Turkey", ["Ankara"])),
        events=(Event("v1", "ACCUSE", sp(text, "kritisierte"),
                      actors=(Actor("Die Regierung in Berlin", "e1", "DEU", "GOV"),),
                      targets=(Actor("Ankara", "e2", "TUR", "GOV"),), time_basis="published",
                      confidence=0.5),),
    )


def all_articles() -> list[Article]:
    return [chain_article(), echo_article(), assault_article(), english_article(),
            *(filler_article(i) for i in range(FILLER))]


def build_db(path: Path) -> Path:
    with Store(path) as store:
        for a in all_articles():
            store.put(a)
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running_server(db: Path) -> Iterator[str]:
    """A real HTTP server (werkzeug, threaded) on a free local port; yields its base URL."""
    from werkzeug.serving import make_server

    from newsgraph.web import create_app

    server = make_server("127.0.0.1", 0, create_app(db), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=5)
