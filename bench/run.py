#!/usr/bin/env python3
"""Benchmark paperctl (and, side by side, pubs and papis) as whole processes.

    python bench/run.py                                  # 1k, 10k, 100k with peers
    python bench/run.py --sizes 1000,10000 --no-peers    # a quick check
    bash bench/setup_peers.sh                            # once, before --peers

For every size it generates the corpus (bench/gen_corpus.py), builds a paperctl
library by importing the JSON Lines, and times each command as a separate process:
the median wall time over --runs runs after one warm-up run, and the peak RSS of
the process (``os.wait4``'s rusage of that very child). stdout goes to /dev/null
(the warm-up's stdout is counted, to show how many rows each command printed).
Imports go into a fresh library each run; writes run on a copy of the library,
each run on a different paper, so the reads stay comparable.

Peers (``--peers``, the default): pubs 0.9.0 and papis from their own venvs in
bench/.venvs/ (bench/setup_peers.sh), each with its config and library in the
work folder, every command under --timeout. What each peer command is, and what
differs from paperctl's, is written under the table in the results.

Only the standard library; never imported by paperctl or its tests.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
PAPERCTL = ROOT / ".venv" / "bin" / "paperctl"
PAPERCTL_PY = ROOT / ".venv" / "bin" / "python"
PUBS = BENCH / ".venvs" / "pubs" / "bin" / "pubs"
PUBS_PY = BENCH / ".venvs" / "pubs" / "bin" / "python"
PAPIS = BENCH / ".venvs" / "papis" / "bin" / "papis"
PAPIS_PY = BENCH / ".venvs" / "papis" / "bin" / "python"

TAG = "Hallucination"          # VLM/Hallucination: ~8% of the papers
WORD = "hallucination"         # in titles, summaries and abstracts
WRITE_SECTION = "Reading group"


@dataclass
class Result:
    times: list[float] = field(default_factory=list)
    rss_kb: list[int] = field(default_factory=list)
    status: str = "ok"          # ok | timeout | exit N | skipped: why
    rows: int | None = None     # lines printed by the warm-up run
    papers: int | None = None   # for imports: papers per run (for a rate)
    note: str = ""

    @property
    def median(self) -> float | None:
        return statistics.median(self.times) if self.times else None

    @property
    def peak_mb(self) -> float | None:
        return max(self.rss_kb) / 1024 if self.rss_kb else None


def run_once(argv: list[str], *, env: dict, cwd: Path, timeout: float, stdout=subprocess.DEVNULL,
             stdin=subprocess.DEVNULL) -> tuple[float, int, str]:
    """(wall seconds, peak RSS in KiB, status) of one process, killed (its whole group) after *timeout*."""
    start = time.perf_counter()
    proc = subprocess.Popen([str(a) for a in argv], stdout=stdout, stderr=subprocess.PIPE, stdin=stdin,
                            env=env, cwd=cwd, start_new_session=True)
    timed_out = threading.Event()

    def kill():
        timed_out.set()
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass

    timer = threading.Timer(timeout, kill)
    timer.start()
    # Drain stderr in a thread so a chatty process never blocks on a full pipe.
    err_chunks: list[bytes] = []
    reader = threading.Thread(target=lambda: err_chunks.append(proc.stderr.read()), daemon=True)
    reader.start()
    _, wait_status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    timer.cancel()
    reader.join(timeout=5)
    proc.returncode = os.waitstatus_to_exitcode(wait_status)
    if timed_out.is_set():
        return elapsed, usage.ru_maxrss, "timeout"
    if proc.returncode != 0:
        err = b"".join(err_chunks).decode("utf-8", "replace").strip().splitlines()
        return elapsed, usage.ru_maxrss, f"exit {proc.returncode}: {(err[-1] if err else '')[:120]}"
    return elapsed, usage.ru_maxrss, "ok"


class Bench:
    def __init__(self, args):
        self.args = args
        self.work = Path(args.workdir).resolve()
        self.work.mkdir(parents=True, exist_ok=True)
        self.home = self.work / "home"
        self.home.mkdir(exist_ok=True)
        # PYTHONDONTWRITEBYTECODE would make every run recompile any module edited since its .pyc
        # was written (10-20 ms a command here): the warm-up run writes the .pyc files, as a user's first run does.
        self.env = {k: v for k, v in os.environ.items()
                    if not k.startswith(("PAPERCTL_", "PAPIS_", "XDG_")) and k != "PYTHONDONTWRITEBYTECODE"}
        self.env.update(HOME=str(self.home), XDG_CONFIG_HOME=str(self.home / ".config"),
                        XDG_CACHE_HOME=str(self.home / ".cache"), XDG_DATA_HOME=str(self.home / ".local/share"),
                        PAPIS_CONFIG_DIR=str(self.home / ".config/papis"), PYTHONHASHSEED="0",
                        PAPERCTL_ARXIV_URL="http://127.0.0.1:9/unreachable", EDITOR="true", VISUAL="true",
                        LC_ALL="C.UTF-8", COLUMNS="100")
        # papis reads the file given to --config only when its config folder exists.
        (self.home / ".config/papis").mkdir(parents=True, exist_ok=True)
        # results[(tool, operation)][size] = Result
        self.results: dict[tuple[str, str], dict[int, Result]] = {}
        self.order: list[tuple[str, str]] = []
        self.notes: list[str] = []
        self.log_file = open(self.work / "run.log", "a", encoding="utf-8")
        self.version_at_start = self.paperctl_version()
        self.h2h: tuple | None = None
        self.load_at_start = " ".join(Path("/proc/loadavg").read_text().split()[:3]) if Path("/proc/loadavg").exists() else "?"

    def log(self, text: str) -> None:
        stamp = datetime.datetime.now().strftime("%H:%M:%S")
        line = f"[{stamp}] {text}"
        print(line, file=sys.stderr, flush=True)
        self.log_file.write(line + "\n")
        self.log_file.flush()

    def record(self, tool: str, op: str, size: int, result: Result) -> Result:
        key = (tool, op)
        if key not in self.results:
            self.results[key] = {}
            self.order.append(key)
        self.results[key][size] = result
        med = f"{result.median:.3f} s" if result.median is not None else "-"
        rss = f"{result.peak_mb:.0f} MB" if result.peak_mb is not None else "-"
        rows = f", {result.rows} rows" if result.rows is not None else ""
        self.log(f"  {tool:8} {op:34} n={size:<7} {med:>10} {rss:>8}  {result.status}{rows}")
        return result

    def skip(self, tool: str, op: str, size: int, why: str) -> None:
        self.record(tool, op, size, Result(status=f"skipped: {why}"))

    # -- measuring ---------------------------------------------------------------------------------

    def measure(self, tool: str, op: str, size: int, make_argv, *, runs: int | None = None, warmup: bool = True,
                timeout: float | None = None, cwd: Path | None = None, prepare=None, papers: int | None = None,
                stdout_file: Path | None = None) -> Result:
        """Time ``make_argv(i)`` (i = run number; -1 for the warm-up). *prepare(i)* runs before each
        process, untimed (fresh library folders for imports). Slow commands get fewer runs."""
        runs = runs or self.args.runs
        timeout = timeout or self.args.timeout
        cwd = cwd or self.work
        result = Result(papers=papers)
        if warmup:
            if prepare:
                prepare(-1)
            out_path = self.work / "warmup.out"
            with open(out_path, "wb") as out:
                elapsed, rss, status = run_once(make_argv(-1), env=self.env, cwd=cwd, timeout=timeout, stdout=out)
            if status == "ok":
                with open(out_path, "rb") as f:
                    result.rows = sum(1 for _ in f)
            if status != "ok":
                result.status = status
                if status == "timeout":
                    result.times.append(elapsed)
                    result.rss_kb.append(rss)
                return self.record(tool, op, size, result)
            if elapsed > 3 * self.args.slow:  # very slow: the warm-up is the one measurement
                result.times.append(elapsed)
                result.rss_kb.append(rss)
                return self.record(tool, op, size, result)
            if elapsed > self.args.slow:  # slow: two runs after the warm-up
                runs = min(runs, 2)
        for i in range(runs):
            if prepare:
                prepare(i)
            if stdout_file is not None:
                with open(stdout_file, "wb") as out:
                    elapsed, rss, status = run_once(make_argv(i), env=self.env, cwd=cwd, timeout=timeout, stdout=out)
            else:
                elapsed, rss, status = run_once(make_argv(i), env=self.env, cwd=cwd, timeout=timeout)
            if status != "ok":
                result.status = status
                if status == "timeout":
                    result.times, result.rss_kb = [elapsed], [rss]
                break
            result.times.append(elapsed)
            result.rss_kb.append(rss)
        return self.record(tool, op, size, result)

    # -- corpus ------------------------------------------------------------------------------------

    def corpus(self, size: int) -> Path:
        folder = self.work / f"corpus-{size}-{self.args.seed}"
        stamp = folder / "done"
        if not stamp.exists():
            self.log(f"generating corpus of {size} papers")
            subprocess.run([sys.executable, str(BENCH / "gen_corpus.py"), str(size), str(self.args.seed),
                            str(folder)], check=True)
            stamp.write_text("ok\n")
        return folder

    @staticmethod
    def sample_ids(corpus: Path, count: int) -> list[str]:
        """arXiv IDs spread over the corpus (the papers the read and write commands name)."""
        with open(corpus / "corpus.jsonl", encoding="utf-8") as f:
            ids = [json.loads(line)["arxiv_id"] for line in f]
        step = max(1, len(ids) // (count + 1))
        return [ids[(i + 1) * step % len(ids)] for i in range(count)]

    # -- paperctl ----------------------------------------------------------------------------------

    def paperctl(self, size: int, corpus: Path) -> None:
        base = self.work / f"paperctl-{size}"
        shutil.rmtree(base, ignore_errors=True)
        base.mkdir(parents=True)
        lib = base / "library.db"
        p = [PAPERCTL, "--db"]
        import_runs = self.import_runs(size)

        def files(path):
            return [Path(f"{path}{suffix}") for suffix in ("", "-wal", "-shm")]

        def fresh(i):
            """Before each import: keep the first imported library (every command reads it), then clear."""
            if not lib.exists() and (base / "import.db").exists():
                for src, dst in zip(files(base / "import.db"), files(lib), strict=True):
                    if src.exists():
                        src.rename(dst)
            for f in files(base / "import.db"):
                f.unlink(missing_ok=True)

        self.measure("paperctl", "import .jsonl (fresh library)", size,
                     lambda i: p + [base / "import.db", "import", corpus / "corpus.jsonl"],
                     runs=import_runs, warmup=False, prepare=fresh, papers=size)
        fresh(0)
        if not lib.exists():
            self.log("paperctl import failed; no paperctl library at this size")
            return
        if size in self.args.bib_sizes:
            self.measure("paperctl", "import .bib (fresh library)", size,
                         lambda i: p + [base / "import.db", "import", corpus / "corpus.bib"],
                         runs=import_runs, warmup=False, prepare=fresh, papers=size)
            fresh(0)
        else:
            self.skip("paperctl", "import .bib (fresh library)", size, "not run at this size (--bib-sizes)")

        ids = self.sample_ids(corpus, 2 * self.args.runs + 4)
        show_id = ids[0]
        db = p + [lib]
        self.measure("paperctl", "--help", size, lambda i: db + ["--help"])
        self.measure("paperctl", "--version", size, lambda i: db + ["--version"])
        self.measure("paperctl", "list --format ids (all)", size, lambda i: db + ["list", "--format", "ids"])
        self.measure("paperctl", "list --limit 50 --format ids", size,
                     lambda i: db + ["list", "--limit", "50", "--format", "ids"])
        self.measure("paperctl", f"list --tag {TAG} --format ids", size,
                     lambda i: db + ["list", "--tag", TAG, "--format", "ids"])
        self.measure("paperctl", f"search {WORD} --format ids (top 50)", size,
                     lambda i: db + ["search", WORD, "--format", "ids"])
        self.measure("paperctl", f"search {WORD} (tsv with snippets, top 50)", size,
                     lambda i: db + ["search", WORD])
        self.measure("paperctl", f"list --tag {TAG} (tsv)", size, lambda i: db + ["list", "--tag", TAG])
        self.measure("paperctl", f"search {WORD} --format ids (all)", size,
                     lambda i: db + ["search", WORD, "--format", "ids", "--limit", "1000000000"])
        self.measure("paperctl", "show PAPER", size, lambda i: db + ["show", show_id])

        # Writes: on a copy, each run on another paper (the warm-up too), so every run really writes.
        wlib = base / "write.db"
        shutil.copy2(lib, wlib)
        w = p + [wlib]

        def paper(i):  # run i (-1: the warm-up) writes to its own paper
            return ids[2 + i]

        for op, argv in [
            ('summary PAPER "text"', lambda i: w + ["summary", paper(i), f"Benchmark summary {i}"]),
            ('note PAPER "text"', lambda i: w + ["note", paper(i), f"Benchmark note {i}"]),
            (f"tag PAPER '{WRITE_SECTION}'", lambda i: w + ["tag", paper(i), WRITE_SECTION]),
            ("status PAPER read", lambda i: w + ["status", paper(i), "read"]),
            ("add ID --no-fetch --title T", lambda i: w + ["add", f"2512.{90001 + i + 1:05d}", "--no-fetch",
                                                          "--title", f"A Benchmark Paper Number {i + 2}"]),
        ]:
            self.measure("paperctl", op, size, argv)

        for fmt in ("bib", "md", "jsonl"):
            out = base / f"export.{fmt}"
            self.measure("paperctl", f"export --{fmt} -o FILE", size,
                         lambda i, fmt=fmt, out=out: db + ["export", f"--{fmt}", "-o", out])

    def head_to_head(self, size: int, rounds: int = 21) -> None:
        """paperctl's reads and ``papis --version`` interleaved, round after round.

        Medians taken minutes apart drift with the machine's load (papis --version
        ranged 0.09-0.14 s within one session); in rounds, every command meets the
        same load, so the comparison the targets ask for is fair.
        """
        lib = self.work / f"paperctl-{size}" / "library.db"
        conf = self.work / f"papis-{size}" / "config"
        if not (lib.exists() and PAPIS.exists() and conf.exists()):
            self.log("head-to-head skipped: needs the paperctl library and papis's config at this size")
            return
        show_id = self.sample_ids(self.corpus(size), 1)[0]
        db = [PAPERCTL, "--db", lib]
        commands = {
            "papis --version": [PAPIS, "--config", conf, "--version"],
            "paperctl --version": db + ["--version"],
            "list --limit 50 --format ids": db + ["list", "--limit", "50", "--format", "ids"],
            f"list --tag {TAG} --format ids": db + ["list", "--tag", TAG, "--format", "ids"],
            f"list --tag {TAG} (tsv)": db + ["list", "--tag", TAG],
            f"search {WORD} --format ids (top 50)": db + ["search", WORD, "--format", "ids"],
            f"search {WORD} (tsv with snippets, top 50)": db + ["search", WORD],
            "show PAPER": db + ["show", show_id],
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        for round_ in range(rounds + 1):  # round 0 warms up
            for name, argv in commands.items():
                elapsed, _, status = run_once(argv, env=self.env, cwd=self.work, timeout=self.args.timeout)
                if status == "ok" and round_:
                    times[name].append(elapsed)
        self.h2h = (size, rounds, {name: statistics.median(t) for name, t in times.items() if t})
        self.log(f"head-to-head at {size}: " + ", ".join(f"{n} {m:.3f}" for n, m in self.h2h[2].items()))

    def h2h_table(self) -> str:
        size, rounds, medians = self.h2h
        papis = medians.get("papis --version")
        lines = [f"{rounds} rounds at {label(size)} papers; each round runs every command once, in this order.", "",
                 "| command | median | / papis --version |", "|---|---|---|"]
        for name, med in medians.items():
            ratio = f"{med / papis:.2f}×" if papis else "-"
            lines.append(f"| {name} | {med:.3f} s | {ratio} |")
        return "\n".join(lines)

    def import_runs(self, size: int) -> int:
        return 1 if size >= 100_000 else max(1, min(self.args.runs, self.args.import_runs))

    # -- pubs --------------------------------------------------------------------------------------

    def pubs(self, size: int, corpus: Path) -> None:
        base = self.work / f"pubs-{size}"
        shutil.rmtree(base, ignore_errors=True)
        base.mkdir(parents=True)
        conf = base / "pubsrc"
        lib = base / "lib"

        def fresh(i):
            shutil.rmtree(lib, ignore_errors=True)
            conf.unlink(missing_ok=True)
            subprocess.run([PUBS, "--config", conf, "init", "-p", lib], env=self.env, cwd=self.work,
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

        fresh(0)
        # Several fresh imports would cost minutes at 100k: time one import, which builds the library.
        r = self.measure("pubs", "import .bib (fresh library)", size,
                         lambda i: [PUBS, "--config", conf, "import", corpus / "corpus.bib"],
                         runs=1, warmup=False, papers=size, timeout=self.args.peer_import_timeout)
        if r.status != "ok":
            for op in self.PEER_OPS:
                self.skip("pubs", op, size, f"import {r.status}")
            return
        # pubs keeps BibTeX keywords out of its tags. `pubs tag KEY +TAG` is one process per paper
        # (hours at 100k, and its +/- syntax splits "In-Context"), so the tags are copied in with
        # pubs's own API in one process (bench/peer_setup.py).
        if not self.setup_step("pubs", "keywords -> tags (pubs API, 1 process)", size, "tag setup",
                               [PUBS_PY, BENCH / "peer_setup.py", "pubs", conf, corpus]):
            return
        c = [PUBS, "--config", conf]
        self.measure("pubs", "--version", size, lambda i: c + ["--version"])
        self.measure("pubs", "list (all)", size, lambda i: c + ["list", "-k"])
        self.measure("pubs", "tag filter", size, lambda i: c + ["list", "-k", f"tags:{TAG}"])
        self.measure("pubs", "search", size, lambda i: c + ["list", "-k", f"title:{WORD}"])
        self.measure("pubs", "export BibTeX", size, lambda i: c + ["export"], stdout_file=base / "export.bib")

    PEER_OPS = ["--version", "list (all)", "tag filter", "search", "export BibTeX"]

    def setup_step(self, tool: str, what: str, size: int, short: str, argv: list) -> bool:
        """Run an untimed-by-the-targets setup process for a peer, record it as a "setup" row,
        and, when it fails, skip the peer's commands at this size (False)."""
        elapsed, rss, status = run_once(argv, env=self.env, cwd=self.work, timeout=self.args.peer_import_timeout)
        self.record(tool, f"setup: {what}", size, Result(times=[elapsed], rss_kb=[rss], status=status, papers=size))
        if status != "ok":
            for op in self.PEER_OPS:
                self.skip(tool, op, size, f"{short} {status}")
        return status == "ok"

    # -- papis -------------------------------------------------------------------------------------

    def papis_config(self, base: Path) -> Path:
        conf = base / "config"
        conf.write_text(
            "[settings]\n"
            "default-library = bench\n"
            f"cache-dir = {base / 'cache'}\n"
            "bibtex-unicode = True\n"   # UTF-8 like paperctl's export, not LaTeX escapes
            "[bench]\n"
            f"dir = {base / 'lib'}\n", encoding="utf-8")
        return conf

    def papis(self, size: int, corpus: Path) -> None:
        base = self.work / f"papis-{size}"
        shutil.rmtree(base, ignore_errors=True)
        base.mkdir(parents=True)
        conf = self.papis_config(base)
        lib = base / "lib"
        c = [PAPIS, "--config", conf]
        if size <= self.args.papis_max_import:
            lib.mkdir()
            r = self.measure("papis", "import .bib (fresh library)", size,
                             lambda i: c + ["bibtex", "--noar", "read", corpus / "corpus.bib", "import", "-a", "-b"],
                             runs=1, warmup=False, papers=size, timeout=self.args.peer_import_timeout)
            if r.status != "ok":
                for op in self.PEER_OPS:
                    self.skip("papis", op, size, f"import {r.status}")
                return
        elif self.args.papis_bulk:
            self.skip("papis", "import .bib (fresh library)", size,
                      "too slow to run (see the 1k rate); library bulk-written with papis's API")
            if not self.setup_step("papis", "bulk-write library (papis API, 1 process)", size, "bulk write",
                                   [PAPIS_PY, BENCH / "peer_setup.py", "papis-bulk", conf, corpus]):
                return
        else:
            self.skip("papis", "import .bib (fresh library)", size, "too slow to run (see the 1k rate)")
            for op in self.PEER_OPS:
                self.skip("papis", op, size, "no library (import too slow)")
            return
        if size > self.args.papis_max_import:
            # papis builds its cache (a pickle of every info.yaml) on first use: do it as a setup
            # step, with a longer timeout, so the commands below are timed on a warm cache.
            if not self.setup_step("papis", "build cache (papis cache reset)", size, "cache build",
                                   c + ["cache", "reset"]):
                return
        fmt = ["--format", "{doc[ref]}"]
        self.measure("papis", "--version", size, lambda i: c + ["--version"])
        self.measure("papis", "list (all)", size, lambda i: c + ["list", "--all"] + fmt)
        self.measure("papis", "tag filter", size, lambda i: c + ["list", "--all", f"keywords:{TAG}"] + fmt)
        self.measure("papis", "search", size, lambda i: c + ["list", "--all", WORD] + fmt)
        self.measure("papis", "export BibTeX", size,
                     lambda i: c + ["export", "--all", "--batch", "--format", "bibtex", "-o", base / "export.bib"])

    # -- report ------------------------------------------------------------------------------------

    @staticmethod
    def paperctl_version() -> str:
        """The commit of paperctl, and whether src/ differs from it (a moving target if it changes mid-run)."""
        def git(*argv):
            try:
                return subprocess.run(["git", "-C", str(ROOT), *argv], capture_output=True, text=True,
                                      timeout=60).stdout.strip()
            except (OSError, subprocess.SubprocessError):
                return "?"
        diff = git("diff", "HEAD", "--", "src")
        import hashlib
        mark = f" + uncommitted src/ changes (diff {hashlib.sha1(diff.encode()).hexdigest()[:8]})" if diff else ""
        return git("rev-parse", "--short", "HEAD") + mark

    def machine(self) -> dict[str, str]:
        cpu = "unknown"
        try:
            for line in Path("/proc/cpuinfo").read_text().splitlines():
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
        except OSError:
            pass
        mem = "?"
        try:
            for line in Path("/proc/meminfo").read_text().splitlines():
                if line.startswith("MemTotal"):
                    mem = f"{int(line.split()[1]) / 1024 / 1024:.0f} GiB"
        except OSError:
            pass

        def out(argv):
            try:
                return subprocess.run([str(a) for a in argv], capture_output=True, text=True, timeout=60,
                                      env=self.env, cwd=ROOT).stdout.strip()
            except (OSError, subprocess.SubprocessError):
                return "?"

        info = {
            "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "cpu": cpu, "cores": str(os.cpu_count()), "memory": mem,
            "python": out([PAPERCTL_PY, "-c", "import sys; print(sys.version.split()[0])"]),
            "os": f"{platform.system()} {platform.release()}",
            "paperctl at start": self.version_at_start,
            "paperctl at end": self.paperctl_version(),
            "load average at start": self.load_at_start,
        }
        if self.args.peers:
            info["pubs"] = out([PUBS, "--version"]) if PUBS.exists() else "not installed"
            info["papis"] = out([PAPIS, "--version"]).replace("papis, version ", "") if PAPIS.exists() else "-"
        return info

    @staticmethod
    def cell(r: Result | None, base: Result | None = None) -> str:
        if r is None:
            return ""
        if r.status.startswith("skipped"):
            return "skipped"
        if r.status == "timeout":
            return f"timeout (>{r.median:.0f} s)" if r.median else "timeout"
        if r.status != "ok" or r.median is None:
            return r.status.split(":")[0]
        text = f"{r.median:.3f} s" if r.median < 10 else f"{r.median:.1f} s"
        text += f", {r.peak_mb:.0f} MB"
        if r.papers:
            text += f", {r.papers / r.median:,.0f}/s"
        if base is not None and base.status == "ok" and base.median:
            ratio = base.median / r.median
            text += f", **{ratio:.2f}×**" if ratio >= 0.1 else f", **{ratio:.3f}×**"
        return text

    def table(self) -> str:
        sizes = self.args.sizes
        head = "| tool | command | " + " | ".join(label(s) for s in sizes) + " |"
        lines = [head, "|---|---|" + "---|" * len(sizes)]
        for tool, op in self.order:
            if tool != "paperctl":
                continue
            row = self.results[(tool, op)]
            lines.append(f"| paperctl | {op} | " + " | ".join(self.cell(row.get(s)) for s in sizes) + " |")
        return "\n".join(lines)

    PEER_MAP = {  # peer operation -> the paperctl operation it is compared with
        "import .bib (fresh library)": "import .bib (fresh library)",
        "--version": "--version",
        "list (all)": "list --format ids (all)",
        "tag filter": f"list --tag {TAG} --format ids",
        "search": f"search {WORD} --format ids (all)",
        "export BibTeX": "export --bib -o FILE",
    }

    def peer_table(self) -> str:
        sizes = self.args.sizes
        lines = ["| operation | tool | " + " | ".join(label(s) for s in sizes) + " |",
                 "|---|---|" + "---|" * len(sizes)]
        for peer_op, ours in self.PEER_MAP.items():
            mine = self.results.get(("paperctl", ours), {})
            lines.append(f"| {peer_op} | paperctl `{ours}` | "
                         + " | ".join(self.cell(mine.get(s)) for s in sizes) + " |")
            for tool in ("pubs", "papis"):
                row = self.results.get((tool, peer_op))
                if row:
                    lines.append(f"| | {tool} | " + " | ".join(self.cell(row.get(s), mine.get(s)) for s in sizes)
                                 + " |")
        for tool, op in self.order:
            if tool != "paperctl" and op.startswith("setup"):
                row = self.results[(tool, op)]
                lines.append(f"| {op} | {tool} | " + " | ".join(self.cell(row.get(s)) for s in sizes) + " |")
        return "\n".join(lines)

    def rows_table(self) -> str:
        sizes = self.args.sizes
        lines = ["| tool | command | " + " | ".join(label(s) for s in sizes) + " |",
                 "|---|---|" + "---|" * len(sizes)]
        for tool, op in self.order:
            row = self.results[(tool, op)]
            if any(r.rows is not None for r in row.values()) and ("list" in op or "search" in op or "filter" in op):
                lines.append(f"| {tool} | {op} | " + " | ".join(
                    str(row[s].rows) if s in row and row[s].rows is not None else "" for s in sizes) + " |")
        return "\n".join(lines)

    def targets(self) -> str:
        big = max(self.args.sizes)
        get = lambda op, size=big: self.results.get(("paperctl", op), {}).get(size)  # noqa: E731
        papis_version = self.results.get(("papis", "--version"), {})
        pv = [r.median for r in papis_version.values() if r.median]
        pv_med = statistics.median(pv) if pv else None
        lines = ["| target | measured | verdict |", "|---|---|---|"]

        def check(name, r, limit, mb=None):
            if r is None or r.median is None:
                lines.append(f"| {name} | {r.status if r else 'not measured'} | n/a |")
                return
            ok = r.median <= limit and (mb is None or r.peak_mb <= mb)
            meas = f"{r.median:.3f} s, {r.peak_mb:.0f} MB"
            lines.append(f"| {name} | {meas} | {'ok' if ok else '**MISS**'} |")

        for op in (f"list --tag {TAG} --format ids", f"list --tag {TAG} (tsv)",
                   f"search {WORD} --format ids (top 50)", f"search {WORD} (tsv with snippets, top 50)",
                   "show PAPER", "list --limit 50 --format ids"):
            limit = 0.25 if pv_med is None else min(0.25, pv_med)
            extra = f" and ≤ papis --version ({pv_med:.3f} s)" if pv_med else ""
            check(f"`{op}` at {label(big)} ≤ 0.25 s{extra}", get(op), limit)
        for op in ('summary PAPER "text"', 'note PAPER "text"', f"tag PAPER '{WRITE_SECTION}'",
                   "status PAPER read", "add ID --no-fetch --title T"):
            check(f"`{op}` at {label(big)} ≤ 0.3 s", get(op), 0.3)
        check("import .bib at 10k ≤ 5 s", get("import .bib (fresh library)", 10_000), 5)
        check("import .jsonl at 100k ≤ 30 s", get("import .jsonl (fresh library)", 100_000), 30)
        for fmt in ("bib", "md", "jsonl"):
            check(f"`export --{fmt}` at 100k ≤ 10 s and ≤ 500 MB", get(f"export --{fmt} -o FILE", 100_000), 10, 500)
        return "\n".join(lines)

    def report(self) -> str:
        info = self.machine()
        a = self.args
        out = ["# paperctl benchmarks", "",
               f"Generated by `python bench/run.py --sizes {','.join(map(str, a.sizes))} --runs {a.runs}"
               f" {'--peers' if a.peers else '--no-peers'}` (corpus: `bench/gen_corpus.py N {a.seed}`).", "",
               "| | |", "|---|---|"]
        out += [f"| {k} | {v} |" for k, v in info.items()]
        out += ["", "Each cell: median wall time of the whole process over the runs (after one warm-up run), "
                "its peak RSS, and for imports the rate in papers/s. Slow commands (warm-up over "
                f"{a.slow:.0f} s) get 2 runs, and over {3 * a.slow:.0f} s the warm-up is the one run; imports get {a.import_runs} runs into fresh libraries "
                "(1 at 100k). Writes run on a copy of the library, each run on a different paper.", "",
                "## paperctl", "", self.table(), "",
                "## Targets", "", self.targets(), ""]
        if a.peers:
            out += ["## paperctl beside pubs and papis", "",
                    "Same corpus, same machine, same run. In peer rows the bold figure is the ratio "
                    "paperctl time / peer time (below 1: paperctl is faster).", "",
                    self.peer_table(), "", PEER_NOTES.format(tag=TAG, word=WORD), ""]
        if self.h2h:
            out += ["## Reads beside papis --version, interleaved", "", self.h2h_table(), ""]
        out += ["## Rows printed (warm-up run)", "", self.rows_table(), ""]
        if self.notes:
            out += ["## Notes", ""] + [f"- {n}" for n in self.notes] + [""]
        return "\n".join(out)


PEER_NOTES = """What the peer commands are:

- import: `pubs import corpus.bib` (one run: it writes two files a paper); `papis bibtex --noar read
  corpus.bib import --all --batch` (one run, and only at the sizes up to `--papis-max-import`: it
  adds papers one at a time, checking each against the whole library, at a few papers/s). Above
  that size papis's library is written by `bench/peer_setup.py papis-bulk` (papis's `Document`
  class, one folder and info.yaml a paper, the fields its BibTeX import writes, from the same
  corpus) and its cache built with `papis cache reset`; those setup steps are shown as "setup"
  rows and are not papis's import. paperctl's import figure is the median of its runs into fresh
  libraries.
- `--version`: the start-up cost of each program (paperctl's `--help` is in the first table).
- list (all): `pubs list -k`; `papis list --all --format '{{doc[ref]}}'`.
- tag filter: paperctl `list --tag {tag}` (the section VLM/{tag}). pubs keeps BibTeX `keywords` out
  of its tags, so after the import each paper's tags are set to its `keywords` (read from the
  corpus.bib pubs imported) with pubs's own API in one process: the metadata write of
  `Repository.push_paper`, which `pubs tag KEY +TAG` runs (`bench/peer_setup.py pubs`; one `pubs
  tag` process per paper would take hours at 100k, and its `+`/`-` syntax cannot write
  "In-Context"); then `pubs list -k tags:{tag}`. papis keeps them in its `keywords` field, so its filter is `papis list
  --all keywords:{tag}`: a filter on the same data, by another field.
- search: paperctl `search {word} --limit 1000000000` (all matches, full text: titles, authors,
  summaries, notes, abstracts, ranked); `pubs list -k title:{word}` (pubs has no full-text search:
  a title substring); `papis list --all {word}` (papis matches its match-format: tags, folder,
  title, author, year; not abstracts). The peers do less work here.
- export BibTeX: paperctl `export --bib -o FILE`; `pubs export > FILE`; `papis export --all
  --format bibtex -o FILE` (with `bibtex-unicode = True`, UTF-8 like paperctl's).
- Rows printed differ where the tools match different things (see the last table).
"""


def label(size: int) -> str:
    return f"{size // 1000}k" if size % 1000 == 0 and size >= 1000 else str(size)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,10000,100000", help="library sizes (default: 1000,10000,100000)")
    ap.add_argument("--runs", type=int, default=5, help="timed runs per command (default 5)")
    ap.add_argument("--import-runs", type=int, default=3, help="timed runs of each paperctl import (default 3; 1 at 100k)")
    ap.add_argument("--peers", action=argparse.BooleanOptionalAction, default=True, help="measure pubs and papis too")
    ap.add_argument("--out", default=str(BENCH / "results.md"), help="where to write the Markdown table")
    ap.add_argument("--workdir", default="/tmp/paperctl-bench", help="corpora and libraries (large at 100k)")
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--timeout", type=float, default=300, help="seconds before any one command is killed")
    ap.add_argument("--slow", type=float, default=20, help="a warm-up slower than this many seconds cuts the runs")
    ap.add_argument("--bib-sizes", default="1000,10000", help="sizes at which paperctl imports the .bib too")
    ap.add_argument("--papis-max-import", type=int, default=1000, help="largest size papis imports (slow)")
    ap.add_argument("--peer-import-timeout", type=float, default=900,
                    help="seconds before a peer's import (or cache build) is killed (default 900)")
    ap.add_argument("--papis-bulk", action=argparse.BooleanOptionalAction, default=True,
                    help="above --papis-max-import, write papis's library with its API to measure its reads")
    args = ap.parse_args()
    args.sizes = [int(s) for s in args.sizes.split(",") if s]
    args.bib_sizes = {int(s) for s in args.bib_sizes.split(",") if s}
    if not PAPERCTL.exists():
        sys.exit(f"no paperctl at {PAPERCTL}")
    if args.peers and not (PUBS.exists() and PAPIS.exists()):
        sys.exit("peers not installed: run bench/setup_peers.sh first, or pass --no-peers")

    bench = Bench(args)
    bench.log(f"work folder {bench.work}; sizes {args.sizes}; runs {args.runs}; peers {args.peers}")
    out = Path(args.out)
    for size in args.sizes:
        corpus = bench.corpus(size)
        bench.log(f"== {size} papers: paperctl")
        bench.paperctl(size, corpus)
        if args.peers:
            bench.log(f"== {size} papers: pubs")
            bench.pubs(size, corpus)
            bench.log(f"== {size} papers: papis")
            bench.papis(size, corpus)
        out.write_text(bench.report(), encoding="utf-8")  # after each size: a partial run still reports
        bench.log(f"wrote {out}")
    if args.peers:
        bench.log(f"== head-to-head reads at {max(args.sizes)} papers")
        bench.head_to_head(max(args.sizes))
    text = bench.report()
    out.write_text(text, encoding="utf-8")
    raw = {f"{tool}\t{op}": {str(size): vars(r) for size, r in row.items()} for (tool, op), row in bench.results.items()}
    (bench.work / "results.json").write_text(json.dumps(raw, indent=1, ensure_ascii=False), encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
