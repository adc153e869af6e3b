"""What an import did, told to people: counts, skipped items and why, problems, shortcodes.

The report keeps counts of everything but only the first lines of each kind of detail, so a
huge export with thousands of skipped pages does not fill the memory or the terminal.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

EXAMPLES_PER_SECTION = 50


@dataclass
class Section:
    """Lines of one kind (say, missing image files): all counted, the first ones kept."""

    count: int = 0
    lines: list[str] = field(default_factory=list)

    def add(self, line: str) -> None:
        self.count += 1
        if len(self.lines) < EXAMPLES_PER_SECTION:
            self.lines.append(line)

    def extend(self, other: Section) -> None:
        for line in other.lines:
            self.add(line)
        self.count += other.count - len(other.lines)


@dataclass
class Outcome:
    """What writing one batch did; merged into the report only once the batch is committed."""

    created: Counter = field(default_factory=Counter)  # kind -> number
    updated: Counter = field(default_factory=Counter)
    unchanged: Counter = field(default_factory=Counter)
    problems: Section = field(default_factory=Section)
    missing_files: Section = field(default_factory=Section)
    refused_files: Section = field(default_factory=Section)
    redirects: int = 0
    article_ids: list[int] = field(default_factory=list)  # articles created or updated


@dataclass
class ImportReport:
    source: str = ""
    wxr_version: str = ""
    dry_run: bool = False
    items: Counter = field(default_factory=Counter)  # (post type, WordPress status) -> number
    ignored: Counter = field(default_factory=Counter)  # post type -> number
    comments: int = 0
    shortcodes: Counter = field(default_factory=Counter)
    other_taxonomies: Counter = field(default_factory=Counter)
    outcome: Outcome = field(default_factory=Outcome)
    skipped: Section = field(default_factory=Section)
    problems: Section = field(default_factory=Section)
    missing_files: Section = field(default_factory=Section)
    refused_files: Section = field(default_factory=Section)
    unresolved_uploads: Section = field(default_factory=Section)
    dropped_characters: int = 0
    stopped: str = ""  # why reading stopped early (a truncated file), or ""

    def merge(self, outcome: Outcome) -> None:
        self.outcome.created.update(outcome.created)
        self.outcome.updated.update(outcome.updated)
        self.outcome.unchanged.update(outcome.unchanged)
        self.outcome.redirects += outcome.redirects
        self.problems.extend(outcome.problems)
        self.missing_files.extend(outcome.missing_files)
        self.refused_files.extend(outcome.refused_files)

    def imported(self, kind: str) -> int:
        return (
            self.outcome.created[kind] + self.outcome.updated[kind] + self.outcome.unchanged[kind]
        )

    def as_text(self) -> str:
        return "\n".join(self.lines()) + "\n"

    def lines(self) -> list[str]:
        lines = [
            _("WordPress import of %(source)s (WXR %(version)s)%(dry_run)s")
            % {
                "source": self.source or _("an unnamed site"),
                "version": self.wxr_version or "?",
                "dry_run": _(" – dry run: nothing was saved") if self.dry_run else "",
            },
            "",
            _("Read from the export:"),
        ]
        by_type: dict[str, Counter] = {}
        for (post_type, status), number in self.items.items():
            by_type.setdefault(post_type, Counter())[status or "-"] += number
        for post_type in sorted(by_type):
            statuses = by_type[post_type]
            detail = ", ".join(f"{status} {number}" for status, number in sorted(statuses.items()))
            lines.append(f"  {post_type}: {sum(statuses.values())} ({detail})")
        if self.comments:
            lines.append(_("  comments: %(number)s") % {"number": self.comments})
        lines += ["", _("Saved in Newsdesk:")]
        kinds = sorted(
            set(self.outcome.created) | set(self.outcome.updated) | set(self.outcome.unchanged)
        )
        for kind in kinds:
            lines.append(
                _("  %(kind)s: %(created)s created, %(updated)s updated, %(unchanged)s unchanged")
                % {
                    "kind": kind,
                    "created": self.outcome.created[kind],
                    "updated": self.outcome.updated[kind],
                    "unchanged": self.outcome.unchanged[kind],
                }
            )
        if not kinds:
            lines.append(_("  nothing"))
        lines.append(
            _("  old addresses redirected: %(number)s") % {"number": self.outcome.redirects}
        )
        skipped = Section(self.skipped.count, list(self.skipped.lines))
        if self.comments:
            skipped.add(
                _("%(number)s comments: Newsdesk has no comments") % {"number": self.comments}
            )
        for taxonomy, number in sorted(self.other_taxonomies.items()):
            skipped.add(
                _(
                    "%(number)s terms of the taxonomy %(taxonomy)s: only categories and tags are imported"
                )
                % {"number": number, "taxonomy": taxonomy}
            )
        self._section(lines, _("Skipped"), skipped)
        if self.ignored:
            detail = ", ".join(f"{name} {number}" for name, number in sorted(self.ignored.items()))
            lines += ["", _("Ignored (not content): %(detail)s") % {"detail": detail}]
        self._section(lines, _("Missing image files"), self.missing_files)
        self._section(lines, _("Refused image files"), self.refused_files)
        self._section(
            lines, _("Links to old uploads left pointing at the old site"), self.unresolved_uploads
        )
        if self.shortcodes:
            detail = ", ".join(
                f"[{name}] {number}" for name, number in sorted(self.shortcodes.items())
            )
            lines += [
                "",
                _("Shortcodes removed (their enclosed text kept): %(detail)s") % {"detail": detail},
            ]
        if self.dropped_characters:
            lines += [
                "",
                _("%(number)s control characters that XML does not allow were left out.")
                % {"number": self.dropped_characters},
            ]
        self._section(lines, _("Problems"), self.problems)
        if self.stopped:
            lines += ["", _("Stopped early: %(reason)s") % {"reason": self.stopped}]
        return lines

    @staticmethod
    def _section(lines: list[str], title: str, section: Section) -> None:
        if not section.count:
            return
        lines += ["", f"{title} ({section.count}):"]
        lines += [f"  {line}" for line in section.lines]
        if section.count > len(section.lines):
            lines.append(
                _("  … and %(number)s more") % {"number": section.count - len(section.lines)}
            )
