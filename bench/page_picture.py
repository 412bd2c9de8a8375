"""Regenerate the README's picture of graph.html as it opens (docs/graph-page.png).

Usage: python bench/page_picture.py [--out docs/graph-page.png]

Builds the bundled samples as the README's first command does (into a temporary folder),
opens their graph.html in headless Chromium (Debian's chromium and chromedriver, as
bench/view_scale.py sets them up) with a viewport of 1400 x 900 CSS pixels, waits for
the first draw and saves the screenshot.

What makes the picture current is written into it, as a PNG text chunk ``kg-page``
(JSON): the SHA-256 of the page's code (kg/export/view/* and kg/export/html.py) and
the text of every label drawn at load. tests/test_view.py compares the first with the
code (no browser needed) and the second with what a fresh build of the samples draws
at load (in the browser). Pixels are not compared: fonts and antialiasing differ from
one Chromium to the next, while the code and the labels say what the picture shows.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import struct
import sys
import tempfile
import time
import zlib
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PICTURE = REPO / "docs" / "graph-page.png"
WINDOW = (1400, 900)
SAMPLE_DATE = "2026-11-12"  # the README's first command: kg build samples --published ...
CHUNK = b"kg-page"


def view_digest() -> str:
    """SHA-256 over the code that draws the page, file by file in name order."""
    digest = hashlib.sha256()
    files = sorted((REPO / "kg" / "export" / "view").iterdir())
    for path in [*files, REPO / "kg" / "export" / "html.py"]:
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def read_chunk(png: bytes, keyword: bytes = CHUNK) -> str | None:
    """The text of a PNG ``tEXt`` chunk with this keyword, if the file has one."""
    at = 8
    while at + 8 <= len(png):
        (length,) = struct.unpack(">I", png[at : at + 4])
        kind, data = png[at + 4 : at + 8], png[at + 8 : at + 8 + length]
        if kind == b"tEXt" and data.split(b"\0", 1)[0] == keyword:
            return data.split(b"\0", 1)[1].decode("latin-1")
        at += 12 + length
    return None


def with_chunk(png: bytes, text: str, keyword: bytes = CHUNK) -> bytes:
    """``png`` with a ``tEXt`` chunk holding ``text`` (ASCII) just before IEND."""
    data = keyword + b"\0" + text.encode("ascii")
    chunk = struct.pack(">I", len(data)) + b"tEXt" + data
    chunk += struct.pack(">I", zlib.crc32(b"tEXt" + data) & 0xFFFFFFFF)
    end = png.rindex(b"IEND") - 4
    return png[:end] + chunk + png[end:]


def open_page(driver, page: Path) -> list[str]:
    """Load ``page`` at WINDOW, wait for its first draw; the labels drawn, in order."""
    width, height = WINDOW
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
    )
    driver.get(page.as_uri())
    deadline = time.monotonic() + 30
    while not driver.execute_script("return window.kgDrawn === true"):
        if time.monotonic() > deadline:
            raise TimeoutError(f"{page} did not draw in 30 s")
        time.sleep(0.05)
    time.sleep(0.3)  # fonts settle; then one more frame
    driver.execute_script("network.redraw()")
    return driver.execute_script("return kgLabels.map(function (l) { return l.lines.join(' '); })")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=PICTURE)
    args = ap.parse_args()
    sys.path.insert(0, str(REPO / "bench"))
    from view_scale import chrome

    import kg

    work = Path(tempfile.mkdtemp(prefix="kg-picture-"))
    try:
        kg.build([REPO / "samples"], work / "out", published=date.fromisoformat(SAMPLE_DATE))
        driver = chrome(work / "profile")
        try:
            labels = open_page(driver, work / "out" / "graph.html")
            png = driver.get_screenshot_as_png()
        finally:
            driver.quit()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    facts = {"window": list(WINDOW), "view": view_digest(), "labels": labels}
    text = json.dumps(facts, ensure_ascii=True, separators=(",", ":"))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(with_chunk(png, text))
    print(f"wrote {args.out}: {len(png):,} bytes, {len(labels)} labels drawn at load")


if __name__ == "__main__":
    main()
