from django.contrib import admin
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from securebase.articles.models import Article
from securebase.core.admin import AccessibleAdminMixin
from securebase.core.markdown import render_markdown


@admin.register(Article)
class ArticleAdmin(AccessibleAdminMixin, admin.ModelAdmin):
    list_display = ["title", "status", "published_at", "author", "reading_minutes"]
    list_filter = ["status"]
    search_fields = ["title", "summary"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["preview", "updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "author", "status", "published_at"]}),
        ("Text", {"fields": ["body"], "description": "Markdown. Save to refresh the preview."}),
        ("Preview", {"fields": ["preview", "updated_at"]}),
    ]

    @admin.display(description="Preview (as last saved)")
    def preview(self, obj: Article) -> str:
        if not obj.pk:
            return "Save the article once to see a preview."
        link = format_html(
            '<p><a href="{}" target="_blank" rel="noopener">Open the page as readers see it'
            "</a> (drafts are visible to clinicians and staff only).</p>",
            obj.get_absolute_url(),
        )
        # render_markdown sanitizes with nh3, so its output is safe to mark as such.
        body = mark_safe(render_markdown(obj.body))  # noqa: S308
        return format_html('{}<div class="article-preview">{}</div>', link, body)
