"""Throughput of `bantin run`: articles/s and peak memory on the first N VietNews articles.

    python benchmarks/throughput.py                 # 1,000 and 5,000 articles, both engines
    python benchmarks/throughput.py --sizes 1000 --engines local

Each measurement runs `bantin run` in a fresh subprocess on a fresh store. Peak memory is the
largest summed RSS of that process and all its children (Dask workers included), sampled every
100 ms. The corpus is streamed: only the first N lines are decompressed.
"""

from __future__ import annotations

import argparse
import contextlib
import lzma
import subprocess
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

import psutil

ENGINES = ("local", "dask")
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "vietnews-30k.jsonl.xz"


def write_slice(corpus: Path, size: int, target: Path) -> None:
    with lzma.open(corpus, "rt", encoding="utf-8") as src:
        target.write_text("".join(islice(src, size)), encoding="utf-8")


def tree_rss(process: psutil.Process) -> int:
    total = 0
    for proc in [process, *process.children(recursive=True)]:
        try:
            total += proc.memory_info().rss
        except psutil.Error:
            continue
    return total


def measure(corpus_slice: Path, engine: str, workdir: Path) -> tuple[float, float]:
    """Seconds and peak MB of one `bantin run` over ``corpus_slice``."""
    db = workdir / f"bench-{engine}-{time.monotonic_ns()}.db"
    command = [
        sys.executable, "-m", "bantin", "run", str(corpus_slice),
        "--db", str(db), "--engine", engine, "--format", "json", "--out", str(workdir / "out.json"),
    ]  # fmt: skip
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    watcher = psutil.Process(child.pid)
    peak = 0
    while child.poll() is None:
        with contextlib.suppress(psutil.Error):
            peak = max(peak, tree_rss(watcher))
        time.sleep(0.1)
    seconds = time.perf_counter() - start
    if child.returncode != 0:
        error = child.stderr.read() if child.stderr else ""
        raise SystemExit(f"bantin run failed ({engine}): {error}")
    return seconds, peak / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--engines", nargs="+", default=["local", "dask"], choices=ENGINES)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args()
    if not args.corpus.is_file():
        raise SystemExit(f"corpus not found: {args.corpus} (clone the repo beside shared/)")
    print("| articles | engine | seconds | articles/s | peak MB |")
    print("|---:|---|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        for size in args.sizes:
            corpus_slice = workdir / f"vietnews-{size}.jsonl"
            write_slice(args.corpus, size, corpus_slice)
            for engine in args.engines:
                seconds, peak_mb = measure(corpus_slice, engine, workdir)
                rate = size / seconds
                row = f"| {size:,} | {engine} | {seconds:.1f} | {rate:.1f} | {peak_mb:.0f} |"
                print(row, flush=True)


if __name__ == "__main__":
    main()
