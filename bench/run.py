"""``make bench``: Newsdesk against a hello-world baseline, on 100,000 articles.

Builds (or reuses) a database of 100,000 generated articles under bench/data/, serves it with
gunicorn as in production (2 workers, DEBUG off), and measures each endpoint with wrk — 16
connections for 15 seconds — with the page cache off and on, plus a conditional request (304),
then the same gunicorn settings serving a minimal WSGI app that answers a page of the same
size. Prints a table and appends it to bench/RESULTS.md.

Only ever targets 127.0.0.1, and every run is bounded in time.
"""

import argparse
import datetime
import json
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / ".venv" / "bin"
PORT = 8301
HOST = "127.0.0.1"
ARTICLES = 100_000


def log(message: str) -> None:
    print(message, flush=True)


def engine_label(database_url: str) -> str:
    return "postgresql" if database_url.startswith(("postgres://", "postgresql://")) else "sqlite"


def bench_env(data_dir: Path, database_url: str, cached: bool) -> dict:
    env = dict(os.environ)
    env.update(
        NEWSDESK_DATA_DIR=str(data_dir),
        NEWSDESK_DEBUG="0",
        NEWSDESK_PAGE_CACHE="1" if cached else "0",
        NEWSDESK_LOG_LEVEL="WARNING",
        NEWSDESK_RATE_LIMIT="0",
    )
    if database_url:
        env["DATABASE_URL"] = database_url
    return env


def newsdesk(env: dict, *args: str, capture: bool = False) -> str:
    result = subprocess.run(
        [str(BIN / "newsdesk"), *args], env=env, check=True, text=True,
        capture_output=capture,
    )  # fmt: skip
    return result.stdout if capture else ""


def article_count(env: dict) -> int:
    out = newsdesk(
        env, "shell", "-c",
        "from newsdesk.news.models import Article; print(Article.objects.count())",
        capture=True,
    )  # fmt: skip
    return int(out.strip().splitlines()[-1])


def prepare(data_dir: Path, database_url: str) -> None:
    data_dir.mkdir(parents=True, exist_ok=True)
    env = bench_env(data_dir, database_url, cached=False)
    newsdesk(env, "migrate", "--noinput", "-v", "0")
    newsdesk(env, "collectstatic", "--noinput", "-v", "0")
    count = article_count(env)
    if count < ARTICLES:
        log(f"Generating {ARTICLES - count:,} articles (once; reused by later runs)…")
        newsdesk(env, "generate", "--articles", str(ARTICLES - count), "--seed", "2026")
    else:
        log(f"Reusing the database with {count:,} articles.")


def pick_urls(env: dict) -> dict[str, str]:
    out = newsdesk(
        env, "shell", "-c",
        "import json\n"
        "from django.db.models import Count\n"
        "from newsdesk.news.models import Article, Category\n"
        "a = Article.objects.published().filter(language='en').exclude(title='').order_by('-published_at')[500]\n"
        "c = Category.objects.annotate(n=Count('articles')).order_by('-n').first()\n"
        "print(json.dumps({'article': a.get_absolute_url(), 'category': c.get_absolute_url()}))",
        capture=True,
    )  # fmt: skip
    found = json.loads(out.strip().splitlines()[-1])
    return {
        "home /": "/",
        "listing /news/": "/news/",
        "listing page 5000": "/news/page/5000/",
        "article": found["article"],
        "category page": found["category"],
        "search": "/search/?q=harvest+solidarity",
        "RSS feed": "/news/feed/",
        "API list": "/api/v1/articles/",
    }


class Server:
    def __init__(self, app: str, env: dict, workers: int = 2):
        self.app, self.env, self.workers = app, env, workers
        self.process = None

    def __enter__(self):
        self.process = subprocess.Popen(
            [
                str(BIN / "gunicorn"), self.app, "--bind", f"{HOST}:{PORT}",
                "--workers", str(self.workers), "--worker-class", "sync",
                "--timeout", "60", "--log-level", "warning", "--chdir", str(ROOT / "bench"),
            ],
            env=self.env,
            start_new_session=True,
        )  # fmt: skip
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"http://{HOST}:{PORT}/", timeout=5).read()  # noqa: S310
                return self
            except OSError:
                time.sleep(0.3)
        self.__exit__()
        raise SystemExit("The server did not start within 30 seconds.")

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)


def ensure_wrk() -> str:
    found = shutil.which("wrk")
    if found:
        return found
    log("Installing wrk (Debian package)…")
    subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=False,
                   env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})  # fmt: skip
    found = shutil.which("wrk")
    if not found:
        subprocess.run(["apt-get", "update", "-qq"], check=False)
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True)
        found = shutil.which("wrk")
    return found


UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def wrk(
    path: str, seconds: int, connections: int, headers: dict | None = None, script: str = ""
) -> dict:
    command = [
        ensure_wrk(), "-t", str(min(2, connections)), "-c", str(connections), "-d", f"{seconds}s",
        "--latency",
        "--timeout", "10s",
    ]  # fmt: skip
    for name, value in (headers or {}).items():
        command += ["-H", f"{name}: {value}"]
    if script:
        command += ["-s", script]
    command.append(f"http://{HOST}:{PORT}{path}")
    out = subprocess.run(command, check=True, text=True, capture_output=True).stdout

    def latency(label: str) -> float:
        match = re.search(rf"^\s+{label}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        return float(match.group(1)) * UNITS[match.group(2)] if match else float("nan")

    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    errors = 0
    if match := re.search(r"Non-2xx or 3xx responses: (\d+)", out):
        errors += int(match.group(1))
    if match := re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out
    ):
        errors += sum(int(n) for n in match.groups())
    return {"rps": rps, "p50": latency("50"), "p99": latency("99"), "errors": errors}


def status_of(path: str, headers: dict | None = None) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(f"http://{HOST}:{PORT}{path}", headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), b""


def versions(database_url: str) -> str:
    import django

    sqlite = __import__("sqlite3").sqlite_version
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    engine = f"SQLite {sqlite}"
    if engine_label(database_url) == "postgresql":
        engine = "PostgreSQL " + postgres_version(database_url)
    return (
        f"{platform.node()} · {os.cpu_count()} cores · {cpu} · Python {platform.python_version()}"
        f" · Django {django.get_version()} · {engine}"
    )


def postgres_version(database_url: str) -> str:
    """The server's version, as it reports it (psql is not needed: psycopg is installed)."""
    try:
        import psycopg

        with psycopg.connect(database_url, connect_timeout=5) as connection:
            return connection.execute("SHOW server_version").fetchone()[0]
    except Exception as error:  # noqa: BLE001 - a label for the report, never a failure
        return f"(version unknown: {type(error).__name__})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--connections", type=int, default=16)
    args = parser.parse_args()
    database_url = os.environ.get("DATABASE_URL", "")
    engine = engine_label(database_url)
    data_dir = ROOT / "bench" / "data" / engine
    prepare(data_dir, database_url)
    urls = pick_urls(bench_env(data_dir, database_url, cached=False))
    results: dict[str, dict] = {}
    page_size = 12000
    for cached in (False, True):
        env = bench_env(data_dir, database_url, cached)
        with Server("newsdesk.wsgi:application", env):
            for name, path in urls.items():
                status, headers, body = status_of(path)
                if status != 200:
                    log(f"  {name}: {path} answered {status}; measured anyway")
                if name == "listing /news/":
                    page_size = len(body)
                if cached:
                    status_of(path)  # warm the cache
                log(f"{'cached  ' if cached else 'uncached'} {name} ({path})")
                results[f"{name} ({'cached' if cached else 'uncached'})"] = wrk(
                    path, args.seconds, args.connections
                )
            if cached:
                _status, headers, _body = status_of("/news/")
                etag = headers.get("ETag", "")
                log("conditional 304 /news/")
                results["conditional GET /news/ (304)"] = wrk(
                    "/news/", args.seconds, args.connections, {"If-None-Match": etag}
                )
                results["conditional GET /news/ (304)"]["status"] = status_of(
                    "/news/", {"If-None-Match": etag}
                )[0]
        if not cached:
            with Server("newsdesk.wsgi:application", env):
                log("search latency at 1 connection")
                results["search, 1 connection (uncached)"] = wrk(urls["search"], 5, 1)
    hello_env = {**os.environ, "HELLO_BYTES": str(page_size)}
    with Server("hello:application", hello_env):
        log(f"hello world ({page_size:,} bytes)")
        hello = wrk("/", args.seconds, args.connections)
    report(results, hello, page_size, urls, database_url, args)


def report(results, hello, page_size, urls, database_url, args) -> None:
    lines = [
        f"## {datetime.date.today().isoformat()} · {engine_label(database_url)} · {ARTICLES:,} articles",
        "",
        versions(database_url),
        "",
        f"wrk, {args.connections} connections, {args.seconds} s per row, gunicorn 2 sync workers, "
        f"DEBUG off. Hello world: same gunicorn, a {page_size:,}-byte page.",
        "",
        "| endpoint | requests/s | p50 ms | p99 ms | errors | × hello world |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
        f"| hello world | {hello['rps']:,.0f} | {hello['p50']:.1f} | {hello['p99']:.1f} | "
        f"{hello['errors']} | 1.00 |",
    ]
    for name, row in results.items():
        lines.append(
            f"| {name} | {row['rps']:,.0f} | {row['p50']:.1f} | {row['p99']:.1f} | "
            f"{row['errors']} | {row['rps'] / hello['rps']:.2f} |"
        )
    first = results.get("listing /news/ (uncached)")
    deep = results.get("listing page 5000 (uncached)")
    if first and deep:
        lines += ["", f"Page 5000 vs page 1 (uncached p50): {deep['p50'] / first['p50']:.2f}×"]
    lines += ["", "Endpoints: " + ", ".join(f"`{path}`" for path in urls.values()), ""]
    text = "\n".join(lines)
    print("\n" + text)
    results_file = ROOT / "bench" / "RESULTS.md"
    if not results_file.exists():
        results_file.write_text(
            "# Benchmark results\n\nNewest first; `make bench` adds a section.\n\n"
        )
    head, _sep, rest = results_file.read_text().partition("\n## ")
    body = f"{head.rstrip()}\n\n{text}\n" + (f"\n## {rest}" if rest else "")
    results_file.write_text(body)


if __name__ == "__main__":
    sys.exit(main())
