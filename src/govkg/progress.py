"""A progress bar for long builds: on a terminal only, on stderr, silent otherwise."""
from __future__ import annotations

import sys
import time
from contextlib import contextmanager
from typing import Callable, Iterator

import click


def wanted(enabled: bool) -> bool:
    """Whether to draw a bar: asked for, and stderr is a terminal."""
    return enabled and sys.stderr.isatty()


@contextmanager
def progress(total: int, enabled: bool, label: str = "extract") -> Iterator[Callable[[int], None]]:
    """Yield an update(n) function: a bar of documents done, rate and time left, or a no-op."""
    if not wanted(enabled) or total <= 0:
        yield lambda n: None
        return
    t0 = time.perf_counter()

    def rate(_: object) -> str:
        done = bar.pos
        return f"{done / max(time.perf_counter() - t0, 1e-9):.0f} docs/s" if done else ""

    with click.progressbar(length=total, label=label, file=sys.stderr, show_pos=True, show_eta=True,
                           item_show_func=rate) as bar:
        yield bar.update


@contextmanager
def stage(label: str, enabled: bool) -> Iterator[None]:
    """On a terminal: the name of a long stage while it runs (resolve, write, render), then its seconds."""
    if not wanted(enabled):
        yield
        return
    t0 = time.perf_counter()
    sys.stderr.write(f"{label} ...")
    sys.stderr.flush()
    try:
        yield
    finally:
        sys.stderr.write(f"\r{label} {time.perf_counter() - t0:.1f} s\n")
        sys.stderr.flush()
