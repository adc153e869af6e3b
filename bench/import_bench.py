"""Benchmark of the WordPress import: a generated export of 10,000 posts with pictures.

    .venv/bin/python bench/import_bench.py [--posts 10000] [--images-per-post 1] [--keep]
        [--workdir DIR] [--no-record] [--profile]

Generates, in a temporary folder (or in DIR, where a later run with the same options reuses
the files), an uploads folder of small JPEG and PNG pictures (Pillow) and a WXR 1.2 file
whose posts have classic content (paragraphs, a [caption], shortcodes, entities), categories
in a hierarchy, tags, authors and a featured image each. Then it imports the file into a
fresh SQLite database in a child process (so that the peak memory measured is the import's
own), prints posts per second and peak memory, and appends a dated section to
bench/RESULTS.md. Targets: at least 1,000 posts/s, peak memory under 300 MB.
"""

import argparse
import cProfile
import datetime
import json
import os
import platform
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
TARGET_POSTS_PER_SECOND = 1000
TARGET_PEAK_MB = 300

WORDS = (
    "cooperative members assembly harbour fishermen nets market price report annual "
    "village council water project school farmers season harvest olive oil festival "
    "volunteers training women network solar energy cooperative bank loan credit union "
    "workers rights union meeting vote board budget community garden seeds exchange"
).split()


def cdata(text: str) -> str:
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def sentence(rng: random.Random, words: int) -> str:
    chosen = [rng.choice(WORDS) for _ in range(words)]
    return " ".join(chosen).capitalize() + "."


def make_pictures(uploads: Path, count: int, rng: random.Random) -> list[str]:
    from PIL import Image

    paths = []
    for number in range(count):
        month = f"2023/{number % 12 + 1:02d}"
        folder = uploads / month
        folder.mkdir(parents=True, exist_ok=True)
        extension = "png" if number % 4 == 0 else "jpg"
        name = f"{month}/picture-{number}.{extension}"
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        Image.new("RGB", (48, 32), colour).save(
            uploads / name, "PNG" if extension == "png" else "JPEG"
        )
        paths.append(name)
    return paths


def post_content(rng: random.Random, picture: str | None) -> str:
    paragraphs = [
        " ".join(sentence(rng, rng.randint(8, 18)) for _ in range(rng.randint(2, 5)))
        for _ in range(rng.randint(3, 7))
    ]
    paragraphs[0] = paragraphs[0].replace(" ", "&nbsp;", 1) + " Fish &amp; chips."
    paragraphs[1] = paragraphs[1].replace(". ", ".\n", 1)  # a line break inside a paragraph
    if picture:
        url = f"https://old.example/wp-content/uploads/{picture}"
        paragraphs.insert(
            2,
            f'[caption id="attachment_1" align="alignnone" width="48"]<img src="{url}" '
            f'alt="" width="48" height="32" /> A caption[/caption]',
        )
    if rng.random() < 0.2:
        paragraphs.append('[gallery ids="1,2,3"]')
    return "\n\n".join(paragraphs)


def write_export(path: Path, posts: int, pictures: list[str], rng: random.Random) -> int:
    authors = [f"writer{number}" for number in range(20)]
    categories = [
        (f"section-{number}", f"section-{number // 5}" if number >= 5 else "")
        for number in range(30)
    ]
    tags = [f"topic-{number}" for number in range(200)]
    attachment_base = posts + 1
    with path.open("w", encoding="utf-8") as out:
        out.write(
            '<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" '
            'xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
            'xmlns:wfw="http://wellformedweb.org/CommentAPI/" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n'
            "<title>Bench</title><link>https://old.example</link>\n"
            "<wp:wxr_version>1.2</wp:wxr_version>\n"
            "<wp:base_site_url>https://old.example</wp:base_site_url>\n"
            "<wp:base_blog_url>https://old.example</wp:base_blog_url>\n"
        )
        for number, login in enumerate(authors, 1):
            out.write(
                f"<wp:author><wp:author_id>{number}</wp:author_id><wp:author_login>{cdata(login)}"
                f"</wp:author_login><wp:author_display_name>{cdata('Writer ' + str(number))}"
                "</wp:author_display_name></wp:author>\n"
            )
        for number, (slug, parent) in enumerate(categories, 1):
            out.write(
                f"<wp:category><wp:term_id>{number}</wp:term_id><wp:category_nicename>{slug}"
                f"</wp:category_nicename><wp:category_parent>{parent}</wp:category_parent>"
                f"<wp:cat_name>{cdata(slug.title())}</wp:cat_name></wp:category>\n"
            )
        for number, slug in enumerate(tags, 100):
            out.write(
                f"<wp:tag><wp:term_id>{number}</wp:term_id><wp:tag_slug>{slug}</wp:tag_slug>"
                f"<wp:tag_name>{cdata(slug.title())}</wp:tag_name></wp:tag>\n"
            )
        for number, picture in enumerate(pictures):
            out.write(
                f"<item><title>Picture {number}</title><wp:post_id>{attachment_base + number}"
                "</wp:post_id><wp:post_type>attachment</wp:post_type><wp:status>inherit"
                "</wp:status><wp:attachment_url>"
                f"https://old.example/wp-content/uploads/{picture}</wp:attachment_url>"
                f"<excerpt:encoded>{cdata('Caption ' + str(number))}</excerpt:encoded>"
                "<wp:postmeta><wp:meta_key>_wp_attached_file</wp:meta_key><wp:meta_value>"
                f"{picture}</wp:meta_value></wp:postmeta><wp:postmeta><wp:meta_key>"
                "_wp_attachment_image_alt</wp:meta_key><wp:meta_value>"
                f"A picture number {number}</wp:meta_value></wp:postmeta></item>\n"
            )
        start = datetime.datetime(2015, 1, 1, 8, 0)
        for number in range(1, posts + 1):
            when = start + datetime.timedelta(hours=number * 3)
            title = f"{sentence(rng, rng.randint(4, 9))[:-1]} {number}"
            slug = f"post-{number}"
            picture_index = (number - 1) % len(pictures) if pictures else None
            picture = pictures[picture_index] if pictures else None
            status = "draft" if number % 50 == 0 else "publish"
            terms = "".join(
                f'<category domain="category" nicename="{slug_}">{cdata(slug_.title())}</category>'
                for slug_ in rng.sample([c for c, _ in categories], 2)
            ) + "".join(
                f'<category domain="post_tag" nicename="{slug_}">{cdata(slug_.title())}</category>'
                for slug_ in rng.sample(tags, 3)
            )
            thumbnail = (
                "<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>"
                f"{attachment_base + picture_index}</wp:meta_value></wp:postmeta>"
                if picture
                else ""
            )
            out.write(
                f"<item><title>{escape(title)}</title>"
                f"<link>https://old.example/{when:%Y/%m}/{slug}/</link>"
                f"<dc:creator>{rng.choice(authors)}</dc:creator>"
                f"<content:encoded>{cdata(post_content(rng, picture))}</content:encoded>"
                "<excerpt:encoded><![CDATA[]]></excerpt:encoded>"
                f"<wp:post_id>{number}</wp:post_id>"
                f"<wp:post_date>{when + datetime.timedelta(hours=1):%Y-%m-%d %H:%M:%S}</wp:post_date>"
                f"<wp:post_date_gmt>{when:%Y-%m-%d %H:%M:%S}</wp:post_date_gmt>"
                f"<wp:post_name>{slug}</wp:post_name><wp:status>{status}</wp:status>"
                "<wp:post_type>post</wp:post_type>"
                f"<wp:is_sticky>{1 if number % 997 == 0 else 0}</wp:is_sticky>"
                f"{terms}{thumbnail}</item>\n"
            )
        out.write("</channel>\n</rss>\n")
    return path.stat().st_size


def run_import(export: str, uploads: str, profile: str = "") -> None:
    """In the child process: set Django up on the fresh database, migrate, time the import.

    With ``profile`` (a file name), the import runs under cProfile counting CPU time, which
    a busy machine disturbs less than wall time; the statistics are written there.
    """
    import django

    django.setup()
    from django.core.management import call_command

    from newsdesk.importers.wordpress.importer import import_wordpress

    call_command("migrate", verbosity=0)
    profiler = cProfile.Profile(time.process_time) if profile else None
    started, cpu_started = time.perf_counter(), time.process_time()
    if profiler:
        profiler.enable()
    report = import_wordpress(export, uploads=uploads)
    if profiler:
        profiler.disable()
        profiler.dump_stats(profile)
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        json.dumps(
            {
                "seconds": seconds,
                "cpu_seconds": cpu_seconds,
                "peak_mb": peak_kb / 1024,
                "posts": report.imported("post"),
                "images": report.imported("attachment"),
                "problems": report.problems.count,
            }
        )
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--images-per-post", type=float, default=1.0)
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument(
        "--workdir",
        type=Path,
        help="generate into this folder and keep it; a run with the same options reuses the "
        "export and pictures found there (the database is made afresh each run)",
    )
    parser.add_argument("--no-record", action="store_true", help="do not append to RESULTS.md")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="run the import under cProfile (CPU time) and print where the time goes; the "
        "profiled run is slower, so its figures are not recorded",
    )
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        run_import(*options.child)
        return

    if options.workdir:
        workdir = options.workdir.resolve()
        workdir.mkdir(parents=True, exist_ok=True)
    else:
        workdir = Path(tempfile.mkdtemp(prefix="newsdesk-import-bench-"))
    export = workdir / "export.xml"
    picture_count = int(options.posts * options.images_per_post)
    made_for = workdir / "generated.json"
    wanted = {"posts": options.posts, "pictures": picture_count}
    if made_for.exists() and export.exists() and json.loads(made_for.read_text()) == wanted:
        print(f"Reusing the export and pictures in {workdir}", flush=True)
        size = export.stat().st_size
    else:
        rng = random.Random(7)  # the same export every run
        print(f"Generating {options.posts} posts in {workdir} …", flush=True)
        made_for.unlink(missing_ok=True)  # until the new files are complete
        shutil.rmtree(workdir / "uploads", ignore_errors=True)  # pictures of other options
        pictures = make_pictures(workdir / "uploads", picture_count, rng)
        size = write_export(export, options.posts, pictures, rng)
        made_for.write_text(json.dumps(wanted))
    data_dir = workdir / "data"
    shutil.rmtree(data_dir, ignore_errors=True)
    data_dir.mkdir()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "newsdesk.settings",
        "NEWSDESK_DATA_DIR": str(data_dir),
        "DATABASE_URL": f"sqlite:///{data_dir / 'bench.sqlite3'}",
        "NEWSDESK_DEBUG": "0",
        "NEWSDESK_LOG_LEVEL": "WARNING",
    }
    env.pop("REDIS_URL", None)
    print(f"Importing {export.name} ({size / 1e6:.1f} MB, {picture_count} pictures) …", flush=True)
    profile = workdir / "import.prof"
    child = subprocess.run(
        [sys.executable, __file__, "--child", str(export), str(workdir / "uploads")]
        + ([str(profile)] if options.profile else []),
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    if child.returncode:
        sys.exit(f"The import failed:\n{child.stderr}")
    result = json.loads(child.stdout.strip().splitlines()[-1])
    rate = result["posts"] / result["seconds"]
    verdict = (
        "met"
        if rate >= TARGET_POSTS_PER_SECOND and result["peak_mb"] < TARGET_PEAK_MB
        else "NOT met"
    )
    load = os.getloadavg()[0]
    summary = (
        f"{result['posts']} posts and {result['images']} pictures in {result['seconds']:.1f} s "
        f"({result['cpu_seconds']:.1f} s of CPU; load average {load:.1f} on {os.cpu_count()} "
        f"CPUs): {rate:,.0f} posts/s, peak memory {result['peak_mb']:.0f} MB "
        f"(targets {TARGET_POSTS_PER_SECOND:,} posts/s, {TARGET_PEAK_MB} MB: {verdict})"
    )
    print(summary)
    if options.profile:
        import pstats

        stats = pstats.Stats(str(profile))
        stats.sort_stats("cumulative").print_stats(40)
        print(f"Profile (CPU time) in {profile}: python -m pstats {profile}")
    elif not options.no_record:
        record(options, size, picture_count, result, rate, verdict, load)
    if not options.keep and not options.workdir and not options.profile:
        shutil.rmtree(workdir)


def record(options, size, pictures, result, rate, verdict, load) -> None:
    now = datetime.datetime.now().astimezone()
    lines = [
        f"\n## WordPress import, {now:%Y-%m-%d %H:%M %Z}\n",
        f"- Machine: {platform.machine()}, {os.cpu_count()} CPUs (load average {load:.1f} at the "
        f"end of the run), Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}",
        f"- Export: {options.posts:,} posts, {pictures:,} pictures, {size / 1e6:.1f} MB (WXR 1.2)",
        f"- Imported: {result['posts']:,} posts, {result['images']:,} pictures in "
        f"{result['seconds']:.1f} s ({result['cpu_seconds']:.1f} s of CPU: "
        f"{result['posts'] / result['cpu_seconds']:,.0f} posts per CPU second)",
        f"- **{rate:,.0f} posts/s**, **peak memory {result['peak_mb']:.0f} MB** "
        f"(targets: {TARGET_POSTS_PER_SECOND:,} posts/s, {TARGET_PEAK_MB} MB: {verdict})",
    ]
    new_file = not RESULTS.exists()
    with RESULTS.open("a", encoding="utf-8") as out:
        if new_file:
            out.write("# Benchmark results\n")
        out.write("\n".join(lines) + "\n")
    print(f"Appended to {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
