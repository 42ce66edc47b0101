"""Credit the research behind the first article, and say early experience is one influence.

A clinical review found the seeded article told the origin of anxious attachment as if early
care were the whole story, and named no sources. This rewrites two passages of the seeded body:
the opening explanation (now crediting Bowlby, Ainsworth, Hazan and Shaver, Fraley and
colleagues, and Levine and Heller as a popular source, with early experience as one influence
among several) and the advice on reassurance (asking for closeness clearly is healthy; it is the
asking again and again that feeds the worry).

Only an article still carrying the seeded text is changed, so an editor's own rewrite in the
admin is never overwritten. Reversible.
"""

import importlib

from django.db import migrations

seeded = importlib.import_module("securebase.articles.migrations.0002_first_article")
SLUG = seeded.SLUG

OLD_ORIGIN = """\
## What anxious attachment is

Attachment is the way we learn, very early on, what to expect from the people we depend on. When a child's caregivers were loving but unpredictable — warm one day, distracted or overwhelmed the next — the child learns something clever and painful: *closeness is precious, and it can disappear without warning, so keep watch.*

That lesson travels into adult relationships. Anxious attachment is a relational style, not a diagnosis: a deep need for closeness paired with a fear of losing it. The watchfulness that once helped a small child stay near a caregiver can, years later, keep an adult on constant alert for signs of being left.
"""

NEW_ORIGIN = """\
## What anxious attachment is

Anxious attachment is a relational style, not a diagnosis: a deep need for closeness paired with a fear of losing it, and a watchfulness for any sign that the other person is drifting away.

The idea has a long research history. The psychiatrist John Bowlby proposed that children come into the world ready to seek closeness to the people who care for them, and that this bond shapes what they come to expect from others (*Attachment and Loss*, 1969–1980). Mary Ainsworth watched how infants reacted when a parent left the room and came back, and described distinct patterns of that bond, among them an anxious one (Ainsworth, Blehar, Waters and Wall, *Patterns of Attachment*, 1978). Cindy Hazan and Phillip Shaver then asked whether adult romantic love works the same way, and found similar patterns in how adults describe their relationships (Hazan and Shaver, 1987). Later researchers, R. Chris Fraley and colleagues among them, came to describe adult attachment not as types but along two scales, anxiety and avoidance; their Experiences in Close Relationships–Revised questionnaire (Fraley, Waller and Brennan, 2000) is one of the most widely used measures, and our self-assessment builds on it. Amir Levine and Rachel Heller's book *Attached* (2010) brought these ideas to a wide audience and is a readable place to start, though it is a popular book rather than a study.

Early experience matters. When a child's caregivers were loving but unpredictable — warm one day, distracted or overwhelmed the next — the child can learn something clever and painful: *closeness is precious, and it can disappear without warning, so keep watch.*

But early experience is one influence among several. Temperament, later relationships (a partner who was unreliable, or one who was steady), losses and stress, and the culture we grow up in all play a part. Studies that follow people over many years find that attachment patterns are only moderately stable from infancy to adulthood (Fraley, 2002). So the watchfulness you feel now is not a verdict on your childhood or your parents, and it is not fixed.
"""

OLD_REASSURANCE = """\
**Self-soothing instead of seeking reassurance.** Reassurance works for a few minutes and then the worry comes back, often stronger. Learning to calm your own body — slowing your breath, grounding yourself in what is around you, riding out an urge until it passes — builds a steadier kind of relief.
"""

NEW_REASSURANCE = """\
**Self-soothing, and asking clearly.** Wanting reassurance is not the problem, and asking for closeness plainly is healthy. What tends to backfire is asking again and again, or asking sideways through a test or a silence: the relief lasts a few minutes and the worry comes back, often stronger. Learning to calm your own body — slowing your breath, grounding yourself in what is around you, riding out an urge until it passes — gives you a steadier kind of relief, and a calmer place to ask from.
"""

SOURCES = """\
## Sources

- Bowlby, J. (1969/1982, 1973, 1980). *Attachment and Loss* (vols. 1–3). Basic Books.
- Ainsworth, M. D. S., Blehar, M. C., Waters, E., & Wall, S. (1978). *Patterns of Attachment: A Psychological Study of the Strange Situation*. Erlbaum.
- Hazan, C., & Shaver, P. (1987). Romantic love conceptualized as an attachment process. *Journal of Personality and Social Psychology*, 52(3), 511–524.
- Fraley, R. C., Waller, N. G., & Brennan, K. A. (2000). An item response theory analysis of self-report measures of adult attachment. *Journal of Personality and Social Psychology*, 78(2), 350–365.
- Fraley, R. C. (2002). Attachment stability from infancy to adulthood: Meta-analysis and dynamic modeling of developmental mechanisms. *Personality and Social Psychology Review*, 6(2), 123–151.
- Levine, A., & Heller, R. (2010). *Attached*. TarcherPerigee. A popular book, not a research study.
"""

FOOTER_RULE = "\n---\n\n*This article is for general education."


def revised(body: str) -> str:
    body = body.replace(OLD_ORIGIN, NEW_ORIGIN).replace(OLD_REASSURANCE, NEW_REASSURANCE)
    return body.replace(
        FOOTER_RULE, "\n---\n\n" + SOURCES + "\n*This article is for general education."
    )


def credit_sources(apps, schema_editor):
    Article = apps.get_model("articles", "Article")
    Article.objects.filter(slug=SLUG, body=seeded.BODY).update(body=revised(seeded.BODY))


def restore_seeded(apps, schema_editor):
    Article = apps.get_model("articles", "Article")
    Article.objects.filter(slug=SLUG, body=revised(seeded.BODY)).update(body=seeded.BODY)


class Migration(migrations.Migration):
    dependencies = [("articles", "0002_first_article")]

    operations = [migrations.RunPython(credit_sources, restore_seeded)]
