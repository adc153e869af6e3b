"""Articles in the admin: the writing form, roles, bulk publishing, revisions and previews."""

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import F
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_prose_editor.fields import ProseEditorFormField

from newsdesk.core.text import excerpt
from newsdesk.news import workflow
from newsdesk.news.models import Article, Revision

Status = Article.Status

EDITOR_EXTENSIONS = {
    "Bold": True, "Italic": True, "Strike": True, "Subscript": True, "Superscript": True,
    "Heading": {"levels": [2, 3, 4]}, "BulletList": True, "OrderedList": True, "ListItem": True,
    "Blockquote": True, "HorizontalRule": True, "HardBreak": True, "Link": True,
    "Image": True, "Figure": True, "Caption": True, "History": True,
    "SpecialCharacters": True,
}  # fmt: skip


class ArticleForm(forms.ModelForm):
    body = ProseEditorFormField(
        label=_("Body"), required=False, config={"extensions": EDITOR_EXTENSIONS}
    )
    user = None  # set per request by ArticleAdmin.get_form

    class Meta:
        model = Article
        fields = [
            "title", "slug", "dateline", "body", "excerpt", "featured_image", "authors",
            "categories", "tags", "language", "translation_source", "status", "published_at",
            "sticky",
        ]  # fmt: skip

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "status" in self.fields and not workflow.can_publish(self.user):
            self.fields["status"].choices = [
                (Status.DRAFT, Status.DRAFT.label),
                (Status.REVIEW, _("Submit for review")),
            ]

    def clean_status(self):
        status = self.cleaned_data["status"]
        if status == Status.PUBLISHED and not workflow.can_publish(self.user):
            raise forms.ValidationError(
                _("Only editors publish. Choose “Submit for review” and an editor will look.")
            )
        return status


class StateFilter(admin.SimpleListFilter):
    title = _("state")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [
            ("draft", _("Draft")),
            ("review", _("In review")),
            ("scheduled", _("Scheduled")),
            ("published", _("Published")),
        ]

    def queryset(self, request, queryset):
        now = timezone.now()
        match self.value():
            case "draft":
                return queryset.filter(status=Status.DRAFT)
            case "review":
                return queryset.filter(status=Status.REVIEW)
            case "scheduled":
                return queryset.filter(status=Status.PUBLISHED, published_at__gt=now)
            case "published":
                return queryset.filter(status=Status.PUBLISHED, published_at__lte=now)
        return queryset


class TranslationFilter(admin.SimpleListFilter):
    title = _("translation")
    parameter_name = "translation"

    def lookups(self, request, model_admin):
        return [("out-of-date", _("Out of date: the source changed since"))]

    def queryset(self, request, queryset):
        if self.value() == "out-of-date":
            return queryset.filter(
                translation_source__isnull=False,
                translation_source__updated_at__gt=F("updated_at"),
            )
        return queryset


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    form = ArticleForm
    change_form_template = "admin/news/article/change_form.html"
    list_display = [
        "display_title", "state", "published_at", "language", "languages", "author_names",
    ]  # fmt: skip
    list_filter = [StateFilter, "categories", "authors", "language", TranslationFilter]
    search_fields = ["title", "body", "excerpt", "slug"]
    date_hierarchy = "published_at"
    autocomplete_fields = ["featured_image", "authors", "categories", "tags", "translation_source"]
    list_select_related = ["featured_image", "translation_source"]
    readonly_fields = ["automatic_excerpt"]
    actions = ["publish_selected", "unpublish_selected"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "dateline", "body"]}),
        (
            _("Excerpt"),
            {"fields": ["excerpt", "automatic_excerpt"]},
        ),
        (_("Picture"), {"fields": ["featured_image"]}),
        (
            _("Filing"),
            {"fields": ["authors", "categories", "tags", "language", "translation_source"]},
        ),
        (_("Publication"), {"fields": ["status", "published_at", "sticky"]}),
    ]

    class Media:
        js = ["newsdesk/admin/excerpt-hint.js"]

    # What a role may see and do

    def get_queryset(self, request):
        articles = super().get_queryset(request).prefetch_related("authors")
        if workflow.can_publish(request.user):
            return articles
        return articles.filter(created_by=request.user)

    def has_change_permission(self, request, obj=None):
        return workflow.can_edit(request.user, obj)

    def has_delete_permission(self, request, obj=None):
        if not super().has_delete_permission(request, obj):
            return False
        return workflow.can_edit(request.user, obj)

    def has_publish_permission(self, request):
        return workflow.can_publish(request.user)

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not workflow.can_publish(request.user):
            fields += ["published_at", "sticky"]
        return fields

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        return type(form.__name__, (form,), {"user": request.user})

    # Columns

    @admin.display(description=_("title"), ordering="title")
    def display_title(self, article):
        return article.display_title

    @admin.display(description=_("state"), ordering="status")
    def state(self, article):
        if article.is_scheduled:
            when = date_format(timezone.localtime(article.published_at), "j M Y, H:i")
            return _("Scheduled for %(when)s") % {"when": when}
        return article.get_status_display()

    @admin.display(description=_("versions"))
    def languages(self, article):
        codes = sorted(article.translation_family().values_list("language", flat=True))
        label = " · ".join(code.upper() for code in codes)
        if article.translation_out_of_date:
            label += " " + str(_("(out of date)"))
        return label

    @admin.display(description=_("authors"))
    def author_names(self, article):
        return ", ".join(author.name for author in article.authors.all())

    @admin.display(description=_("automatic excerpt"))
    def automatic_excerpt(self, article):
        return excerpt(article.body) if article and article.pk else "–"

    # Saving: who, revisions, the audit log

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        previous = Article.objects.filter(pk=obj.pk).values("status", "published_at").first()
        obj._publication_before = (
            (previous["status"], previous["published_at"]) if previous else (None, None)
        )
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        article = form.instance
        workflow.record_revision(article, request.user)
        workflow.audit_publication_change(article, article._publication_before, request.user)

    def delete_model(self, request, obj):
        workflow.audit_deletion(obj, request.user)
        super().delete_model(request, obj)

    def delete_queryset(self, request, queryset):
        for article in queryset:
            workflow.audit_deletion(article, request.user)
        super().delete_queryset(request, queryset)

    # Bulk actions (editors only)

    @admin.action(description=_("Publish the selected articles"), permissions=["publish"])
    def publish_selected(self, request, queryset):
        for article in queryset:
            workflow.publish(article, request.user)
        self.message_user(
            request,
            ngettext("Published %d article.", "Published %d articles.", queryset.count())
            % queryset.count(),
            messages.SUCCESS,
        )

    @admin.action(description=_("Unpublish the selected articles"), permissions=["publish"])
    def unpublish_selected(self, request, queryset):
        for article in queryset:
            workflow.unpublish(article, request.user)
        self.message_user(
            request,
            ngettext("Unpublished %d article.", "Unpublished %d articles.", queryset.count())
            % queryset.count(),
            messages.SUCCESS,
        )

    # Revisions, previews and share links

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("<int:pk>/preview/", wrap(self.preview_view), name="news_article_preview"),
            path("add/preview/", wrap(self.preview_view), name="news_article_preview_new"),
            path("<int:pk>/revisions/", wrap(self.revisions_view), name="news_article_revisions"),
            path(
                "<int:pk>/revisions/<int:revision_id>/restore/",
                wrap(self.restore_view),
                name="news_article_restore",
            ),
            path("<int:pk>/share/", wrap(self.share_view), name="news_article_share"),
            path(
                "<int:pk>/translate/<str:language>/",
                wrap(self.translate_view),
                name="news_article_translate",
            ),
            *super().get_urls(),
        ]

    def _article_for(self, request, pk, *, edit: bool) -> Article:
        article = get_object_or_404(self.get_queryset(request), pk=pk)
        allowed = (
            self.has_change_permission(request, article)
            if edit
            else self.has_view_or_change_permission(request, article)
        )
        if not allowed:
            raise PermissionDenied
        return article

    def preview_view(self, request, pk=None):
        """GET: the saved version. POST (from the edit form): the unsaved changes, rendered
        by saving them in a transaction that is then rolled back."""
        from newsdesk.news.views.article import render_preview

        article = self._article_for(request, pk, edit=False) if pk else None
        if request.method != "POST":
            if article is None:
                raise PermissionDenied
            return render_preview(request, article)
        if article is None and not self.has_add_permission(request):
            raise PermissionDenied
        if article is not None and not self.has_change_permission(request, article):
            raise PermissionDenied
        Form = self.get_form(request, article, change=article is not None)
        form = Form(request.POST, request.FILES, instance=article)
        if not form.is_valid():
            return TemplateResponse(
                request,
                "admin/news/article/preview_errors.html",
                {**self.admin_site.each_context(request), "form": form, "opts": self.opts},
                status=400,
            )
        with transaction.atomic():
            unsaved = form.save(commit=False)
            if article is None:
                unsaved.created_by = request.user
            unsaved.save()
            form.save_m2m()
            response = render_preview(request, unsaved)
            response.render()
            transaction.set_rollback(True)
        return response

    def revisions_view(self, request, pk):
        article = self._article_for(request, pk, edit=False)
        revisions = list(article.revisions.select_related("created_by"))
        changes = None
        older = newer = None
        if "a" in request.GET and "b" in request.GET:
            chosen = {r.pk: r for r in revisions}
            try:
                picked = sorted(
                    (chosen[int(request.GET["a"])], chosen[int(request.GET["b"])]),
                    key=lambda r: (r.created_at, r.pk),
                )
            except (KeyError, ValueError):
                picked = None
            if picked:
                older, newer = picked
                changes = workflow.diff_as_html(workflow.revision_diff(older, newer))
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "article": article,
            "revisions": revisions,
            "changes": changes,
            "older": older,
            "newer": newer,
            "can_restore": self.has_change_permission(request, article),
            "title": _("Revisions of “%(title)s”") % {"title": article.display_title},
        }
        return TemplateResponse(request, "admin/news/article/revisions.html", context)

    def restore_view(self, request, pk, revision_id):
        article = self._article_for(request, pk, edit=True)
        if request.method != "POST":
            return HttpResponseRedirect(reverse("admin:news_article_revisions", args=[pk]))
        revision = get_object_or_404(Revision, pk=revision_id, article=article)
        workflow.restore_revision(revision, request.user)
        self.message_user(request, _("The revision was restored as a new revision."))
        return HttpResponseRedirect(reverse("admin:news_article_change", args=[pk]))

    def translate_view(self, request, pk, language):
        """POST: create (or open) the version of this story in ``language``."""
        if request.method != "POST" or not self.has_add_permission(request):
            raise PermissionDenied
        # Contributors may translate any published story, not only their own drafts.
        visible = Article.objects.published() | self.get_queryset(request)
        article = get_object_or_404(visible.distinct(), pk=pk)
        if language not in dict(settings.LANGUAGES) or language == article.language:
            messages.error(request, _("Choose another of the site's languages."))
            return HttpResponseRedirect(reverse("admin:news_article_change", args=[pk]))
        translation = workflow.translate(article, language, request.user)
        return HttpResponseRedirect(reverse("admin:news_article_change", args=[translation.pk]))

    def change_view(self, request, object_id, form_url="", extra_context=None):
        extra_context = extra_context or {}
        article = self.get_object(request, object_id)
        if article is not None:
            present = set(article.translation_family().values_list("language", flat=True))
            extra_context["translation_targets"] = [
                (code, name) for code, name in settings.LANGUAGES if code not in present
            ]
            extra_context["translation_versions"] = article.translation_family().exclude(
                pk=article.pk
            )
        return super().change_view(request, object_id, form_url, extra_context)

    def share_view(self, request, pk):
        if not request.user.has_perm("news.add_previewlink"):
            raise PermissionDenied
        article = self._article_for(request, pk, edit=False)
        if request.method == "POST":
            if "revoke" in request.POST:
                link = article.preview_links.filter(pk=request.POST.get("revoke")).first()
                if link is None:
                    messages.error(request, _("That preview link does not exist."))
                else:
                    workflow.revoke_preview_link(link)
                    messages.success(request, _("The preview link no longer works."))
            else:
                workflow.create_preview_link(article, request.user)
                messages.success(request, _("A new preview link was created."))
            return HttpResponseRedirect(reverse("admin:news_article_share", args=[pk]))
        links = [
            {"link": link, "url": request.build_absolute_uri(link.get_absolute_url())}
            for link in article.preview_links.all()
        ]
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "article": article,
            "links": links,
            "title": _("Preview links for “%(title)s”") % {"title": article.display_title},
        }
        return TemplateResponse(request, "admin/news/article/share.html", context)
