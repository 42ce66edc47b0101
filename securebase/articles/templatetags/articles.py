from django import template

register = template.Library()


@register.filter
def in_language(article, language: str):
    """``{% with text=article|in_language:LANGUAGE_CODE %}``: the version that reader gets."""
    return article.text_in(language)
