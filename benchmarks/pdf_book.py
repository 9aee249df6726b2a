"""Benchmark: the briefing book and per-briefing PDFs of the 90 Wikinews articles in ../shared/eval.

Run from the repository: `.venv/bin/python benchmarks/pdf_book.py` (or `make bench-pdf`).
Writes benchmarks/results/pdf_book.json; the PDFs go to --out (a temporary folder by default).
Times are quoted against extraction of the same corpus in the same run (the baseline).
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefgen.analysis import analyse  # noqa: E402
from briefgen.atomic import write_bytes  # noqa: E402
from briefgen.config import Settings  # noqa: E402
from briefgen.pdf import BOOK_NAME, render_briefings, write_book  # noqa: E402
from briefgen.pipeline import build_corpus  # noqa: E402

CORPUS = ROOT.parent / "shared" / "eval" / "wikinews"


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # ru_maxrss is KiB on Linux


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="briefgen-pdf-"))

    # wall time suffers when the machine is shared; CPU time of this process is quoted beside it
    start, cpu = time.perf_counter(), time.process_time()
    corpus = build_corpus(Settings(seeds=args.corpus.resolve()), ROOT)
    extract_s, extract_cpu = time.perf_counter() - start, time.process_time() - cpu
    extract_mb = peak_mb()

    start, cpu = time.perf_counter(), time.process_time()
    briefs = analyse(corpus.briefs).briefs  # newest first, the book's order
    rendered = render_briefings(briefs, site_name="Wikinews")
    for brief_id, data in rendered.pdfs.items():
        write_bytes(out / "briefings" / f"{brief_id}.pdf", data)
    each_s, each_cpu = time.perf_counter() - start, time.process_time() - cpu

    start, cpu = time.perf_counter(), time.process_time()
    chapters = write_book(briefs, rendered, out / BOOK_NAME, site_name="Wikinews")
    book_s, book_cpu = time.perf_counter() - start, time.process_time() - cpu

    from pypdf import PdfReader

    pages = len(PdfReader(out / BOOK_NAME).pages)
    result = {
        "corpus": str(args.corpus),
        "articles": len(corpus.briefs) + len(corpus.problems),
        "briefings_in_book": chapters,
        "book_pages": pages,
        "book_bytes": (out / BOOK_NAME).stat().st_size,
        "read_problems": [str(p) for p in corpus.problems],
        "pdf_problems": [str(p) for p in rendered.problems],
        "baseline_extract_seconds": round(extract_s, 1),
        "per_briefing_pdfs_seconds": round(each_s, 1),
        "book_seconds": round(book_s, 1),
        "baseline_extract_cpu_seconds": round(extract_cpu, 1),
        "per_briefing_pdfs_cpu_seconds": round(each_cpu, 1),
        "book_cpu_seconds": round(book_cpu, 1),
        "book_cpu_seconds_per_page": round(book_cpu / pages, 3),
        "book_vs_extract_cpu": round(book_cpu / extract_cpu, 2),
        "per_briefing_vs_extract_cpu": round(each_cpu / extract_cpu, 2),
        "peak_rss_mb_after_extract": round(extract_mb),
        "peak_rss_mb_total": round(peak_mb()),
        "pdf_peak_vs_extract_peak": round(peak_mb() / extract_mb, 2),
        "python": platform.python_version(),
        "output": str(out),
    }
    results = ROOT / "benchmarks" / "results"
    results.mkdir(parents=True, exist_ok=True)
    (results / "pdf_book.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=1))
    return 1 if rendered.problems else 0


if __name__ == "__main__":
    sys.exit(main())
