"""`briefgen eval`: score extraction against hand-written gold files and the shared eval sets.

`briefgen.eval.report.run` runs it; this module only names the sets, so that the command line can
offer them without loading the extractor.
"""

from __future__ import annotations

GOLD_SETS = ("train", "dev", "all")
"""Sets of gold files: a split of tests/gold, or both."""
SETS = (*GOLD_SETS, "giveme5w1h", "quantities")
"""Every set `briefgen eval --set` knows."""
DEFAULT_SETS = ("train", "dev", "giveme5w1h", "quantities")
"""What `briefgen eval` scores when no set is named."""

__all__ = ["DEFAULT_SETS", "GOLD_SETS", "SETS"]
