"""Seed the first article, so a fresh install always has something to read."""

from django.db import migrations

SLUG = "understanding-anxious-attachment"
TITLE = "Understanding anxious attachment"
SUMMARY = (
    "Why a late reply can feel like the end of the world, where that fear comes from, why "
    "breakups hit so hard, and how healing begins."
)
BODY = """\
Some people can be in a loving, steady relationship and still feel, somewhere underneath, that it could vanish at any moment. A late reply lands like a door closing. A neutral "ok" gets read ten times. If that sounds like you, you are not broken and you are not "too much". You may be living with what psychologists call **anxious attachment**, and it makes a great deal of sense once you see where it comes from.

## What anxious attachment is

Attachment is the way we learn, very early on, what to expect from the people we depend on. When a child's caregivers were loving but unpredictable — warm one day, distracted or overwhelmed the next — the child learns something clever and painful: *closeness is precious, and it can disappear without warning, so keep watch.*

That lesson travels into adult relationships. Anxious attachment is a relational style, not a diagnosis: a deep need for closeness paired with a fear of losing it. The watchfulness that once helped a small child stay near a caregiver can, years later, keep an adult on constant alert for signs of being left.

It is also common, and it can change. Many people move toward a more secure way of relating over time, through relationships that feel safe and through their own practice.

[Curious where you stand? Take the attachment self-assessment](/assessment/)

## How it shows up

Anxious attachment rarely announces itself by name. It tends to look like this:

- **Reading between the lines of every message.** You notice the tone of a text, whether there was an emoji, how long the reply took, and you build a story from it — usually a frightening one.
- **Feeling insecure even when things are good.** The relationship is stable, your partner is kind, and still you wait for the moment it goes wrong.
- **Putting their needs first.** You become so focused on what your partner wants, and on keeping them close, that your own needs slip out of view.
- **Being hurt by distance.** A busy week, a quiet evening or a night out with friends can feel like rejection, even when you know it is not.
- **Worrying that you are "too much" or "not enough".** Too needy, too emotional; not interesting, not lovable enough. Often both at once.

None of this means you are doing relationships wrong. These are the moves of a nervous system that learned to protect closeness at all costs.

[Start noticing your own patterns with a daily check-in](/check-in/)

## Why breakups hurt so much

For anyone, a breakup is a loss. For someone with anxious attachment it can feel like the very thing they feared has finally happened. The grief can be intense and physical. It is common to:

- go over every conversation, looking for the moment it could have been saved;
- blame yourself, often far more than the facts support;
- feel an urgent need to understand exactly why, or to fix it;
- find it very hard to let go, even when part of you knows the relationship was not good for you.

If this is where you are, be gentle with yourself. Your mind is trying to make sense of a loss that touched an old wound. Some people find that writing helps, and some decide on a period of no contact so the hurt has room to settle.

[Write it down in the guided journal](/journal/)

## How healing begins

Healing does not mean never feeling anxious again. It means building trust in yourself: learning that you can get through the wave of fear without someone else having to rescue you. A few things help.

**Self-soothing instead of seeking reassurance.** Reassurance works for a few minutes and then the worry comes back, often stronger. Learning to calm your own body — slowing your breath, grounding yourself in what is around you, riding out an urge until it passes — builds a steadier kind of relief.

[Try the pause tool next time the urge arrives](/pause/)

**Recognizing protest behaviors.** When we feel someone pulling away, we may do things meant to bring them back: texting again and again, checking their social media, going quiet to see if they notice, keeping score, threatening to leave. These are called protest behaviors. They make sense, and they usually push people further away. Simply noticing them, without judgment, is the first step to choosing something else.

**Checking the story against the facts.** When a silence feels unbearable, it can help to ask how unusual it really is. Often the person who has not replied yet is doing exactly what they usually do.

[Reality-check a silence against your own chat history](/reality-check/)

**Regulating emotion.** Naming what you feel, noticing what set it off and what helped, turns a flood into something you can work with.

**Exploring the roots.** Understanding what you needed as a child, and did not always get, can soften the harsh voice that says you are too much. The pattern was a solution once. You can honor it and still outgrow it.

**Therapy.** A steady, reliable relationship with a therapist is one of the most direct ways to experience a different kind of closeness, and to practice new ways of asking for what you need.

[Book a free 15-minute consultation](/book/)

---

*This article is for general education. It is not a diagnosis or a substitute for care from a licensed professional. If you are in crisis, call or text 988, or call 911 in an emergency.*
"""


def add_article(apps, schema_editor):
    Article = apps.get_model("articles", "Article")
    Article.objects.get_or_create(
        slug=SLUG,
        defaults={
            "title": TITLE,
            "summary": SUMMARY,
            "body": BODY,
            "status": "published",
        },
    )


def remove_article(apps, schema_editor):
    apps.get_model("articles", "Article").objects.filter(slug=SLUG).delete()


class Migration(migrations.Migration):
    dependencies = [("articles", "0001_initial")]

    operations = [migrations.RunPython(add_article, remove_article)]
