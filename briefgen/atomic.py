"""Writes that never leave half a file or half a site: temp file or folder beside, then rename."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

__all__ = ["recover_dir", "replace_dir", "staging_dir", "write_bytes", "write_text"]

_STAGING = ".briefgen-staging-"
_RETIRED = ".briefgen-retired-"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# read once: os.umask can only be read by setting it, which is not safe once threads run
_FILE_MODE = 0o666 & ~_umask()


def write_bytes(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write `data` to `path` so that readers see the old file or the new one, never a part.

    `durable` also fsyncs the file and its folder, so the new file survives a power cut; caches
    whose entries are checked on reading can skip that cost.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    # the temp file must be in the same folder: os.replace is atomic only within one file system
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, _FILE_MODE)  # mkstemp makes the file private; site files must be readable
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    if durable:
        _fsync_dir(path.parent)


def write_text(path: Path, text: str, *, durable: bool = True) -> None:
    """Write `text` as UTF-8 to `path` atomically."""
    write_bytes(path, text.encode("utf-8"), durable=durable)


def _fsync_dir(folder: Path) -> None:
    # makes the rename itself durable; some file systems refuse to open folders, which is harmless
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def recover_dir(target: Path) -> None:
    """Tidy what a killed build left beside `target`: put a retired site back, drop staging."""
    parent = target.parent
    if not parent.is_dir():
        return
    retired = sorted(parent.glob(f"{_RETIRED}{target.name}-*"))
    for folder in retired:
        if not target.exists():
            os.replace(folder, target)  # killed between the two renames: the old site comes back
        else:
            shutil.rmtree(folder, ignore_errors=True)
    for folder in parent.glob(f"{_STAGING}{target.name}-*"):
        shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def staging_dir(target: Path) -> Iterator[Path]:
    """A fresh folder beside `target` to build into; removed again if the build fails."""
    target.parent.mkdir(parents=True, exist_ok=True)
    recover_dir(target)
    folder = Path(tempfile.mkdtemp(prefix=f"{_STAGING}{target.name}-", dir=target.parent))
    umask = os.umask(0)
    os.umask(umask)
    folder.chmod(0o777 & ~umask)  # mkdtemp makes it private; a published site must stay readable
    try:
        yield folder
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def replace_dir(staged: Path, target: Path) -> None:
    """Put the folder `staged` in place of `target` (which may not exist yet).

    Two renames: `target` → retired name, `staged` → `target`. A kill between them leaves the old
    site under the retired name, and `recover_dir` (run by the next build) puts it back.
    """
    retired: Path | None = None
    if target.exists():
        retired = Path(tempfile.mkdtemp(prefix=f"{_RETIRED}{target.name}-", dir=target.parent))
        os.rmdir(retired)
        os.replace(target, retired)
    os.replace(staged, target)
    _fsync_dir(target.parent)
    if retired is not None:
        shutil.rmtree(retired, ignore_errors=True)
