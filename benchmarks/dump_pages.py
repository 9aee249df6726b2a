"""A MkDocs hook (benchmarks only): write every page briefgen generated into $BRIEFGEN_BENCH_DUMP,
so that plain `mkdocs build` can be timed on exactly the same pages."""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files


def on_files(files: Files, config: MkDocsConfig) -> Files:
    out = Path(os.environ["BRIEFGEN_BENCH_DUMP"])
    for file in files:
        if file.generated_by:
            target = out / file.src_uri
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(file.content_bytes)
    return files
