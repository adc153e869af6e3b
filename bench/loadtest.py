"""``make loadtest``: 32 connections for 60 seconds over a mix of pages, on the bench database.

Listing pages (deep ones too), articles, search, feeds and the API, served by gunicorn as in
production with the page cache on; reports requests/s, p50, p99 and errors (must be zero).
Only ever targets 127.0.0.1 and stops by itself.
"""

import argparse
import json
import random
import sys
import tempfile
from pathlib import Path

from run import (
    ROOT,
    Server,
    bench_env,
    engine_label,
    log,
    newsdesk,
    prepare,
    wrk,
)

LUA = """
local paths = {%s}
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1])
end
"""


def mixed_paths(env: dict, count: int = 400) -> list[str]:
    out = newsdesk(
        env, "shell", "-c",
        "import json\n"
        "from newsdesk.news.models import Article, Category\n"
        "a = list(Article.objects.published().filter(language='en').values_list('slug', flat=True)[:2000])\n"
        "c = list(Category.objects.values_list('slug', flat=True)[:50])\n"
        "print(json.dumps({'articles': a, 'categories': c}))",
        capture=True,
    )  # fmt: skip
    found = json.loads(out.strip().splitlines()[-1])
    rng = random.Random(7)  # noqa: S311 - a reproducible mix of addresses
    words = ["harvest", "cooperative", "solidarity", "harbour", "training", "energy", "halieus"]
    paths = []
    for _ in range(count):
        roll = rng.random()
        if roll < 0.35:
            paths.append(f"/news/{rng.choice(found['articles'])}/")
        elif roll < 0.55:
            page = rng.randint(1, 500)
            paths.append("/news/" if page == 1 else f"/news/page/{page}/")
        elif roll < 0.65:
            paths.append(f"/news/category/{rng.choice(found['categories'])}/")
        elif roll < 0.8:
            paths.append(f"/search/?q={rng.choice(words)}")
        elif roll < 0.9:
            paths.append(rng.choice(["/news/feed/", "/news/feed/atom/", "/news/feed.json"]))
        else:
            paths.append(f"/api/v1/articles/?page={rng.randint(1, 50)}")
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--connections", type=int, default=32)
    args = parser.parse_args()
    import os

    database_url = os.environ.get("DATABASE_URL", "")
    data_dir = ROOT / "bench" / "data" / engine_label(database_url)
    prepare(data_dir, database_url)
    env = bench_env(data_dir, database_url, cached=True)
    paths = mixed_paths(env)
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(LUA % ", ".join(json.dumps(p) for p in paths))
    with Server("newsdesk.wsgi:application", env):
        log(
            f"Load test: {args.connections} connections for {args.seconds} s over {len(paths)} addresses"
        )
        result = wrk("/", args.seconds, args.connections, script=script.name)
    Path(script.name).unlink()
    line = (
        f"Load test ({engine_label(database_url)}): {result['rps']:,.0f} requests/s, "
        f"p50 {result['p50']:.1f} ms, p99 {result['p99']:.1f} ms, errors {result['errors']}"
    )
    print(line)
    results = ROOT / "bench" / "RESULTS.md"
    with results.open("a") as handle:
        handle.write(f"\n{line} ({args.connections} connections, {args.seconds} s, mixed pages)\n")
    sys.exit(1 if result["errors"] else 0)


if __name__ == "__main__":
    main()
