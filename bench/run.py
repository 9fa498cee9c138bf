"""Speed and memory of the vocstudy pipeline against bare jieba.

One run measures, for each corpus size N (default 100, 1,000 and 10,000 synthetic
articles from :mod:`synth`):

(a) **bare jieba** - a fresh ``jieba.Tokenizer()``, initialised (``initialize()``) and
    given every term of ``vocstudy/data/terms.txt`` with ``add_word`` *before* the clock
    starts; timed: ``[tok.lcut(t) for t in corpus["text"]]`` over the cleaned texts of the
    same corpus (whole texts, HMM on - jieba's defaults), in a fresh child process of its
    own (the texts from an untimed ``load_corpus``), alternated with the pipeline's child;
(b) **the pipeline** - ``load_corpus`` (read, decode, clean the files) → ``sentences``
    → ``tokenize`` → ``themes`` → ``places`` → ``collaborations`` → ``events``, every
    table kept alive to the end as a notebook would. One-off start-up (imports, jieba
    dictionary, OpenCC, lexicons) is excluded from the clock on both sides: the pipeline
    is first run once on the five seed articles, and its time is reported apart.

Throughput is characters per second, the characters being ``corpus["n_chars"].sum()``
(the cleaned texts) for both (a) and (b), so the ratio (b)/(a) is pipeline throughput
over bare-jieba throughput, taken within each round (a pipeline child and the bare
engines' child after it) and reported as the median over rounds. Each size runs in a child process of its own, whose peak
resident set size (``ru_maxrss``) is its peak memory. At the largest N the pipeline runs
again with ``n_jobs=2``. Each size is timed in three rounds (best taken, stage by stage;
the ratio the median of the rounds'). A cProfile run of the pipeline (n_jobs=1) at
one size says where the time goes. Results are printed and written to ``bench/results.md``; the block between
``<!-- notes -->`` and ``<!-- /notes -->`` there is hand-written and kept across runs.

Usage::

    .venv/bin/python bench/run.py                     # full run (what `make bench` does)
    .venv/bin/python bench/run.py --quick             # smoke run, sizes 20 and 200
    .venv/bin/python bench/run.py --sizes 100 1000 --jobs 2
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import gc
import json
import os
import platform
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
ROOT = BENCH_DIR.parent
STAGES = ["load_corpus", "sentences", "tokenize", "themes", "places", "collaborations", "events"]
TARGETS = {"ratio": 1.5, "speedup": 1.7, "growth": 10.5, "analyze_rss_mb": 1024.0}
NOTES_RE = re.compile(r"<!-- notes -->.*?<!-- /notes -->", re.S)


# =========================================================================== child side
def _maxrss_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak resident set size in MiB (Linux reports ``ru_maxrss`` in KiB)."""
    kb = resource.getrusage(who).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / 2**20


def _kept_workers() -> list[int]:
    """Process ids of the worker processes vocstudy keeps between calls (n_jobs > 1)."""
    mod = sys.modules.get("vocstudy._parallel")
    return mod.worker_pids() if mod is not None else []


def _proc_stat(pid: int) -> list[str]:
    with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
        return fh.read().rsplit(")", 1)[1].split()


def _clock() -> tuple[float, float, float]:
    """(wall, CPU of this process, CPU of its children) in seconds: the children are
    those finished and reaped (``analyze``'s pool) and the workers vocstudy keeps alive
    between calls (read from ``/proc/<pid>/stat``)."""
    ch = resource.getrusage(resource.RUSAGE_CHILDREN)
    kept = 0.0
    for pid in _kept_workers():
        try:
            f = _proc_stat(pid)
            kept += (int(f[11]) + int(f[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, ValueError, IndexError):
            pass
    return time.perf_counter(), time.process_time(), ch.ru_utime + ch.ru_stime + kept


def _workers_maxrss_mb() -> float:
    """Peak RSS of the largest worker: reaped ones (``ru_maxrss`` of the children) and
    the ones vocstudy keeps alive (``VmHWM`` in ``/proc/<pid>/status``)."""
    peak = _maxrss_mb(resource.RUSAGE_CHILDREN)
    for pid in _kept_workers():
        try:
            with open(f"/proc/{pid}/status", encoding="ascii") as fh:
                for line in fh:
                    if line.startswith("VmHWM:"):
                        peak = max(peak, int(line.split()[1]) / 1024)
        except (OSError, ValueError):
            pass
    return peak


def _since(t0: tuple[float, float, float]) -> dict[str, float]:
    """Wall and CPU seconds since ``t0``; ``cpu`` counts this process and its workers."""
    t1 = _clock()
    main = t1[1] - t0[1]
    return {"wall": t1[0] - t0[0], "cpu": main + t1[2] - t0[2], "cpu_main": main}


#: Where each stage's function lives (modules have been renamed before: the first
#: importable candidate wins, then the package top level).
STAGE_MODULES: dict[str, tuple[str, ...]] = {
    "load_corpus": ("vocstudy.loading",),
    "sentences": ("vocstudy.text",),
    "tokenize": ("vocstudy.tokens",),
    "themes": ("vocstudy.policy_themes", "vocstudy.themes"),
    "places": ("vocstudy.gazetteer", "vocstudy.places"),
    "collaborations": ("vocstudy.collaboration", "vocstudy.collaborations"),
    "events": ("vocstudy.event_extraction", "vocstudy.events"),
}


def stage_functions() -> dict[str, Any]:
    """The pipeline's functions by stage name, in pipeline order.

    Examples
    --------
    >>> list(stage_functions())[:2]
    ['load_corpus', 'sentences']
    """
    import importlib

    import vocstudy

    funcs: dict[str, Any] = {}
    for name, modules in STAGE_MODULES.items():
        for mod in modules:
            try:
                funcs[name] = getattr(importlib.import_module(mod), name)
                break
            except (ImportError, AttributeError):
                continue
        else:
            funcs[name] = getattr(vocstudy, name)
    return funcs


def _pipeline(folder: str | Path, n_jobs: int) -> tuple[dict[str, dict], dict[str, Any]]:
    """Run every stage once; return stage times and the tables (all kept alive)."""
    funcs = stage_functions()
    times: dict[str, dict] = {}
    out: dict[str, Any] = {}
    t = _clock()
    corpus = funcs["load_corpus"](folder, n_jobs=n_jobs, progress=False)
    times["load_corpus"] = _since(t)
    out["corpus"] = corpus
    for name in STAGES[1:]:
        func = funcs[name]
        t = _clock()
        out[name] = func(corpus, n_jobs=n_jobs)
        times[name] = _since(t)
    return times, out


def _cleaned_texts(folder: str | Path) -> list[str]:
    """The cleaned texts the pipeline's ``load_corpus`` gives (read once, off the clock,
    for the bare-jieba run before the pipeline)."""
    corpus = stage_functions()["load_corpus"](folder, n_jobs=1, progress=False)
    return corpus["text"].tolist()


def _forget_pipeline_memos() -> None:
    """Drop what the pipeline remembered (sentence splits, place scans) and collect, so
    that bare jieba runs as in a process of its own: otherwise every pass of the cyclic
    collector during its run would walk the memos too."""
    from vocstudy import _shared
    from vocstudy.text import clear_sentence_memo

    _shared.clear()
    clear_sentence_memo()
    gc.collect()


def _jieba_with_terms() -> Any:
    """Side (a)'s engine: a fresh ``jieba.Tokenizer``, initialised, every project term
    added with ``add_word``."""
    import logging

    import jieba

    from vocstudy.tokens import load_terms

    jieba.setLogLevel(logging.WARNING)  # this child process only: no "Building prefix dict"
    tok = jieba.Tokenizer()
    tok.initialize()
    for term in load_terms():
        tok.add_word(term)
    return tok


def _bare_jieba(texts: list[str]) -> tuple[float, dict[str, float]]:
    """(init seconds, wall/CPU seconds of ``[tok.lcut(t) for t in texts]``)."""
    t = time.perf_counter()
    tok = _jieba_with_terms()
    init = time.perf_counter() - t
    t0 = _clock()
    cut = [tok.lcut(x) for x in texts]
    took = _since(t0)
    del cut, tok
    gc.collect()  # the rjieba run that follows starts without jieba's dictionary
    return init, took


def _bare_rjieba(texts: list[str]) -> tuple[float, dict[str, float]] | tuple[None, None]:
    """(init seconds, wall/CPU seconds of ``[rj.cut(t) for t in texts]``) for the fast
    engine alone: an ``rjieba.Jieba`` holding jieba's dictionary plus the project's terms
    at the project's frequencies (what :mod:`vocstudy.tokens` hands it), HMM on."""
    try:
        import rjieba  # noqa: F401
    except ImportError:
        return None, None
    from vocstudy.tokens import _rjieba_from, get_tokenizer

    t = time.perf_counter()
    rj = _rjieba_from(get_tokenizer())
    init = time.perf_counter() - t
    t0 = _clock()
    cut = [rj.cut(x) for x in texts]
    took = _since(t0)
    del cut
    return init, took


def _analyze_child(args: argparse.Namespace) -> dict[str, Any]:
    """Time ``vs.analyze`` (fresh output folder) and read its peak memory; then time bare
    jieba and rjieba over the cleaned texts it wrote, streamed part by part."""
    import shutil

    import pyarrow.parquet as pq

    from vocstudy.analyze import analyze

    out = Path(args.analyze_out)
    shutil.rmtree(out, ignore_errors=True)
    load_before = os.getloadavg()[0]
    t0 = _clock()
    res = analyze(
        args.folder, out=out, n_jobs=args.n_jobs, batch_size=args.batch_size, progress=False
    )
    took = _since(t0)
    rec: dict[str, Any] = {
        "size": args.size,
        "n_jobs": args.n_jobs,
        "batch_size": args.batch_size,
        "analyze": took,
        "rss_peak_mb": _maxrss_mb(),
        "rss_workers_mb": _maxrss_mb(resource.RUSAGE_CHILDREN),
        "parquet_mb": sum(p.stat().st_size for ps in res.paths.values() for p in ps) / 2**20,
        "rows": {
            k: sum(pq.ParquetFile(p).metadata.num_rows for p in ps) for k, ps in res.paths.items()
        },
    }
    chars = 0
    jieba_t = {"wall": 0.0, "cpu": 0.0}
    rj_t = {"wall": 0.0, "cpu": 0.0}
    if args.baseline:
        from vocstudy.tokens import _rjieba_from, get_tokenizer

        # the texts are read back part by part (a 100,000-article corpus is not held), so
        # the engines are built here and timed over each part
        tok = _jieba_with_terms()
        rj = _rjieba_from(get_tokenizer())
        for p in res.paths["corpus"]:
            texts = pq.read_table(p, columns=["text"]).column("text").to_pylist()
            chars += sum(map(len, texts))
            t = _clock()
            cut = [tok.lcut(x) for x in texts]
            d = _since(t)
            jieba_t = {k: jieba_t[k] + d[k] for k in jieba_t}
            del cut
            if rj is not None:
                t = _clock()
                cut = [rj.cut(x) for x in texts]
                d = _since(t)
                rj_t = {k: rj_t[k] + d[k] for k in rj_t}
                del cut
        rec["jieba"], rec["rjieba"] = jieba_t, rj_t
    else:
        for p in res.paths["corpus"]:
            chars += sum(pq.read_table(p, columns=["n_chars"]).column("n_chars").to_pylist())
    rec["chars"] = chars
    rec["load"] = [load_before, os.getloadavg()[0]]
    return rec


def _profile_summary(stats: Any, total: float, top: int = 15) -> dict[str, Any]:
    """Self time by module (C built-ins charged to the Python module calling them) and
    the functions with the most self time."""

    def module_of(filename: str) -> str:
        if filename == "~":
            return "builtin"
        parts = Path(filename).parts
        for pkg in ("vocstudy", "jieba", "pandas", "numpy", "opencc", "re"):
            if pkg in parts:
                i = len(parts) - 1 - parts[::-1].index(pkg)
                sub = Path(*parts[i:]).with_suffix("").as_posix().replace("/", ".")
                return sub if pkg == "vocstudy" else pkg
        return Path(filename).stem

    by_module: dict[str, float] = {}
    funcs = []
    for (filename, _line, name), (_cc, _nc, tt, _ct, callers) in stats.stats.items():
        mod = module_of(filename)
        if mod == "builtin" and callers:
            # share the built-in's self time among its callers' modules
            for (cfile, _cl, _cn), cval in callers.items():
                ctt = cval[2] if isinstance(cval, tuple) else 0.0
                cmod = module_of(cfile)
                key = f"{cmod} (C calls)" if cmod != "builtin" else "builtin"
                by_module[key] = by_module.get(key, 0.0) + ctt
        else:
            by_module[mod] = by_module.get(mod, 0.0) + tt
        label = name if filename == "~" else f"{module_of(filename)}:{name}"
        funcs.append((tt, label))
    funcs.sort(reverse=True)
    mods = sorted(by_module.items(), key=lambda kv: -kv[1])
    return {
        "total": total,
        "by_module": [(m, s) for m, s in mods if s >= 0.005 * total],
        "top": [(label, tt) for tt, label in funcs[:top]],
    }


def child(args: argparse.Namespace) -> int:
    """Measure one size in this (fresh) process and print a JSON record."""
    if args.analyze_out:
        print(json.dumps(_analyze_child(args)))
        return 0
    load_before = os.getloadavg()[0]
    t0 = time.perf_counter()
    from vocstudy.paths import SEEDS_DIR
    from vocstudy.tokens import get_tokenizer

    stage_functions()  # imports are part of start-up
    imports = time.perf_counter() - t0
    t0 = time.perf_counter()
    get_tokenizer()  # the project tokenizer, created once per process
    _pipeline(SEEDS_DIR, 1)  # warm-up: every lexicon and cache built once, off the clock
    # the character-frequency model (read from jieba's dictionary when a first page needs
    # its encoding guessed or its mojibake repaired - none of the seeds does) is start-up too
    from vocstudy._charfreq import char_logprob

    char_logprob("职业教育")
    warmup = time.perf_counter() - t0
    rec: dict[str, Any] = {
        "size": args.size,
        "n_jobs": args.n_jobs,
        "imports_s": imports,
        "warmup_s": warmup,
        "rss_after_warmup_mb": _maxrss_mb(),
    }

    if args.profile:
        import cProfile
        import pstats

        prof = cProfile.Profile(time.process_time)  # CPU time: robust on a busy machine
        t = time.process_time()
        prof.enable()
        times, out = _pipeline(args.folder, 1)
        prof.disable()
        total = time.process_time() - t
        rec["profile"] = _profile_summary(pstats.Stats(prof), total)
        rec["stages"] = times
        rec["chars"] = int(out["corpus"]["n_chars"].sum())
        print(json.dumps(rec))
        return 0

    if args.baseline:
        # the baselines run in a child of their own, on the cleaned texts of an untimed
        # load (its memos dropped and collected): run in the pipeline's child, after it,
        # bare jieba was slowed by the heap the pipeline had left (15 % in a test of
        # alternated children), which flattered the ratio
        texts = _cleaned_texts(args.folder)
        _forget_pipeline_memos()
        rec["jieba_init_s"], rec["jieba"] = _bare_jieba(texts)
        rec["rjieba_init_s"], rec["rjieba"] = _bare_rjieba(texts)
        rec["load"] = [load_before, os.getloadavg()[0]]
        print(json.dumps(rec))
        return 0
    times, out = _pipeline(args.folder, args.n_jobs)
    rec["rss_peak_mb"] = _maxrss_mb()
    rec["rss_workers_mb"] = _workers_maxrss_mb()
    rec["docs"] = len(out["corpus"])
    rec["chars"] = int(out["corpus"]["n_chars"].sum())
    rec["raw_chars"] = int(out["corpus"]["text_raw"].str.len().sum())
    rec["rows"] = {k: len(v) for k, v in out.items()}
    rec["stages"] = times
    rec["pipeline"] = {k: sum(v[k] for v in times.values()) for k in ("wall", "cpu", "cpu_main")}
    rec["load"] = [load_before, os.getloadavg()[0]]
    print(json.dumps(rec))
    return 0


# ========================================================================== parent side
def _machine_cpu() -> dict[str, float] | None:
    """CPU seconds the whole machine has spent busy, and lost to the hypervisor (steal),
    since boot (``/proc/stat``); None where there is no ``/proc/stat``."""
    try:
        with open("/proc/stat", encoding="ascii") as fh:
            f = [int(x) for x in fh.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    tick = os.sysconf("SC_CLK_TCK")
    # user nice system idle iowait irq softirq steal ...
    busy = f[0] + f[1] + f[2] + f[5] + f[6]
    return {"busy": busy / tick, "steal": (f[7] if len(f) > 7 else 0) / tick}


def _own_cpu() -> float:
    """CPU seconds of this process and of every child it has reaped (children count their
    own reaped workers)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    ch = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + ch.ru_utime + ch.ru_stime


def _measured(run: Callable[..., dict[str, Any]]) -> Callable[..., dict[str, Any]]:
    """``run``, its record completed with what other processes did to the machine
    meanwhile: ``others_cpu`` - CPU seconds the machine was busy beyond this benchmark's
    own processes - and ``steal_s`` - seconds the hypervisor gave our virtual CPUs to other
    guests - over ``span_s`` seconds of wall time. Both near 0 mean the figures were taken
    on a quiet machine."""

    @functools.wraps(run)
    def measured(*args: Any, **kwargs: Any) -> dict[str, Any]:
        m0, own0, t0 = _machine_cpu(), _own_cpu(), time.perf_counter()
        rec = run(*args, **kwargs)
        m1, own1 = _machine_cpu(), _own_cpu()
        rec["span_s"] = time.perf_counter() - t0
        if m0 is not None and m1 is not None:
            rec["others_cpu"] = max(0.0, (m1["busy"] - m0["busy"]) - (own1 - own0))
            rec["steal_s"] = m1["steal"] - m0["steal"]
        return rec

    return measured


def _settle(below: float, at_most: float) -> float:
    """Wait (at most ``at_most`` seconds) until the 1-min load average is under ``below``,
    so that a wall-time measurement starts on a quiet machine; return the seconds waited."""
    t0 = time.perf_counter()
    while os.getloadavg()[0] >= below and time.perf_counter() - t0 < at_most:
        time.sleep(5)
    return time.perf_counter() - t0


@_measured
def _run_one(
    folder: Path, size: int, n_jobs: int, baseline: bool, profile: bool = False
) -> dict[str, Any]:
    """Run one measurement in a fresh interpreter; its stderr is captured, so no
    progress bar is drawn and nothing but the JSON record reaches us."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", "--folder", str(folder)]
    cmd += ["--size", str(size), "--n-jobs", str(n_jobs)]
    if baseline:
        cmd.append("--baseline")
    if profile:
        cmd.append("--profile")
    with tempfile.TemporaryFile() as err:
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=err, text=True, cwd=ROOT)
        if proc.returncode:
            err.seek(0)
            sys.stderr.write(err.read().decode("utf-8", "replace")[-4000:])
            raise SystemExit(f"benchmark child failed for N={size} n_jobs={n_jobs}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


@_measured
def _run_analyze(
    folder: Path, size: int, n_jobs: int, batch_size: int, baseline: bool
) -> dict[str, Any]:
    """``vs.analyze`` of one folder in a fresh interpreter (output under bench/out)."""
    out = BENCH_DIR / "out" / f"analyze-{size}"
    cmd = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--child",
        "--folder",
        str(folder),
        "--size",
        str(size),
        "--n-jobs",
        str(n_jobs),
        "--analyze-out",
        str(out),
        "--batch-size",
        str(batch_size),
    ]
    if baseline:
        cmd.append("--baseline")
    with tempfile.TemporaryFile() as err:
        proc = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=err, text=True, cwd=ROOT)
        if proc.returncode:
            err.seek(0)
            sys.stderr.write(err.read().decode("utf-8", "replace")[-4000:])
            raise SystemExit(f"analyze child failed for N={size} n_jobs={n_jobs}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _run_child(
    folder: Path, size: int, n_jobs: int, repeat: int, baseline: bool, profile: bool = False
) -> dict[str, Any]:
    """``repeat`` rounds of fresh child processes: the pipeline's, then (``baseline``) the
    bare engines' - alternated, so that each ratio compares two children run one after
    the other on the machine (whose speed drifts by 10 % and more within minutes), each in
    a process of its own.

    Stage times are the best over rounds, stage by stage; the ratio to bare jieba is taken
    within each round (bare jieba's time over the pipeline's total) and reported as the
    median over rounds. Every child is a new process, so a cache filled by one pass (e.g.
    per-document ``lru_cache`` in the analysis modules) never makes a later pass look faster.
    """
    runs, bases = [], []
    for _ in range(repeat):
        runs.append(_run_one(folder, size, n_jobs, False, profile))
        if baseline:
            bases.append(_run_one(folder, size, n_jobs, True))
    rec = dict(runs[0])

    def best(dicts: list[dict[str, float]]) -> dict[str, float]:
        return {k: min(d[k] for d in dicts) for k in dicts[0]}

    if profile:
        rec["repeats"] = len(runs)
        return rec
    rec["stages"] = {st: best([r["stages"][st] for r in runs]) for st in rec["stages"]}
    rec["pipeline"] = {
        k: sum(v[k] for v in rec["stages"].values()) for k in ("wall", "cpu", "cpu_main")
    }
    rec["rss_peak_mb"] = max(r["rss_peak_mb"] for r in runs)
    rec["rss_workers_mb"] = max(r["rss_workers_mb"] for r in runs)
    rec["load"] = [runs[0]["load"][0], (bases or runs)[-1]["load"][1]]
    if baseline:
        rec["jieba_init_s"] = bases[0]["jieba_init_s"]
        rec["jieba"] = best([b["jieba"] for b in bases])
        if bases[0].get("rjieba"):
            rec["rjieba"] = best([b["rjieba"] for b in bases])
        rec["ratios"] = [
            {k: b["jieba"][k] / r["pipeline"][k] for k in ("cpu", "wall")}
            for r, b in zip(runs, bases)
        ]
        rec["ratio"] = {k: statistics.median(x[k] for x in rec["ratios"]) for k in ("cpu", "wall")}
    every = runs + bases
    for k in ("others_cpu", "steal_s", "span_s"):
        if all(k in r for r in every):
            rec[k] = sum(r[k] for r in every)
    rec["repeats"] = len(runs)
    return rec


def machine() -> dict[str, str]:
    """Facts about this machine and the versions measured (no paths)."""
    from importlib.metadata import version

    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        usable = os.cpu_count() or 1
    mem = ""
    try:
        with open("/proc/meminfo", encoding="utf-8") as fh:
            kb = int(fh.readline().split()[1])
            mem = f"{kb / 2**20:.1f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    vers = []
    for pkg in ("vocstudy", "jieba", "pandas", "OpenCC"):
        try:
            vers.append(f"{pkg} {version(pkg)}")
        except Exception:  # noqa: BLE001 - a missing version is just not shown
            continue
    return {
        "cores": f"{os.cpu_count()} logical ({usable} usable)",
        "cpu": cpu,
        "memory": mem,
        "os": f"{platform.system()} {platform.release()}",
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "start method": __import__("multiprocessing").get_start_method(),
        "packages": ", ".join(vers),
    }


def _fmt_rate(x: float) -> str:
    return f"{x / 1e6:.2f} M" if x >= 1e6 else f"{x / 1e3:.0f} k"


def _yes(ok: bool) -> str:
    return "**met**" if ok else "**missed**"


def _others(recs: list[dict]) -> str:
    """What other processes took while the records were measured (:func:`_measured`)."""
    recs = [r for r in recs if "others_cpu" in r]
    if not recs:
        return "not measured"
    cpu = sum(r["others_cpu"] for r in recs)
    span = sum(r["span_s"] for r in recs)
    steal = sum(r["steal_s"] for r in recs)
    return (
        f"{cpu:.0f} CPU s in {span:.0f} s ({cpu / span:.2f} of a core on average); "
        f"hypervisor steal {steal:.0f} s"
    )


#: Iterations of the pure-Python loop of :func:`_spin` (about 3-4 CPU seconds here).
SPIN_ITERATIONS = 30_000_000


def _spin() -> float:
    """CPU seconds of a fixed pure-Python loop (no memory traffic to speak of)."""
    t = time.process_time()
    x = 0
    for i in range(SPIN_ITERATIONS):
        x += i * i
    return time.process_time() - t


def concurrency_check(n: int = 2) -> dict[str, Any]:
    """How much CPU a process loses when ``n`` CPU-bound processes run at once.

    One fresh process runs :func:`_spin` alone, then ``n`` run it together, then one
    alone again. On ``n`` free cores each process of the group takes the CPU time of one
    alone (``inflation`` 1.0); on a virtual machine whose cores share physical cores
    (hyperthreads) or memory with the host's other guests it takes more, and no n_jobs
    speed-up can exceed ``n / inflation`` whatever the code does."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--spin"]

    def one() -> float:
        return float(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)

    alone = [one()]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True) for _ in range(n)]
    together = [float(p.communicate()[0]) for p in procs]
    alone.append(one())
    base = sum(alone) / len(alone)
    return {"alone": alone, "together": together, "inflation": sum(together) / n / base}


def _concurrency_text(chk: dict[str, Any] | None) -> str:
    if not chk:
        return ""
    n = len(chk["together"])
    return (
        f" Just before it, {n} copies of a pure-Python loop run at once took "
        f"{chk['inflation']:.2f}× the CPU time of one alone ("
        + ", ".join(f"{x:.2f}" for x in chk["together"])
        + " s against "
        + ", ".join(f"{x:.2f}" for x in chk["alone"])
        + (
            f" s): on this machine at that time no {n}-process speed-up could exceed "
            f"{n / chk['inflation']:.2f}×, whatever the code."
            if chk["inflation"] > 1.05
            else f" s): {n} cores were free for CPU-bound work."
        )
    )


def idle_estimate(one: dict, par: dict) -> float:
    """Speed-up n_jobs>1 would show on an otherwise idle machine, from CPU times.

    One process: wall = its CPU time. n_jobs workers: the main process's own CPU
    (splitting, pickling, unpickling, building tables) runs while workers wait, and the
    workers' CPU is shared among ``n_jobs`` cores - a deliberately conservative model
    (no overlap of main process and workers, perfect balance between workers).
    """
    n = par["n_jobs"]
    p = par["pipeline"]
    return one["pipeline"]["cpu"] / (p["cpu_main"] + (p["cpu"] - p["cpu_main"]) / n)


def _analyze_section(analyses: list[dict]) -> str:
    """Markdown: vs.analyze throughput, peak RSS and growth, with the baselines if run."""
    par = [a for a in analyses if a["n_jobs"] > 1]
    analyses = [a for a in analyses if a["n_jobs"] == 1]
    L = ["## Streaming: `vs.analyze` (one process, Parquet out)\n"]
    L.append(
        "`vs.analyze(folder, out=…, n_jobs=1, batch_size=B)` in a fresh child process: read, "
        "clean, audit, sentences, themes, places, collaborations, events and term counts, "
        "batch by batch, every table written as Parquet. Peak RSS = `ru_maxrss` of that "
        "process (workers, if any, reported apart).\n"
    )
    has_base = all("jieba" in a for a in analyses)
    head = "| articles | batch | cleaned chars | analyze CPU s | chars/s | wall s | peak RSS |"
    sep = "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    if has_base:
        head += " bare jieba CPU s | ratio to jieba | rjieba CPU s | ratio to rjieba |"
        sep += " ---: | ---: | ---: | ---: |"
    L += [head + " Parquet MiB |", sep + " ---: |"]
    for a in analyses:
        t = a["analyze"]
        row = (
            f"| {a['size']:,} | {a['batch_size']} | {a['chars']:,} | {t['cpu']:.1f} | "
            f"{_fmt_rate(a['chars'] / t['cpu'])} | {t['wall']:.1f} | "
            f"{a['rss_peak_mb']:.0f} MiB |"
        )
        if has_base:
            row += (
                f" {a['jieba']['cpu']:.1f} | {a['jieba']['cpu'] / t['cpu']:.2f}× | "
                f"{a['rjieba']['cpu']:.1f} | {a['rjieba']['cpu'] / t['cpu']:.2f}× |"
            )
        L.append(row + f" {a['parquet_mb']:.0f} |")
    if len(analyses) > 1:
        L.append("\n| from → to | articles × | analyze CPU × | peak RSS × |")
        L.append("| --- | ---: | ---: | ---: |")
        for a, b in zip(analyses, analyses[1:]):
            L.append(
                f"| {a['size']:,} → {b['size']:,} | {b['size'] / a['size']:.0f} | "
                f"{b['analyze']['cpu'] / a['analyze']['cpu']:.2f} | "
                f"{b['rss_peak_mb'] / a['rss_peak_mb']:.2f} |"
            )
    for p in par:
        one, t = p["one"]["analyze"], p["analyze"]
        # idle estimate: the main process's own CPU plus the workers' CPU shared by n_jobs
        est = one["cpu"] / (t["cpu_main"] + (t["cpu"] - t["cpu_main"]) / p["n_jobs"])
        L.append(
            f"\n`vs.analyze` with n_jobs={p['n_jobs']} at N={p['size']:,} (each worker analyses "
            f"whole batches; the main process writes): wall {t['wall']:.1f} s against "
            f"{one['wall']:.1f} s for one process = **{one['wall'] / t['wall']:.2f}×** measured "
            f"(load {p['load'][0]:.1f} → {p['load'][1]:.1f}); **{est:.2f}×** estimated for an "
            f"idle machine from CPU times (main {t['cpu_main']:.1f} s + workers "
            f"{t['cpu'] - t['cpu_main']:.1f} s). Peak RSS: main {p['rss_peak_mb']:.0f} MiB, "
            f"largest worker {p['rss_workers_mb']:.0f} MiB. Other processes during this run: "
            f"{_others([p])}." + _concurrency_text(p.get("concurrency"))
        )
    loads = [x for a in analyses + par for x in a["load"]]
    L.append(
        f"\n1-min load average during these runs: {min(loads):.1f} - {max(loads):.1f}; "
        f"other processes during the one-process runs: {_others(analyses)}.\n"
    )
    return "\n".join(L)


def report(
    results: list[dict],
    par: dict | None,
    prof: dict | None,
    facts: dict,
    gen_s: dict[int, float],
    args: argparse.Namespace,
    analyses: list[dict] | None = None,
) -> str:
    """The markdown of results.md (without the preserved notes block)."""
    L: list[str] = []
    L.append("# Benchmark: vocstudy pipeline vs bare jieba\n")
    L.append(
        f"Written by `bench/run.py` ({'--quick' if args.quick else 'full run'}) on "
        f"{dt.date.today().isoformat()}. Regenerate with `make bench`; what is timed is "
        "described in `bench/README.md` and at the top of `bench/run.py`.\n"
    )
    L.append("## Machine\n")
    L.append("| | |\n| --- | --- |")
    for k, v in facts.items():
        L.append(f"| {k} | {v} |")
    loads = [x for r in results + ([par] if par else []) for x in r["load"]]
    L.append(f"| 1-min load average during the runs | {min(loads):.1f} - {max(loads):.1f} |")
    L.append(f"| other processes during the one-process runs | {_others(results)} |")
    if par:
        L.append(f"| other processes during the n_jobs={par['n_jobs']} run | {_others([par])} |")
    L.append("")
    L.append(
        "Both **CPU time** (`time.process_time()` plus the CPU of worker processes) and "
        "**wall time** are measured. On a shared machine (load average above the "
        "core count) wall time mostly measures the neighbours, so one-process figures "
        "- throughput, ratio, stage shares, growth - are judged on CPU time, which on "
        "an idle machine equals wall time for one process. The n_jobs speed-up is a "
        "wall-time quantity; it is shown as measured and as estimated for an idle "
        "machine from CPU times.\n"
    )

    L.append("## Throughput (one process)\n")
    L.append(
        "Characters = sum of cleaned text lengths (`corpus['n_chars']`). (a) bare jieba: "
        "`lcut` of each cleaned text, project terms added, tokenizer ready before the "
        "clock starts, in a fresh child of its own alternated with the pipeline's child "
        "(rounds of the two, one after the other); the ratio is taken within each round "
        "and the median over rounds is reported, stage times are the best over rounds. "
        "(b) pipeline: `load_corpus` → `sentences` → `tokenize` → "
        "`themes` → `places` → `collaborations` → `events`, after a warm-up on the seeds. "
        "Peak RSS: `ru_maxrss` of the child process that ran the size, read after the "
        "pipeline with all its tables alive.\n"
    )
    L.append(
        "(c) rjieba alone: `rjieba.Jieba` holding jieba's dictionary and the project's "
        "terms (what `vocstudy.tokens` builds), `cut` of each cleaned text, HMM on - the "
        "fast engine's floor. Its tokens differ from jieba's on ASCII runs with `-._%+#&`; "
        "the pipeline's do not.\n"
    )
    L.append(
        "| articles | cleaned chars | (a) bare jieba CPU s | (a) chars/s | "
        "(c) rjieba CPU s | (c) chars/s | (b) pipeline CPU s | (b) chars/s | "
        "ratio (b)/(a) | ratio (b)/(c) | wall s (a) / (b) | ratio, wall | peak RSS |"
    )
    L.append(
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    )
    for r in results:
        ja, pa, rj = r["jieba"], r["pipeline"], r.get("rjieba") or {"cpu": float("nan")}
        L.append(
            f"| {r['size']:,} | {r['chars']:,} | {ja['cpu']:.2f} | "
            f"{_fmt_rate(r['chars'] / ja['cpu'])} | {rj['cpu']:.2f} | "
            f"{_fmt_rate(r['chars'] / rj['cpu'])} | {pa['cpu']:.2f} | "
            f"{_fmt_rate(r['chars'] / pa['cpu'])} | {r['ratio']['cpu']:.2f}× | "
            f"{rj['cpu'] / pa['cpu']:.2f}× | "
            f"{ja['wall']:.2f} / {pa['wall']:.2f} | {r['ratio']['wall']:.2f}× | "
            f"{r['rss_peak_mb']:.0f} MiB |"
        )
    r0 = results[0]
    L.append(
        f"\nOne-off start-up, not in the figures above (child for N={r0['size']:,}, wall): "
        f"imports {r0['imports_s']:.2f} s; warm-up pipeline over the 5 seeds (jieba "
        f"dictionary from its cache, OpenCC, lexicons, the character-frequency model of "
        f"mojibake repair) {r0['warmup_s']:.2f} s; bare jieba "
        f"`initialize()` + `add_word` of the terms {r0['jieba_init_s']:.2f} s. "
        f"Generating the synthetic corpora (not part of the pipeline): "
        + ", ".join(f"N={n:,} {s:.1f} s" for n, s in gen_s.items())
        + " (0 s when already on disk).\n"
    )

    L.append("## Time per stage (one process; CPU s, share of the pipeline, wall s)\n")
    L.append("| stage | " + " | ".join(f"N={r['size']:,}" for r in results) + " |")
    L.append("| --- | " + " | ".join("---:" for _ in results) + " |")
    for st in STAGES:
        cells = [
            f"{r['stages'][st]['cpu']:.2f} ({r['stages'][st]['cpu'] / r['pipeline']['cpu']:.0%})"
            f" · {r['stages'][st]['wall']:.2f}"
            for r in results
        ]
        L.append(f"| `{st}` | " + " | ".join(cells) + " |")
    L.append(
        "| **pipeline** | "
        + " | ".join(
            f"**{r['pipeline']['cpu']:.2f}** · {r['pipeline']['wall']:.2f}" for r in results
        )
        + " |"
    )
    L.append(
        "| bare jieba, same texts | "
        + " | ".join(f"{r['jieba']['cpu']:.2f} · {r['jieba']['wall']:.2f}" for r in results)
        + " |"
    )
    if all(r.get("rjieba") for r in results):
        L.append(
            "| rjieba alone, same texts | "
            + " | ".join(f"{r['rjieba']['cpu']:.2f} · {r['rjieba']['wall']:.2f}" for r in results)
            + " |"
        )
    L.append("")
    if analyses:
        L.append(_analyze_section(analyses))

    growth = []
    L.append("## Growth with N (CPU time)\n")
    L.append(
        "| from → to | articles × | chars × | pipeline time × | bare jieba time × | "
        "pipeline time per char × | pipeline wall × |"
    )
    L.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for a, b in zip(results, results[1:]):
        tp = b["pipeline"]["cpu"] / a["pipeline"]["cpu"]
        cx = b["chars"] / a["chars"]
        growth.append((a, b, tp))
        L.append(
            f"| {a['size']:,} → {b['size']:,} | {b['size'] / a['size']:.0f} | {cx:.2f} | "
            f"{tp:.2f} | {b['jieba']['cpu'] / a['jieba']['cpu']:.2f} | {tp / cx:.2f} | "
            f"{b['pipeline']['wall'] / a['pipeline']['wall']:.2f} |"
        )
    L.append("")

    if par is not None:
        one = next(r for r in results if r["size"] == par["size"])
        nj = par["n_jobs"]
        L.append(f"## Processes: n_jobs={nj} vs n_jobs=1 at N={par['size']:,}\n")
        L.append(
            f"| stage | wall n_jobs=1 | wall n_jobs={nj} | speed-up (wall) | CPU n_jobs=1 | "
            f"CPU n_jobs={nj}: main + workers | extra CPU |"
        )
        L.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        for st in [*STAGES, "pipeline"]:
            a = one["stages"][st] if st != "pipeline" else one["pipeline"]
            b = par["stages"][st] if st != "pipeline" else par["pipeline"]
            name = f"`{st}`" if st != "pipeline" else "**pipeline**"
            L.append(
                f"| {name} | {a['wall']:.2f} | {b['wall']:.2f} | "
                f"{a['wall'] / b['wall']:.2f}× | {a['cpu']:.2f} | "
                f"{b['cpu_main']:.2f} + {b['cpu'] - b['cpu_main']:.2f} | "
                f"{b['cpu'] / a['cpu'] - 1:+.0%} |"
            )
        L.append(
            f"\nEstimated speed-up on an idle {nj}-core machine (see `idle_estimate` in "
            f"`bench/run.py`): **{idle_estimate(one, par):.2f}×**. Load average during "
            f"the n_jobs={nj} run: {par['load'][0]:.1f} → {par['load'][1]:.1f} "
            f"(n_jobs=1 run: {one['load'][0]:.1f} → {one['load'][1]:.1f}). The run started "
            f"after waiting {par.get('settle_s', 0):.0f} s for a 1-min load average under "
            f"{args.settle_load}; other processes meanwhile: {_others([par])} "
            f"(n_jobs=1 run: {_others([one])})." + _concurrency_text(par.get("concurrency")) + "\n"
        )
        L.append(
            f"Peak RSS with n_jobs={nj}: main process {par['rss_peak_mb']:.0f} MiB, "
            f"largest worker {par['rss_workers_mb']:.0f} MiB (workers are forked, so "
            "part of their RSS is pages shared with the main process; they are started by "
            "`load_corpus` and kept for the helpers that follow, each holding the sentence "
            "splits and place scans of its share of the documents).\n"
        )

    L.append("## Targets\n")
    L.append("| target | measured | |")
    L.append("| --- | --- | --- |")
    big = results[-1]
    ratio = big["ratio"]["cpu"]  # = (b) chars/s over (a) chars/s, within each round
    each = ", ".join(f"{r['ratio']['cpu']:.2f}×" for r in results)
    per_child = ", ".join(f"{x['cpu']:.2f}×" for x in big.get("ratios", [big["ratio"]]))
    ns = ", ".join(f"{r['size']:,}" for r in results)
    L.append(
        f"| pipeline ≥ 1.5× bare jieba's throughput, one process | "
        f"{ratio:.2f}× at N={big['size']:,}, CPU time ({each} for N = {ns}; wall "
        f"{big['ratio']['wall']:.2f}×; rounds at N={big['size']:,}: {per_child}) | "
        f"{_yes(ratio >= TARGETS['ratio'])} |"
    )
    if big.get("rjieba"):
        L.append(
            f"| ratio to rjieba alone reported | {big['rjieba']['cpu'] / big['pipeline']['cpu']:.2f}× "
            f"at N={big['size']:,} (pipeline {big['pipeline']['cpu'] / big['rjieba']['cpu']:.1f}× "
            "rjieba's time; see the profile) | reported |"
        )
    if par is not None:
        sp = one["pipeline"]["wall"] / par["pipeline"]["wall"]
        est = idle_estimate(one, par)
        L.append(
            f"| in-memory pipeline n_jobs=2 ≥ 1.7× one process ({par['size']:,} articles) | "
            f"{sp:.2f}× measured "
            f"(wall; other processes: {_others([par])}); {est:.2f}× estimated idle | "
            f"{_yes(sp >= TARGETS['speedup'])} measured, "
            f"{_yes(est >= TARGETS['speedup'])} estimated |"
        )
    for a, b, tp in growth:
        if b["size"] == 10 * a["size"]:
            L.append(
                f"| 10× articles ≤ 10.5× time ({a['size']:,} → {b['size']:,}) | "
                f"{tp:.2f}× CPU ({b['pipeline']['wall'] / a['pipeline']['wall']:.2f}× wall)"
                f" | {_yes(tp <= TARGETS['growth'])} |"
            )
    for a in analyses or []:
        if a["n_jobs"] == 1:
            L.append(
                f"| `vs.analyze` peak RSS ≤ 1 GB ({a['size']:,} articles, batch {a['batch_size']}) "
                f"| {a['rss_peak_mb']:.0f} MiB | "
                f"{_yes(a['rss_peak_mb'] <= TARGETS['analyze_rss_mb'])} |"
            )
        else:
            one, t = a["one"]["analyze"], a["analyze"]
            sp = one["wall"] / t["wall"]
            est = one["cpu"] / (t["cpu_main"] + (t["cpu"] - t["cpu_main"]) / a["n_jobs"])
            L.append(
                f"| `vs.analyze` n_jobs={a['n_jobs']} ≥ 1.7× one process ({a['size']:,} "
                f"articles) | {sp:.2f}× measured (wall); {est:.2f}× estimated idle | "
                f"{_yes(sp >= TARGETS['speedup'])} measured, "
                f"{_yes(est >= TARGETS['speedup'])} estimated |"
            )
    L.append(
        f"| in-memory pipeline peak RSS at {big['size']:,} articles (no target; all tables "
        f"alive) | {big['rss_peak_mb']:.0f} MiB | - |"
    )
    if big["size"] < 10_000:
        L.append(f"\n(Largest size run: {big['size']:,}; the targets are stated for 10,000.)")
    L.append("")

    L.append("## Where the time goes\n")
    if prof is not None:
        p = prof["profile"]
        L.append(
            f"cProfile (CPU-time clock) of the pipeline, n_jobs=1, N={prof['size']:,}: "
            f"{p['total']:.1f} s under the profiler (profiling inflates Python-heavy code "
            "more than C calls: read shares, not seconds). Self time by module; time in "
            "C functions (regex matching, `str` methods, dict look-ups) is charged to the "
            "module that called them.\n"
        )
        L.append("| module | self s | share |")
        L.append("| --- | ---: | ---: |")
        for m, sec in p["by_module"][:14]:
            L.append(f"| `{m}` | {sec:.2f} | {sec / p['total']:.0%} |")
        L.append("\nFunctions with the most self time:\n")
        L.append("| function | self s | share |")
        L.append("| --- | ---: | ---: |")
        for label, tt in p["top"]:
            L.append(f"| `{label}` | {tt:.2f} | {tt / p['total']:.0%} |")
        L.append("")
    return "\n".join(L)


DEFAULT_NOTES = (
    "<!-- notes -->\n_Hand-written findings go here; `bench/run.py` keeps this "
    "block when it rewrites the file._\n<!-- /notes -->\n"
)


def write_results(path: Path, body: str) -> None:
    """Write ``body`` plus the notes block kept from the previous file."""
    notes = DEFAULT_NOTES
    if path.exists():
        m = NOTES_RE.search(path.read_text(encoding="utf-8"))
        if m:
            notes = m.group(0) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(body + "\n" + notes, encoding="utf-8")


def parent(args: argparse.Namespace) -> int:
    """Generate the corpora, run one child per measurement, print and write results."""
    sys.path.insert(0, str(BENCH_DIR))
    from synth import generate

    if args.large:
        return parent_large(args)
    sizes = sorted(set(args.sizes or ([20, 200] if args.quick else [1_000, 10_000])))
    facts = machine()
    print("machine: " + "; ".join(f"{k} {v}" for k, v in facts.items()), flush=True)
    gen_s: dict[int, float] = {}
    folders: dict[int, Path] = {}
    for n in sizes:
        t = time.perf_counter()
        folders[n] = generate(n)
        gen_s[n] = time.perf_counter() - t
    results = []
    for n in sizes:
        repeat = 1 if args.quick else 3
        print(
            f"N={n:,}: pipeline n_jobs=1 and bare jieba ({repeat} alternated round(s)) ...",
            flush=True,
        )
        r = _run_child(folders[n], n, 1, repeat, baseline=True)
        results.append(r)
        ja, pa = r["jieba"], r["pipeline"]
        print(
            f"  {r['chars']:,} chars; CPU s: bare jieba {ja['cpu']:.2f} "
            f"({_fmt_rate(r['chars'] / ja['cpu'])}/s), pipeline {pa['cpu']:.2f} "
            f"({_fmt_rate(r['chars'] / pa['cpu'])}/s), ratio {r['ratio']['cpu']:.2f}× "
            f"(wall {ja['wall']:.2f} / {pa['wall']:.2f}); peak RSS {r['rss_peak_mb']:.0f} MiB; "
            f"load {r['load'][0]:.1f}-{r['load'][1]:.1f}; other processes: {_others([r])}",
            flush=True,
        )
        print(
            "  stages (CPU s): " + ", ".join(f"{k} {v['cpu']:.2f}" for k, v in r["stages"].items()),
            flush=True,
        )
    par = None
    if args.jobs > 1:
        n = sizes[-1]
        repeat = 1 if args.quick else (3 if n <= 1_000 else 2)
        waited = _settle(args.settle_load, args.settle_max)
        print(
            f"N={n:,}: pipeline n_jobs={args.jobs} (after {waited:.0f} s waiting for a "
            f"load average under {args.settle_load}) ...",
            flush=True,
        )
        chk = concurrency_check(args.jobs)
        print(
            f"  {args.jobs} CPU-bound processes at once: {chk['inflation']:.2f}× the CPU "
            "time of one alone",
            flush=True,
        )
        par = _run_child(folders[n], n, args.jobs, repeat, baseline=False)
        par["settle_s"] = waited
        par["concurrency"] = chk
        one = results[-1]
        print(
            f"  wall {par['pipeline']['wall']:.2f} s, speed-up "
            f"{one['pipeline']['wall'] / par['pipeline']['wall']:.2f}× measured, "
            f"{idle_estimate(one, par):.2f}× estimated idle; load "
            f"{par['load'][0]:.1f}-{par['load'][1]:.1f}; other processes: {_others([par])}",
            flush=True,
        )
    analyses = []
    for n in sizes if args.analyze_sizes is None else sorted(set(args.analyze_sizes)):
        if n not in folders:
            folders[n] = generate(n)
        print(f"N={n:,}: vs.analyze n_jobs=1 batch_size={args.batch_size} ...", flush=True)
        a = _run_analyze(folders[n], n, 1, args.batch_size, baseline=False)
        analyses.append(a)
        print(
            f"  CPU {a['analyze']['cpu']:.1f} s, wall {a['analyze']['wall']:.1f} s, "
            f"peak RSS {a['rss_peak_mb']:.0f} MiB",
            flush=True,
        )
    if args.jobs > 1 and analyses:
        n = analyses[-1]["size"]
        waited = _settle(args.settle_load, args.settle_max)
        print(
            f"N={n:,}: vs.analyze n_jobs={args.jobs} (after {waited:.0f} s waiting) ...", flush=True
        )
        chk = concurrency_check(args.jobs)
        a = _run_analyze(folders[n], n, args.jobs, args.batch_size, baseline=False)
        a["settle_s"] = waited
        a["concurrency"] = chk
        a["one"] = analyses[-1]
        analyses.append(a)
        print(
            f"  wall {a['analyze']['wall']:.1f} s vs {a['one']['analyze']['wall']:.1f} s",
            flush=True,
        )
    prof = None
    if args.profile_size:
        n = args.profile_size
        if n not in folders:
            folders[n] = generate(n)
        print(f"N={n:,}: cProfile of the pipeline ...", flush=True)
        prof = _run_child(folders[n], n, 1, 1, baseline=False, profile=True)
    body = report(results, par, prof, facts, gen_s, args, analyses)
    out = (
        Path(args.output)
        if args.output
        else (BENCH_DIR / "out" / "results-quick.md" if args.quick else BENCH_DIR / "results.md")
    )
    write_results(out, body)
    print()
    print(body)
    try:
        shown = out.resolve().relative_to(ROOT)
    except ValueError:
        shown = out.name
    print(f"\nwritten: {shown}")
    return 0


def parent_large(args: argparse.Namespace) -> int:
    """``make bench-large``: vs.analyze at 10,000 and 100,000 articles (not in CI)."""
    sys.path.insert(0, str(BENCH_DIR))
    from synth import generate

    sizes = sorted(set(args.sizes or [10_000, 100_000]))
    facts = machine()
    analyses = []
    for n in sizes:
        folder = generate(n)
        then = "" if args.no_baseline else ", then bare jieba and rjieba over the same texts"
        print(f"N={n:,}: vs.analyze n_jobs=1 batch_size={args.batch_size}{then} ...", flush=True)
        a = _run_analyze(folder, n, 1, args.batch_size, baseline=not args.no_baseline)
        analyses.append(a)
        print(
            f"  analyze CPU {a['analyze']['cpu']:.1f} s, peak RSS {a['rss_peak_mb']:.0f} MiB"
            + (
                ""
                if args.no_baseline
                else f"; jieba {a['jieba']['cpu']:.1f} s, rjieba {a['rjieba']['cpu']:.1f} s"
            ),
            flush=True,
        )
    L = [
        "# Benchmark, large: `vs.analyze` at 10^4-10^5 articles\n",
        f"Written by `bench/run.py --large` (`make bench-large`) on {dt.date.today().isoformat()}.\n",
        "| | |\n| --- | --- |",
        *[f"| {k} | {v} |" for k, v in facts.items()],
        "",
        _analyze_section(analyses),
    ]
    body = "\n".join(L)
    out = Path(args.output) if args.output else BENCH_DIR / "results-large.md"
    write_results(out, body)
    print(body)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", help="numbers of articles (default 1000 10000)")
    ap.add_argument(
        "--quick",
        action="store_true",
        help="small smoke run (sizes 20 200), "
        "written to bench/out/results-quick.md unless --output is given",
    )
    ap.add_argument(
        "--jobs",
        type=int,
        default=2,
        help="n_jobs compared with 1 at the largest size (default 2; 1 skips the comparison)",
    )
    ap.add_argument(
        "--profile-size",
        type=int,
        default=None,
        help="size profiled with cProfile (default 1000, 200 with --quick; 0 skips)",
    )
    ap.add_argument("--output", help="markdown file to write (default bench/results.md)")
    # internal: one measurement in a child process
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--spin", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--folder", help=argparse.SUPPRESS)
    ap.add_argument("--size", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--n-jobs", type=int, default=1, help=argparse.SUPPRESS)
    ap.add_argument("--baseline", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--profile", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--analyze-out", help=argparse.SUPPRESS)
    ap.add_argument(
        "--batch-size", type=int, default=500, help="batch_size of vs.analyze (default 500)"
    )
    ap.add_argument(
        "--settle-load",
        type=float,
        default=0.5,
        help="before an n_jobs>1 run, wait for a 1-min load average under this (default 0.5)",
    )
    ap.add_argument(
        "--settle-max",
        type=float,
        default=240.0,
        help="wait at most this many seconds for it (default 240)",
    )
    ap.add_argument(
        "--large",
        action="store_true",
        help="streaming run (make bench-large): vs.analyze at N = 10,000 and 100,000 with "
        "bare jieba and rjieba over the same cleaned texts; written to bench/results-large.md",
    )
    ap.add_argument(
        "--no-baseline",
        action="store_true",
        help="with --large: time vs.analyze only (no bare jieba / rjieba pass)",
    )
    ap.add_argument(
        "--analyze-sizes",
        type=int,
        nargs="*",
        default=None,
        help="sizes at which vs.analyze is timed in the ordinary run (default: all sizes)",
    )
    args = ap.parse_args(argv)
    if args.spin:
        print(_spin())
        return 0
    if args.child:
        return child(args)
    if args.profile_size is None:
        args.profile_size = 200 if args.quick else 1_000
    return parent(args)


if __name__ == "__main__":
    sys.exit(main())
