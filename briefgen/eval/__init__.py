"""`briefgen eval`: score extraction against hand-written gold files and the shared eval sets."""

from __future__ import annotations

from briefgen.eval.report import run

__all__ = ["run"]
