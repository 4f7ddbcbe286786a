"""Safe file output: atomic writes, and never overwriting an input.

Every file letterlint writes goes through :func:`atomic_write`: the data goes to a temporary file
in the same folder, is flushed to disk, and then replaces the target in one step (``os.replace``).
A reader never sees a half-written file, and an interrupted run (an error, Ctrl-C) leaves the old
file as it was and no temporary file behind.
"""

from __future__ import annotations

import errno
import os
import signal
import stat
import tempfile
import threading
from pathlib import Path
from contextlib import contextmanager
from typing import BinaryIO, Callable, Iterable, Iterator, Union

from letterlint.errors import LetterlintError

PathLike = Union[str, "os.PathLike[str]"]


class OutputError(LetterlintError):
    """An output that may not or cannot be written; the message is one line for the user (Dutch)."""


def atomic_write(path: PathLike, data: bytes | str, encoding: str = "utf-8", durable: bool = True,
                 before_replace: Callable[[], None] | None = None, owner_of: PathLike | None = None) -> None:
    """Write ``data`` to ``path`` atomically (temp file in the same folder, fsync, os.replace).

    A ``str`` is encoded with ``encoding``. If ``path`` already exists its permission bits are
    kept. On any exception (including KeyboardInterrupt) the temporary file is removed and the
    exception re-raised; the target is then untouched. ``durable=False`` skips the fsync (for
    cache entries: losing one in a power cut costs a re-analysis, never a broken file).
    ``before_replace`` runs right before the rename (an exception from it leaves the target
    untouched); ``owner_of``: give the new file that file's owner and group (when allowed).
    """
    payload = data.encode(encoding) if isinstance(data, str) else bytes(data)
    with atomic_writer(path, durable=durable, before_replace=before_replace, owner_of=owner_of) as handle:
        handle.write(payload)


# Errors of a full or failing disk: the output cannot be written, whatever the file.
_DISK_ERRORS = {errno.ENOSPC: "de schijf is vol", errno.EDQUOT: "het schijfquotum is op",
                errno.EFBIG: "het bestand wordt te groot voor de schijf", errno.EIO: "schrijffout op de schijf",
                errno.EROFS: "de schijf is alleen-lezen"}
# Other reasons a write fails, in Dutch (the operating system's own text is English).
_WRITE_ERRORS = {errno.ENOENT: "de map bestaat niet", errno.ENOTDIR: "de map bestaat niet",
                 errno.EACCES: "geen toestemming om hier te schrijven", errno.EPERM: "geen toestemming om hier te schrijven",
                 errno.EISDIR: "dit is een map", errno.ENAMETOOLONG: "de naam is te lang"}


@contextmanager
def atomic_writer(path: PathLike, durable: bool = True, before_replace: Callable[[], None] | None = None,
                  owner_of: PathLike | None = None) -> Iterator[BinaryIO]:
    """A binary file handle whose content replaces ``path`` in one step when the block ends.

    For output written piece by piece (a report of thousands of letters); the same guarantees
    as :func:`atomic_write`: the target is untouched unless the whole block succeeds. A SIGTERM
    (or SIGHUP) while the block runs removes the temporary file before the process ends, like
    Ctrl-C does; a full disk, a missing folder or a refused permission becomes an
    :class:`OutputError`: one Dutch line naming the file.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        mode = None
    temp_name: str | None = None
    try:
        with _terminate_as_exit():
            try:
                with tempfile.NamedTemporaryFile(
                    mode="wb", delete=False, dir=folder, prefix=f".{target.name}.", suffix=".tmp"
                ) as handle:
                    temp_name = handle.name
                    yield handle
                    _stop_if_asked()
                    handle.flush()
                    if durable:
                        os.fsync(handle.fileno())
                os.chmod(temp_name, mode if mode is not None else 0o666 & ~_umask())
                if owner_of is not None:
                    _copy_owner(owner_of, temp_name)
                if before_replace is not None:
                    before_replace()
                os.replace(temp_name, target)
                temp_name = None
            except OSError as exc:
                if exc.errno in _DISK_ERRORS:
                    raise OutputError(f"{target}: kan niet schrijven, {_DISK_ERRORS[exc.errno]}; "
                                      "er is niets overschreven") from None
                reason = _WRITE_ERRORS.get(exc.errno) or exc.strerror or type(exc).__name__
                raise OutputError(f"{target}: kan niet schrijven ({reason})") from None
    finally:
        if temp_name is not None:
            try:
                os.unlink(temp_name)
            except FileNotFoundError:
                pass


class Terminated(SystemExit):
    """The process was asked to stop (SIGTERM, SIGHUP) while writing; exit code 128 + signal."""


# The signals received inside :func:`_terminate_as_exit`. The handler raises :class:`Terminated`
# where the signal lands; when that is code whose exceptions Python ignores (a finaliser or a
# weakref callback), the run would go on and replace the target after all: the writer checks
# this list before it replaces anything.
_received: list[int] = []


def _stop_if_asked() -> None:
    if _received:
        raise Terminated(128 + _received[-1])


@contextmanager
def _terminate_as_exit() -> Iterator[None]:
    """Within the block, SIGTERM and SIGHUP raise :class:`Terminated` (so ``finally`` clauses
    remove temporary files) instead of ending the process at once. Only in the main thread;
    the previous handlers come back afterwards."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum, _frame):
        _received.append(signum)
        raise Terminated(128 + signum)

    previous = {}
    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is None:
            continue
        handler = signal.getsignal(number)
        if handler is signal.SIG_IGN:  # nohup: a hang-up was meant to be ignored
            continue
        previous[number] = handler
        signal.signal(number, stop)
    _received.clear()
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler if handler is not None else signal.SIG_DFL)


def _copy_owner(source: PathLike, temp_name: str) -> None:
    """Give the new file the owner and group of ``source`` (a no-op when they are already ours;
    only root may give a file away, so otherwise the file keeps ours)."""
    status = os.stat(source)
    if (status.st_uid, status.st_gid) == (os.getuid(), os.getgid()):
        return
    try:
        os.chown(temp_name, status.st_uid, status.st_gid)
    except PermissionError:
        try:
            os.chown(temp_name, -1, status.st_gid)  # a group we belong to
        except PermissionError:
            pass


def _umask() -> int:
    """The process umask (read by setting and restoring it; there is no read-only call)."""
    current = os.umask(0o022)
    os.umask(current)
    return current


def ensure_not_input(out_path: PathLike, inputs: Iterable[PathLike]) -> None:
    """Raise :class:`OutputError` if writing ``out_path`` would overwrite one of ``inputs``.

    Paths are compared resolved (symlinks followed); when both exist, their device and inode
    are compared too, which catches hard links. ``-`` (standard input/output) is ignored. Pass
    the files found inside folders, not only the paths as typed.
    """
    if str(out_path) == "-":
        return
    out = Path(out_path)
    out_resolved = out.resolve()
    try:
        status = os.stat(out)
        out_id = (status.st_dev, status.st_ino)
    except OSError:
        out_id = None
    for item in inputs:
        if str(item) == "-":
            continue
        candidate = Path(item)
        same = candidate.resolve() == out_resolved
        if not same and out_id is not None:
            try:
                status = os.stat(candidate)
                same = (status.st_dev, status.st_ino) == out_id
            except OSError:
                same = False
        if same:
            raise OutputError(
                f"{out}: dit is ook een invoerbestand ({item}); kies een ander uitvoerbestand, "
                "letterlint overschrijft geen invoer"
            )
