"""`mkdocs serve` in the project: pages are served, and a new seed is picked up without a restart."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import SEED, make_project

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8"))
    except OSError:
        return None


def _wait_for(url: str, needle: str, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        page = _get(url)
        if page is not None and needle in page:
            return True
        time.sleep(0.5)
    return False


def test_serve_regenerates_when_a_seed_is_added(tmp_path: Path) -> None:
    project = make_project(tmp_path, [SEED])
    port = _free_port()
    mkdocs = Path(sys.executable).with_name("mkdocs")
    log = (tmp_path / "serve.log").open("w", encoding="utf-8")
    # MkDocs serves from a temp site folder that a terminated server leaves behind: keep it here
    temp = tmp_path / "tmp"
    temp.mkdir()
    server = subprocess.Popen(
        [str(mkdocs), "serve", "-a", f"127.0.0.1:{port}"],
        cwd=project,
        stdout=log,
        stderr=subprocess.STDOUT,
        env={
            **os.environ,
            "PYTHONUNBUFFERED": "1",
            "NO_MKDOCS_2_WARNING": "1",
            "TMPDIR": str(temp),
        },
    )
    try:
        index = f"http://127.0.0.1:{port}/briefings/"
        assert _wait_for(index, "1 briefing,", 120), "mkdocs serve did not come up"
        (project / "seeds" / "new.md").write_text(
            "---\ntitle: Convoy reaches Termez\ndate: 2021-07-20\n---\n\n"
            "A convoy of 40 trucks reached Termez on Monday, officials said.\n",
            encoding="utf-8",
        )
        assert _wait_for(index, "Convoy reaches Termez", 120), "new seed not picked up"
        assert "2 briefings" in (_get(index) or "")
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()
