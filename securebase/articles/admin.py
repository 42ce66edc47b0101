from django.contrib import admin
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from securebase.articles.models import Article
from securebase.core.admin import AccessibleAdminMixin
from securebase.core.markdown import render_markdown


@admin.register(Article)
class ArticleAdmin(AccessibleAdminMixin, admin.ModelAdmin):
    list_display = [
        "title",
        "status",
        "published_at",
        "author",
        "reading_minutes",
        "spanish_version",
    ]
    list_filter = ["status"]
    search_fields = ["title", "summary", "title_es", "summary_es"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["preview", "preview_es", "updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "author", "status", "published_at"]}),
        (
            _("Text"),
            {"fields": ["body"], "description": _("Markdown. Save to refresh the preview.")},
        ),
        (
            _("Spanish version"),
            {
                "fields": ["title_es", "summary_es", "body_es"],
                "description": _(
                    "Optional. Written by a clinician, not a machine. Spanish readers see it "
                    "instead of the English; without it they see the English article, marked "
                    "as available in English only."
                ),
            },
        ),
        (_("Preview"), {"fields": ["preview", "preview_es", "updated_at"]}),
    ]

    @admin.display(description=_("Spanish version"), boolean=True)
    def spanish_version(self, obj: Article) -> bool:
        return obj.has_spanish_version

    @admin.display(description=_("Preview (as last saved)"))
    def preview(self, obj: Article) -> str:
        return self._preview(obj, obj.body, "en")

    @admin.display(description=_("Spanish preview (as last saved)"))
    def preview_es(self, obj: Article) -> str:
        if obj.pk and not obj.has_spanish_version:
            return _("No Spanish version yet.")
        return self._preview(obj, obj.body_es, "es")

    def _preview(self, obj: Article, body: str, language: str) -> str:
        if not obj.pk:
            return _("Save the article once to see a preview.")
        link = format_html(
            '<p><a href="{}" target="_blank" rel="noopener">{}</a> {}</p>',
            obj.get_absolute_url(),
            _("Open the page as readers see it (in the language you use the site in)"),
            _("(drafts are visible to clinicians and staff only)."),
        )
        # render_markdown sanitizes with nh3, so its output is safe to mark as such.
        html = mark_safe(render_markdown(body))  # noqa: S308
        return format_html(
            '{}<div class="article-preview" lang="{}">{}</div>', link, language, html
        )
