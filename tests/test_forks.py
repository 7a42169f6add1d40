"""forks.share: tasks claimed one at a time by this process and forked workers."""
from __future__ import annotations

import os
import tempfile
import time

import pytest

from govkg import forks

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="the platform does not fork")


def run(n: int, workers: int, remote=lambda i: ("worker", i * i, os.getpid())):
    done: dict[int, tuple] = {}

    def local(i: int) -> None:
        assert i not in done
        done[i] = ("here", i * i, os.getpid())

    def receive(i: int, result: tuple) -> None:
        assert i not in done
        done[i] = result

    forks.share(n, workers, local, remote, receive)
    return done


@pytest.mark.parametrize("n,workers", [(1, 2), (7, 2), (40, 3)])
def test_every_task_runs_once_and_its_result_comes_back(n, workers):
    done = run(n, workers)
    assert sorted(done) == list(range(n))
    assert all(square == i * i for i, (_, square, _) in done.items())
    here = {pid for where, _, pid in done.values() if where == "here"}
    assert here == {os.getpid()}                    # local tasks ran in this process
    assert all(pid != os.getpid() for where, _, pid in done.values() if where == "worker")


def boom(i: int):
    raise ValueError(f"task {i} failed in a worker")


def test_a_workers_error_is_raised_here_and_leaves_no_files():
    before = {f for f in os.listdir(tempfile.gettempdir()) if f.startswith("govkg-")}
    with pytest.raises(ValueError, match=r"task \d+ failed in a worker"):
        forks.share(6, 2, lambda i: time.sleep(0.2), boom, lambda i, r: None)   # the worker claims while this sleeps
    assert {f for f in os.listdir(tempfile.gettempdir()) if f.startswith("govkg-")} == before


def die(i: int):
    os._exit(3)           # as if killed for want of memory


def test_a_worker_that_dies_gives_an_error_not_a_hang():
    from govkg.errors import GovkgError
    with pytest.raises(GovkgError, match="a worker process died"):
        forks.share(6, 2, lambda i: time.sleep(0.2), die, lambda i, r: None)
