"""Contexts in which a risk phrase may not be about the writer, here and now.

Pure module: standard library only. A crisis the person came through ("two years ago I wanted
to die, I'm okay now"), a quotation or a title ("the song 'I Want to Die in New Orleans'"),
hyperbole marked as a joke ("kill me now lol"), a plain denial ("I'm not suicidal") or someone
else's words ("my friend said she wants to die") can all contain a rule's phrase.

A context found here does not clear the text: it only means the rule's phrase alone is not
enough, and the model, which was trained on such sentences, decides. When in doubt the screen
still shows help.
"""

from __future__ import annotations

import re

from securebase.core.risk.rules import SERIOUS
from securebase.core.risk.signs import SELF_HARM

_ENGLISH = {
    "past": (
        r"\b(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|many|a few|some|several)"
        r" )?(?:years?|months?) ago\b"
        r"|\bused to\b|\bback (?:then|in (?:19|20)\d\d|in (?:high school|college))\b"
        # A year beside an act in the past tense ("in 2019 I tried"), not a year still to come.
        r"|\bin (?:19|20)\d\d,? i (?:tried|attempted|took|cut|overdosed|was|wanted|thought|"
        r"wrote|had|nearly|almost)\b"
        r"|\bi (?:tried|attempted|took|cut|overdosed|nearly|almost)\b.{0,40}?\bin (?:19|20)\d\d\b"
        # A history taken at intake: "one suicide attempt in 2016, no thoughts of self-harm since".
        r"|\b(?:an?|one|two|three|\d+) (?:suicide |suicidal )?attempts? in (?:19|20)\d\d\b"
        # The event itself dated: "after the overdose in 2019 things were dark for a while".
        r"|\b(?:the|my) (?:overdose|attempt|suicide attempt|hospitali[sz]ation) (?:back )?in "
        r"(?:19|20)\d\d\b"
        # ...or an age: "the hospital stay after my overdose at 19".
        r"|\b(?:the|my) (?:overdose|attempt|suicide attempt) at (?:age )?(?:1\d|[2-9]\d)\b"
        # A year or months counted since the last time: "one year since my last self harm".
        r"|\b(?:months?|years?) since (?:my|the) last (?:self[ -]?harm\w*|cut|cutting|attempt|"
        r"overdose|relapse|time i (?:cut|hurt|burned))\b"
        # Recovery told as a later view: "two years of therapy later i know that was the illness".
        r"|\b(?:years?|months?) of (?:therapy|treatment|recovery) later\b"
        r"|\bthat was (?:the|my) (?:illness|depression|disorder) (?:lying|talking)\b"
        r"|\bwhen i was (?:younger|little|a (?:kid|teen|teenager)|in (?:high school|college)|\d+|"
        r"(?:eleven|twelve|\w+teen|twenty|thirty|forty)\b)"
        r"|\bthat (?:whole |entire |first )?(?:winter|summer|spring|fall|autumn|year|semester)\b"
        r"|\blast (?:winter|summer|spring|fall|autumn)\b|\bonce when\b"
        r"|\bin (?:high school|college|my twenties|my teens)\b|\bas a teenager\b"
        r"|\blast year\b.{0,60}\bnow\b"
        r"|\b(?:clean|free) (?:for|since)\b|\b(?:days|weeks|months|years) (?:without|clean|free)\b"
        r"|\b(?:have not|had not) (?:self[ -]?harmed|cut|hurt myself|felt)\b"
        # A thought or urge gone for a while: "haven't thought about hurting myself in months",
        # "the suicidal thoughts stopped after I changed meds"; not "haven't thought about
        # anything but dying in weeks", "the thoughts never stopped".
        r"|\b(?:have not|had not) (?:thought (?:about|of)|had (?:the )?(?:urge|thoughts?) "
        r"(?:to|of|about)) (?:(?!anything\b|nothing\b|but\b|except\b|else\b)\w+ ){1,3}"
        r"in (?:\w+ )?(?:weeks|months|years)\b"
        r"|\b(?:suicidal )?(?:thoughts|urges) (?:(?!never\b|not\b|barely\b|almost\b|"
        r"only\b|just\b)\w+ )?(?:stopped|went away|faded|have stopped|are gone)\b"
        r"|\bi (?:survived|came through|got through|made it through)\b"
        r"|\b(?:i am|i feel|i am doing) (?:okay|ok|fine|good|better|well|safe|grateful|proud|"
        r"still here"
        r"|so different)(?: now| today)?\s*(?:,|$|and|now|today)"
        r"|\bi am (?:in a (?:much |far |way )?(?:better|good|safe|great) place"
        r"|doing (?:much )?better)"
        r"(?: now| today)?\b"
        r"|\bthere was a (?:whole |long |dark )?(?:time|year|summer|winter|spring|fall|stretch|"
        r"period|season)\b|\b(?:a few |some )?years back\b"
        r"|\btherapy (?:showed|taught) me\b"
        r"|\b(?:therapy|treatment|my therapist|medication|my meds|help|my friends|my family)"
        r" (?:\w+ ){0,2}(?:got|pulled|brought) me (?:through|out)\b"
        # Help sought in place of the act: "the night I wrote goodbye letters was the night I
        # called the hotline instead".
        r"|\b(?:called|texted|reached out to|went to) (?:the |a |my )?(?:hotline|crisis line|988|"
        r"er|emergency room|hospital|therapist|friend|sister|brother|mom|dad) instead\b"
        r"|\blooking back\b|\bi remember (?:feeling|when|thinking)\b|\bsince i stopped\b"
        r"|\b(?:it is|it has been|it is been) (?:a|one|two|\d+|over a|almost a|more than a) "
        r"(?:years?|months?|decades?) since\b|\bback when\b|\b\d+ (?:years?|months?) sober\b"
        r"|\b(?:a long time|long|way back|so long) ago\b|\bback then\b|\bas a teen\b"
        r"|\bin my (?:teens|twenties|thirties|forties|early \w+|late \w+)\b"
        r"|\bmy (?:early |late |mid )?(?:teens|teenage years|twenties|thirties|forties|college "
        r"years|high school years) (?:were|was)\b"
        # An age, a season or a year told as over: "at 19 I wanted to disappear", "the winter I
        # didn't want to live", "that was 2018", "one full year with no self-harm".
        r"|\bat (?:age )?(?:1[3-9]|[2-9]\d),? i (?:wanted|tried|thought|was|felt|cut|took|"
        r"attempted)\b"
        r"|\bthe (?:winter|summer|spring|fall|autumn|year) (?:when |that )?i (?:did not|was|"
        r"wanted|tried|thought|could not|almost|nearly)\b"
        r"|\bthat was (?:in |back in )?(?:19|20)\d\d\b"
        r"|\b(?:days?|weeks?|months?|years?) (?:with no|without any) (?:self[ -]?harm|cutting|"
        r"self[ -]?injury)\b"
        r"|\bthe year (?:after|before|of|that) (?:my|i|we)\b"
        r"|\b(?:therapy|treatment|my therapist|medication|the hospital|rehab|getting help|help)"
        r" (?:really |finally )?(?:helped|saved)\b|\b(?:helped|saved) me\b.{0,20}\b(?:through|"
        r"back|then|life)\b|\bwith help\b.{0,20}$"
        r"|\bi (?:was|got) (?:hospitali[sz]ed|admitted|in the hospital)\b"
        r"|\bi (?:had|went through|got through) (?:a|an) (?:\w+ )?(?:dark|rough|hard|bad|"
        r"difficult|suicidal|depressive) (?:period|time|patch|year|stretch|phase|season)\b"
        r"|\b(?:^|\. )went through (?:a|an) (?:\w+ )?(?:dark|rough|hard|bad|suicidal|depressive) "
        r"(?:period|time|patch|year|stretch|phase|season)\b"
        r"|\b(?:peer support|support|my sponsor|church|my wife|my husband|aa|na) (?:\w+ ){0,2}"
        r"(?:got|pulled|brought) me (?:through|out)\b"
        r"|\bhistory of\b|\bstable since\b|\bno current (?:ideation|plan|thoughts)\b"
        r"|\bi am (?:glad|grateful|thankful|happy) (?:that )?i am (?:still )?(?:here|alive)\b"
        r"|\bi am (?:proud|stable|sober|in recovery)\b"
        r"|\bno more (?:thoughts|urges|cutting)\b|\bi (?:came|got) out (?:of it|the other side)\b"
        r"|\bi once\b|\bhow far i (?:have|had) come\b|\bonce upon a time\b"
        r"|\b(?:freshman|sophomore|junior|senior) year\b"
        r"|\b(?:\d+|a|one|two|three|four|five|several|a few) (?:summers?|winters?|springs?|falls?|"
        r"autumns?|christmases|birthdays) ago\b"
        r"|\bthe old me\b|\bi remember (?:believing|wanting|being|writing|planning|cutting)\b"
        # Glad of not having acted, not of something else that happened not to happen.
        r"|\bso glad i (?:never|did not) (?:went through|go through|did it|do it|tried|try|"
        r"acted on|act on|followed through|follow through)\b"
        r"|\bso glad i (?:stayed alive|am still (?:here|alive)|got help|asked for help|reached "
        r"out)\b"
        r"|\bi (?:do not|no longer) (?:believe|think|feel) that (?:now|anymore|any more)\b"
        # An earlier self, and harm given up for good: "the version of me who wanted to die",
        # "i quit self harming the year my daughter was born and never went back".
        r"|\bthe (?:old |older |younger |earlier |past )?(?:version of me|me) (?:who|that) "
        r"(?:wanted|tried|thought|was|cut|could not|believed)\b"
        r"|\b(?:quit|stopped) (?:self[ -]?harming|cutting|hurting myself|burning myself)\b"
        r".{0,60}?\bnever (?:went back|looked back|did it again|started again)\b"
        # A feeling or a time told as over: "that feeling passed", "those years are behind me".
        r"|\b(?:that|the|those) (?:feelings?|thoughts?|urges?) (?:passed|faded|went away)\b"
        r"|\b(?:those|these|that) (?:years|months|days|times|nights) are (?:behind me|over|gone)\b"
        # ...or said after a comma: "i did not want to wake up, that passed"; not "the bus
        # that passed me".
        r"|(?:^|[,;] )(?:but |and )?that (?:passed|faded|went away)\b"
        # The present set apart from that past: "this one is sad, but nothing like that".
        r"|\b(?:this|it|this one|this time) is (?:\w+,? ){0,3}(?:but )?nothing like (?:that|then|"
        r"before|last time)\b"
        # A breakup of the past named as such: "last time i got dumped i wanted to die".
        r"|\b(?:the )?last time i (?:got|was) (?:dumped|left|ghosted|cheated on|broken up with)\b"
        # No thought of it since a time: "i have not had a single thought about dying since
        # spring"; not "a single thought about anything but dying".
        r"|\b(?:have not|had not) had (?:a (?:single )?|one |any )?(?:thoughts?|urges?) "
        r"(?:about|of) (?:(?!anything\b|nothing\b|but\b|except\b|else\b)\w+ ){1,3}since\b"
        # Decades ago: "that was over a decade ago".
        r"|\b(?:over |more than |almost |nearly )?(?:a|one|two|three) decades? ago\b"
        # Once, and not anymore: "wanted to die every day, once. not anymore."
        r"|\b(?:once|back then) \. not anymore\b"
        # The last time named and over: "last self-harm: college. i'm 34, doing well";
        # "suicidal in 2019. therapy worked."
        r"|\blast (?:self[ -]?harm|cut|attempt|relapse|overdose): (?:college|high school|"
        r"middle school|(?:19|20)\d\d)\b"
        r"|\bi am \d+,? (?:and )?(?:doing|feeling) (?:well|good|great|okay|ok|fine|better)\b"
        r"|\b(?:suicidal|attempted|overdosed|hospitali[sz]ed) in (?:19|20)\d\d\b"
    ),
    "denial": (
        r"\bi (?:am|was) (?:not|never) (?:suicidal|in danger|going to (?:hurt|kill) myself)\b"
        r"|\bi (?:do not|did not) want to die\b|\bi am (?:safe|not in danger)\b"
        r"|\bi am not going to (?:hurt|kill|harm) myself\b"
        r"|\bi (?:do not|would never) want to (?:hurt|harm|kill) myself\b"
    ),
    "someone_else": (
        r"\bmy (?:(?:teenage|teen|little|older|younger|oldest|youngest|adult|baby|big|\d+[- ]"
        r"year[- ]old) )?(?:friend|best friend|sister|brother|mom|mum|dad|ex|cousin|grandfather|"
        r"grandmother|grandpa|grandma|coworker|client|roommate|son|daughter|patient|student|"
        r"neighbou?r|aunt|uncle|niece|nephew|boyfriend|girlfriend|partner|husband|wife|fiance|"
        r"fiancee)\b"
        # The verb is theirs, not the writer's ("when my sister saw them I said...").
        r".{0,40}?(?<!\bi )\b(?:said|says|told me|threaten\w*|lost|died|passed|attempt\w*|tried|"
        r"posted|"
        r"texted|wrote(?! down)|mentioned|talked about|talks about|keeps saying|"
        r"keeps talking about|admitted|confided|"
        r"overdosed|overdose|"
        r"killed (?:himself|herself|themselves)|shot (?:himself|herself)|hanged|jumped)\b"
        # A stranger in the news: "a story about a man who jumped from a parking garage".
        r"|\b(?:a|the|this|that) (?:man|woman|guy|girl|boy|teen|teenager|person|student|"
        r"celebrity|singer|actor|actress|rapper|nurse|doctor|teacher|soldier|veteran|cop|officer|"
        r"firefighter|athlete|musician) (?:who|that) (?:\w+ )?(?:jumped|died|killed|"
        r"shot|hanged|overdosed|attempted)\b"
        # Someone else's thoughts told in the third person: "she has been having suicidal
        # thoughts".
        r"|\b(?:she|he|they) (?:is|are|has|have|had) (?:been )?(?:having|fighting|struggling "
        r"with|thinking about) (?:(?:suicidal|dark) thoughts|thoughts of (?:ending it|suicide|"
        r"dying|killing (?:herself|himself|themselves)|hurting (?:herself|himself|themselves))|"
        r"suicide|ending it|killing (?:herself|himself|themselves))\b"
        # Someone else's suicide named as theirs: "classmate's suicide anniversary".
        r"|\b(?!it\b|that\b|what\b)\w+'s (?:suicide|overdose)(?: anniversary| attempt)?\b"
        r"(?!.{0,40}\bi (?:want|am going|will|think i will)\b)"
        # A death grieved: "a coworker lost her son to suicide".
        r"|\b(?:lost|losing) (?:her|his|their|a) (?:son|daughter|brother|sister|husband|wife|"
        r"partner|friend|mom|dad|mother|father|child|kid|cousin) to (?:suicide|an overdose|"
        r"overdose)\b"
        # Someone unnamed: "saw on the news someone jumped from the bridge"; not "I wish
        # someone shot me".
        r"|\b(?:someone|somebody) (?:who |that )?(?:jumped|died|killed|shot|hanged|overdosed|"
        r"attempted)\b(?! me\b)"
        r"|\bone of my (?:students|friends|clients|patients|coworkers|kids|residents|players)\b"
        r".{0,40}?\b(?:wrote|said|told me|posted|texted|relapsed|started cutting|self[ -]?harms|"
        r"cuts|overdosed|attempted)\b"
        r"|\b(?:a|my|our) (?:coworker|co-worker|friend|classmate|student|patient|neighbou?r|"
        r"roommate|client)\b.{0,40}?(?<!\bi )\b(?:told me|said|says|admitted|confided) (?:that )?"
        r"(?:she|he|they|her|his|their)\b"
        # The news telling of a stranger: "news said a man jumped from a freeway overpass".
        r"|\b(?:news|the news|the paper|an article|a report|the police) (?:said|says|reported|"
        r"reports|showed|shows) (?:that )?(?:a|an|the|some|this|two|three) (?:man|woman|guy|girl|"
        r"boy|teen|teenager|person|student|driver|nurse|doctor|teacher|soldier|veteran|people|"
        r"men|women|kids)\b"
        r"|\b(?:his|her|their) (?:self[ -]?harm\w*|cutting|suicide attempt|overdose|suicidal)\b"
        r"|\b(?:his|her|their|\w+'s) (?:son|daughter|brother|sister|friend|mom|dad|husband|wife|"
        r"kid|cousin|boyfriend|girlfriend)\b.{0,30}?\b(?:overdosed|died|killed|attempted|tried|"
        r"shot|jumped|cuts|hurts|said|says)\b"
        r"|\b(?:he|she|they) (?:said|says|told me) (?:that )?(?:he|she|they) (?:wants?|wanted)\b"
        r"|\bmy (?:\d+[- ]year[- ]old|teen|teenager|kid|child|stepson|stepdaughter|son|"
        r"daughter)\b.{0,30}?\b(?:has been|'s been|is|keeps|started|began) (?:cutting|"
        r"self[ -]?harming|hurting (?:himself|herself|themselves)|talking about)\b"
        r"|\b(?:support|help|helping|supporting|worried about) (?:my|a) \w+ (?:who|that) "
        r"(?:self[ -]?harms|cuts|is suicidal|wants to die|talks about|relapsed|attempted|"
        r"keeps saying|says|is saying|told me|said|"
        r"overdosed|tried|is cutting|started cutting)\b"
        r"|\btalk to my (?:teen|teenager|son|daughter|kid|child|friend|partner|student) about\b"
        r"|\bask (?:her|him|them) (?:directly |straight out )?(?:if|whether) (?:she|he|they) "
        r"(?:is|are|has|have)\b"
    ),
    "quote_or_title": (
        r"[\"“”«»]"
        r"|(?<!like a )\b(?:song|movie|film|book|album|episode|show(?! up\b)|series|play|quote"
        r"|lyrics?"
        r"|titled"
        r"|title of|(?<!rubber )band|"
        r"podcast|documentary|novel|poem|the line|book club|telenovela|villain)\b"
        # A class as a subject, not as a place one goes to or skips ("wore a hoodie to class").
        r"|\b(?:prevention|awareness|crisis line|hotline training|volunteer\w*|training|"
        r"workshop|assignment|(?<!to )(?<!after )(?<!before )(?<!skip )(?<!skipped )class|"
        r"course|lecture|paper|essay|article|research|study|statistics|"
        r"risk factors|support group|(?<!section )(?<!surgery )(?<!surgical )(?<!knee )(?<!back )"
        r"recovery|talk about|a talk)\b"
    ),
    "joke": (
        r"\b(?:lol|lmao|lmfao|haha\w*|jk|just kidding|kidding|rofl|cringe|mortified|"
        r"embarrass\w*|awkward|ugh|omg|oops|smh|bruh|dead serious|istg|lmfaooo\w*|lmao\w*|jajaja|"
        r"affectionately|lovingly|figuratively|metaphorically)\b"
        r"|😂|🤣|💀|😭😭|🙃"
    ),
}
_SPANISH = {
    "past": (
        r"\bhace (?:\w+ ){0,2}(?:anos|meses|inviernos|veranos|navidades)\b"
        r"|\bantes (?:me|pensaba|sentia|queria|era)\b"
        # Cutting told in the imperfect, a habit of the past ("me cortaba en la prepa").
        r"|\bme cortaba\b"
        # A time that was, told as such: "hubo un tiempo en que…", "tuve una etapa oscura",
        # "diez años después", "antes contaba los días", "me acuerdo cuando…", "ya van tres
        # años desde la última vez".
        r"|\bhubo (?:un tiempo|una epoca|una etapa|un ano|unos meses)\b"
        r"|\b(?:tuve|pase por|atraves\w*) (?:una|un) (?:etapa|epoca|temporada|periodo|tiempo)\b"
        r"|\b(?:\w+|\d+) (?:anos|meses) despues\b|\bantes \w+(?:aba|ia)\b"
        r"|\b(?:me acuerdo|recuerdo) (?:de )?cuando\b"
        r"|\b(?:ya )?van (?:\w+ )?(?:anos|meses) desde\b|\bdesde la ultima vez que\b"
        r"|\ben la (?:prepa|secundaria|universidad|prepa|adolescencia|juventud|ninez)\b"
        r"|\bantecedentes de\b|\bya superad[oa]s?\b"
        r"|\bya pasaron (?:\w+ )?(?:anos|meses)\b|\bhace tiempo\b"
        r"|\bdesde entonces (?:estoy|me siento|ando) (?:bien|mejor|tranquil[oa])\b"
        # At peace now, not "en paz con todos antes de irme".
        r"|\b(?:ya |ahora )?estoy en paz\b(?! con\b)(?!.{0,20}\bantes de\b)"
        r"|\bahora (?:si )?tengo ganas de vivir\b"
        r"|\baquel (?:invierno|verano|otono|ano|tiempo|diciembre|entonces)\b"
        # The imperfect after "cuando" tells of a time that was: "cuando consumía…".
        r"|\bcuando (?:(?:me|te|se|le|lo|la|nos|yo|el|ella) )?(?!(?:dia|tia|via|media|familia|"
        r"policia|noticia|historia|mia|tuya|suya)\b)\w{2,}(?:aba|ia)\b"
        r"|\bcuando (?:era|tenia) (?:chic[oa]|nin[oa]|adolescente|joven|\d+)\b"
        r"|\bel ano pasado\b|\bllevo .{0,20}\bsin\b|\bsobrevivi\b"
        r"|\bno me he (?:cortado|lastimado|hecho dano|quemado) en (?:\w+ )?(?:anos|meses|semanas|"
        r"mucho)\b"
        r"|\bahora (?:estoy|soy|me siento) (?:bien|mejor|tranquil[oa])\b|\bya no (?:me siento|"
        r"pienso|lo pienso|lo hago|las escondo|rezo|le rezo|pido|le pido)\b"
        # Thoughts that went away: "los pensamientos de suicidio se me quitaron"; not "se me
        # quitaron las ganas de vivir", "nunca se me quitaron".
        r"|\b(?:pensamientos|ideas|ganas de (?:morir|matarme|cortarme|lastimarme))\b"
        r"(?: (?!nunca\b|no\b|jamas\b|casi\b|apenas\b)\w+){0,3} se me (?:quitaron|fueron|"
        r"pasaron|desaparecieron|calmaron|quito|fue|paso)\b"
        r"|\bhace (?:mucho|muchos anos|anos)(?: tiempo)?\s*(?:,|$|y\b)|\bde eso hace\b"
        r"|\ben (?:ese|aquel) entonces\b"
        r"|\bde (?:joven|adolescente|chic[oa]|nin[oa]|chav[oa]|morr[oa])\b|\ba los \d+\b"
        r"|\bel ano (?:de|en que|que(?! viene)|pasado)\b|\bel (?:invierno|verano|otono) pasado\b"
        r"|\b(?:sobrevivi|me alegra (?:haber sobrevivido|seguir)|agradezco (?:seguir|estar)|"
        r"sali adelante|me recupere|lo supere)\b"
        r"|\b(?:la terapia|el tratamiento|mi terapeuta|el hospital|la ayuda|la medicina)"
        r"(?: \w+)? me (?:ayudo|salvo|ayudaron|salvaron)\b|\beso me salvo\b"
        r"|\bme internaron\b|\b(?:ya|ahora) estoy (?:estable|a salvo|bien|mejor|sobri[oa])\b"
        r"|\bestoy orgullos[oa]\b|\bque bueno que sigo\b|\bya no tengo (?:esos|esas|ese)\b"
        r"|\bhace mucho que no\b|\b(?:llevo|tengo) (?:\w+ )?(?:anos|meses|semanas) sin\b"
        r"|\bhace (?:mucho|muchos anos|anos|tiempo)(?: tiempo)? (?:que )?(?:intente|quise|pense|"
        r"trate|tome|estuve|hice|escribi|me (?:corte|quise|tome|tire|queme))\b"
        r"|\buna vez (?:escribi|intente|me|pense|regale|tuve|hice)\b"
        r"|\blo lejos que (?:he )?llegado\b"
        r"|\blo lejos que llegue\b"
        r"|\ben (?:el )?(?:19|20)\d\d\b|\b(?:anos|meses) de (?:recuperacion|sobriedad)\b"
        r"|\bya no lo creo\b|\bantes (?:escribia|hacia|tenia|creia)\b"
        # Glad of not having acted ("…nunca lo intenté"), not of anything else.
        r"|\bque bueno que nunca (?:lo hice|lo intente|me atrevi|lo lleve a cabo|segui|mande|"
        r"envie|use|tome)\b"
        r"|\bya (?:tiene|tengo|van|llevo) (?:mas de )?(?:un|una|\w+) (?:anos?|meses?) "
        r"(?:que no|sin)\b"
        r"|\b(?:cumpli|cumplo|cumplimos|celebr\w*) (?:\w+ ){0,2}(?:anos?|meses?|semanas?|dias?) "
        r"(?:sin|limpi[oa]|sobri[oa])\b"
        r"|\bla ultima vez que (?:me|lo|la|nos) (?:dejaron|dejo|paso|pasaron|termino)\b"
        # Days counted without harm ("365 días sin hacerme daño"), a stay in hospital told as
        # over ("estuve internada"), and "eso ya quedó atrás".
        r"|(?:^|\. )(?:\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez) (?:dias?|"
        r"semanas?|meses|mes|anos?) sin (?:hacerme dano|cortarme|lastimarme|quemarme|"
        r"autolesionarme)\b"
        r"|\bestuve internad[oa]\b|\b(?:eso |todo eso )?ya (?:quedo atras|quedo en el pasado)\b"
        # A year gone by since, and care finished: "ya pasó un año desde que estuve en el
        # programa...", "hoy me dieron de alta de la terapia".
        r"|\bya paso (?:un|mas de un|casi un|medio) (?:ano|mes)\b|\bme dieron de alta\b"
        # Doing well now, after what came before: "ahora tengo mi propio puesto y voy bien".
        r"|\bahora (?:\w+ ){0,8}(?:y )?(?:voy|ando|me va) (?:bien|mejor|muy bien)\b"
        # Years counted since, or clean of it: "ya van seis años de eso", "tres años limpia de
        # autolesiones".
        r"|\b(?:ya )?van (?:\w+ )?(?:anos|meses) de eso\b"
        r"|\b(?:llevo|tengo) (?:\w+ )?(?:anos|meses|semanas) (?:sobri[oa]|limpi[oa])\b"
        r"|(?:^|\. )(?:\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez) (?:dias?|"
        r"semanas?|meses|mes|anos?) limpi[oa] de (?:autolesiones|autolesionarme|cortarme|"
        r"cortadas|hacerme dano|lastimarme|quemarme)\b"
    ),
    "denial": (
        r"\bno (?:soy|estoy) suicida\b|\bno quiero morir(?:me)?\b|\bestoy a salvo\b"
        r"|\bno me voy a hacer dano\b|\bno me voy a (?:matar|suicidar|quitar la vida)\b"
    ),
    "someone_else": (
        r"\bmi (?:mejor amig[oa]|amig[oa]|herman[oa]|mama|papa|ex|prim[oa]|abuel[oa]|hij[oa]"
        r"|paciente|tia|tio|novi[oa]|espos[oa]|pareja|marido|sobrin[oa]|cunad[oa]|suegr[oa]|"
        r"niet[oa]|roomie|companer[oa] de cuarto|"
        r"companer[oa]|vecin[oa]|alumn[oa])\b"
        r".{0,40}?\b(?:dice|dijo|me conto|me cuenta|ha hablado de|habla de|ha dicho|ha intentado|"
        r"esta pensando|piensa en|(?<!\bno es )amenaza\w*|murio|intento|publico|escribio|"
        r"me mando|menciono|hablo de|me confeso|sigue diciendo|tuvo|se (?:mato|suicido|corta|tiro|"
        r"quito))\b"
        r"|\b(?:su|sus) (?:papa|mama|herman[oa]|hij[oa]|novi[oa]|espos[oa]|amig[oa]|tio|tia)\b"
        r".{0,30}?\b(?:se (?:suicido|mato|corta|tiro|quito)|intento|tuvo una sobredosis)\b"
        r"|\b(?:el|la|los|las) (?:hij[oa]s?|herman[oa]s?|espos[oa]|novi[oa]|amig[oa]|mama|papa) de "
        r"(?:mi|su|la|el) \w+\b.{0,30}?\b(?:tuvo|se (?:mato|suicido|corta|tiro)|murio|intento|dijo|"
        r"dice|esta (?:en el hospital|internad[oa])|por (?:una )?sobredosis)\b"
        r"|\bse murio mi\b|\bse le (?:suicido|mato|murio) (?:su|el|la)\b"
        r"|\bme (?:conto|dijo|confeso) que (?:esta|anda|ha estado|sigue) (?:juntando|guardando|"
        r"pensando|hablando)\b"
        r"|\ben su (?:tiktok|instagram|insta|celular|telefono|cuaderno|diario)\b"
        r"|\bes por (?:el|ella|mi \w+) que (?:escribo|pregunto)\b"
        r"|\b(?:una|un) (?:companer[oa]|compa|amig[oa]|vecin[oa]|roomie|alumn[oa]|senora|senor|"
        r"clienta|cliente|muchach[oa]|chav[oa]|conocid[oa]|maestr[oa])\b.{0,40}?"
        r"\b(?:me )?(?:conto|dijo|cuenta|confeso) que\b"
        # A death by overdose grieved: "la sobredosis se lo llevó".
        r"|\b(?:la|una) sobredosis se (?:lo|la|los|las) llevo\b"
        r"|\bmurio (?:de|por) (?:una )?sobredosis\b"
        r"|\bvi a mi (?:mejor amig[oa]|amig[oa]|herman[oa]|prim[oa]|hij[oa]|novi[oa])\b.{0,40}?"
        r"\b(?:cortadas|cortes|marcas|cicatrices|quemaduras)\b"
        r"|\b(?:la|una) carta de despedida de (?:mi|su|la|el) \w+\b"
        r"|\bhay (?:un|una) (?:chav[oa]|chic[oa]|muchach[oa]|nin[oa]|alumn[oa]|compa\w*)\b.{0,40}?"
        r"\b(?:con cortadas|con cortes|que se corta|con marcas)\b"
        r"|\b(?:brazos|piernas|munecas|muslos|cuerpo|piel) de mi (?:sobrin[oa]|hij[oa]|herman[oa]|"
        r"amig[oa]|prim[oa]|novi[oa]|alumn[oa])\b"
        r"|\b(?:mi|su) (?:hij[oa]|sobrin[oa]|herman[oa]|amig[oa]|prim[oa]|alumn[oa]|novi[oa])"
        r"(?: adolescente| chic[oa]| menor)? tiene (?:cortadas|cortes|marcas|cicatrices|"
        r"quemaduras)\b"
        r"|\ble voy a preguntar (?:directo |directamente )?si (?:piensa|esta pensando|quiere)\b"
        # One of one's clients, students or friends: "una de mis clientas recayó en la
        # autolesión".
        r"|\bun[oa]? de mis (?:clientas?|clientes|pacientes|alumn[oa]s|amig[oa]s|companer[oa]s|"
        r"primas?|primos)\b.{0,40}?\b(?:recayo|se corta|se autolesiona|intento|dijo|me conto|"
        r"tiene|esta pensando)\b"
        # Someone else's suicide remembered: "el aniversario del suicidio de Memo".
        r"|\b(?:del|el) suicidio de (?!mi\b)\w+(?!.{0,40}\b(?:quiero|me quiero|voy a|pienso|"
        r"yo tambien)\b)"
        # Marks found on someone else: "a mi sobrina le encontraron cortadas en los brazos".
        r"|\b(?:a|de) (?:mi|su) (?:sobrin[oa]|hij[oa]|herman[oa]|amig[oa]|prim[oa]|alumn[oa]|"
        r"novi[oa]|niet[oa])\b (?:\w+ ){0,2}(?:le|les) (?:encontraron|vieron|notaron|descubrieron|"
        r"encontre|vi|note|descubri)\b"
        r"|\b(?:que hago|como puedo|como le hago) (?:para )?(?:apoyarla|apoyarlo|ayudarla|"
        r"ayudarlo)\b"
    ),
    "quote_or_title": (
        r"[\"“”«»]"
        r"|\b(?:cancion|cantaba|canta|cantando|cantamos|pelicula|libro|serie|telenovela|novela|"
        r"protagonista|personaje|frase|"
        r"podcast|poema|album|escuadron|"
        r"prevencion|prevenir (?:el |los |la )?(?:suicidios?|autolesion\w*)|voluntari[oa]|"
        r"capacitacion|taller (?:de|sobre)|tarea|clase|curso|articulo|"
        r"investigacion|"
        r"ensayo|platica|factores de riesgo|tasas|documental|reportaje|noticias?|noticieros?|"
        r"entrevista|"
        r"obra de teatro)\b"
    ),
    "joke": (
        # Shame at a social slip ("qué oso", "me morí de la vergüenza"), not the shame of telling
        # something true ("me da vergüenza decirlo pero he pensado en suicidarme").
        r"\b(?:jaja\w*|jeje\w*|jiji\w*|lol|xd|es broma|bromeando|que oso|de (?:la )?verguenza|"
        r"que verguenza|ridicul\w*|enfrente de todos|frente a todos|que pena|jk|es chiste)\b"
        r"|😂|🤣|💀"
    ),
}
# "lol not joking": the writer takes the joke mark back (``rules.SERIOUS``).
_SERIOUS = {language: re.compile(pattern) for language, pattern in SERIOUS.items()}
# A relapse or a return, wherever it is said, undoes a past: "two years clean, but it came back
# and I cut", "I used to cut. I did it again."
_RECURRENCE = {
    "en": re.compile(
        # Something came back, not the writer ("glad I came back for it").
        r"\b(?:relaps\w*|(?<!\bi )(?:has|have|is|are|came|come) back)\b"
        # Going back to it, not "I will never go back to that".
        r"|(?<!\bnever go )(?<!\bnot go )(?<!\bnever going )\bback to\b"
        # The act done again, wherever it is said: "I used to cut. I did it again."
        # Not "I never did it again", "I have not done it again".
        r"|(?<!\bnever )(?<!\bnot )(?<!\bnot ever )"
        r"\b(?:did it|do it|doing it|done it|happened|started|starting|began|slipped) again\b"
        # The past carried into now: "I used to want to die and today too", "and I still do".
        r"|\b(?:and|but) (?:now|today|tonight|these days) (?:too|also|as well)(?=\s*(?:$|[,.;!]))"
        r"|\b(?:and|but) (?:i )?still (?:do|feel (?:it|that way|like that)|want to(?: die)?)"
        r"(?=\s*(?:$|[,.;!]|sometimes\b))"
        # Days one cannot go without it are not days clean: "I can't go two days without
        # cutting".
        r"|\b(?:can not|could not|barely) (?:go|last|make it|get through)\b.{0,30}\bwithout\b"
        # A time now named beside the past: "two winters ago I wanted to die, and this winter
        # again".
        r"|\b(?:and|but) this (?:year|month|week|winter|summer|spring|fall|christmas|time) "
        r"(?:again|too|as well)\b"
        # A count of clean days ended: "broke my 200 days clean tonight".
        r"|\bbroke (?:my|a|the) (?:\w+ ){0,2}(?:days?|weeks?|months?|years?) (?:clean|streak)\b"
    ),
    "es": re.compile(
        r"\b(?:recai\w*|(?:regreso|regresaron|volvieron) (?:los|las|el|la))\b"
        # The past carried into now: "antes me quería morir y hoy también".
        r"|\b(?:y|pero) (?:hoy|ahora|ahorita|todavia|aun) (?:tambien|igual)(?=\s*(?:$|[,.;!]))"
        r"|\by (?:todavia|aun) (?:quiero|me quiero|lo pienso|lo siento|me siento asi)\b"
        r"|\b(?:volvi a (?:hacerlo|caer|recaer|empezar|las andadas)|lo (?:hice|volvi a hacer) "
        r"(?:otra vez|de nuevo)|(?:otra vez|de nuevo) lo hice|empece (?:otra vez|de nuevo) a)\b"
        r"|\bno (?:puedo|aguanto|logro) (?:pasar|estar|durar|aguantar)\b.{0,30}\bsin\b"
        r"|\b(?:y|pero) (?:este|esta) (?:ano|mes|semana|invierno|verano|navidad|vez) (?:otra vez|"
        r"de nuevo|tambien|igual)\b"
    ),
}
# "Again" undoes a past only in the clause it is said in: "I cut myself again", not "I'm happy
# again" or "ahora estamos juntos otra vez" beside a crisis told as past.
_AGAIN = {
    "en": re.compile(r"\bagain\b"),
    "es": re.compile(r"\b(?:otra vez|de nuevo|volvi|volvio|volvieron)\b"),
}
# The contexts whose signs normalization may move or drop.
_MARKS = frozenset({"quote_or_title", "joke"})
# "Relapsed in 2019, three years clean now": a relapse told from a present that is well.
_RECOVERED = {
    "en": re.compile(
        r"\b(?:clean|free|sober|okay|ok|fine|well|proud) now\b|\b(?:years?|months?) clean now\b"
        r"|\bnow (?:i am|i have been) (?:\w+ )?(?:clean|okay|fine|better|well)\b"
        # Glad to be alive, or a milestone of recovery celebrated: not "grateful for two years
        # clean, but...", which the recurrence reads.
        r"|\b(?:glad|happy|grateful|thankful) to be (?:alive|here)\b"
        r"|\bcelebrat\w* (?:\w+ ){0,2}(?:years?|months?) (?:clean|sober|alive|of life)\b"
    ),
    "es": re.compile(
        r"\bahora (?:llevo|estoy|tengo)\b.{0,25}\b(?:bien|sin|limpi[oa]|mejor)\b"
        r"|\b(?:feliz|agradecid[oa]|content[oa]) de (?:estar|seguir) (?:viv[oa]|aqui)\b"
        r"|\bcelebr\w* (?:\w+ ){0,2}(?:anos|meses) de (?:vida|sobriedad)\b"
    ),
}
_COMPILED = {
    "en": {name: re.compile(pattern) for name, pattern in _ENGLISH.items()},
    "es": {name: re.compile(pattern) for name, pattern in _SPANISH.items()},
}


# The writer speaking of themselves now ("I want", "I am going to", "quiero", "me voy a"): a
# warning sign told this way is not excused by a past, a denial or someone else's story told
# in another clause or sentence ("My brother overdosed last year. I want to kill myself.").
# Not "would", which also tells of a habit in the past ("in high school, I would cut").
_PRESENT = {
    "en": re.compile(
        r"\bi (?:really |just |still |honestly |seriously |actually |kind of |kinda |literally )?"
        r"(?:am|want|wanna|need|will|keep|feel|have been|can not|plan|think|wish|do not want|"
        r"hate|can|should|might|do not have|have no|have nothing)\b"
        # A time that is now or just past: "I remember cutting in high school, and last night
        # I cut myself"; not "these days I'm fine" told beside a past in another clause.
        r"|\b(?:now|right now|today|tonight|these days|lately|last night|this morning|this week)\b"
    ),
    "es": re.compile(
        r"\b(?:quiero|quisiera|voy a|me voy a|estoy|tengo ganas|pienso|siento|necesito|no puedo|"
        r"no aguanto|no quiero|me quiero|deseo|planeo|ojala|me dan ganas|prefiero|sigo)\b"
        r"|\b(?:ahora|ahorita|hoy|esta noche|estos dias|ultimamente|anoche|esta manana|"
        r"esta semana)\b"
    ),
}
# A clause with no verb in the past tense that says "anymore" or "ya no", or tells how things
# are, speaks of now too: "years ago I was happy, no point in living anymore", "...,
# everyone is better off without me", "el año pasado todo iba bien, ya no le encuentro sentido
# a vivir"; not "back then there was no point anymore", "I thought everyone is better off".
_NOW_WITHOUT_PAST = {
    "en": re.compile(r"\b(?:anymore|any more|any longer|no longer|is|are)\b"),
    "es": re.compile(r"\b(?:ya no|es|son|estan|hay)\b"),
}
_PAST_TENSE = {
    "en": re.compile(
        r"\b(?:was|were|had|did|could|would|felt|thought|wanted|seemed|used to|went|got|became|"
        r"knew|said|told|tried)\b"
    ),
    "es": re.compile(
        r"\b(?:era|eran|fue|fueron|fui|iba|tenia|tenian|tuve|habia|queria|quise|podia|pude|"
        r"sentia|senti|pensaba|pense|estuve|\w+aba|\w+aban)\b"
    ),
}
# A denial of suicide ("I'm not suicidal", "no quiero morir") says nothing of self-harm: "I'm
# not suicidal, I just cut so I can breathe". Only a denial that names the harm excuses it.
_DENIES_HARM = {
    "en": re.compile(r"\b(?:hurt|harm|cut|injure)\w* myself\b"),
    "es": re.compile(r"\b(?:hacer(?:me)? dano|lastimar(?:me)?|cortar(?:me)?)\b"),
}
# The contexts read per clause: each excuses the clause it is told in, and the others only
# when they do not speak in the present.
_PER_CLAUSE = frozenset({"past", "denial", "someone_else"})


def reported_context(
    sentences: list[str],
    language: str,
    raw: str = "",
    clause: str | None = None,
    sign: str | None = None,
) -> str | None:
    """The first context (``"past"``, ``"denial"``, ``"someone_else"``, ``"quote_or_title"``
    or ``"joke"``) found in the canonical sentences of a text, or ``None``.

    ``raw`` is the text as typed, searched too, for quotation marks and emoji that
    normalization keeps but splitting may separate. ``clause`` is the clause a rule matched
    (see ``rules.clause_at``): a past, a denial or someone else's story told elsewhere in the
    text does not excuse it when it speaks in the present (``_PRESENT``). ``sign`` is the
    warning sign the rule names: a denial of suicide does not excuse self-harm.
    """
    joined = " . ".join(sentences)
    # The raw text only adds what normalization may separate (quotation marks, emoji); read
    # as a run-on with the sentences it would let "my brother" reach a verb of the next one.
    marked = joined + "\n" + raw.casefold()
    present = clause is not None and _speaks_now(clause, language)
    for name, pattern in _COMPILED[language].items():
        if name == "past" and _undone(joined, language, clause):
            continue
        if name == "joke" and _SERIOUS[language].search(joined):
            continue
        if name == "denial" and sign == SELF_HARM and not _DENIES_HARM[language].search(joined):
            continue
        if not pattern.search(marked if name in _MARKS else joined):
            continue
        if present and name in _PER_CLAUSE and not pattern.search(clause):
            continue
        return name
    return None


def _speaks_now(clause: str, language: str) -> bool:
    """Whether a clause speaks of the writer now (``_PRESENT``), or says "anymore" or how
    things are without a verb in the past tense (``_NOW_WITHOUT_PAST``)."""
    if _PRESENT[language].search(clause):
        return True
    past = _PAST_TENSE[language].search(clause)
    return past is None and _NOW_WITHOUT_PAST[language].search(clause) is not None


def _undone(joined: str, language: str, clause: str | None) -> bool:
    """Whether the text takes its past back: a relapse anywhere, or "again" in the warning
    sign's own clause, unless it tells of a present that is well."""
    again = _AGAIN[language].search(clause if clause is not None else joined)
    relapse = again or _RECURRENCE[language].search(joined)
    return bool(relapse) and not _RECOVERED[language].search(joined)
