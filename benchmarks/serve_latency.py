"""`mkdocs serve` on a corpus: one seed edited, how long until its briefing page is served with
the change (the target is 10 s at 1,000 articles).

    python -m benchmarks.serve_latency --articles 1000 [--project DIR] [--edits 3]

Starts `mkdocs serve` on the project (its first build is a full one and is not timed), then, for
each edit, appends a sentence with a fresh marker word to one seed and polls the briefing's page
over HTTP every 0.1 s until the marker is in it. Writes benchmarks/results/serve-latency-N.json.
"""

from __future__ import annotations

import argparse
import json
import shutil
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

from benchmarks.run import BIN, make_project, save

TARGET_SECONDS = 10.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            body: bytes = response.read()
            return body.decode("utf-8", errors="replace")
    except (urllib.error.URLError, OSError):
        return None


def _wait_for(url: str, needle: str, timeout: float, poll: float) -> float | None:
    """Seconds until `url` serves a page containing `needle`; None after `timeout`."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        body = _get(url)
        if body is not None and needle in body:
            return time.perf_counter() - start
        time.sleep(poll)
    return None


def measure(project: Path, edits: int) -> dict[str, Any]:
    port = _free_port()
    base = f"http://127.0.0.1:{port}/"
    log = (project / "serve.log").open("w")
    command = [str(BIN / "mkdocs"), "serve", "-a", f"127.0.0.1:{port}", "-f", "mkdocs.yml"]
    server = subprocess.Popen(command, cwd=project, stdout=log, stderr=subprocess.STDOUT)
    result: dict[str, Any] = {"edits": []}
    try:
        start = time.perf_counter()
        first = _wait_for(base + "briefings/briefs.json", '"id"', 3600, 1.0)
        if first is None:
            raise SystemExit("mkdocs serve did not come up; see serve.log")
        result["first_build_seconds"] = round(time.perf_counter() - start, 2)
        briefs = json.loads(_get(base + "briefings/briefs.json") or "[]")
        seeds = sorted((project / "seeds").glob("*.md"))
        for n in range(edits):
            seed = seeds[(n + 1) * len(seeds) // (edits + 1)]
            shown = f"seeds/{seed.name}"
            brief = next(b for b in briefs if b["source_path"] == shown)
            url = f"{base}briefings/{brief['id']}/"
            marker = f"Zyxmarker{n}{int(time.time())}"
            original = seed.read_text(encoding="utf-8")
            time.sleep(1.5)  # the server's watcher settles after the previous build
            seed.write_text(original.rstrip("\n") + f"\n\nOfficials said {marker} again.\n")
            seconds = _wait_for(url, marker, 300, 0.1)
            result["edits"].append({"seed": shown, "seconds": round(seconds or -1, 2)})
            seed.write_text(original, encoding="utf-8")
            _wait_for(url, "</html>", 300, 0.5)
            time.sleep(1.0)
            while marker in (_get(url) or ""):  # the restored seed rebuilt too
                time.sleep(0.5)
    finally:
        server.terminate()
        server.wait(30)
        log.close()
    times = [e["seconds"] for e in result["edits"] if e["seconds"] >= 0]
    result["worst_seconds"] = max(times) if times else None
    result["meets_target"] = bool(times) and len(times) == edits and max(times) <= TARGET_SECONDS
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--project", type=Path, help="a project of an earlier run to reuse")
    parser.add_argument("--edits", type=int, default=3)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="briefgen-serve-"))
    project = args.project or make_project(work / f"corpus-{args.articles}", args.articles)
    try:
        result = measure(project, args.edits)
        save(
            f"serve-latency-{args.articles}",
            {"articles": args.articles, "target_seconds": TARGET_SECONDS, **result},
        )
        print(json.dumps(result, indent=1))
    finally:
        if not args.project:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
