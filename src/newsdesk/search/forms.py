"""The search form: what to look for, and optionally in which category and year."""

from django import forms
from django.db.models import Max, Min
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from newsdesk.news.models import Article, Category
from newsdesk.search.query import MAX_QUERY_LENGTH, clean_query

# Four-digit years, as in the archive addresses; earlier ones overflow in time-zone arithmetic.
FIRST_YEAR, LAST_YEAR = 1000, 9999


class QueryField(forms.CharField):
    """Free text, cleaned rather than refused: any input is a query (see ``query.py``)."""

    def to_python(self, value) -> str:
        return clean_query(super().to_python(value))


class SearchForm(forms.Form):
    """Bound to the query string. Unknown categories and impossible years make it invalid.

    Reads the categories and the range of publication years of the language's public
    articles: two queries.
    """

    q = QueryField(
        label=_("Search for"),
        required=False,
        widget=forms.SearchInput(attrs={"maxlength": MAX_QUERY_LENGTH, "enterkeyhint": "search"}),
    )
    category = forms.ChoiceField(label=_("Category"), required=False)
    year = forms.IntegerField(
        label=_("Year"),
        required=False,
        min_value=FIRST_YEAR,
        max_value=LAST_YEAR,
        widget=forms.Select,
    )

    def __init__(self, data, *, language: str):
        # Show the query as it is searched (cleaned and capped), not as it was sent.
        data = data.copy()
        data["q"] = clean_query(data.get("q", ""))
        super().__init__(data, label_suffix="")
        self.categories = {category.slug: category for category in Category.objects.all()}
        self.fields["category"].choices = [
            ("", _("All categories")),
            *[(slug, category.name) for slug, category in self.categories.items()],
        ]
        self.fields["year"].widget.choices = [
            ("", _("Any year")),
            *[(year, year) for year in self.years(language)],
        ]

    def years(self, language: str) -> list[int]:
        """Newest first, from the first to the last year with a public article, plus the
        year asked for if it is outside that range."""
        span = (
            Article.objects.published()
            .in_language(language)
            .aggregate(first=Min("published_at"), last=Max("published_at"))
        )
        years = set()
        if span["first"] is not None:
            first, last = (timezone.localtime(span[key]).year for key in ("first", "last"))
            years.update(range(first, last + 1))
        asked = self.data.get("year", "")
        if asked.isdigit() and FIRST_YEAR <= int(asked) <= LAST_YEAR:
            years.add(int(asked))
        return sorted(years, reverse=True)

    def clean_category(self) -> Category | None:
        slug = self.cleaned_data["category"]
        return self.categories[slug] if slug else None
