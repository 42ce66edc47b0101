"""The steps of a personal safety plan, after Stanley and Brown, in English and Spanish.

Pure module: standard library only, no Django. The structure follows the Safety Planning
Intervention of Barbara Stanley and Gregory K. Brown (Cognitive and Behavioral Practice 19(2),
2012, pp. 256-264): six steps worked through in order, from noticing a crisis coming to making
the surroundings safer, plus the reasons for living the published template asks for. The
``field`` of each step is the model field holding the person's own words for it.
"""

from __future__ import annotations

from dataclasses import dataclass

from securebase.core.crisis import Words


@dataclass(frozen=True, slots=True)
class Step:
    field: str
    title: Words
    prompt: Words


STEPS: tuple[Step, ...] = (
    Step(
        "warning_signs",
        Words("Warning signs", "Señales de alerta"),
        Words(
            "Thoughts, images, moods, situations or behaviors that tell me a crisis may be "
            "starting.",
            "Pensamientos, imágenes, estados de ánimo, situaciones o conductas que me avisan de "
            "que puede empezar una crisis.",
        ),
    ),
    Step(
        "coping_strategies",
        Words("Things I can do on my own", "Lo que puedo hacer por mi cuenta"),
        Words(
            "What takes my mind off things without contacting anyone: a walk, music, a shower, "
            "breathing slowly.",
            "Lo que me distrae sin tener que hablar con nadie: caminar, música, una ducha, "
            "respirar despacio.",
        ),
    ),
    Step(
        "distractions",
        Words(
            "People and places that take my mind off things", "Personas y lugares que me distraen"
        ),
        Words(
            "People I can be with, and places where there are others (a café, the gym, a "
            "friend's house), with phone numbers where it helps.",
            "Personas con las que puedo estar y lugares donde hay gente (un café, el gimnasio, "
            "la casa de alguien), con teléfonos si ayudan.",
        ),
    ),
    Step(
        "people_to_ask",
        Words("People I can ask for help", "Personas a las que puedo pedir ayuda"),
        Words(
            "Who I can tell that I am struggling, with their phone numbers.",
            "A quién puedo decirle que lo estoy pasando mal, con sus teléfonos.",
        ),
    ),
    Step(
        "professionals",
        Words(
            "Professionals and crisis lines I can contact",
            "Profesionales y líneas de crisis a las que puedo llamar",
        ),
        Words(
            "My therapist, doctor or local urgent care, with their numbers. The crisis lines "
            "are listed here too.",
            "Mi terapeuta, mi médico o urgencias cercanas, con sus teléfonos. Las líneas de "
            "crisis también aparecen aquí.",
        ),
    ),
    Step(
        "safer_environment",
        Words("Making my surroundings safer", "Hacer más seguro mi entorno"),
        Words(
            "What I can put away, lock up or give to someone to keep for now (medicines, "
            "weapons, anything I could use to hurt myself).",
            "Lo que puedo guardar, cerrar con llave o dar a alguien por ahora (medicinas, armas, "
            "lo que podría usar para hacerme daño).",
        ),
    ),
    Step(
        "reasons_for_living",
        Words("My reasons for living", "Mis razones para vivir"),
        Words(
            "The people, hopes and things that matter most to me and are worth living for.",
            "Las personas, esperanzas y cosas que más me importan y por las que vale la pena "
            "vivir.",
        ),
    ),
)

FIELDS: tuple[str, ...] = tuple(step.field for step in STEPS)
