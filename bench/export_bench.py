"""``make bench-export``: the static export of 10,000 articles, complete and incremental.

Generates 10,000 articles (``newsdesk generate``) into a throw-away data dir (SQLite), then
times, each as its own ``newsdesk export_static`` process as a user runs it:

1. a complete export with ``--jobs 2`` (pages per second, total size);
2. an ``--incremental`` run after one article's title is edited through the admin's path
   (``Article.save``): the time the issue asks to keep under 5 seconds, and what it wrote;
3. an ``--incremental`` run with nothing changed.

CPU seconds (the command and its workers) are reported beside wall-clock seconds, so a run on
a busy machine can still be compared with one on an idle machine. Prints a table and adds it
to bench/RESULTS.md (newest first). Only temporary folders are written; they are removed.
"""

import argparse
import datetime
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 3600  # seconds for any one command: a run that hangs ends with a message
BIN = ROOT / ".venv" / "bin"
SUMMARY = re.compile(
    r"(?:Exported|Incremental export:) (?P<rendered>[\d,]+) of (?P<pages>[\d,]+) pages rendered"
    r".*?(?P<written>[\d,]+) files written.*?(?P<removed>[\d,]+) removed\. .* holds "
    r"(?P<size>[\d.,]+) MB"
)
EDIT = (
    "from newsdesk.news.models import Article\n"
    "article = Article.objects.published().filter(language='en').order_by('-published_at')[40]\n"
    "article.title = article.title + ' (corrected)'\n"
    "article.save()\n"
    "print(article.get_absolute_url())"
)


def log(message: str) -> None:
    print(message, flush=True)


def number(text: str) -> int:
    return int(text.replace(",", ""))


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def newsdesk(env: dict, *args: str) -> str:
    try:
        result = subprocess.run(
            [str(BIN / "newsdesk"), *args],
            env=env, check=True, text=True, capture_output=True, timeout=TIMEOUT,
        )  # fmt: skip
    except subprocess.CalledProcessError as error:
        sys.exit(f"newsdesk {' '.join(args)} failed:\n{error.stdout}\n{error.stderr}")
    except subprocess.TimeoutExpired:
        sys.exit(f"newsdesk {' '.join(args)} took more than {TIMEOUT} s; stopped.")
    return result.stdout


def timed_export(env: dict, outdir: Path, jobs: int, *extra: str) -> dict:
    cpu, started = children_cpu(), time.monotonic()
    out = newsdesk(
        env, "export_static", str(outdir), "--base-url", "https://news.example.org",
        "--jobs", str(jobs), *extra,
    )  # fmt: skip
    seconds, cpu = time.monotonic() - started, children_cpu() - cpu
    match = SUMMARY.search(out)
    if match is None:
        sys.exit(f"Unexpected export_static output:\n{out}")
    broken = "Broken links: none." not in out
    return {
        "seconds": seconds,
        "cpu": cpu,
        "pages": number(match["pages"]),
        "rendered": number(match["rendered"]),
        "written": number(match["written"]),
        "removed": number(match["removed"]),
        "megabytes": float(match["size"].replace(",", "")),
        "broken_links": broken,
        "output": out,
    }


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    return (
        f"{platform.node()} · {os.cpu_count()} cores · {cpu} · Python "
        f"{platform.python_version()} · load average before the run: {load}"
    )


def report(args, complete: dict, edited: dict, unchanged: dict, before: str) -> str:
    def row(name: str, run: dict) -> str:
        return (
            f"| {name} | {run['rendered']:,} | {run['seconds']:.1f} | "
            f"{run['rendered'] / run['seconds']:,.0f} | {run['cpu']:.1f} | "
            f"{run['rendered'] / max(run['cpu'], 0.001) * args.jobs:,.0f} | {run['written']:,} | "
            f"{run['removed']:,} |"
        )

    lines = [
        f"## {datetime.date.today().isoformat()} · static export · sqlite · "
        f"{args.articles:,} articles",
        "",
        before,
        "",
        f"`newsdesk export_static --jobs {args.jobs}`, each run a fresh process (startup "
        f"included). The export holds {complete['pages']:,} pages, "
        f"{complete['megabytes']:,.1f} MB in all. Pages/s by CPU = pages per CPU-second × "
        f"{args.jobs} jobs: the rate on {args.jobs} otherwise idle cores.",
        "",
        "| run | pages rendered | seconds | pages/s | CPU s | pages/s by CPU | files written "
        "| files removed |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        row("complete", complete),
        row("incremental, one title edited", edited),
        row("incremental, nothing changed", unchanged),
        "",
        "Broken links: "
        + ("none" if not any(r["broken_links"] for r in (complete, edited, unchanged)) else "SOME")
        + ".",
        "",
    ]
    return "\n".join(lines)


def save(text: str) -> None:
    results = ROOT / "bench" / "RESULTS.md"
    if not results.exists():
        results.write_text("# Benchmark results\n\nNewest first; `make bench` adds a section.\n\n")
    head, _sep, rest = results.read_text().partition("\n## ")
    results.write_text(f"{head.rstrip()}\n\n{text}\n" + (f"\n## {rest}" if rest else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--keep", action="store_true", help="Keep the data and export folders.")
    args = parser.parse_args()
    before = machine()
    work = Path(tempfile.mkdtemp(prefix="newsdesk-export-bench-"))
    env = {
        **os.environ,
        "NEWSDESK_DATA_DIR": str(work / "data"),
        "NEWSDESK_DEBUG": "0",
        "NEWSDESK_LOG_LEVEL": "WARNING",
    }
    env.pop("DATABASE_URL", None)  # always a fresh SQLite database in the throw-away folder
    try:
        log(f"Generating {args.articles:,} articles in {work}…")
        newsdesk(env, "migrate", "--noinput", "-v", "0")
        newsdesk(env, "generate", "--articles", str(args.articles), "--seed", "2026")
        outdir = work / "site"
        log("Complete export…")
        complete = timed_export(env, outdir, args.jobs)
        log(f"  {complete['rendered']:,} pages in {complete['seconds']:.1f} s")
        edited_url = newsdesk(env, "shell", "-c", EDIT).strip().splitlines()[-1]
        log(f"Incremental export after editing {edited_url}…")
        edited = timed_export(env, outdir, args.jobs, "--incremental")
        log(f"  {edited['seconds']:.1f} s, {edited['written']} files written")
        log("Incremental export with nothing changed…")
        unchanged = timed_export(env, outdir, args.jobs, "--incremental")
        text = report(args, complete, edited, unchanged, before)
        print("\n" + text)
        print("Files written by the incremental run:\n" + edited["output"])
        save(text)
    finally:
        if args.keep:
            log(f"Kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
