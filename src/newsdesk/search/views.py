"""The search page: ``/search/?q=…`` (``/it/search/`` for Italian), with ``category``,
``year`` and ``page`` in the query string."""

from django.conf import settings
from django.core.paginator import Paginator
from django.http import Http404, QueryDict
from django.urls import reverse
from django.utils.translation import get_language
from django.views.generic import TemplateView

from newsdesk.search.forms import SearchForm
from newsdesk.search.services import search_articles


class SearchView(TemplateView):
    template_name = "search/article_search.html"

    def get(self, request, *args, **kwargs):
        language = get_language()
        form = SearchForm(request.GET, language=language)
        if not form.is_valid():
            raise Http404("Unknown category or impossible year.")
        context = {"form": form, "query": form.cleaned_data["q"]}
        if context["query"]:
            results = search_articles(
                context["query"],
                language,
                category=form.cleaned_data["category"],
                year=form.cleaned_data["year"],
            )
            context.update(self.paginate(results, form))
        return self.render_to_response(self.get_context_data(**context))

    def paginate(self, results, form) -> dict:
        paginator = Paginator(results, settings.NEWSDESK_PAGE_SIZE)
        try:
            number = int(self.request.GET.get("page") or 1)
        except ValueError:
            raise Http404("No such page.") from None
        if not 1 <= number <= paginator.num_pages:
            raise Http404("No such page.")
        page = paginator.page(number)

        def page_url(n: int) -> str:
            return self.page_url(form, n)

        return {
            "paginator": paginator,
            "capped": results.is_capped,
            "page_obj": page,
            "hits": page.object_list,
            "page_links": [
                {"number": n, "url": page_url(n) if n != Paginator.ELLIPSIS else None}
                for n in paginator.get_elided_page_range(number, on_each_side=2, on_ends=1)
            ],
            "previous_url": page_url(page.previous_page_number()) if page.has_previous() else None,
            "next_url": page_url(page.next_page_number()) if page.has_next() else None,
        }

    def page_url(self, form, number: int) -> str:
        """The address of a results page: the same search, page 1 without ``page``."""
        params = QueryDict(mutable=True)
        params["q"] = form.cleaned_data["q"]
        if form.cleaned_data["category"] is not None:
            params["category"] = form.cleaned_data["category"].slug
        if form.cleaned_data["year"] is not None:
            params["year"] = form.cleaned_data["year"]
        if number > 1:
            params["page"] = number
        return f"{reverse('search:index')}?{params.urlencode()}"
