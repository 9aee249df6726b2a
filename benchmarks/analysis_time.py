"""CPU time of a build's work on the whole corpus before any page: reading the briefs from the
extraction cache, grouping stories with their figure threads, and the rest of the analysis; with
a digest of every story's threads, so that two versions of the code can be shown to agree.

    python -m benchmarks.analysis_time PROJECT    (a project whose extraction cache is warm)

Prints one line; run it before and after a change, on the same project and an idle machine.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import time
from pathlib import Path

from briefgen.analysis import analyse
from briefgen.config import Settings
from briefgen.pipeline import build_corpus
from briefgen.stories import build_stories


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("project", type=Path)
    args = parser.parse_args()
    os.chdir(args.project)
    start = time.process_time()
    corpus = build_corpus(Settings(cache=Path(".briefgen-cache")), Path("."))
    read = time.process_time()
    stories = build_stories(corpus.briefs)
    grouped = time.process_time()
    analyse(corpus.briefs)
    analysed = time.process_time()
    digest = hashlib.sha256()
    for story in stories:
        digest.update(story.id.encode())
        for thread in story.figure_threads:
            values = [(v.brief.id, v.figure.text, v.figure.evidence) for v in thread.values]
            digest.update(repr((thread.label, thread.measure, thread.disputed, values)).encode())
    print(
        f"{len(corpus.briefs)} briefs: corpus {read - start:.1f} CPU s, stories "
        f"{grouped - read:.1f}, whole analysis (stories again) {analysed - grouped:.1f}; {len(stories)} stories, "
        f"{sum(len(s.figure_threads) for s in stories)} threads, digest {digest.hexdigest()[:16]}"
    )


if __name__ == "__main__":
    main()
