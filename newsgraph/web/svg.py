"""Server-side SVG drawings: claim chains, the events timeline, the actor network, the map.

Every label is escaped here; the functions return complete ``<svg>`` elements as strings.
"""

from __future__ import annotations

import json
import math
from datetime import date, timedelta
from functools import lru_cache
from html import escape
from importlib import resources
from typing import Any
from urllib.parse import quote

QUAD_COLOURS = {1: "#2b8a3e", 2: "#1971c2", 3: "#e67700", 4: "#c92a2a", 0: "#868e96"}
PALETTE = ("#1971c2", "#e67700", "#2b8a3e", "#c92a2a", "#7048e8", "#0c8599", "#d6336c",
           "#5c940d", "#868e96")
STANCE_COLOURS = {"asserted": "#495057", "reported": "#1971c2", "alleged": "#e67700",
                  "denied": "#c92a2a", "hypothetical": "#7048e8", "future": "#0c8599"}


def _text_width(label: str, size: float = 12) -> float:
    return max(40.0, len(label) * size * 0.6)


def actor_href(name: str) -> str:
    return "/actors/" + quote(name, safe="")


def chain_svg(nodes: list[dict[str, Any]], element_id: str) -> str:
    """Boxes from the publisher to the speaker, joined by arrows (publisher → Yonhap → NIS)."""
    gap, pad, h = 34, 10, 44
    widths = [_text_width(str(n["label"])) + 2 * pad for n in nodes]
    total = sum(widths) + gap * (len(nodes) - 1) + 4
    parts = [
        f'<svg class="chain" id="{escape(element_id)}" xmlns="http://www.w3.org/2000/svg"'
        f' width="{total:.0f}" height="{h + 6}" viewBox="0 0 {total:.0f} {h + 6}"'
        ' role="img" aria-label="attribution chain">',
        f'<defs><marker id="arrow-{escape(element_id)}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7"'
        ' markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#495057"/>'
        "</marker></defs>",
    ]
    x = 2.0
    for i, (node, w) in enumerate(zip(nodes, widths, strict=True)):
        colour = STANCE_COLOURS.get(str(node.get("stance")), "#343a40")
        fill = "#f1f3f5" if node["kind"] == "publisher" else "#fff"
        parts.append(
            f'<g class="chain-node" data-kind="{escape(node["kind"])}">'
            f'<rect x="{x:.0f}" y="3" width="{w:.0f}" height="{h - 6}" rx="6" fill="{fill}"'
            f' stroke="{colour}" stroke-width="1.5"/>'
            f'<text x="{x + w / 2:.0f}" y="{h / 2 - 1:.0f}" text-anchor="middle"'
            f' font-size="12" font-weight="600">{escape(str(node["label"]))}</text>'
        )
        sub = node.get("stance") or ("publisher" if node["kind"] == "publisher" else "")
        parts.append(
            f'<text x="{x + w / 2:.0f}" y="{h / 2 + 13:.0f}" text-anchor="middle"'
            f' font-size="10" fill="{colour}">{escape(str(sub))}</text></g>'
        )
        if i < len(nodes) - 1:
            parts.append(
                f'<line x1="{x + w + 2:.0f}" y1="{h / 2:.0f}" x2="{x + w + gap - 3:.0f}"'
                f' y2="{h / 2:.0f}" stroke="#495057" stroke-width="1.5"'
                f' marker-end="url(#arrow-{escape(element_id)})"/>'
            )
        x += w + gap
    parts.append("</svg>")
    return "".join(parts)


def _all_buckets(starts: list[str], interval: str) -> list[str]:
    if not starts:
        return []
    first, last = date.fromisoformat(starts[0]), date.fromisoformat(starts[-1])
    step = timedelta(days=7 if interval == "week" else 1)
    if (last - first) / step > 400:
        return starts
    out, d = [], first
    while d <= last:
        out.append(d.isoformat())
        d += step
    return out


def timeline_svg(data: dict[str, Any], width: int = 920, height: int = 260) -> str:
    """Stacked bars of event counts per bucket and series, with a legend."""
    series: list[str] = data["series"]
    by_start = {b["start"]: b["counts"] for b in data["buckets"]}
    buckets = _all_buckets(sorted(by_start), data["interval"])
    left, top, bottom, legend_w = 36, 10, 40, 170
    plot_w, plot_h = width - left - legend_w, height - top - bottom
    peak = max((sum(by_start.get(b, {}).values()) for b in buckets), default=0) or 1
    parts = [f'<svg class="timeline" xmlns="http://www.w3.org/2000/svg" width="{width}"'
             f' height="{height}" viewBox="0 0 {width} {height}" role="img"'
             ' aria-label="events over time">']
    if not buckets:
        parts.append(f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle">'
                     "no dated events</text></svg>")
        return "".join(parts)
    slot = plot_w / len(buckets)
    bw = min(slot, 48.0)
    for tick in range(0, peak + 1, max(1, math.ceil(peak / 4))):
        y = top + plot_h - tick / peak * plot_h
        parts.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y:.1f}" y2="{y:.1f}"'
                     ' stroke="#e9ecef"/>'
                     f'<text x="{left - 4}" y="{y + 4:.1f}" font-size="10" text-anchor="end">'
                     f"{tick}</text>")
    label_every = max(1, math.ceil(len(buckets) / 10))
    for i, bucket in enumerate(buckets):
        x = left + i * slot + (slot - bw) / 2
        y = top + plot_h
        counts = by_start.get(bucket, {})
        for s, name in enumerate(series):
            n = counts.get(name, 0)
            if not n:
                continue
            hgt = n / peak * plot_h
            y -= hgt
            parts.append(
                f'<rect class="bar" x="{x + 1:.1f}" y="{y:.1f}" width="{max(1.0, bw - 2):.1f}"'
                f' height="{hgt:.1f}" fill="{PALETTE[s % len(PALETTE)]}">'
                f"<title>{escape(bucket)} · {escape(name)}: {n}</title></rect>"
            )
        if i % label_every == 0:
            parts.append(f'<text x="{x + bw / 2:.1f}" y="{top + plot_h + 14}" font-size="10"'
                         f' text-anchor="middle">{escape(bucket[5:] if i else bucket)}</text>')
    parts.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{top + plot_h}"'
                 f' y2="{top + plot_h}" stroke="#495057"/>')
    for s, name in enumerate(series):
        y = top + 4 + s * 18
        parts.append(f'<rect x="{width - legend_w + 10}" y="{y}" width="12" height="12"'
                     f' fill="{PALETTE[s % len(PALETTE)]}"/><text x="{width - legend_w + 28}"'
                     f' y="{y + 10}" font-size="11">{escape(name[:24])}</text>')
    parts.append("</svg>")
    return "".join(parts)


def network_svg(data: dict[str, Any], size: int | None = None) -> str:
    """Actors on a circle; arrows actor → target, width by event count, colour by quad class."""
    nodes = data["nodes"]
    if size is None:  # room for more labels on a larger circle
        size = min(1100, 640 + 22 * max(0, len(nodes) - 20))
    margin = 200
    parts = [f'<svg class="network" xmlns="http://www.w3.org/2000/svg"'
             f' width="{size + 2 * margin}" height="{size + 40}"'
             f' viewBox="{-margin} -20 {size + 2 * margin} {size + 40}" role="img"'
             ' aria-label="actor network"><defs>']
    for q, colour in QUAD_COLOURS.items():
        parts.append(f'<marker id="arrow-q{q}" viewBox="0 0 10 10" refX="10" refY="5"'
                     ' markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse"'
                     ' orient="auto">'
                     f'<path d="M0,0 L10,5 L0,10 z" fill="{colour}"/></marker>')
    parts.append("</defs>")
    if not nodes:
        parts.append(f'<text x="{size / 2}" y="{size / 2}" text-anchor="middle">'
                     "no actor → target events</text></svg>")
        return "".join(parts)
    cx = cy = size / 2
    radius = size / 2 - 60
    pos: dict[str, tuple[float, float]] = {}
    for i, node in enumerate(nodes):
        angle = 2 * math.pi * i / len(nodes) - math.pi / 2
        pos[node["name"]] = (cx + radius * math.cos(angle), cy + radius * math.sin(angle))
    node_r = {n["name"]: 5 + 3 * math.sqrt(n["events"]) for n in nodes}
    for edge in data["edges"]:
        (x1, y1), (x2, y2) = pos[edge["source"]], pos[edge["target"]]
        dx, dy = x2 - x1, y2 - y1
        dist = math.hypot(dx, dy) or 1
        r2 = node_r[edge["target"]] + 2
        ex, ey = x2 - dx / dist * r2, y2 - dy / dist * r2
        mx, my = (x1 + ex) / 2 - dy / dist * 18, (y1 + ey) / 2 + dx / dist * 18
        q = edge.get("quad") or 0
        w = 1 + 1.5 * math.log2(edge["weight"])
        mutual = bool(edge.get("mutual"))
        arrow = "" if mutual else f' marker-end="url(#arrow-q{q})"'
        dash = ' stroke-dasharray="5 3"' if mutual else ""
        parts.append(
            f'<path class="edge" d="M{x1:.1f},{y1:.1f} Q{mx:.1f},{my:.1f} {ex:.1f},{ey:.1f}"'
            f' fill="none" stroke="{QUAD_COLOURS[q]}" stroke-width="{w:.1f}" stroke-opacity="0.8"'
            f'{dash}{arrow}><title>{escape(edge["source"])} {"↔" if mutual else "→"} '
            f'{escape(edge["target"])}: {edge["weight"]} events</title></path>'
        )
    for node in nodes:
        x, y = pos[node["name"]]
        # labels point away from the centre: right, left, or above/below near the poles
        dx, dy = (x - cx) / radius, (y - cy) / radius
        anchor = "start" if dx > 0.35 else "end" if dx < -0.35 else "middle"
        gap = node_r[node["name"]] + 5
        lx = x + dx * gap if anchor != "middle" else x
        ly = y + 4 + (dy * (gap + 8) if anchor == "middle" else 0)
        parts.append(
            f'<a href="{escape(actor_href(node["name"]))}"><g class="node">'
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{node_r[node["name"]]:.1f}" fill="#343a40"/>'
            f'<text x="{lx:.1f}" y="{ly:.1f}" font-size="12" text-anchor="{anchor}">'
            f'{escape(node["name"][:30])}</text><title>{escape(node["name"])}:'
            f' {node["events"]} events</title></g></a>'
        )
    parts.append("</svg>")
    return "".join(parts)


# ---- map --------------------------------------------------------------------------------------

MAP_W, MAP_TOP, MAP_BOTTOM = 960, 85.0, -58.0
_K = MAP_W / 360


def project(lat: float, lon: float) -> tuple[float, float]:
    """Equirectangular projection onto the map's pixel grid."""
    return (lon + 180) * _K, (MAP_TOP - lat) * _K


@lru_cache(maxsize=1)
def country_paths() -> tuple[tuple[str, str], ...]:
    """(country name, SVG path) for every country of the bundled Natural Earth file."""
    raw = resources.files("newsgraph.web").joinpath("static/world-110m.geojson").read_text()
    world = json.loads(raw)
    out = []
    for feature in world["features"]:
        d = []
        for polygon in feature["geometry"]["coordinates"]:
            for ring in polygon:
                d.append(_ring_path(ring))
        out.append((str(feature["properties"]["name"]), "".join(d)))
    return tuple(out)


def _ring_path(ring: list[list[float]]) -> str:
    """SVG path of one ring, unwrapped across the antimeridian and drawn once more shifted by
    360 degrees where it leaves the map, so no line crosses the whole map."""
    lons: list[float] = []
    for lon, _ in ring:
        if lons:
            while lon - lons[-1] > 180:
                lon -= 360
            while lon - lons[-1] < -180:
                lon += 360
        lons.append(lon)
    shifts = [0.0]
    if min(lons) < -180:
        shifts.append(360.0)
    if max(lons) > 180:
        shifts.append(-360.0)
    out = []
    for shift in shifts:
        pts = [project(lat, lon + shift) for lon, (_, lat) in zip(lons, ring, strict=True)]
        out.append("M" + "L".join(f"{x:.1f},{y:.1f}" for x, y in pts) + "Z")
    return "".join(out)


def map_svg(points: list[dict[str, Any]]) -> str:
    height = (MAP_TOP - MAP_BOTTOM) * _K
    parts = [f'<svg class="worldmap" xmlns="http://www.w3.org/2000/svg" width="{MAP_W}"'
             f' height="{height:.0f}" viewBox="0 0 {MAP_W} {height:.0f}" role="img"'
             ' aria-label="map of events and places">'
             f'<rect width="{MAP_W}" height="{height:.0f}" fill="#e7f1fa"/>']
    for name, d in country_paths():
        parts.append(f'<path class="country" d="{d}" fill="#f8f9fa" stroke="#adb5bd"'
                     f' stroke-width="0.5"><title>{escape(name)}</title></path>')
    for p in sorted(points, key=lambda p: -(p["events"] + p["articles"])):
        x, y = project(p["lat"], p["lon"])
        r = 3 + 2.2 * math.sqrt(p["events"] + p["articles"])
        colour = "#c92a2a" if p["events"] else "#1971c2"
        parts.append(
            f'<a href="{escape(actor_href(p["name"]))}"><circle class="place" cx="{x:.1f}"'
            f' cy="{y:.1f}" r="{r:.1f}" fill="{colour}" fill-opacity="0.6" stroke="#fff">'
            f'<title>{escape(p["name"])}: {p["events"]} events, {p["articles"]} articles'
            "</title></circle></a>"
        )
    parts.append("</svg>")
    return "".join(parts)
