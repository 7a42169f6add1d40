"""--scheduler: extraction on a Dask cluster gives the graph of a local build."""
from __future__ import annotations


import pytest
from click.testing import CliRunner

from govkg.cli import main
from govkg.pipeline import BuildOptions, build

from .conftest import SEED_DIR, generated_corpus

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    """A one-worker cluster in this process (threads, no subprocesses: fast to start)."""
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=":0") as c:
        yield c


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return generated_corpus(tmp_path_factory.mktemp("corpus"), 0.03, seed=5)


def test_cluster_build_equals_local_build(cluster, corpus):
    local = build([corpus], options=BuildOptions(jobs=1))
    remote = build([corpus], options=BuildOptions(scheduler=cluster.scheduler_address))
    assert len(local.kg.documents) > 3
    assert remote.kg == local.kg
    assert set(remote.graph) == set(local.graph)


def test_cli_scheduler_writes_the_same_bytes(cluster, tmp_path):
    outs = []
    for extra in ([], ["--scheduler", cluster.scheduler_address]):
        out = tmp_path / str(len(extra))
        res = CliRunner().invoke(main, ["build", str(SEED_DIR), "--out", str(out), "--no-render", "--no-cache", *extra])
        assert res.exit_code == 0, res.output
        outs.append((out / "graph.ttl").read_bytes())
    assert outs[0] == outs[1]


def test_unreachable_scheduler_is_one_line(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr("govkg.parallel.CONNECT_TIMEOUT", "1s")
    res = CliRunner().invoke(main, ["build", str(corpus), "--out", str(tmp_path), "--no-render", "--no-cache",
                                    "--scheduler", "tcp://127.0.0.1:9"])
    assert res.exit_code == 1
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in res.output
    assert "Traceback" not in res.output
