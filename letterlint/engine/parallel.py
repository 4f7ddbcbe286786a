"""Checking many letters with several processes.

spaCy releases no GIL for its Python-level work, so threads do not help; processes do, once there
are enough letters to pay for a second pipeline in memory. Workers are forked from the parent,
so they inherit its Linter (rule pack, compiled matchers; the pipeline too when it is already
loaded) instead of building their own. Results come back in input order as plain data (the
cache's format), never as spaCy objects.
"""

from __future__ import annotations

import multiprocessing
import os
from itertools import islice
from typing import Callable, Iterable, Iterator

from letterlint.engine.cache import result_from_data, result_to_data
from letterlint.engine.linter import BATCH_LETTERS, LetterResult, Linter

MIN_FILES_PER_EXTRA_PROCESS = 150  # below this a second pipeline costs more than it saves


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def choose_jobs(requested: int, files: int) -> int:
    """``requested`` processes, or for 0 (auto) as many as the letters and cores justify."""
    if requested > 0:
        return max(1, min(requested, files or 1))
    return max(1, min(available_cores(), 1 + files // MIN_FILES_PER_EXTRA_PROCESS))


def _chunks(paths: list[str], size: int) -> Iterator[list[str]]:
    iterator = iter(paths)
    while chunk := list(islice(iterator, size)):
        yield chunk


_worker_linter: Linter | None = None  # each worker process's own Linter, set once by _start


def _start(linter: Linter) -> None:
    global _worker_linter
    _worker_linter = linter


def _work(task: tuple[list[str], dict[str, str | None]]) -> list[dict]:
    paths, keys = task
    return [result_to_data(result) for result in _worker_linter.lint_chunk(paths, keys)]


def lint_files(linter: Linter, files: list[str], jobs: int,
               progress: Callable[[int], None] | None = None,
               keys: dict[str, str | None] | None = None) -> Iterator[LetterResult]:
    """Lint ``files`` with ``jobs`` processes (1: in this process), results in input order.
    ``keys``: cache keys already computed for some of the files."""
    keys = keys or {}
    if jobs <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        yield from linter.lint_paths(files, progress, keys)
        return
    context = multiprocessing.get_context("fork")
    tasks = ((chunk, {path: keys[path] for path in chunk if path in keys}) for chunk in _chunks(files, BATCH_LETTERS))
    with context.Pool(jobs, initializer=_start, initargs=(linter,)) as pool:
        for chunk, data in zip(_chunks(files, BATCH_LETTERS), pool.imap(_work, tasks)):
            for path, entry in zip(chunk, data):
                yield result_from_data(path, entry)  # per-file ignores were applied in the worker
            if progress:
                progress(len(chunk))


def expand(linter: Linter, paths: Iterable[str], follow_links: bool = False) -> list[str]:
    return list(linter.input_files(paths, follow_links))
