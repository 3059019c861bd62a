#!/usr/bin/env python3
"""Renders HTML reports in headless Chromium at phone widths and fails on what a phone would cut.

    render_check.py [--widths 360,412] [--screens DIR] REPORT.html ...
    render_check.py --self-test

Each report is opened in headless Chromium emulating a phone of each width (DevTools'
Emulation.setDeviceMetricsOverride, mobile: the page's meta viewport counts as on a phone;
`--window-size` cannot go under 500 px in headless Chromium). PROBE then runs in the loaded page,
measures its layout and returns what it found; the report files themselves are never changed,
so the pages handed to people never carry the probe. A finding is one of:
  - the page itself is wider than the viewport (documentElement.scrollWidth > innerWidth);
  - an element, or a run of text, reaches past the left or right edge of the viewport;
  - text cut by a box that clips (overflow hidden/clip/auto/scroll, text-overflow, or an <svg>,
    which clips at its viewBox): the text's rectangle passes the clipping box's;
  - a clipping box whose content is wider than the box (scrollWidth > clientWidth).
Each is printed as `report/lang/width: element (what), "text", by N px`. A screenshot of the
whole page goes to --screens as REPORT-LANG-WIDTH.png. Exit 1 on any finding. Python's
standard library only: this runs on a bare CI machine beside Debian's `chromium`.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# An expression evaluated in the page once it has loaded and its fonts are ready; it resolves to
# {width (the layout's), height, lang, dir, findings}. Half a pixel of slack: sub-pixel layout puts a right edge
# at 360.25 on an exactly full line.
PROBE = r"""
document.fonts.ready.then(() => {
  // The phone's width, not innerWidth: a page too wide for its meta viewport makes a phone zoom
  // out, and innerWidth grows to the page's width.
  const W = PHONE_WIDTH, SLACK = 0.5, found = [];
  const root = document.documentElement;
  const describe = (el) => {
    const parts = [];
    for (let e = el; e && e.nodeType === 1 && e !== document.body && e !== root; e = e.parentElement) {
      let part = e.tagName.toLowerCase();
      if (e.id) part += "#" + e.id;
      else if (e.classList.length) part += "." + [...e.classList].join(".");
      const p = e.parentElement;
      if (p) {
        const same = [...p.children].filter((c) => c.tagName === e.tagName);
        if (same.length > 1) part += ":nth-of-type(" + (same.indexOf(e) + 1) + ")";
      }
      parts.unshift(part);
    }
    return parts.join(" > ") || el.tagName.toLowerCase();
  };
  const text = (s) => (s || "").replace(/\s+/g, " ").trim().slice(0, 60);
  const add = (el, what, t, px) =>
    found.push({ element: describe(el), what, text: text(t), px: Math.round(px * 10) / 10 });
  const clips = (el) => {
    if (el instanceof SVGSVGElement) return true;
    const cs = getComputedStyle(el);
    return ["hidden", "clip", "auto", "scroll"].includes(cs.overflowX) || cs.textOverflow === "ellipsis";
  };
  if (root.scrollWidth > W) add(root, "the page scrolls sideways", "", root.scrollWidth - W);
  for (const el of document.body.querySelectorAll("*")) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if (r.right > W + SLACK) add(el, "past the right edge", el.textContent, r.right - W);
    if (r.left < -SLACK) add(el, "past the left edge", el.textContent, -r.left);
    if (!(el instanceof SVGElement) && clips(el) && el.scrollWidth > el.clientWidth + 1)
      add(el, "content wider than its clipping box", el.textContent, el.scrollWidth - el.clientWidth);
  }
  // Text runs: a cell's box can fit while its text spills out of it, and an SVG's text is cut
  // at the viewBox without any box overflowing.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!node.textContent.trim() || !el || el.closest("script, style")) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const r = range.getBoundingClientRect();
    if (r.width === 0) continue;
    if (r.right > W + SLACK) add(el, "text past the right edge", node.textContent, r.right - W);
    if (r.left < -SLACK) add(el, "text past the left edge", node.textContent, -r.left);
    for (let a = el; a && a !== root; a = a.parentElement) {
      if (!clips(a)) continue;
      const b = a.getBoundingClientRect();
      const over = Math.max(r.right - b.right, b.left - r.left);
      if (over > SLACK) add(el, "text cut by " + describe(a), node.textContent, over);
    }
  }
  return {
    width: window.innerWidth,
    height: Math.ceil(Math.max(root.scrollHeight, document.body.scrollHeight)),
    lang: root.getAttribute("lang"),
    dir: root.getAttribute("dir"),
    findings: found,
  };
})
"""


class Browser:
    """Headless Chromium driven over --remote-debugging-pipe (fd 3 in, fd 4 out, messages ended
    by NUL): no port, no websocket library, one tab reused for every page."""

    def __init__(self, profile: str) -> None:
        exe = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
        if not exe:
            sys.exit("render_check: no chromium on PATH (Debian: apt-get install chromium)")
        args = [exe, "--headless", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                "--disable-extensions", "--mute-audio", f"--user-data-dir={profile}",
                "--remote-debugging-pipe", "about:blank"]
        # Chromium refuses to run as root with its sandbox; CI runs as root.
        if os.geteuid() == 0:
            args.insert(1, "--no-sandbox")
        to_browser, self._w = os.pipe()
        self._r, from_browser = os.pipe()

        def fds() -> None:
            # os.pipe's ends are close-on-exec; dup2 makes inheritable copies at 3 and 4.
            a, b = os.dup(to_browser), os.dup(from_browser)
            os.dup2(a, 3)
            os.dup2(b, 4)

        self._proc = subprocess.Popen(args, preexec_fn=fds, close_fds=False, stdin=subprocess.DEVNULL,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_browser)
        os.close(from_browser)
        self._buf, self._id, self._events = b"", 0, []
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self._session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        self.call("Page.enable", session=True)

    def _read(self) -> dict:
        while b"\0" not in self._buf:
            ready, _, _ = select.select([self._r], [], [], 60)
            if not ready:
                raise TimeoutError("chromium did not answer in 60 s")
            chunk = os.read(self._r, 1 << 20)
            if not chunk:
                raise RuntimeError("chromium closed the pipe (did it start?)")
            self._buf += chunk
        msg, self._buf = self._buf.split(b"\0", 1)
        return json.loads(msg)

    def _wait(self, pred) -> dict:
        for i, m in enumerate(self._events):
            if pred(m):
                return self._events.pop(i)
        while True:
            m = self._read()
            if pred(m):
                return m
            self._events.append(m)

    def call(self, method: str, session: bool = False, **params) -> dict:
        self._id += 1
        msg = {"id": self._id, "method": method, "params": params}
        if session:
            msg["sessionId"] = self._session
        os.write(self._w, json.dumps(msg).encode() + b"\0")
        answer = self._wait(lambda m, n=self._id: m.get("id") == n)
        if "error" in answer:
            raise RuntimeError(f"{method}: {answer['error']}")
        return answer["result"]

    def open(self, page: Path, width: int) -> None:
        """Loads `page` on a phone `width` px wide and waits for its load event."""
        self.call("Emulation.setDeviceMetricsOverride", session=True, width=width, height=800,
                  deviceScaleFactor=1, mobile=True)
        self._events = [m for m in self._events if m.get("method") != "Page.loadEventFired"]
        self.call("Page.navigate", session=True, url=page.resolve().as_uri())
        self._wait(lambda m: m.get("method") == "Page.loadEventFired")

    def measure(self, width: int) -> dict:
        probe = PROBE.replace("PHONE_WIDTH", str(width))
        r = self.call("Runtime.evaluate", session=True, expression=probe, awaitPromise=True,
                      returnByValue=True)
        if "exceptionDetails" in r:
            raise RuntimeError(f"the probe failed: {r['exceptionDetails']}")
        return r["result"]["value"]

    def screenshot(self, width: int, height: int, png: Path) -> None:
        """The whole page, not only the first screen."""
        png.parent.mkdir(parents=True, exist_ok=True)
        data = self.call("Page.captureScreenshot", session=True, format="png",
                         captureBeyondViewport=True,
                         clip={"x": 0, "y": 0, "width": width, "height": min(height, 12000), "scale": 1})
        png.write_bytes(base64.b64decode(data["data"]))

    def close(self) -> None:
        try:
            self.call("Browser.close")
        except (RuntimeError, OSError, TimeoutError):
            pass
        try:
            self._proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self._proc.kill()
        os.close(self._w)
        os.close(self._r)


def label(page: Path, width: int) -> str:
    # render.sh names reports REPORT.LANG.html: shown as report/lang/width.
    parts = page.name.removesuffix(".html").split(".")
    return "/".join(parts + [str(width)])


def check(pages: list[Path], widths: list[int], screens: Path | None) -> list[str]:
    failures = []
    with tempfile.TemporaryDirectory(prefix="kusoma-render-") as profile:
        browser = Browser(profile)
        try:
            for page in pages:
                for width in widths:
                    browser.open(page, width)
                    result = browser.measure(width)
                    where = label(page, width)
                    if result["width"] != width:
                        failures.append(f"{where}: the page was laid out {result['width']} px wide, not {width}")
                    for f in result["findings"]:
                        failures.append(f"{where}: {f['element']} ({f['what']}), \"{f['text']}\", by {f['px']} px")
                    if screens:
                        browser.screenshot(width, result["height"], screens / f"{where.replace('/', '-')}.png")
                    print(f"{where}: {len(result['findings'])} findings "
                          f"(lang={result['lang']}, dir={result['dir']})")
        finally:
            browser.close()
    return failures


SELF_TEST_BAD = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"></head><body style="margin:0">
<table style="width:600px"><tr><td id="wide">a table wider than any phone</td></tr></table>
<svg viewBox="0 0 100 20" width="100" height="20"><text id="cut" x="60" y="15" font-size="13">1 · 100%</text></svg>
<div id="box" style="width:80px;overflow:hidden;white-space:nowrap">Mwanaisha Nyambura Wanjiku</div>
</body></html>"""

SELF_TEST_GOOD = """<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"></head><body>
<p style="overflow-wrap:anywhere">تقرير المجموعة: Mwanaisha_Nyambura_Wanjiku_Achieng_Mwakilema_Omondi</p>
<div style="display:flex;gap:4px"><span>١ · ١٠٠٪</span><span style="flex:1;background:#2a6f97"></span></div>
</body></html>"""

# The same page without a meta viewport: a phone lays it out 980 px wide, and the check says so.
SELF_TEST_NO_VIEWPORT = """<!DOCTYPE html><html lang="en"><body><p>no viewport</p></body></html>"""


def self_test() -> int:
    """The check sees a page built to overflow, in each way, and passes a page that does not."""
    with tempfile.TemporaryDirectory(prefix="kusoma-render-self-") as tmp:
        bad, good = Path(tmp) / "bad.en.html", Path(tmp) / "good.ar.html"
        bad.write_text(SELF_TEST_BAD, encoding="utf-8")
        good.write_text(SELF_TEST_GOOD, encoding="utf-8")
        found = check([bad], [360], None)
        expected = {
            "page scrolls sideways": "the page scrolls sideways",
            "wide table": "td#wide (past the right edge)",
            "SVG label cut at the viewBox": "text#cut (text cut by svg",
            "nowrap text cut by overflow:hidden": "div#box (content wider than its clipping box)",
        }
        missed = [name for name, needle in expected.items() if not any(needle in f for f in found)]
        clean = check([good], [360, 412], None)
        desktop = Path(tmp) / "desktop.en.html"
        desktop.write_text(SELF_TEST_NO_VIEWPORT, encoding="utf-8")
        if not any("laid out 980 px wide" in f for f in check([desktop], [360], None)):
            missed.append("page without a meta viewport (laid out 980 px wide)")
    for f in found:
        print("  seen:", f)
    if missed or clean:
        for name in missed:
            print(f"render_check self-test: the check missed the {name}", file=sys.stderr)
        for f in clean:
            print(f"render_check self-test: a false finding on a page that fits: {f}", file=sys.stderr)
        return 1
    print(f"render_check self-test: all {len(expected)} planted overflows seen, none on the page that fits")
    return 0


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("pages", nargs="*", type=Path)
    p.add_argument("--widths", default="360,412")
    p.add_argument("--screens", type=Path)
    p.add_argument("--self-test", action="store_true")
    a = p.parse_args()
    if a.self_test:
        return self_test()
    if not a.pages:
        p.error("no report pages given")
    failures = check(a.pages, [int(w) for w in a.widths.split(",")], a.screens)
    for f in failures:
        print(f, file=sys.stderr)
    print(f"render_check: {len(a.pages)} pages, {len(failures)} findings")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
