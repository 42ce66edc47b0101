"""The words of the contexts that excuse a rule's phrase (``context``), per language: data.

Each entry is a regular expression read over canonical sentences (``text``): ``past``,
``denial``, ``someone_else``, ``quote_or_title`` and ``joke``. They are tables, kept apart from
the code that reads them, so that the code can be read at a glance.
"""

from __future__ import annotations

from securebase.core.risk.rules import SHOW_EPISODE

# Someone close to another person, named with "his", "her", "their" or "roommate's".
_THEIR_PEOPLE = (
    r"(?:son|daughter|brother|sister|friend|mom|dad|husband|wife|kid|cousin|boyfriend|"
    r"girlfriend)"
)

# What the writer did or went through, told in the past tense beside a time long gone.
_PAST_ACTS = r"tried|attempted|took|cut|overdosed|wanted|thought|wrote|nearly|almost|swallowed"

ENGLISH = {
    "past": (
        r"\b(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|many|a few|some|several)"
        r" )?(?:years?|months?) ago\b"
        # Not a place the writer once filled: "a hole where I used to be".
        r"|(?<!\bwhere i )\bused to\b"
        r"|\bback (?:then|in (?:19|20)\d\d|in (?:high school|college))\b"
        # A year beside an act in the past tense ("in 2019 I tried"), not a year still to come.
        r"|\bin (?:19|20)\d\d,? i (?:" + _PAST_ACTS + r"|was|had|jumped|drank|ended up)\b"
        r"|\bi (?:tried|attempted|took|cut|overdosed|nearly|almost)\b.{0,40}?\bin (?:19|20)\d\d\b"
        # ...or "last year": "last year i gave my stuff away because i planned to go".
        # Not one set against a now: "last christmas i tried..., this one i planned it", "...and i
        # still do".
        r"|^last (?:year|summer|spring|fall|winter|christmas),? i (?:"
        + _PAST_ACTS
        + r"|gave|planned)\b"
        r"(?!.*\b(?:this (?:one|year|time|summer|spring|fall|winter|christmas)|still|again|now|"
        r"tonight|lately|these days)\b)"
        # A history taken at intake: "one suicide attempt in 2016, no thoughts of self-harm since".
        r"|\b(?:an?|one|two|three|\d+) (?:suicide |suicidal )?attempts? in (?:19|20)\d\d\b"
        # The event itself dated: "after the overdose in 2019 things were dark for a while".
        r"|\b(?:the|my) (?:overdose|attempt|suicide attempt|hospitali[sz]ation) (?:was |happened )?"
        r"(?:back )?in (?:19|20)\d\d\b"
        # ...or an age: "the hospital stay after my overdose at 19".
        r"|\b(?:the|my) (?:overdose|attempt|suicide attempt) at (?:age )?(?:1\d|[2-9]\d)\b"
        # A year or months counted since the last time: "one year since my last self harm".
        r"|\b(?:months?|years?) since (?:my|the) last (?:self[ -]?harm\w*|cut|cutting|attempt|"
        r"overdose|relapse|time i (?:cut|hurt|burned)|(?:suicidal )?(?:crisis|episode)|"
        r"suicidal (?:thoughts?|attempt|spell)|hospitali[sz]ation)\b"
        # Recovery told as a later view: "two years of therapy later i know that was the illness".
        r"|\b(?:years?|months?) of (?:therapy|treatment|recovery) later\b"
        r"|\bthat was (?:the|my) (?:illness|depression|disorder) (?:lying|talking)\b"
        r"|\bwhen i was (?:younger|little|a (?:kid|teen|teenager)|in (?:high school|college)|\d+|"
        r"(?:eleven|twelve|\w+teen|twenty|thirty|forty)\b)"
        r"|\bthat (?:whole |entire |first )?(?:winter|summer|spring|fall|autumn|year|semester)\b"
        r"|\blast (?:winter|summer|spring|fall|autumn)\b|\bonce when\b"
        r"|\bin (?:high school|college|my twenties|my teens)\b|\bas a teenager\b"
        r"|\blast year\b.{0,60}\bnow\b"
        r"|\b(?:clean|free) (?:for|since)\b"
        r"|\b(?:days|weeks|months|years) (?:without|clean|free)\b"
        r"|\b(?:one|a) (?:month|year) (?:clean|free) (?:from|of)\b"
        # "Self-harm was my coping skill at sixteen": a way of coping the writer had at an age.
        r"|\b(?:self[ -]?harm\w*|cutting|burning|it) was my (?:coping (?:skill|mechanism|tool)|"
        r"way of coping|outlet) (?:at|in|when|back)\b"
        # Ages told as a story that came out well: "suicidal at 19, RN at 26, grateful"; not
        # "...and still at 26", nor grateful "for nothing".
        r"|\bat \d{1,2}\b(?! ?(?:am|pm|:))(?![^.]{0,60}\b(?:still|again)\b)[^.]{0,40}?\bat "
        r"\d{1,2}\b(?! ?(?:am|pm|:))[^.]{0,30}?\b(?:grateful|thankful|proud|blessed|thriving)\b"
        r"(?! for nothing\b)"
        # The same counted short ("3 yrs clean"), or after the harm named ("self harm free: 1000
        # days").
        r"|\b\d+ (?:yrs?|mos?|wks?) (?:clean|free|sober)\b"
        r"|\b(?:self[ -]?harm|cutting|sh)[ -]free:? (?:for )?\d[\d,]* (?:days?|weeks?|months?|"
        r"years?)\b"
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
        r"|\bi am (?:in a (?:much |far |way )?(?:better|good|safe|great|steadier|calmer|healthier|"
        r"happier|stable|stronger) place"
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
        # The age spelled out: "at nineteen i wanted to die, now i am twenty-six"; not "...and
        # i still do".
        r"|\bat (?:age )?(?:thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
        r"thirty|forty)(?:[- ]\w+)?,? i (?:wanted|tried|thought|was|felt|cut|took|attempted)\b"
        r"(?!.{0,80}\b(?:still|again)\b)"
        # A day of the past counted from now: "the day i wanted to die my roommate drove me to
        # the er, today is our five year friendship anniversary".
        r"|\bthe (?:day|night|week|morning|evening) i (?:wanted|tried|almost|nearly|attempted|"
        r"planned|cut|overdosed)\b.{0,120}?\b(?:\d+|one|two|three|four|five|six|seven|eight|"
        r"nine|ten|twenty)[- ](?:years?|months?)(?: \w+)? (?:later|since|ago|anniversary)\b"
        # "A while back i gave away all my stuff... now i laugh"; not "a while back i started
        # cutting again".
        r"|\ba (?:long )?while back\b(?!.{0,80}\b(?:still|again)\b)"
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
        # "Old me thought my family would be better without me, new me knows that was a lie";
        # not "...and i still do".
        r"|\bold me (?:thought|believed|wanted|felt|was sure|was convinced)\b"
        r"(?!.{0,80}\b(?:still|again)\b)"
        # The last time dated: "the last time i had a plan to kill myself was 2020".
        r"|\bthe last time i (?:had|felt|wanted|thought|tried|planned|was|cut|hurt|wrote)\b"
        r".{0,60}?\bwas (?:in |back in )?(?:(?:19|20)\d\d|(?:\w+ )?years? ago|high school|"
        r"college)\b"
        # Glad of not having acted, not of something else that happened not to happen.
        r"|\bso glad i (?:never|did not) (?:went through|go through|did it|do it|tried|try|"
        r"acted on|act on|followed through|follow through)\b"
        r"|\bso glad i (?:stayed alive|am still (?:here|alive|around)|got help|asked for help|"
        r"reached out)\b"
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
        # Any of it told as behind: "cutting's behind me", "that suicidal winter is behind me
        # now"; not the car behind me in traffic, nor a life or the best of it left behind.
        r"|(?<!\blife )(?<!\bfuture )(?<!\bbest )(?<!\bgood )(?<!\bhappiness )(?<!\byouth )"
        r"\b(?:is|are) (?:all |long |now |finally |well )?behind me\b(?! (?:in|on|at)\b)"
        # "That time I wrote goodbye letters", one time told as such.
        r"|\bthat time (?:when )?i (?:wrote|tried|cut|took|planned|wanted|attempted|almost|"
        r"nearly)\b"
        # Last year set against this one: "last year I wanted to die, this year I'm hosting".
        r"|\blast year\b.{0,60}\bthis year (?!(?:again|too|as well)\b)"
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
        # An age the state belonged to, not an hour: "suicidal at nineteen, thriving at
        # thirty-four"; not "suicidal at 2am", "self-harming at 19 and still at 30".
        r"|\b(?:suicidal|self[ -]?harming|cutting) at (?:age )?(?:1[3-9]|[2-9]\d|\w+teen|twenty|"
        r"thirty|forty)\b(?!\s*(?::|am\b|pm\b))(?!.{0,40}\b(?:still|again|now)\b)"
        # A token of time clean: "got my one year self harm chip".
        r"|\b(?:day|week|month|year)s? (?:self[ -]?harm |clean |sobriety |recovery |sober )?"
        r"(?:chip|coin|medallion|token)\b"
        # Once, and not anymore: "wanted to die every day, once. not anymore."
        r"|\b(?:once|back then) \. not anymore\b"
        # The last time named and over: "last self-harm: college. i'm 34, doing well";
        # "suicidal in 2019. therapy worked."
        r"|\blast (?:self[ -]?harm|cut|attempt|relapse|overdose): (?:college|high school|"
        r"middle school|(?:19|20)\d\d)\b"
        r"|\bi am \d+,? (?:and )?(?:doing|feeling) (?:well|good|great|okay|ok|fine|better)\b"
        r"|\b(?:suicidal|attempted|overdosed|hospitali[sz]ed) in (?:19|20)\d\d\b"
        # An age now set against an age then: "at 16 ... i wanted to die. i'm 31 now".
        r"|\bat (?:age )?(?:1\d|[2-9]\d)\b.{0,120}?\bi am (?:1[3-9]|[2-9]\d) now\b"
        # A night that feels like another life; not "another life sentence".
        r"|\b(?:feels|felt|seems|seemed) like (?:another|a different|someone else's|a past) "
        r"life(?:time)?\b(?! sentence)|\ba lifetime ago\b"
        # Told as in the past, as "behind me" is: "those urges to die are in the past"; not a
        # marriage or the best of life left there.
        r"|\b(?:urges?(?: \w+){0,3}|thoughts?(?: \w+){0,3}|feelings?|that|it|cutting|"
        r"self[ -]?harm\w*|attempts?|(?:those|these) (?:days|nights|years|months|times)) "
        r"(?:is|are|was|were) (?:all |long |now |finally |well )?in the past\b"
        # An earlier self met again: "hugged my past self", "a letter to my younger self".
        r"|\b(?:hug\w*|tell|told|write to|wrote to|letter to|proud of|thank\w*|forgive|forgave) "
        r"my (?:past|younger|former|teenage) self\b"
        # Months spent so, told as over: "i spent months wishing i wouldn't wake up".
        r"|\bi spent (?:months|years|weeks|a year|a summer|a winter|most of (?:\w+ )?\w+) "
        r"(?:wishing|wanting|thinking|hoping|planning|cutting|hiding|praying)\b"
        # "Remember when I gave my stuff away…": a time recalled as such.
        r"|\bremember when i (?:gave|wrote|tried|cut|took|planned|wanted|almost|nearly|thought|"
        r"said|was)\b"
        # A year of recovery marked: "celebrated one year without self harm".
        r"|\b(?:celebrat\w*|proud of|marking|hit|reached)\b.{0,20}?\b(?:a|one|two|three|\d+) "
        r"(?:years?|months?) (?:without|free of|free from) (?:self[ -]?harm\w*|cutting|"
        r"hurting myself|burning myself)\b"
        # The count before the harm named: "one year self-harm free today".
        r"|\b(?:\d+|a|one|two|three|four|five|six|\w+ hundred) (?:days?|weeks?|months?|years?) "
        r"(?:self[ -]?harm|cutting|sh)[ -]free\b"
        # A later time that went well, set against the first: "after my first divorce i wanted
        # to die. the second one i actually handled ok"; a holiday set against the last one:
        # "last thanksgiving i spent thinking about dying, this one i hosted".
        r"|\b(?:the|this) (?:second|next|latest) (?:one|time) i (?:\w+ )?(?:handled|managed|got "
        r"through|came through|coped with|survived)\b"
        r"|\blast (?:thanksgiving|christmas|easter|halloween|new year|valentine|birthday)\b"
        r".{0,60}\bthis (?:one|year|time) i (?:hosted|cooked|baked|celebrated|enjoyed|laughed|"
        r"danced|traveled|travelled|volunteered|hiked|spent (?:it )?with)\b"
        # A span of life told as a whole, in the past tense: "for most of my twenties i
        # thought..."; not "i have been suicidal for most of my twenties".
        r"|\b(?:for|during|through) (?:most of |all of |much of )?my (?:teens|twenties|thirties|"
        r"forties|teenage years|college years),? i (?:thought|was|felt|wanted|believed|tried|cut|"
        r"spent)\b"
        # Pulled out of it by someone or something: "dbt and my sister got me out of that
        # thinking".
        r"|\b(?:got|pulled|brought|talked) me out of (?:that|this|those|the) (?:thinking|mindset|"
        r"place|hole|darkness|spiral|thoughts?)\b"
        # A time counted from the attempt: "two years after my suicide attempt, crying happy
        # tears"; not "two months after my attempt i still want to die".
        r"|\b(?:years?|months?) (?:after|since) (?:my|the) (?:suicide attempt|attempt|overdose|"
        r"hospitali[sz]ation)\b(?!.{0,60}\b(?:still|again|want|wish|plan)\b)"
        # A belief held for a long time and given up: "for a long time i was sure they would
        # be lighter without me, my therapist and i dismantled that belief"; not "...and i still
        # am", nor thoughts of an act ("for years i thought about killing myself").
        # The same for a part of life named and left: "for most of college i was sure...".
        r"|\bfor (?:a long time|so long|years|months|ages|most of my life|(?:most|much|all) of "
        r"(?:college|high school|middle school|grad school|my marriage|that year|the pandemic)),? "
        r"i (?:was sure|was convinced|was certain|believed|thought|felt)\b(?! (?:about|of)\b)"
        r"(?!.{0,80}\b(?:still|again)\b)"
        # A later view that names the earlier one wrong: "i see now how wrong that was".
        r"|\bi (?:see|know|realize) now (?:how wrong|that (?:it|that) was wrong)\b"
        # An earlier self who stayed, or who is gone: "found my old suicide note, i'm so glad
        # that girl stayed"; "i'm not that person anymore".
        r"|\b(?:glad|grateful|thankful|proud) (?:that )?(?:girl|boy|kid|younger me|past me|"
        r"version of me) (?:stayed|held on|made it)\b"
        r"|\bi am not that (?:person|girl|guy|kid|woman|man) (?:anymore|any more)\b"
        # The writer at an earlier age, thought of from now: "thought about me at 19 burning my
        # arms with a lighter, i'd hug her so hard".
        r"|\b(?:think|thought|thinking) (?:about|of) (?:me|myself) at (?:age )?(?:1\d|[2-9]\d)\b"
        r"(?!.{0,80}\b(?:still|again|now)\b)"
    ),
    "denial": (
        r"\bi (?:am|was) (?:not|never) (?:suicidal|in danger|going to (?:hurt|kill) myself)\b"
        r"|\bi (?:do not|did not) want to die\b|\bi am (?:safe|not in danger)\b"
        r"|\bi am not going to (?:hurt|kill|harm) myself\b"
        r"|\bi (?:do not|would never) want to (?:hurt|harm|kill) myself\b"
    ),
    "someone_else": (
        # A threat overheard: "our neighbor keeps yelling that he'll kill his wife".
        r"\b(?:our|the|my) (?:upstairs |downstairs )?(?:neighbou?rs?|landlord|guy next door|"
        r"man next door)\b.{0,20}?\b(?:keeps|kept|was|is|were|are) (?:yelling|screaming|"
        r"shouting|threatening)\b(?! (?:at )?me\b)"
        r"|\bmy (?:(?:teenage|teen|little|older|younger|oldest|youngest|adult|baby|big|college|"
        r"high school|old|former|\d+[- ]year[- ]old) )?(?:friend|best friend|sister|brother|mom|"
        r"mum|dad|ex|cousin|grandfather|"
        r"grandmother|grandpa|grandma|coworker|client|roommate|son|daughter|patient|student|"
        r"neighbou?r|aunt|uncle|niece|nephew|boyfriend|girlfriend|partner|husband|wife|fiance|"
        r"fiancee)\b(?!'s (?:account|card|car|house|place|room|name|venmo|phone|address)\b)"
        # The verb is theirs, not the writer's ("when my sister saw them I said..."), and not
        # one told after a thing of theirs ("my sister's account and wrote...").
        r".{0,40}?(?<!\bi )\b(?:said|says|told me|threaten\w*|lost|died|passed|attempt\w*|tried|"
        r"(?<!\bi have )(?<!\bi had )relapsed|posted|"
        r"texted|wrote(?! down)|mentioned|talked about|talks about|keeps saying|"
        r"keeps talking about|admitted|confided|disclosed|revealed|"
        r"overdosed|overdose|self[ -]?harms|cuts (?:himself|herself|themselves)|"
        r"killed (?:himself|herself|themselves)|shot (?:himself|herself)|hanged|jumped)\b"
        # Not what they tell the writer to do: "my roommate says i should kill myself".
        r"(?! (?:that )?i (?:should|need to|ought to|deserve to|have to|must)\b)"
        # Nor their fear for the writer: "my mom says she is scared i will kill myself".
        r"(?!.{0,40}?\bi(?:'ll|'d|'m going to|'m gonna| will| would| might| may| could| am going "
        r"to| am gonna) (?:kill|hurt|harm|cut|burn) myself\b)"
        # Someone telling of their own weariness: "grandma is 89 and says she's tired of living";
        # not what follows it ("she says she is done with me so i'm going to...").
        r"|\b(?:says|said|keeps saying|tells me|told me) (?:she|he) (?:is|was|feels|has been) "
        r"(?:so |really |just )?(?:tired of (?:living|life|being alive)|ready to (?:die|go)|done "
        r"with (?:life|living))\b"
        # Events at work, counted: "we had two overdoses tonight".
        r"|\bwe (?:had|saw|got|lost|treated) (?:\w+ ){0,2}(?:overdoses|ods|suicides|suicide "
        r"attempts)\b"
        # What a job sees: "as a nurse I see overdoses weekly".
        r"|\bas an? (?:er |icu |psych |school )?(?:nurse|doctor|paramedic|emt|medic|cop|police "
        r"officer|social worker|therapist|counselor|firefighter|pharmacist|chaplain)\b.{0,30}?"
        r"\b(?:i|we) (?:see|treat|get|deal with|handle|respond to)\b"
        # A stranger in the news: "a story about a man who jumped from a parking garage".
        r"|\b(?:a|the|this|that) (?:man|woman|guy|girl|boy|teen|teenager|person|student|"
        r"celebrity|singer|actor|actress|rapper|nurse|doctor|teacher|soldier|veteran|cop|officer|"
        r"firefighter|athlete|musician) (?:who|that) (?:\w+ )?(?:jumped|died|killed|"
        r"shot|hanged|overdosed|attempted)\b"
        # Someone at work or school who did it: "a nurse on my unit attempted suicide over the
        # weekend".
        r"|\b(?:a|the|one|another) (?:nurse|doctor|coworker|co-worker|colleague|teacher|student|"
        r"classmate|kid|teen|resident|patient|neighbou?r|guy|girl|man|woman) (?:(?:on|in|at|from) "
        r"(?:my|our|the) \w+ )?(?:attempted|overdosed|died by suicide|killed (?:himself|herself|"
        r"themselves)|took (?:his|her|their) (?:own )?life)\b"
        # Someone else's thoughts told in the third person: "she has been having suicidal
        # thoughts".
        r"|\b(?:she|he|they) (?:is|are|has|have|had) (?:been )?(?:having|fighting|struggling "
        r"with|thinking about) (?:(?:suicidal|dark) thoughts|thoughts of (?:ending it|suicide|"
        r"dying|killing (?:herself|himself|themselves)|hurting (?:herself|himself|themselves))|"
        r"suicide|ending it|killing (?:herself|himself|themselves))\b"
        # Someone else's suicide named as theirs: "classmate's suicide anniversary".
        r"|\b(?!it\b|that\b|what\b|there\b|here\b|who\b)\w+'s (?:(?:fentanyl|heroin|drug|pill|"
        r"accidental|first|second) )?(?:suicide|overdose)(?: anniversary| attempt)?\b"
        r"(?!.{0,40}\bi (?:want|am going|will|think i will)\b)"
        # A death grieved: "a coworker lost her son to suicide".
        r"|\b(?:lost|losing) (?:her|his|their|a) (?:son|daughter|brother|sister|husband|wife|"
        r"partner|friend|mom|dad|mother|father|child|kid|cousin) to (?:suicide|an overdose|"
        r"overdose)\b"
        # Someone unnamed: "saw on the news someone jumped from the bridge"; not "I wish
        # someone shot me".
        r"|\b(?:someone|somebody) (?:who |that )?(?:jumped|died|killed|shot|hanged|overdosed|"
        r"attempted)\b(?! me\b)"
        r"|\bone of my (?:students|friends|clients|patients|coworkers|kids|residents|players|"
        r"(?:\w+ )?graders|campers|mentees|teens|athletes)\b"
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
        r"|\b(?:his|her|their|\w+'s) " + _THEIR_PEOPLE + r"\b.{0,30}?\b(?:overdosed|died|killed|"
        r"attempted|tried|shot|jumped|cuts|hurts|said|says)\b"
        # A note someone else left, told right after them: "my roommate's friend left a suicide
        # note"; not "...doesn't know i just left a note".
        r"|\b(?:his|her|their|\w+'s) " + _THEIR_PEOPLE + r" (?:\w+ )?left (?:a|his|her|their) "
        r"(?:suicide )?note\b"
        # Someone else's relative in hospital: "my roommate's dad is in the hospital after a
        # suicide attempt".
        r"|\b(?:his|her|their|\w+'s) " + _THEIR_PEOPLE + r"\b.{0,20}?\b(?:in the (?:hospital|er|"
        r"icu)|hospitali[sz]ed) (?:after|for|because of) (?:an? |his |her |their )?(?:suicide "
        r"attempt|overdose|attempt)\b(?!.{0,60}\bi (?:want|am going|will|think i will|wish)\b)"
        r"|\b(?:he|she|they) (?:said|says|told me|yelled|screamed) (?:that )?(?:he|she|they) "
        r"(?:wants?|wanted|would|will|was going to|is going to)\b"
        # A stranger's death read or heard of: "read about a teen suicide at my old school";
        # not "read about a suicide method".
        r"|\b(?:read|heard|saw|reading|hearing) (?:about|of) (?:a|an|another|the) (?:\w+ )?"
        r"(?:suicide|overdose)\b(?! (?:methods?|notes?|plans?|ways?|kits?)\b)"
        # The news telling of a stranger without a verb of saying: "saw on the news a man
        # jumped off a bridge".
        r"|\b(?:on|in) the news\b.{0,20}?\b(?:a|an|the|some|this|two|three) (?:man|woman|guy|"
        r"girl|boy|teen|teenager|person|student|driver|kid|people|men|women)\b"
        r"(?!.{0,80}\bi (?:want|am going|will|wish|could|should)\b)"
        # A threat someone else made: "the guy next door threatened to shoot his girlfriend".
        r"|\b(?:the|a|our|this|that) (?:guy|man|woman|lady|dude|neighbou?r|coworker|kid|teen|"
        r"stranger|customer|driver|boss|student|patient)(?: next door| upstairs| downstairs| at "
        r"work| across the street)? (?:threatened|was threatening|kept threatening)\b"
        # A patient brought in, an emergency call: "a kid came in with an overdose", "third
        # overdose call this week".
        r"|(?<!\bi )\b(?:came|come|coming|brought) in (?:with|for|after) (?:an? )?(?:\w+ )?"
        r"(?:overdose|suicide attempt)\b"
        r"|\b(?:overdose|od|jumper) calls?\b"
        # What a shift at work brought: "ER shift: two overdoses".
        r"|\bshift\b[^.]{0,20}?\b(?:\w+ )?(?:overdoses|ods|suicides|suicide attempts)\b"
        # A case that came in at work: "had an overdose attempt come in tonight".
        r"|\b(?:had|got|saw) (?:an?|two|three|another) (?:\w+ )?(?:overdoses?|suicide attempts?|"
        r"overdose attempts?|attempts?) (?:come|came|coming) in\b"
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
        # A clinical scale or protocol named: "the Columbia suicide severity rating scale".
        r"\b(?:columbia (?:scale|protocol|screener|suicide)|c-?ssrs|suicide (?:severity |risk )?"
        r"(?:rating )?(?:scale|screening|screener|assessment|protocol)|suicide prevention "
        r"(?:training|course|module))\b|"
        r"[\"“”«»]"
        # A title in single quotes, by someone or playing: "'Suicide Blonde' by INXS".
        r"|(?:^|\s)'[^']{2,60}'(?= by\b| on (?:repeat|loop)\b)"
        r"|\b(?:listening to|blasting|humming|singing along to) '"
        # Not the verb: "however many sessions i book"; not a place: "at the movie theater".
        r"|(?<!like a )\b(?:song|movie(?! (?:theat(?:er|re)s?|house)\b)|film|"
        r"(?<!\bi )(?<!\bto )(?<!\bwe )book|album|" + SHOW_EPISODE + r"|"
        r"show(?! up\b)|series|play|quote"
        r"|lyrics?"
        # A course by its number: "psych 101 today covered suicide warning signs".
        r"|(?:psych|psychology|sociology|nursing|health|bio|biology) \d{2,3}\b"
        r"|titled"
        # Not a vehicle's title: "signed the title of my truck over".
        r"|title of(?! (?:my|the|his|her|our) (?:truck|car|van|house|motorcycle|bike)\b)"
        r"|(?<!rubber )band|"
        r"podcast|documentary|novel|poem|the line|book club|telenovela|villain)\b"
        # A class as a subject, not as a place one goes to or skips ("wore a hoodie to class").
        r"|\b(?:prevention|awareness|crisis line|hotline training|volunteer\w*|training|"
        r"workshop|assignment|(?<!to )(?<!after )(?<!before )(?<!skip )(?<!skipped )class|"
        r"course|lecture|paper|essay|thesis|dissertation|article|research|study|statistics|rates|"
        r"risk factors|support group|(?<!section )(?<!surgery )(?<!surgical )(?<!knee )(?<!back )"
        r"recovery|talk about|a talk)\b"
    ),
    "joke": (
        r"\b(?:lol|lmao|lmfao|haha\w*|jk|just kidding|kidding|rofl|cringe|mortified|"
        # Not ashamed of being alive: "so embarrassed that i am still alive".
        r"embarrass\w*\b(?! (?:that |to be |i am |i'm |i’m )*(?:still )?alive\b)|awkward|ugh|omg|"
        r"oops|smh|bruh|istg|lmfaooo\w*|lmao\w*|jajaja|"
        r"affectionately|lovingly|figuratively|metaphorically)\b"
        r"|😂|🤣|💀|😭😭|🙃"
    ),
}
SPANISH = {
    "past": (
        # "Hace un año…" tells of a time ago; "hace años que quiero…", "hace un mes tengo…"
        # and "desde hace años" tell of something that has lasted until now.
        r"(?<!\bdesde )\bhace (?:\w+ ){0,2}(?:anos?|mes(?:es)?|inviernos|veranos|navidades)\b"
        r"(?! (?:ya )?(?:que|tengo|quiero|me quiero|pienso|estoy|ando|siento|me siento|sigo)\b)"
        r"|\bantes (?:me|era)\b"
        # Cutting told in the imperfect, a habit of the past ("me cortaba en la prepa").
        r"|\bme cortaba\b"
        # A time that was, told as such: "hubo un tiempo en que…", "tuve una etapa oscura",
        # "diez años después", "antes contaba los días", "me acuerdo cuando…", "ya van tres
        # años desde la última vez".
        r"|\bhubo (?:un tiempo|una epoca|una etapa|un ano|unos meses)\b"
        # An earlier self looked back on, who stayed: "ahora me da ternura esa versión de mí, y
        # gracias a dios me quedé"; not "me quedé en casa".
        r"|\bme da (?:ternura|pena|risa) (?:esa|aquella) (?:version|parte) de mi\b"
        r"|\b(?:gracias a dios|por suerte|menos mal) (?:que )?me quede\b"
        r"(?! (?:en|con|a|sin|dormid\w*|callad\w*|sol[oa])\b)"
        r"|\b(?:tuve|pase por|atraves\w*) (?:una|un) (?:etapa|epoca|temporada|periodo|tiempo)\b"
        r"|\b(?:\w+|\d+) (?:anos|meses) despues\b"
        # "Antes le escribía cartas de despedida a mi ex".
        r"|\bantes,? (?:cuando [^,.]{1,60}, )?(?:(?:me|te|le|les|lo|la|nos|se) )?\w+(?:aba|ia|"
        r"aban|ian)\b"
        r"|\b(?:me acuerdo|recuerdo) (?:de )?(?:cuando|la noche en (?:que|la que)|el dia en "
        r"(?:que|el que)|la vez que|aquella noche|aquel dia)\b"
        r"|\b(?:ya )?van (?:\w+ )?(?:anos|meses) desde\b|\bdesde la ultima vez que\b"
        r"|\ben la (?:prepa|secundaria|universidad|prepa|adolescencia|juventud|ninez)\b"
        r"|\bantecedentes de\b|\bya superad[oa]s?\b"
        r"|\bya pasaron (?:\w+ )?(?:anos|meses)\b|\bhace tiempo\b"
        r"|\bdesde entonces (?:estoy|me siento|ando) (?:bien|mejor|tranquil[oa])\b"
        # At peace now, not "en paz con todos antes de irme".
        r"|\b(?:ya |ahora )?estoy en paz\b(?! con\b)(?!.{0,20}\bantes de\b)"
        r"|\bahora (?:si )?tengo ganas de vivir\b"
        r"|\baquel (?:invierno|verano|otono|ano|tiempo|diciembre|entonces)\b"
        r"|\baquella (?:vez|epoca|noche|temporada|etapa|primavera)\b"
        # The imperfect after "cuando" tells of a time that was: "cuando consumía…".
        r"|\bcuando (?:(?:me|te|se|le|lo|la|nos|yo|el|ella) )?(?!(?:dia|tia|via|media|familia|"
        r"policia|noticia|historia|mia|tuya|suya)\b)\w{2,}(?:aba|ia|aban)\b"
        # ...in the plural too, after a pronoun, so that no name is taken for a verb ("cuando me
        # dejaban en visto", "cuando me pedían", not "cuando Julián me deja").
        r"|\bcuando (?:me|te|se|le|les|nos|lo|la|los|las) \w{2,}ian\b"
        r"|\bcuando (?:era|tenia) (?:chic[oa]|nin[oa]|adolescente|joven|\d+)\b"
        r"|\bel ano pasado\b|\bllevo .{0,20}\bsin\b|\bsobrevivi\b"
        r"|\bno me he (?:cortado|lastimado|hecho dano|quemado) en (?:\w+ )?(?:anos|meses|semanas|"
        r"mucho)\b"
        r"|\bahora (?:estoy|soy|me siento) (?:bien|mejor|tranquil[oa])\b|\bya no (?:me siento|"
        # Not an intent: "ya no pienso seguir en esto que llaman vida".
        r"pienso(?! (?:seguir|continuar|vivir|aguantar|luchar|esperar)\b)|lo pienso|lo hago|"
        r"las escondo|rezo|le rezo|pido|le pido|me corto|me lastimo|me quemo|me hago dano|"
        r"me autolesiono)\b"
        # The need gone: "ya no siento esa necesidad de hacerme daño"; not "ya no tengo ganas de
        # vivir".
        r"|\bya no (?:siento|tengo) (?:esa |la |las |esas )?(?:necesidad|ganas) de (?:hacerme dano|"
        r"cortarme|lastimarme|quemarme|morir(?:me)?|matarme)\b"
        # Thoughts that went away: "los pensamientos de suicidio se me quitaron"; not "se me
        # quitaron las ganas de vivir", "nunca se me quitaron".
        r"|\b(?:pensamientos|ideas|ganas de (?:morir|matarme|cortarme|lastimarme))\b"
        r"(?: (?!nunca\b|no\b|jamas\b|casi\b|apenas\b)\w+){0,3} se me (?:quitaron|fueron|"
        r"pasaron|desaparecieron|calmaron|quito|fue|paso)\b"
        r"|\bhace (?:mucho|muchos anos|anos)(?: tiempo)?\s*(?:,|$|y\b)|\bde eso hace\b"
        r"|\ben (?:ese|aquel) entonces\b"
        r"|\bde (?:joven|adolescente|chic[oa]|nin[oa]|chav[oa]|morr[oa])\b"
        # An age then, not one still to come: "ya decidí que a los 30 no llego".
        r"|\ba los (?:\d+|trece|catorce|quince|dieci\w+|veinte|veinti\w+|treinta\w*)\b"
        r"(?! (?:ya )?no (?:llego|llegare|voy a llegar|paso)\b)"
        r"|\bllevo (?:\w+ )?(?:anos|meses) estable\b"
        r"|\bel ano (?:de|en que|que(?! viene)|pasado)\b|\bel (?:invierno|verano|otono) pasado\b"
        r"|\b(?:sobrevivi|me alegra (?:haber sobrevivido|seguir)|agradezco (?:seguir|estar)|"
        r"(?:estoy )?agradecid[oa] de (?:seguir|estar) (?:aqui|viv[oa])|"
        r"sali adelante|sali de eso|me recupere|lo supere)\b"
        r"|\b(?:la terapia|el tratamiento|mi terapeuta|el hospital|la ayuda|la medicina)"
        r"(?: \w+)? me (?:ayudo|salvo|ayudaron|salvaron)\b|\beso me salvo\b"
        r"|\bme internaron\b"
        # Well now, not what others believe: "pedí ayuda y ya estoy mucho mejor"; not "creen
        # que ya estoy mejor".
        r"|(?<!\bque )\b(?:ya|ahora|hoy) estoy (?:mucho |muy |bastante )?(?:estable|a salvo|bien|"
        r"mejor|sobri[oa])\b"
        r"|\bestoy orgullos[oa]\b|\bque bueno que sigo\b|\bya no tengo (?:esos|esas|ese)\b"
        r"|\bhace mucho que no\b|\b(?:llevo|tengo) (?:\w+ )?(?:anos|meses|semanas) sin\b"
        r"|\bhace (?:mucho|muchos anos|anos|tiempo)(?: tiempo)? (?:que )?(?:intente|quise|pense|"
        r"trate|tome|estuve|hice|escribi|tuve|tenia|deseaba|me (?:corte|quise|tome|tire|queme))\b"
        # Months spent so, then a change: "pasé meses deseando no despertar; con terapia eso
        # cambió".
        r"|\bpase (?:\w+ )?(?:meses|anos|semanas) \w+ndo\b.{0,120}?\b(?:eso cambio|todo cambio|"
        r"(?:hoy|ahora) disfruto|ya no (?:lo )?(?:siento|pienso|deseo|quiero))\b"
        r"(?! (?:vivir|seguir|estar|despertar|nada|a nadie)\b)"
        r"|\buna vez (?:escribi|intente|me|pense|regale|tuve|hice)\b"
        r"|\blo lejos que (?:he )?llegado\b"
        r"|\blo lejos que llegue\b"
        r"|\ben (?:el )?(?:19|20)\d\d\b|\b(?:anos|meses) de (?:recuperacion|sobriedad)\b"
        r"|\bya no lo creo\b"
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
        r"semanas?|meses|mes|anos?) (?:ya )?sin (?:hacerme dano|cortarme|lastimarme|quemarme|"
        r"autolesionarme)\b"
        r"|\bestuve internad[oa]\b|\b(?:eso |todo eso )?ya (?:quedo atras|quedo en el pasado)\b"
        # "Esas ganas de morirme quedaron atrás"; "ya van 500 días limpia".
        r"|(?<!\bvivir )(?<!\bvida )(?<!\bfelicidad )(?<!\besperanza )(?<!\bsuenos )"
        r"\bquedaron (?:atras|en el pasado)\b"
        r"|\b(?:ya )?van (?:\w+ )?(?:dias|semanas|meses|anos) (?:limpi[oa]s?|sobri[oa]s?|sin "
        r"(?:hacerme dano|cortarme|lastimarme|quemarme|autolesion\w*))\b"
        r"(?!.{0,40}\b(?:no aguanto|no puedo|ganas|me cuesta)\b)"
        # A year gone by since, and care finished: "ya pasó un año desde que estuve en el
        # programa...", "hoy me dieron de alta de la terapia".
        r"|\bya paso (?:un|mas de un|casi un|medio) (?:ano|mes)\b|\bme dieron de alta\b"
        # Doing well now, after what came before: "ahora tengo mi propio puesto y voy bien".
        r"|\bahora (?:\w+ ){0,8}(?:y )?(?:voy|ando|me va) (?:bien|mejor|muy bien)\b"
        # Years counted since, or clean of it: "ya van seis años de eso", "tres años limpia de
        # autolesiones".
        r"|\b(?:ya )?van (?:\w+ )?(?:anos|meses) de eso\b"
        r"|\b(?:llevo|tengo) (?:\w+ )?(?:anos?|mes(?:es)?|semanas?) (?:sobri[oa]|limpi[oa])\b"
        r"|(?:^|\. )(?:\d+|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez) (?:dias?|"
        r"semanas?|meses|mes|anos?) limpi[oa] de (?:autolesiones|autolesionarme|cortarme|"
        r"cortadas|hacerme dano|lastimarme|quemarme)\b"
        # An anniversary of the night kept, and living on celebrated: "se cumplieron dos años de
        # la noche que intenté matarme, fui a celebrar que sigo".
        r"|\bse cumpl(?:ieron|io|en|e) (?:\w+ ){0,2}(?:anos?|meses) de "
        r"(?:la noche |el dia |la vez )?(?:que|en que|mi)\b"
        r"|\bcelebrar que sigo\b"
        # An attempt told as behind, and now steady: "después de mi intento pasé dos semanas
        # en el hospital, hoy me siento estable".
        r"|\bdespues de mi intento\b.{0,80}\b(?:hoy|ahora|ya) (?:\w+ ){0,5}me siento "
        r"(?:estable|bien|mejor|tranquil[oa])\b"
        # The worst time named, with what was done then: "en mi peor momento regalé mis cosas".
        # A habit told as over: "solía lastimarme cuando me dejaban en visto".
        r"|\bsolia (?:\w+ )?(?:lastimarme|cortarme|quemarme|hacerme|pensar|querer|sentir|creer|"
        r"desear)\b"
        # A belief held for a long time and given up: "por mucho tiempo creí que estarían
        # mejor sin mí, hoy sé que me necesitan"; not "...y todavía lo creo".
        r"|\bpor (?:mucho tiempo|anos|meses|muchos anos|mucho),? (?:yo )?(?:crei|pense|senti|"
        r"estuve convencid[oa]|estaba segur[oa]|creia|pensaba|sentia)\b(?! en\b)"
        r"(?!.{0,80}\b(?:todavia|aun|sigo|otra vez|de nuevo)\b)"
        r"|\ben mi peor (?:momento|etapa|epoca|crisis)\b,? (?:yo )?(?:me )?(?:regale|intente|pense|"
        r"quise|corte|escribi|tome|hice|deje|despedi|trague|compre)\b"
        # A night remembered when it almost happened: "recuerdo la noche que casi me aviento del
        # puente, hoy lo cruzo para ir a mi terapia"; not "...y hoy otra vez".
        r"|\brecuerdo (?:la noche|el dia|la vez|la tarde|cuando) (?:que |en que )?(?:casi|"
        r"estuve a punto de)\b(?!.{0,80}\b(?:otra vez|de nuevo|todavia|aun)\b)"
    ),
    "denial": (
        r"\bno (?:soy|estoy) suicida\b|\bno quiero morir(?:me)?\b|\bestoy a salvo\b"
        r"|\bno me voy a hacer dano\b|\bno me voy a (?:matar|suicidar|quitar la vida)\b"
    ),
    "someone_else": (
        r"\bmi (?:mejor amig[oa]|amig[oa]|compa|herman[oa]|mama|papa|ex|prim[oa]|abuel[oa]|hij[oa]"
        r"|paciente|tia|tio|novi[oa]|espos[oa]|pareja|marido|sobrin[oa]|cunad[oa]|suegr[oa]|"
        r"niet[oa]|roomie|companer[oa] de cuarto|"
        r"companer[oa]|vecin[oa]|alumn[oa])\b"
        r".{0,40}?\b(?:dice|dijo|me conto|me cuenta|ha hablado de|habla de|ha dicho|ha intentado|"
        r"esta pensando|piensa en|(?<!\bno es )amenaza\w*|murio|intento|publico|escribio|"
        r"me mando|menciono|hablo de|me confeso|sigue diciendo|tuvo|dejo su (?:carta|nota|"
        r"mensaje)|se (?:mato|suicido|corta|tiro|"
        r"quito)|esta (?:en el hospital|internad[oa]) por (?:una )?sobredosis"
        r"(?!.{0,60}\b(?:yo tambien|quiero|me quiero|voy a|me voy a|pienso)\b))\b"
        # Not their fear for the writer: "mi mamá dice que tiene miedo de que me quite la vida".
        r"(?!.{0,40}?\bque me (?:vaya a )?(?:quite la vida|quitar la vida|mate|matar|corte|cortar|"
        r"haga dano|hacer dano|lastime|lastimar)\b)"
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
        r"|\b(?:una|un|la|el) (?:companer[oa]|compa|amig[oa]|vecin[oa]|roomie|alumn[oa]|senora|"
        r"senor|"
        r"clienta|cliente|muchach[oa]|chav[oa]|conocid[oa]|maestr[oa])\b.{0,40}?"
        r"\b(?:me )?(?:conto|dijo|dice|cuenta|confeso) que\b"
        # A death by overdose grieved: "la sobredosis se lo llevó".
        r"|\b(?:la|una) sobredosis se (?:lo|la|los|las) llevo\b"
        r"|\bmurio (?:de|por) (?:una )?sobredosis\b"
        # "Una señora del grupo perdió a su hijo, sobredosis."
        r"|\b(?:perdio|perdieron) a (?:su|sus) (?:\w+ )?(?:hij[oa]s?|herman[oa]s?|espos[oa]|"
        r"novi[oa]|pareja|papa|mama)\b,? (?:por |de |a )?(?:una )?(?:sobredosis|suicidio)\b"
        # Events at work, counted: "hoy tuvimos dos sobredosis".
        r"|\b(?:tuvimos|vimos|atendimos|perdimos|llegaron|llego) (?:\w+ ){0,2}(?:sobredosis|"
        r"suicidios|intentos? de suicidio)\b"
        # ...or someone brought in: "hoy llegó un chavo por sobredosis", "atendimos a un
        # muchacho con una sobredosis".
        r"|\b(?:tuvimos|vimos|atendimos|perdimos|llegaron|llego|trajeron|ingreso|ingresaron) "
        r"(?:a )?(?:\w+ ){1,3}(?:por|con) (?:una )?sobredosis\b"
        r"|\bperdi\w* a (?:su|mi|un|una) \w+(?: \w+)? (?:por|a causa de|de) (?:una )?(?:sobredosis|"
        r"suicidio)\b"
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
        # Others' crises met at work: "tuve tres chamacos con ideas suicidas", "las llamadas sobre
        # suicidio", "los casos de sobredosis".
        r"|\b(?:tuve|tuvimos|atendi|atendimos|vi|vimos|llegaron) (?:\w+ ){0,2}(?:chamac[oa]s|"
        r"alumn[oa]s|pacientes|clientes|chic[oa]s|nin[oa]s|jovenes|casos|estudiantes|muchach[oa]s|"
        r"chav[oa]s) con (?:ideas|pensamientos|intentos) (?:suicidas|de suicidio)\b"
        r"|\b(?:las |unas )?llamadas (?:sobre|de) (?:suicidio|sobredosis|autolesiones)\b"
        r"|\b(?:los |las )?(?:casos|muertes|cifras|numeros) de (?:sobredosis|suicidio)\b"
    ),
    "quote_or_title": (
        r"[\"“”«»]"
        # A song chosen for one's own wake is not a quotation.
        r"|\b(?:cancion(?! que quiero (?:en|para) mi (?:velorio|funeral|entierro))|cantaba|canta|"
        r"cantando|cantamos|pelicula|libro|serie|telenovela|novela|"
        r"protagonista|personaje|frase|"
        r"podcast|poema|album|escuadron|"
        r"prevencion|prevenir (?:el |los |la )?(?:suicidios?|autolesion\w*)|voluntari[oa]|"
        r"capacitacion|taller (?:de|sobre)|tarea (?:de (?!la casa\b)|sobre)|clase|curso|articulo|"
        r"tesis|tesina|monografia|"
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
        # A spill on oneself, not the world falling in: "se me cayó el café encima".
        r"|\bse me (?:cayo|derramo|volteo) (?:el|la|mi|los|las) (?!mundo\b|cielo\b|techo\b|"
        r"vida\b|casa\b)\w+ encima\b"
        r"|😂|🤣|💀"
    ),
}
