"""The search form: what to look for, and optionally in which category and year."""

import html

from django import forms
from django.forms.utils import flatatt
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from newsdesk.news.models import Article, Category
from newsdesk.search.query import MAX_QUERY_LENGTH, clean_query

# Four-digit years, as in the archive addresses; earlier ones overflow in time-zone arithmetic.
FIRST_YEAR, LAST_YEAR = 1000, 9999


class PlainSelect(forms.Select):
    """A select whose options are written here rather than through a template each: with a few
    hundred categories, Django's template per option cost more than the search itself.

    Every name and value is escaped here (``html.escape``, as Django's ``escape`` does).
    """

    def render(self, name, value, attrs=None, renderer=None):
        chosen = set(self.format_value(value))
        options = "".join(
            f'<option value="{html.escape(str(choice))}"'
            f"{' selected' if str(choice) in chosen else ''}>{html.escape(str(label))}</option>"
            for choice, label in self.choices
        )
        return format_html(
            '<select name="{}"{}>{}</select>',
            name,
            flatatt(self.build_attrs(self.attrs, attrs)),
            mark_safe(options),  # noqa: S308 - escaped above
        )


class QueryField(forms.CharField):
    """Free text, cleaned rather than refused: any input is a query (see ``query.py``)."""

    def to_python(self, value) -> str:
        return clean_query(super().to_python(value))


class SearchForm(forms.Form):
    """Bound to the query string. Unknown categories and impossible years make it invalid.

    Reads the categories' slugs and names, and the first and last publication years of the
    language's public articles: three queries, each cheap however many articles there are (and
    a fourth for the chosen category, if any).
    """

    q = QueryField(
        label=_("Search for"),
        required=False,
        widget=forms.SearchInput(attrs={"maxlength": MAX_QUERY_LENGTH, "enterkeyhint": "search"}),
    )
    # A plain field with its options on the widget: a ChoiceField would normalise every one
    # of a few hundred categories on each request. ``clean_category`` checks the slug.
    category = forms.CharField(label=_("Category"), required=False, widget=PlainSelect)
    year = forms.IntegerField(
        label=_("Year"),
        required=False,
        min_value=FIRST_YEAR,
        max_value=LAST_YEAR,
        widget=PlainSelect,
    )

    def __init__(self, data, *, language: str):
        # Show the query as it is searched (cleaned and capped), not as it was sent.
        data = data.copy()
        data["q"] = clean_query(data.get("q", ""))
        super().__init__(data, label_suffix="")
        self.categories = dict(Category.objects.values_list("slug", "name"))
        self.fields["category"].widget.choices = [
            ("", _("All categories")),
            *self.categories.items(),
        ]
        self.fields["year"].widget.choices = [
            ("", _("Any year")),
            *[(year, year) for year in self.years(language)],
        ]

    def years(self, language: str) -> list[int]:
        """Newest first, from the first to the last year with a public article, plus the
        year asked for if it is outside that range."""
        # Two queries, each one step down the public-listing index: a single query asking for
        # both the min and the max reads every public article of the language on SQLite.
        dates = (
            Article.objects.published().in_language(language).values_list("published_at", flat=True)
        )
        first = dates.order_by("published_at").first()
        years = set()
        if first is not None:
            last = dates.order_by("-published_at").first()
            years.update(range(timezone.localtime(first).year, timezone.localtime(last).year + 1))
        asked = self.data.get("year", "")
        if asked.isdigit() and FIRST_YEAR <= int(asked) <= LAST_YEAR:
            years.add(int(asked))
        return sorted(years, reverse=True)

    def clean_category(self) -> Category | None:
        slug = self.cleaned_data["category"]
        if not slug:
            return None
        if slug not in self.categories:
            raise forms.ValidationError(
                forms.ChoiceField.default_error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": slug},
            )
        return Category.objects.get(slug=slug)
