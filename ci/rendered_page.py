#!/usr/bin/env python3
"""Checks one page as headless Chromium rendered it, and crops screenshots.

    rendered_page.py check PNG NETLOG STDERR   exit 1 naming every problem:
        a blank page (fewer than 8 colours, or under 1% of pixels off the background colour),
        a request the page made (any URL_REQUEST_START_JOB in the NetLog initiated by the page
        rather than by the browser itself, whose initiator is "not an origin"),
        a console message (Chromium logs them as ":CONSOLE" lines with --enable-logging=stderr).
    rendered_page.py crop PNG                  cuts the trailing rows of background colour (keeps a margin).

Standard library only (zlib): CI installs no imaging package for this.
"""
import json
import struct
import sys
import zlib
from collections import Counter


def read_png(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit(f"{path}: not a PNG")
    pos, idat, header = 8, b"", None
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = header
    channels = {2: 3, 6: 4}.get(colour)
    if depth != 8 or channels is None or interlace:
        raise SystemExit(f"{path}: only 8-bit RGB/RGBA non-interlaced PNGs are supported")
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous, i = [], bytearray(stride), 0
    for _ in range(height):
        kind, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b = previous[x]
            c = previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + a) & 255
            elif kind == 2:
                line[x] = (line[x] + b) & 255
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        previous = line
    return width, height, channels, rows


def write_png(path, width, channels, rows):
    colour = {3: 2, 4: 6}[channels]
    raw = b"".join(b"\x00" + row for row in rows)

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(chunk(b"IHDR", struct.pack(">IIBBBBB", width, len(rows), 8, colour, 0, 0, 0)))
        f.write(chunk(b"IDAT", zlib.compress(raw, 9)))
        f.write(chunk(b"IEND", b""))


def pixels(width, channels, row):
    return [row[x * channels:x * channels + 3] for x in range(width)]


def blank_problems(path):
    width, height, channels, rows = read_png(path)
    counts = Counter()
    for row in rows[::2]:
        counts.update(pixels(width, channels, row)[::2])
    total = sum(counts.values())
    background, most = counts.most_common(1)[0]
    off = 1 - most / total
    if len(counts) < 8 or off < 0.01:
        return [f"{path}: blank page ({len(counts)} colours, {off:.2%} of pixels off the background)"]
    return []


def request_problems(netlog_path):
    log = json.load(open(netlog_path, encoding="utf-8"))
    start_job = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    problems = []
    for event in log["events"]:
        params = event.get("params", {})
        if event["type"] == start_job and "url" in params and params.get("initiator") != "not an origin":
            problems.append(f"the page requested {params.get('url')}")
    return problems


def console_problems(stderr_path):
    lines = open(stderr_path, encoding="utf-8", errors="replace").read().splitlines()
    return [f"console: {line.split(':CONSOLE', 1)[1]}" for line in lines if ":CONSOLE" in line]


def main(argv):
    if len(argv) == 5 and argv[1] == "check":
        problems = blank_problems(argv[2]) + request_problems(argv[3]) + console_problems(argv[4])
        for p in problems:
            print(p)
        return 1 if problems else 0
    if len(argv) == 3 and argv[1] == "crop":
        width, height, channels, rows = read_png(argv[2])
        background = rows[-1][:3]
        last = height - 1
        while last > 0 and all(px == background for px in pixels(width, channels, rows[last])):
            last -= 1
        write_png(argv[2], width, channels, rows[:min(height, last + 24)])
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
