"""Benchmark: build a generated corpus and compare with jieba.posseg on the same text.

    python benchmarks/run.py --size-mb 10                 # one build on one core, and the jieba baseline
    python benchmarks/run.py --size-mb 10 --jobs 1,2      # also with two worker processes
    python benchmarks/run.py --sizes 1,5,10               # does time grow linearly with the corpus?

Each build runs in its own process, like ``govkg build --no-render --no-cache``, and reports the
seconds of each stage, the throughput in characters per second and the peak memory (largest
resident set of the build or its workers). jieba.posseg (``pip install -e ".[bench]"``) runs on
the same texts in the same run; the ratio is govkg's throughput over jieba's.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from corpus import write_corpus  # noqa: E402

STAGES = ("read", "extract", "resolve", "rdf", "write")


def child_build(corpus: Path, out: Path, jobs: int, spool: bool | None = None) -> dict:
    """One build as `govkg build --no-render --no-cache` does it, with the time of each stage."""
    from govkg.pipeline import BuildOptions, build
    from govkg.stream import write_output
    t0, cpu0 = time.perf_counter(), time.process_time()
    target = out / "graph.ttl"
    result = build([corpus], options=BuildOptions(jobs=jobs, graph=False, spool=spool, stream_to=target))
    t1 = time.perf_counter()
    triples = write_output(result, target, "turtle", jobs=jobs)     # written by the build when streamed
    timings = dict(result.timings)
    timings["write"] = timings.get("write", 0.0) + time.perf_counter() - t1
    used = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    return {"timings": timings, "total": time.perf_counter() - t0, "triples": triples,
            "cpu": sum(u.ru_utime + u.ru_stime for u in used) - cpu0,
            "documents": getattr(result.kg, "n_documents", None) or len(result.kg.documents),
            "chars": getattr(result.kg, "n_chars", None) or sum(len(d.text) for d in result.kg.documents),
            "spooled": hasattr(result.kg, "batches"),
            "streamed": result.graph is None, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def run_build(corpus: Path, jobs: int, spool: bool = False) -> dict:
    """Run child_build in a fresh process; add the peak memory of it and its workers."""
    with tempfile.TemporaryDirectory() as out:
        proc = subprocess.run([sys.executable, __file__, "--child", str(corpus), "--out", out, "--jobs", str(jobs)]
                              + (["--spool"] if spool else []), capture_output=True, text=True, check=False)
    if proc.returncode:
        sys.exit(f"build failed:\n{proc.stderr}")
    res = json.loads(proc.stdout.strip().splitlines()[-1])
    res["peak_mb"] = max(res["peak_mb"], resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
    return res


def jieba_rate(corpus: Path) -> tuple[float, float, int]:
    """jieba.posseg's characters per second and per CPU second over the corpus (dictionary loaded beforehand)."""
    try:
        import jieba
        import jieba.posseg as pseg
    except ImportError:
        sys.exit('jieba is missing: pip install -e ".[bench]"')
    jieba.setLogLevel(60)
    jieba.initialize()
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    t0, cpu0 = time.perf_counter(), time.process_time()
    for text in texts:
        for _ in pseg.cut(text):
            pass
    chars = sum(map(len, texts))
    return chars / (time.perf_counter() - t0), chars / (time.process_time() - cpu0), chars


def machine() -> str:
    """A one-line description of this machine."""
    cpu = platform.processor() or platform.machine()
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()}"


def report(label: str, res: dict, jieba: tuple[float, float] | None) -> None:
    """Print one build's figures; ratios to jieba on elapsed and on CPU time (steadier on a busy machine)."""
    t, total = res["timings"], res["total"]
    cps, cpu_cps = res["chars"] / total, res["chars"] / res["cpu"]
    print(f"\n{label}: {res['documents']} documents, {res['chars']:,} characters, {res['triples']:,} triples"
          f"{' (streamed)' if res['streamed'] else ''}{' (spooled)' if res.get('spooled') else ''}")
    for stage in STAGES:
        print(f"  {stage:8s} {t.get(stage, 0.0):8.2f} s  {100 * t.get(stage, 0.0) / total:5.1f} %")
    print(f"  total    {total:8.2f} s   {cps:,.0f} chars/s   peak memory {res['peak_mb']:,.0f} MB")
    print(f"  cpu      {res['cpu']:8.2f} s   {cpu_cps:,.0f} chars per CPU second (all processes)")
    if jieba:
        print(f"  ratio to jieba.posseg: {cps / jieba[0]:.2f}x elapsed, {cpu_cps / jieba[1]:.2f}x CPU")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size-mb", type=float, default=10.0, help="corpus size in MB of UTF-8 text (default 10)")
    ap.add_argument("--sizes", help="comma-separated sizes in MB: builds each, to check linear growth")
    ap.add_argument("--jobs", default="1", help="comma-separated worker counts to build with (default 1)")
    ap.add_argument("--seed", type=int, default=7, help="seed of the corpus generator")
    ap.add_argument("--no-jieba", action="store_true", help="skip the jieba.posseg baseline")
    ap.add_argument("--spool", action="store_true",
                    help="keep analyses on disk until written, as a corpus of over 50 M characters does")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child_build(args.child, args.out, int(args.jobs), True if args.spool else None)))
        return
    print(f"machine: {machine()}")
    sizes = [float(s) for s in args.sizes.split(",")] if args.sizes else [args.size_mb]
    per_mb: dict[float, float] = {}
    with tempfile.TemporaryDirectory(prefix="govkg-bench-") as tmp:
        for size in sizes:
            corpus = Path(tmp) / f"{size:g}mb"
            write_corpus(corpus, size, args.seed)
            rates = None
            if not args.no_jieba:
                cps, cpu_cps, chars = jieba_rate(corpus)
                rates = (cps, cpu_cps)
                print(f"\n{size:g} MB corpus: jieba.posseg {chars:,} characters at {cps:,.0f} chars/s, "
                      f"{cpu_cps:,.0f} per CPU second")
            runs = {}
            for jobs in (int(j) for j in args.jobs.split(",")):
                runs[jobs] = run_build(corpus, jobs, args.spool)
                report(f"govkg build --no-render --jobs {jobs} ({size:g} MB)", runs[jobs], rates)
            per_mb[size] = runs[min(runs)]["total"] / size
            if len(runs) > 1:
                base = min(runs)
                print("\nspeed-up over --jobs {}: {}".format(base, ", ".join(
                    f"--jobs {j} {runs[base]['total'] / r['total']:.2f}x" for j, r in runs.items() if j != base)))
    if len(per_mb) > 1:
        print("\nseconds per MB (--jobs {}): {}".format(min(int(j) for j in args.jobs.split(",")),
              ", ".join(f"{size:g} MB {t:.2f}" for size, t in per_mb.items())))


if __name__ == "__main__":
    main()
