"""Safe file output: atomic writes, and never overwriting an input.

Every file letterlint writes goes through :func:`atomic_write`: the data goes to a temporary file
in the same folder, is flushed to disk, and then replaces the target in one step (``os.replace``).
A reader never sees a half-written file, and an interrupted run (an error, Ctrl-C) leaves the old
file as it was and no temporary file behind.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path
from contextlib import contextmanager
from typing import BinaryIO, Iterable, Iterator, Union

from letterlint.errors import LetterlintError

PathLike = Union[str, "os.PathLike[str]"]


class OutputError(LetterlintError):
    """An output that may not or cannot be written; the message is one line for the user (Dutch)."""


def atomic_write(path: PathLike, data: bytes | str, encoding: str = "utf-8", durable: bool = True) -> None:
    """Write ``data`` to ``path`` atomically (temp file in the same folder, fsync, os.replace).

    A ``str`` is encoded with ``encoding``. If ``path`` already exists its permission bits are
    kept. On any exception (including KeyboardInterrupt) the temporary file is removed and the
    exception re-raised; the target is then untouched. ``durable=False`` skips the fsync (for
    cache entries: losing one in a power cut costs a re-analysis, never a broken file).
    """
    payload = data.encode(encoding) if isinstance(data, str) else bytes(data)
    with atomic_writer(path, durable=durable) as handle:
        handle.write(payload)


@contextmanager
def atomic_writer(path: PathLike, durable: bool = True) -> Iterator[BinaryIO]:
    """A binary file handle whose content replaces ``path`` in one step when the block ends.

    For output written piece by piece (a report of thousands of letters); the same guarantees
    as :func:`atomic_write`: the target is untouched unless the whole block succeeds.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        mode = None
    temp_name: str | None = None
    try:
        with tempfile.NamedTemporaryFile(
            mode="wb", delete=False, dir=folder, prefix=f".{target.name}.", suffix=".tmp"
        ) as handle:
            temp_name = handle.name
            yield handle
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.chmod(temp_name, mode if mode is not None else 0o666 & ~_umask())
        os.replace(temp_name, target)
        temp_name = None
    finally:
        if temp_name is not None:
            try:
                os.unlink(temp_name)
            except FileNotFoundError:
                pass


def _umask() -> int:
    """The process umask (read by setting and restoring it; there is no read-only call)."""
    current = os.umask(0o022)
    os.umask(current)
    return current


def ensure_not_input(out_path: PathLike, inputs: Iterable[PathLike]) -> None:
    """Raise :class:`OutputError` if writing ``out_path`` would overwrite one of ``inputs``.

    Paths are compared resolved (symlinks followed); when both exist, ``os.path.samefile`` also
    catches hard links. ``-`` (standard input/output) is ignored.
    """
    if str(out_path) == "-":
        return
    out = Path(out_path)
    out_resolved = out.resolve()
    for item in inputs:
        if str(item) == "-":
            continue
        candidate = Path(item)
        same = candidate.resolve() == out_resolved
        if not same and out.exists() and candidate.exists():
            try:
                same = os.path.samefile(out, candidate)
            except OSError:
                same = False
        if same:
            raise OutputError(
                f"{out}: dit is ook een invoerbestand; kies een ander uitvoerbestand, "
                "letterlint overschrijft geen invoer"
            )
