"""The import report: counts, then the details of each kind, the first lines of each kept."""

from collections import Counter

from newsdesk.importers.report import EXAMPLES_PER_SECTION, ImportReport, Outcome


def test_a_report_with_a_bit_of_everything():
    report = ImportReport(source="https://old.example", wxr_version="1.1", comments=2)
    report.items.update({("post", "publish"): 3, ("post", "draft"): 1, ("page", "publish"): 1})
    report.ignored.update({"revision": 4})
    report.shortcodes.update({"gallery": 2, "audio": 1})
    report.other_taxonomies.update({"series": 3})
    report.skipped.add("page 9 \u201cAbout\u201d: pages are not imported (Newsdesk has no pages)")
    outcome = Outcome(created=Counter(post=3), updated=Counter(post=1), redirects=8)
    outcome.missing_files.add("attachment 5: 2024/07/a.jpg is not in the uploads folder")
    report.merge(outcome)
    report.dropped_characters = 2
    assert report.lines() == [
        "WordPress import of https://old.example (WXR 1.1)",
        "",
        "Read from the export:",
        "  page: 1 (publish 1)",
        "  post: 4 (draft 1, publish 3)",
        "  comments: 2",
        "",
        "Saved in Newsdesk:",
        "  post: 3 created, 1 updated, 0 unchanged",
        "  old addresses redirected: 8",
        "",
        "Skipped (3):",
        "  page 9 \u201cAbout\u201d: pages are not imported (Newsdesk has no pages)",
        "  2 comments: Newsdesk has no comments",
        "  3 terms of the taxonomy series: only categories and tags are imported",
        "",
        "Ignored (not content): revision 4",
        "",
        "Missing image files (1):",
        "  attachment 5: 2024/07/a.jpg is not in the uploads folder",
        "",
        "Shortcodes removed (their enclosed text kept): [audio] 1, [gallery] 2",
        "",
        "2 control characters that XML does not allow were left out.",
    ]
    assert report.imported("post") == 4


def test_long_sections_keep_their_first_lines_and_count_the_rest():
    report = ImportReport(dry_run=True)
    for number in range(EXAMPLES_PER_SECTION + 3):
        report.problems.add(f"post {number}: odd")
    report.stopped = "The export could not be read past line 9, column 1."
    lines = report.lines()
    assert (
        lines[0] == "WordPress import of an unnamed site (WXR ?) \u2013 dry run: nothing was saved"
    )
    assert lines[lines.index("Problems (53):") + 1] == "  post 0: odd"
    assert lines[-4:] == [
        "  post 49: odd",
        "  \u2026 and 3 more",
        "",
        "Stopped early: The export could not be read past line 9, column 1.",
    ]
    assert "  nothing" in lines
