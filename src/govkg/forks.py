"""Tasks shared between this process and forked workers, claimed one at a time.

Forked workers inherit what this process has loaded (lexicons and their compiled patterns, a
resolved graph) without pickling it. Every process, this one included, claims the next task from
a shared counter, so no process waits while another still has a queue of work, and only the
workers' results travel back, pickled to files: through the pool's pipe a worker would wait
for this process, busy with its own tasks, to read each result. Used for extraction
(``parallel``) and writing (``stream``).
"""
from __future__ import annotations

import multiprocessing
import os
import pickle
import tempfile
import threading
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Callable

from .errors import GovkgError

_JOB: tuple[Any, int, Callable[[int], Any], str] | None = None     # what forked workers inherit


def can_fork() -> bool:
    """Whether workers can be forked safely: the platform forks, and no other thread (a Dask client's
    event loop, say) could hold a lock the child would wait on forever."""
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def _claim(counter, n: int) -> int | None:
    """The next task's number, or None when all are taken."""
    with counter.get_lock():
        i = counter.value
        if i >= n:
            return None
        counter.value = i + 1
        return i


def _remote(_: int) -> tuple[int, str] | None:
    """In a worker: claim a task, run it and pickle its result to a file; the task's number and the
    file's name go back (the pool's own argument only paces the claims)."""
    counter, n, work, folder = _JOB     # type: ignore[misc]
    i = _claim(counter, n)
    if i is None:
        return None
    result = work(i)
    fd, path = tempfile.mkstemp(suffix=".pickle", dir=folder)
    with os.fdopen(fd, "wb") as fh:
        pickle.dump(result, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return i, path


def _load(path: str) -> Any:
    with open(path, "rb") as fh:
        result = pickle.load(fh)
    os.unlink(path)
    return result


def share(n: int, workers: int, local: Callable[[int], None], remote: Callable[[int], Any],
          receive: Callable[[int, Any], None]) -> None:
    """Run tasks 0..n-1 on this process and workers-1 forked ones. Here a task is local(i); in a
    worker it is remote(i), whose result comes back to receive(i, result) in this process, between
    local tasks and at the end. A worker's error is raised here; the workers stop either way."""
    global _JOB
    ctx = multiprocessing.get_context("fork")
    counter = ctx.Value("i", 0)
    with tempfile.TemporaryDirectory(prefix="govkg-") as folder:     # removed whatever happens
        _JOB = (counter, n, remote, folder)
        try:
            _share(ctx, n, workers, counter, local, receive)
        finally:
            _JOB = None


def _share(ctx, n: int, workers: int, counter, local: Callable[[int], None],
           receive: Callable[[int, Any], None]) -> None:
    # a process pool that notices a worker dying (killed for want of memory, say) instead of waiting for it
    pool = ProcessPoolExecutor(workers - 1, mp_context=ctx)
    try:
        pending = {pool.submit(_remote, i) for i in range(n)}

        def drain(until_all: bool) -> None:
            nonlocal pending
            while pending:
                done, pending = wait(pending, timeout=None if until_all else 0, return_when=FIRST_COMPLETED)
                if not done:
                    return
                for fut in done:
                    got = fut.result()
                    if got is not None:
                        receive(got[0], _load(got[1]))

        while (i := _claim(counter, n)) is not None:
            local(i)
            drain(False)
        drain(True)
    except BrokenProcessPool:
        raise GovkgError(f"a worker process died (killed for want of memory?); try fewer jobs than {workers}") from None
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
