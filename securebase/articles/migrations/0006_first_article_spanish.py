"""Give the first article its Spanish version, written by the practice for Spanish readers.

Not a word-for-word translation: the same article, its sections, research and links, told in
Spanish for a US Latino reader, with "tú". Titles of works in English keep their language
(``{: lang=en }``) so that screen readers voice them in English.

Only an article with no Spanish version yet gets it, so an editor's own Spanish text in the
admin is never overwritten. Reversible.
"""

import re

from django.db import migrations

SLUG = "understanding-anxious-attachment"
TITLE_ES = "Entender el apego ansioso"
SUMMARY_ES = (
    "Por qué una respuesta que tarda puede sentirse como el fin del mundo, de dónde viene ese "
    "miedo, por qué las rupturas duelen tanto y cómo empieza a sanar."
)
BODY_ES = """\
Hay personas que viven una relación cariñosa y estable y aun así sienten, en el fondo, que todo podría desaparecer en cualquier momento. Una respuesta que tarda se siente como una puerta que se cierra. Un "ok" sin más se lee diez veces. Si te reconoces en esto, no estás rota ni roto, y no eres "demasiado". Quizás vives con lo que en psicología se llama **apego ansioso**, y tiene mucho sentido cuando ves de dónde viene.

## Qué es el apego ansioso

El apego ansioso es una forma de relacionarse, no un diagnóstico: una necesidad profunda de cercanía junto con el miedo a perderla, y una vigilancia constante ante cualquier señal de que la otra persona se está alejando.

La idea tiene una larga historia de investigación. El psiquiatra John Bowlby propuso que los niños llegan al mundo preparados para buscar la cercanía de quienes los cuidan, y que ese vínculo moldea lo que después esperan de los demás (*Attachment and Loss*{: lang=en }, 1969–1980). Mary Ainsworth observó cómo reaccionaban los bebés cuando su mamá o su papá salía de la habitación y volvía, y describió distintos patrones de ese vínculo, entre ellos uno ansioso (Ainsworth, Blehar, Waters y Wall, *Patterns of Attachment*{: lang=en }, 1978). Más tarde, Cindy Hazan y Phillip Shaver se preguntaron si el amor de pareja en la vida adulta funciona de la misma manera, y encontraron patrones parecidos en cómo los adultos describen sus relaciones (Hazan y Shaver, 1987). Investigadores posteriores, entre ellos R. Chris Fraley y sus colegas, empezaron a describir el apego adulto no como tipos sino a lo largo de dos escalas: la ansiedad y la evitación. Su cuestionario *Experiences in Close Relationships–Revised*{: lang=en } (Fraley, Waller y Brennan, 2000) es una de las medidas más usadas, y nuestra autoevaluación se basa en él. El libro *Attached*{: lang=en } (2010), de Amir Levine y Rachel Heller, llevó estas ideas a muchísima gente y es una buena puerta de entrada, aunque es un libro de divulgación y no un estudio.

Lo que vivimos de pequeños importa. Cuando quienes cuidan a un niño son cariñosos pero impredecibles —cálidos un día, distraídos o agobiados al siguiente—, ese niño puede aprender algo ingenioso y doloroso a la vez: *la cercanía es valiosa y puede desaparecer sin aviso, así que hay que estar alerta.*

Pero la infancia es solo una de varias influencias. El temperamento, las relaciones que vinieron después (una pareja poco confiable, u otra que fue constante), las pérdidas, el estrés y la cultura en la que creciste también cuentan. Los estudios que siguen a las mismas personas durante muchos años encuentran que los patrones de apego se mantienen solo de forma moderada entre la infancia y la adultez (Fraley, 2002). Así que la vigilancia que sientes hoy no es un juicio sobre tu niñez ni sobre tus papás, y no es algo fijo.

También es muy común, y puede cambiar. Con el tiempo, muchas personas avanzan hacia una forma más segura de relacionarse, gracias a relaciones en las que se sienten a salvo y a su propia práctica.

[¿Te da curiosidad saber dónde estás? Haz la autoevaluación de apego](/assessment/)

## Cómo se nota

El apego ansioso casi nunca se presenta por su nombre. Suele verse así:

- **Buscar mensajes escondidos en cada mensaje.** Te fijas en el tono de un texto, en si trae un emoji o no, en cuánto tardó la respuesta, y con eso armas una historia, casi siempre una que da miedo.
- **Sentirte insegura o inseguro aunque todo vaya bien.** La relación es estable, tu pareja es amable, y aun así esperas el momento en que algo salga mal.
- **Poner primero lo que necesita la otra persona.** Te concentras tanto en lo que quiere tu pareja, y en mantenerla cerca, que tus propias necesidades se te pierden de vista.
- **Que la distancia te duela.** Una semana ocupada, una noche tranquila o una salida con sus amistades pueden sentirse como un rechazo, aunque sepas que no lo son.
- **Temer que eres "demasiado" o "no suficiente".** Demasiado intensa o intenso, demasiado emocional; no lo bastante interesante, no lo bastante digno de amor. Muchas veces, las dos cosas a la vez.

Nada de esto quiere decir que estés haciendo mal las relaciones. Son los movimientos de un sistema nervioso que aprendió a proteger la cercanía a toda costa.

[Empieza a notar tus propios patrones con un registro diario](/check-in/)

## Por qué las rupturas duelen tanto

Para cualquiera, una ruptura es una pérdida. Para alguien con apego ansioso, puede sentirse como si por fin hubiera pasado justo lo que más temía. El duelo puede ser intenso y hasta sentirse en el cuerpo. Es común:

- repasar cada conversación, buscando el momento en que todo se pudo haber salvado;
- culparte, a menudo mucho más de lo que los hechos justifican;
- sentir una urgencia enorme de entender exactamente por qué, o de arreglarlo;
- que te cueste muchísimo soltar, aunque una parte de ti sepa que la relación no te hacía bien.

Si estás en ese lugar, trátate con cariño. Tu mente está tratando de darle sentido a una pérdida que tocó una herida vieja. A algunas personas les ayuda escribir, y otras deciden pasar un tiempo sin contacto para que el dolor tenga espacio para asentarse.

[Escríbelo en el diario guiado](/journal/)

## Cómo empieza la sanación

Sanar no significa no volver a sentir ansiedad nunca. Significa construir confianza en ti: aprender que puedes atravesar la ola de miedo sin que otra persona tenga que rescatarte. Algunas cosas ayudan.

**Calmarte por tu cuenta, y pedir con claridad.** Querer que te tranquilicen no es el problema, y pedir cercanía de forma directa es sano. Lo que suele salir mal es pedirlo una y otra vez, o pedirlo de forma indirecta, con una prueba o con un silencio: el alivio dura unos minutos y la preocupación regresa, muchas veces más fuerte. Aprender a calmar tu propio cuerpo —respirar más despacio, volver a lo que tienes alrededor, aguantar un impulso hasta que pase— te da un alivio más estable, y un lugar más tranquilo desde el cual pedir.

[Prueba la herramienta de pausa la próxima vez que llegue el impulso](/pause/)

**Reconocer las conductas de protesta.** Cuando sentimos que alguien se aleja, a veces hacemos cosas para que regrese: mandar mensaje tras mensaje, revisar sus redes sociales, quedarnos callados para ver si lo nota, llevar la cuenta, amenazar con irnos. A esto se le llama conductas de protesta. Tienen sentido, y casi siempre alejan todavía más a la otra persona. Solo notarlas, sin juzgarte, es el primer paso para elegir otra cosa.

**Comparar la historia con los hechos.** Cuando un silencio se siente insoportable, puede ayudar preguntarte qué tan raro es en realidad. Muchas veces, la persona que todavía no te ha contestado está haciendo exactamente lo que hace siempre.

[Compara un silencio con tu propio historial de chats](/reality-check/)

**Regular las emociones.** Ponerle nombre a lo que sientes, y notar qué lo desató y qué te ayudó, convierte una inundación en algo con lo que puedes trabajar.

**Explorar las raíces.** Entender lo que necesitabas de niña o de niño, y que no siempre recibiste, puede suavizar esa voz dura que te dice que eres demasiado. Ese patrón fue una solución en su momento. Puedes honrarlo y aun así dejarlo atrás.

**La terapia.** Una relación constante y confiable con una o un terapeuta es una de las formas más directas de vivir otro tipo de cercanía, y de practicar nuevas maneras de pedir lo que necesitas.

[Reserva una consulta gratis de 15 minutos](/book/)

---

## Fuentes

Las obras citadas están en inglés.

- Bowlby, J. (1969/1982, 1973, 1980). *Attachment and Loss* (vols. 1–3). Basic Books.
{: lang=en }
- Ainsworth, M. D. S., Blehar, M. C., Waters, E., & Wall, S. (1978). *Patterns of Attachment: A Psychological Study of the Strange Situation*. Erlbaum.
{: lang=en }
- Hazan, C., & Shaver, P. (1987). Romantic love conceptualized as an attachment process. *Journal of Personality and Social Psychology*, 52(3), 511–524.
{: lang=en }
- Fraley, R. C., Waller, N. G., & Brennan, K. A. (2000). An item response theory analysis of self-report measures of adult attachment. *Journal of Personality and Social Psychology*, 78(2), 350–365.
{: lang=en }
- Fraley, R. C. (2002). Attachment stability from infancy to adulthood: Meta-analysis and dynamic modeling of developmental mechanisms. *Personality and Social Psychology Review*, 6(2), 123–151.
{: lang=en }
- Levine, A., y Heller, R. (2010). *Attached*{: lang=en }. TarcherPerigee. Un libro de divulgación, no un estudio de investigación.

*Este artículo es de educación general. No es un diagnóstico ni sustituye la atención de un profesional con licencia. Si estás en crisis, llama o envía un mensaje de texto al 988 (marca 2 o escribe AYUDA para recibir ayuda en español), o llama al 911 en una emergencia.*
"""

_WORD = re.compile(r"\w+")


def add_spanish_version(apps, schema_editor):
    # The count rule of articles.models.count_words, copied: a migration must not change
    # when the model does.
    Article = apps.get_model("articles", "Article")
    Article.objects.filter(slug=SLUG, title_es="", summary_es="", body_es="").update(
        title_es=TITLE_ES,
        summary_es=SUMMARY_ES,
        body_es=BODY_ES,
        words_es=len(_WORD.findall(BODY_ES)),
    )


def remove_spanish_version(apps, schema_editor):
    Article = apps.get_model("articles", "Article")
    Article.objects.filter(slug=SLUG, body_es=BODY_ES).update(
        title_es="", summary_es="", body_es="", words_es=0
    )


class Migration(migrations.Migration):
    dependencies = [("articles", "0005_spanish_version")]

    operations = [migrations.RunPython(add_spanish_version, remove_spanish_version)]
