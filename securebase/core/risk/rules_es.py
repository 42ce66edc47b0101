"""Spanish rules: the same warning signs, written for Spanish as it is typed on a phone.

Pure module: standard library only. Sentences arrive from ``text.spanish_sentences``: lower
case, without accents and with texting shorthand spelled out ("kiero" -> "quiero", "q" ->
"que", "x" -> "por"), so each rule is written once, without accents. The exclusions carry the
idioms that share the words: "me muero de risa", "me muero por verte", "me mato trabajando",
"me corté picando cebolla".
"""

from __future__ import annotations

from securebase.core.risk import signs
from securebase.core.risk.rules import WORD, Rule, rule

# "Me muero de risa", "me muero por verte", "me mato trabajando": everyday hyperbole.
_IDIOM = (
    r"\b(?:de la (?:verguenza|pena|risa|emocion)|de lo (?:cringe|oso|ridicul[oa]|vergonzoso|"
    r"incomodo)|de (?:risa|hambre|sueno|frio|calor|ganas|"
    r"verguenza|pena|amor|envidia|celos|"
    r"aburrimiento|cansancio|nervios|la risa|tanto reir|emocion)|(?<!companera )(?<!companero )"
    r"(?<!companeras )(?<!companeros )(?<!compa )(?<!ropa )(?<!lugar )(?<!centro )(?<!dia )"
    r"de trabajo|por (?:verte|ver|ir|"
    r"saber|probar|comer|conocer|que llegue|que sea|un|una|el|la|los|las|tus|sus|mis)|"
    r"trabajando|estudiando|corriendo|entrenando|en el (?:gym|gimnasio|trabajo)|a trabajar|"
    r"haciendo ejercicio|jaja\w*|jeje\w*|lol|xd)\b|😂|🤣"
)
_PEOPLE = (
    r"(?:todos|todo el mundo|el mundo|mi familia|mis hijos|mis papas|mis padres|mis amigos|"
    r"mi mama|mi papa|la gente|mis seres queridos|ellos|ustedes|las personas que quiero)"
)
_MEDS = (
    r"(?:pastillas|pastilla|pildoras|medicinas|medicamentos|medicina|tabletas|calmantes|"
    r"somniferos|antidepresivos|clonazepam|tylenol|paracetamol|ibuprofeno|xanax|insulina)"
)
_ACCIDENT = (
    r"\b(?:cocinando|picando|cebolla|pelando|afeitando|rasurando|accidente|sin querer|"
    r"friendo|freir|el aceite|"
    r"por accidente|no fue a proposito|el sarten|dedo chiquito|el dedito|con la cama|"
    r"con la mesa|con la esquina|"
    r"la estufa|el horno|la plancha|la sarten|un papel|con papel|lata|un vaso|"
    r"la lengua|sopa|papel|hoja de papel|una hoja|"
    r"cafe|comiendo|corriendo|el tobillo|la rodilla|la espalda|el pie|cargando|"
    r"el vaso|lavando|trastes|el cuchillo de "
    r"la cocina|en la cocina|jugando|en el gym|en el gimnasio|futbol|haciendo ejercicio|"
    r"con la puerta|me cai|con la sierra|el serrucho|en la carniceria|en el taller)\b"
)
# Mishaps that excuse harm told in the present progressive ("me estoy quemando con el aceite"),
# without _ACCIDENT's body parts: "con el cigarro en el tobillo" is where such harm is hidden.
_MISHAP_NOT_PLACE = (
    r"\b(?:cocinando|el aceite|la estufa|el horno|la plancha|el sarten|sin querer|accidente|"
    r"corriendo|jugando|futbol|en el gym|en el gimnasio|haciendo ejercicio|el sol|en la playa|"
    r"con la puerta|me cai)\b"
)
_TARGET = r"(?:lo|la|los|las|le|les)"
# Not what a workout did to the body: "el gym de hoy me mató las piernas".
_SORE = (
    r"(?! (?:las|los|la|el|mis) (?:piernas|brazos|pies|espalda|gluteos|nalgas|abdomen|rodillas|"
    r"hombros|pantorrillas)\b)"
)
# Not waking someone else: "espero no despertar al bebé" (after "no despertar").
_NOT_WAKING_SOMEONE = r"(?! (?:a|al|a la|a los|a las|a mi|a mis)\b)"
# "Me quiero morir, le mandé un corazón a mi jefe": a mishap told right after the words makes
# them embarrassment, not intent.
_MISHAP = (
    r"\bme quiero morir\s*,?\s*(?:(?:le|les|me|se|lo|la|te) )?(?:mande|dije|quede|cai|vio|"
    r"vieron|equivoque|tropece|escribi|llame|salude|confundi|paso|pase|olvide|tire|puse|"
    r"quedo|grite|llore enfrente|di like|di laik|di me gusta|di follow|reaccione|comente)\b"
    # ...told as a slip made once more: "me quiero morir, otra vez olvidé la tarea".
    r"|\bme quiero morir\s*,?\s*(?:otra vez|de nuevo) (?:se me )?(?:olvide|olvido|equivoque|"
    r"tropece|confundi|tire|rompi)\b"
    # ...or after one: "me cortaron el internet en el final de la novela, me quiero morir".
    r"|\b(?:me cortaron|se (?:me )?fue|se cayo) (?:el internet|la luz|el wifi|la senal)\b"
    r".{0,60}\bme quiero morir\b"
)
# What one does to a person one leaves alone: block, ignore, forget, report them.
_LEFT_ALONE = r"(?:bloque|ignor|olvid|borr|denunci|report|perdon|evit|solt|silenci)"

# "La voy a matar de risa": laughter, not a blow (read by every threat rule's exceptions).
_LAUGHTER = r"\bmatar(?:la|lo|los|las)? de (?:risa|susto|aburrimiento|la risa)\b"

_NOT_A_THREAT = (
    r"\bpor (?:comerse|agarrar|tomarse|romper|usar|acabarse|contarme|ponerse|perder|tirar)"
    r" (?:mi|mis|el|la|los|las)\b|"
    r"\b(?:se (?:acabo|comio|tomo|termino) (?:la|el|mi|mis|los|las)|no lavo|dejo (?:los trastes|"
    r"todo tirado))\b|\b(?:jaja\w*|jeje\w*|lol|xd|(?<!no )es broma|de broma|bromeando)\b|😂|🤣"
    # A threat taken back ("no lo voy a matar", "no la toco"), but not a "no" in a clause of its
    # own before the threat: "no la aguanto, la voy a matar".
    r"|\bno (?:lo|la|le|los|las|les) (?:voy a |vamos a |quiero |queria |pienso |podria |"
    r"iba a )?\w+\b(?![^,;.]*[,;.] *(?:y |pero )?(?:lo|la|le|los|las|les) "
    r"(?!(?:voy a |vamos a )?" + _LEFT_ALONE + r"))"
    # ...nor, typed without a comma, before "la voy a…": "no la aguanto la voy a matar".
    # Blocking or forgetting someone is not a threat: "no le voy a hacer daño, lo voy a
    # bloquear".
    r"(?!.*\b(?:lo|la|le|los|las|les) (?:voy|vamos|va|van) a\b(?! " + _LEFT_ALONE + r"))"
    r"|\bno (?:quiero|queria|voy|podria|pienso)\b"
    # A trivial offence, not a blow: "si me vuelve a dejar plantada", not "si me vuelve a pegar".
    r"|\bsi (?:llega tarde|se come|se acaba|me deja plantad|no me contesta|toca mi|se olvida"
    r"|se vuelve a (?:comer|acabar)"
    r"|me vuelve a(?! (?:pegar|golpear|tocar|lastimar|amenazar|empujar|ahorcar|violar|"
    r"agarrar|levantar la mano)))"
    # ...unless it is answered with a weapon: "si me vuelve a gritar le clavo el desarmador".
    r"(?!.*\b(?:cuchillo|navaja|desarmador|destornillador|pistola|machete|fierro|filero|bate|"
    r"martillo|cuete|tijeras|picahielo)\b)"
    # Whoever brings the parcel or the food is not a target: "al de la paquetería lo mato"; nor
    # is a pet up to mischief, and "algo" put in a coffee may be cinnamon.
    r"|\b(?:paqueteria|repartidor|el cartero|el del (?:uber|didi|gas|agua|cable|internet))\b"
    r"|\b(?:el|la|mi) (?:perr[oa]|gat[oa]|perrit[oa]|gatit[oa]|loro|perico) (?:vuelve|otra vez|"
    r"se (?:come|sube|orina|hace)|orina|rompe|muerde|me (?:despierta|muerde|rompe))"
    r"|\balgo (?:a|en) (?:su|la|el) \w+,? (?:un poco de |unas gotas de )?(?:canela|azucar|leche|"
    r"crema|vainilla|limon|salsa|chile|hielo|miel)\b"
    # "Voy a matar el tiempo en la plaza": time, not a person.
    r"|\bmatar (?:el tiempo|el rato|las horas|el aburrimiento|el antojo|el hambre|la sed|las "
    r"ganas)\b"
    r"|" + _LAUGHTER
)

# --- danger from someone else: first, so that the words of a threat or a blow the writer
# received are not read as a sign about themselves (answered with 911 and the domestic violence
# hotline) ---

# Who may threaten or hurt the writer: a partner, an ex, a relative, someone in the home. Not a
# child ("mi hijo me pateó dormido").
# A partner or an ex.
_PAREJA_INTIMA = (
    r"(?:ex|exnovi[oa]|exesposo|exesposa|expareja|ex (?:novi[oa]|espos[oa]|pareja|marido)|"
    r"espos[oa]|marido|novi[oa]|pareja)"
)
_PAREJA = (
    r"(?:" + _PAREJA_INTIMA + r"|mujer|papa|padre|padrastro|mama|madre|madrastra|hermano|"
    r"hermanastro|tio|primo|suegr[oa]|cunad[oa]|padrino|roomie|casero|jefe|viej[oa]|chavo|vato|"
    r"morro|hombre)"
)
_AGRESOR = r"(?:el|ella|ellos|mi " + _PAREJA + r"(?: mayor| menor| grande)?)"
# Not after a preposition: "pienso en él", "miedo de él" name no one who did anything.
_NO_TRAS_PREPOSICION = r"(?<!\ben )(?<!\bde )(?<!\bcon )(?<!\bpor )(?<!\bpara )(?<!\ba )"
# The one who did it, named before the verb; not "pienso en él".
_QUIEN = _NO_TRAS_PREPOSICION + r"\b" + _AGRESOR
# Anyone else who struck the writer, for the blows no everyday sense shares: someone, a
# stranger, someone else's partner or relative, a friend, a coworker or a neighbour ("el novio
# de mi amiga me pegó", "un tipo me ahorcó"). Not a child, a sister or a pet. With "mi amiga"
# named before it and no rule for it, "me pegó" was read as the writer's own blow ("me pego").
_OTRA_PERSONA = (
    r"(?:alguien|un (?:\w+ )?(?:tipo|senor|hombre|wey|guey|cuate|chavo|desconocido|extrano|"
    r"borracho|vato|compa)|una (?:\w+ )?(?:senora|mujer|desconocida|extrana|tipa|morra)|"
    r"unos (?:\w+ )?(?:tipos|senores|hombres|weyes|chavos|desconocidos|vatos)|"
    r"(?:el|la|los) (?:" + _PAREJA + r"|amig[oa]s?|roomie) de (?:mi|una|un|su|la|el) \w+|"
    r"(?:su|sus) (?:" + _PAREJA + r"|amig[oa]s?)|mi (?:mejor )?(?:amig[oa]|companer[oa]|"
    r"vecin[oa]|compa|maestr[oa]|profe|entrenador|cita|date))"
)
# Anyone else, named before the verb; not "le conté a mi amiga".
_QUIEN_MAS = _NO_TRAS_PREPOSICION + r"\b" + _OTRA_PERSONA
# The blows that are blows whoever gave them (not a push or a pull a crowd may give), with
# their accents folded: "me pegó", "me ahorcó".
_AGRESION = (
    r"(?:pego|golpeo|ahorco|estrangulo|asfixio|apunalo|acuchillo|pateo|cacheteo|abofeteo|"
    r"madreo|violo|agarro a golpes|dio una golpiza|dieron una golpiza)"
)
# Not after "él" as the one who did it ("él me pegó", written back by ``text.name_who_struck``
# or typed), where "me pegó" and "me ahorcó" are someone else's blow.
_NO_TRAS_EL = r"(?<!" + _NO_TRAS_PREPOSICION + r"\bel )"
# Blows only the one who received them tells of, in the third person: "me cachetea", "me violó".
_GOLPE = (
    r"(?:golpea|cachetea|abofetea|patea|ahorca|estrangula|empuja|arrastra|jalonea|"
    r"jal[oa] del (?:pelo|cabello)|viol[oa]|forzo(?! a (?!tener))|oblig[oa] a tener relaciones|"
    r"zarandea|torcio el brazo|tuerce el brazo|"
    r"(?:volvio|vuelve|empezo) a (?:pegar|golpear|ahorcar|empujar|patear|cachetear|violar)|"
    r"dio (?:una|un|otra|otro) (?:cachetada|bofetada|golpe(?! de\b)|punetazo|patada|madrazo|"
    r"putazo|chingadazo|cachetadon|cabezazo|empujon|jalon))"
)
# Those that, without accents, also tell of what one does to oneself ("me pego" as sticking to
# something, "me golpeo", "me ahorco", "me cacheteo", "me quemo") or of what befalls one ("la
# soledad me pega", "el perro me mordió"): only with the one who did it named before them.
_GOLPE_CON_SUJETO = (
    r"(?:pega|pego|golpeo|ahorco|empujo|arrastro|quemo|avento|cacheteo|abofeteo|pateo|"
    r"estrangulo|apunalo|acuchillo|madreo|madrea|zarandeo|mordio|muerde|rasguno|aruno|arana|"
    r"rasguna|jaloneo)"
)
# What may stand between the one who struck, named, and "me pegó": no clause word and no other
# subject ("mi hijo lloró cuando me pegó" once "él" is written back before "me").
_SIN_OTRO_SUJETO = (
    r"(?:(?!\b(?:y|e|o|pero|porque|que|cuando|como|donde|mientras|luego|despues|entonces|si|"
    r"hasta|siempre|ella|ellas|ellos)\b)[^,;]){0,30}?" + _NO_TRAS_EL
)
# Someone other than the writer named before the verb, with no clause word between: what
# follows was done to the writer ("mi ex me iba a matar", "mi amigo me pegó"), not by them.
_OTRO_NOMBRADO = r"(?:" + _QUIEN + r"|" + _QUIEN_MAS + r")\b" + _SIN_OTRO_SUJETO
# A time a few hours or days back: "anoche", "hoy en la mañana", "el fin de semana".
_HACE_HORAS = (
    r"anoche|ayer|antier|antenoche|hoy|hace (?:rato|un rato|unas horas|un momento|ratito)|"
    r"esta (?:manana|tarde|noche|semana)|este fin de semana|el fin de semana"
)
# The wish to die in the past tense, the writer's: "me quería morir", "quise morirme".
_QUERIA_MORIR = (
    r"(?:me queria morir|queria morir(?:me)?|me quise morir|quise morir(?:me)?|"
    r"queria estar muert[oa])"
)
# The verbs after which the writer's "me" may stand first ("me quiero matar" is "quiero
# matarme"): those only the writer says of themselves ("me quise", "me intenté")...
_YO_QUIERO = r"(?:voy a|vuelvo a|volvi a|quiero|quise|intente|trate de|pienso|necesito)"
# ...and those someone else may say of the writer too ("mi ex me quería matar").
_YO_O_OTRO = r"(?:quisiera|queria|podria|deberia|iba a)"
# Who struck, when it was a child or a pet: named before "me pegó" ("mi hijo de dos años me pegó
# con su juguete"), not "mi hijo lloró cuando me pegó" nor "me pegó delante de mi hijo".
# Excuses a blow from someone else and the writer's own alike.
_NINO_QUE_PEGA = (
    r"\b(?:el bebe|la bebe|mi bebe|mi hij[oa]|mi nin[oa]|el nino|la nina|mi chiquit[oa]|"
    r"mi nen[ea]|mi sobrin[oa]|mi (?:perr|gat|perrit|gatit)[oa])\b"
    + _SIN_OTRO_SUJETO
    + r"\bme (?:pega|pego|golpea|golpeo|patea|pateo|muerde|mordio|rasguna|rasguno|arana|aruno|"
    r"jala|jalo|avienta|avento|empuja|empujo|tiro|tumbo)\b"
)
# How hard a feeling or a sight hit: "me pegó (bien) duro", "me pegó durísimo".
_DURO = r"(?:(?:bien|muy|tan) )?(?:duro|fuerte|durisimo|feo|gacho|mucho|harto|bastante)"
# A longing or a death, told anywhere in the sentence: what can hit hard without a hand ("diez
# años sin abrazarla y hoy me pegó fuerte"). Not "muerte" alone ("me amenazó de muerte"), nor
# "extraño" as strange.
_ANORANZA = (
    r"(?:(?:la|lo|los|las|te) extran\w*|extran(?:o|e|ar|ando) (?:a|tanto|mucho|mi|mis)|"
    r"extranarl\w*|sin (?:verl|abrazarl|hablarl)\w*|la muerte de|su muerte|murio|fallecio|"
    r"duelo|la perdida de|su perdida)"
)
# News that hit hard, named as what hit: "lo de su boda me pegó durísimo", "el precio del gas me
# pegó duro". Not with "él" or a clause word between ("le pedí el divorcio y me pegó duro").
_NOTICIA_QUE_PEGA = r"\b(?:noticia|precio|divorcio|ruptura|lo de)\b" + _SIN_OTRO_SUJETO
# "Pegar" and "golpear" in their senses that are not a blow: a feeling, a sight or news that hit
# hard ("me pegó fuerte la depresión", "me pegó mucho ver su foto"), a cold or a habit caught
# ("me pegó la gripa", "me pegó su acento"), a scare or a shout given. Read as an everyday use
# of a blow from someone else (``_SENTIDOS_SIN_GOLPE``, where "me pegó" has had its subject
# written back as "él me pegó", ``text.name_who_struck``) and of the writer's own
# (``es_cortarme``).
# "Me pegó duro" with nothing after it is a blow ("ayer me pegó duro, tengo moretones") unless
# the sentence tells of a longing or a death (``_ANORANZA``) or names the news that hit.
_PEGAR_SIN_GOLPE = (
    r"\bpego (?:un|una) (?:susto|grito|regano|reganada|sermon|chicle)\b"
    r"|\bpeg\w* (?:la|el|una|un|su|sus) (?:gripa|gripe|covid|virus|resfriado|catarro|sol|"
    r"cancion|mania|manias|costumbre|vicio|piojos|tos|calor|flojera|risa|acento|musica)\b"
    r"|\bme (?:pega|pego|golpea|golpeo) (?:(?:bien |muy |tan )?(?:duro|fuerte|durisimo|feo|"
    r"gacho|mucho|harto|bien) )?(?:la|el|esta|esa|tanta|tanto) (?:nostalgia|tristeza|soledad|"
    r"ansiedad|depre|depresion|estres|bajon|realidad|noticia|duelo|cruda|sueno|hambre|calor|"
    r"frio|flojera|gripa|gripe|resfriado|recuerdo|verdad|desvelo|cansancio|sol|insomnio|panico|"
    r"miedo|angustia|culpa|verguenza|rabia|celos|desesperacion|nervios|melancolia|vacio|"
    r"pandemia|covid|crisis|inflacion|desempleo|enfermedad|alergia|migrana|jaqueca)\b"
    r"|\bme pego " + _DURO + r" (?:ver|saber|leer|escuchar|oir|pensar|acordarme|todo esto|"
    r"todo eso|esto|eso)\b"
    r"|\bme pego (?:mucho|bien|harto|bastante) que\b"
    r"|(?:\b"
    + _ANORANZA
    + r"\b.{0,80}?|"
    + _NOTICIA_QUE_PEGA
    + r")\bme pego (?:"
    + _DURO
    + r"|mas de lo que (?:pensaba|creia|esperaba|imaginaba))\b(?!\s+(?:en|contra|con|hasta)\b)"
)
# A throw, a push, a shake or a pull that was no blow, told in the past with its accent (so with
# "él" written back before it): a ball or a kiss thrown to the writer, a push on a swing or into
# a train before its doors close, a plane that shook, a hand pulled to show something. Not what
# was thrown at the face or the head.
_GESTO_SIN_GOLPE = (
    r"\bme avent\w* (?:la|el|un|una|unos|unas|las|los) (?:pelota|balon|bola|besos?|besito|"
    r"llaves|toalla|dulces?|flores|ramo|frisbee|almohada|cojin|nota|recado|indirectas?|onda|"
    r"rollo|chamba)\b(?!.{0,20}\b(?:a la cara|en la cara|a la cabeza|en la cabeza|contra)\b)"
    r"|\bme empuj\w* (?:en|del) (?:el )?columpio\b"
    r"|\bme empuj\w* (?:para|pa) que (?:entrara|alcanzara|subiera|pasara|me animara|lo "
    r"hiciera|me atreviera|aplicara|fuera)\b"
    r"|\bme (?:zarande|sacudi)\w* (?:el|la) (?:avion|camion|turbulencia|viaje|barco|lancha|"
    r"temblor|sismo|terremoto|montana rusa|juego)\b"
    r"|\bme jalone\w* de la mano (?:para|pa) (?:ensenarme|mostrarme|que viera|llevarme|jugar|"
    r"que fuera)\b"
)
# A blow given by a baby in the womb, the sea, the wind, a crowd or an animal, named after the
# verb: "me pateó el bebé toda la noche", "me arrastró la corriente", "me empujó la gente en el
# metro". Not a door ("me pateó la puerta" is his kick at the writer's door).
_COSA_QUE_PEGA = (
    r"\bme (?:pate|golpe|peg|arrastr|empuj|ahorc|tumb|avent|rasgu|aru|mord|zarande|jalone)\w* "
    r"(?:el|la|los|las|un|una|mi|su) (?:bebe|bebito|bebita|ola|olas|corriente|marea|viento|aire|"
    r"gente|multitud|corbata|rama|ramas|perro|perrito|perra|gato|gatito|caballo|vaca|"
    r"toro|pelota|balon)\b"
)
# Words that make a game, a match or a film the setting of a blow, or its cause.
_ESCENARIO_DEL_GOLPE = (
    r"\b(?:porque|despues|durante|mientras|enojad[oa]|se enojo|coraje|perdio|perdia|perdiendo|"
    r"viendo|veiamos|borracho|enfrente de|delante de)\b"
)
# A hand on the throat ("me ahorcó", "me estranguló", "me asfixió"), not a tie's.
_ESTRANGULADA = r"\b(?:ahorc|estrangul|asfixi)\w*(?! (?:la|mi|su) corbata\b)"
# Who pushed or pulled, named after the verb: "me arrastró mi prima a la fiesta".
_QUIEN_DESPUES = r"(?:(?:mi|mis|su|sus|el|la|los|las) \w+ )?"
# Where someone drags a friend along without force: outings, services, classes and visits.
_SALIDAS = (
    r"(?:misa|iglesia|templo|culto|terapia|consulta|clases?|fiestas?|boda|bautizo|quince|xv|"
    r"posada|kermes|baile|bailar|karaoke|gimnasio|gym|cine|concierto|partido|compras|"
    r"centro comercial|mall|plaza|tianguis|mercado|super|museo|playa|parque|caminata|paseo|"
    r"viaje|reunion|junta|cumpleanos|cumple|cena|comida|desayuno|brunch|cafe|antro|bar|yoga|"
    r"zumba|retiro|doctor|doctora|medico|dentista|psicologo|psicologa|cita|evento|feria|"
    r"carne asada|ver|ir|conocer|caminar|correr|nadar|cantar)"
)
# The everyday senses of the verbs (a rule's ``senses``, which excuse only the words they stand
# on: "me tiró la onda y luego me pegó" and "me aventó un beso y después me estranguló" are read
# at their second blow): "pegar" in its other senses (shared with ``es_cortarme``), a throw, a
# push or a pull that was no blow, "me tiró" as flirting or ignoring, "me tumbó" as sleep (once
# "él" is written back before them, ``text.name_who_struck``).
_SENTIDOS_SIN_GOLPE = (
    r"(?:"
    + _PEGAR_SIN_GOLPE
    + r"|"
    + _GESTO_SIN_GOLPE
    + r"|\bme tiro (?:la onda|los perros|a loco|de a loco|a lucas|un beso|besos|una indirecta|"
    r"indirectas|la bolita|el balon|la pelota)\b"
    r"|\bme tumbo (?:el|la) (?:sueno|cansancio|pastilla|cruda|gripa|calor|desvelo)\b"
    r"|\b(?:pateo|pego|golpeo|patea|muerde|mordio) (?:\w+ )?dormid[oa]\b"
    r"|\bse me pego\b|\b(?:pega|pego|golpea|golpeo) (?:una|un|el|la) (?:bici|bicicleta|carro|"
    r"coche|moto|camion|pelota|balon|puerta|rama)\b"
    # A feeling or a drink named as what hit: "la soledad en las noches me pega", not "la
    # verdad es que me pegó" nor "recuerdo que me pegó".
    r"|\b(?:soledad|nostalgia|tristeza|ansiedad|depre\w*|bajon|sol|cancion|musica|"
    r"(?:el|un|ese|este|su) recuerdo|realidad|noticia|verdad|cruda|gripa|alcohol|tequila|cafe)\b"
    + _SIN_OTRO_SUJETO
    + r"\bme (?:pega|pego|golpea|golpeo)\b"
    r"|\bme pate\w* por (?:otr[oa]|whatsapp|mensaje|texto)\b"
    # Betrayed: "me apuñaló por la espalda", not with a knife.
    r"|\bme (?:apunal|clav)\w* (?:un punal )?por la espalda\b(?!.{0,30}?\b(?:cuchillo|navaja|"
    r"sangre|hospital|puntadas|punto)s?\b)"
    # A push or a pull to do something or go somewhere people go without force, with or
    # without who did it named after the verb: "me empujó a buscar ayuda", "me empujó mi
    # amiga a inscribirme", "me arrastró mi mamá a misa"; not "me arrastró a la fuerza", "a la
    # cama" or "a la calle".
    r"|\bme empuj\w* " + _QUIEN_DESPUES + r"a (?:ser|seguir|intentar|estudiar|aplicar|buscar|"
    r"hacer|ir|salir|pedir|hablar|terapia|inscribirme|apuntarme|venir|probar|cambiar|mejorar|"
    r"trabajar)\b"
    r"|\bme (?:arrastr|jal)\w* " + _QUIEN_DESPUES + r"(?:a|al|hasta|de) "
    r"(?:(?:la|una|el|un|su|mi|las|los|unas|unos) )?(?:\w+ )?" + _SALIDAS + r"\b)"
)
_NO_ES_GOLPE = (
    # A game or a joke, except for a hand on the throat: choking "jugando" is still danger.
    r"^(?!.*" + _ESTRANGULADA + r").*\b(?:jugando|de broma|en broma)\b"
    # Play, a sport, a game or a story as what the blow was part of; not as where or why it
    # happened ("me pegó porque perdió su equipo de futbol").
    r"|^(?!.*" + _ESCENARIO_DEL_GOLPE + r").*?\b(?:luchitas|lucha libre|guerra de almohadas|"
    r"almohadazos?|cosquillas|en el partido|futbol|en el juego|mario kart|en la (?:pelicula|"
    r"serie|novela|cancion)|sone|sueno|pesadilla|box|boxeo|sparring|entrenamiento|entrenador|"
    r"coach|karate|judo)\b"
    r"|\b(?:sin querer|por accidente|el perro|la perra|el gato|mosquito|"
    # A spider, not "me araña" (scratches me).
    r"zancudo|(?<!\bme )arana|abeja|avispa|bicho|jaja\w*|jeje\w*|lol|xd)\b"
    # A child or a pet who struck (shared with the writer's own blow, ``es_cortarme``), or a
    # blow from a thing, an animal or a baby named after the verb.
    r"|"
    + _NINO_QUE_PEGA
    + r"|"
    + _COSA_QUE_PEGA
    # A scolding for something small, told as a blow: "mi carnala me ahorca si se entera que
    # usé su plancha".
    + r"|\bsi se entera (?:de )?que (?:use|agarre|rompi|perdi|me comi|comi|gaste|me acabe|tome|"
    r"me puse|le tome|le agarre|le use)\b"
)
# A threat that is hyperbole: a scolding for something small.
_REGANO = (
    r"\b(?:jaja\w*|jeje\w*|lol|xd)\b|😂|🤣|😭"
    # A small offence, unless the threat is a partner's: "mi esposo me dijo que me mata si no
    # lavo los trastes" is control, not a scolding.
    r"|^(?!.*\b" + _PAREJA_INTIMA + r"\b).*?\b(?:tarde|calificaciones|"
    r"boleta|tarea|trastes|el carro|su carro|la troca|prestad\w*|pastel|pizza|su (?:vestido|ropa|"
    r"blusa|maquillaje|taza|celular|cargador)|florero|la cena|gast\w*|el recibo|la cuenta|por "
    r"(?:comer|usar|agarrar|romper|decirle|contarle|llegar|gastar|olvidar))\b"
)
# The harm a threat names, done to the writer.
_DANARME = (
    r"(?:matarme|me (?:va|iba) a (?:matar|pegar|golpear|desaparecer|enterrar|quemar|ahorcar|"
    r"romper la cara|partir la cara|partir la madre|romper la madre)|me mata|me matara|me mataria|"
    r"me pega|me pegara|me desaparece|me entierra|me rompe la cara|me parte la cara|me parte la "
    r"madre|pegarme|golpearme|desaparecerme|quemarme|ahorcarme|romperme la cara|partirme la "
    r"(?:cara|madre)|desfigurarme|me (?:va|iba) a (?:desfigurar|tumbar los dientes|romper los "
    r"dientes|quebrar (?:los brazos|las piernas|el brazo|la pierna)|dejar la cara)|"
    r"dejarme la cara|me va a ir peor)"
)
# What a threat is tied to: leaving, reporting, telling, going away, going back to someone else.
_SI_LO_DEJO = (
    r"\b(?:si|cuando|el dia que|antes de que) (?:(?:lo|la|los) (?:dejo|deje)|dejo a (?:mi|el|"
    r"ella)|(?:lo |la )?(?:denuncio|denuncie)|(?:llamo|llame) (?:a la policia|al 911|a la "
    r"patrulla)|(?:le )?(?:digo|cuento|dije|conte) (?:a )?(?:alguien|nadie|la policia|mi familia|"
    r"lo que (?:me hace|me hizo|paso))|me (?:voy|vaya|fuera)(?: de (?:la casa|aqui|su lado))?"
    r"(?=\s*(?:$|[,.;!?]))|me separo|me salgo de (?:la casa|aqui)|me escapo|"
    r"(?:vuelvo|regreso|hablo|hable) con (?:mi ex|otro|otra|alguien mas|la policia)|"
    r"(?:hablo|hable|digo algo|abro la boca)(?=\s*(?:$|[,.;!?]|me\b|te\b|lo\b))|"
    r"pido el divorcio|me divorcio|(?:lo|la) engano|me llevo a (?:los ninos|mis hijos|la nina|"
    r"el nino|la bebe|el bebe)|ya no (?:quiero|lo quiero|la quiero))\b"
)

DANGER_RULES: tuple[Rule, ...] = (
    rule(
        "es_amenaza_recibida",
        signs.DANGER_FROM_OTHERS,
        # "Me amenazó con matarme", "me tiene amenazada de muerte", "amenazas de muerte".
        r"\bamenaz\w* (?:con )?"
        + _DANARME
        + r"|\bme amenaz\w* (?:con|ensenandome|mostrandome|sacando|apuntandome con) (?:un|una|"
        r"el|la|su) (?:cuchillo|pistola|arma|navaja|machete|cinturon|bate|martillo|escopeta|rifle|"
        r"cuerno)\b"
        r"|\bamenaz\w* de muerte\b|\bme (?:tiene|tienen) amenazad[oa]\b",
        unless=r"\b(?:jaja\w*|jeje\w*|lol|xd|de broma)\b|😂|🤣",
    ),
    rule(
        "es_amenaza_si_lo_dejo",
        signs.DANGER_FROM_OTHERS,
        # "Si le cuento a alguien me mata", "me va a matar si lo dejo".
        r"\b"
        + _DANARME
        + r".{0,30}?"
        + _SI_LO_DEJO
        + r"|"
        + _SI_LO_DEJO
        + r".{0,40}?\b"
        + _DANARME
        + r"\b",
        unless=_REGANO,
    ),
    rule(
        "es_dijo_que_me_haria_dano",
        signs.DANGER_FROM_OTHERS,
        # "Me dijo que nadie va a encontrar mi cuerpo", "si no soy de él no soy de nadie".
        r"\b(?:dijo|dice|me juro|juro|grito|me grito|escribio|me escribio|me mando|amenazo|"
        r"gritando|diciendo|amenazando|jurando) que\b"
        # Not across words of the writer's own: "dice que soy un estorbo y quiero matarme".
        r"(?:(?!\b(?:quiero|quisiera|voy a|pienso|me dan ganas|yo)\b).){0,60}?\b"
        + _DANARME
        # A whole word: not "me pegaba" (a past the writer tells) for "me pega".
        + r"\b|\b(?:nadie|no) (?:va|van|iba|iban) a encontrar (?:mi|tu) cuerpo\b"
        r"|\bnadie encontraria (?:mi|tu) cuerpo\b"
        r"|\bsi no (?:soy|eres|es) (?:de el|de ella|suy[oa]|para el|para ella|conmigo),? no "
        r"(?:soy|eres|es|vas a ser|voy a ser) (?:de|para|con) nadie\b"
        r"|\b(?:dijo|dice|grito|amenazo|juro) que (?:de (?:aqui|esta casa) )?no (?:salgo|sales|"
        r"saldria|saldrias|vas a salir|voy a salir) viv[oa]\b"
        # The threat in the words it was said in, to the writer: "me dijo: te voy a matar", "me
        # escribió «si te vas te mato»".
        r"|\bme (?:dijo|dice|grito|escribio|mando|juro|amenazo)\W{0,3}(?:[^.!?]{0,30}?\b)?"
        r"(?:te (?:voy|vamos) a (?:matar|pegar|golpear|desaparecer|enterrar|quemar|ahorcar|"
        r"encontrar|romper la cara|partir la madre)|te mato|te matare|eres (?:mujer )?muerta|"
        r"estas muerta)\b",
        unless=_REGANO,
    ),
    rule(
        "es_miedo_de_que_me_mate",
        signs.DANGER_FROM_OTHERS,
        # "Tengo miedo de que me mate", "creo que me va a matar algún día".
        r"\b(?:miedo|temo|terror|panico|me asusta)\b.{0,20}?\bque\b.{0,30}?\bme (?:mate|"
        r"vaya a matar|pegue|golpee|ahorque|estrangule|apunale|vuelva a pegar|vuelva a golpear)\b"
        r"|\b(?:creo|siento|se) que (?:" + _AGRESOR + r" )?me va a matar\b"
        r"|" + _QUIEN + r" (?:\w+ )?me va a matar (?:algun dia|un dia de estos|cualquier dia|"
        r"de verdad|en serio|mientras duermo)\b"
        # Run 47: "mi ex quiere matarme con su pistola" (not the writer's own "quiero matarme");
        # told as past too, by anyone named, and to hurt: "mi esposo me quería matar", "un tipo
        # me iba a matar", "mi ex me quería lastimar".
        r"|(?:" + _QUIEN + r"|" + _QUIEN_MAS + r") (?:(?:ya|tambien|de verdad|en serio) )?"
        r"(?:me (?:quiere|queria|iba a|intento) (?:matar|lastimar|golpear|hacer dano)|"
        r"(?:quiere|queria|iba a|intento) (?:matarme|lastimarme|golpearme|hacerme dano))\b",
        unless=_REGANO,
    ),
    rule(
        "es_me_golpea",
        signs.DANGER_FROM_OTHERS,
        # A blow told plainly: "me cacheteó", "mi marido me golpea", "me violó".
        r"(?<!\bnunca )(?<!\bno )(?<!\bse )(?<!\bcasi )(?<!\bpor poco )\bme " + _GOLPE + r"\b"
        r"|"
        + _QUIEN
        + r" (?:(?:ya|otra vez|siempre|todavia|tambien|a veces) )?me "
        + _GOLPE_CON_SUJETO
        + r"\b"
        r"|\bme " + _GOLPE_CON_SUJETO + r" mi " + _PAREJA + r"\b"
        # Anyone else: "el novio de mi amiga me pegó", "un tipo me ahorcó"; not a car, a cart or
        # a ball ("un señor me pegó con su carrito en el súper").
        r"|" + _QUIEN_MAS + r" (?:(?:ya|tambien|otra vez) )?"
        r"me " + _AGRESION + r"\b(?! con (?:el|la|su|un|una) (?:carro|coche|carrito|camioneta|"
        r"troca|bici|bicicleta|moto|pelota|balon)\b)"
        r"|\bme pego otra vez\b(?! (?:a|al|con)\b)"
        r"|\bme pateo en (?:el piso|el suelo|la cara|el estomago|las costillas|"
        r"la cabeza|la espalda|la boca)\b(?! (?:con|contra) (?:la|el) (?:puerta|mesa|esquina))"
        r"|\bme (?:empujo|avento) (?:contra|en) (?:la pared|el piso|el suelo|la puerta|la cama|"
        r"el carro|las escaleras)\b"
        # Thrown to the floor or off something, by someone named: "él me tiró al suelo", "mi
        # esposo me tiró de la moto"; not "me tiro al suelo a llorar" (the writer's own).
        r"|" + _QUIEN + r" (?:(?:ya|otra vez|siempre|a veces) )?me (?:tiro|tumbo|avento) "
        r"(?:al|a la|a las|contra|de|del|desde|por|en) (?:(?:el|la|las|los|un|una|mi|su) )?"
        r"(?:suelo|piso|escaleras?|cama|pared|carro|coche|auto|camioneta|troca|moto|bici|"
        r"bicicleta|caballo|banqueta|calle|sillon|sofa|mesa|puerta|ventana|balcon|azotea|techo|"
        r"agua|alberca|rio|barranco|zanja)\b"
        r"|\babuso (?:sexualmente )?de mi\b(?! (?:confianza|paciencia|bondad|tiempo|generosidad|"
        r"dinero|carino|buena))",
        unless=_NO_ES_GOLPE,
        senses=_SENTIDOS_SIN_GOLPE,
    ),
    rule(
        "es_marcas_del_golpe",
        signs.DANGER_FROM_OTHERS,
        # The blow told by what it left: hands on the neck, a black eye, a weapon held on them.
        r"\bsus manos (?:en|alrededor de) mi (?:cuello|garganta)\b"
        r"|\bme apret\w* (?:el cuello|la garganta)\b"
        r"|\bme dej\w* (?:el|un) ojo morado\b(?!.{0,30}\b(?:me di|me pegue|me golpee|la esquina|"
        r"el balon|la pelota)\b)"
        r"|" + _QUIEN + r" me dej\w* (?:moretones|marcas|la cara hinchada|el labio roto)\b"
        r"|\bme (?:puso|pone|pego|coloco) (?:un|una|el|la|su) (?:cuchillo|pistola|arma|navaja|"
        r"machete) en (?:el cuello|la cabeza|la garganta|la cara|el pecho|la panza)\b"
        r"|\bme apunt\w* con (?:un|una|el|la|su) (?:pistola|arma|cuchillo|rifle|navaja)\b"
        r"|\bmoretones\b.{0,40}?\b(?:donde|de donde|de cuando|porque) me (?:agarro|apreto|pego|"
        r"golpeo|jalo|avento|empujo)\b"
        r"|(?<!\bse )\bme (?:rompio|revento|partio) (?:la nariz|el labio|las costillas|"
        r"una costilla|el brazo|la muneca|un diente)\b"
        r"|\bme encerr[oa] (?:en|con llave|bajo llave)\b"
        r"|(?<!\bse )\bme (?:abrio|rompio|revento|partio|descalabro) (?:la cabeza|la ceja|"
        r"la frente|la boca|la cara)\b",
        unless=_NO_ES_GOLPE,
        senses=_SENTIDOS_SIN_GOLPE,
    ),
    rule(
        "es_no_estoy_a_salvo",
        signs.DANGER_FROM_OTHERS,
        # Not safe at home, or with someone violent towards the writer.
        r"(?<!\bya )\bno (?:estoy a salvo|me siento (?:segur[oa]|a salvo)) (?:en (?:mi|la) (?:casa|"
        r"departamento|depa|cuarto)|con " + _AGRESOR + r")\b"
        r"|\b(?:se pone|es|esta|se vuelve) (?:muy |bien )?violent[oa] (?:conmigo|cuando (?:toma|"
        r"bebe|se enoja|llega))\b"
        r"|" + _QUIEN + r" me (?:esta siguiendo|sigue (?:a todos lados|hasta|al trabajo|a mi "
        r"casa)|acosa|esta acosando|persigue)\b",
        unless=_NO_ES_GOLPE,
        senses=_SENTIDOS_SIN_GOLPE,
    ),
    # Run 45: the same danger told without those frames.
    rule(
        "es_peligro_dicho_de_otro_modo",
        signs.DANGER_FROM_OTHERS,
        # Grips, blows and weapons told by what they did: "me agarró del cuello", "me azotó contra
        # el marco de la puerta", "me puso la pistola enfrente", "otro ojo morado".
        r"\bme (?:agarr\w*|apret\w*|sujet\w*) (?:del|el|por el) (?:cuello|pescuezo|garganta)\b"
        r"|\bme (?:puso|pone|saco|saca|enseno|ensena|mostro|muestra) (?:la|una|su) (?:pistola|arma|"
        r"navaja|cuchillo|fusca)\b(?! (?:nueva|nuevo|que (?:compro|le regalaron))\b)"
        r"|\b(?:otra vez (?:con )?el|otro|de nuevo (?:con )?el) ojo morado\b"
        r"|\bme (?:azot[oa]|estamp[oa]|avienta|arroja|lanza|empuj[oa]) (?:contra|al|a la|de las|"
        r"por las) (?:la |el )?(?:pared|piso|suelo|puerta|marco|espejo|cama|carro|escaleras|mesa|"
        r"ropero|refri)\b"
        r"|\bme (?:pego|golpeo|pega|golpea|azoto) con (?:el|la|un|una|su) (?:cinturon|cinto|"
        r"chancla|cable|palo|escoba|bate|tubo|fierro|manguera|sarten|plancha|botella)\b"
        r"|\bme (?:avienta|aviento|tira|lanza|arroja) (?:cosas|\w+) (?:a|en) la (?:cara|cabeza)\b"
        r"|\bme agarr\w* a (?:golpes|patadas|cachetadas|madrazos|putazos|chingadazos|trancazos)\b"
        r"|\bme quiso (?:ahorcar|matar|ahogar|estrangular|apunalar|acuchillar|asfixiar)\b"
        r"|\bquiso (?:matarme|ahorcarme|ahogarme|estrangularme|asfixiarme)\b"
        r"|\bme (?:puso|pone|apreto|tapo) (?:la|una) almohada (?:en|sobre) la cara\b"
        r"|\bme tap\w* la (?:boca y la nariz|nariz y la boca)\b"
        # Without naming who, but with a time only the past tense fits: "anoche me pegó", "me
        # ahorcó ayer" (the present "me pego" does not go with "anoche").
        r"|(?<!\bse )\b(?:anoche|ayer|antier|antenoche|hace rato) me (?:pego|golpeo|ahorco|empujo|"
        r"pateo|cacheteo|arrastro|avento)\b"
        r"|(?<!\bse )\bme (?:pego|golpeo|ahorco|empujo|pateo|cacheteo|arrastro|avento) (?:anoche|"
        r"ayer|antier|antenoche)\b"
        r"|\bme (?:pega|golpea|muerde|avienta|empuja|patea|ahorca|jala|cachetea|mordio)\b.{0,30}?"
        r"\bcuando (?:se enoja|toma|bebe|esta borracho|peleamos|discutimos|llega borracho)\b"
        r"|\bcuando (?:se enoja|toma|bebe|esta borracho|peleamos|discutimos|llega borracho)\b"
        r".{0,10}?\bme (?:pega|golpea|muerde|avienta|empuja|patea|ahorca|jala|cachetea)\b"
        # Threats told otherwise: "si te vas te busco y te mato", "cuando termine sigo yo", "un día
        # me va a matar".
        r"|\b(?:dijo|dice|grito|me escribio|me mando)\b.{0,15}?\bsi te (?:vas|alejas|escapas|"
        r"separas|atreves)\b.{0,30}?\bte (?:mato|voy a matar|busco|encuentro)\b"
        r"|\b(?:grito|dijo|dice|amenazo|gritando|diciendo)\b.{0,30}?\b(?:sigo yo|voy yo|sigues tu|"
        r"la siguiente soy yo|el siguiente soy yo)\b"
        r"|(?:^|,\s*)un dia (?:de estos )?me va a matar\b"
        # Sexual abuse told without the word.
        r"|\bme (?:obliga|obligo) a (?:hacer )?cosas\b"
        r"|\bme (?:volvio a tocar|manosea|manoseo|manoseaba)\b|\bse me (?:subio|sube|echo) encima\b"
        # Locked in, followed or waited for: "me dejó encerrada", "me ha seguido tres días".
        r"|\bme (?:dejo|tiene|tuvo) encerrad[oa]\b"
        r"|\bcon llave\b.{0,30}?\b(?:se llevo|me quito|me escondio) (?:las|mis) llaves\b"
        r"|\bno me dej\w* (?:bajar|salir|irme)\b.{0,30}?\b(?:en horas|por horas|toda la noche)\b"
        r"|\bme (?:ha|han|ha estado|esta|estan|anda|andan) (?:seguido|siguiendo)\b(?! (?:en|por) "
        r"(?:insta\w*|ig|tiktok|twitter|face\w*|redes|las redes)\b)"
        r"|\bme sigue desde hace (?:dias|semanas|meses)\b"
        r"|\bme (?:esta|estaba) esperando afuera de (?:mi casa|el trabajo|mi trabajo|la escuela)\b"
        # The story told to others: "le dije al doctor que me caí, pero fue él".
        r"|\bdije (?:al |a la |a mi )?(?:\w+ ){0,2}?que me (?:cai|tropece|pegue|golpee)\b.{0,30}?"
        r"\bfue (?:el|ella|mi \w+)\b",
        unless=_NO_ES_GOLPE + r"|\b(?:flores|sorpresa|para (?:ir|salir|llevarme|recogerme)|"
        r"yo sol[oa]|yo mism[oa]|a mi mism[oa])\b",
        senses=_SENTIDOS_SIN_GOLPE,
    ),
    rule(
        "es_moretones_que_dejo",
        signs.DANGER_FROM_OTHERS,
        # "Me dejó los brazos llenos de moretones"; not the marks of what one did to oneself.
        r"\bme dej[oa] (?:\w+ ){0,3}?(?:llen[oa]s? de )?(?:moretones|marcas)\b",
        unless=_NO_ES_GOLPE + r"|\b(?:me di|me pegue|me golpee|yo sol[ao]|yo mism[ao]|me clave|"
        r"me cort\w*|me rasgu\w*|me rasque|la puerta|la esquina|la mesa|el gym|el gimnasio|"
        r"paintball|gotcha|la caida|el partido|la bici)\b",
        senses=_SENTIDOS_SIN_GOLPE,
    ),
    # Run 46: blows, grips, weapons, confinement and threats told by what they did.
    rule(
        "es_peligro_por_lo_que_hizo",
        signs.DANGER_FROM_OTHERS,
        # Bones broken, burns and blows told by their instrument: "me quebró el brazo", "me zafó
        # el hombro", "mi mamá me quema con el cigarro", "me soltó un puñetazo".
        r"(?<!\bse )\bme (?:quebro|zafo|disloco|fracturo|tumbo|torcio|rompio|descompuso) (?:el|la|"
        r"los|las|un|una) (?:brazo|brazos|hombro|muneca|munecas|dedo|dedos|mano|pierna|costilla|"
        r"costillas|dientes?|tobillo|nariz|mandibula|quijada)\b"
        r"|\bme quema (?:\w+ ){0,2}?con (?:la|el|un|una|su) (?:plancha|cigarro|cigarrillo|"
        r"encendedor|cerillo|sarten|cuchara)\b"
        r"|" + _QUIEN + r" (?:\w+ )?me quem[oa] (?:\w+ ){0,2}?con (?:la|el|un|una|su) (?:plancha|"
        r"cigarro|cigarrillo|encendedor|cerillo|sarten|cuchara)\b"
        r"|\bme (?:avento|echo|tiro|lanzo) (?:la|el|una|un) (?:olla|agua|cafe|aceite|sopa|caldo)"
        r"(?: \w+)? (?:hirviendo|caliente)\b"
        r"|\bme (?:solto|metio|planto|acomodo|conecto) (?:un|una|otro|otra) (?:punetazo|putazo|"
        r"madrazo|chingadazo|cachetada|bofetada|patada|cabezazo|trancazo|golpe|codazo|rodillazo)\b"
        r"|(?<!\bse )\bme (?:golpearon|pegaron|patearon|madrearon|violaron|ahorcaron|cachetearon)\b"
        r"|\bme pate(?:o|a) (?:la|el|las|los) (?:panza|estomago|cara|cabeza|costillas|espalda|"
        r"barriga|vientre)\b"
        r"|\bme \w+ (?:\w+ ){0,3}?a (?:cachetadas|golpes|patadas|punetazos|madrazos|jalones|"
        r"trancazos|chingadazos|bofetadas|empujones|putazos)\b"
        # A door broken in, not knocked on hard: "toqué la puerta a golpes".
        r"|(?<!\btoque )(?<!\btoco )(?<!\btocaba )(?<!\btoca )(?<!\btocan )(?<!\btocaron )"
        r"(?<!\btocamos )\bla puerta\b.{0,30}? a (?:patadas|golpes|madrazos|putazos|trancazos)\b"
        r"|\bme (?:subio|sube|metio|mete|llevo|lleva|saco|saca|bajo|baja|jalo|arrastro|encerro|"
        r"beso|quito|quita) (?:\w+ ){0,3}?a la fuerza\b(?!.{0,20}\b(?:dentista|doctor|gym|gimnasio|"
        r"escuela|misa|fiesta|terapia|comer|vacuna)\b)"
        r"|\bjalandome (?:de|del) (?:los pies|el pelo|las grenas|el cabello|los pelos|los brazos)\b"
        r"|\bme jal\w* (?:de|del) (?:las grenas|el pelo|el cabello|los pelos)\b"
        # The head or the face forced against something: "me estrelló la cabeza contra el
        # volante", "me metió la cabeza al agua", "me sujetó contra el colchón".
        r"|\bme (?:estrello|azoto|estampo|metio|hundio|empujo|aplasto) la (?:cabeza|cara) "
        r"(?:contra|en|al|a la|bajo|debajo)\b"
        r"|\bme (?:sujet\w*|inmoviliz\w*|aplast\w*|detuvo) contra (?:el colchon|la cama|el piso|la "
        r"pared|el suelo|el sillon)\b"
        r"|\b(?:me agarra|me agarro|me aprieta|me apreto) (?:la cara|la quijada|los brazos|las "
        r"munecas|el brazo)\b.{0,40}?\bhasta (?:que|dejarme)\b"
        r"|\b(?:munecas|brazos|piernas|cuello)\b (?:morad[oa]s|marcad[oa]s|con moretones)\b"
        r".{0,30}?\bme (?:agarro|apreto|jalo|amarro)\b"
        r"|\bapretandome (?:el cuello|la garganta)\b"
        r"|\b(?:miedo|panico|terror) (?:de )?que me vuelva a (?:dejar sin aire|ahorcar|ahogar|"
        r"encerrar)\b"
        # A weapon brought to the writer: "me correteó con el machete", "sentí la punta de su
        # navaja en las costillas", "me esperaba en el estacionamiento con un bate".
        r"|\bme (?:correteo|corretea|persiguio|persigue|siguio|esperaba|espero|busco|buscaba|"
        r"sigue) (?:\w+ ){0,6}?con (?:el|la|un|una|su) (?:machete|cuchillo|navaja|pistola|arma|"
        r"bate|fierro|tubo|cuchilla)\b"
        r"|\b(?:su|la) (?:navaja|cuchillo|pistola|arma)\b.{0,15}?\ben (?:las costillas|el cuello|"
        r"la espalda|la cabeza|el pecho|la garganta|la panza)\b"
        r"|\b(?:consiguio|compro|tiene) (?:una|un) (?:pistola|arma|cuete|fusca)\b.{0,40}?\b(?:sabe "
        r"(?:a que hora|donde)|donde (?:vivo|trabajo))\b"
        r"|\bcasi me (?:avienta|tira|aviento|empuja|empujo|ahorca|ahoga)\b.{0,10}?\b(?:por|de|"
        r"desde) (?:el balcon|la ventana|las escaleras|el puente|la azotea)\b"
        # Threats told by what is to come: "vas a amanecer en una zanja", "el hoyo en el patio
        # para mí", "va a quemar la casa conmigo adentro", "me va a tumbar los dientes, me gritó".
        r"|\b(?:vas|voy) a (?:amanecer|terminar|acabar|aparecer) (?:muert[oa]|en una zanja|en un "
        r"hoyo|tirad[oa]|en una bolsa|en el rio)\b"
        r"|\bel hoyo\b.{0,30}?\bpara mi\b"
        r"|\b(?:quemar|incendiar) la casa conmigo (?:adentro|dentro)\b"
        r"|\b(?:me echa|me va a echar|me echo|me pone|me va a poner) algo en (?:la|mi) (?:comida|"
        r"bebida|cafe|agua)\b"
        r"|\b" + _DANARME + r"\b.{0,15}?\b(?:eso )?(?:me )?(?:dijo|grito|juro|escribio)\b"
        r"|\b(?:si|cuando) (?:le )?(?:marco|llamo|hablo) (?:a la policia|al 911|a la patrulla)"
        r".{0,30}?\bse (?:desquita|la cobra|las cobra|venga) conmigo\b"
        # Kept in, tied, cut off: "me amarra las manos", "me quitó el pasaporte", "escondió las
        # llaves, no me deja salir del cuarto", "no me deja ir al doctor".
        r"|\bme (?:amarra|amarro|ata|ato|amarraba) (?:las manos|los pies|las munecas|a la cama|a "
        r"la silla)\b"
        r"|\bme quit\w* (?:el|mi) pasaporte\b"
        r"|\b(?:escondio|quito|se llevo|esconde|quita|rompio) (?:\w+ ){0,3}?(?:las llaves|mis "
        r"llaves|el pasaporte|mi pasaporte|mi celular|el cel|mi cel|mis zapatos|mis papeles)\b"
        r".{0,40}?\b(?:no me deja (?:salir|irme)|para que no (?:salga|me vaya|pueda salir|pueda "
        r"irme|llame))\b"
        r"|\bno me deja (?:ir al|ver al|ir a|ir con el) (?:doctor|medico|hospital|urgencias)\b"
        r"|\bme puso (?:un|el|una|la) (?:rastreador|gps|localizador|airtag)\b"
        r"|\bmi ex\w* se met\w* a mi (?:casa|depa|departamento|cuarto)\b"
        r"|\bme arrincon\w*\b.{0,30}?\bme (?:toco|manoseo|beso a la fuerza|agarro)\b"
        r"|\bme oblig\w* a (?:estar con el|acostarme con el|tener sexo)\b"
        # The marks, and the story told about them: "la marca de sus dientes en la mejilla",
        # "moretones de la hebilla", "le dije que fue la puerta, fueron sus nudillos".
        r"|\bmarcas? de sus (?:dedos|manos|nudillos|unas)\b"
        r"|\bmarcas? de sus dientes\b(?!.{0,15}\bcuello\b)"
        r"|\b(?:moretones|marcas|verdugones) de(?:l| la) (?:hebilla|cinturon|cinto|chancla|cable|"
        r"manguera)\b"
        r"|\bfueron sus (?:nudillos|punos|golpes)\b"
        r"|\b(?:dije|digo|conte)\b.{0,40}?\bque fue (?:la|el) (?:puerta|esquina|mueble|escalon|"
        r"escalera|ropero)\b.{0,30}?\bfue(?:ron)? (?:el|ella|mi \w+|sus? \w+)\b"
        # Afraid of one's own partner.
        r"|\b(?:le )?tengo miedo a mi (?:propi[oa] )?(?:esposo|esposa|marido|novio|novia|pareja|"
        r"ex)\b",
        unless=_NO_ES_GOLPE + r"|\b(?:flores|sorpresa|yo sol[oa]|yo mism[oa]|a mi mism[oa]|"
        r"broma|bromeando|disfraz|pelicula|serie|novela)\b",
        senses=_SENTIDOS_SIN_GOLPE,
    ),
    # Run 47: force told without the word for a blow, and danger told by pressure, pursuit and
    # veiled threats.
    rule(
        "es_fuerza_recibida",
        signs.DANGER_FROM_OTHERS,
        # Blows told by how they came: "me dio de patadas", "me quiere golpear", "mi roomie me
        # quiso quitar la ropa", "mi suegro me toca cuando nadie ve".
        r"\bme (?:dio|dieron|da|daba) de (?:patadas|golpes|cachetadas|punetazos|trancazos|madrazos|"
        r"chingadazos|cintarazos|cinturonazos|palos|zapes|manazos)\b"
        r"|\bme (?:quiere|quiso) (?:pegar|golpear|ahorcar|madrear|violar)\b"
        r"|\bquiere (?:pegarme|golpearme|ahorcarme|madrearme|violarme)\b"
        r"|\bme (?:quiso|quiere|trato de|intento|intenta) (?:quitar la ropa|arrancar la ropa|besar "
        r"a la fuerza|violar|forzar|meter la mano)\b"
        r"|\b(?:quiso|trato de|intento) (?:quitarme la ropa|violarme|forzarme|abusar de mi)\b"
        r"|\bme toca (?:cuando|mientras) (?:nadie|no hay nadie) (?:ve|mira|esta|se da cuenta|nos "
        r"ve)\b"
        # The grip told by its marks: "me agarró del brazo tan fuerte que tengo los dedos
        # marcados".
        r"|\b(?:tengo|traigo|me dejo|me quedaron|quedaron) (?:sus |los )?dedos marcados\b"
        r"|\bme (?:agarro|apreto|jalo|sujeto|jaloneo) (?:del|de la|de los|de las) (?:brazo|brazos|"
        r"cuello|pelo|cabello|muneca|munecas) (?:tan|bien|muy) fuerte\b"
        # Blows that answer the writer's tears or words, and force that does not stop: "si lloro
        # me pega más, y me obliga igual", "volvió a hacerlo aunque le supliqué que parara".
        r"|\bsi (?:lloro|grito|me quejo|le contesto|no le contesto|me tardo|llego tarde|"
        r"le digo que no|me niego|digo que no|me muevo),? me (?:pega|golpea|ahorca|jalonea|patea|"
        r"avienta)\b"
        r"|\bme obliga (?:igual|a hacerlo|aunque (?:no quiera|le diga que no|llore))\b"
        r"|\b(?:aunque|y eso que) le (?:supliqu\w*|rogu\w*) que (?:parara|se detuviera|no lo "
        r"hiciera|me soltara)\b"
        # Something thrown at the writer, or the writer thrown down: "me aventó un vaso".
        r"|" + _QUIEN + r" me (?:avento|tiro) (?:un|una|el|la|su) (?:vaso|plato|botella|silla|"
        r"zapato|control|celular|telefono|cenicero|plancha|sarten|olla|taza|lampara)\b(?! de\b)"
        r"|" + _QUIEN + r" me (?:tiro|tumbo|avento) al (?:piso|suelo)\b",
        unless=_NO_ES_GOLPE + r"|\b(?:pelicula|serie|novela|broma|bromeando|jugando)\b",
        senses=_SENTIDOS_SIN_GOLPE,
    ),
    rule(
        "es_presion_y_acecho",
        signs.DANGER_FROM_OTHERS,
        # A threat over the children or a pet: "me amenaza con llevarse a los niños a México si
        # lo denuncio", "si le hablo a la policía no vuelvo a ver a mi niña", "me amenazó con
        # matar a mi gato", or with the migra.
        r"\b(?:amenaz\w*|dice|dijo|me dijo|jura|juro)\b.{0,60}?\bno (?:vuelvo|volveria|vas|voy|"
        r"volveras|vuelves) a ver a (?:mi|mis|tu|tus|la|el|los) (?:nin[oa]s?|hij[oa]s?|bebes?|"
        r"chamac\w*|chiquit\w*)\b"
        r"|\bamenaz\w* con (?:llevarse|quitarme|robarse|desaparecer) a (?:los|las|mis|la|el|mi|"
        r"nuestr[oa]s?) (?:ninos|nin[oa]s?|hij[oa]s?|bebes?)\b"
        r"|\bamenaz\w* con (?:matar|envenenar|ahogar|lastimar) a (?:mi|mis|nuestr[oa]s?) "
        r"(?:gat[oa]s?|perr[oa]s?|mascotas?|perrit[oa]s?|gatit[oa]s?)\b"
        r"|\b(?:amenaz\w* con|dice que|dijo que) (?:me va a )?(?:llamar|hablar)(?:le)? a (?:la )?"
        r"(?:migra|inmigracion|ice)\b"
        # A weapon brought out when leaving is mentioned: "cuando le dije que me quería separar
        # sacó el machete".
        r"|\b(?:le dije|dije|le pedi|pedi|le comente|mencione|hable de)\b.{0,30}?\b(?:separar\w*|"
        r"divorci\w*|dejarlo|dejarla|irme|salirme|el divorcio)\b.{0,80}?\b(?:machete|cuchillo|"
        r"pistola|escopeta|rifle|navaja|arma|cuerno)\b"
        # Tracked: "me rastrea el carro", "me instaló un localizador".
        r"|\bme rastrea\b(?! (?:el paquete|el pedido|la entrega))"
        r"|\bme (?:instalo|metio|escondio) (?:un |el |una |la )?(?:gps|rastreador|localizador|"
        r"airtag)\b"
        # Veiled threats: "si lo denuncio alguien me va a visitar", "sabe dónde trabaja mi
        # hermana, que ojalá no le pase nada".
        r"|" + _SI_LO_DEJO + r".{0,40}?\b(?:alguien )?me (?:va|van) a (?:visitar|buscar|"
        r"encontrar)\b"
        r"|\b(?:dice|dijo|me escribio|me mando|me dijo)\b.{0,60}?\bojala (?:que )?no (?:le|te|les|"
        r"me) pase (?:nada|algo)\b",
        unless=r"\b(?:jaja\w*|jeje\w*|lol|xd|de broma|pelicula|serie|novela)\b|😂|🤣",
    ),
)

RULES: tuple[Rule, ...] = (
    *DANGER_RULES,
    # --- suicidal thoughts ---
    rule(
        "es_matarme",
        signs.SUICIDAL_THOUGHTS,
        r"\b(?:matarme|me (?:" + _YO_QUIERO + r"|" + _YO_O_OTRO + r") matar|yo me mato|"
        r"mejor me mato|me mato (?:ya|hoy|esta noche|de una vez)|me matare|me voy a dar "
        r"en la madre)\b",
        # Someone else's look: "mi suegra me mira como si me quisiera matar".
        unless=_IDIOM
        + r"|\bme (?:mira|miro|miraba|ve|vio|veia|miran|miraron|ven|habla|hablo|grito|trata)\w* "
        r"como si me (?:quisiera|quisieran|fuera|fueran) (?:a )?matar\b"
        # "Me va a matar y luego revivir para matarme otra vez": someone else, in jest.
        r"|\brevivir(?:me)? para (?:volver a )?matarme\b"
        # A workout or a chore that is "killing" the writer: "quiere matarme con tanta sentadilla".
        r"|\bmatarme con tant[oa]s?\b",
        # Someone named before "me quería matar", "me iba a matar" or "quería matarme", with no
        # clause word between, wanted to kill the writer: not the writer's own wish (the danger
        # rules read it: "mi esposo me quería matar").
        senses=_OTRO_NOMBRADO
        + r"\b(?:me (?:quiere|queria|iba a|va a|intento) matar|(?:quiere|queria|iba a|va a|"
        r"intento) matarme)\b",
    ),
    rule(
        "es_quitarme_la_vida",
        signs.SUICIDAL_THOUGHTS,
        # No idiom says these: "me mato en el trabajo" is hyperbole, "suicidarme en el trabajo"
        # is not, so the idioms' exceptions above do not apply here.
        r"\b(?:suicidarme|me suicido|me suicidare|quitarme la vida|me quite la vida|"
        r"me (?:" + _YO_QUIERO + r"|" + _YO_O_OTRO + r") (?:suicidar|quitar la vida)|"
        r"me quito la vida|acabar con mi (?:propia )?(?:vida|life)|"
        r"terminar con mi (?:propia )?vida|"
        r"ponerle fin a mi vida|poner fin a mi vida|acabar con mi existencia)\b"
        # "Cómo acabar conmigo", not "esta chamba va a acabar conmigo".
        r"|\b(?:como|quiero|quisiera|voy a|pienso|pensando en|ganas de|manera de|forma de) "
        r"acabar conmigo\b",
    ),
    rule(
        "es_suicidio",
        signs.SUICIDAL_THOUGHTS,
        r"(?<!\bno soy )(?<!\bnunca fui )(?<!\bno estoy )(?<!\bprevencion del )"
        r"(?<!\bnunca he sido )(?<!\bdetectar senales de )(?<!\breconocer senales de )"
        r"(?<!\bidentificar senales de )\bsuicid\w*\b",
        unless=r"\b(?:escuadron|prevencion|pelicula|cancion|serie|libro|bombard\w*|kamikaze|"
        r"no (?:soy|estoy|me siento)(?: \w+)? suicid\w*)\b",
    ),
    rule(
        "es_quiero_morir",
        signs.SUICIDAL_THOUGHTS,
        r"\b(?:me quiero morir|quiero morir(?:me)?|me quisiera morir|quisiera morir(?:me)?|"
        r"deseo morir(?:me)?|necesito morir(?:me)?|me gustaria morir(?:me)?|prefiero morir(?:me)?|"
        r"(?:quiero|quisiera|desearia|deseo|me gustaria|preferiria) estar muert[oa]|"
        r"(?:list[oa]|preparad[oa]) para (?:morir|irme de este mundo|dejar este mundo)|"
        r"ya me quiero ir de este mundo|me quiero ir de este mundo|"
        r"quiero dejar de existir|quiero desaparecer para siempre|quiero no existir|"
        r"prefiero estar muert[oa]|mejor me muero|mejor morir(?:me)?|me merezco morir|"
        r"merezco morir(?:me)?|deberia morir(?:me)?|deberia estar muert[oa])\b"
        # "No tengo miedo a morirme, lo estoy deseando"; not what one is afraid of instead.
        r"|\bmorir(?:me)?\W+(?:ya )?lo (?:estoy deseando|ando deseando|deseo|quiero|espero)\b"
        # The wish told as past, but a past of hours: "anoche me quería morir", "me quise morir
        # hoy en la mañana" (told as a time that is over, "cuando me divorcié quería morirme",
        # it is left to the models and the past context).
        r"|\b(?:" + _HACE_HORAS + r")\b(?: \w+){0,4}? " + _QUERIA_MORIR + r"\b"
        r"|\b" + _QUERIA_MORIR + r"\b(?: \w+){0,4}? (?:" + _HACE_HORAS + r")\b",
        unless=_IDIOM
        + r"|\b(?:antes (?:que|de)|que (?:escribirle|hablarle|ir|verlo|verla|pedirle|rogarle|"
        r"llamarle|regresar))\b"
        r"|\b(?:prefiero|preferiria|prefiere) (?:morir(?:me)?|estar muert[oa]) (?:antes )?"
        r"(?:que|de|a) (?!(?:seguir"
        r"|vivir|estar viv|despertar|"
        r"sentir|aguantar|sufrir|volver a (?:vivir|sentir)|sol[oa]\b|aqui\b|asi\b|sin\b|en est))\w+"
        # The dreaded thing done after all: "¿el dentista? prefiero morirme, pero fui".
        r"|\bprefiero morir(?:me)?\W+pero (?:fui|fuimos|lo hice|al final|igual fui|ya fui)\b"
        # A reaction told as a meme: "y yo como: me quiero morir, pero ahí voy escuchándolo".
        r"|\by yo (?:como|tipo|asi)\W{0,3}(?:de )?me quiero morir\b"
        r"(?!.{0,40}\b(?:en serio|de verdad|neta|no es broma)\b)"
        r"|" + _MISHAP,
    ),
    rule(
        "es_no_quiero_vivir",
        signs.SUICIDAL_THOUGHTS,
        r"\bno (?:\w+ ){0,2}?(?:quiero|quisiera|deseo|aguanto) (?:seguir |estar |vivir|existir)"
        r"(?:viviendo|vivo|viva|aqui|en este mundo|mas|ya|con vida|existiendo)?\b"
        r"(?! (?:con|en|cerca|junto|sol[oa]|aca|alla|asi|de esa|de ese|con el|con ella|en esta "
        r"ciudad|en este pais)\b)"
        # Going on with a habit is not going on living: "no quiero seguir revisando su perfil";
        # "no quiero seguir sufriendo" is read.
        r"(?!(?<=seguir )(?!viviendo|existiendo|respirando|luchando|aguantando|sufriendo|"
        r"intentando|sintiendo|siendo|estando)\w+(?:ando|iendo|yendo)\b)"
        r"|\bno quiero (?:despertar|volver a despertar|amanecer)\b"
        r"|\bno (?:le )?tengo miedo a (?:la )?muerte\b|\bno me da miedo morir\b"
        r"|\bpienso (?:mucho )?en (?:la muerte|morir(?:me)?|matarme|no estar|no despertar)\b",
        unless=r"\bno quiero (?:vivir|estar) (?:con|en|cerca|junto|sol[oa]|asi|aqui sin)\b",
    ),
    # --- wishing to be dead ---
    rule(
        "es_ojala_muerta",
        signs.DEATH_WISH,
        r"\bojala (?:que )?(?:yo )?(?:ya )?(?:me muera|me muriera|estuviera muert[oa]|no despierte|"
        r"no despertar|"
        r"no despertara|no hubiera nacido|nunca hubiera nacido|me (?:atropelle|mate|atropellara|"
        r"matara)|desapareciera para siempre|ya no estuviera)\b"
        r"|\bojala (?:que )?(?:un|una|algo|alguien|el|la)" + WORD + r"{0,3}? (?:me (?:atropelle|"
        r"mate|atropellara|matara|aplaste)|acabe conmigo)\b"
        r"|\b(?:quisiera|quiero|desearia|me gustaria) (?:no haber nacido|nunca haber nacido|"
        r"dormirme y no despertar|dormir y no despertar|dormir para siempre|no despertar)\b"
        r"|\bdormir(?:me)? y no (?:volver a )?despertar\b|\bno despertar nunca\b"
        r"|\b(?:no me importaria|me daria igual|me vale) (?:si )?(?:morir(?:me)?|me muero|"
        r"me muriera|que me (?:atropell|mat)\w*|que me pase algo)\b",
    ),
    # --- burden ---
    rule(
        "es_mejor_sin_mi",
        signs.BURDEN,
        r"\b" + _PEOPLE + WORD + r"{0,3}? (?:estaria|estarian|estara|estaran|seria|serian|vivirian|"
        r"viviria|estan|esta|son|es)(?: \w+)? mejor sin mi\b"
        r"|\bmejor sin mi\b"
        r"|\b(?:seria|sera|es) mejor (?:para todos |para (?:mi|ellos) )?si (?:yo )?(?:no "
        r"(?:existiera|estuviera|hubiera nacido)|me muero|me muriera|desapareciera|ya no estoy)\b",
    ),
    rule(
        "es_carga",
        signs.BURDEN,
        r"\b(?:soy|siento que soy|me siento|solo soy|he sido|me volvi) (?:una |un )?"
        r"(?:carga|estorbo|peso muerto|desperdicio de espacio)\b"
        # A weight others drag along: "nomás soy peso que arrastran".
        r"|\bsoy (?:un |puro )?peso (?:que|q) (?:arrastran|cargan|aguantan|tienen que cargar)\b"
        r"|\bnadie (?:me )?(?:extranaria|notaria|lloraria|iria a mi funeral|me va a extranar|"
        r"notara)\b"
        r"|\b(?:les|le) (?:haria|hago|haria a todos) un favor (?:si|a todos|desapareciendo|"
        r"muriendome|muriendo)\b"
        r"|\bya no van a tener que preocuparse por mi\b",
        unless=r"\b(?:en el trabajo|en la chamba|en el equipo|en la escuela|en clase"
        r"|en el grupo)\b|\bcuando (?:les? |te )?(?:pido|pregunto|hablo|marco|escribo|necesito)\b",
    ),
    # --- hopelessness with an end in view ---
    rule(
        "es_sin_razon",
        signs.HOPELESSNESS,
        r"\b(?:no tengo|no hay|sin|no encuentro|perdi)(?: \w+)? (?:ninguna |una )?(?:razon|"
        r"razones|motivo|motivos) (?:para|por (?:la|el) que|por que) (?:vivir|seguir|despertar|"
        r"levantarme|estar aqui|seguir viviendo)\b"
        r"|\bnada por (?:lo )?que vivir\b"
        r"|\b(?:no (?:le )?veo|no (?:le )?encuentro|no tiene|sin|cual es el|que) sentido "
        r"(?:a |de |en )?"
        r"(?:la vida|mi vida|vivir|seguir viviendo|seguir aqui|estar viv[oa]|existir|despertar)\b"
        r"|\b(?:la vida|mi vida|vivir) no (?:vale|tiene) (?:la pena|sentido)\b"
        r"|\bno vale la pena (?:vivir|seguir viviendo|estar viv[oa]|seguir aqui)\b"
        r"|\bvalga la pena (?:vivir|seguir)\b"
        r"|\bme (?:canse|harte|agote) de (?:vivir|estar viv[oa]|existir|la vida)\b"
        r"|\b(?:cansad[oa]|hart[oa]|agotad[oa]) de (?:vivir|estar viv[oa]|existir|la vida|"
        r"despertar)\b"
        r"|\bya no (?:puedo|aguanto) (?:mas|seguir|con (?:la vida|esta vida|mi vida|vivir))"
        r"(?:\s*(?:,|$)| ya| de verdad| en serio| con esto| la verdad| con nada| de vivir)"
        r"|\bno puedo seguir viviendo\b"
        r"|\b(?:quiero|necesito) que (?:todo|esto|el dolor|la vida) (?:termine|acabe|se acabe|"
        r"se termine)(?: ya| de una vez| para siempre)?\s*(?:,|$)"
        r"|\bla unica salida es (?:morir|la muerte|matarme|desaparecer|acabar con todo)\b"
        r"|\b(?:morir|morirme|la muerte|matarme|el suicidio) es la (?:unica )?(?:solucion|salida|"
        r"opcion|respuesta)\b"
        r"|\b(?:acabar|terminar) con todo(?: de una vez| ya| para siempre)?\s*(?:,|$)"
        r"|\bno (?:veo|tengo) (?:ningun )?futuro\b",
        unless=r"\b(?:con (?:el|ella|ustedes|este trabajo|la tarea|mi jefe|esta dieta)|"
        r"en (?:esta|este) (?:relacion|trabajo|empresa|ciudad))\b",
    ),
    # --- method and means ---
    rule(
        "es_pastillas",
        signs.METHOD,
        r"\bcuant[oa]s " + _MEDS + r"\b(?!.*\b(?:para el|para la|para un|para una|al dia|"
        r"me (?:toca|recet\w*)|debo|tengo que|dolor|cabeza|gripa|fiebre|receta|doctor|doctora|"
        r"cada)\b)"
        r"|\b(?:sobredosis|dosis letal(?:es)?|dosis mortal(?:es)?)\b"
        r"|\b(?:tomarme|tome|tomare|me tome|me tomo|me voy a tomar|tragarme|me trague|tragar)"
        r" (?:todas|todo|un frasco|el frasco|una caja|la caja|un punado|muchas|un monton)"
        r"(?: de)?(?: las| mis| los)? " + _MEDS + r"\b"
        r"|\b(?:juntando|guardando|junte|guarde|ahorrando|acumulando|escondiendo|contando|conte)"
        r" (?:las |mis |unas |todas las |suficientes |bastantes |muchas |tantas )?" + _MEDS + r"\b",
        unless=r"\b(?:alergia|resurtir|receta|farmacia|vitaminas?|para la semana|me faltan|cirugia|"
        r"operacion|viaje|del perro|del gato|de mi perro|de mi gato|de la presion|"
        r"pastillero|de mi (?:abuel[oa]|mama|papa|tia|tio))\b"
        # Kept from children: "guardé las medicinas fuera del alcance de los niños".
        r"|\bfuera del alcance de(?:l| los| las| mis) (?:nin[oa]s?|hij[oa]s?|niet[oa]s?|"
        r"sobrin[oa]s?|bebes?|perros?|gatos?)\b"
        # A sugar "overdose", or one studied for an exam.
        r"|\bsobredosis de (?:azucar|cafe|cafeina|dulce|pastel|series|netflix|amor|tele|memes|"
        r"chocolate)\b|\bsintomas de (?:una )?sobredosis\b|\bantidoto\b",
    ),
    rule(
        "es_saltar",
        signs.METHOD,
        r"\b(?:tirarme|aventarme|lanzarme|arrojarme|me tiro|me aviento|me lanzo|me arrojo|"
        r"saltar|brincar|me tire|me avente|me (?:" + _YO_QUIERO + r"|quisiera|queria|dan ganas de|"
        r"dieron ganas de) (?:tirar|aventar|lanzar|arrojar))"
        r" (?:de|del|desde|por|al|a la|a las|a los|frente a|enfrente de)(?: (?:un|una|el|la|"
        r"los|las|mi|este|ese|esa|esta))?" + WORD + r"{0,2}? (?:puente|edificio|techo|azotea|"
        r"balcon|ventana|piso|acantilado|barranco|tren|metro|vias|carro|coche|trafico|camion|"
        r"autopista|rio|mar|precipicio|canal|presa|barranca)\b"
        r"|\bque tan alto es (?:el|ese|este) (?:puente|edificio)\b"
        r"|\bestoy (?:parad[oa] |sentad[oa] )?(?:en|arriba de|sobre) (?:el|la|un|una) (?:puente|"
        r"azotea|techo|orilla|cornisa|barandal)\b(?:\s*$| ahorita| sol[oa]| otra vez| pensando)"
        r"|\b(?:pense|pienso|quise|quiero|tuve ganas de|me dieron ganas de|me dan ganas de)"
        r" (?:en )?(?:saltar|brincar|tirarme|aventarme|echarme al (?:rio|mar|canal|agua))\b"
        # The place named first: "me voy a ir al muelle en la noche a tirarme".
        r"|\b(?:muelle|puente|acantilado|presa|rio|mar|azotea|techo|edificio|barranco|vias|"
        r"malecon)\b.{0,40}?\ba (?:tirarme|aventarme|lanzarme|arrojarme)\b",
        # Not a jingle one cannot stand: "si oigo otra vez la musiquita del camión de los
        # helados me tiro al mar".
        unless=r"\b(?:paracaidas|bungee|alberca|piscina|cuerda|de alegria|de gusto|la cuerda|"
        r"clavados?|chapuzon|a nadar|a la arena|en la arena|al sol|una siesta|en el pasto|"
        r"musiquita|cancioncita|camion de (?:los helados|la basura|el gas|las paletas))\b"
        # A song put on again in the car: "si me vuelven a poner a luis miguel me aviento".
        r"|\bsi (?:me )?(?:vuelven|vuelve) a poner\b"
        # Thrown down on the floor, a tantrum: "si se acaba el cafecito me tiro al piso".
        r"|\b(?:me tiro|tirarme|me aviento|aventarme) al (?:piso|suelo)\b(?!.{0,30}\bdesde\b)",
    ),
    rule(
        "es_medios",
        signs.METHOD,
        # Not "él me ahorcó", someone else's hands (``_NO_TRAS_EL``).
        r"\b(?:ahorcarme|colgarme|" + _NO_TRAS_EL + r"me ahorco|me cuelgo|"
        # Not "me iba a colgar", someone hanging up on the writer, nor "me quería ahorcar"; not
        # a thing hung ("me quise colgar la medalla") nor a neighbor's wifi.
        r"me " + _YO_QUIERO + r" (?:ahorcar|colgar(?! (?:la|el|las|los|un|una|unas|unos|mis|"
        r"tus|sus) | del? (?:wifi|internet|senal|red)\b)|envenenar|pegar un (?:tiro|balazo)|"
        r"dar un tiro|disparar|volar la cabeza)|cortarme las venas|me corte las venas|"
        r"pegarme un tiro|"
        r"pegarme un balazo|darme un tiro|"
        r"dispararme|me disparo|volarme la cabeza|envenenarme|ahogarme a proposito|"
        r"dejarme atropellar)\b"
        # A rope to hang oneself with, not to hang a thing ("pa colgar la hamaca").
        r"|\b(?:la|una) (?:soga|cuerda)\b.{0,40}?\b(?:cuello|ahorc\w*|colgar\b(?! (?:la|el|las|"
        r"los|un|una|unas|unos|mis|tus|sus) ))"
        r"|\b(?:estrellar|estrellarme|chocar|volcar|aventar) (?:el|mi) (?:carro|coche|auto)"
        r"(?: contra \w+)? (?:a proposito|adrede|apropo\w*|con(?:migo)? adentro)\b"
        r"|\b(?:estrellarme|estrellar el (?:carro|coche|auto)|chocar el (?:carro|coche|auto)|"
        r"meterme al trafico|volantazo) (?:contra|en) (?:un|una|el|la)? ?(?:muro|pared|arbol|"
        r"poste|camion|trafico)\b"
        r"|\b(?:comprar|compre|conseguir|consegui|tengo|agarrar|agarre|sacar|saque)"
        r" (?:una|la|el|un) (?:pistola|arma|revolver)\b.{0,40}?\b(?:para mi|para matarme|"
        r"para acabar|y acabar|apuntarme|en la cabeza|para mi misma|para mi mismo)\b"
        r"|\b(?:formas|maneras|metodos|como) (?:de |para )?(?:morir|matarme|suicidarme|"
        r"suicidarse|quitarse la vida|quitarme la vida|no despertar)\b"
        r"|\bcuanto (?:tiempo )?(?:tarda|se tarda) (?:en|uno en|una persona en) (?:morir|"
        r"desangrarse|ahogarse)\b",
        # Putting the rope round one's own neck is taking on a debt: "nos echamos la soga al
        # cuello con ese préstamo".
        # ...or as money owed: "entre la renta y el carro traigo la soga al cuello".
        unless=r"\b(?:traigo|traemos|tengo|tenemos|ando con|andamos con|con) la soga al cuello\b"
        r"(?=.{0,60}\b(?:renta|deudas?|pagos?|tarjetas?|prestamos?|dinero|lana|quincena|biles|"
        r"carro|hipoteca|trabajo|jefe|facturas?|cuentas)\b)"
        r"|\b(?:renta|deudas?|pagos?|tarjetas?|prestamos?|dinero|lana|quincena|biles|carro|"
        r"hipoteca|facturas?|cuentas)\b.{0,40}?\bla soga al cuello\b|"
        r"\b(?:me|nos|se|te) (?:eche|echamos|echo|echaron|echaste)\w* la soga al cuello "
        r"(?:con|firmando|al firmar|comprando|al comprar|pidiendo|al pedir) (?:ese|esa|este|esta|"
        r"el|la|un|una) (?:prestamo|hipoteca|credito|deuda|tarjeta|carro|casa|boda|renta|"
        r"contrato)\b",
    ),
    # --- preparation and farewell ---
    rule(
        "es_despedida",
        signs.PREPARATION,
        r"\b(?:carta|cartas|mensaje|mensajes|nota|notas|video|audio|audios) de despedida\b"
        r"|\b(?:ya )?me (?:despedi|estoy despidiendo|voy a despedir) de (?:todos|todo el mundo|"
        r"mi familia|mis amigos|mis hijos|mi mama|mi papa|ustedes)\b"
        r"|\badios (?:a todos|para siempre|mundo)\b"
        r"|\b(?:regale|regalando|regalar|estoy regalando|voy a regalar|di|estoy dando|dare)"
        r" (?:todas )?(?:mis cosas|mi ropa|mis pertenencias|todo lo que tengo|mis mascotas|"
        r"mi perro|mi gato|mis libros|mi guitarra)\b"
        r"|\b(?:hice|escribi|redacte|dej[eo]|deje listo|termine) (?:mi|el) testamento\b"
        r"|\b(?:ultima vez que (?:nos veamos|nos vamos a ver|te vea|me veas|me "
        r"van a ver|me veran|hablemos))\b"
        r"|\b(?:cuando|despues de que|si) (?:yo )?(?:ya )?no (?:este|estare)(?: aqui| mas)?\b"
        r"|\bcuando me (?:haya ido|vaya para siempre|muera)\b"
        r"|\b(?:cuiden|cuida|cuidaras|cuidaran) (?:a mi|mi) (?:perro|gato|mama|hij[oa]s?)\b"
        r".{0,30}?\b(?:cuando|ya no|despues)\b"
        r"|\bdeje (?:todo )?(?:arreglado|en orden|listo) (?:para cuando|por si)\b",
        unless=r"\b(?:vieja|viejo|viejas|viejos|que ya no (?:uso|me queda\w*))\b|\b(?:mudanza"
        r"|me mudo|me cambio|donar|donacion|ya no me queda|de vacaciones|"
        r"de viaje|en el trabajo|la oficina|fin de semana|la proxima semana|me jubilo|"
        r"esta aprendiendo|ya no (?:toco|uso|la uso|lo uso)|que (?:apenas )?(?:empieza|"
        r"(?:los|las|lo|la) necesita)|de la (?:escuela|uni|universidad|prepa)|notari[oa]|"
        r"abogad[oa]|nacio|herencia para|se jubila|jubilacion|se retira|hipoteca|de adult[oa]|"
        r"(?:compramos|compre|compro) (?:la|una|nuestra) casa)\b"
        # A card for a teacher who leaves for another school.
        r"|\bque se (?:va|muda|cambia) (?:a|de) (?:otra|otro|vivir|trabajar|estudiar|"
        r"la universidad)\b"
        # A last day at work or school, not "mi último día en la tierra".
        r"|\bultimo dia (?:en|de) (?:el |la |mi )?(?:trabajo|chamba|jale|escuela|prepa|uni|"
        r"panaderia|tienda|restaurante|fabrica|oficina|turno|clases?)\b"
        # "Adiós mundo cruel" after a burnt tongue or a dropped phone.
        r"|\b(?:me queme la lengua|se me cayo (?:el|la|mi)|se me quemo|se me acabo (?:el|la)|"
        r"me equivoque de|perdi el camion)\b.{0,60}\badios mundo cruel\b"
        # Goodnight to a group chat: "ya me voy a dormir, adiós a todos los del grupo"; not a
        # farewell letter beside a goodnight, nor "me voy a dormir para siempre".
        r"|\badios a todos (?:los|las) (?:del|de la|de) (?:grupo|chat|clase|trabajo|oficina|"
        r"equipo|turno)\b(?!.{0,40}\b(?:para siempre|ya no)\b)"
        r"|\b(?:me voy a dormir|buenas noches|hasta manana)\b(?! para siempre\b).{0,30}?"
        r"\badios a todos\b(?! para siempre\b)"
        # A farewell party at work: "en la comida de despedida del trabajo".
        r"|\b(?:comida|fiesta|convivio|cena|carne asada) de despedida\b"
        # Goodbye letters for a class at the end of the school year; not "para mis hijos y mis
        # alumnos".
        r"|\bcartas? de despedida (?:para|a) (?:mis|los) alumn[oa]s\b"
        r"|\bse acaba el ciclo escolar\b",
    ),
    # --- self-harm ---
    rule(
        "es_cortarme",
        signs.SELF_HARM,
        r"\b(?:cortarme|me corte|me corto|me voy a cortar|me volvi a cortar|volvi a cortarme|"
        # The pronoun before the verb that wants it: "me quiero hacer daño", "me quise cortar".
        r"(?<!\bno )me (?:" + _YO_QUIERO + r"|queria|quisiera|iba a|tengo que) "
        r"(?:cortar|lastimar|quemar|hacer dano|golpear|rasgunar)|"
        r"me estoy cortando|me he cortado|me sigo cortando|quemarme|me queme|(?<!\bse )me quemo|"
        r"lastimarme|me lastime|me lastimo|hacerme dano|me hice dano|me hago dano|"
        r"me estoy haciendo dano|me sigo haciendo dano|"
        # Not "él me pegó", someone else's blow (``_NO_TRAS_EL``).
        r"golpearme|me golpee|" + _NO_TRAS_EL + r"me golpeo|me pegue|" + _NO_TRAS_EL + r"me pego|"
        r"rasgunarme|me rasgune|"
        # Not someone else's ("un amigo que se autolesiona").
        r"(?<!\bse )autolesion\w*|auto lesion\w*|cutting)\b",
        unless=r"\bse me corto\b|\b(?:la llamada|la senal|el internet|la luz|la leche)\b|"
        # A child or a pet who hit the writer ("mi niña me pegó con su muñeca"), and "pegar" in
        # its other senses ("me pegó la gripa", "me pegó mucho ver su foto").
        + _NINO_QUE_PEGA
        + "|"
        + _PEGAR_SIN_GOLPE
        + "|"
        # Someone else cut something off for me: "el mesero me cortó las cervezas".
        r"\bme corto (?:las|los|el|la) (?:cervezas?|tragos?|copas?|bebidas?|servicio|credito|"
        r"cable|agua|gas|alcohol|chupe|paso)\b|"
        # Ears or a tongue cut off over a song: "si oigo otra vez esa canción me corto las
        # orejas".
        r"\bme (?:corto|cortaria|voy a cortar) (?:las orejas|la oreja|la lengua)\b|"
        + _ACCIDENT
        + r"|\b(?:el pelo|el cabello|la ropa|las unas|el fleco|la barba|"
        r"el sol|con el sol|me queme en la playa|la mano con la estufa|"
        r"la gripa|el resfriado|con la mesa|contra la mesa|"
        r"en el partido|con el rosal|con las espinas|con las ramas|con el nopal|"
        r"con la bugambilia|"
        r"pistola de silicon|silicon|con el comal|haciendo tortillas)\b"
        # Studying hard: "ya me quemé las pestañas estudiando", "me voy a quemar las pestañas
        # toda la semana"; a breakup by message: "me cortó por WhatsApp"; someone else's time
        # clean of it: "mi amiga ya lleva dos años sin autolesionarse".
        r"|\bquem\w* las pestanas\b"
        r"|\bme corto por (?:whatsapp|mensaje|texto|telefono|instagram|facebook|face|dm|llamada)\b"
        r"|\blleva (?:\w+ ){0,3}sin autolesionarse\b"
        # Quitting something for good: "me corté la coleta con las apps de citas".
        r"|\b(?:me corte|cortarme|me voy a cortar) la coleta\b",
        # Someone named before "me pegó" or "me golpeó", with no clause word between, struck the
        # writer: not the writer's own blow, even where the danger rules excuse it as play ("mi
        # amigo me pegó en el brazo de broma", "un señor me pegó con su carrito"); nor is "mi ex
        # me quería lastimar" the writer's own wish (the danger rules read it).
        senses=_OTRO_NOMBRADO
        + r"\bme (?:pego|golpeo|(?:quiere|queria|quiso|iba a|intento) (?:lastimar|golpear|"
        r"hacer dano|quemar|cortar))\b",
    ),
    # Cutting told as a habit of the past ("me cortaba", the imperfect): the past context
    # excuses it, unless the text tells of a relapse ("volví a hacerlo"). Not a haircut.
    rule(
        "es_me_cortaba",
        signs.SELF_HARM,
        r"\bme cortaba(?=\s*(?:$|[,;:]|(?:y|pero|en|cuando|de (?:nin[oa]|chic[oa]|joven|"
        r"adolescente)|a los|todos|todas|seguido|mucho|diario|hace|antes|desde|porque|casi|"
        r"cada)\b))",
    ),
    rule(
        "es_marcas",
        signs.SELF_HARM,
        r"\b(?:esconder|escondo|escondi|tapar|tapo|tape|cubrir|cubro|cubri) (?:las |mis )?"
        r"(?:cortadas|cortes|cicatrices|heridas|marcas|quemaduras)\b"
        r"|\bme hice (?:unas |unos |mas |otros |otras )?(?:cortadas|cortes|heridas|quemaduras)\b"
        r"(?! de (?:pelo|cabello|luz|carne|caja)\b)"
        r"|\b(?:cortadas|cortes|cicatrices) (?:nuevas |frescas )?(?:en|de) (?:mis|los|las) "
        r"(?:brazos|munecas|piernas|muslos)\b"
        r"|\bhasta (?:sangrar|que sangre|que sangro|hacerme sangre)\b"
        # Something driven into the skin, a belt used on oneself: "me clavé el compás en la
        # pierna", "me azoté con el cinturón".
        r"|\bme (?:clave|enterre|encaje) (?:el|la|un|una|las|unas|los|unos) \w+(?: \w+){0,3} en "
        r"(?:la|el|mi|mis|las|los) (?:piernas?|brazos?|muslos?|munecas?|panza|piel)\b"
        r"|\bme azote con (?:el|un|mi|la) (?:cinturon|cinto|chancla|cable)\b"
        r"|\bme (?:pegue|golpee) con (?:el|mi|la) (?:cinturon|cinto|chancla)\b",
        # Old marks, or scars from a surgery, a fall or a pet; a splinter, a thorn or glass.
        unless=r"\b(?:astilla|espina|vidrio|clavo|sin querer|accidente|jugando)\b"
        r"|\b(?:viejas|antiguas|de hace (?:anos|mucho)|cesarea|cirugia|operacion|apendice|"
        r"puntos|acne|varicela|tatuajes?|chupetones?|moretones del|me cai|mi (?:gato|gata|perro|"
        r"perrita)|estrias|lunar|vacuna)\b",
    ),
    # --- frames: intent or nearness + an act, told without the usual words ---
    rule(
        "es_marcos_muerte",
        signs.DEATH_WISH,
        r"\bme (?:voy a |quiero |pienso |iba a )?(?:quitar|quite|quito) la vida\b"
        r"|\b(?:quiero|quisiera|deseo|desearia|me gustaria|necesito) desaparecer (?:para siempre|"
        r"de este mundo|y no volver)\b"
        r"|\b(?:envidio|envidia) a (?:los|las) (?:que|muertos)\b.{0,20}?\b(?:murieron|mueren|"
        r"muertos|se van)\b"
        r"|\bsi me (?:muriera|muero) (?:manana|hoy|esta noche|ahorita)\b"
        r"|\b(?:le pido|pidiendole|rezo|le rezo) a dios que me (?:lleve|recoja|quite la vida)\b"
        r"(?! (?:con bien|bien|a casa|de regreso|con salud|san[oa]|con cuidado)\b)"
        r"|\bestar muert[oa] (?:seria|suena|es) (?:un alivio|mejor|bonito|tranquilo)\b"
        r"|\bojala (?:me diera|me de|me pase) algo\b"
        r"|\b(?:desearia|quisiera|quiero|ojala pudiera|me gustaria) no existir\b",
    ),
    rule(
        "es_marcos_carga",
        signs.BURDEN,
        r"\bsi (?:yo )?(?:no existiera|no estuviera|no hubiera nacido|desapareciera|me muriera)\b"
        r"|\b(?:mas felices|mas feliz|mejor|tranquil[oa]s?) sin mi\b"
        r"|\bnadie me necesita\b|\bel mundo no me necesita\b",
        # Talked over at the table "como si yo no estuviera": left out, not a burden.
        unless=r"\bsi no estuviera (?:tan|muy|aqui para|ahi para)\b"
        r"|\bcomo si (?:yo )?no (?:estuviera|existiera)\b",
    ),
    rule(
        "es_marcos_sin_salida",
        signs.HOPELESSNESS,
        r"\bya no quiero (?:estar|seguir|luchar|aguantar)(?:\s*(?:,|$)| aqui| en este mundo| "
        r"viv[oa]| con vida| mas)"
        r"|\bme rendi con la vida\b|\bme rindo con (?:la vida|todo)\b"
        r"|\bno voy a aguantar (?:otra|un|una|mas)\b.{0,40}?\b(?:no quiero|ya no)\b",
    ),
    rule(
        "es_medios_a_la_mano",
        signs.METHOD,
        r"\b(?:pistola|arma|revolver|rifle)\b.{0,50}?\b(?:se donde|pienso en usarla|usarla|"
        r"cargada|en la cabeza|apuntarme|la combinacion)\b"
        r"|\b(?:cuerda|soga)\b.{0,40}?\b(?:para que|lista|ya tengo|ya se|compre|escondida|del "
        r"techo|la viga)\b|\b(?:compre|tengo|consegui) (?:una|la) (?:cuerda|soga)\b"
        r"|\borilla del (?:anden|puente|techo|edificio|balcon|precipicio|barranco)\b"
        r"|\b(?:mirando|viendo|me quede viendo) (?:las vias|hacia abajo|el vacio)\b"
        r"|\b(?:pense en|pienso en|quiero|quise|ganas de|me dieron ganas de)"
        r" (?:dar un )?volantazo\b"
        r"|\b(?:juntando|guardando|escondiendo|contando|acumulando) (?:\w+ )?" + _MEDS + r"\b"
        r"|\b(?:tengo|tenia|tuve|traigo|traia) (?:las|mis|un frasco de) " + _MEDS + r" en la mano\b"
        r"|\b(?:tomarme|me tome|me tomo|tragarme|me trague) (?:todo )?(?:el|un) frasco\b"
        # A blade "que no es para la cocina"; pills bought in several places so no one asks.
        r"|\b(?:cuchillo|navaja|pistola|soga|cuerda)\b.{0,50}?\bno (?:es|era) para (?:la cocina|"
        r"cocinar|cazar|el trabajo|la casa)\b"
        r"|\b(?:farmacias|tiendas)\b.{0,60}?\bpara que no (?:sospech\w*|se dieran cuenta|se den "
        r"cuenta|me preguntaran|me pregunten)\b",
        unless=r"\b(?:tender|tendedero|la ropa|columpio|hamaca|saltar la cuerda|"
        r"para saltar(?! (?:de|del|desde|por)\b)|cardio|escalar|"
        r"campamento|caceria|amarrar|mudanza|muebles|"
        r"cazar|tiro al blanco|pastillero|de mi (?:abuel[oa]|mama|papa|tia|tio)|al perro|"
        r"para el perro|del perro|perrit[oa]|al gato|para el gato|juguete)\b",
    ),
    rule(
        "es_actos_de_despedida",
        signs.PREPARATION,
        r"\bultima vez que (?:vi|abrace|hable con|veo|bese)\b.{0,60}?\b(?:no lo sabe|no sabe|"
        r"no saben|no lo saben|ya no|nunca)\b"
        r"|\bpor ultima vez\b"
        r"|\bya no (?:voy a estar|estare)\b"
        r"|\b(?:deje|dejo|escribi|escribo) (?:una|mi|unas|mis) (?:carta|cartas|nota|notas) "
        r"(?:a|para) (?:mi|mis|todos|toda)\b"
        # Not a note asking for an errand: "para que compre papel de baño".
        r"(?!(?: \w+){0,3} para que (?:compre|traiga|saque|lave|limpie|pague|recoja|apague|cierre|"
        r"riegue|me llame|me avise))"
        r"|\b(?:regale|di|deje)\b.{0,20}?\b(?:mi|mis)\b.{0,40}?\b"
        r"(?:ya no (?:la|lo|las|los) voy a necesitar|"
        r"acuerde de mi|acuerden de mi|recuerde|recuerden)\b"
        r"|\bcancel(?:e|en|a|ar|aron) (?:todas )?mis (?:citas|consultas|terapias|sesiones)\b"
        r".{0,40}?\b(?:no voy a estar|ya no (?:las|los) (?:necesito|voy a necesitar))\b"
        # Not when the reason is given: "ya me dieron de alta".
        r"(?!.{0,40}\b(?:me dieron de alta|ya sane|me cure|ya estoy bien|cambie de|otr[oa] "
        r"(?:doctor|doctora|dentista|terapeuta|clinica)|me mude|me cambie)\b)"
        r"|\b(?:les dije|le dije|les escribi|les mande) a todos\b.{0,30}?\b(?:adios|los quiero|"
        r"perdon|gracias)\b"
        r"|\bultima vez que (?:sabran|sepan|sabes|sabras) de mi\b"
        r"|\b(?:regale|di en adopcion|deje) a mi (?:gato|perro|mascota)\b"
        r"|\buna ultima vez\b|\balguien que si va a estar\b"
        r"|\bya no (?:la|lo|las|los) voy a necesitar\b"
        r"|\b(?:deje|dejo|escribi) (?:una|mi) (?:nota|carta) (?:en|sobre) (?:mi|la) (?:cama|mesa|"
        r"escritorio|almohada|buro)\b"
        r"|\b(?:esta|hoy) (?:fue|es|sera) la ultima vez que (?:vi|veo|vea|hable|abrace)\b"
        r"|\bcuando (?:leas|lean|alguien lea|encuentres|encuentren) esto\b"
        # "Que no quede nada de mí"; a grave told "ya pronto voy con él".
        r"|\bque no quede nada de mi(?=\s*(?:$|[,.;!]))"
        r"|\b(?:tumba|panteon|cementerio)\b.{0,60}?\b(?:ya )?pronto (?:voy|me voy|estare) con "
        r"(?:el|ella|ellos|ustedes)\s*$",
        unless=r"\b(?:cumpleanos|cumple|santo|dia de las madres|dia del padre|navidad|aniversario|"
        r"boda|oficina|trabajo|fin de semana|vacaciones|de viaje|me mudo|mudanza|antes de irme|"
        r"intercambio|por correo|le gusta recibir\w*|me contesto|me contesta)\b",
    ),
    # Someone's suicide and the writer's intent to follow, in one breath.
    rule(
        "es_seguirle",
        signs.SUICIDAL_THOUGHTS,
        r"\b(?:se mato|se suicido|se quito la vida|se colgo|se ahorco|se dio un tiro)\b.{0,60}?"
        r"\b(?:yo (?:tambien|igual) (?:me voy a|me quiero|quiero|lo voy a|lo quiero|pienso|"
        r"deberia)|(?:quiero|voy a|pienso) hacer lo mismo)\b"
        r"|\b(?:murio|fallecio|se mato|se suicido)\b.{0,60}?\b(?:me quiero ir|me voy a ir|"
        r"quiero irme) con (?:el|ella)\b(?! (?:a|al|de|para|en)\b)",
    ),
    # The days and occasions that excuse the farewells above do not excuse an absence told for
    # them ("una carta para cada cumpleaños en que ya no voy a estar").
    rule(
        "es_ausencia_anunciada",
        signs.PREPARATION,
        r"\b(?:en (?:que|los que|las que|el que|la que)|cuando(?: yo)?) ya no (?:voy a estar|"
        r"estare|este)\b(?! (?:en (?:la|el|mi) (?:oficina|trabajo|escuela|ciudad|casa|equipo)|"
        r"con (?:el|ella|ustedes|ellos)|de vacaciones|trabajando)\b)",
    ),
    # An absence told for a family occasion with "ya no", and no reason given for it ("ya no
    # voy a estar para el cumpleaños de mi sobrina", not "… porque me toca turno"); not being
    # found any more, told of oneself ("mañana ya no me van a encontrar"), not a shop's hours.
    rule(
        "es_ya_no_estare",
        signs.PREPARATION,
        r"\bya no (?:voy a estar|estare) (?:para|en) (?:el|la|los|las) (?:cumple\w*|navidad|"
        r"graduacion|boda|quince\w*|bautizo|primera comunion|fiesta)\b"
        r"|\bya no me (?:van|vas) a encontrar(?=\s*(?:$|[,.;:!?]|nunca\b|jamas\b))",
        unless=r"\b(?:porque|xq|por que|pq|tengo (?:turno|trabajo|que trabajar)|me toca|trabaj\w*|"
        r"viaje|vuelo|me cambiaron|me mudo|mudanza|salgo|cierr\w*|oficina|tienda|en casa de|"
        r"a las \d+)\b",
    ),
    # --- more ways of telling the same signs, each a frame rather than a fixed phrase ---
    rule(
        "es_fin_a_la_vista",
        signs.SUICIDAL_THOUGHTS,
        r"\b(?:acabar|terminar) con todo (?:esta noche|hoy|pronto|manana|ya)\b"
        r"|\b(?:ya )?(?:escogi|elegi|decidi|tengo|puse) la fecha\s*$"
        r"|\bno voy a (?:llegar|estar|seguir) viv[oa]\b"
        r"|\b(?:termine|acabe) con (?:esta|mi) vida\b"
        r"|\bpara que (?:sigo|seguir) (?:viviendo|viv[oa]|aqui|existiendo)\b",
    ),
    rule(
        "es_deseo_de_no_estar",
        signs.DEATH_WISH,
        r"\b(?:dormir(?:me)?|quedarme dormid[oa]) para siempre\b|\bme durmiera para siempre\b"
        # Asked of God or the Virgin too ("me acuesto pidiéndole a la virgen no amanecer"); not
        # waking someone else ("espero no despertar al bebé").
        r"|\b(?:espero|ojala|quisiera|deseo|rezo (?:por|para)|le (?:pido|pedi|rezo|ruego)|"
        r"pidiendo(?:le)?|rogando(?:le)?)\b.{0,30}?\bno (?:despertar|amanecer|volver a "
        r"despertar)\b"
        + _NOT_WAKING_SOMEONE
        # Drunk down "a ver si ya no me levanto", said at the end.
        + r"|\ba ver si (?:ya )?no (?:me levanto|despierto|amanezco)\s*$"
        r"|\bsi me (?:atropellara|matara|pasara algo)\b.{0,40}?\b(?:alivio|bien|mejor|no me "
        r"importaria|feliz|agradecid[oa])\b"
        r"|\b(?:morir|morirme|la muerte|estar muert[oa]) (?:ya )?no (?:me )?(?:suena|parece|"
        r"se oye) (?:tan )?mal\b"
        r"|\bque me (?:atropelle|atropellen|atropellara|mate|maten)\b",
        unless=r"\b(?:alguien|quien sea) que me mate\b"
        # Rather that than a small dread: "prefiero que me atropelle un camión que volver a usar
        # Tinder"; not "...que seguir viva".
        r"|\bprefiero que me (?:atropelle|atropellen|mate|maten)\b.{0,40}?\b(?:que|a) (?!(?:seguir|"
        r"vivir|estar viv|despertar|sentir|aguantar|sufrir)\b)\w+"
        r"|" + _IDIOM,
    ),
    rule(
        "es_carga_de_otro_modo",
        signs.BURDEN,
        r"\b(?:familia|hijos|todos|papas|padres|mama|papa) merecen? (?:algo )?mejor que "
        r"(?:tenerme|yo)\b"
        r"|\bnadie (?:se daria|se va a dar|se dara) cuenta\b"
        r"|\b(?:el mundo|nadie|todos) no me (?:va|van) a extranar\b"
        r"|\bnadie me (?:va a|iba a) extranar\b"
        r"|\bsi (?:yo )?estuviera muert[oa]\b"
        # "Si me muero por lo menos mi esposo cobra el seguro".
        r"|\bsi (?:yo )?me muero\b.{0,20}?\bpor lo menos\b",
        unless=r"\bme muero (?:de (?:risa|hambre|sed|calor|frio|sueno|verguenza|ganas|miedo|"
        r"nervios)|feliz|content[oa]|haciendo|intentando)\b",
    ),
    rule(
        "es_sin_salida_de_otro_modo",
        signs.HOPELESSNESS,
        r"\brazon(?:es)? para que (?:siga|sigo) (?:viv[oa]|aqui|viviendo)\b"
        r"|\bsentido a seguir (?:viv[oa]|aqui|viviendo)\b",
    ),
    rule(
        "es_medios_de_otro_modo",
        signs.METHOD,
        r"\bque altura\b.{0,30}?\b(?:mueres|muere|morir|matarse|matarme)\b"
        r"|\b(?:meter|aventar|echar|tirar|estrellar) (?:el|mi) (?:carro|coche|auto) "
        r"(?:al|a la|contra|en el|en la) (?:rio|mar|lago|presa|barranco|muro|pared|arbol|trafico)\b"
        r"|\b" + _MEDS + r"\b.{0,40}?\ba proposito\b"
        r"|\bnudo de (?:horca|ahorcado)\b|\bhorca\b"
        r"|\b(?:ya se|se exactamente|ya decidi|ya escogi)\b.{0,20}?\b(?:que|cual) "
        r"(?:puente|edificio|azotea|pastillas|metodo)\b(?! (?:tomar|agarrar|cruzar|para llegar|"
        r"queda|esta)\b)",
    ),
    rule(
        "es_despedida_de_otro_modo",
        signs.PREPARATION,
        r"\bme despedi de\b.{0,60}?\b(?:no sabe|no saben|cree que|creen que|no se dio cuenta|"
        r"sin que)\b"
        r"|\b(?:esta es|sera) (?:mi|la) ultima (?:entrada|carta|nota|publicacion|mensaje)\b"
        # A goodbye to one's dog told with nothing else: "me despedí de mi perro hoy".
        r"|^(?:hoy )?me despedi de mi (?:perr[oa]|perrit[oa]|gat[oa]|gatit[oa]|mascota|lomito)"
        r"(?: (?:hoy|esta manana|anoche|hace rato))?\s*(?:💔|😢|😭|🥺)?\s*$"
        # The last message, and the children left in the other's care: "ya no te voy a volver a
        # escribir, nomás cuida bien a Sofi y a Mateo"; not the weekend that is theirs.
        r"|\bya no te voy a volver a (?:escribir|llamar|buscar|molestar)\b.{0,40}?\bcuida(?:me)? "
        r"(?:bien )?a \w+ y a \w+\b(?!.{0,30}\b(?:fin|te tocan?|sabado|domingo|"
        r"esta semana|mientras|hasta el)\b)",
        # A goodbye on leaving a job, a home or for a trip.
        unless=r"\b(?:jefe|jefa|trabajo|chamba|renuncio|renuncie|me mudo|mudanza|vacaciones|"
        r"viaje)\b",
    ),
    rule(
        "es_autolesion_de_otro_modo",
        signs.SELF_HARM,
        r"\bme (?:he estado|estoy|sigo|estuve) (?:golpeando|cortando|quemando|lastimando|"
        r"rasgunando)\b"
        r"|\breca(?:i|ida)\b.{0,20}?\b(?:cortadas|cortes|cortarme|autolesion\w*|lastimarme)\b",
        unless=_MISHAP_NOT_PLACE,
    ),
    # --- run 5: families of phrasings, each a frame rather than one phrase ---
    rule(
        "es_plazo_y_acto",
        signs.SUICIDAL_THOUGHTS,
        r"\b(?:este fin de semana|esta noche|esta semana|hoy|manana|pronto|ya|creo que) "
        r"me mato\b(?! (?:trabajando|estudiando|de|en el|corriendo))"
        + _SORE
        + r"|\b(?:en lo que|lo unico en (?:lo )?que) (?:\w+ )?(?:pienso|puedo pensar) es (?:en )?"
        r"(?:morirme|matarme|la muerte|suicidarme|quitarme la vida|no despertar|desaparecer)\b"
        r"|\blo voy a hacer (?:esta noche|hoy|manana|ya|pronto|este fin)\b.{0,30}?\b(?:ya tengo|"
        r"tengo todo|ya decidi|nadie)\b"
        r"|\bya tengo todo (?:listo|preparado)?\s*(?:para (?:hacerlo|irme|quitarme|matarme)|$)"
        r"|\bmi plan es (?:morirme|matarme|irme|quitarme|desaparecer|no despertar|acabar)\b"
        r"|\b(?:quiero|quisiera|me quiero|me voy a|voy a|necesito) ir(?:me)? para siempre\b"
        r"|\bno (?:estoy|se si voy a estar) segur[oa] de (?:seguir|estar) (?:aqui|viv[oa]|con "
        r"vida)\b"
        r"|\b(?:ya )?(?:termine|acabe) con (?:la|mi|esta) vida\b",
        unless=_IDIOM + r"|\b(?:de aqui|de la ciudad|del pais|de esta casa|del trabajo|a vivir|"
        r"de vacaciones|a mexico|a el salvador|a guatemala)\b",
    ),
    rule(
        "es_ojala_no_haber",
        signs.DEATH_WISH,
        r"\bojala (?:que )?(?:nunca |no )?(?:hubiera|hubiese) (?:existido|nacido)\b"
        r"|\bojala (?:que )?me hubiera muerto\b"
        r"|\bojala (?:que )?(?:esta|hoy|manana) (?:sea|fuera) (?:mi|la) ultima (?:noche|vez|dia)\b"
        # Not a racing heart: "ojalá que el corazón deje de latir tan rápido".
        r"|\b(?:ojala|quisiera|deseo|esperanza de|espero|le pido a dios|pido|rezo para) que (?:mi "
        r"corazon|el corazon) (?:se )?(?:pare|detenga|canse|rinda|deje de latir)\b"
        r"(?! (?:tan|de latir tan) (?:rapido|fuerte|acelerado|feo)\b)",
        unless=r"\b(?:vacaciones|fiesta|aqui|trabajo|ese trabajo|esta ciudad|de (?:risa|"
        r"verguenza|pena|hambre|sueno|ganas|nervios))\b",
    ),
    rule(
        "es_medios_marco",
        signs.METHOD,
        r"\b(?:meterme|aventarme|echarme|tirarme|atravesarme|cruzarme) (?:al|en el|frente al|"
        r"enfrente del|delante del|a la|en la) (?:trafico|tren|metro|camion|autopista|freeway|"
        r"carretera|calle)\b"
        r"|\b(?:pastillas|frasco|pistola|arma|soga|cuerda|navaja|cuchillo)\b.{0,40}?\bno "
        r"(?:dejo|puedo dejar) de (?:verl[oa]s?|pensar en (?:ell[oa]s?|usarl[oa]s?))\b"
        r"|\bbuscando (?:un lugar|un sitio|un edificio|un puente|una azotea)\b.{0,30}?\b(?:alto|"
        r"alta)\b"
        r"|\blo (?:bastante|suficientemente|sufiente) alt[oa] (?:para|como para)\b",
        unless=r"\b(?:foto|fotos|vista|mirador|paseo|turista|trabajo|chamba)\b",
    ),
    rule(
        "es_despedirse",
        signs.PREPARATION,
        r"\b(?:he estado|estoy|sigo|me estoy|me he estado|ando) despidiendo(?:me)? de\b"
        r"|\b(?:este|esto) es (?:un|mi) adios\b|\bmi (?:ultimo )?adios\b"
        r"|\bpara despedirme\b(?!.{0,30}\b(?:viaje|vacaciones|mudanza|me mudo|trabajo)\b)"
        r"|\b(?:pague|pagando|liquide) (?:todas )?mis (?:deudas|cuentas)\b.{0,40}?\b(?:llaves|"
        r"cuando ya no|para que nadie|no batallen)\b",
        unless=r"\b(?:me mudo|mudanza|viaje|vacaciones|de la oficina|del trabajo|de la escuela|"
        r"graduacion|jubil\w*|bloque\w*|contigo|a ti|entre nosotros|lo nuestro|nuestra relacion|"
        r"ya no te)\b",
    ),
    rule(
        "es_autolesion_enclitica",
        signs.SELF_HARM,
        r"\b(?:sigo|segui|vuelvo a|volvi a|empece a|estoy|estuve|ando|termine|acabe) "
        r"(?:\w+ ){0,4}?(?:lastimandome|"
        r"cortandome|quemandome|golpeandome|rasgunandome|mordiendome)\b"
        r"|\b(?:me )?(?:queme|corte|golpee|rasgune|mordi|pegue|machuque|aplaste"
        r"|rasque)\b.{0,40}?\ba proposito\b",
        unless=r"\b(?:no (?:fue )?a proposito|sin querer|por accidente|accidentalmente)\b|"
        r"\b(?:cocinando|picando|cebolla|papel|pelo|cabello|las unas|el fleco|las puntas|la barba|"
        r"las alas)\b",
    ),
    rule(
        "es_no_llegar_a",
        signs.SUICIDAL_THOUGHTS,
        r"\bno (?:creo|pienso|voy a|quiero) (?:llegar|vivir|durar) (?:a|hasta) (?:navidad"
        r"|mi cumple\w*|"
        r"fin de ano|ano nuevo|la otra semana|el otro mes|el otro ano|manana|el viernes|el lunes|"
        r"el verano)\b"
        r"|\b(?:forma|manera) mas (?:facil|rapida|segura|sencilla) de (?:irme|morir(?:me)?|"
        r"matarme|acabar|hacerlo)\b"
        r"|\b(?:tonight|today|hoy|esta noche) me mato\b"
        + _SORE
        + r"|\b(?:rezo|pido|le pido a dios|le rezo a dios|ojala) (?:\w+ )?para no (?:ver|despertar|"
        r"amanecer)\b|\bno ver otro (?:amanecer|dia)\b",
        unless=_IDIOM + r"|\b(?:entrega|proyecto|quincena|examen|semestre)\b",
    ),
    rule(
        "es_deseo_marco",
        signs.DEATH_WISH,
        r"\bsi me muero\b.{0,30}?\b(?:seria|sera|es) (?:un regalo|un alivio|lo mejor|una "
        r"bendicion|un descanso)\b"
        r"|\b(?:envidio|envidia|tengo envidia)\b.{0,20}?\bmuert[oa]s\b"
        # "Los del panteón sí descansan, qué envidia".
        r"|\b(?:los|las) (?:del panteon|del cementerio|muert[oa]s|difunt[oa]s)\b.{0,40}?\b(?:que "
        r"envidia|les tengo envidia|los envidio|las envidio)\b"
        r"|\b(?:ojala|quisiera|quiero|me gustaria) (?:pudiera )?dejar de ser\b",
        unless=_IDIOM,
    ),
    rule(
        "es_carga_marco",
        signs.BURDEN,
        r"\b(?:mas barato|mas facil|mejor|mas tranquil[oa]s?|en paz) (?:para (?:todos|ellos|"
        r"mi familia) )?si (?:yo )?(?:me muero|me muriera|ya no estoy|ya no estuviera|"
        r"desaparezco)\b"
        r"|\bdescansaria\w* si (?:yo )?(?:me muero|me muriera|ya no estoy|ya no estuviera)\b"
        r"|\bestoy de mas en (?:este mundo|la vida|esta vida|esta tierra)\b"
        r"|\ba nadie le (?:haria|haria yo|voy a hacer) falta\b",
    ),
    rule(
        "es_sin_esperanza_marco",
        signs.HOPELESSNESS,
        r"\b(?:ya no tiene caso|no tiene caso|para que)\b.{0,30}?\b(?:despertar|abrir los ojos|"
        r"vivir|seguir viv[oa]|levantarme)\b"
        r"|\b(?:despertar|abrir los ojos|vivir|seguir viv[oa])\b.{0,30}?\b(?:ya no tiene caso|no "
        r"tiene caso)\b"
        r"|\bme (?:decepciona|enoja|molesta|entristece) (?:seguir|estar|despertar) (?:viv[oa]"
        r"|aqui)\b"
        r"|\b(?:sin|acab\w*|ya no tengo|no tengo|perdi|ni)\b.{0,30}?\bganas de (?:seguir )?"
        r"(?:viv[oa]|vivir)\b",
    ),
    rule(
        "es_medios_conocidos",
        signs.METHOD,
        r"\b(?:balas|municion|cartuchos|tiros)\b.{0,50}?\b(?:pistola|arma|revolver|rifle|cuete)\b"
        r"|\b(?:guardad[oa]s|escondid[oa]s|juntad[oa]s) (?:las |mis |unas )?" + _MEDS + r"\b"
        r"|\b" + _MEDS + r" (?:guardad[oa]s|escondid[oa]s|juntad[oa]s)\b"
        r"|\b(?:cinturon|cable|cuerda|soga|lazo)\b.{0,20}?\b(?:ya esta|lista|listo|esperando|"
        r"amarrad[oa])\b"
        r"|\bcochera\b.{0,50}?\bmotor (?:prendido|encendido)\b|\bmotor (?:prendido|encendido)"
        r"\b.{0,50}?\bcochera\b"
        r"|\bya se (?:cual|que) (?:puente|edificio|azotea|pastillas)\b",
        unless=r"\b(?:caceria|tiro al blanco|doctor|doctora|enfermer\w*|receta|farmacia|"
        r"invierno|frio|calentar)\b",
    ),
    rule(
        "es_preparacion_marco",
        signs.PREPARATION,
        r"\bultimo abrazo\b"
        r"|\bquien se queda con (?:el perro|el gato|mis cosas|el carro|la casa|todo|mi)\b"
        r"|\b(?:casa|hogar|alguien que cuide) (?:a|para) mi (?:gato|perro|mascota)\b"
        r"|\bcontrasenas?\b.{0,60}?\b(?:ya no voy a volver|cuando ya no|por si"
        r"|no voy a regresar)\b",
        unless=r"\b(?:me mudo|mudanza|viaje|vacaciones|trabajo nuevo|alergi\w*|cumple\w*|"
        r"divorcio|navidad)\b",
    ),
    rule(
        "es_marcos_mas",
        signs.SUICIDAL_THOUGHTS,
        r"\b(?:escrito|planeado|pensado|decidido|apuntado|tengo)\b.{0,30}?\bcomo lo (?:haria|voy a "
        r"hacer|hare)\b"
        r"|\b(?:y|entonces|pues|ya) me mato\s*(?:,|$)"
        r"|\bno (?:haria|voy a hacer|hago) nada por salvarme\b|\bno lucharia por (?:vivir"
        r"|salvarme)\b"
        r"|\b(?:estar muert[oa]|morir(?:me)?|la muerte|no despertar)\b.{0,20}?\b(?:reconfortante|"
        r"tentador[a]?|un alivio|en paz)\b",
        unless=_IDIOM + r"|\b(?:pelicula|serie|libro|cancion|personaje|trabajo|chamba)\b"
        # Food so good one can die in peace: "el pastel estaba tan rico que ya me puedo morir";
        # not "soy tan buena para nada".
        r"|\b(?:estaba|estaban|esta|estan|quedo|quedaron) (?:tan|bien|muy|super) (?:ric[oa]s?|"
        r"buen[oa]s?|delicios[oa]s?|sabros[oa]s?)\b",
    ),
    rule(
        "es_frases_mas",
        signs.DEATH_WISH,
        r"\bque (?:dios|diosito|el senor) (?:ya )?me (?:lleve|recoja|quite la vida|quite el aire)\b"
        r"|\b(?:dios|diosito|senor),? (?:ya )?(?:llevame|recogeme)\b",
    ),
    rule(
        "es_envase_de_pastillas",
        signs.METHOD,
        r"\b(?:tomarme|tomare|me tomo|me tome|me voy a tomar|tragarme|me trague|me voy a tragar) "
        r"(?:todo |toda )?(?:el|un|la|una) (?:bote|frasco|caja|tira|blister|botella)\b"
        r"(?! de (?:agua|refresco|leche|jugo|cerveza|vino|soda|tequila|caguamas?|chelas?))",
    ),
    rule(
        "es_perdon_por_lo_que_hare",
        signs.PREPARATION,
        r"\bperdon\w*\b.{0,20}?\bpor lo que (?:voy a hacer|estoy a punto de hacer|estoy por "
        r"hacer|voy a hacer hoy)\b",
    ),
    rule(
        "es_medios_mas",
        signs.METHOD,
        r"\b(?:peligros[oa]s|mortales|letales) (?:de mezclar|juntas|juntos|si las mezclo)\b"
        r"|\b(?:cuchillo|navaja|pistola|pastillas|soga|cuete)\b.{0,30}?\bdebajo de (?:la|mi) "
        r"(?:almohada|colchon|cama)\b"
        r"|\bmonoxido de carbono\b"
        r"|\bsuficiente\b.{0,30}?\bpara (?:que sea rapido|morir(?:me)?|no despertar|matarme)\b"
        r"|\b(?:viendo|mirando|me quede viendo) (?:para|pa) abajo\b",
        unless=r"\b(?:detector|alarma|fuga|mecanico|receta|camping|perro|gato|bebe|"
        r"nin[oa]s?|rateros|ladrones|proteccion|seguridad|se meten)\b",
    ),
    rule(
        "es_preparacion_mas",
        signs.PREPARATION,
        r"\bcontrasena\b.{0,30}?\bnota\b|\bnota\b.{0,30}?\bcontrasena\b"
        r"|\bse (?:puede|pueden) quedar con (?:mi|mis) (?:carro|ropa|cosas|guitarra|perro|gato|"
        r"joyas|libros|depa|ahorros)\b",
        unless=r"\b(?:viej\w*|nuevo|me mudo|mudanza|viaje|vacaciones|vendo|vender|trabajo)\b",
    ),
    # --- threats to harm someone else ---
    rule(
        "es_amenaza",
        signs.HARM_OTHERS,
        r"\b" + _TARGET + r" (?:voy a|quiero|pienso|tengo ganas de|me dan ganas de) "
        r"(?:matar|apunalar|ahorcar|balacear|hacer dano|lastimar|golpear|quemar|atropellar)\b"
        r"|\b(?:voy a|quiero|pienso(?: en)?|tengo ganas de|me dan ganas de|estoy por|podria) "
        r"(?:matar|apunalar|ahorcar|balacear|lastimar|golpear|atropellar)" + _TARGET + r"\b"
        r"|\b(?:voy a|quiero|pienso) (?:hacerle|hacerles) dano\b"
        r"|\b(?:voy a|quiero|pienso) (?:dispararle|dispararles|romperle la cara|matar a) "
        r"|\b(?:voy a|quiero|pienso|tengo ganas de|me dan ganas de|ganas de) (?:matar|apunalar|"
        r"lastimar|golpear|atropellar|quemar) (?:a )?(?:alguien|todos|el|ella|ellos|mi ex|su "
        r"novi[oa]|mi jefe|mi bebe|mis hijos)\b"
        r"|\b(?:quemarle|incendiarle) la casa\b"
        r"|\b(?:voy a|quiero|pienso|tengo ganas de|me dan ganas de) (?:matar|apunalar|lastimar|"
        r"golpear|atropellar|balacear) (?:al|a la|a los|a las|a mi|a su|a ese|a esa) \w+"
        r"|\b(?:lastimar|hacerle dano|sacudir) a mi (?:bebe|hij[oa])\b"
        r"|\b(?:cuchillo|pistola|arma|navaja|bate)\b.{0,40}?\b(?:su casa|donde vive|su trabajo|"
        r"voy para alla)\b"
        r"|\bse donde vive\b.{0,40}?\b(?:pistola|arma|cuchillo|matar|lastimar)\b"
        r"|\b(?:su casa|donde vive|su trabajo)\b.{0,30}?\b(?:cuchillo|pistola|arma|navaja|bate)\b"
        r"|\b(?:le|les|lo|la) voy a (?:disparar|pegar un tiro|apunalar|cortar el cuello)\b",
        unless=_NOT_A_THREAT,
    ),
    rule(
        "es_hacer_dano",
        signs.HARM_OTHERS,
        r"\b(?:le|les) voy a hacer (?:mucho |muchisimo |tanto )?dano\b"
        r"(?!.{0,20}\b(?:con la verdad|emocional|si le digo|si les digo)\b)",
        unless=_NOT_A_THREAT,
    ),
    rule(
        "es_amenaza_marco",
        signs.HARM_OTHERS,
        r"\bno va a salir (?:caminando|viv[oa]|enter[oa]|de esta)\b"
        r"|\b(?:lo|la|los|las) quiero ver muert[oa]s?\b",
        unless=_NOT_A_THREAT,
    ),
    rule(
        "es_amenaza_mas",
        signs.HARM_OTHERS,
        r"\bpara (?:picar|matar|apunalar|golpear|balacear|ahorcar|atropellar)(?:lo|la|los|las)\b"
        r"|\bpara dispararle\b"
        r"|\b(?:le|les) (?:disparo|meto un tiro|pego un tiro|pego un balazo)\b"
        # "Le doy un plomazo", "le entierro el cuchillo".
        r"|\b(?:le|les) (?:doy|meto|pego|voy a (?:dar|meter|pegar)) un (?:balazo|plomazo|cuetazo|"
        r"fierrazo|navajazo|machetazo|cuchillazo)\b"
        # "Va a enterrar a su hijo"; "a ver si sale caminando".
        r"|\b(?:va|vas|van) a (?:enterrar|velar) a (?:su|tu) (?:hij[oa]|herman[oa]|espos[oa]|"
        r"novi[oa]|mama|papa)\b"
        r"|\b(?:a ver si|no va a|no vas a) (?:sale|salir) caminando\b"
        r"|\b(?:le|les) (?:entierro|clavo) (?:el|la|mi) (?:cuchillo|navaja|fierro|filero|pala|"
        r"machete|desarmador)\b"
        # "La próxima subo con el machete", "mañana me la paga ese…".
        r"|\b(?:la proxima|otra vez|si vuelve|si lo vuelve)\b.{0,30}?\b(?:subo|bajo|voy|llego|"
        r"entro|le caigo) con (?:el|un|mi|la|una) (?:machete|cuchillo|bat|bate|fierro|pistola|"
        r"cuete|navaja|escopeta)\b"
        r"|\b(?:manana|hoy|esta noche|pronto) me la (?:paga|pagan|va a pagar)(?:\s*$| es[ea]s? \w+"
        r"\s*$)",
        unless=_NOT_A_THREAT + r"|\b(?:juego|videojuego|partido|foto|fotos)\b"
        # Yard work: "la próxima voy con el machete a cortar el zacate", "le entierro la pala a
        # la tierra".
        r"|\b(?:zacate|monte|milpa|cana|ramas|arbustos|maleza|cocos?|jardin|tierra|hoyo|raiz|"
        r"raices|arbol)\b"
        r"|\b(?:al|a la) (?:pastel|pan|pollo|sandia|melon|queso|pay|rosca|pavo)\b",
    ),
    rule(
        "es_amenaza_jerga",
        signs.HARM_OTHERS,
        r"\b" + _TARGET + r" (?:voy a|quiero|pienso) (?:quebrar|tronar|picar|filerear|madrear|"
        r"fusilar|plomear|desaparecer)\b"
        r"|\b(?:voy a|quiero|pienso) (?:quebrar|tronar|picar|filerear|madrear|plomear)"
        + _TARGET
        + r"\b"
        r"|\b(?:meter|meterle|dar|darle|clavar|clavarle) (?:una punalada|un balazo|un tiro|un "
        r"plomazo|un navajazo|un cuchillazo|un filerazo)\b",
        unless=_NOT_A_THREAT,
    ),
    # --- run 6: more families of phrasings ---
    rule(
        "es_condicional",
        signs.SUICIDAL_THOUGHTS,
        r"\bsi\b.{0,50}?\bme mato\s*(?:,|$|te lo juro|lo juro|de verdad)"
        r"|\bsolo (?:muriendome|muert[oa]|matandome)\b"
        r"|\b(?:nada|nadie) que me haga querer vivir\b"
        r"|\bcasi lo hago\b.{0,40}?\bintent\w*\b",
        unless=_IDIOM,
    ),
    rule(
        "es_deseo_mas",
        signs.DEATH_WISH,
        r"\b(?:si )?(?:hoy|manana) fuera mi ultimo dia\b.{0,30}?\b(?:igual|mejor|bien|feliz)\b"
        r"|\b(?:deseo|ojala|quisiera)\b.{0,30}?\b(?:avion|carro|camion|edificio|techo)\b.{0,30}?"
        r"\bconmigo\b"
        r"|\bojala (?:que )?me (?:peguen|pegaran|dieran|den|metieran) un (?:balazo|tiro|plomazo)\b"
        r"|\b(?:dios|diosito|senor)(?: mio)?,? (?:ya )?(?:llevame|recogeme)\b"
        r"|\bla muerte se me hace (?:tranquila|bonita|un alivio|atractiva|buena idea)\b"
        r"|\btrague la tierra\b.{0,30}?\b(?:nunca|para siempre|no salir)\b",
    ),
    rule(
        "es_carga_mas",
        signs.BURDEN,
        r"\b(?:velorio|funeral|entierro)\b.{0,20}?\b(?:no (?:habria|iria|va a ir|vendria) nadie|"
        r"nadie)\b"
        r"|\bse librarian de mi\b|\blibrarse de mi\b"
        r"|\bnadie me (?:va a |iba a |iria a )?llorar\w*\b",
    ),
    rule(
        "es_medios_mas_2",
        signs.METHOD,
        r"\b(?:echarme|aventarme|tirarme|meterme) (?:en frente|enfrente|delante) (?:del|de la) "
        r"(?:tren|metro|camion|trafico|carro)\b"
        r"|\b" + _MEDS + r"\b.{0,20}?\b(?:es|son|seria|serian) (?:mortal|mortales|letal|letales)\b"
        r"|\b" + _MEDS + r" listas\b"
        r"|\b(?:podria tomar|puedo tomar|tomar|tomarme) todas (?:mis|las) " + _MEDS + r"\b"
        r"|\bahogarme (?:en|al)\b",
        unless=r"\b(?:para (?:el|la) (?:dolor|gripa|fiebre)|doctor|receta|de la manana|al dia)\b",
    ),
    rule(
        "es_despedida_mas",
        signs.PREPARATION,
        r"\b(?:este es|sera) mi ultimo (?:mensaje|post|audio|video|texto)\b"
        r"|\b(?:porque|por que) (?:es|sera) la ultima vez\b",
        unless=r"\b(?:del ano|de la semana|en el grupo|del dia|antes de (?:mis|las) vacaciones|"
        r"en este trabajo|como empleado|me mudo)\b",
    ),
    rule(
        "es_autolesion_mas",
        signs.SELF_HARM,
        r"\bhasta que (?:sangran|me sangran|salga sangre|me salio sangre|sangro)\b"
        r"|\b(?:en|sobre) (?:la|mi) piel con (?:una|la|mi) (?:navaja|cuchilla|hoja|tijera|aguja)\b"
        r"|\bpara castigarme\b|\bme castigo (?:con|sin|cortandome|pegandome)\b",
        unless=r"\b(?:dieta|ayuno|gym|cuaresma|tatuaje)\b",
    ),
    rule(
        "es_amenaza_mas_2",
        signs.HARM_OTHERS,
        r"\bsi\b.{0,60}?\b(?:lo|la|los|las) mato\b"
        r"|\b(?:pense en|quiero|voy a|pienso) envenenar\w*\b"
        r"|\b(?:podria|puedo|pense en|sueno con|fantaseo con|me imagino) (?:matar|ahorcar|"
        r"apunalar|atropellar|golpear)(?:lo|la|los|las)?(?: a (?:mi|su|ese|esa) \w+)?\b"
        r"|\b(?:le|les) echo el carro\b|\b(?:echarle|aventarle) el carro\b",
        unless=_NOT_A_THREAT,
    ),
    rule(
        "es_amenaza_mas_3",
        signs.HARM_OTHERS,
        r"\b(?:no (?:llega|va a llegar) (?:al|a la|a) (?:otro|otra|su|proxim[oa]) \w+)\b.{0,30}?"
        r"\byo me encargo\b"
        r"|\b(?:lo|la|los|las) (?:voy a|quiero) mandar al (?:hospital|panteon|hoyo|otro mundo)\b"
        r"|\bme (?:lo|la) (?:echo|voy a echar|quiebro|trueno)\b",
        unless=_NOT_A_THREAT + r"|\b(?:taco|chela|cafe|trago|tequila|cerveza|pan|mario kart|"
        r"juego|partido)\b",
    ),
    rule(
        "es_deseo_mas_2",
        signs.DEATH_WISH,
        r"\b(?:esperando|espero|ojala|quisiera) que me pase (?:algo|un accidente)\b"
        r"|\bdej(?:en|a)me morir\b",
        unless=_IDIOM + r"|\b(?:bonito|bueno|chido)\b",
    ),
    rule(
        "es_medios_pensados",
        signs.METHOD,
        r"\b(?:puente|azotea|edificio|vias|barranco)\b.{0,40}?\ben (?:el|la|las|los) que "
        r"(?:pienso|siempre pienso)\b",
        unless=r"\b(?:arquitectura|foto|trafico|diseno)\b",
    ),
    # --- maneras de decirlo que ninguna frase de arriba lleva ---
    rule(
        "es_muerte_suena_bien",
        signs.DEATH_WISH,
        r"\b(?:seria|estaria|que) (?:tan |bien |muy )?(?:bonito|lindo|bueno|padre|chido|genial|"
        r"un alivio|rico|tranquilo) (?:seria |sera )?(?:morirme|morir|estar muert[oa]|ya no "
        r"despertar|no despertar"
        r"|dormirme para siempre|dejar de existir|no existir)\b"
        r"|\b(?:espero|espera|ojala|rezo|pido)\b.{0,40}\b(?:terminal|cancer|incurable|mortal)\b"
        r"|\b(?:estar muert[oa]|morirme|morir|no despertar|dejar de existir|no existir) (?:seria|"
        r"se sentiria|suena|se siente|es|sera) (?:como )?(?:un |una )?(?:descanso|alivio|paz|"
        r"bendicion|lo mejor|la solucion)\b"
        r"|\bojala\b.{0,40}\b(?:se me pare el corazon|el corazon se me pare|me de un infarto|"
        r"se (?:caiga|estrelle) el (?:avion|camion)|me caiga un rayo|no amanezca|ya no amanezca)\b",
        unless=r"\b(?:no sea|que no|no tenga|cura|benigno|por (?:el|ella|ellos))\b",
    ),
    rule(
        "es_mejor_si_me_muero",
        signs.BURDEN,
        r"\bsi me (?:muero|muriera|mato|matara|fuera|voy|desaparezco|desapareciera)\b.{0,60}?\b"
        r"(?:por fin|descansarian|estarian mejor|fiesta|ni cuenta|alivio|mas tranquil\w*|"
        r"dejarian de (?:preocuparse|sufrir|batallar|gastar))\b"
        r"|\b(?:harian|haria|hacen|harian una) fiesta si me (?:muero|muriera|mato|voy)\b"
        r"|\b(?:la tierra|el mundo|el planeta|la vida|todo) (?:va a estar|estaria|estara|seguiria|"
        r"seguira|va a seguir) (?:bien|mejor|igual) sin mi\b",
    ),
    rule(
        "es_cansada_de_vivir",
        signs.HOPELESSNESS,
        r"\b(?:cansad[oa]|harta|harto|me canse|me cansé|estoy cansad[oa])\b (?:\w+ ){0,5}"
        r"(?:y )?de (?:vivir|existir|estar viva|estar vivo|seguir viva|seguir vivo)\b"
        r"|\ba menos que (?:yo )?me (?:acabe|muera|mate|quite la vida|vaya para siempre)\b"
        r"|\bno encuentro (?:una |ninguna )?razon (?:para|de) (?:vivir|seguir)\b",
    ),
    rule(
        "es_lo_planeo",
        signs.SUICIDAL_THOUGHTS,
        r"\b(?:busque|buscando|googlee|investigue|investigando)\b.{0,30}\b(?:formas|maneras|como)"
        r"\b.{0,40}\b(?:sin dolor|no despertar|morir|ya nunca|matarme|irme para siempre)\b"
        r"|\b(?:planeando|planeo|planee|pensando) (?:como|cuando) irme\b"
        r"(?! (?:a|de|al|para|pa|en|con)\b)"
        r"|\bganas de (?:acabar con todo|acabar con mi vida|matarme|morirme|ya no estar)\b",
        unless=r"\b(?:no tengo|ya no tengo|cero) ganas\b"
        # "Ganas de morirme tantito" is a wince, not a wish.
        r"|\bmorirme (?:tantito|poquito|un poquito|tantitito)\b",
    ),
    rule(
        "es_para_que_sigo",
        signs.HOPELESSNESS,
        r"\bpara que (?:sigo|seguir|existo|vivo|sigo viv[oa]|sigo aqui)\s*$"
        r"|\b(?:se me acabaron|ya no tengo|no me quedan|me quede sin) (?:las |mis )?(?:razones|"
        r"motivos) (?:para|de) (?:seguir|vivir|estar aqui)\b"
        r"|\bno me quedan (?:\w+ ){0,3}(?:razones|motivos)\b",
    ),
    rule(
        "es_carga_dicha",
        signs.BURDEN,
        r"\bestarian (?:mas |muy )?(?:livian[oa]s|tranquil[oa]s|felices|mejor|en paz|libres) sin "
        r"mi\b"
        r"|\bsoy (?:un|una) (?:pozo sin fondo|gasto|estorbo|lastre|desperdicio de dinero)\b",
    ),
    rule(
        "es_atropello_deseado",
        signs.DEATH_WISH,
        r"\bsi (?:manana |hoy )?me (?:atropella|atropellara|choca|chocara|cae|cayera) (?:un|una|el)"
        r" \w+\b.{0,40}\b(?:gracias a dios|que bueno|mejor|alivio|me da igual)\b"
        r"|\b(?:espero|esperando|quisiera|deseo|pido|rezo)\b (?:\w+ )?(?:ya )?no "
        # Not waking someone else: "espero no despertar al bebé".
        r"despertar(?:me)?\b" + _NOT_WAKING_SOMEONE,
        unless=r"\b(?:jaja\w*|por lo menos|me salto|me libro de|xd)\b",
    ),
    rule(
        "es_gracias_sin_decir",
        signs.PREPARATION,
        r"\b(?:mande|escribi|llame|abrace|visite|agradeci|le dije|les dije)\b.{0,80}\bno "
        r"(?:saben|sabe) (?:por que|porque)\b",
    ),
    rule(
        "es_llego_armado",
        signs.HARM_OTHERS,
        r"\b(?:llegue|llego|voy|aparezca|me aparezco|me presento)\b.{0,10}\bcon "
        r"(?:la|una|mi|el|un) (?:pistola|arma|navaja|cuchillo|fusca|machete|escopeta)\b",
        unless=r"\b(?:jaja\w*|juego|pelicula|serie|disfraz|halloween|zacate|monte|milpa|cana|"
        r"ramas|maleza|jardin|cortar)\b",
    ),
    # "Me le aparezco en su casa y no la dejo entera": the threat is said with a "no", which
    # the other threats' exceptions read as a threat taken back; not a cake left unfinished.
    rule(
        "es_no_la_dejo_entera",
        signs.HARM_OTHERS,
        r"\bno (?:la|lo|los|las) dejo enter[oa]s?\b",
        unless=r"\b(?:jaja\w*|jeje\w*|xd|lol|pastel|pizza|torta|pollo|comida|plato|botella|sandia|"
        r"melon|pan|galletas?|tamales?|tacos?|carne|rosca|pay)\b|😂|🤣",
    ),
    rule(
        "es_armado_para_alguien",
        signs.HARM_OTHERS,
        r"^(?=.*\b(?:martillo|pistola|navaja|cuchillo|escopeta|bate|machete|fusca|arma|rifle)\b)"
        # "es para él", a person, not "es para el campamento".
        r"(?=.*\b(?:su horario|esta sol[oa]|es para (?:el|ella)(?=\s*(?:$|[,.;:!?]|y\b|pero\b|"
        r"que\b|porque\b))|es para mi ex|para mi ex\s*$)).*"
        r"|\bya no va a respirar\b|\bno va a (?:quedar|salir) viv[oa]\b"
        r"|\b(?:lastimar|golpear|madrear|pegar)\w* .{0,30}\b(?:termine|acabe) en (?:urgencias|el "
        r"hospital|terapia intensiva|la morgue|el panteon)\b",
        unless=r"\b(?:jaja\w*|risa|cacería|caceria|regalo|cumple\w*|repisa|clavos|juego)\b",
    ),
    rule(
        "es_cubiertos_despues",
        signs.PREPARATION,
        r"\b(?:pa|para) que no (?:batalle|batallen|sufra|sufran|le falte|les falte)\b.{0,20}\b"
        r"(?:despues|cuando ya no este|cuando me vaya)\b"
        r"|\bpor si (?:ya )?no (?:estoy|este)\s*(?:$|,)"
        r"|\bbeneficiari[oa]\b.{0,40}\b(?:nomas|nada mas|solo|ya solo) faltaba eso\b"
        r"|\b(?:cartas?|notas?|cartitas?|notitas?)\b.{0,40}\b(?:debajo de|bajo) (?:la|su|sus|mi) "
        r"almohadas?\b"
        r"|\bla ultima vez que (?:vi|veo|abrace|hable)\b.{0,40}\b(?:ni saben|no saben|no sabe|"
        r"ni sabe|no lo saben)\b",
        unless=r"\b(?:cuando llegues|la llave|paquete|de viaje|vacaciones|trabajo nuevo|"
        r"cumple\w*|aniversario|san valentin|sorpresa|raton|hada|de los dientes)\b",
    ),
    rule(
        "es_bien_si_se_para",
        signs.DEATH_WISH,
        r"\b(?:estaria bien|no me importaria|que bueno seria|seria un alivio) si\b.{0,30}\b"
        r"(?:el corazon se me para|se me para el corazon|me muero|me muriera|no despierto|"
        r"no despertara)\b",
        unless=r"\b(?:jaja\w*|me contesta|me besa)\b",
    ),
    rule(
        "es_salir_de_la_vida",
        signs.SUICIDAL_THOUGHTS,
        r"\b(?:hacer logout|salirme|desconectarme|darme de baja|bajarme) de (?:la vida|este mundo|"
        r"la existencia)\b"
        r"|\b(?:veo|miro|viendo|mirando)\b (?:\w+ ){0,3}(?:soga|cuerda|pistola|pastillas|puente|"
        r"vias|navaja)\b.{0,30}\b(?:con otros ojos|diferente|distinto)\b",
    ),
    rule(
        "es_que_me_lleve",
        signs.DEATH_WISH,
        r"\bojala\b.{0,40}\bme (?:lleve|arrastre|trague)\b"
        r"|\b(?:respirarian|dormirian|vivirian|estarian)\b.{0,20}\bsi (?:me esfumo|me esfumara|"
        r"desaparezco|desapareciera|me muero|me muriera|ya no estuviera)\b",
        unless=r"\b(?:de vacaciones|a la playa|al concierto|a bailar|jaja\w*)\b",
    ),
    rule(
        "es_cicatrices_abiertas",
        signs.SELF_HARM,
        r"\b(?:me )?(?:abri|reabri|rasque|arranque)\b.{0,20}\b(?:cicatrices|heridas|cortadas)\b",
        unless=r"\b(?:cirugia|puntos|doctor|cesarea|tatuaje|granos?)\b",
    ),
    rule(
        "es_fecha_escogida",
        signs.SUICIDAL_THOUGHTS,
        # "Ya tengo fecha, después de la boda de mi hermana": a date with nothing to be dated.
        r"\bya (?:tengo|escogi|elegi|puse) (?:la |una )?fecha\s*(?:,|$)",
        unless=r"\bpara (?:mi|la|el|nuestra) (?:boda|cita|examen|mudanza|cirugia|viaje|"
        r"entrevista|fiesta|operacion)\b",
    ),
    rule(
        "es_medio_a_la_mano",
        signs.METHOD,
        r"\bme (?:estacione|pare|sente|quede|detuve)\b.{0,30}\b(?:el|un|la|una) (?:puente|paso a "
        r"desnivel|azotea|orilla|barranco|vias|cornisa)\b.{0,60}?\b(?:viendo|mirando|"
        r"mucho tiempo|una hora|horas|el agua|lo alto|la caida)\b"
        r"|\b(?:echarme|aventarme|tirarme|lanzarme|arrojarme|botarme)\b.{0,20}\b(?:del|de un|"
        r"desde el|al) (?:paso a desnivel|puente|segundo piso|edificio|techo|azotea|barranco|"
        r"precipicio|acantilado|periferico|viaducto)\b"
        r"|\b(?:pistola|arma|pastillas|puente|cuerda|soga|cuchillo|navaja|vias)\b.{0,30}\bme "
        r"(?:esta|estan|sigue|siguen) llamando\b"
        r"|\b(?:usarla|usarlo|la quiero usar|lo quiero usar|las quiero usar|usar(?:la|lo)?) "
        r"conmigo\b"
        r"|\b(?:cuchillo|navaja|pistola|soga|cuerda|pastillas|cuter|arma)\b.{0,30}\b(?:en la cama"
        r"|junto a mi|bajo la almohada|debajo de (?:la|mi) almohada|al lado de mi cama)\b",
        # "El cuchillo de la cocina" under a pillow is not a kitchen; cooking or eating there is.
        unless=r"\b(?:foto|atardecer|fuegos artificiales|cohetes|el desfile|la vista|el paisaje|"
        r"trafico|pescar|pan|mantequilla|en la cocina|cocinando|"
        r"cocinar|comiendo|comi|cenando|cene|desayun\w*|rateros|ladrones|proteccion|se meten)\b",
    ),
    rule(
        "es_despedida_hecha",
        signs.PREPARATION,
        r"\b(?:es|este es|sera|va a ser) (?:el|mi) ultimo (?:mensaje|audio|whats|texto)\b"
        r"|\bultimo (?:mensaje|audio|whats|texto) (?:que (?:te|les) (?:mando|envio|escribo)|de mi "
        r"parte)\b"
        r"|\b(?:mi|este es mi|el) (?:mensaje|texto) final\b"
        r"|\bdonde (?:esta|estan) (?:todo|mis (?:cosas|papeles|documentos))\b.{0,40}\bpor si "
        r"(?:acaso|algo me pasa|me pasa algo)\b"
        r"|\b(?:clave|claves|contrasena|contrasenas|nip|pin|papeles|documentos|cuentas|seguro)\b"
        r".{0,60}\bpor si (?:algo me pasa|me pasa algo)\b"
        r"|\b(?:para no dejar|sin dejar) (?:deudas|pendientes|nada pendiente)\b.{0,30}\bcuando "
        r"(?:me vaya|ya no este|me muera)\b"
        r"|\b(?:mis cosas|mi ropa|mis libros)\b.{0,30}\b(?:con (?:nombres|el nombre de)|"
        r"etiquetad\w+ (?:con|para))\b"
        r"|\b(?:deje|dejando|escribi|organice|ordene|ordenad[oa]|acomode|arregle|instrucciones|"
        r"puse|papelitos|nombres?|etiquete|"
        r"notas?|cartas?|contrasenas)\b.{0,80}\b(?:para despues|para cuando ya no (?:este|estoy)"
        r"|para cuando me vaya)\s*$"
        r"|\b(?:borre|cerre|cancele|regale|vendi)\b.{0,60}\b(?:ya casi es hora|ya es hora)\s*$"
        r"|\bmis (?:papeles importantes|contrasenas|claves|seguro de vida|poliza|testamento|"
        r"papeles)\b.{0,50}\bpor si (?:acaso|algo me pasa|me pasa algo)\b"
        r"|\bme despedi de\b.{0,40}\b(?:no creo (?:volver|que la vuelva|que lo vuelva)|por "
        r"ultima vez)\b"
        r"|\babrace\b.{0,60}\b(?:no|nada de esto|nada) (?:es|fue|sera|era) su culpa\b"
        r"|\bpara que nadie (?:tenga|tuviera) que (?:batallar|lidiar|preocuparse|arreglar|limpiar|"
        r"buscar)\b"
        r"|\b(?:escribi|deje) (?:unas |las |mis )?(?:notas|cartas|cartitas)\b.{0,60}\b(?:estan|"
        r"las deje|las puse|las guarde) (?:en|debajo|bajo|dentro)\b",
        unless=r"\b(?:del dia|antes de|por hoy|del ano|de hoy|trabajo|oficina|navidad|"
        r"cumpleanos|ya no te voy a buscar|te voy a bloquear|te bloqueo|divorcio|separacion|"
        r"ruptura|wifi|nana|ninera|viaje|vacaciones|me mudo|mudanza|intercambio)\b",
    ),
    rule(
        "es_lastimarse_dicho",
        signs.SELF_HARM,
        r"\b(?:use|uso|usando|pase|pasé)\b (?:una |la |el |un )?(?:navaja|cuchilla|rastrillo|"
        r"gillette|cutter|cuter|vidrio|tijeras|compas)\b.{0,20}\b(?:en|por|sobre) (?:mi|mis) "
        r"(?:brazo|brazos|muneca|munecas|pierna|piernas|muslo|muslos|piel|panza)\b"
        r"|\bme (?:quemo|queme|corto|corte|pego|pegue|rasguno|lastimo|lastime|golpeo|golpee)\b"
        r".{0,50}\ba proposito\b"
        r"|\b(?:regrese|volvi|recai) (?:a|con) (?:la|las|el|los) (?:navaja|navajas|cuchilla|"
        r"cuchillas|rastrillo|cortadas)\b|\b(?:regrese|volvi) a (?:cortarme|quemarme)\b"
        r"|\brompi mi racha\b.{0,30}\b(?:me corte|me queme|me lastime|recai)\b",
        unless=r"\b(?:sin querer|no (?:fue )?a proposito|por accidente|el pelo|el cabello|el fleco|"
        r"las unas|la barba)\b",
    ),
    rule(
        "es_amenaza_dicha",
        signs.HARM_OTHERS,
        r"\b(?:me imagino|imagino|sueno con|pienso en|fantaseo con) (?:\w+ )?(?:disparandole|"
        r"matandol[oa]s?|apunaland\w+|acuchilland\w+|ahorcand\w+|atropelland\w+|envenenand\w+|"
        r"estranguland\w+|dispararle|apunalarl[oa]|envenenarl[oa])\b"
        r"|\b(?:mato|matare|voy a matar|lastimo|apunalo|balaceo) a (?:cualquiera|quien sea|el que"
        r"|la que) (?:que )?(?:toque|vuelva a tocar|lastime|se acerque a) (?:a )?mis? (?:hij\w+|"
        r"familia|ninos|nenas?)\b"
        r"|\b(?:lo|la|los|las|le) (?:apunalo|acuchillo|balaceo|degollo|plomeo|rajo|ahorco)\b"
        r"|\bmis manos (?:en|alrededor de) su (?:cuello|garganta)\b"
        r"|\bveneno\b.{0,30}\ben su (?:comida|bebida|cafe|agua|plato|cerveza|refresco)\b"
        r"|\b(?:navaja|cuchillo|pistola|arma|fusca|cuerno|machete|bate)\b.{0,60}\b(?:(?:lo|la|los)"
        r" estoy esperando|afuera de su|fuera de su|voy (?:para|pa) su|en su (?:casa|chamba|"
        r"trabajo))\b"
        r"|\bver(?:lo|la|los) (?:ahogarse|desangrarse|morirse|sangrar)\b|\bsu propia sangre\b"
        r"|\b(?:echar|aventar)(?:le|les)? el (?:carro|coche|troca|camioneta) encima\b",
        unless=r"\b(?:jaja\w*|jeje\w*|lol|xd|de broma|bromeando|juego|pelicula|serie)\b|😂|🤣",
    ),
    # --- run 8: the ways of saying each sign that run 7's phrases showed no rule read ---------
    rule(
        "es_carga_espacio",
        signs.BURDEN,
        # Worth less than the air or room one takes: "no valgo nada, nomás ocupo espacio".
        r"\b(?:soy|me siento|siento que soy) (?:un |una |puro |pura )?(?:desperdicio|gasto) de "
        r"(?:aire|espacio|oxigeno|comida|vida)\b"
        r"|\bno valgo nada\b.{0,30}\b(?:ocupo|estorbo|sobro|respiro)\b"
        r"|\b(?:solo|nomas|nada mas|nada mas que) (?:ocupo|estorbo|gasto) (?:espacio|lugar|aire|"
        r"oxigeno)\b"
        r"|\bsoy (?:pura|una|puro) (?:carga|estorbo)\b.{0,30}\b(?:para(?:')? que|pa que|por que)"
        r" (?:sigo|estoy|me quedo)\b"
        r"|\bmerece(?:n)? (?:una )?vida sin (?:tener que )?(?:cuidarme|cargarme|aguantarme|"
        r"mantenerme|mi|preocuparse por mi)\b.{0,20}\bsin mi\b",
        unless=r"\b(?:jaja\w*|jeje\w*|lol|xd|en el trabajo|en la chamba|en clase)\b",
    ),
    rule(
        "es_deseo_de_muerte_de_lado",
        signs.DEATH_WISH,
        # A wish to die set in a coffin, or handed to lightning or a truck.
        r"\bme (?:quisiera|quiero) ver muert[oa]\b|\b(?:quisiera|quiero) verme muert[oa]\b"
        r"|\bme (?:imagino|veo|pienso) en (?:un|el|mi) (?:ataud|cajon)\b"
        r".{0,30}\b(?:paz|tranquil\w*|alivio|ojala|descanso)\b"
        r"|\bojala me (?:atropelle|pise|mate|caiga encima) (?:un|el|una|la) (?:camion|carro|coche|"
        r"auto|tren|bus|trailer|troca|rayo|avion|edificio)\b"
        r"|\bojala me (?:agarre|pegue|lleve) (?:un|el) (?:camion|carro|coche|trailer|tren) "
        r"(?:cuando|al) cruz"
        r"|\bsi me cae un rayo\b.{0,20}\b(?:no me quejo|mejor|ojala)\b"
        r"|\b(?:coraje|rabia|tristeza|decepcion) de (?:seguir|despertar|amanecer) (?:aqui|con vida|"
        r"viv[oa])\b",
        unless=r"\b(?:jaja\w*|jeje\w*|lol|xd|pelicula|serie|cancion|libro|juego)\b|😂|🤣",
    ),
    rule(
        "es_amenaza_con_medios_en_camino",
        signs.HARM_OTHERS,
        # Fuel or a weapon carried towards someone, or a threat said to be no joke.
        r"\b(?:llevo|llevare|voy a llevar|traigo) (?:la |una |un |el )?(?:gasolina|garrafa de "
        r"gasolina|bidon de gasolina|thinner|alcohol para quemar)\b"
        r"|\bllevo (?:el|la|un|una|mi) (?:cuchillo|navaja|pistola|arma|fusca|machete|bate)\b"
        r".{0,40}\b(?:mochila|bolsa|chamarra|carro|bolsillo)\b"
        r"|\b(?:lo|la|los|las) mato\b.{0,20}\by no es (?:broma|cotorreo|juego|choro|chiste)\b"
        r"|\bme las (?:va|van) a pagar\b.{0,60}\bme voy a (?:asegurar|encargar)\b",
        unless=r"\b(?:jaja\w*|jeje\w*|lol|xd|de broma|bromeando|asador|carne asada|cocina nueva|"
        r"campamento|camping|podadora|lancha|planta|carro|coche|tanque|troca|moto|gasolinera|"
        r"viaje|carretera|picnic|dia de campo|partido|beisbol|softbol|pastel)\b|😂|🤣",
    ),
    rule(
        "es_sin_razon_para_seguir",
        signs.HOPELESSNESS,
        # Dying as the only way out, or a life no longer worth it: "vivir ya no me sale a cuenta".
        r"\bme tengo que morir para que (?:esto|el dolor|todo|esta cosa) (?:pare|acabe|termine|"
        r"se acabe)\b"
        r"|\bvivir ya no me (?:sale a cuenta|conviene|vale la pena|sirve)\b"
        r"|\b(?:para(?:')? que|pa que|por que) (?:sigo|seguir) (?:vivo|viva|con vida|respirando)\b"
        r"|\bmi vida (?:es|se volvio|se ha vuelto)\b.{0,50}\b(?:para(?:')? que|pa que) quedarme\b",
        unless=r"\b(?:jaja\w*|lol|xd|trabajo|chamba|escuela|fiesta|grupo|depa|departamento|"
        r"ciudad|equipo)\b",
    ),
    rule(
        "es_alturas_y_vias_a_la_mano",
        signs.METHOD,
        # Heights, tracks, an engine, a wheel let go, a blade, with the person there.
        r"\b(?:estoy|estaba|me subi|me quede|me quedé) (?:en|a) la (?:azotea|cornisa|orilla|barda)"
        r"\b.{0,40}\b(?:alto|altisimo|abajo|caer|brincar|saltar)\b"
        r"|\b(?:acantilado|barranco|precipicio|vias del tren)\b.{0,60}\b(?:me quede (?:parad[oa]|"
        r"esperando|viendo)|en la orilla|esperando (?:el|al) tren)\b"
        r"|\bsi suelto el volante\b.{0,40}\b(?:ya estuvo|se acaba|se acabo|todo termina|me "
        r"estrello|nadie)\b"
        r"|\bmotor (?:prendido|encendido)\b.{0,30}\bgaraje cerrado\b"
        r"|\b(?:cuchillo|navaja|cuter|cutter|cuchilla)\b.{0,15}\ben (?:la|mi) muneca\b"
        r"|\bme puse (?:el|la) (?:cuchillo|navaja|cuter|pistola|arma)\b.{0,30}\b(?:muneca|cuello|"
        r"cabeza|pecho|sien)\b",
        unless=r"\b(?:foto\w*|selfie|vista|atardecer|paisaje|tren de la|reparar|mecanico|"
        r"cocinando|cocinar|pelicula|serie)\b",
    ),
    rule(
        "es_autolesion_escondida",
        signs.SELF_HARM,
        # Marks covered, blood hidden, a box cutter, a heated spoon.
        r"\b(?:tapar|esconder|cubrir|ocultar) (?:lo que me hice|las cortadas|mis cortadas|las "
        r"marcas|las cicatrices|las quemaduras)\b"
        r"|\b(?:papeles|panuelos|toallas|curitas|sabanas|kleenex) (?:con|llen\w+ de) sangre\b"
        r".{0,60}\b(?:basura|bote|encontr\w+|escond\w+)\b"
        r"|\bme hice (?:una|un|unas|unos)\b.{0,20}\ben (?:el|la|mi|mis) (?:muslo|muslos|brazo|"
        r"brazos|muneca|pierna|piernas|panza|piel)\b.{0,20}\bcon (?:el|la|un|una) (?:cuter|cutter|"
        r"navaja|cuchilla|vidrio|compas|cuchillo)\b"
        r"|\b(?:caliento|calente|calento) (?:la|una) (?:cuchara|moneda|llave)\b.{0,60}\b(?:brazo|"
        r"piel|pierna|muneca|mano)\b",
        unless=r"\b(?:sin querer|por accidente|cocinando|tatuaje|dibujo|pintura|plumon|nariz|"
        r"regla|menstruacion|dentista|muela|cirugia|cesarea|acne|maquillaje)\b",
    ),
    rule(
        "es_preparativos_para_despues",
        signs.PREPARATION,
        # Dates picked, letters written, things shared out, messages timed.
        r"\b(?:ya )?(?:elegi|escogi|puse|decidi) (?:la|el) (?:fecha|dia)\b.{0,40}\b(?:cartas|"
        r"notas?|despedida|testamento)\b"
        r"|\bya (?:escribi|deje) (?:las|mis) cartas\b(?! de\b)"
        r"|\blista de (?:quien|quienes) se (?:queda|quedan) con (?:cada cosa|mis cosas|todo)\b"
        r"|\ble (?:pase|di|deje) (?:todas )?mis (?:claves|contrasenas|passwords)\b.{0,40}\b(?:ya "
        r"casi|todo listo|ya esta|por si)\b"
        r"|\bantes de irme para siempre\b(?! (?:de|del|a)\b)"
        r"|\bme despedi de\b.{0,40}\b(?:piensa|cree|creen|piensan) que me voy de viaje\b"
        r"|\b(?:programe|deje programado) un (?:correo|mensaje|mail|email)\b.{0,50}\ba (?:mis "
        r"(?:papas|padres|hij\w+|herman\w+|amig\w+)|mi (?:mama|papa|familia|herman\w+))\b.{0,40}"
        r"\bexplicando (?:todo|por que)\b"
        r"|\b(?:carta|nota)\b.{0,40}\b(?:pronto|luego|manana) (?:va|van) a entender\b"
        r"|\bultimo mensaje para ti\b.{0,60}\b(?:adios|cuida(?:me)? a)\b",
        unless=r"\b(?:mudanza|me mudo|viaje de trabajo|vacaciones|boda|cumple\w*|fiesta|junta|"
        r"factura|renta nueva|carro nuevo|coche nuevo|examen|entrevista|cita|audiencia|"
        r"recomendacion)\b",
    ),
    # --- run 9: the ways of saying each sign that set 8 showed no rule read -------------------
    rule(
        "es_terminar_lo_mio",
        signs.SUICIDAL_THOUGHTS,
        # A voice that says to end it, an end that is not the relationship, reasons crossed out.
        r"\b(?:una|la|esa) voz\b.{0,30}\b(?:me dice|me pide|me grita|me repite)\b.{0,20}\bque "
        r"(?:lo termine|me mate|acabe con todo|me vaya(?! (?:por|a|al|de|con|temprano|para))|"
        r"lo haga|me corte|me aviente|salte)\b"
        r"|\b(?:ponerle fin|terminar|acabar|cerrar)\b.{0,30}\bno (?:me refiero|hablo|estoy "
        r"hablando) (?:a|de) (?:la relacion|nosotros|lo nuestro|el trabajo|la escuela|la chamba)\b"
        r"|\b(?:cerrar|terminar|acabar) (?:el|mi) (?:capitulo|libro|cuento|historia)\b(?! de "
        r"(?:la|el|los|las|mi|su|esa|ese|este|esta)\b).{0,15}\b"
        r"(?:pero )?(?:el mio|la mia|de mi vida|de una vez por todas)\b"
        r"|\brazones para (?:quedarme|seguir|vivir|no hacerlo|aguantar|seguir aqui)\b"
        r"(?! (?:en|con|de)\b).{0,40}\b"
        r"(?:las tache|tache|no (?:encontre|encuentro|tengo)|ninguna|las borre|ya no (?:sirven|"
        r"hay|me quedan))\b",
        unless=r"\b(?:jaja\w*|jeje\w*|lol|xd|cancion|pelicula|serie|gps|waze|alexa|siri|tarea|"
        r"radio|podcast|locutor|navegador|"
        r"dieta|proyecto|novela|temporada|libro que|lectura)\b|😂|🤣",
    ),
    rule(
        "es_deseo_de_muerte_por_azar",
        signs.DEATH_WISH,
        # Envy of the dead, a crash or a diagnosis wished for, the heart asked to stop, the
        # lights out for good.
        r"\b(?:envidia|envidio|envidiosa|envidioso)\b.{0,30}\b(?:(?:los|las|la gente|las personas)"
        r" que (?:ya )?(?:se murio|se murieron|murieron|se mueren|estan muertos|descansan)|los "
        r"muertos|a los que ya (?:se fueron|descansan))\b"
        r"|\bojala (?:que )?(?:me toque|me tocara|fuera yo|sea yo)\b.{0,30}\b(?:choque|accidente|"
        r"bala|balacera|temblor|terremoto|asalto|avionazo|derrumbe|rayo|bala perdida)\b"
        r"|\bse me (?:pare|parara|detenga|detuviera) el corazon\b.{0,40}\b(?:dormid[oa]|pido|le "
        r"pido|rezo|ojala|quisiera|ya)\b"
        r"|\b(?:pido|le pido|rezo|ojala|quisiera)\b.{0,30}\bse me (?:pare|parara|detenga|detuviera)"
        r" el corazon\b"
        r"|\bojala (?:que )?(?:el doctor |la doctora |el medico |los estudios |el resultado )?"
        r"(?:me (?:diga|digan|salga|salgan) que )?(?:tenga|tengo|sea|salga) (?:algo grave|cancer|"
        r"algo terminal|un tumor|algo malo)\b"
        r"|\basi (?:ya )?(?:tengo|tendria) (?:una )?salida\b"
        r"|\bpor que no me toco a mi\b|\b(?:debi (?:haber sido|ser) yo|debio ser(?:me)? (?:a )?mi)"
        r"\b(?! (?:la|el) que (?:\w+ ){0,2}(?:pago|paga|manej\w*|lav\w*|cocin\w*))"
        r"|\bse apaguen las luces para siempre\b|\bapagarme para siempre\b"
        r"|\b(?:borrarme|desaparecerme|esfumarme|me (?:quiero|quisiera|gustaria) (?:borrar|"
        r"desaparecer|esfumar)) (?:de la (?:tierra|faz de la tierra|existencia)|del mapa|del mundo|"
        r"para siempre)\b",
        unless=r"\b(?:jaja\w*|jeje\w*|lol|xd|loteria|premio|rifa|ganar|aguinaldo|tanda|susto|"
        r"emocion|cuando lo vi|redes|instagram|facebook|tiktok|grupo|chat|whatsapp|app|un rato|"
        r"fin de semana|finde|unos dias|una semana|apago el cel|turno|pago|cuenta|examen|"
        r"ojala (?:que )?no)\b|😂|🤣",
    ),
    rule(
        "es_carga_libres_de_mi",
        signs.BURDEN,
        # Others soon "libres de mí", the space and money taken from someone worthier, the weight
        # taken off for good.
        r"\b(?:vas|van|va) a (?:estar|quedar) (?:libres?|tranquil[oa]s?) de mi\b"
        r"|\blibres? de mi\b.{0,30}\b(?:pronto|para siempre|como (?:siempre )?(?:quisiste|"
        r"quisieron|querias|querian))\b"
        r"|\b(?:ocupo|gasto|desperdicio)\b (?:\w+ ){0,4}?(?:espacio|aire|pisto|dinero|lana|comida)"
        r"\b.{0,40}\b(?:alguien que (?:si )?(?:valga|lo merezca|merezca)|otr[oa] que (?:si )?"
        r"(?:valga|merezca))\b"
        r"|\b(?:les|le|te) (?:voy a|quiero) quitar (?:este |ese |el )?(?:peso|problema|estorbo) de"
        r" encima\b.{0,20}\b(?:definitivo|para siempre|de una vez|ya)\b",
        unless=r"\b(?:mudanza|me mudo|viaje|vacaciones|fin de semana|semestre|jaja\w*|lol|xd|"
        r"renta|deuda|prestamo|pagar|me voy a vivir|a vivir a|me cambio|nuevo trabajo|chamba "
        r"nueva|beca|intercambio)\b",
    ),
    rule(
        "es_sin_salida_ni_futuro",
        signs.HOPELESSNESS,
        # No way to reach next month, another year not to be lived like this, days counted.
        r"\bno veo como (?:llegar|aguantar|sobrevivir|seguir|pasar)\b.{0,20}\b(?:al otro mes|otro "
        r"mes|otra semana|otro ano|a diciembre|la navidad)\b"
        r"|\bno creo (?:aguantar|poder aguantar|durar|resistir|llegar) mucho (?:mas|tiempo)\b"
        r"|\btodo (?:esta|se ve|sigue) gris\b.{0,20}\bno va a cambiar\b"
        r"|\b(?:ya )?no (?:puedo|aguanto|soporto)(?: \w+)? (?:otro|otra|un|una) (?:ano|semana|mes|"
        r"dia|invierno|noche) (?:mas )?(?:asi|como este|de esto)\b"
        r"|\btodas las puertas (?:cerradas|se cierran|se me cierran)\b.{0,40}\b(?:me canse|ya no|"
        r"parar|rendirme|quiero irme)\b"
        r"|\bya (?:quiero|necesito) parar(?=\s*(?:$|,|de una vez|ya|todo|para siempre))"
        r"|\bsin (?:futuro|esperanza|planes|sentido),? sin (?:futuro|esperanza|planes|sentido|"
        r"nada)\b"
        r"|\b(?:solo|nomas|nada mas|nomas estoy|solo estoy) contando los dias\b(?! (?:para|pa|"
        r"hasta|que faltan)\b)"
        r"|\b(?:quiero|quisiera) (?:salirme|irme|bajarme) antes de que (?:empeore|se ponga peor|"
        r"todo empeore)\b"
        r"|\bde esta (?:ya )?no (?:salgo|voy a salir|la libro|me salvo)\b"
        r"(?! (?:sin|con|hasta|de)\b)",
        unless=r"\b(?:dinero|lana|pisto|quincena|renta|sueldo|pago|fin de mes|gasto|deuda|tarjeta|"
        r"chamba|trabajo|jefe|jefa|escuela|semestre|calor|hambre|clase|despiert[oa]|sueno|juntas?|"
        r"fila|bano|tacones|zapatos|carro|coche|trafico|descanso|comer|correr|pausa|relacion|"
        r"empresa|fiesta|tormenta|lluvia|examen|regano|calificaciones|viva|mi (?:mama|jefa|papa)"
        r" me|vacaciones|cumple\w*|navidad|boda|viaje|feliz|tranquil\w*|content[oa]|domingo|"
        r"sabado|finde|jaja\w*|jeje\w*|lol|xd)\b|😂|🤣",
    ),
    rule(
        "es_medios_vistos_y_probados",
        signs.METHOD,
        # A train timed, a cliff chosen, a belt and a door frame watched, a pipe tested.
        r"\b(?:tren|trenes|trailer|trailers|camion|camiones|metro)\b.{0,60}\b(?:tomando el tiempo|"
        r"tomandole el tiempo|contando los segundos|le tomo el tiempo)\b"
        r"|\b(?:cual|que) (?:acantilado|puente|edificio|azotea|barranco|risco|precipicio|cuerda|"
        r"pistola) (?:usaria|usare|voy a usar|escogeria|escogi|elegi|elegiria)\b"
        r"|\b(?:ya )?(?:escogi|elegi|se) (?:cual|que) (?:acantilado|puente|edificio|azotea|"
        r"barranco|risco|precipicio)\b(?! (?:tomar|agarrar|cruzar|para|queda|esta|es)\b)"
        r"|\b(?:cinturon|cuerda|soga|cable|mecate|corbata|bufanda|sabana)\b.{0,40}\b(?:marco de la"
        r" puerta|viga|regadera|tubo|closet|ventilador|barandal|rama)\b.{0,60}\b(?:viendolos|"
        r"viendolas|viendola|viendolo|mirandolos|mirandolas|llevo mucho rato|no dejo de ver)\b"
        r"|\b(?:probe|probar|ver si|checar si|checando si|si)\b.{0,30}\b(?:tubo|viga|regadera|"
        r"marco|ventilador|barandal|gancho|rama|cuerda|cinturon)\b.{0,30}\baguant\w* (?:mi|el) "
        r"peso\b",
        unless=r"\b(?:para alcanzarlo|alcanzar|llegar|horario|tarde|perderlo|no perder|"
        r"foto|fotos|sesion|boda|"
        r"propuesta|pedida|pintura|escalar|rapel|clavado|barra|dominadas|hamaca|columpio|gym|"
        r"gimnasio|repisa|tele|tv|bici|yoga|jaja\w*|lol|xd)\b",
    ),
    rule(
        "es_preparativos_ultima_vez",
        signs.PREPARATION,
        # One last look, a hug that was surely the last, rent left paid so no one is stuck.
        r"\b(?:queria|quise|quiero|necesitaba) (?:verlo|verla|verlos|verlas|abrazarl[oa]s?|"
        r"escucharl[oa]|olerl[oa]|visitarl[oa]) (?:una vez mas|una ultima vez|por ultima vez)\b"
        r"(?=\s*(?:$|,|y\b))"
        r"|\b(?:seguro|de seguro|creo que|probablemente|capaz que|tal vez) (?:fue|era|sera|va a "
        r"ser) la ultima vez\b(?! que (?:\w+ ){0,3}(?:como|tomo|voy|salgo|compro|pido|uso|me "
        r"pinto|presto|confio|le creo))"
        r"|\b(?:deje|dejo|voy a dejar) (?:pagad[oa]s?|liquidad[oa]s?|arreglad[oa]s?)\b.{0,40}\bpara"
        r" que (?:mi \w+|nadie|ellos|ella|el|mis \w+) no (?:se quede|se queden|tenga|tengan|cargue|"
        r"batalle|batallen)\b"
        r"|\b(?:regale|deje|di|encargue)\b.{0,30}\b(?:perr\w*|gat\w*|mascota|plantas)\b.{0,40}\b"
        r"(?:le dije|les dije) que (?:era|es) (?:nomas |solo |nada mas )?(?:por|para) (?:unos dias|"
        r"un rato|un tiempo)\b",
        unless=r"\b(?:antes de que (?:cierren|lo cierren|lo tiren|lo vendan)|cierra|cierre|mudanza|"
        r"me mudo|se muda|me voy a vivir|se va a vivir|vacaciones|viaje|regreso|gira|concierto|"
        r"temporada|pelicula|serie|boda|graduacion|partido|beca|intercambio|militar|ejercito|"
        r"universidad|uni|al norte|al otro lado|deporta\w*|hospital|enferm[oa]|abuel\w*|mientras|"
        r"cancun|playa|"
        r"fuera|cirugia|jaja\w*|lol|xd)\b",
    ),
    rule(
        "es_navaja_que_gano",
        signs.SELF_HARM,
        # A blade that won, sleeves in July again, a streak lost to the razor, initials carved,
        # blades hidden from the roommate, a fist through a mirror on purpose.
        r"\b(?:navaja|cuchilla|rastrillo|gillette|cutter|cuter)\b.{0,30}\b(?:estaba ahi|ni "
        r"(?:siquiera )?pelee|no pude resistir|me gano)\b"
        r"|\b(?:manga larga|sudadera|sueter|chamarra|pulseras|munequeras|vendas)\b.{0,20}\b(?:en "
        r"(?:julio|agosto|junio|mayo|verano|pleno calor|este calor)|con este calor)\b"
        r"(?=.*\b(?:otra vez|de nuevo)\b)|\b(?:otra vez|de nuevo)\b.{0,10}\b(?:manga larga|"
        r"sudadera|sueter|pulseras|munequeras)\b.{0,20}\b(?:en (?:julio|agosto|junio|mayo|verano|"
        r"pleno calor|este calor)|con este calor)\b"
        r"|\b(?:racha|dias limpi[oa])\b.{0,60}\b(?:con|a) (?:el|la) (?:rastrillo|navaja|cuchilla|"
        r"gillette|cutter|cuter|encendedor)\b"
        r"|\b(?:rompi|golpee|pegue|madree|le di|le pegue)\b.{0,40}\b(?:puno|punos|mano|manos|"
        r"cabeza|frente|nudillos)\b.{0,30}\ba proposito\b|\bno me cure (?:las heridas|la herida|"
        r"los cortes)\b"
        r"|\bme (?:marque|grabe|raye|corte) (?:sus|mis|las|su|el|la|un|una) (?:iniciales|nombre|"
        r"letra|letras|palabra)\b.{0,20}\ben (?:el|la|mi|mis) (?:muslo|muslos|brazo|muneca|pierna|"
        r"piel|panza|cadera|antebrazo)\b"
        r"|\b(?:escondo|escondi|escondiendo|guardo|guarde) (?:las|mis|unas|la) (?:cuchillas|"
        r"navajas|navaja|cuchilla|rastrillos|hojas de afeitar|gillettes?)\b.{0,50}\bpara que "
        r"(?:\w+ ){0,3}no (?:las|los|la|lo) (?:encuentre|vea|encuentren|vean)\b",
        unless=r"\b(?:cocina|afeitar|rasurar|barba|piernas|frio|aire acondicionado|clima|"
        r"oficina|sol|bloqueador|mosquitos|zancudos|alergia|eczema|uniforme|iglesia|moda|avion|"
        r"duolingo|app|pluma|plumon|henna|tatua\w*|marcador|sharpie|pintura|ninos|nino|bebe|"
        r"hijos|hija|hijo|sobrin\w*|jaja\w*|lol|xd)\b",
    ),
    rule(
        "es_autolesion_dije_accidente",
        signs.SELF_HARM,
        # The burn or the cut told to others as an accident.
        r"\bme (?:queme|corte|pegue|rasgune|lastime)\b.{0,50}\b(?:y )?(?:dije|les dije|le dije|"
        r"invente|conte|fingi) que (?:fue|habia sido) (?:un |sin querer|accidente|el gato|"
        r"cocinando)"
        # Or the marks seen by someone and explained away.
        r"|\b(?:cortadas|cortes|marcas|quemaduras|cicatrices|rasgu\w+|moretones)\b.{0,80}\b"
        r"(?:dije|les dije|le dije|digo|les digo|le digo|invente|fingi|les conte|le conte) que "
        r"(?:fue|fueron|es|son|habia sido) (?:un |una |de |del |por )?(?:accidente|el gato|gato|"
        r"el perro|perro|la plancha|el horno|la estufa|cocinando|una caida|el gym)\b"
        # The same story told the other way round: "les digo que los rasguños son del gato".
        r"|\b(?:dije|les dije|le dije|digo|les digo|le digo|invente|les conte|le conte) que "
        r"(?:los|las|mis) (?:cortadas|cortes|marcas|quemaduras|cicatrices|rasgu\w+|moretones) "
        r"(?:son|eran|fueron) (?:de |del |de la |por )?(?:accidente|el gato|gat[oa]|el perro|"
        r"perr[oa]|la plancha|el horno|la estufa|una caida|el gym)\b",
        unless=r"\b(?:porque si fue|de verdad fue|si fue (?:accidente|sin querer))\b",
    ),
    rule(
        "es_amenaza_con_fierro",
        signs.HARM_OTHERS,
        # Where someone parks and a broken face, a bat bought, something in a drink, a lesson
        # given armed, "que se cuide" with a brother's gun.
        r"\b(?:se donde (?:estaciona|vive|trabaja|duerme|entrena|sale)|ya se su (?:casa|direccion|"
        r"horario))\b.{0,60}\b(?:cara rota|rota la cara|romperle|partirle|madrearl[oa]|golpearl[oa]"
        r"|se (?:va a|le va a) arrepentir)\b"
        r"|\b(?:compre|consegui|traigo|tengo|agarre) (?:un|el|mi) (?:bate|fierro|tubo|machete|"
        r"cuchillo|pistola|arma|navaja)\b.{0,40}\ba ver si (?:se )?sigue (?:tan |riendo|burlando|"
        r"haciendose|de)"
        r"|\b(?:(?:pensado en|pienso|quiero|voy a|ganas de|podria|se me antoja) (?:echarle|ponerle|"
        r"meterle)|(?:le|les) (?:quiero|voy a|pienso) (?:echar|poner|meter)) (?:algo|veneno|"
        r"cloro|pastillas|raticida|gotas|laxante) (?:a|en) (?:su|el) "
        r"(?:cafe|bebida|comida|agua|refresco|chela|cerveza|jugo|sopa|te|plato)\b"
        r"|\bnunca sospechari(?:a|an) de mi\b"
        r"|\buna leccion\b.{0,60}\b(?:fierro|cuete|pistola|arma|bate|cuchillo|navaja|machete|"
        r"plomo)\b|\b(?:vamos|voy|va|van) (?:con|armad[oa]s? con) (?:fierro|cuete|la pistola|el "
        r"arma|el bate|machete)\b"
        r"|\bque se cuide\b.{0,40}\b(?:traigo|tengo|llevo|cargo)\b.{0,20}\b(?:pistola|arma|cuete|"
        r"fierro|navaja|cuchillo|machete|bate)\b",
        unless=_NOT_A_THREAT + r"|\b(?:beisbol|softbol|entrenamiento|partido|liga|mi hijo|equipo|"
        r"pinata|azucar|canela|leche|crema|sorpresa|cumple\w*|vainilla|regalo)\b",
    ),
    rule(
        "es_funeral_propio",
        signs.PREPARATION,
        # Songs and clothes picked for one's own funeral, the insurance "por si acaso".
        r"\b(?:canciones|musica|rolas?|ropa|vestido|traje|flores)\b.{0,40}\b(?:en|para) mi "
        r"(?:funeral|velorio|entierro|misa|cajon)\b"
        r"|\bcon (?:la|el|lo) que me (?:quiero|voy a) ir en el cajon\b"
        r"|\b(?:escribi|escribiendo|termine) mi (?:propio )?obituario\b"
        r"|\bbeneficiari[oa]\b.{0,60}\bpor si (?:acaso|algo)\b",
        unless=r"\b(?:jaja\w*|jeje\w*|lol|xd|cuando (?:sea|este) viej\w*|algun dia|ejercicio|"
        r"taller|clase|boda|me case|divorcio|bebe|nuevo trabajo|recursos humanos)\b|😂|🤣",
    ),
    rule(
        "es_amenaza_romperle_la_madre",
        signs.HARM_OTHERS,
        # "Le voy a romper la madre", "va a saber lo que es bueno", a week he will not reach.
        r"\b(?:le|les) (?:voy a|vamos a|quiero) (?:romper|partir|rajar) (?:toda )?la madre\b"
        r"|\b(?:le|les) (?:rompo|parto|rajo) (?:toda )?la madre\b"
        r"|\b(?:romperle|partirle|rajarle) (?:toda )?la madre\b"
        r"|\bva(?:n)? a saber lo que es bueno\b.{0,40}\bse donde (?:duerme|vive|trabaja|"
        r"estaciona)\b"
        r"|\b(?:no llega|no va a llegar) (?:a|al) (?:la otra semana|manana|el lunes|fin de mes|"
        r"su cumple\w*)\b.{0,20}\b(?:te lo juro|lo juro|palabra|se lo juro)\b"
        r"|\b(?:tengo|traigo) el (?:cuete|fierro|arma)\b.{0,40}\b(?:a que hora|donde) (?:sale|"
        r"llega|vive|duerme)\b",
        unless=_NOT_A_THREAT + r"|\b(?:fifa|videojuego|juego|partido|cancha|xbox|play|"
        r"ajedrez|futbol|torneo)\b",
    ),
    rule(
        "es_medios_contados",
        signs.METHOD,
        # The medicine cabinet counted, the drop from a balcony measured.
        r"\b(?:botiquin|frascos? de pastillas|las pastillas)\b.{0,40}\bcontando\b"
        r"|\b(?:medi|mido|midiendo|calcule|calculando|busque|cheque) (?:la )?(?:altura|distancia|"
        r"caida)\b.{0,30}\b(?:balcon|azotea|techo|ventana|puente|edificio|barranco)\b",
        unless=r"\b(?:abuel\w*|pastillero|vitaminas|farmacia|inventario|perro|gato|caducad\w*|"
        r"cortinas|muebles|tele|mudanza|escalera|luces|adornos|navidad|antena|proyecto|tarea|"
        r"fisica|pintar|lona|hamaca|renta)\b",
    ),
    rule(
        "es_autolesion_unas_y_paredes",
        signs.SELF_HARM,
        # Arms scratched with a clip, nails dug in until blood, a wall hit on purpose.
        r"\bme (?:volvi a |vuelvo a |estoy )?(?:rasgun\w*|rascar\w*) (?:los|mis) (?:brazos|piernas|"
        r"munecas|muslos)\b.{0,30}\b(?:con (?:un|una) (?:clip|aguja|alfiler|seguro|compas|"
        r"vidrio)|hasta (?:sangrar|sacarme sangre|que sangr\w*))"
        r"|\bme (?:enterre|entierro|clave|clavo|clavaba|encajo|encaje|encajaba|hundo|hundi) las "
        r"unas\b.{0,30}\bhasta (?:sacarme sangre|sangrar|que sangr\w*|que (?:sale|salga|saliera) "
        r"sangre|dejarme (?:marcas|moretones|morados|heridas))\b"
        r"|\b(?:le pegue|golpee|le di) (?:a )?la pared\b.{0,40}\b(?:a proposito|hasta que (?:se me "
        r"abrieron|sangr\w*|me sangr\w*))",
        # Not nails glued on: "me clavé las uñas postizas mal y me quedaron marcas".
        unless=r"\b(?:gato|perro|comezon|piquete|mosquito|alergia|sarpullido|jugando|postizas|"
        r"acrilic\w*|pegamento|manicur\w*)\b",
    ),
    rule(
        "es_carga_seguro",
        signs.BURDEN,
        # Better off with the insurance money; a problem whose absence would let them rest.
        r"\b(?:estarian|estaria|quedarian|vivirian) mejor con (?:el|la) (?:dinero|lana|pago) del "
        r"seguro\b"
        r"|\bsoy (?:un|una|puro) (?:problema|estorbo|carga) (?:para|pa) (?:todos|mi familia|"
        r"ellos)\b.{0,30}\b(?:descansarian|estarian mejor|respirarian)\b",
    ),
    rule(
        "es_deseo_ni_me_enojaria",
        signs.DEATH_WISH,
        # A car that would not even anger them, wanting not to exist, everything over "de verdad".
        r"\bsi me (?:atropellan|atropella|mata|matan|choca|dispara)\b.{0,40}\bni (?:me enojaria|"
        r"me importaria|me quejaria|pelearia|me doleria)\b"
        r"|\b(?:ganas de|quiero|quisiera|me gustaria) (?:ya )?no existir\b"
        r"|\bojala (?:ya )?se acabe todo\b.{0,20}\b(?:de verdad|para siempre|en serio|conmigo)\b",
        unless=r"\b(?:jaja\w*|jeje\w*|lol|xd|semestre|calor|trafico|lluvia|tramite|chamba|examen|"
        r"en redes|instagram|en el grupo)\b|😂|🤣",
    ),
    rule(
        "es_encargos_y_paces",
        signs.PREPARATION,
        # A relative's care handed over to someone left puzzled; peace made and "hoy es la noche".
        r"\b(?:le encargue|le pedi|le hice prometer)\b.{0,20}\bque (?:cuide|cuidara|vea por|viera "
        r"por|se haga cargo de) (?:a )?(?:mi \w+|mis \w+|los ninos)\b.{0,40}\b(?:extranad[oa]|no "
        r"entendio|no supo por que|me pregunto por que|raro)\b"
        r"|\b(?:hice las paces|estoy en paz|ya decidi|ya estoy list[oa])\b.{0,30}\bhoy es (?:la "
        r"noche|el dia)\b",
        unless=r"\b(?:viaje|vacaciones|mientras|cirugia|hospital|fin de semana|boda|fiesta|"
        r"concierto|cita|examen|partido|estreno|graduacion|posada|jaja\w*|lol|xd)\b",
    ),
    rule(
        "es_me_vale_vivir",
        signs.HOPELESSNESS,
        # No point found in living, not caring whether morning comes or thirty is reached.
        r"\bno le (?:encuentro|veo|hallo) (?:chiste|sentido|caso|razon) a (?:vivir|la vida|seguir "
        r"viv[oa]|despertar|existir)\b(?! (?:en|aqui|asi|con|sin|sol[oa])\b)"
        r"|\b(?:ni me importa|no me importa|me vale) si (?:amanezco|despierto|manana despierto|"
        r"sigo viv[oa]|vivo o muero|me muero)\b(?! (?:despeinad[oa]|crud[oa]|tarde|temprano|con|"
        r"sin|bien|mal|fe[oa])\b)"
        r"|\b(?:ni me importaria|no me importaria|me vale) (?:no llegar a (?:los \d+|viej[oa]|"
        r"manana)|morirme|no despertar)\b",
        unless=r"\b(?:jaja\w*|jeje\w*|lol|xd|ciudad|trabajo|chamba|dieta)\b|😂|🤣",
    ),
    rule(
        "es_autolesion_hechos_un_desastre",
        signs.SELF_HARM,
        r"\b(?:muslos|brazos|munecas|piernas)\b (?:estan |los tengo |las tengo |tengo )?(?:hechos|"
        r"hechas) (?:un desastre|pedazos|garras|trizas)\b.{0,20}\b(?:y sigo|otra vez|de nuevo|"
        r"ya no se que hacer)\b",
        unless=r"\b(?:gym|gimnasio|correr|caminata|maraton|entrenamiento|picaduras|mosquitos|"
        r"zancudos|sol|depilacion|cera|jardin|gato)\b",
    ),
    rule(
        "es_amenaza_madriza",
        signs.HARM_OTHERS,
        # A beating promised, "something" to be done to her, him taken down too.
        r"\b(?:le|les) (?:voy a|vamos a) (?:poner|dar|meter|acomodar) (?:una )?(?:madriza|putiza|"
        r"golpiza|chinga|paliza|verguiza)\b"
        r"|\b(?:le|les) voy a hacer algo\b.{0,40}\bsi (?:se vuelve|vuelve|se mete|sigue|se acerca|"
        r"la veo|lo veo)\b"
        r"|\bsi me deja\b.{0,20}\bme (?:lo|la) llevo conmigo\b"
        r"|\bme (?:lo|la|los) llevo (?:conmigo|de corbata)\b.{0,20}\b(?:los dos|las dos|a la tumba|"
        r"al hoyo)\b",
        unless=_NOT_A_THREAT + r"|\b(?:fifa|juego|partido|torneo|basquet|domino|ajedrez|"
        r"futbol|cartas|rico|bonito|de cenar|especial)\b",
    ),
    rule(
        "es_medios_de_paso",
        signs.METHOD,
        # The urge to get out on a bridge, a lake walked into, a few extra pills "a ver qué pasa".
        r"\b(?:puente|azotea|barandal|orilla|vias|autopista)\b.{0,40}\b(?:me dan ganas de|ganas de"
        r"|quisiera|pienso en) (?:bajarme|aventarme|tirarme|saltar|brincar|soltarme|dejarme caer|"
        r"dar el paso)\b"
        r"|\b(?:lago|laguna|presa|rio|mar)\b.{0,40}\b(?:pienso en|quiero|ganas de|me imagino) "
        r"(?:caminar|meterme|nadar|adentrarme) hasta (?:el centro|el fondo|donde no)\b"
        r"|\b(?:de mas|extra)\b.{0,40}\ba ver (?:que pasaba|que pasa|si (?:ya )?no despertaba|si "
        r"no despierto)\b",
        unless=r"\b(?:fotos?|vista|paisaje|trafico|para caminar|patin\w*|pesca\w*|lancha|kayak|"
        r"cafes?|chelas|cervezas|tequila|shots|vitaminas|gomitas|jaja\w*|lol|xd)\b",
    ),
    rule(
        "es_deseo_bienvenido",
        signs.DEATH_WISH,
        # Tired of waking up, cancer thanked for choosing them, "no es grito de ayuda, es aviso".
        r"\b(?:me canse|estoy cansad[oa]|harta|harto|hasta la madre) de (?:despertar|despertarme|"
        r"amanecer|seguir despertando)\b(?! (?:temprano|a las|con|tan|para|cada))"
        r"|\bsi (?:el cancer|la muerte|un carro|un camion|dios|algo) me (?:escoge|elige|lleva|"
        r"agarra|toca)\b.{0,30}\b(?:le doy las gracias|gracias|feliz|ni me quejo|bienvenido|"
        r"lo agradezco|me dejo)\b"
        r"|\bno es (?:un )?grito de ayuda\b.{0,30}\b(?:aviso|despedida|decision|hecho|plan)\b",
        unless=r"\b(?:jaja\w*|jeje\w*|lol|xd|loteria|rifa|premio)\b|😂|🤣",
    ),
    rule(
        "es_carga_mundo_sigue",
        signs.BURDEN,
        # The world going on without "gente como yo"; wanting them told it is not their fault.
        r"\bel mundo (?:sigue|seguiria|va a seguir) (?:girando|igual|igualito|bien)\b.{0,20}\bsin "
        r"(?:mi|gente como yo|alguien como yo)\b"
        r"|\b(?:quiero|quisiera|necesito) que (?:todos|ustedes|mi familia|mis papas|mi mama|"
        r"sepan)\b.{0,20}\bque no (?:es|fue) (?:su|tu) culpa\b",
        unless=r"\b(?:vacaciones|viaje|redes|celular|desconect\w*|divorcio|separacion|nos "
        r"separamos|ruptura|terminamos)\b",
    ),
    rule(
        "es_harta_de_existir",
        signs.HOPELESSNESS,
        r"\b(?:hasta la madre|harta|harto|cansad[oa]|hart[oa]) de (?:existir|vivir|estar viv[oa]|"
        r"respirar|seguir viv[oa])\b(?! (?:en|aqui|con|asi de|lejos|de renta|al dia)\b)",
        unless=r"\b(?:jaja\w*|jeje\w*|lol|xd)\b|😂|🤣",
    ),
    rule(
        "es_amenaza_si_vuelve",
        signs.HARM_OTHERS,
        # Something brought to work "si me vuelve a gritar"; her things burned, then her.
        r"\bsi (?:mi \w+|el|ella|ese \w+|esa \w+)\b.{0,30}\b(?:vuelve a|otra vez|una vez mas)\b"
        r".{0,30}\b(?:le voy a llevar|voy a llevar|llevo) (?:algo|la pistola|el cuete|un cuchillo|"
        r"la navaja|el arma)\b"
        r"|\b(?:quemar|incendiar|romper) sus cosas\b.{0,20}\b(?:y )?(?:despues|luego) a (?:ella|el|"
        r"ellos)\b",
        unless=_NOT_A_THREAT + r"|\b(?:pastel|comida|tamales|regalo|cafe|donas|pan|queja|"
        r"abogado|recursos humanos|sindicato)\b",
    ),
    rule(
        "es_autolesion_castigo",
        signs.SELF_HARM,
        # Not eating as a punishment; a scab torn open on purpose.
        r"\b(?:sin comer|no como|no comer|me mato de hambre|me dejo sin comer)\b.{0,30}\b(?:como "
        r"castigo|para castigarme|de castigo|porque me lo merezco)\b"
        r"|\bme (?:arranque|arranco|quite|quito) (?:la|las) costras?\b.{0,30}\b(?:a proposito|pa "
        r"que sangr\w*|para que sangr\w*|hasta que sangr\w*)\b",
        unless=r"\b(?:ayuno|dieta|religio\w*|cuaresma|doctor|analisis|estudios|cirugia)\b",
    ),
    rule(
        "es_pastillas_formaditas",
        signs.METHOD,
        # Pills lined up on the nightstand; medicines that do not show in a drug test.
        r"\b(?:tengo|deje|puse) (?:las|mis|todas las) " + _MEDS + r" (?:formaditas|formadas|"
        r"alineadas|juntas|apartadas)\b(?! (?:para|pa) (?:el|la|mi|los)\b)"
        r"|\b(?:medicinas?|"
        + _MEDS
        + r")\b.{0,30}\bno (?:salen|sale|aparecen|aparece|se detectan?)"
        r" en (?:un |el |los )?(?:antidoping|examen|toxicologico|analisis)\b",
        unless=r"\b(?:pastillero|semana|dosis|horario|abuel\w*|viaje)\b",
    ),
    rule(
        "es_no_llegar_a_los",
        signs.DEATH_WISH,
        # Not wanting to reach an age; wanting to vanish "de verdad, no de redes"; the phone off
        # for good.
        r"\bno quiero (?:llegar a|cumplir) (?:mis |los )?\d+\b(?! (?:sin|solter[oa]|con|y|viviendo|"
        r"en|trabajando)\b)"
        r"|\bdesaparecer de verdad\b|\bdesaparecer\b.{0,10}\bno de (?:redes|instagram|facebook|"
        r"tiktok|whatsapp)\b"
        r"|\bapagar el (?:cel|celular|telefono) (?:para siempre|de una vez|ya para siempre)\b",
        unless=r"\b(?:jaja\w*|jeje\w*|lol|xd|que horror|que miedo|viej[oa]|arrugas|canas|"
        r"desintox\w*|detox|finde|fin de semana|vacaciones|cambio de|nuevo)\b|😂|🤣",
    ),
    rule(
        "es_amenaza_se_donde",
        signs.HARM_OTHERS,
        # Regret promised to someone whose family's house one knows; him caught alone.
        r"\b(?:arrepienta|arrepentir|pagar|pague|lamentar|lamente|leccion)\b.{0,60}\bse donde "
        r"(?:vive|trabaja|duerme|estaciona|esta)\b"
        r"|\blo que le haria\b.{0,30}\bsi (?:lo|la|los) (?:agarro|veo|encuentro|cacho)\b"
        r"|\bsi (?:lo|la) (?:agarro|cacho|encuentro) sol[oa]\b"
        # Care wished with a watch kept on someone's ways: "cuídate cuando salgas, que ya sé a
        # qué hora sales y por dónde caminas"; not a ride offered.
        r"|\b(?:cuidate|cuidese|aguas|ten cuidado|abre bien los ojos|disfruta(?:lo|la)? mientras "
        r"(?:puedas|dure|se pueda))\b.{0,60}\b(?:ya )?se (?:donde "
        r"(?:vives|trabajas|estacionas|duermes|vive|trabaja)|a que hora (?:sales|llegas|entras|"
        r"sale|llega)|por donde (?:caminas|pasas|camina|pasa))\b",
        unless=_NOT_A_THREAT
        + r"|\b(?:abrazo|beso|decir|platic\w*|sorpresa|regalo|flores|chisme|recoger|recojo|"
        r"paso por ti|te llevo|raite|ride|aventon|cafe|comer)\b",
    ),
    rule(
        "es_carga_no_me_van_a_cargar",
        signs.BURDEN,
        r"\bya no (?:me )?(?:van|va) a tener que (?:cargar|aguantar|mantener|soportar|"
        r"cuidar)(?:me)? (?:mucho|por mucho|mas)\b",
        unless=r"\b(?:me mudo|trabajo|chamba|beca|independ\w*|mi propio|mi propia)\b",
    ),
    rule(
        "es_si_no_amanezco",
        signs.PREPARATION,
        # Messages left "si no amanezco"; where everything is written down.
        r"\bsi no (?:amanezco|despierto|regreso)\b(?! (?:temprano|a tiempo)\b).{0,40}\b(?:diganle|"
        r"dile|digan|avisenle|que sepan|la quiero|lo quiero|los quiero|perdon)\b"
        r"|\b(?:anote|escribi|deje anotado|deje escrito|hice una lista de) donde esta todo\b.{0,60}"
        r"\b(?:banco|seguro|cuentas?|contrasenas|veterinario|testamento)\b",
        unless=r"\b(?:cirugia|operacion|anestesia|viaje|vuelo|avion|vacaciones|mientras|"
        r"ninera|cuidadora|jaja\w*|lol|xd)\b",
    ),
    rule(
        "es_medios_guardados_y_esperando",
        signs.METHOD,
        # A bottle held while waiting, a belt under the mattress, pills "esperándome", a
        # ravine driven past on purpose.
        r"\b(?:con el frasco|con las pastillas|con la navaja|con la pistola|con la cuerda)\b.{0,30}"
        r"\b(?:nomas espero|solo espero|y espero|esperando)\b"
        r"|\b(?:cinturon|cuerda|soga|pastillas|navaja|cuchilla|pistola|frasco)\b.{0,30}\b(?:debajo"
        r" del colchon|bajo el colchon|debajo de la almohada|bajo la almohada)\b"
        r"|\b" + _MEDS + r"\b.{0,40}\b(?:esperandome|me esperan|me estan esperando)\b"
        r"|\b(?:barranco|precipicio|acantilado)\b.{0,40}\ba proposito\b",
        unless=r"\b(?:vitaminas|jarabe|tos|fiebre|gripa|bebe|doctor|proteccion|seguridad|"
        r"ladrones|rateros|perdid[oa]s?|no encuentro|ninos|farmacia|recoger|surtir|vista|paisaje|"
        r"fotos?|turis\w*)\b",
    ),
    rule(
        "es_cansada_de_ser_cuerpo",
        signs.HOPELESSNESS,
        # Tired of being a body; a week of tears and then relief.
        r"\b(?:cansad[oa]|harta|harto) de ser (?:cuerpo|un cuerpo|persona|humano|humana)\b"
        r"|\bllorarian\b.{0,30}\b(?:luego|despues|y ya)\b.{0,20}\b(?:descansarian|seguirian|se les"
        r" pasaria|me olvidarian|estarian bien)\b",
        unless=r"\b(?:jaja\w*|jeje\w*|lol|xd|hoy|lunes|adult[oa])\b|😂|🤣",
    ),
    rule(
        "es_autolesion_sin_gato",
        signs.SELF_HARM,
        r"\b(?:gato|gata)\b.{0,30}\bpero no tengo (?:gato|gata)\b"
        r"|\bme volvi a (?:rasgunar|aranar)\b",
        unless=r"\b(?:comezon|piquete|mosquito|alergia|sarpullido)\b",
    ),
    rule(
        "es_amenaza_siguiendo",
        signs.HARM_OTHERS,
        # First his car and then him; following her home, "no sabe lo que le espera".
        r"\bprimero (?:su|sus) \w+ y (?:luego|despues) (?:a )?(?:el|ella|ellos)\b"
        r"|\b(?:siguiendo|la sigo|lo sigo|vigilando|espiando)\b.{0,50}\bno (?:sabe|saben|"
        r"tiene idea de) lo que le(?:s)? espera\b",
        unless=_NOT_A_THREAT + r"|\b(?:lav\w*|arregl\w*|sorpresa|fiesta|regalo|propuesta|tiktok|"
        r"instagram|redes|cumple\w*)\b",
    ),
    rule(
        "es_cartitas_y_espera",
        signs.PREPARATION,
        # A little letter for each one; waiting for everyone to fall asleep "pa hacerlo".
        r"\b(?:cartas?|cartitas?|notas?)\b.{0,40}\b(?:a cada quien|una para cada|para cada uno)\b"
        r"|\ba cada quien su (?:carta|cartita|nota)\b"
        r"|\bespera\w* (?:a )?que (?:todos|todo mundo|mis papas|mi familia|mi roomie|mi esposo|mi "
        r"esposa|los demas) se (?:duerman|vayan|salgan)\b.{0,20}\b(?:para|pa) hacerlo\b",
        unless=r"\b(?:navidad|posada|cumple\w*|san valentin|intercambio|invitacion\w*|boda|"
        r"graduacion|gracias|maestr[oa]s?|pastel|regalos?|sorpresa|santa|reyes|envolver|jaja\w*|"
        r"lol|xd)\b",
    ),
    rule(
        "es_armado_por_si",
        signs.HARM_OTHERS,
        r"\b(?:ando|traigo|llevo|cargo) (?:con )?(?:la|el|una|un|mi) (?:cuchilla|navaja|cuchillo|"
        r"pistola|cuete|fierro|arma|machete)\b.{0,30}\bpor si (?:me lo|me la|lo|la) (?:encuentro|"
        r"veo|topo|cruzo)\b",
        unless=_NOT_A_THREAT + r"|\b(?:rateros|asaltan|asalto|proteccion|defensa)\b",
    ),
    rule(
        "es_spanglish_want_it_to_stop",
        signs.SUICIDAL_THOUGHTS,
        # Spanglish: "i just want it to stop para siempre".
        r"\b(?:i just want|i want|i wanna|just want) (?:it|this|everything|todo) to (?:stop|end|be "
        r"over)\b.{0,10}\b(?:para siempre|forever|for good|de una vez)\b",
        unless=r"\b(?:jaja\w*|lol|xd|semestre|lluvia|ruido|dolor de cabeza|calor)\b",
    ),
    rule(
        "es_alivio_con_malas_noticias",
        signs.DEATH_WISH,
        # An ambulance hoped late; relief at a grave diagnosis; a chance never to come back.
        r"\bojala (?:que )?la ambulancia (?:llegue|llegara) tarde\b"
        r"|\b(?:doctor|doctora|resultados?|estudios|biopsia)\b.{0,40}\b(?:grave|malo|cancer|maligno|"
        r"terminal)\b.{0,30}\b(?:alivio|tranquilidad|paz|me alegre)\b"
        r"|\b(?:chance|oportunidad) de no (?:regresar|volver|despertar)(?: nunca| jamas)?\b"
        r".{0,20}\b(?:la agarro|lo agarro|la tomo|lo tomo|la aprovecho|lo aprovecho)\b",
        unless=r"\b(?:benigno|negativo|no era nada|salio bien|todo bien|limpio|viaje|vacaciones|"
        r"trabajo|chamba|ciudad|pueblo|pais|rancho|playa|extranjero|jaja\w*|lol|xd)\b",
    ),
    rule(
        "es_amenaza_la_proxima_vez",
        signs.HARM_OTHERS,
        # A list of those who will pay; "la próxima vez que me levante la mano lo pico".
        r"\blista\b.{0,40}\bme las (?:van|va) a pagar\b"
        r"|\b(?:la proxima vez|si (?:me )?vuelve a|si otra vez)\b.{0,40}\b(?:lo|la|le) (?:pico|"
        r"apunalo|quiebro|balaceo|rajo|meto un tiro|doy un balazo)\b",
        unless=_NOT_A_THREAT,
    ),
    # --- run 10: the ways of saying each sign that set 9 showed no rule read ---
    rule(
        "es_irse_de_en_medio",
        signs.SUICIDAL_THOUGHTS,
        r"\bquitarme de en medio\b"
        r"|\bsi (?:dios|diosito|el senor) no me (?:lleva|recoge)\b.{0,30}\bme voy yo\b",
        unless=r"\b(?:del camino|de la foto|de su relacion|de la fila)\b",
    ),
    rule(
        "es_morir_como_descanso",
        signs.DEATH_WISH,
        # Going to join the dead, praying not to open one's eyes again, death asked to come,
        # an illness or a heart attack welcomed as relief.
        r"\bme quiero ir con (?:mi|mis) (?:abuelit[oa]s?|difunt[oa]s?)\b(?=\s*(?:,|$|y si|al cielo|"
        r"alla arriba))"
        r"|\bme quiero ir con (?:mi|mis) \w+ (?:al cielo|alla arriba)\b"
        r"|\bultima vez que (?:cierro|cierre|abro|abra) los ojos\b"
        r"|\b(?:le rezo|le pido|rezo|pido|ruego)\b.{0,30}\b(?:me recoja|venga por mi|me lleve "
        r"(?:ya|de una vez|pronto|de este mundo|con (?:el|ella)))\b"
        r"|\b(?:la flaca|la huesuda|la pelona|la muerte|la calaca|la parca)\b.{0,20}\b(?:venga|"
        r"viene|llegue) por mi\b"
        r"|\bsi me (?:da|diera) un (?:infarto|paro)\b.{0,30}\b(?:ni modo|hasta mejor|que bueno|"
        r"ojala)\b"
        r"|\bestar muert[oa] (?:suena|seria|debe ser) (?:a |un |como )?(?:descanso|paz|alivio|bien)"
        r"|\bsi me (?:enfermo y )?me muero\b.{0,30}\b(?:que asi sea|ni modo|hasta mejor|mejor "
        r"para todos)\b"
        r"|\bestaria mejor muert[oa]\b|\bme da igual vivir o morir\b"
        r"|\bojala fuera lo segundo\b",
        unless=r"\b(?:jaja\w*|jeje\w*|lol|xd|de risa|de hambre|de sueno|de calor|de frio)\b",
    ),
    rule(
        "es_carga_sin_mi",
        signs.BURDEN,
        r"\bsin mi (?:(?:ella|el|ellos|ellas|mi \w+) )?(?:vivirian|estarian|serian|vivirias|"
        r"estarias|vivira|estara|viviria|estaria|seria) (?:en paz|mejor|tranquil\w*|felices|"
        r"feliz)\b"
        r"|\bel problema se va a resolver sol(?:ito|o)\b"
        r"|\bmejor que ya no (?:gasten|pierdan|se preocupen|sufran) (?:en|por|con) mi\b"
        r"|\ble hago mas dano\b.{0,40}\bque no estando\b",
    ),
    rule(
        "es_decision_tomada",
        signs.HOPELESSNESS,
        r"\bya me rendi\b.{0,30}\b(?:en serio|de verdad|para siempre|esta vez)\b"
        r"|\bya no tengo (?:por que|para que|por quien) vivir\b"
        r"|\bmi vida (?:ya )?no tiene (?:arreglo|remedio|caso)\b"
        r"|\bno me veo en (?:ningun|ni un) futuro\b",
    ),
    rule(
        "es_medios_a_la_vista",
        signs.METHOD,
        r"\b(?:pistola|arma|cuete|fusca|revolver)\b.{0,60}\b(?:me la lleve|me la traje|la agarre|"
        r"la escondi) (?:a|en) (?:mi|el) (?:cuarto|recamara|mochila|cama|bolsa)\b"
        r"|\b(?:echarme|aventarme|tirarme|lanzarme|atravesarme|meterme)\b (?:enfrente|delante|"
        r"abajo) de (?:un|una|el|la) (?:trailer|camion|carro|tren|troca|metro|auto|bus)\b"
        r"|\b(?:si me tomo|me tomo|tomarme|me tome) (?:todas|todos|muchas|varias|la caja|el frasco|"
        r"el bote)\b.{0,50}\b(?:(?:es|sera|seran|seria) suficiente\w*|con alcohol|para no "
        r"despertar|para morir)\b"
        r"|\b(?:guarde|junte|escondi|me quede con)\b.{0,20}\b(?:inyecciones|insulina|jeringas)\b"
        r".{0,20}\bde (?:mi|mis) (?:papa|mama|abuel[oa]|tio|tia|herman[oa])\b"
        r"|\b(?:insulina|inyecciones|pastillas)\b.{0,40}\bcon (?:varias|todas|muchas)\b.{0,10}"
        r"\b(?:es|sera|seria) suficiente\b"
        r"|\b(?:me asome|barandal|azotea|balcon|puente)\b.{0,60}\bya lo (?:calcule|medi|cheque)\b"
        r"|\b(?:estoy|sigo|me quede) (?:parad[oa]|sentad[oa]|aqui) (?:en|sobre) (?:el|un|la) "
        r"(?:puente|paso a desnivel|azotea|orilla|barandal|vias)\b.{0,40}\b(?:viendo|mirando)\b"
        r"|\bpor las vias\b.{0,50}\bhasta que (?:pase|venga|llegue) (?:uno|el tren|un tren)\b"
        r"|\b(?:estoy|las estoy) (?:guardando|juntando) (?:todas )?(?:mis |las )?(?:pastillas )?"
        r"para (?:un solo dia|un dia|el dia|ese dia|tomarmelas)\b(?! de\b)",
        unless=r"\b(?:de agua|de juguete|airsoft|la enfermera|atardecer|fotos?|la vista|el paisaje|"
        r"los fuegos)\b",
    ),
    rule(
        "es_preparativos_callados",
        signs.PREPARATION,
        r"\b(?:claves|contrasenas|nip|pin|passwords?)\b.{0,40}\b(?:ella sabe|el sabe|saben|sabe) "
        r"que hacer\b"
        r"|\b(?:tire|queme|borre|rompi) (?:mis|todos mis) (?:diarios|cartas|cuadernos)\b.{0,40}"
        r"\b(?:despues|nadie los lea|cuando ya)\b"
        r"|\bdespedirme de (?:la virgen\w*|dios|diosito|mi santo|la guadalupana)\b"
        r"|\b(?:ya tengo|tengo) (?:lista|escrita|hecha) (?:la|mi) nota\b(?=\s*(?:,|$|y\b))"
        r"|\b(?:nomas|solo|nada mas) (?:falta|me falta) (?:el dia|la fecha|escoger el dia)\b"
        r"(?! (?:de|del|para)\b)"
        r"|\bsi (?:lees|estas leyendo|alguien lee|lee|leen) esto\b.{0,20}\bya no (?:estoy|estare|"
        r"existo)\b"
        r"|\bcancele\b.{0,40}\b(?:citas|celular|telefono|cuenta)\b.{0,40}\bya no me (?:van a|va a) "
        r"hacer falta\b"
        r"|\bdeje todo (?:arreglado|en orden|pagado)\b(?! (?:para|en|de|con|del|antes)\b)"
        r"|\b(?:programado|programe|deje programad[oa])\b.{0,40}\b(?:whatsapp|mensaje|correo|email|"
        r"texto)\b.{0,60}\b(?:le explico|les explico|explico por que|despedida|adios)\b"
        r"|\bdeje pagad[oa]\b.{0,60}\buna carta\b"
        r"|\bmis cenizas\b",
        unless=r"\b(?:viaje|vacaciones|mudanza|me mudo|boda|cirugia|operacion|abogado|"
        r"testamento|cuando (?:sea|este) viej\w*|dentro de muchos anos|de viaje|cuando me muera|"
        r"cuando muera)\b",
    ),
    rule(
        "es_marcas_escondidas_otra_vez",
        signs.SELF_HARM,
        r"\bpara que no (?:vean|se vean|noten|se noten) (?:lo que me hice|las marcas|los cortes|"
        r"mis brazos|las cortadas|las cicatrices)\b"
        r"|\b(?:volvi a abrir|me volvi a abrir|abri|reabri|me abri) (?:las|mis) (?:cicatrices|"
        r"cortadas)\b"
        r"|\bme (?:rasguno|arano) (?:la cara|los brazos|las piernas|la piel)\b"
        r"|\b(?:le dije|les dije|dije)\b.{0,40}\bme (?:raspe|corte|queme|lastime|pegue|cai)\b"
        r".{0,30}\bpero fui yo\b"
        r"|\b(?:en el|en mi|en la) (?:brazo|pierna|muslo|muneca|panza|piel)\b.{0,20}"
        r"(?<!\bno )(?<!\bno fue )\ba proposito\b"
        r"|\b(?:gillette|rastrillo) desarmad[oa]\b"
        r"|\b(?:gillette|rastrillo|hojas? de afeitar)\b.{0,50}\bpor si acaso\b"
        r"|\b(?:empece|volvi|regrese) (?:con|a) (?:los cortes|cortarme|las cortadas)\b"
        r"(?! (?:de|el|mi) \w+)"
        r"|\b(?:curitas|vendas|banditas)\b.{0,40}\b(?:digo|les digo|dije) que (?:es|son|fue|"
        r"fueron)\b.{0,40}\bpero no\b",
        unless=r"\b(?:gat[oa]|gatit[oa]|perr[oa]|perrit[oa]|presupuesto|sin querer|por accidente|"
        r"rama|espinas)\b",
    ),
    rule(
        "es_dano_planeado",
        signs.HARM_OTHERS,
        r"\ble (?:voy a|vamos a) (?:echar|poner|meter) algo (?:en|a) (?:la|su) (?:bebida|comida|"
        r"cafe|vaso|trago|copa)\b"
        r"|\b(?:consegui|compre|tengo) (?:un|una|el|la) (?:cuchillo|navaja|pistola|arma|bate)\b"
        r".{0,40}\bse (?:a que hora|donde|cuando) (?:sale|llega|vive|trabaja|esta)\b"
        r"|\b(?:mi ex|de mi ex|nuevo novio|nueva novia)\b.{0,40}\bva a (?:terminar|acabar) en el "
        r"(?:hospital|panteon|cementerio)\b"
        r"|\b(?:darle una leccion|partirle|romperle)\b.{0,50}\bque no (?:camine|pueda caminar)\b"
        r"|\bsi (?:mi ex|el|ella) (?:me )?(?:quita|engana|deja|toca|lastima|pega)\w*\b.{0,40}"
        r"\b(?:lo|la) mato\b",
        unless=_NOT_A_THREAT,
    ),
    # --- run 11: the ways of saying each sign that set 10 showed no rule read ---
    rule(
        "es_fecha_y_me_mato",
        signs.SUICIDAL_THOUGHTS,
        # A day chosen, then "me mato" closing the sentence: not "me mato trabajando".
        r"\b(?:este|el|el proximo|la proxima|despues de(?:l| la)?|antes de(?:l| la)?) "
        r"(?:\w+ ){0,6}?me mato\s*$"
        r"|\b(?:lo tengo decidido|ya lo decidi|ya esta decidido)\b.{0,60}?\bme mato"
        r"(?=\s*(?:$|[,.;!]))",
        unless=_IDIOM,
    ),
    rule(
        "es_ojala_no_levantarme",
        signs.DEATH_WISH,
        r"\bojala\b.{0,60}?\b(?:ya no me levantara|no me volviera a levantar|se me parara|se me "
        r"detuviera|ya no despertara|no volviera a despertar)"
        # The wish ends the clause: not "que el perro ya no me levantara a las cinco".
        r"(?=\s*(?:$|[,.;!]|nunca\b|jamas\b|mas\b|y ya\b))"
        r"|\b(?:quisiera|quiero|ojala pudiera) desaparecer (?:de la faz de la tierra|del mundo)\b"
        r".{0,20}?\b(?:de a de ?veras|de a deveras|de verdad|en serio|neta)\b"
        r"|\b(?:quisiera|quiero|ojala pudiera) desaparecer para siempre\b"
        r"|\bme (?:da|dio) (?:coraje|rabia|tristeza|decepcion) (?:seguir|estar|despertar) "
        r"(?:viv[oa]|con vida)\b"
        r"|\b(?:me da igual|me vale|no me importa|me da lo mismo) si (?:vivo o (?:me )?muero|me "
        r"muero o (?:no|vivo))\b"
        r"|\bquisiera haberme (?:quedado|muerto) (?:alli|ahi|alla)\b"
        r"|\b(?:morirse|morir|morirme|la muerte|estar muert[oa]) (?:suena|se oye|se ve|parece) "
        r"(?:tan |muy |bien )?(?:tranquil[oa]|bonit[oa]|en paz|a descanso|facil|mejor)\b"
        r"|\bojala (?:fuera|hubiera sido) yo (?:el|la) que (?:estuviera|se muriera|muriera|se "
        r"estuviera muriendo)\b",
    ),
    rule(
        "es_sin_mi_podria_descansar",
        signs.BURDEN,
        # Rest or peace for others without me, not "sin mí estarían perdidos en la cocina".
        r"\bsin mi\b,? (?:\w+ ){0,3}?(?:por fin |al fin |ya )?(?<!\bno )(?:(?:podria|podrian) "
        r"(?:descansar|vivir|estar (?:en paz|tranquil\w*|bien|mejor)|ser feliz\w*)|(?:viviria|"
        r"vivirian|estaria|estarian) (?:mejor|bien|en paz|tranquil\w*|feliz|felices|libres?)|"
        r"descansaria|descansarian)"
        # Better off, not "mejor organizados".
        r"(?=\s*(?:$|[,.;!]|y\b|que\b|sin\b|de verdad\b|todos\b|por fin\b))",
        # "Sin mi ayuda no podrían pagar la renta": my help, not me.
        unless=r"\bsin mi (?:ayuda|dinero|apoyo|trabajo|carro|coche|firma|permiso|sueldo|cheque|"
        r"casa|mama|papa|familia|credito|tarjeta)\b",
    ),
    rule(
        "es_esperando_que_se_acabe",
        signs.HOPELESSNESS,
        r"\bcontando los dias (?:pa|para) que (?:esto|todo) se (?:acabe|termine)\b"
        # Not the building work, the term or the season that is to end.
        r"(?!.{0,40}\b(?:obra|remodelacion|construccion|mudanza|semestre|curso|temporada|"
        r"invierno|verano|examen|turno|papeleo)\b)"
        r"|\b(?:esperar|espero|esperando) (?:a )?que se (?:acabe|termine) todo"
        r"(?=\s*(?:$|[,.;!]|ya\b|de una vez\b))"
        r"|\by si (?:sale mal|no sale|me (?:la |lo )?niegan|no funciona)\b.{0,10}?\bya no sigo\b"
        r"|\bno me veo (?:en|para) (?:el|la) (?:proximo|proxima|siguiente|otro|otra) (?:ano|"
        r"navidad|diciembre|verano|cumpleanos)(?=\s*(?:$|[,.]|la neta|neta|sinceramente))"
        r"|\bnada tiene sentido,? ni yo\b"
        r"|^(?=.*\bno puedo mas\b).*\bno hay (?:pa|para)'? donde (?:coger|agarrar|jalar|hacerse)\b"
        r"|\bya no me queda nada\b.{0,40}?\bni ganas(?=\s*(?:$|[,.;!]|de (?:vivir|seguir|nada)\b))"
        r"|\bun dia (?:malo )?mas(?: malo| asi)? y ya\s*[,.;!]?\s*(?:ahora si )?(?:es |va )?(?:en "
        r"serio|de verdad|neta)\b"
        r"|\b(?:cansad[oa]|agotad[oa]|hart[oa]|me canse|me harte) de tener esperanza\b"
        r"|\bme rendi con todo(?=\s*(?:$|[,.;!]|ya\b))"
        r"|\b(?:este es|va a ser) (?:el|mi) ultimo (?:diciembre|ano|cumpleanos|verano|invierno) "
        r"que paso asi(?=\s*(?:$|[,.]))",
    ),
    rule(
        "es_alturas_y_soltarme",
        signs.METHOD,
        r"\bpensando en (?:soltarme|aventarme|dejarme caer)\b"
        r"|^(?=.*\b(?:balcon|azotea|techo|piso \d+|puente|barandal|edificio|orilla)\b)"
        r".*\b(?:pensando en|ganas de|quiero) (?:brincar|saltar|tirarme)\b"
        # A roof door checked for a lock and a height measured: not a ladder or an antenna.
        r"|^(?=.*\b(?:azotea|techo|puente|balcon)\b)(?=.*\bsin llave\b).*\bque tan alto\b",
        unless=r"\b(?:alberca|piscina|trampolin|paracaidas|bungee|clavados|la cuerda|escalera|"
        r"antena|instalar|tinaco)\b",
    ),
    rule(
        "es_medicina_guardada",
        signs.METHOD,
        r"\ben vez de tomarme (?:la|las|mis) (?:medicina|medicinas|pastillas)\b.{0,20}?\b(?:las? "
        r"estoy|las? voy|las? he estado) (?:guardando|juntando|escondiendo)\b(?! para\b)"
        r"|\b(?:hice la cuenta|conte|cuente|estuve contando)\b.{0,40}?\b(?:pastillas|las de dormir|"
        r"pildoras)\b.{0,30}?\b(?:me alcanzan|si alcanzan|son suficientes)\b"
        r"|\bcuantas (?:de )?(?:mis )?(?:pastillas|pildoras|tabletas)\b.{0,40}?\bserian "
        r"suficientes\b"
        r"|\bamarre (?:algo|una (?:cuerda|soga|corbata)|un (?:cinturon|lazo|mecate))\b"
        r".{0,20}?\b(?:en|del|al) (?:el )?(?:closet|ropero|viga|la puerta|la regadera)\b",
        unless=r"\b(?:para el dolor|para la fiebre|por dia|al dia|dosis|receta|el doctor dijo|la "
        r"farmacia|colgar la ropa|tendedero|vitaminas?|del perro|del gato|de la presion|para mi "
        r"(?:mama|papa|hij[oa]|abuel[oa]|perr[oa]|gat[oa]))\b",
    ),
    rule(
        "es_despedida_sin_que_supieran",
        signs.PREPARATION,
        r"\b(?:diciendole|le dije|les dije|dije)(?: a (?:mi |la |el |los |las )?\w+)? que "
        r"(?:regresaba|volvia|iba a regresar|iba a volver)\b.{0,40}?\bpero no (?:pienso|voy a) "
        r"(?:regresar|volver)\b"
        r"|\bsin que (?:supiera|supieran|se diera cuenta|se dieran cuenta) que era (?:una |mi )?"
        r"despedida\b"
        r"|\by yo ya no (?:este|estare)\b"
        # Giving things away behind a cover story: "y todos creen que nomás estoy limpiando".
        r"|\bregalando (?:mis|todas mis)\b.{0,40}?\b(?:creen?|piensan?) que (?:solo|nada mas) "
        r"estoy\b"
        r"|^(?=.*\b(?:llave|llaves)\b)(?=.*\b(?:gat[oa]|perr[oa]|perrit[oa]|pez|peces|mascota)\b)"
        r".*\bya (?:quedo todo|esta todo listo|todo listo)\b",
        unless=r"\b(?:viaje|vacaciones|vuelo|boda|hospital|cirugia|congreso|campamento|fin de "
        r"semana|me voy a (?:mexico|guatemala|el salvador|honduras)|me mudo|mudanza|a esa casa|"
        r"a ese (?:lugar|trabajo)|a esa escuela|trabajo|chamba|jefe|jefa|empleo|renuncio|"
        r"renuncie)\b",
    ),
    rule(
        "es_lastimarme_de_otras_formas",
        signs.SELF_HARM,
        r"\bme (?:estuve|estoy|he estado|sigo) pellizcando\b"
        r"|\b(?:punetazos|golpes|putazos|madrazos|chingadazos) a la pared\b.{0,40}?\bhasta que\b"
        r".{0,20}?\b(?:sangr\w*|se me abrieron|me sangraron|se me rompieron)\b"
        r"|\b(?:necesito|quiero|para) sentir algo\b.{0,60}?\b(?:gillette|navaja|navajita|cuchilla|"
        r"rastrillo|encendedor|cigarro)\b"
        r"|\bme (?:jale|jalo|arranque|arranco) el pelo\b.{0,30}?\b(?:hasta|a punos|un hoyo|calva|"
        r"sangr\w*)\b"
        r"|\bme (?:pellizco|muerdo|rasguno|pellizque|mordi)\b.{0,30}?\bhasta (?:que )?(?:me )?"
        r"(?:salen|salgan|sangr\w*|queden) (?:moretones|marcas|sangre)?\b"
        r"|\b(?:navajitas|cuchillas|hojas de afeitar|gillettes|navajas)\b.{0,40}?\b(?:siempre "
        r"regreso a ellas|regreso a ellas|vuelvo a ellas)\b"
        r"|\b(?:navajitas|cuchillas|hojas de afeitar) escondidas\b"
        r"|\bme (?:di|doy|daba) (?:cachetadas|bofetadas|punetazos)\b",
        unless=_MISHAP_NOT_PLACE
        + r"|\b(?:las unas|los labios|los cachetes|la lengua|los padrastros|para despertar\w*|"
        r"de risa|sueno)\b",
    ),
    rule(
        "es_amenaza_detallada",
        signs.HARM_OTHERS,
        r"\bdesfigurar(?:le|la|lo)? la cara\b"
        r"|\btiene(?:n)? suerte (?:de )?que no (?:lo|la|los|las) (?:haya|hayamos) (?:picado|matado|"
        r"apunalado|acuchillado|balaceado|ahorcado|atropellado)\b"
        r"|^(?=.*\b(?:bebe|nin[oa]|hij[oa]|nene|nena|chiquit[oa])\b).*\b(?:ganas|miedo) de "
        r"(?:sacudirlo|sacudirla|zarandearlo|zarandearla|aventarlo|aventarla|ahogarlo|ahogarla|"
        r"lastimarlo|lastimarla|hacerle dano|(?:sacudir|zarandear|aventar|ahogar|lastimar) "
        r"a(?:l| la| mi)? (?:bebe|nin[oa]|nene|nena|hij[oa]))\b"
        r"|\b(?:la|lo|los|las) voy a (?:agarrar|poner) a (?:golpes|madrazos|putazos|"
        r"trancazos|chingadazos)\b"
        r"|\bhasta que no se (?:pueda|puedan) (?:parar|levantar|mover)\b"
        r"|\b(?:impulsos|pensamientos) de (?:lastimar|matar|golpear|hacerle dano|herir) a\b"
        r"|\bte voy a (?:hacer dano|lastimar)\b"
        r"|\b(?:la proxima vez|otra vez|si vuelve a) (?:que )?(?:\w+ ){0,3}(?:toque|toca|pegue|"
        r"golpee|lastime) a mi (?:hermana|hermano|hija|hijo|mama|mami)\b.{0,10}?\b(?:lo|la) mato\b",
        unless=r"\b(?:jaja\w*|jeje\w*|lol|xd|(?<!no )es broma|de broma|bromeando|futbol|"
        r"partido|fifa|videojuego|en el juego|ajedrez|partida|domino|cartas|poker|loteria)\b"
        r"|😂|🤣",
    ),
    # --- found after set 11 was measured, by phrases written to probe the weakest signs ---
    rule(
        "es_planes_cancelados",
        signs.PREPARATION,
        # A future appointment cancelled "para qué la quiero"; a video "explicándole por qué".
        r"\b(?:cancele|cancelo|ya cancele)\b.{0,30}?\b(?:cita|consulta|boletos?|inscripcion|"
        r"del proximo|del otro|de la otra)\b.{0,30}?\bpara que (?:la|lo|las|los) quiero"
        r"(?=\s*(?:$|[,.;!]))"
        r"|\b(?:grabe|escribi|deje|mande|programe) (?:un |una )?(?:video|audio|carta|mensaje|nota)"
        r"\b.{0,40}?\bexplicando(?:le|les)? (?:por que|todo)(?=\s*(?:$|[,.;!]))",
    ),
    rule(
        "es_amenaza_armada",
        signs.HARM_OTHERS,
        r"\b(?:voy|ire|vamos) a (?:ir a )?(?:casa de|buscar a|ver a|esperar a)\b.{0,40}?\bcon "
        r"(?:el|un|mi) (?:machete|cuchillo|bat|bate|pistola|fierro|cuete|navaja|cuerno)\b"
        r"|\b(?:compre|consegui|ya tengo) (?:la|una) (?:pistola|arma|cuete|escuadra)\b"
        r"(?! de (?:agua|juguete|pintura|silicon|aire|balines)\b)"
        r".{0,40}?\b(?:me cobro|me las paga|me la paga|va a pagar|lo que me hizo)"
        r"(?=\s*(?:$|[,.;!]))"
        r"|\bme (?:cobro|voy a cobrar) lo que me (?:hizo|hicieron)(?=\s*(?:$|[,.;!]))"
        r"|\bno (?:va|van) a contar la historia\b"
        r"|\ble (?:puse|eche|meti) algo (?:a|en) su (?:comida|bebida|cafe|refresco|agua|cerveza|"
        r"trago)\b"
        r"|\bsi (?:\w+ ){0,3}vuelve a (?:tocar|pegar|golpear|lastimar) a mi (?:hij[oa]s?|"
        r"herman[oa]|mama|mami)\b.{0,20}?\b(?:lo|la) (?:mato|dejo tirad[oa]|dejo en el suelo|"
        r"desaparezco|entierro)\b",
        unless=_NOT_A_THREAT
        + r"|\b(?:maleza|zacate|monte|cortar|limpiar|jardin|cocinar|pelar|cana|coco|la cuenta|"
        r"el cobro|me cobro (?:la|el) (?:renta|cuenta|deuda)|liga|juega|juego|beisbol|softbol|"
        r"practica|entrenamiento)\b",
    ),
    # --- run 12: what set 11 showed no rule read ---
    rule(
        "es_alivio_ante_el_peligro",
        signs.DEATH_WISH,
        # Good news about one's health met with disappointment, a danger met with relief, a
        # car one no longer cares will stop, anger at waking, the boat wished over.
        r"\b(?:benigno|benigna|negativo|no era cancer|no era nada|salio bien|salieron bien)\b"
        r".{0,40}?\b(?:senti|me dio|fue|me entro) (?:decepcion|tristeza|coraje)\b"
        r"|\bno senti miedo,? senti (?:alivio|paz|calma)\b"
        r"|\bme da (?:igual|lo mismo) si (?:el|la|un|una) (?:carro|coche|camion|trailer|tren|"
        r"troca|bus|camioneta|moto) (?:frena|se para|me atropella|me pega|me lleva)\b"
        r"|\b(?:me da coraje|me enoja|odio|me frustra) (?:haber )?despert(?:ar|ado)(?: otra vez|"
        r" de nuevo| cada dia)?(?=\s*(?:$|[,.;!]))"
        r"|\bojala (?:que )?se (?:volteara|volcara|hundiera|estrellara)\b.{0,30}?\b(?:no salir|"
        r"no volver|conmigo|y yo)\b",
        unless=r"\b(?:embaraz\w*|covid|examen|prueba de manejo|antidoping|calificacion|"
        r"entrevista|jaja\w*|lol|xd)\b",
    ),
    rule(
        "es_valgo_mas_muerto",
        signs.BURDEN,
        r"\bvalgo mas muert[oa] que viv[oa]\b"
        r"|\bsi (?:me muero|yo me muero|yo no estuviera|me voy|yo faltara|falto yo)\b.{0,30}?"
        r"\b(?:les (?:alcanza|rinde|iria|va|sobra)|(?:estarian|vivirian|saldrian) mejor|una boca "
        r"menos)\b"
        r"|\bcon (?:el|mi) seguro de vida (?:mi familia|mis hijos|ellos|mi esposa|mi mama) "
        r"(?:(?:saldria|saldrian) adelante|(?:estaria|estarian|viviria|vivirian) mejor)\b",
        unless=_IDIOM,
    ),
    rule(
        "es_sin_ano_que_viene",
        signs.HOPELESSNESS,
        r"\bno (?:me )?puedo imaginar(?:me)? (?:el ano que viene|el proximo ano|mi futuro|un "
        r"futuro|viv[oa] (?:el ano que viene|en \w+ anos))\b(?! (?:sin|con|en|lejos)\b)"
        r"|\bya no quiero (?:pelear|luchar) por (?:quedarme|seguir|vivir|seguir aqui|seguir "
        r"viv[oa]|estar aqui)\b",
        unless=r"\b(?:trabajo|chamba|pais|ciudad|visa|papeles|relacion|con el|con ella|equipo|"
        r"escuela|carrera)\b",
    ),
    rule(
        "es_medios_con_pretexto",
        signs.METHOD,
        # A means bought with a cover story ("le dije que era pa' tender ropa. No es pa' eso" is
        # two sentences: the cover story itself is read), a gun "no es pa' protegerme", pills
        # kept for a weekend alone, charcoal and tape in the car, a trailer hoped for.
        r"\b(?:le dije|dije|les dije)\b.{0,30}?\bque (?:era|es) (?:para|pa) (?:tender|colgar|"
        r"amarrar|la mudanza|el jardin)\b(?: \w+){0,3}$"
        r"|\bno (?:es|era) (?:para|pa) (?:protegerme|defenderme|la casa|cazar|el negocio)"
        r"(?: de nadie)?(?=\s*(?:$|[,.;!]))"
        r"|\b(?:un bote|una caja|un frasco|todo el frasco|una tira|un blister) (?:enter[oa] |"
        r"llen[oa] |complet[oa] )?de "
        + _MEDS
        + r"\b.{0,60}?\b(?:se van|me quedo sol[oa]|voy a estar sol[oa]|nadie va a estar|"
        r"no va a haber nadie|sin nadie)\b"
        r"|\bcarbon\b.{0,30}?\b(?:cinta|sellar|tape)\b"
        r"|\bpara ver si (?:puedo|me atrevo a|me animo a) (?:tirarme|aventarme|saltar|brincar|"
        r"lanzarme)\b"
        r"|\b(?:terraza|azotea|techo)\b.{0,30}?\b(?:queda|esta|sigue|estaba) abiert[oa]\b.{0,40}?"
        r"\b(?:fui a (?:checar|chequear|ver|revisar)|revise|subi)\b"
        r"|\b(?:esperando|ojala|a ver si) (?:que )?(?:se me (?:cruce|atraviese)|me (?:choque|pegue|"
        r"aplaste|atropelle|arrolle)) (?:un|una|el|la) (?:trailer|camion|carro|tren|bus|troca|"
        r"rastra|torton)\b",
        unless=r"\b(?:asador|carne asada|parrilla|carnita|jaja\w*|lol|xd|cerca|alarma|muela|"
        r"dolor|gripa|fiebre|colicos?|la regla|migrana|receta)\b",
    ),
    rule(
        "es_despedida_en_hechos",
        signs.PREPARATION,
        # Goodbyes not known for what they are; debts paid "antes de irme"; a letter left to
        # be found "para cuando yo falte"; a day chosen not to spoil a party; nothing left
        # pending "en esta vida"; a trial run at a place "con todo listo".
        r"\bno (?:saben|sabe|sospechan?|se imaginan?) que (?:es|era|fue) (?:una|mi|la) despedida\b"
        r"(?! (?:de (?:soltera|soltero|fin|la|el|los|las)|sorpresa)\b)"
        r"|\b(?:pague|salde|devolvi|regale|vendi|quede en paz con todos|estoy en paz con "
        r"todos)\b.{0,80}?\bantes de (?:irme|partir|que me vaya)(?=\s*(?:$|[,.;!]))"
        r"|\bcarta\b(?! (?:del|de la|de) (?:banco|escuela|seguro|irs|migracion|trabajo|"
        r"recomendacion|renta|luz|agua|corte|abogado))"
        r".{0,60}?\b(?:para que (?:mi|la|el|mis) \w+ la (?:encuentre|encuentren|lea|lean)"
        r"(?: despues)?|para cuando (?:yo )?(?:falte|ya no este|me vaya))(?=\s*(?:$|[,.;!]))"
        r"|\b(?:escogi|elegi|decidi|tengo|puse) (?:el dia|la fecha)\b.{0,60}?\bpara no "
        r"(?:arruinar|echar a perder|aguar)\w*\b"
        r"|\bno me queda(?:n)? (?:nada |ningun )?pendientes? en esta vida\b"
        r"|\bcon todo listo para ver (?:que|como) se (?:sentia|siente)(?=\s*(?:$|[,.;!]))"
        r"|\besta vez (?:me regrese|regrese|me baje|me arrepenti)\b.{0,10}$"
        r"|\bpara que se acuerden de mi\b.{0,40}?\bya (?:tengo|escogi|elegi) (?:la fecha|el dia)\b"
        r"|\bya no (?:vuelvo|regreso)\b.{0,60}?\b(?:deje|dejo) encargad[oa]s?\b"
        r"|\b(?:deje|tengo) pagad[oa] (?:por adelantado )?(?:el novenario|mi novenario|las misas "
        r"de difunto|mi funeral|mi entierro)\b.{0,40}?\b(?:a mi nombre|que no gasten)\b",
        unless=r"\b(?:viaje|vacaciones|mudanza|me mudo|al norte|pal norte|pa(?:ra)? el otro lado|"
        r"a estados unidos|del pais|de la ciudad|a trabajar|a la escuela|al hospital|boda|"
        r"quince\w*|posada|cumple\w*|graduacion|jubil\w*)\b(?!.{0,40}\bpara no (?:arruinar|echar|"
        r"aguar))",
    ),
    rule(
        "es_cortes_y_medios_escondidos",
        signs.SELF_HARM,
        r"\b(?:\w+ )?(?:cortes|cortadas|heridas|quemaduras) nuev[oa]s\b.{0,30}?\b(?:en el|en la|"
        r"en los|en las|en mi|en mis) (?:muslos?|brazos?|munecas?|piernas?|panza|costillas|"
        r"tobillos?)\b"
        r"|\b(?:traigo|cargo|llevo|guardo|tengo) (?:una|la|mi) (?:navaja|gillette|cuchilla|hoja "
        r"de afeitar|rastrillo|navajita)\b.{0,40}?\bpor si (?:se pone feo|me da|lo necesito|me "
        r"gana|me entra|no aguanto)\b"
        r"|\bme (?:escribi|grabe|marque|rasgue|tatue)\b.{0,30}?\ben (?:la|el|mi|los|las) "
        r"(?:pierna|brazo|muneca|muslo|panza|piel|brazos|piernas)\b.{0,30}?\bcon (?:la punta "
        r"(?:de|del|de la) |un |una |el |la )(?:\w+ )?(?:compas|navaja|aguja|tijera|tijeras|"
        r"cuchillo|vidrio|clavo)\b"
        r"|\b(?:hacerme|me hago|me hice|me he hecho|me he vuelto a hacer|volvi a hacerme) "
        r"(?:cortes|cortadas|heridas|quemaduras)\b"
        r"|\b(?:hielo|liga|ligas|marcador rojo)\b.{0,60}?\b(?:volvi a lo de antes|lo de verdad|"
        r"volvi a la navaja|volvi a cortarme)\b"
        r"|^(?=.*\b(?:sudadera|manga larga|mangas largas|chamarra|sueter)\b)"
        r"(?=.*\b(?:calor\w*|\d+ grados|verano|playa|alberca)\b)"
        r".*\b(?:para|pa) que (?:mi \w+|nadie|no|ellos|la gente)? ?(?:no )?(?:me )?(?:vea|vean) "
        r"(?:los brazos|las munecas|las piernas|los muslos|las cortadas|las marcas|las "
        r"cicatrices)\b",
        unless=_MISHAP_NOT_PLACE
        + r"|\b(?:tatuajes?|quemaduras de sol|el sol|salpull\w*|ronchas|mosquitos|varicela|"
        r"cocina|cocinando|gato|perro|cuaderno|mapa|pelo|cabello)\b",
    ),
    rule(
        "es_amenaza_en_camino",
        signs.HARM_OTHERS,
        # Going somewhere to kill; waiting for him and killing him; a knife brought "y no lo
        # dejo entrar vivo"; "la próxima no me voy a poder parar" after a blow.
        r"\b(?:voy|vamos|regreso|regresar|ir|iremos|van|volver|vuelvo)\b.{0,30}?\b(?:a|pa|para) "
        r"(?:matar|apunalar|balacear|madrear|picar|quebrar|tronar)(?:l[oa]s?|le)\b"
        r"|\b(?:lo|la) (?:espero|agarro|busco|encuentro)\b.{0,60}?\by (?:lo|la) (?:mato|apunalo|"
        r"pico|quiebro|trueno|balaceo)\b"
        r"|\bno (?:lo|la|los) (?:dejo|voy a dejar) (?:entrar|salir|ir|llegar) viv[oa]s?\b"
        r"|\b(?:lo|la) (?:espero|recibo) con (?:el|la|un|una) (?:cuchillo|navaja|pistola|machete|"
        r"bate|fierro|cuete)\b"
        r"|\b(?:le pegue|golpee|empuje|le di)\b.{0,80}?\bla proxima (?:vez )?no me voy a "
        r"(?:poder )?(?:parar|detener|controlar|contener)\b"
        r"|\b(?:lo|la) agarro\b.{0,60}?\by (?:le va a ir mal|se va a arrepentir)\b"
        r"|\b(?:rayarle|cortarle|rajarle|marcarle) la cara\b"
        r"|\b(?:le|les) caigo con (?:la|una|mi|el|un) (?:navaja|pistola|fusca|cuchillo|machete|"
        r"bate|fierro|cuete)\b"
        r"|\ble (?:rompo|parto|abro|reviento) la (?:cabeza|cara|boca|crisma)\b",
        unless=r"\b(?:jaja\w*|jeje\w*|lol|xd|(?<!no )es broma|de broma|bromeando|futbol|"
        r"partido|fifa|videojuego|en el juego|ajedrez|partida|domino|cartas|poker|loteria|"
        r"mosco|mosca|cucaracha|rata|raton|zancudo|arana|piñata|pinata)\b|😂|🤣|" + _LAUGHTER,
    ),
    # --- run 13: what set 12 showed no rule read ---
    rule(
        "es_por_mi_propia_mano",
        signs.SUICIDAL_THOUGHTS,
        r"\b(?:irme|morir(?:me)?|acabar|terminar|matarme|me voy|me ire|mi vida|la vida)\b.{0,20}?"
        r"\bpor mi propia mano\b|\bpor mi propia mano\b(?=\s*(?:$|[,.;!]))"
        r"|\bque parezca (?:un )?accidente\b"
        r"|\b(?:vias|tren|puente|azotea|barranca|canal|acantilado|techo|edificio)\b.{0,80}?"
        r"\ba ver si me animo\b(?=\s*(?:$|[,.;!]))",
        unless=r"\b(?:pelicula|serie|novela|libro|telenovela|jaja\w*|lol|xd|examen|bailar|"
        r"cantar|invitarla|invitarlo|hablarle|declararme)\b",
    ),
    rule(
        "es_deseo_de_no_haber_sobrevivido",
        signs.DEATH_WISH,
        r"\bojala (?:me hubieran dejado morir|no me hubieran "
        r"(?:salvado|rescatado|encontrado)|nunca me hubieran parido|no me hubieran parido)\b"
        r"|\b(?:para|pa) que (?:naci|me parieron|me tuvieron)\b"
        r"|\b(?:desearia|quisiera|me gustaria|ojala pudiera) (?:apagarme|dejar de existir)\b"
        r"(?! (?:el|la|los|las|un rato|tantito|por un rato|unos dias)\b)"
        r"|\b(?:deseando|ojala|quisiera|espero) que (?:un dia )?(?:el corazon se me (?:pare|"
        r"detenga)|se me (?:pare|detenga) el corazon|me de un infarto)\b"
        r"|\bojala me (?:alcanzara|alcance|llevara|lleve)(?: (?:el fuego|el incendio|la lumbre|"
        r"el agua|la corriente))?(?=\s*(?:$|[,.;!]|y\b))",
        unless=r"\b(?:pelicula|serie|novela|protagonista|personaje|cancion|jaja\w*|lol|xd|"
        r"el camion|el bus|la suerte|el sueno|el tiempo)\b",
    ),
    rule(
        "es_estorbo_que_cargar",
        signs.BURDEN,
        r"\bmejor (?:seria )?que yo (?:ya no (?:este|estuviera)|faltara|no (?:estuviera|existiera)|"
        r"me muriera)(?=\s*(?:$|[,.;!]|asi\b|para\b|pa\b))"
        r"|\bsi yo no viviera\b"
        r"|\b(?:soy|me siento (?:como )?) un (?:bulto|estorbo|costal|peso muerto) (?:que|para)\b"
        r"|\b(?:y )?quien me (?:va a|iba a|vaya a) extranar\b|\bquien me extranaria\b",
        unless=_IDIOM + r"|\b(?:vacaciones|viaje|trabajo|oficina|chamba|fiesta|cancun)\b",
    ),
    rule(
        "es_por_que_seguir",
        signs.HOPELESSNESS,
        r"\bya no (?:me queda|tengo) (?:por que|para que|razon para|motivo para) seguir"
        r"(?: viv[oa]| viviendo| aqui)?(?=\s*(?:$|[,.;!?]))"
        # "Qué caso tiene" is "qué sentido tiene" in Mexico. "Seguir" alone only where the
        # sentence ends: not "qué caso tiene seguir, si no me va a contestar" (writing to him).
        r"|\bque (?:sentido|caso) tiene (?:seguir viv[oa]|vivir|seguir aqui|estar viv[oa]|"
        r"seguir viviendo)(?=\s*(?:$|[,.;!?]|asi\b))"
        r"|\bque (?:sentido|caso) tiene seguir(?=\s*(?:$|[.!?]))",
        unless=r"\b(?:con el|con ella|en este trabajo|en la chamba|en esta relacion|estudiando|"
        r"en la escuela|intentando|rogandole)\b",
    ),
    rule(
        "es_medios_al_alcance",
        signs.METHOD,
        # Insulin or pills known for what an extra dose does; pills counted "y con eso alcanza";
        # a car left running in a closed garage; the depth of a canal measured by eye; poison
        # or a rope looked at "de otra manera".
        r"\b(?:se|sabe) (?:bien |muy bien )?lo que (?:hace|hacen|pasa) si me (?:pongo|tomo|inyecto|"
        r"trago) (?:de mas|muchas|todas|toda)\b"
        r"|^(?=.*\b" + _MEDS + r"\b).*\b(?:conte|junte|tengo|ya las conte)\b.{0,60}?\b(?:con eso|"
        r"con esas|con esto) (?:alcanza|es suficiente|basta)\b"
        r"|\b(?:prendo|prendi|prender|dejo|deje|dejar) (?:el )?(?:carro|coche|motor|troca|"
        r"camioneta)\b.{0,20}?\bcon (?:el garaje|el garage|la cochera|la puerta) cerrad[oa]\b"
        r"|\bmedir\b.{0,20}?\blo (?:hondo|alto|profundo) que (?:esta|es)\b"
        r"|\bya se (?:para|pa) que (?:las|los) (?:guarde|guardo|estoy guardando|tengo)\b"
        r"|\b(?:veneno|soga|cuerda|lazo|pistola|pastillas|navaja|cuchillo|vias)\b.{0,40}?"
        r"\b(?:lo|la|los|las) (?:miro|veo) (?:de otra manera|de otra forma|diferente|distinto)\b",
        unless=r"\b(?:calentar|se caliente|invierno|frio|mecanico|receta|doctor|doctora|"
        r"enfermera|presion|azucar alta|la dieta|jaja\w*|pint\w*|color\w*|arregl\w*|tendedero|"
        r"lavadero)\b",
    ),
    rule(
        "es_despedida_disimulada",
        signs.PREPARATION,
        # Things given away "adonde voy no se ocupa"; tools given away at work; a letter already
        # written; savings left with a note under the pillow; a pet entrusted "si me pasara algo".
        r"\b(?:a ?donde|adonde|(?<!\ba )donde) voy no (?:se ocupa|se necesita|lo voy a necesitar|"
        r"me va a servir|ocupo nada|(?:los|las|lo|la) (?:ocupo|necesito|voy a necesitar))\b"
        r"|\b(?:regalando|regale|he regalado|he ido regalando) (?:mis|todas mis) (?:herramientas|"
        r"cosas|tenis|botas|chamarras|discos|juegos)\b(?!.{0,40}\b(?:nuev[oa]s|ya no me (?:quedan|"
        r"sirven)|donacion|iglesia|mudanza|me mudo|me quedan? (?:chic|grand|apretad)\w*|ya no "
        r"(?:los|las) (?:uso|ocupo)|compre (?:otr|nuev)\w*)\b)"
        r"|\bya (?:escribi|tengo escrita|termine) mi carta\b(?! (?:de (?:motivacion|renuncia|"
        r"presentacion|recomendacion|los reyes)|para (?:santa|los reyes|el nino dios|la "
        r"escuela|la universidad|el trabajo|el consulado|el juez)))"
        r"|\bdebajo de la almohada\b.{0,40}?\b(?:nota|notita|carta|cartita)\b"
        r"|\b(?:se quedaria|se quedara|se queda|se quede|cuidaria|cuidara|cuide) con mi (?:perr\w+|"
        r"gat\w+|hij\w+|"
        r"loro|perico)\b.{0,30}?\bsi (?:a mi )?me (?:pasara|pasa) algo\b"
        r"|\bcerrando pendientes antes de irme\b",
        unless=r"\b(?:viaje|vacaciones|operacion|cirugia|hospital|mudanza|me mudo|regreso en|"
        r"el diente|los dientes|raton|hada|santa|reyes|cumple\w*|aniversario|san valentin|"
        r"sorpresa|cancun|playa|calor|frio)\b",
    ),
    rule(
        "es_cubrir_las_marcas",
        signs.SELF_HARM,
        # Boiling water or a lighter on one's own hand on purpose; bloody plasters and a lie.
        r"\bme (?:echo|eche|pongo|puse|paso|pase) (?:agua hirviendo|aceite (?:caliente|hirviendo)|"
        r"la plancha|el encendedor|cloro|el cigarro)\b.{0,30}?\b(?:a proposito|hasta que)\b"
        r"|\b(?:curitas|vendas|toallas|panuelos|sabanas) con sangre\b.{0,60}?\b(?:le dije|les dije|"
        r"mentira|menti)\b",
        unless=r"\b(?:cocinando|sin querer|accidente|la estufa|el sarten|nariz|regla|dentista|"
        r"operacion|puntadas)\b",
    ),
    rule(
        "es_amenaza_con_arma_lista",
        signs.HARM_OTHERS,
        # A weapon to be taken to work or carried in the truck where he parks; wanting her to
        # feel it "y no hablo de tristeza"; violent thoughts with a gun bought; "hacerlo sangrar".
        r"\b(?:he pensado en|pienso|quiero|voy a) (?:traer|llevar|sacar) (?:la|una|mi) (?:pistola|"
        r"arma|fusca|escuadra|cuete)\b.{0,20}?\b(?:al|a la|a su)\b"
        r"|\bya se donde (?:vive|estaciona|se estaciona|trabaja)\b.{0,40}?\btraigo (?:el|la|un|una|"
        r"mi) (?:machete|pistola|cuchillo|bate|fierro|cuete|navaja)\b"
        r"|\bquiero que (?:sienta|sufra) lo que yo (?:siento|senti|sufri)\b.{0,30}?\bno hablo de "
        r"(?:tristeza|lo emocional|sentimientos)\b"
        r"|\bpensamientos (?:violentos|de violencia) (?:hacia|contra)\b"
        r"|\b(?:lo|la|los|las) voy a hacer sangrar\b|\bhacer(?:lo|la|le) sangrar\b",
        unless=_NOT_A_THREAT + r"|\b(?:juego|videojuego|partido|campo de tiro|cacer\w*)\b",
    ),
    # --- run 14: what set 13 showed no rule read ---
    rule(
        "es_irme_con_el",
        signs.SUICIDAL_THOUGHTS,
        r"\b(?:pienso|pensar|quiero|quisiera) (?:en )?irme con (?:el|ella|mi \w+)\b.{0,60}?"
        r"\bhacerlo yo mism[oa]\b"
        r"|\bpienso en hacerlo yo mism[oa]\b"
        r"|\bno se (?:para|pa) que sigo (?:en este mundo|aqui|viv[oa]|vivo)\b",
    ),
    rule(
        "es_sin_mi_serian_libres",
        signs.BURDEN,
        r"\bsin mi (?:serian|estarian|vivirian|quedarian) (?:libres|tranquil[oa]s|felices|en paz)"
        r"(?=\s*(?:$|[,.;!]|y\b))",
        unless=r"\b(?:fiesta|viaje|equipo|partido|casa|cuarto|oficina|chamba|trabajo)\b",
    ),
    rule(
        "es_medios_juntados",
        signs.METHOD,
        # Pills gathered, a dose known, a bridge's height looked up, a gun known to be loaded,
        # a weapon held "pensando en mí", a poison set aside.
        r"\b(?:llevo|estoy|sigo|he estado|ando) juntando\b.{0,10}?\b" + _MEDS + r"\b"
        r"|\bse (?:exactamente|bien|muy bien) cuant[oa] (?:insulina|" + _MEDS + r") se necesita\b"
        r"|\b(?:googlee|busque|investigue) (?:cuanto mide|que tan alto es|la altura de) (?:el|la) "
        r"(?:puente|edificio|azotea|presa)\b"
        r"|\bse que tiene balas\b"
        r"|\b(?:cuerno|pistola|rifle|escopeta|arma|revolver|fusca)\b.{0,60}?\bpensando en mi\b"
        r"|\b(?:lo|la) he tenido en (?:las|mis) manos pensando en mi\b"
        r"|\bse muere si se (?:lo|la|los|las) (?:toma|bebe)\b.{0,20}?\by (?:lo|la|los|las) "
        r"(?:tengo aparte|aparte|guarde|escondi)\b",
        unless=r"\b(?:receta|farmacia|pastillero|de agua|de juguete|juego|caceria|campo de tiro)\b",
    ),
    rule(
        "es_despedida_arreglada",
        signs.PREPARATION,
        r"^no (?:es|era|me voy) de viaje$"
        r"|\b(?:arregle|deje pagad[oa]|deje list[oa])\b.{0,80}?\by escribi (?:las|mis) cartas\b"
        r"(?! de (?:recomendacion|motivacion|presentacion|renuncia)\b)",
    ),
    rule(
        "es_golpes_a_mi_mismo",
        signs.SELF_HARM,
        r"\bhasta abrirme (?:los nudillos|la mano|la piel|la frente|la cabeza)\b"
        r"|\bme (?:he vuelto|volvi) a hacer dano\b"
        r"|\bme (?:rayo|raye|rajo|raje) (?:los brazos|las piernas|la piel|las munecas|los "
        r"muslos)\b",
        unless=_MISHAP_NOT_PLACE
        + r"|\b(?:con el marcador|con la pluma|pintura|plumon|marcador|masa|pan|amasa\w*|"
        r"tortillas)\b",
    ),
    rule(
        "es_amenaza_encargada",
        signs.HARM_OTHERS,
        r"\b(?:le|les) (?:tape|tapo) la cara\b.{0,30}?\bcon (?:la|una) (?:almohada|cobija)\b"
        r"|\b(?:para|pa) que (?:lo|la) (?:esperen|agarren|busquen)\b.{0,50}?\b(?:lo|la) (?:dejen "
        r"tirad[oa]|madreen|golpeen|quiebren|maten)\b"
        r"|\bdisfruta\w*\b.{0,40}?\bporque te queda poco(?=\s*(?:$|[,.;!]))"
        r"|\b(?:ideas|ideacion|pensamientos) homicidas?\b",
        unless=_NOT_A_THREAT,
    ),
    # Run 22: thinking of not being, a full stop put to everything, everything over "yo
    # incluida"; envy of the dead who rest, one's time in this world served; a streak broken
    # after so many days, new scars, the hand about to slip after a year without harm; an
    # illness or a stray bullet wished for; "sin mí respirarían", leaving so that she rests;
    # pills counted, a knife seen differently, a bridge not for the view, what is missing no
    # one will notice, cleaning chemicals mixed in a closed room; a hand on the comal; bleach
    # in someone's coffee, "lo pico", the fear of shaking a crying baby.
    rule(
        "es_pensar_en_no_estar",
        signs.SUICIDAL_THOUGHTS,
        r"\b(?:pensando|pienso|pense|pensar|pensaba) en (?:ya )?no (?:estar|existir|seguir)\b"
        r"(?! (?:en|con|aqui|aca|alla|de|ahi|trabajando|ahorrando|pagando)\b)"
        r"|\bponer(?:le)? (?:un )?punto final a (?:todo(?! (?:el|lo|ese|esto|eso|con)\b)|mi vida)\b"
        r"|\b(?:acabe|termine|desaparezca) todo\b.{0,10}?\byo incluid[oa]\b",
    ),
    rule(
        "es_ya_descansar",
        signs.DEATH_WISH,
        r"\b(?:envidi\w*|envidia)\b.{0,40}?\bya (?:descansa|esta en paz|no sufre)\b(?! de\b)"
        r"|\bya cumpli mi (?:tiempo|ciclo|parte) en (?:este mundo|esta vida|la tierra)\b",
    ),
    rule(
        "es_recaida",
        signs.SELF_HARM,
        r"\b(?:rompi|se me rompio|perdi) (?:mi |la )racha\b.{0,15}?\b\d+ dias\b"
        r"|\bcicatrices\b.{0,50}?\b(?:hay|tengo|salieron|me sali\w*) (?:unas )?nuevas\b"
        r"|\bsin (?:lastimarme|cortarme|hacerme dano)\b.{0,40}?\b(?:hoy|ahorita|esta noche)\b"
        r".{0,30}?\bse me va a ir la mano\b",
        unless=r"\b(?:duolingo|gym|gimnasio|ejercicio|snap\w*|juego|correr|leer|dieta|fumar|"
        r"cigarro|tomar|refresco|azucar)\b",
    ),
    rule(
        "es_que_me_gane",
        signs.DEATH_WISH,
        r"\bojala (?:que )?(?:la|el) (?:diabetes|cancer|enfermedad|azucar|presion|covid|gripa|"
        r"gripe|fiebre|infeccion) me (?:gane|lleve|mate|acabe)\b"
        r"|\bbala perdida\b.{0,30}?\bme (?:toque|de|alcance|pegue)\b",
        unless=r"\bpara (?:no|faltar)\b|\bincapacidad\b",
    ),
    rule(
        "es_sin_mi_respirarian",
        signs.BURDEN,
        r"\bsin mi (?:respirarian|descansarian|vivirian (?:en paz|tranquil[oa]s|mejor)|estarian "
        r"(?:en paz|tranquil[oa]s))(?=\s*(?:$|[,.;!?]|y\b))"
        r"|\bme voy de una vez para que (?:ella|el|ellos|todos|mi \w+) (?:descans\w*|este\w* "
        r"tranquil\w*|viva\w* tranquil\w*)(?=\s*(?:$|[.;!]))",
        unless=r"\b(?:tarde|a mi casa|al hotel|a dormir|temprano|visita|manana)\b",
    ),
    rule(
        "es_medios_calculados",
        signs.METHOD,
        r"\b" + _MEDS + r"\b.{0,60}?\b(?:calcule|calculando|conte|contando) cuant[ao]s (?:serian|"
        r"necesito|ocupo|me tengo que tomar|harian falta)\b"
        r"|\b(?:veo|miro|viendo|mirando)\b (?:\w+ ){0,3}cuchillos?\b.{0,30}?\bcon otros ojos\b"
        r"|\bno (?:precisamente|exactamente) por la vista\b(?!,? sino\b)"
        r"|\b(?:separe|guarde|junte|escondi) lo que (?:necesito|ocupo)\b.{0,40}?\bnadie (?:va a "
        r"notar|se va a dar cuenta de|notara) (?:que|lo que) falta\b"
        r"|\bmezcl\w* (?:los |el )?(?:quimicos|cloro|productos de limpieza)\b.{0,40}?\b"
        r"(?:cerrad[oa]|encerrad[oa]|sin ventanas?)\b",
        unless=r"\b(?:receta|doctor|doctora|pastillero|la tienda|inventario|viaje|maleta|"
        r"mudanza|fiesta|pastel)\b",
    ),
    rule(
        "es_mano_al_fuego",
        signs.SELF_HARM,
        r"\b(?:pongo|puse|meto|meti|pego|pegue) (?:la|mi) mano (?:en|sobre) (?:el comal|la estufa|"
        r"la plancha|el sarten|la lumbre|el agua hirviendo)\b.{0,40}?\bpara que\b",
        unless=r"\b(?:sin querer|por accidente|tortillas?|calentar|ver si)\b",
    ),
    rule(
        "es_dano_a_otro",
        signs.HARM_OTHERS,
        r"\b(?:le|les) (?:echo|pongo|voy a echar|voy a poner|echare|pondre) (?:cloro|veneno|"
        r"raticida|vidrio molido|matarratas) (?:a|en) su (?:cafe|comida|bebida|agua|refresco|"
        r"sopa)\b"
        r"|\bsi\b.{0,60}?\b(?:lo|la|te) (?:pico|apunalo|filereo)\b(?! (?:finito|en|para|el|la|"
        r"con)\b)"
        r"|\b(?:bebe|nino|nina|nene|nena)\b.{0,60}?\bmiedo (?:de )?sacudirl[oa]"
        r"(?=\s*(?:$|[,.;:!?]))",
        unless=_NOT_A_THREAT,
    ),
    # Run 23: phrasings of sets 23 and 24 that no rule read.
    rule(
        "es_voz_que_dice_matate",
        signs.SUICIDAL_THOUGHTS,
        # A voice in one's head telling one to do it: "mi cabeza me repite: mátate".
        r"\b(?:mi cabeza|una voz|la voz|algo) (?:\w+ )?me (?:repite|dice|grita|susurra)\b.{0,10}?"
        r"\bmatate\b",
    ),
    rule(
        "es_no_haber_nacido",
        signs.DEATH_WISH,
        r"\b(?:hubiera|habria) preferido no (?:nacer|haber nacido|existir)\b"
        r"|\b(?:rogando|pidiendo|rezando)(?: a dios)? (?:ya )?no (?:ver (?:la luz|el sol|otro dia|"
        r"el amanecer)|despertar|amanecer)\b",
    ),
    rule(
        "es_ropa_para_enterrarme",
        signs.PREPARATION,
        r"\b(?:con que|que) ropa me van a (?:enterrar|velar|cremar)\b"
        r"|\bla ropa (?:para|con la que) (?:me )?(?:van a )?(?:enterrar|velar)(?:me)?\b",
    ),
    rule(
        "es_cortadas_contadas",
        signs.SELF_HARM,
        # Cuts counted: "llevo como diez cortadas esta semana".
        r"\bllevo (?:ya )?(?:como |unas |mas de )?(?:\w+ )(?:cortadas|quemaduras)\b",
    ),
    rule(
        "es_amenaza_de_esta_no_sales",
        signs.HARM_OTHERS,
        r"\bde esta no (?:sales|salen|vas a salir|van a salir) (?:entera|entero|viva|vivo|"
        r"bien)\b"
        r"|\b(?:va|van|vas) a salir en camilla\b"
        r"|\bcuid(?:ense|ate) la espalda\b.{0,30}?\bvoy por (?:los dos|ti|ustedes|ella|el)\b",
        unless=_NOT_A_THREAT + r"|\b(?:partido|futbol|juego|lesion\w*)\b",
    ),
    rule(
        "es_fecha_puesta",
        signs.HOPELESSNESS,
        # An end given a date, a future that will not be reached.
        r"\bya me puse (?:una )?fecha(?=\s*(?:$|[.,;!]))"
        r"|\b(?:esto|todo|mi vida) ya tiene fecha(?: de (?:terminar|acabar|fin|caducidad))?\b"
        r"|\bno (?:le )?veo (?:el )?sentido (?:a|en) llegar (?:al|a) (?:verano|invierno|"
        r"diciembre|navidad|mi cumpleanos|fin de ano|la otra semana|manana)\b"
        r"|\bno hay (?:ningun|un) escenario (?:donde|en el que) (?:yo )?siga (?:de pie|viv[oa]|"
        r"aqui)\b"
        r"|\b(?:ya )?voy a estar en (?:el altar|la ofrenda)\b",
        unless=r"\b(?:obra|contrato|renta|proyecto|remodelacion|la boda|el examen|tesis|"
        r"mudanza)\b",
    ),
    rule(
        "es_freeway_a_proposito",
        signs.METHOD,
        r"\batravesar (?:la|el) (?:freeway|autopista|carretera|periferico)\b.{0,30}?"
        r"\ba proposito\b",
    ),
    rule(
        "es_despedida_callada",
        signs.PREPARATION,
        # A goodbye no one noticed, the last time one holds a child, a life insurance checked.
        r"\bcomo despedida\b.{0,30}?\bnadie se dio cuenta\b"
        r"|\b(?:ni|no) (?:sabe|saben|sabia|sabian) que me estaba despidiendo\b"
        r"|\bultima vez que (?:cargo|cargue|abrazo|abrace|beso|bese) a (?:mi|mis) \w+(?: \w+)?, "
        r"lo se\b"
        r"|\bseguro de vida\b.{0,60}?\baunque no sea (?:un )?accidente\b"
        r"|\blas cartas (?:cerradas|escritas|selladas)\b.{0,40}?\btodo listo\b"
        r"|\b(?:estoy regalando|regale|voy a regalar) todo(?=\s*(?:$|[,.;]))",
        unless=r"\b(?:mudanza|me mudo|bebe|ya crecio|venta de garage)\b",
    ),
    rule(
        "es_llena_de_cortadas",
        signs.SELF_HARM,
        r"\btengo (?:los|las|mis) (?:brazos|munecas|piernas|muslos) (?:llen[oa]s|cubiert[oa]s) "
        r"de (?:cortadas|cortes|quemaduras)\b",
    ),
    # Run 24: phrasings of set 25 that no rule read.
    rule(
        "es_salto_manana",
        signs.METHOD,
        r"\b(?:manana|hoy|esta noche|el sabado|el viernes) (?:me )?salto (?:de|desde) (?:la azotea|"
        r"el puente|el edificio|el techo|el piso \d+)\b",
        unless=r"\b(?:antena|arreglar|parkour|trampolin|alberca|clavado|paracaidas)\b",
    ),
    rule(
        "es_otra_quemada",
        signs.SELF_HARM,
        r"\botra (?:quemada|quemadura|cortada) con (?:el|la) (?:encendedor|vela|cerillo|navaja|"
        r"rastrillo|cuchilla)\b",
    ),
    rule(
        "es_listo_para_no_estar",
        signs.HOPELESSNESS,
        r"\blist[oa] para (?:ya )?no estar(?=\s*(?:$|[.,;!]))|\brendirme para siempre\b",
    ),
    rule(
        "es_que_se_me_apague_la_vida",
        signs.DEATH_WISH,
        # Life wished out like a phone's: "quisiera que se me apagara la vida".
        r"\b(?:que )?se me (?:apagara|apague) la vida\b",
    ),
    rule(
        "es_muerta_yo",
        signs.BURDEN,
        # "Muerta yo, ellos por fin respiran"; "sin mí, todos descansan".
        r"\bmuert[oa] yo\b.{0,30}?\b(?:respiran|descansan|estan mejor|viven tranquil\w*)\b"
        r"|\bsin mi,? (?:todos|ellos|mi familia|mis hijos) (?:descansan|respiran|estan mejor)\b",
        unless=r"\b(?:de viaje|vacaciones|un rato|el fin de semana)\b",
    ),
    rule(
        "es_como_suyos_para_siempre",
        signs.PREPARATION,
        r"\bcuiden? como (?:suyos|suyas|si fueran suyos|si fueran suyas)\b.{0,20}?\bpara siempre\b",
    ),
    # Run 25: phrasings of set 26 that no rule read.
    rule(
        "es_alcanza_para_morir",
        signs.METHOD,
        r"\balcanza (?:pa|para) morir(?:me)?\b"
        r"|\b(?:acostarme|tirarme|pararme|aventarme|acostarse) (?:en|a|sobre) "
        r"(?:las vias|la via)\b",
    ),
    rule(
        "es_que_ya_no_vea_otro_dia",
        signs.DEATH_WISH,
        r"\bque ya no vea otro dia\b|\bmejor muert[oa] que seguir\b",
    ),
    rule(
        "es_lista_para_apagar_todo",
        signs.HOPELESSNESS,
        r"\blist[oa] para apagar(?:lo)? todo(?=\s*(?:$|[.,;!]))"
        r"|\bdespues del? (?:domingo|lunes|martes|miercoles|jueves|viernes|sabado) ya no importa\b",
    ),
    rule(
        "es_despedidas_programadas",
        signs.PREPARATION,
        r"\bdespedidas programadas\b",
    ),
    rule(
        "es_te_rompo_la_cara",
        signs.HARM_OTHERS,
        r"\bte (?:rompo|parto|voy a romper|voy a partir) (?:la cara|el hocico|la boca)\b"
        r"|\bcallarl[oa] para siempre\b",
        unless=_NOT_A_THREAT,
    ),
    # Run 26: phrasings of set 27 that no rule read.
    rule(
        "es_mi_vida_termina",
        signs.SUICIDAL_THOUGHTS,
        # A life's end set by the writer: "mi vida termina esta semana, ya decidido".
        r"\bmi vida (?:termina|se acaba) (?:esta semana|hoy|manana|esta noche|el \w+)\b"
        r"|\b(?:esta vez )?si me voy de este mundo\b"
        r"|\bquitarme de en medio para siempre\b|\bme voy a quitar de en medio\b"
        r"|\bterminar esto yo mism[oa]\b",
        unless=r"\b(?:contrato|renta|visa|trabajo|beca|vacaciones|tarea|proyecto|reporte|cocina)\b",
    ),
    rule(
        "es_ojala_no_despertar",
        signs.DEATH_WISH,
        # Sleep or a night wished to be the last, death wished to come by itself.
        r"\b(?:siesta|noche|sueno|dormir)\b.{0,20}?\b(?:pa|para) siempre\b.{0,20}?\bsin despertar\b"
        r"|\bmejor muert[oa] que (?:sintiendo|sentir|vivir|seguir)\b"
        r"|\bquisiera que ya me enterraran\b"
        r"|\bsi no amanezco\b.{0,20}?\b(?:que bueno|mejor|ojala)\b"
        r"|\b(?:deseando|rogando|pidiendo) (?:no volver a abrir los ojos|que sea mi ultima noche|"
        r"no despertar)\b"
        r"|\bojala me (?:diera|de) un infarto\b"
        r"|\besperando que algo me pase y me muera\b"
        r"|\bdecepcionad[oa] de seguir viv[oa]\b"
        r"|\bse me (?:caiga|cayera) el techo encima\b",
    ),
    rule(
        "es_muerta_les_ahorro",
        signs.BURDEN,
        # A death that would spare others: "les ahorro lana y lágrimas si me muero".
        r"\bles ahorro\b.{0,30}?\bsi me muero\b"
        r"|\bmuert[oa] les (?:saldria|sale) mas barat[oa]\b"
        r"|\bdescansaria(?:n)? con mi entierro\b"
        r"|\bquitarme del camino para siempre\b"
        r"|\bmejor ya no seguir aqui\b(?! (?:en|con)\b)"
        r"|\bsin mi viv[oa]\b"
        r"|\bestaria(?:n)? mejor si yo ya me hubiera muerto\b"
        r"|\bsi (?:yo )?me muero,? (?:el|ella|ellos|se les)\b.{0,30}?\b(?:vuelve a vivir|acaban|"
        r"descansan|empezar de nuevo)\b"
        r"|\btendrian mejor vida\b.{0,30}?\bsi yo ya no estuviera\b"
        r"|\bseria un alivio para (?:mi|mis) \w+ que yo me muriera\b"
        r"|\bcarga para todos\W+pronto ya no\b"
        r"|\bno quiero ser la carga\W+me despido\b",
    ),
    rule(
        "es_rendirme_de_vivir",
        signs.HOPELESSNESS,
        r"\b(?:vivir|la vida) ya no tiene (?:ningun )?(?:caso|sentido)\b"
        r"|\bdejar de luchar,? para siempre\b"
        r"|\bla unica (?:puerta|salida) que veo es la muerte\b"
        r"|\btire la toalla con la vida\b"
        r"|\bme rindo para siempre\b(?! (?:con|de)\b)"
        r"|\bsin fuerzas (?:pa|para) seguir viv[oa]\b"
        r"|\bninguna razon (?:pa|para) seguir con vida\b"
        r"|\bya no pienso seguir en esto que llaman vida\b"
        r"|\b(?:rendirme|rendir) de vivir\b"
        r"|\bel final es lo unico (?:q|que) me queda\b",
    ),
    rule(
        "es_medio_para_mi",
        signs.METHOD,
        # A means named with the writer as its end: "veneno pa ratas… pa mí", "con la navaja de
        # mi hermano me mato".
        r"\bveneno\b.{0,40}?\b(?:pa|para) mi(?=\s*(?:$|[.,;!]))"
        r"|\bme voy a ahogar en (?:la alberca|el mar|el rio|la tina|la presa|el canal|el lago)\b"
        r"|\b(?:pa|para) cuando me decida(?=\s*(?:$|[.,;!]))"
        r"|\bme voy a tirar (?:del|de un|de la|desde el|desde la) (?:puente|edificio|azotea|"
        r"techo)\b"
        r"|\btodas las (?:clonas|pastillas|pastis) de un jalon\b"
        r"|\bcon (?:la|el) (?:navaja|cuchillo|pistola|rifle)\b.{0,20}?\bme mato\b"
        r"|\bdel puente me aviento\b"
        r"|\bno es (?:pa|para) tender ropa,? es (?:pa|para) mi\b"
        r"|\bme voy a parar (?:frente a|enfrente de) un (?:trailer|tren|camion)\b"
        r"|\blo voy a usar en mi(?: mism[oa])?(?=\s*(?:$|[.,;!]| esta| hoy| manana))"
        r"|\balcanza para no sobrevivir\b"
        r"|\bsuficientes para no despertar\b"
        r"|\bdecidiendo si (?:brincar|saltar|aventarme|tirarme)\b",
    ),
    rule(
        "es_adios_para_siempre",
        signs.PREPARATION,
        r"\bme voy (?:pa|para) siempre\b(?! (?:a|de|al|para)\b)"
        r"|\bfuneral pagado\b"
        r"|\bya no me van a volver a leer\b"
        r"|\bcuando me mate\b"
        r"|\b(?:pa|para) cuando ya no este\b"
        r"|\bdespues de este fin de semana yo ya no voy a estar\b"
        r"|\bme despido de todo y de todos\b"
        r"|\b(?:puerta|romper\w*)\b.{0,30}?\bcuando me encuentren\b"
        r"|\ble encargue mis \w+ a\b.{0,30}?\bpara siempre\b",
        unless=r"\b(?:mudanza|me mudo|me cambio|vacaciones|de viaje|trabajo nuevo|la escuela)\b"
        r"|\bfuneral pagado de (?:mi|su) \w+\b",
    ),
    rule(
        "es_cortes_nuevos",
        signs.SELF_HARM,
        r"\botra vez la navaja\b"
        r"|\bcortes (?:mas hondos|nuevos)\b(?! de\b)"
        r"|\brasgunos hasta la sangre\b"
        r"|\bme di de cachetadas\b.{0,30}?\b(?:hasta|otra vez|de nuevo|sangre)\b"
        r"|\bme tallo la piel\b.{0,40}?\ben carne viva\b"
        r"|\bme raye el (?:antebrazo|brazo|muslo|muneca)\b(?!.{0,20}\b(?:pluma|plumon|marcador|"
        r"tinta|pintura)\b)"
        r"|\bya compre otras y las use\b"
        r"|\bme avente contra (?:la|el) (?:puerta|pared|espejo)\b.{0,40}?\b(?:moretones|"
        r"sangre|cada vez)\b",
    ),
    rule(
        "es_amenaza_hoy",
        signs.HARM_OTHERS,
        r"\bse muere hoy,? yo me encargo\b"
        r"|\bno amanece manana\b"
        r"|\bhoy lo mato\b"
        r"|(?<!\bcasi )(?<!\bpor poco )\bla atropello\b"
        r"|\bcon el rifle\b.{0,40}?\bme las va a pagar\b"
        r"|\bcon el cuchillo esperando a (?:q|que) salga\b"
        r"|\ble voy a rajar la cara\b"
        r"|\bno sale viv[oa] hoy\b"
        r"|\bla proxima no voy a parar\b"
        r"|\blo agarro a golpes\b.{0,30}?\bhasta que no se mueva\b"
        r"|\ble voy a abrir la cabeza\b"
        r"|\ble voy a romper las piernas\b",
        unless=_NOT_A_THREAT,
    ),
    # Run 27: phrasings of set 28 that no rule read.
    rule(
        "es_ponerle_fin",
        signs.SUICIDAL_THOUGHTS,
        r"\b(?:le pongo|ponerle|le voy a poner) fin a mi vida\b"
        r"|\bme quiero bajar de esta vida\b"
        r"|\bexistir me pesa\b"
        r"|\bganas de no seguir\b(?! (?:con|en|\w+ando|\w+iendo)\b)"
        r"|\bya no quiero llegar a ningun lado\b"
        r"|\bviendo como y cuando irme\b"
        r"|\bme quiero salir de todo\b(?! (?:el|lo) (?:drama|chisme|grupo)\b)"
        r"|\bya lo decidi\b.{0,40}?\bdespues del? \w+(?: de \w+ \w+)? me voy(?=\s*(?:$|[.,;!]))"
        r"|\bdespues del? \w+(?: de \w+ \w+)? me voy,? (?:pa|para) no (?:echarles|arruinarles|"
        r"amargarles)\b",
    ),
    rule(
        "es_que_la_muerte_me_agarre",
        signs.DEATH_WISH,
        r"\bla muerte me agarre\b"
        r"|\bque manana ya no me toque\b"
        r"|\bcerrar los ojos y ya no abrirlos\b"
        r"|\bme muero pues ni modo\b"
        r"|\bcansad[oa] de amanecer\b(?! (?:temprano|tan temprano|a las)\b)"
        r"|\bla esperanza de no haberme despertado\b"
        r"|\bse decepciono de salir (?:caminando|viv[oa])\b"
        r"|\bganas de estar muert[oa]\b"
        r"|\bme imagino mi funeral y me da paz\b"
        r"|\bquisiera haberme muerto\b"
        r"|\bno me dejes despertar\b(?! (?:tarde|temprano|despues|a las)\b)",
    ),
    rule(
        "es_ni_falta_les_hago",
        signs.BURDEN,
        r"\bmuert[oa] ya no les daria lata\b"
        r"|\bni falta les voy a hacer\b"
        r"|\bsi me mato les ahorro\b"
        r"|\bserian mas felices si desaparezco\b"
        r"|\bseguro de vida\b.{0,40}?\bque conmigo viv[oa]\b"
        r"|\bquien sufriria si me muero\b"
        r"|\bsi yo ya no estuviera\b(?! (?:en (?!medio\b)|con|\w+ando|\w+iendo)\b)"
        r"|\bquitarme del camino de una vez\b",
    ),
    rule(
        "es_solo_me_falta_morirme",
        signs.HOPELESSNESS,
        r"\bse me acabaron los motivos\b"
        r"|\bla unica salida que veo es (?:morirme|la muerte|matarme)\b"
        r"|\bultimo ano que lo intento\b"
        r"|\blo unico que me falta probar es morirme\b"
        r"|\bno le veo caso a seguir\b"
        r"|\bme di hasta \w+ para sentirme mejor\b"
        r"|\bningun futuro en el que yo quiera seguir viv[oa]\b"
        r"|\bsi me puedo morir y ya se acaba\b"
        r"|\baplazando lo inevitable\b"
        r"|\blista? (?:pa|para) dejar de intentarlo\b"
        r"|\blo unico (?:q|que) falta saber es cuando\b"
        r"|\bmorirme es lo unico que tiene sentido\b",
    ),
    rule(
        "es_medios_de_cada_noche",
        signs.METHOD,
        r"\bencontre la pistola de mi\b"
        r"|\bmeterme al carril contrario\b"
        r"|\bpuente\b.{0,40}?\bbajo la velocidad\b"
        r"|\bque pastillas te matan\b"
        r"|\baventarme del (?:estacionamiento|edificio|puente|techo)\b"
        r"|\bsi me estrello contra el muro\b"
        r"|\b(?:pistola|arma)\b.{0,30}?\bla saco de la caja cada noche\b"
        r"|\bviga\b.{0,40}?\bme le quedo viendo\b"
        r"|\blo mas facil para dejar de sentir\b"
        r"|\bla proxima vez creo (?:q|que) no me regreso\b"
        r"|\bmeterme al mar\b.{0,80}?\bno salir nunca\b"
        r"|\bcompre una cuerda\b.{0,60}?\ble dije (?:al senor )?(?:q|que) era\b",
    ),
    rule(
        "es_ultimo_mensaje",
        signs.PREPARATION,
        r"\bultimo mensaje antes de morirme\b"
        r"|\bcontrasenas en el sobre\b"
        r"|\bultima vez que escribo aqui\b"
        r"|\bun video para mi \w+ para que lo vea despues\b"
        r"|\bpara cuando me vaya(?=\s*(?:$|[.,;!]))",
        unless=r"\b(?:app|aplicacion|grupo|pagina|me cambio)\b",
    ),
    rule(
        "es_marcas_y_recaidas",
        signs.SELF_HARM,
        r"\brecai\W+\d+ dias a la basura\b"
        r"|\bmanga larga otra vez\b(?!.{0,30}\b(?:frio|lluvia|invierno|aire)\b)"
        r"|\btengo la navaja en la bolsa\b"
        r"|\ble pego a la pared hasta (?:q|que) se me abren\b"
        r"|\bme aprieto los moretones\b"
        r"|\bagarre la cuchara caliente\b"
        r"|\b(?:me estoy|estoy|sigo)\b.{0,30}?\bmordiendo(?:me)? el brazo\b"
        r"|\b(?:marcas|heridas|cortadas|costras|cortes)\b.{0,50}?\blas volvi a abrir\b",
    ),
    rule(
        "es_me_la_va_a_pagar",
        signs.HARM_OTHERS,
        r"\bya tengo su direccion y me la va a pagar\b"
        r"|\bllevo el bat\b.{0,20}?\bvoy (?:pa|para) su casa\b"
        r"|\blo apunalo\b"
        r"|\bse merece sentir lo (?:q|que) yo siento\b"
        r"|\bestrellandole la cara contra\b"
        r"|\ble voy a dar hasta (?:q|que) ya no se mueva\b"
        r"|\bquemarles la casa con ellos adentro\b"
        r"|\bla iba a ahorcar\b.{0,40}?\bno era broma\b"
        r"|\bvoy (?:pa|para) (?:alla|su casa)\b.{0,20}?\bno sale de esa\b",
        unless=_NOT_A_THREAT,
    ),
    # Run 28: phrasings of sets 29 and 30 that no rule read.
    rule(
        "es_estorbo_para_los_mios",
        signs.BURDEN,
        r"\b(?:estaria|estarian|seria|serian) mejor sin (?:alguien|gente) como yo\b"
        r"|\bsi (?:un dia )?(?:ya )?no (?:llego|vuelvo|estoy|despierto)\b.{0,40}?\b(?:van a|"
        r"podrian|podran) (?:respirar|descansar|dormir|vivir) (?:tranquil[oa]s?|en paz)\b"
        r"|\bmejor muert[oa] que (?:\w+ )?(?:cansando|molestando|estorbando|dando lata|siendo "
        r"(?:una )?carga)\b"
        r"|\b(?:puro|pura|solo soy|nomas soy) (?:gasto|molestia|estorbo|carga)\b.{0,20}?\b(?:pa|"
        r"para) (?:mi gente|mi familia|mis papas|todos|mi ama|mi apa|mi mama|mis hijos)\b"
        r"|\bsin mi\b,? (?:mi (?:ama|apa|mama|papa|familia|hij[oa]|espos[oa]|pareja|gente)|mis \w+|"
        r"todos|ellos|ella|el) (?:dormiria|dormirian) (?:tranquil[oa]s?|mejor|en paz)\b",
    ),
    rule(
        "es_pedir_no_seguir",
        signs.DEATH_WISH,
        r"\bque me (?:deje|dejara|dejes|dejaras) morir\b"
        r"|\buna parte de mi (?:quiere|quisiera|desea) (?:morir\w*|desaparecer(?! (?:de|del|por|un "
        r"rato|unos dias)\b)|no despertar|estar muert[oa])\b"
        r"|\b(?:pa|para) (?:que|q) me (?:pario|tuvo|tuvieron|trajeron al mundo)\b"
        # Not the heat or a slip: "que me entierren ya con este calor".
        r"|\bque me entierren (?:ya|de una vez|hoy)\b(?!.{0,30}\b(?:calor|frio|verguenza|oso|"
        r"trafico|tarea|examen)\b)",
        unless=_IDIOM,
    ),
    rule(
        "es_plazo_propio",
        signs.HOPELESSNESS,
        # A deadline set on oneself, not on a thesis: "me doy hasta el viernes para terminar".
        r"\bme doy hasta (?:el|fin de|que) \w+\b(?!.{0,20}\b(?:pa|para) (?:terminar|entregar|"
        r"acabar|decidir|aprender|contestar|pagar|mandar)\b)"
        r"|\ble doy hasta el \w+ y ya\s*$",
    ),
    rule(
        "es_dosis_que_mata",
        signs.METHOD,
        r"\b(?:dosis|cantidad) (?:de \w+ )?que (?:(?:mata|matan)(?= a (?:una persona|alguien)\b|"
        r"\s*(?:$|[.,;!]))|es mortal|es letal)"
        r"|\bcuant[oa]s? (?:\w+ )?"
        + _MEDS
        + r"(?: \w+)? (?:mata|matan) a (?:una persona|alguien)\b"
        r"|\bcuant[oa] (?:paracetamol|tylenol|ibuprofeno|insulina|clonazepam) (?:mata|matan)\b"
        r"|\b(?:forma|manera|modo) (?:menos dolorosa|mas rapida|mas facil|sin dolor) de (?:morir|"
        r"matarse|matarme|suicidarse|suicidarme|irse|irme)\b(?! de\b)"
        # Charcoal and a sealed room, not a carne asada: "compré carbón... no es para carne asada".
        r"|\bcarbon\b(?!.{0,120}?(?<!no es para )(?<!no es pa )\b(?:carne asada|parrilla|"
        r"asador)\b).{0,120}?\bsellad[oa]\b",
    ),
    rule(
        "es_me_llama",
        signs.METHOD,
        r"\b(?:el puente|la azotea|el barandal|las vias|el edificio|la soga|la cuerda|"
        r"las pastillas)\b(?: \w+){0,4} me (?:esta )?(?:llama|llamando)\b",
        # A long weekend is a "puente" too: "el puente de julio me llama, vámonos a la playa".
        unless=r"\b(?:playa|vacaciones|viaje|vamonos|descanso|fin de semana|largo|feriado|julio|"
        r"mayo|diciembre|septiembre|noviembre)\b",
    ),
    rule(
        "es_papeles_y_fechas",
        signs.PREPARATION,
        r"\b(?:firme|hice|deje listo|termine) (?:el|mi) testamento\b(?! de\b)"
        r"|\bnotario a dejar todo (?:firmado|arreglado|en orden|listo)\b",
        # A will made as grown-ups do: for a house, a child, a marriage, a sale.
        unless=r"\b(?:casa|hijos|bebe|nacio|papas|padres|abogad[oa]|herencia|hipoteca|"
        r"seguro de vida|boda|casamos|venta)\b",
    ),
    rule(
        "es_dia_escogido",
        signs.PREPARATION,
        # Not a day chosen to leave on a trip: "escoger el día para irme de vacaciones".
        r"\b(?:escog\w*|elegi\w*|elij\w*|decid\w*|poner|puse|pongo) (?:el|la) (?:dia|fecha) (?:pa|"
        r"para) (?:morirme|matarme|suicidarme|irme(?! (?:de|a|al|pa|para|con)\b))\b",
    ),
    rule(
        "es_ultima_vez_sabida",
        signs.PREPARATION,
        r"\bsabiendo que (?:era|seria|es) la ultima vez\b",
        # A trip, a move, a hospital bed: a last time that is someone else's leaving.
        unless=r"\b(?:viaje|mudanza|se (?:va|iba|fue) a (?:vivir|mudar)|hospital|enferm[oa]|"
        r"muriendo|deportad\w*|vacaciones)\b",
    ),
    rule(
        "es_dias_seguidos",
        signs.SELF_HARM,
        r"\b(?:dias|noches|semanas) seguid[oa]s (?:\w+ )?(?:cortandome|quemandome|lastimandome|"
        r"haciendome dano|golpeandome)\b"
        r"|\b(?:el sacapuntas|la navaja|el rastrillo|la cuchilla|el cuter|el encendedor)\b"
        r"(?: \w+){0,3} me (?:esta )?(?:llama|llamando)\b",
        unless=r"\b(?:pelo|pelos|cabello|barba|bigote|rasur\w*|afeit\w*|depil\w*|axilas|fleco)\b",
    ),
    rule(
        "es_amenaza_directa",
        signs.HARM_OTHERS,
        r"\ble voy a (?:dar|partir|romper) (?:en la madre|su madre|la madre|la cara|la jeta|el "
        r"hocico)\b"
        r"|\bvoy a ir a (?:lastimarla|lastimarlo|matarla|matarlo|golpearla|golpearlo|pegarle|"
        r"madrearlo|madrearla)\b"
        r"|\bdisfruta (?:tus|tu) (?:piernas|rodillas|manos|dientes|cara|brazos|carro|troca|casa) "
        r"mientras (?:las|los|la|lo) tengas\b"
        r"|\b(?:echarle|ponerle|meterle|darle) veneno\b",
        # Pests poisoned, a rival beaten at a game: "le voy a romper la cara en el debate".
        unless=_NOT_A_THREAT
        + r"|\b(?:cucarachas|ratas|ratones|hormigas|plaga|hierba|maleza|chinches|pulgas)\b"
        r"|\ben (?:el|la|las|los) (?:fifa|videojuego|play|xbox|ajedrez|domino|cartas|debate|"
        r"discusion|cancha|ring|karaoke|competencia|torneo|concurso|examen|partido|juego)\b",
    ),
    # Run 29: phrasings of set 31 that no rule read.
    rule(
        "es_el_que_sobra",
        signs.BURDEN,
        r"\b(?:dejo|dejar|deje|dejaria) de sobrar(?=\s*(?:$|[.,;!]|para siempre|de una vez))"
        r"|\bsoy (?:el|la|lo) que sobra\b(?! en (?:la foto|el grupo|la fiesta|la mesa)\b)",
        unless=_IDIOM,
    ),
    rule(
        "es_triste_de_seguir",
        signs.DEATH_WISH,
        r"\b(?:triste|decepcionad[oa]|enojad[oa]|molest[oa]|con coraje) de (?:seguir|estar) "
        r"(?:aqui|viv[oa]|respirando|con vida)(?=\s*(?:$|[.,;!]|y\b|otra vez|todavia))",
    ),
    rule(
        "es_estrellar_el_carro",
        signs.METHOD,
        r"\b(?:pense|pienso|pensando|quiero|quisiera|ganas de|me dan ganas de) (?:en )?"
        r"estrellar(?:me)? (?:el carro|la troca|el coche|la camioneta|contra)\b",
    ),
    rule(
        "es_agua_hirviendo",
        signs.SELF_HARM,
        r"\bagua hirviendo en (?:la|mi) piel\b(?! del?\b)"
        r"|\b(?:echarme|me echo|me eche|me echaba) agua hirviendo\b",
        unless=_ACCIDENT,
    ),
    rule(
        "es_ojala_y_yo_ya_no",
        signs.DEATH_WISH,
        # A wish that ends on the writer no longer there: "ojalá mañana la alarma suene y yo ya
        # no"; not "...y yo ya no tenga que ir".
        r"\bojala\b.{0,60}?\by yo ya no\s*$",
    ),
    rule(
        "es_que_no_aterrice",
        signs.DEATH_WISH,
        r"\bno (?:estaria|seria) (?:tan )?mal (?:si|que) (?:el avion|el vuelo|el camion|el bus|"
        r"el carro|el tren) (?:no (?:aterriza|llega)\w*|se (?:cayera|cae|estrellara|volcara)|"
        r"chocara)\b"
        # "En la turbulencia del vuelo sentí paz, quería que ya no aterrizara."
        r"|\b(?:queria|quise|quiero|quisiera|deseaba|deseo|pedia|pedi|rezaba) que (?:el avion |"
        r"el vuelo )?(?:ya )?no aterriz(?:ara|ase|e|aramos|aria)\b"
        r"|\b(?:queria|quiero|quisiera|deseaba|deseo|pedia|pedi|rezaba) que (?:el avion|el vuelo) "
        r"se (?:cayera|cayese|caiga|estrellara|estrelle)\b",
        # A trip too good to end: "estaba tan a gusto que quería que no aterrizara nunca".
        unless=r"\b(?:vacaciones|a gusto|peli|pelicula|dormir|dormid[oa]|la playa|chamba|"
        r"trabajo|volver a la escuela|lunes)\b",
    ),
    rule(
        "es_no_volver_a_despertar",
        signs.DEATH_WISH,
        r"\bojala (?:ya )?no (?:tuviera|tenga) que (?:volver a )?(?:despertar|amanecer)\b"
        r"(?! (?:temprano|tan temprano|a las|para|a trabajar|en la madrugada)\b)",
    ),
    rule(
        "es_no_pienso_llegar",
        signs.HOPELESSNESS,
        # Not meaning to be there for a date: "no pienso llegar a ver las posadas".
        r"\bno (?:pienso|planeo) llegar a (?:ver )?(?:las posadas|la navidad|navidad|ano nuevo|"
        r"mi cumpleanos|fin de ano|diciembre|enero|el verano|otro ano|los \d+)\b",
        unless=r"\b(?:a tiempo|temprano|tarde|con (?:este|ese|el|la|mi)|sin (?:dinero|deudas|bajar|"
        r"hablar|ahorrar|terminar)|"
        r"manejando|en (?:carro|camion|avion))\b",
    ),
    rule(
        "es_nada_por_que_quedarse",
        signs.HOPELESSNESS,
        r"\bno (?:queda|hay) nada (?:aqui )?por (?:lo )?que valga la pena (?:quedarse|quedarme|"
        r"seguir aqui|estar aqui|aguantar)\b",
        # A place one would leave: a party, a job, a town.
        unless=r"\b(?:fiesta|trabajo|chamba|empresa|ciudad|pais|pueblo|restaurante|bar|evento|"
        r"concierto|reunion|junta|escuela|equipo|menu|tienda|barrio)\b",
    ),
    rule(
        "es_ventana_que_abre",
        signs.METHOD,
        r"\bventana del (?:piso|\w+ piso) (?:\d+|\w+)\b.{0,15}?\b(?:si )?(?:abre|se abre)\b"
        r".{0,15}?\b(?:ya )?(?:revise|cheque|probe|lo comprobe)\b",
        unless=r"\b(?:aire|pintura|olor|calor|ventil\w*|fresco|humo)\b",
    ),
    rule(
        "es_cruzar_sin_mirar",
        signs.METHOD,
        r"\b(?:se me ocurrio|pense en|pienso en|quiero|quisiera|ganas de|me dan ganas de|voy a) "
        r"cruzar (?:la autopista|el freeway|la carretera|la interestatal|el periferico|la \d+)\b"
        r".{0,30}?\bsin (?:mirar|voltear|ver)\b",
    ),
    rule(
        "es_mascota_con_fecha",
        signs.PREPARATION,
        # A pet rehomed for a day named, with no move to explain it: "el gato ya tiene casa nueva
        # para después del sábado".
        r"\b(?:el|la|mi|mis) (?:gat[oa]|perr[oa]|perrit[oa]|gatit[oa]|mascotas?|periquito)s? ya "
        r"tienen? (?:casa|duen[oa]|hogar|familia) nuev[oa] para despues del? (?:sabado|domingo|"
        r"lunes|martes|miercoles|jueves|viernes|fin de semana|\d+)\b",
        unless=r"\b(?:mudanza|mudo|mudamos|viaje|vuelo|trabajo nuevo|bebe|militar|deploy\w*)\b",
    ),
    rule(
        "es_mi_velorio_dispuesto",
        signs.PREPARATION,
        r"\b(?:deje escrit[oa]s?|deje dicho|ya escogi|ya elegi|ya tengo) (?:la cancion|las "
        r"canciones|la musica|las flores|la ropa|el lugar)\b.{0,30}?\ben mi (?:velorio|funeral|"
        r"entierro|misa de cuerpo presente)\b",
    ),
    rule(
        "es_gracias_como_cerrando",
        signs.PREPARATION,
        r"\b(?:le di las gracias|les di las gracias|agradeci|me despedi)\b.{0,60}?\bcomo "
        r"(?:cerrando|despidiendome|para cerrar)\b(?! (?:el |un |este )?ciclo\b)",
        unless=r"\b(?:trabajo|chamba|escuela|semestre|proyecto|equipo|mudanza|jubila\w*)\b",
    ),
    rule(
        "es_funeraria_lista",
        signs.PREPARATION,
        # One's own funeral arranged so that no one has to: "…el número de la funeraria pegado
        # en el refri para que no tengan que batallar ellos".
        r"\bfuneraria\b.{0,80}?\bpara que (?:ellos |ustedes |mi familia |nadie )?no (?:tengan|"
        r"tenga) que (?:batallar|pagar|preocuparse|hacer nada|decidir)\b",
        unless=r"\b(?:de|para) (?:mi|su|el|la) (?:abuel[oa]|papa|mama|ti[oa]|herman[oa]|espos[oa]|"
        r"suegr[oa]|padrino|madrina|apa|ama)\b",
    ),
    rule(
        "es_cicatrices_sobre_las_viejas",
        signs.SELF_HARM,
        r"\b(?:cicatrices|cortadas|cortes|marcas) nuevas (?:encima de|sobre|junto a) (?:las|los) "
        r"viej[oa]s\b",
    ),
    rule(
        "es_sangre_escondida",
        signs.SELF_HARM,
        r"\b(?:limpi\w+|tall(?:e|a\w*)|trape\w+) (?:la |mi )?sangre\b.{0,60}?\bantes de que "
        r"(?:llegara|llegue|viera|vea|se diera cuenta|se de cuenta|despertara)\b",
        unless=r"\b(?:nariz|regla|periodo|perr[oa]|gat[oa]|carne|pollo|pescado|venado|"
        r"mi (?:hij[oa]|nin[oa]))\b",
    ),
    rule(
        "es_los_mato_si",
        signs.HARM_OTHERS,
        # A killing promised on a condition or on the spot: "como los encuentre juntos… los mato
        # ahí mismo", "ni él ni ella salen vivos"; a debt paid "con su muerte".
        r"\b(?:si|como|cuando|el dia que|donde)\b.{0,80}?\b(?:lo|la|los|las|te) mato\b"
        r"(?! de (?:risa|hambre|cansancio|gusto|amor|ternura|cosquillas|susto))"
        r"|\b(?:lo|la|los|las|te) mato (?:ahi mismo|alli mismo|con mis (?:propias )?manos|a golpes|"
        r"a los dos)\b|\b(?:ahi|alli|aqui) mismo (?:lo|la|los|las|te) mato\b"
        r"|\bni (?:el|ella|uno|una) ni (?:el|ella|la otra|el otro) (?:salen|sale|van a salir) "
        r"viv[oa]s\b"
        r"|\bme las (?:va|van) a pagar con su (?:muerte|vida|sangre)\b",
        # Not a killing told of someone else ("mató", written without its accent): "un hombre
        # los mató a los dos en la carretera".
        unless=_NOT_A_THREAT
        # Nor a threat quoted as said to the writer: "me dijo: si te vas te mato" (danger from
        # someone else, ``es_dijo_que_me_haria_dano``).
        + r"|\bme (?:dijo|dice|grito|escribio|mando|juro|amenazo)\W{0,3}(?:[^.!?]{0,30}?\b)?"
        r"te mato\b"
        + r"|\b(?:un|una|el|la|su|ese|esa|aquel) (?:hombre|tipo|senor|chavo|sujeto|asesino|esposo|"
        r"novio|pareja|ex|papa|padrastro|mujer|senora|policia|carro|camion|tren)\b(?: \w+){0,2} "
        r"(?:lo|la|los|las) mato\b",
    ),
    rule(
        "es_navaja_otra_vez",
        signs.SELF_HARM,
        # "Terminé otra vez con la navaja en el baño."
        r"\b(?:termine|acabe|me encontre|me encierro|me encerre)\b(?: \w+){0,3} con "
        r"(?:la|una|mi) (?:navaja|cuchilla|gillette|hoja de rasurar|hojita)\b",
        unless=r"\b(?:carne|cocina|afil\w*|barba|rasur\w*|piernas|cebolla|pollo|verdura\w*|"
        r"fruta|carton|cajas?)\b",
    ),
    rule(
        "es_ardor_que_calma",
        signs.SELF_HARM,
        # Relief from one's own wound: "nomás el ardor de la cortada me tranquiliza".
        r"\b(?:el ardor|el dolor|la sangre|ver la sangre) de (?:la|las|mis|mi) (?:cortadas?|"
        r"heridas?|quemadas?|cortes?)\b.{0,20}?\bme (?:tranquiliza|calma|relaja|alivia)\b",
    ),
    rule(
        "es_por_si_me_decido",
        signs.METHOD,
        # Pills bought "por si me decido", left unfinished.
        r"\b(?:farmacia|pastillas|medicina|receta|pastillero|compre mas|guardando|junte)\b"
        r".{0,60}?\bpor si (?:me decido|me animo|lo hago)(?=\s*(?:$|[,.;!]))",
    ),
    rule(
        "es_con_el_que_me_encuentren",
        signs.PREPARATION,
        # The clothes chosen to be found in: "el vestido blanco con el que quiero que me
        # encuentren".
        r"\bcon (?:el|la|los|las) (?:que )?(?:quiero|quisiera) (?:que )?me (?:encuentren|"
        r"entierren|vistan|velen)\b",
    ),
    rule(
        "es_si_me_mato_al_menos",
        signs.BURDEN,
        # Dying weighed as a relief for others: "si me mato al menos mis hermanos dejan de
        # cargar conmigo".
        r"\bsi me (?:mato|muero|suicido)\b.{0,40}?\bal menos\b.{0,40}?\b(?:dejan de|ya no "
        r"(?:tienen|tendrian|tendran) que|se libran|descansan)\b",
    ),
    rule(
        "es_la_proxima_me_tomo_todo",
        signs.METHOD,
        # Half a bottle taken, the rest promised: "la próxima me tomo todo".
        r"\bla proxima (?:vez )?me (?:tomo|trago|bebo|acabo) (?:todo|todas|el frasco|toda la caja|"
        r"el bote)\b",
        # A drink; "té" is "te" once accents are folded, so only with an article, not the pronoun.
        unless=r"\b(?:cafe|cerveza|chela|refresco|agua|sopa|caldo|jarabe|tequila|mezcal|leche|"
        r"(?:un|el|mi|del|su) te)\b",
    ),
    rule(
        "es_esperarla_y_que_vea",
        signs.HARM_OTHERS,
        # Waiting for someone to make them pay: "voy a esperarla en el estacionamiento y que vea
        # lo que le pasa".
        r"\b(?:voy a )?esperarl[oa]s? (?:afuera|en el estacionamiento|a la salida|saliendo|en su "
        r"casa|en la esquina)\b.{0,40}?\b(?:lo que le pasa|lo que les pasa|se va a arrepentir|"
        r"me las paga|va a ver quien soy)\b",
        unless=_NOT_A_THREAT,
    ),
    rule(
        "es_desaparecer_de_este_mundo",
        signs.SUICIDAL_THOUGHTS,
        # "Empiezo a planear cómo desaparecer de este mundo."
        r"\b(?:como|planear|planeo|planeando|quiero|quisiera|pienso en) (?:\w+ )?desaparecer de "
        r"este mundo\b",
        unless=r"\b(?:mago|magia|truco|cartera|llaves)\b",
    ),
    rule(
        "es_no_me_lo_regrese",
        signs.PREPARATION,
        # A pet given for good: "le pedí que no me lo regrese nunca"; a gift left for when the
        # writer is gone: "para que lo tenga aunque yo no esté".
        r"\ble pedi que no me (?:lo|la|los|las) (?:regrese|devuelva|regresen|devuelvan) "
        r"(?:nunca|jamas)\b"
        r"|\b(?:aunque|para cuando|cuando ya|por si) yo (?:ya )?no (?:este|exista)\b"
        r"(?! (?:en|ahi|alli|presente|para|con|de viaje|aqui en)\b)",
        unless=r"\b(?:viaje|me mudo|mudanza|vacaciones|de viaje)\b",
    ),
    rule(
        "es_ni_mis_hijos",
        signs.HOPELESSNESS,
        # "Ni mis hijos me dan fuerza ya, es cuestión de tiempo."
        r"\bni (?:mis hijos|mi hija|mi hijo|mi familia|mi mama|mis nietos) me (?:dan|da) "
        r"(?:fuerzas?|ganas|razones) (?:ya|de seguir|para seguir)\b",
    ),
    rule(
        "es_no_va_a_volver_a_sonreir",
        signs.HARM_OTHERS,
        # "Esa vieja no va a volver a sonreír, me voy a encargar yo."
        r"\bno (?:va|van) a volver a (?:sonreir|caminar|hablar|ver la luz)\b.{0,40}?"
        r"\b(?:me (?:voy a encargar|encargo)|yo me encargo|(?:la|lo|los|las) voy a)\b",
        unless=_NOT_A_THREAT,
    ),
    rule(
        "es_algo_definitivo",
        signs.SUICIDAL_THOUGHTS,
        # "No sé si aguanto otra noche sin hacer algo definitivo."
        r"\bsin hacer algo (?:definitivo|irreversible)\b"
        r"|\bhacer algo (?:definitivo|irreversible) (?:conmigo|contra mi|con mi vida)\b",
    ),
    rule(
        "es_si_me_muero_me_da_igual",
        signs.DEATH_WISH,
        # "Si mañana me muero en el tráfico de la 10, sinceramente me daría igual"; "que me dé un
        # paro cardiaco manejando y morirme ahí, eso pido".
        r"\bsi (?:manana |hoy |esta noche )?me muero\b.{0,50}?\bme (?:daria|da) "
        r"(?:igual|lo mismo)\b"
        r"|\bque me de un (?:paro(?: cardiaco)?|infarto|derrame)\b.{0,50}?\b(?:eso pido|se lo pido|"
        r"ojala|rezo)\b",
        unless=_IDIOM,
    ),
    rule(
        "es_para_el_dia_que_ya_no_pueda",
        signs.METHOD,
        # Medicines kept "para el día que ya no pueda"; a closet rod checked "a ver si aguanta";
        # a foot put down on the gas into a concrete wall.
        r"\b(?:medicinas|pastillas|medicamentos|pistola|cuerda|soga)\b.{0,60}?\bpara el dia "
        r"(?:en )?que ya no (?:pueda|aguante|quiera)\b(?! (?:ir|manejar|caminar|salir|trabajar|"
        r"cocinar|comprar|subir|bajar|pagar)\b)"
        r"|\b(?:tubo|viga|barra|gancho|barandal)\b.{0,40}?\b(?:a ver si aguanta(?:ria)?|si "
        r"aguanta(?:ria)? mi peso|aguantaria mi peso)\b(?! (?:mas |toda la |la |el |los |las )?"
        r"(?:ropa|abrigos|chamarras|ganchos|cortinas?|toallas))"
        r"|\b(?:barda|muro|pared|poste|trailer)\b.{0,60}?\b(?:meterle el pie|pisar a fondo|"
        r"hundir el acelerador)\b",
        # A rod for hanging clothes, a swing or a pull-up bar checked for what it is for.
        unless=r"\b(?:tendedero|repisa|columpio|hamaca|dominadas|ejercicio)\b",
    ),
    rule(
        "es_nota_en_el_refri",
        signs.PREPARATION,
        # "Desactivé TikTok, Insta y Face, y dejé una notita pegada en el refri."
        r"\bdesactiv\w* (?:mis redes|todas mis redes|tiktok|insta\w*|face\w*|whats\w*)\b.{0,60}?"
        r"\b(?:deje|dejo) una (?:nota|notita|carta|cartita)\b",
    ),
    rule(
        "es_le_rompo_los_dedos",
        signs.HARM_OTHERS,
        # "Si vuelve a mentirme le rompo los dedos."
        r"\b(?:le|les) (?:voy a )?romp(?:o|er) (?:los dedos|las piernas|los brazos|el cuello|"
        r"la nariz|el hocico|los dientes|las rodillas|las manos)\b"
        r"|\bvoy a romperle (?:los dedos|las piernas|los brazos|el cuello|la nariz|el hocico|los "
        r"dientes|las rodillas|las manos)\b",
        unless=_NOT_A_THREAT + r"|\b(?:al muneco|a la muneca|al juguete|a la figura)\b",
    ),
    rule(
        "es_funeral_armado",
        signs.PREPARATION,
        # "Iba armando mi funeral en la cabeza, quién iría, qué canciones."
        r"\b(?:armando|planeando|organizando|imaginando|arme|planee|organice) (?:todo )?mi "
        r"(?:propio )?(?:funeral|velorio|entierro)\b",
        unless=r"\b(?:jaja\w*|broma|cuando (?:tenga|sea) (?:viej[oa]|grande)|a los \d+ anos|"
        r"seguro (?:de vida|funerario|de gastos)|testamento en vida|"
        r"de (?:aqui a|dentro de) \w+ anos)\b",
    ),
    rule(
        "es_lo_va_a_querer_mas_que_yo",
        signs.PREPARATION,
        # A pet handed over with its things: "le entregué a Canelo con su cama y su comida,
        # ella lo va a querer más que yo".
        r"\b(?:entregue|regale|deje|le di) a \w+\b.{0,40}?\bcon (?:su|sus) (?:cama|camita|comida|"
        r"juguetes|platos)\b.{0,60}?\b(?:lo|la) va a (?:querer|cuidar) (?:mas|mejor) que yo\b",
        unless=r"\b(?:mientras|en lo que|vacaciones|viaje|viajo|regreso|la semana|el fin|"
        r"estetica|veterinari[oa]|pension)\b",
    ),
    rule(
        "es_ya_voy_a_estar_muerta",
        signs.PREPARATION,
        # "Pueden cancelar mi sesión del 14, para esa fecha ya voy a estar muerta"; not "muerta
        # de sueño".
        r"\bya (?:voy a estar|estare) muert[oa]\b(?! de\b)",
    ),
    rule(
        "es_planear_mi_muerte",
        signs.SUICIDAL_THOUGHTS,
        # "En la madrugada me pongo a planear mi muerte"; "ya decidí que a los 30 no llego".
        r"\b(?:planear|planeo|planeando|planee|planeaba|organizar|organizando) (?:mi muerte|mi "
        r"suicidio|como (?:morirme|matarme|suicidarme|quitarme la vida))\b"
        r"|\b(?:ya )?(?:decidi|tengo decidido|tengo pensado) que (?:a los \d+|este ano|para "
        r"(?:navidad|mi cumpleanos|fin de ano)) (?:ya )?no (?:llego|voy a llegar|paso)\b"
        r"|\bya no me (?:va|van) a encontrar aqui\b(?!.{0,40}\b(?:mud\w*|trabajo|vacaciones|"
        r"viaje|cambio)\b)"
        # "Esta noche termino con todo", not with all of a chore ("termino con todo el trabajo").
        r"|\b(?:esta noche|hoy|manana|pronto|ya) (?:termino|acabo) con todo\b(?! (?:el|lo|la|"
        r"los|las|mi|mis|esto|eso)\b)"
        r"|\b(?:termino|acabo) con todo (?:esta noche|hoy|manana|ya)\b"
        # "Me voy a morir así de triste o antes si lo decido yo."
        r"|\bmor\w*\b.{0,40}?\bo antes si (?:asi )?lo decido yo\b",
        unless=r"\b(?:seguro (?:de vida|funerario|de gastos)|testamento en vida|jaja\w*|"
        r"la tesis|el proyecto|la tarea|la chamba|el trabajo|mudanza|pendientes|limpieza|"
        r"empacar|la lista)\b",
    ),
    rule(
        "es_como_hacerlo_sin_dolor",
        signs.METHOD,
        # "Ando viendo en internet cómo ahorcarse sin que duela": the impersonal forms, which
        # es_medios (first person: "ahorcarme") does not read.
        r"\b(?:como|formas? de|maneras? de|la forma de|la manera de) (?:ahorcarse|suicidarse|"
        r"matarse|envenenarse|cortarse las venas|quitarse la vida)\b"
        r"|\b(?:morir|morirme|matarme|irme|ahorcarme|cortarme|suicidarme)\b.{0,30}?\bsin que "
        r"(?:me )?duela\b",
        unless=r"\b(?:documental|pelicula|serie|novela|clase|libro|historia|prevenir|prevencion|"
        r"ayudar a)\b|" + _IDIOM,
    ),
    rule(
        "es_envidia_a_los_muertos",
        signs.DEATH_WISH,
        # "Me da envidia la gente que se muere, eso no es normal verdad."
        r"\b(?:me da envidia|me dan envidia|envidio|le tengo envidia) (?:a )?(?:la gente|las "
        r"personas|los|las|quien|quienes|el que|la que)\b.{0,20}?\b(?:se muere|se mueren|murio|"
        r"murieron|ya se fue|ya se fueron|no despierta|no despiertan|estan muert[oa]s)\b",
        unless=_IDIOM,
    ),
    rule(
        "es_dano_planeado_fisico",
        signs.HARM_OTHERS,
        # "Voy a rociar gasolina en la puerta de su depa mientras él y ella duermen."
        r"\b(?:rociar|rociarle|echarle|echar|vaciar|vaciarle) (?:gasolina|thinner|acido|alcohol) "
        r"(?:en|a|sobre) (?:la|su|sus|el) (?:puerta|casa|depa|departamento|cuarto|cama|carro|"
        r"coche)\b"
        r".{0,40}?\b(?:duerm\w*|dormid[oa]s?)\b"
        # "Estoy planeando cómo vengarme de él, que sienta dolor de verdad, físico."
        r"|\b(?:planeando|planeo|pensando|pienso) (?:como|en) vengarme\b.{0,50}?\b(?:fisic\w*|"
        r"sangre|golpes?)\b",
        unless=r"\b(?:broma|jaja\w*|en el juego|en la novela)\b",
    ),
    rule(
        "es_la_idea_de_acabar_conmigo",
        signs.SUICIDAL_THOUGHTS,
        # "La idea de acabar conmigo no me suelta"; "antes de hacerme algo irreversible".
        r"\b(?:la idea|las ideas|el pensamiento|los pensamientos|las ganas|ganas|pienso|pensando|"
        r"pensar|pense) (?:de|en) acabar conmigo(?: mism[oa])?\b"
        r"|\bhacerme algo (?:irreversible|de lo que no hay vuelta|sin vuelta atras|definitivo)\b"
        r"(?! (?:en|al|a la|a los|a las|con|como)\b)"
        r"|\bantes de (?:que )?(?:hacerme|me haga) algo(?=\s*(?:$|[,.;]))",
    ),
    rule(
        "es_mejor_sin_su_mama",
        signs.BURDEN,
        # "Mis tres chamacos estarían mejor sin su mamá" (the writer is that parent).
        r"\bmis (?:\w+ )?(?:hijos|hijas|ninos|ninas|chamacos|chamacas|chamaquitos|chiquillos|"
        r"plebes|bebes|morritos|nenes) (?:\w+ )?(?:estarian|estaran|vivirian|serian|crecerian) "
        r"mejor sin (?:su|mi) (?:mama|papa|madre|padre|ama|apa|jefa|jefe)\b",
        # The other parent, left for a reason: "estarían mejor sin su papá, nunca aparece".
        unless=r"\b(?:les|nos|me) (?:grita|pega|golpea|ignora|insulta)\b|\b(?:borracho|borracha|"
        r"abusivo|abusiva|violento|violenta|toxico|toxica|ausente|ese hombre|esa mujer|ese wey|"
        r"esa vieja)\b|\bnunca (?:esta|aparece|paga|los ve|las ve|llama)\b",
    ),
    rule(
        "es_le_robo_el_aire",
        signs.BURDEN,
        # "Siento que le robo el aire a los demás."
        r"\b(?:le |les )?(?:robo|quito|gasto) el (?:aire|oxigeno) (?:a|de) (?:los demas|todos|"
        r"todo el mundo|mi familia|la gente|mis hijos|quienes me rodean|los que me rodean)\b",
    ),
    rule(
        "es_llegando_al_final",
        signs.HOPELESSNESS,
        # "Estoy llegando al final y no quiero otro comienzo, ya no quiero más intentos."
        r"\bestoy llegando al final\b(?! de\b| del\b).{0,40}?\bno quiero (?:otro comienzo|"
        r"mas intentos|empezar de nuevo|volver a empezar|seguir intentando)\b"
        r"|\bya no quiero (?:mas intentos|otro comienzo)(?=\s*(?:$|[,.;]))"
        # "Ya estoy muerta por dentro, nomás me falta terminar lo de afuera."
        r"|\bmuert[oa]s? por dentro\b.{0,60}?\b(?:me )?falta (?:terminar|acabar|matar|completar) "
        r"(?:con )?(?:lo de (?:a)?fuera|por fuera|el cuerpo|lo demas|el resto)\b",
    ),
    rule(
        "es_ventana_que_si_se_abre",
        signs.METHOD,
        # "En el piso 14 de la oficina hay una ventana que sí se abre."
        r"\b(?:piso|nivel) (?:\d+|ultimo|mas alto|\w+(?:avo|esimo))\b.{0,40}?\b(?:ventanas?|"
        r"azotea|puerta de la azotea) que si se abren?\b",
        unless=r"\b(?:aire|fresco|calor|ventila\w*|vista|fumar|fumo|humo|olor|pintura|tomar aire|"
        r"el sol|luz)\b",
    ),
    rule(
        "es_metodo_que_duele_menos",
        signs.METHOD,
        # "Busqué en foros qué método duele menos."
        r"\b(?:que|cual) metodo (?:duele menos|duela menos|es menos doloroso|no duele)\b",
        unless=r"\b(?:depila\w*|cera|laser|tatuaje|perfora\w*|arete|vacuna|inyeccion|parto|"
        r"dientes|dental|dentista|cejas|aprender|estudiar|dieta|ayuno|anticonceptiv\w*|"
        r"entrenar|ejercicio|pagar|ahorro|ahorrar|inversion)\b",
    ),
    rule(
        "es_usar_un_arma_conmigo",
        signs.METHOD,
        # "Mi esposo tiene armas de cacería en la casa y últimamente pienso en usar una conmigo."
        r"\b(?:armas?|pistolas?|rifles?|escopetas?|cuchillos?|navajas?|soga|pastillas|cuete)\b"
        r".{0,80}?\b(?:usar|usarla|usarlo|usarlas|usarlos) (?:una |uno |la |el |alguna |"
        r"alguno )?conmigo(?: mism[oa])?\b",
    ),
    rule(
        "es_claves_en_manos_de",
        signs.PREPARATION,
        # "Claves del banco, ya en manos de mi hermana."
        r"\b(?:claves|contrasenas|passwords|pines|nips) (?:del banco|de (?:mis |las )?cuentas|de "
        r"todo|de mi (?:correo|celular|banco))\b.{0,30}?\b(?:en manos de|se las di|les di|le di|"
        r"le deje|se las deje|ya las tiene|ya las tienen)\b",
        unless=r"\b(?:mientras|viaj\w*|vacaciones|para que (?:me )?pague|hospital|cirugia|"
        r"operacion|por si me roban|robaron|hackearon|emergencia)\b",
    ),
    rule(
        "es_algo_en_su_bebida",
        signs.HARM_OTHERS,
        # "El sábado le echo algo en su bebida."
        r"\b(?:le )?(?:echo|echare|voy a echar|voy a echarle|pongo|pondre|voy a poner|voy a "
        r"ponerle|echarle|ponerle|meterle|le meto) algo (?:en|a) su (?:bebida|trago|copa|comida|"
        r"cafe|refresco|agua|chela|cerveza|vaso|michelada)\b",
        unless=r"\b(?:sorpresa|broma|limon|chile|azucar|canela|hielo|sal|chamoy|tajin|rico|perr[oa]s?|"
        r"perrit[oa]s?|gat[oa]s?|gatit[oa]s?|pastilla|medicina|vitaminas?|bebe|nin[oa])\b",
    ),
    rule(
        "es_la_muerte_la_espero",
        signs.DEATH_WISH,
        # "La muerte ya no me da miedo, a veces la espero como alguien que viene por mí."
        r"\b(?:la muerte|morir|morirme) (?:ya )?no me (?:da|asusta|causa|provoca)(?: \w+)? miedo\b"
        r".{0,40}?\b(?:la espero|la deseo|la llamo|la busco|la quiero|ojala llegue|quisiera que "
        r"llegue)\b"
        r"|\b(?:espero|estoy esperando|deseo|llamo|busco) (?:a )?la muerte\b(?! de\b)",
    ),
    rule(
        "es_si_me_muero_solo_me_reemplazan",
        signs.BURDEN,
        # "Siento que si me muero mis roommates nomás buscarían a alguien más para la renta."
        r"\bsi (?:me muero|me muriera|muero|muriera|me mato|me matara|desaparezco|desapareciera|"
        r"ya no estoy|ya no estuviera)\b(?! de\b),? .{0,40}?\b(?:nomas|nada mas|solo|simplemente) "
        r"(?:buscarian|buscaria|conseguirian|me reemplazarian|reemplazarian|pondrian un anuncio|"
        r"rentarian mi cuarto)\b",
    ),
    rule(
        "es_termina_conmigo_muerta",
        signs.HOPELESSNESS,
        # "No hay ningún camino que no termine conmigo muerta en algún momento."
        r"\b(?:termin\w*|acab\w*) conmigo muert[oa]s?\b(?! de\b)",
    ),
    rule(
        "es_mezcla_para_que_no_falle",
        signs.METHOD,
        # "Revisé las pastillas que me recetaron y cuáles mezclar para que no sea un intento
        # fallido como la vez pasada."
        r"\b" + _MEDS + r"\b.{0,80}?\b(?:cuales|cuantas|que) (?:mezclar|combinar|juntar|tomar "
        r"juntas)\b.{0,20}?\bpara (?:que no (?:falle|sea (?:un|otro) intento|despierte|me "
        r"despierte)|no despertar|no fallar|que funcione esta vez)\b"
        r"|\b(?:" + _MEDS + r"|soga|cuerda|puente|pistola|arma|navaja|veneno)\b.{0,100}?"
        r"\b(?:no sea|no quede en|no termine en) (?:un|otro) intento fallido\b",
        unless=r"\b(?:dieta|bajar de peso|gimnasio|receta de|pastel|negocio|examen)\b",
    ),
    rule(
        "es_heridas_que_me_hice",
        signs.SELF_HARM,
        # "Se me infectaron unas heridas que me hice y no sé cómo explicarle a mi mamá."
        r"\b(?:heridas?|cortadas?|cortes|quemaduras?|rasgunos) que (?:yo )?me (?:hice|hago|he "
        r"hecho|hacia|provoque|provoco)\b(?! (?:entrenando|en el|en la|al|con el|con la|cuando "
        r"me cai|trabajando|patinando)\b)"
        # "Creen que los moretones son del gym pero yo sé que me los hago sola."
        r"|\b(?:heridas|cortadas|cortes|quemaduras|rasgunos|moretones|morados|marcas|cicatrices)"
        r"\b.{0,60}?\bpero (?:yo )?(?:se que |en realidad |la verdad (?:es que )?)?(?:yo )?me "
        r"(?:los|las) (?:hago|hice|provoco|provoque)(?: yo)? (?:sola|solo|misma|mismo)\b",
        unless=_ACCIDENT,
    ),
    rule(
        "es_una_sola_salida",
        signs.HOPELESSNESS,
        # "Cero salidas, bueno, nomás una", the sentence ending there.
        r"\b(?:cero|ninguna|no hay|no tengo|no veo|no me quedan?) salidas?\W+(?:bueno\W+)?"
        r"(?:solo|solamente|excepto|menos) (?:una|1)\s*$",
    ),
    rule(
        "es_un_plato_menos",
        signs.BURDEN,
        # "Con un plato menos en la mesa mi tía viviría menos cansada": relief imagined for
        # others, in the conditional; not a cousin away at dinner tonight.
        r"\b(?:con|sin) (?:un plato|una boca|una persona|una carga|un gasto|uno) menos\b.{0,60}?"
        r"\b\w+(?:ria|rian)\b.{0,20}?\b(?:menos cansad[oa]s?|mas tranquil[oa]s?|mejor|en paz|"
        r"descansad[oa]s?|mas feliz|mas felices|aliviad[oa]s?|respirar|descansar)\b",
        unless=r"\b(?:hoy|esta noche|esta semana|cena fuera|come fuera|de viaje|de vacaciones|"
        r"dieta)\b",
    ),
    rule(
        "es_los_dejo_muertos",
        signs.HARM_OTHERS,
        # "Los cacho juntos y los dejo muertos"; not "muertos de cansancio" or a video game.
        r"\b(?:los|las|lo|la|le|les) (?:dejo|dejare|voy a dejar|dejaria|dejamos) (?:bien )?"
        r"(?:muert[oa]s?|ties[oa]s?|sin vida)\b(?! de\b)",
        unless=_NOT_A_THREAT + "|" + _LAUGHTER + r"|\b(?:partido|cancha|jugando|videojuego|juego|"
        r"fortnite|call of duty|zombies?|plantas?|flores|matas)\b",
    ),
    rule(
        "es_corte_hondo",
        signs.SELF_HARM,
        # "Esta vez el corte fue hondo y me asusté": a cut told against the ones before; not a
        # knife that slipped in the kitchen.
        r"\besta vez (?:el|los|la|las|mi|mis) (?:corte|cortes|cortada|cortadas|herida|heridas) "
        r"(?:fue|fueron|me quedo|me quedaron|quedo|quedaron|salio|salieron) (?:mas |muy |bien )?"
        r"(?:hond[oa]s?|profund[oa]s?)\b",
        unless=r"\b(?:cocina\w*|cebolla|picando|pelando|cuchillo de cocina|vidrio|accidente|"
        r"caida|me cai|jardin\w*|tijeras de podar|lata|operacion|cirugia)\b",
    ),
    rule(
        "es_repaso_como",
        signs.SUICIDAL_THOUGHTS,
        # "Al apagar la lámpara repaso cómo me mataría": a death of one's own rehearsed; not a
        # project ended, nor a mother who "would kill" the writer.
        r"\b(?:repaso|repasando|repase|imagino|imaginando|planeo|planeando|pienso|pensando|calculo)"
        r" (?:en )?(?:mi mente |mentalmente |otra vez )?como (?:me mataria(?! (?:mi|su|el|la|mis)"
        r"\b| si se entera)|me matare|me voy a matar|me quitaria la vida|acabaria con mi vida|"
        r"(?:terminaria|acabaria) con todo(?! (?:el|la|los|las|este|esta|mi|su)\b))\b",
    ),
    rule(
        "es_arma_para_mi",
        signs.METHOD,
        # "La pistola que compré es para mí misma" (a gun "no es para defenderme de nadie" is
        # ``es_medios_con_pretexto``'s); not a water pistol, nor a shotgun given for hunting.
        r"\b(?:arma|pistola|revolver|rifle|escopeta)\b(?! de (?:agua|pintura|juguete|aire|"
        r"silicon|calor)\b).{0,80}?\b(?:es para (?:usarla )?(?:contra )?mi mism[oa]\b|es para mi"
        r"(?=\s*(?:$|[,.;!])))",
        unless=r"(?<!\bno es para )(?<!\bno era para )\b(?:cazar|caceria|tiro al blanco|"
        r"club de tiro|juguete|airsoft|paintball|pistolas de agua)\b",
    ),
    rule(
        "es_desquitarme_con",
        signs.HARM_OTHERS,
        # "Me voy a desquitar con su novia nueva": revenge on a person; not a match on Sunday,
        # nor a whole pizza.
        r"\b(?:me voy a|voy a|quiero|me quiero|ya me voy a|me las voy a) desquitar(?:me)? con "
        r"(?:el|ella|ellos|ellas|esa|ese|su (?:novi[oa]|ex|espos[oa]|vieja|viejo|amante|amig[oa]|"
        r"jef[ea]|nuev[oa])|mi (?:ex|jef[ea]|suegr[oa]|cunad[oa]|vecin[oa]))\b",
        unless=_NOT_A_THREAT + r"|\b(?:partido|jugando|cancha|gimnasio|videojuego|ajedrez|revancha|"
        r"domino|loteria)\b",
    ),
)
