"""Writes that never leave half a file or half a site: temp file or folder beside, then rename."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

__all__ = [
    "prune_empty_dirs",
    "recover_dir",
    "replace_dir",
    "staging_dir",
    "write_bytes",
    "write_text",
]

_STAGING = ".briefgen-staging-"
_RETIRED = ".briefgen-retired-"
_SPARE = ".briefgen-spare-"


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


def spare_dir(target: Path) -> Path:
    """Where the site `target` replaced last is kept, its folders to be built into again."""
    return target.parent / f"{_SPARE}{target.name}"


@contextlib.contextmanager
def staging_dir(target: Path, *, spare: bool = False) -> Iterator[Path]:
    """A folder beside `target` to build into, empty of files; removed again if the build fails.

    With `spare`, the folder is the spare site (see `replace_dir`) with every file removed and
    its folders kept: a site of 10,000 briefings has 30,000 folders, and making and removing
    them costs more than writing the pages that changed. Its files are only unlinked, never
    written to: they may be hard links to the published site's files.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    recover_dir(target)
    folder = Path(tempfile.mkdtemp(prefix=f"{_STAGING}{target.name}-", dir=target.parent))
    kept = spare_dir(target)
    if spare and kept.is_dir():
        os.rmdir(folder)
        os.replace(kept, folder)
        _unlink_files(folder)
    umask = os.umask(0)
    os.umask(umask)
    folder.chmod(0o777 & ~umask)  # mkdtemp makes it private; a published site must stay readable
    try:
        yield folder
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def replace_dir(staged: Path, target: Path, *, spare: bool = False) -> None:
    """Put the folder `staged` in place of `target` (which may not exist yet).

    Two renames: `target` → retired name, `staged` → `target`. A kill between them leaves the old
    site under the retired name, and `recover_dir` (run by the next build) puts it back. With
    `spare`, the old site is then kept as the spare (`staging_dir` builds into it next time)
    instead of being removed.
    """
    retired: Path | None = None
    if target.exists():
        retired = Path(tempfile.mkdtemp(prefix=f"{_RETIRED}{target.name}-", dir=target.parent))
        os.rmdir(retired)
        os.replace(target, retired)
    os.replace(staged, target)
    _fsync_dir(target.parent)
    if retired is not None:
        if spare and not spare_dir(target).exists():
            os.replace(retired, spare_dir(target))
        else:
            shutil.rmtree(retired, ignore_errors=True)


def _unlink_files(folder: Path) -> None:
    for root, _, files in os.walk(folder):
        for name in files:
            os.unlink(os.path.join(root, name))


def prune_empty_dirs(folder: Path) -> None:
    """Remove the folders under `folder` that hold no file (left by pages that are gone)."""
    empty: set[str] = set()
    for root, dirs, files in os.walk(folder, topdown=False):
        if root != str(folder) and not files and all(os.path.join(root, d) in empty for d in dirs):
            os.rmdir(root)
            empty.add(root)
