#!/usr/bin/env python3
"""Checks of a report page opened in Chromium (tests/browser/run.sh): standard library only.

  check_page.py --html PAGE --dom DOM --netlog NETLOG --canary-netlog CANARY --png SHOT
                --regions CSV --charts a,b,...

- PAGE (the file itzones wrote) refers to nothing outside itself: no src/href/url() to http(s),
  to a protocol-relative // address, or to any other scheme than a fragment or data:;
- DOM (chromium --dump-dom) holds every chart named in --charts as <svg data-chart=...>, each
  with exactly one mark (class "mark") per region of CSV's region_id column, and nothing else;
- NETLOG (chromium --log-net-log) records no request made by the page (Chromium's own background
  requests are told apart by their initiator), and the same check finds the request of a canary
  page (CANARY, a net log of a page with one external <img>), so it is not vacuous;
- SHOT (chromium --screenshot, PNG) is not blank: many distinct colours, enough non-white pixels.
Prints what it checked and exits 1 on the first failed check.
"""

import argparse
import collections
import csv
import html.parser
import json
import re
import struct
import sys
import zlib


def fail(message):
    print(f"FAIL: {message}")
    sys.exit(1)


class Marks(html.parser.HTMLParser):
    """Region marks per chart, and every external-looking reference."""

    def __init__(self):
        super().__init__()
        self.chart = None  # data-chart of the <svg> being read
        self.depth = 0
        self.marks = collections.defaultdict(list)
        self.charts = []
        self.references = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for name in ("src", "href", "xlink:href", "action", "poster", "srcset"):
            if a.get(name) is not None:
                self.references.append(a[name])
        if tag == "svg" and "data-chart" in a:
            self.chart = a["data-chart"]
            self.charts.append(self.chart)
            self.depth = 0
        if self.chart is not None:
            if tag == "svg":
                self.depth += 1
            classes = (a.get("class") or "").split()
            if "mark" in classes:
                self.marks[self.chart].append(a.get("data-region"))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag == "svg" and self.chart is not None:
            self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if tag == "svg" and self.chart is not None:
            self.depth -= 1
            if self.depth == 0:
                self.chart = None


def check_references(path):
    text = open(path, encoding="utf-8").read()
    parser = Marks()
    parser.feed(text)
    bad = [r for r in parser.references if not (r.startswith("#") or r.startswith("data:"))]
    if bad:
        fail(f"{path} refers outside itself: {bad[:5]}")
    if re.search(r"<script|<link|<iframe|<img|@import|url\(", text, re.IGNORECASE):
        fail(f"{path} has a script, link, iframe, img, @import or url()")
    # No address may load anything: an http(s) or // address is only allowed as plain text.
    for m in re.finditer(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:|//)""", text, re.IGNORECASE):
        fail(f"{path} has an external reference at offset {m.start()}")
    print(f"ok: {path}: {len(parser.references)} references, all fragments; no script, link, img or url()")


def check_marks(path, regions, charts):
    parser = Marks()
    parser.feed(open(path, encoding="utf-8").read())
    for chart in charts:
        if chart not in parser.charts:
            fail(f"chart {chart!r} is not in the DOM (charts there: {parser.charts})")
        if parser.charts.count(chart) != 1:
            fail(f"chart {chart!r} appears {parser.charts.count(chart)} times")
        marks = parser.marks[chart]
        counts = collections.Counter(marks)
        if sorted(marks) != sorted(regions):
            missing = sorted(set(regions) - set(marks))
            extra = sorted(set(marks) - set(regions))
            twice = sorted(r for r, n in counts.items() if n > 1)
            fail(f"chart {chart!r}: {len(marks)} marks for {len(regions)} regions; "
                 f"missing {missing}, unknown {extra}, repeated {twice}")
        print(f"ok: chart {chart!r}: one mark for each of the {len(regions)} regions")


def page_requests(path):
    """(URLs the page asked for, URLs the browser itself asked for) in a net log.

    Chromium's own background requests (update checks, account list, time) start with the
    initiator "not an origin"; a request the page makes carries the page's origin ("null" for a
    file: page) and a network isolation key of file://."""
    text = open(path, encoding="utf-8", errors="replace").read()
    try:
        log = json.loads(text)
    except json.JSONDecodeError:
        # Chromium may stop before it closes the JSON; close it after the last whole event.
        log = json.loads(text[:text.rindex("}") + 1] + "]}")
    start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    page, browser = set(), set()
    for event in log.get("events", []):
        params = event.get("params") or {}
        if event.get("type") != start_job or "url" not in params:
            continue
        url = params["url"]
        if re.match(r"(file|data|about|chrome|chrome-error):", url):
            continue
        own = params.get("initiator") == "not an origin" and "file:" not in params.get("network_isolation_key", "")
        (browser if own else page).add(url)
    return page, browser


def check_netlog(path, canary):
    page, browser = page_requests(path)
    if page:
        fail(f"the page requested {sorted(page)[:10]}")
    # The same check on a page with one <img> to http://canary.invalid must find that request,
    # or the check above proves nothing.
    canary_page, _ = page_requests(canary)
    if not any("canary.invalid" in u for u in canary_page):
        fail(f"the net log check did not see the canary page's request in {canary}")
    print(f"ok: net log: the page requested nothing (the browser's own {len(browser)} background requests, "
          f"all refused by the resolver, are not the page's; the canary page's request was seen)")


def png_pixels(path):
    """The PNG's (width, height, rows of RGB(A) bytes); 8-bit RGB or RGBA, not interlaced."""
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        fail(f"{path} is not a PNG")
    pos, idat, header = 8, [], None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat.append(body)
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace != 0:
        fail(f"{path}: unsupported PNG (depth {depth}, colour type {colour}, interlace {interlace})")
    bpp = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(idat))
    stride = width * bpp
    rows, previous = [], bytearray(stride)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        if kind == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 0xFF
        elif kind == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, previous))
        elif kind == 3:
            for i in range(stride):
                left = line[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + ((left + previous[i]) >> 1)) & 0xFF
        elif kind == 4:
            for i in range(stride):
                a = line[i - bpp] if i >= bpp else 0
                b = previous[i]
                c = previous[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        rows.append(bytes(line))
        previous = line
    return width, height, bpp, rows


def check_png(path):
    width, height, bpp, rows = png_pixels(path)
    colours = collections.Counter()
    for row in rows:
        for x in range(0, len(row), bpp):
            colours[row[x:x + 3]] += 1
    white = colours.get(b"\xff\xff\xff", 0)
    inked = 1 - white / (width * height)
    if len(colours) < 16 or inked < 0.02:
        fail(f"{path} looks blank: {len(colours)} colours, {inked:.1%} of pixels not white")
    print(f"ok: screenshot {width}x{height}: {len(colours)} distinct colours, {inked:.1%} of pixels not white")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--html", required=True)
    p.add_argument("--dom", required=True)
    p.add_argument("--netlog", required=True)
    p.add_argument("--canary-netlog", required=True, help="the net log of a page with one external <img>")
    p.add_argument("--png", required=True)
    p.add_argument("--regions", required=True, help="a CSV with a region_id column")
    p.add_argument("--charts", required=True)
    a = p.parse_args()
    with open(a.regions, encoding="utf-8") as f:
        regions = [row["region_id"] for row in csv.DictReader(f)]
    check_references(a.html)
    check_marks(a.dom, regions, a.charts.split(","))
    check_netlog(a.netlog, a.canary_netlog)
    check_png(a.png)


if __name__ == "__main__":
    main()
