import re

from django.db import migrations, models

_WORD = re.compile(r"\w+")


def count_existing_words(apps, schema_editor):
    # The count rule of articles.models.count_words, copied: a migration must not change
    # when the model does.
    Article = apps.get_model("articles", "Article")
    for article in Article.objects.only("pk", "body"):
        Article.objects.filter(pk=article.pk).update(words=len(_WORD.findall(article.body)))


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0003_first_article_sources"),
    ]

    operations = [
        migrations.AddField(
            model_name="article",
            name="words",
            field=models.PositiveIntegerField(default=0, editable=False),
        ),
        migrations.RunPython(count_existing_words, migrations.RunPython.noop),
    ]
