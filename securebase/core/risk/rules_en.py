"""English rules: phrases read in context, each naming the warning sign it listens for.

Pure module: standard library only. "Die", "kill", "cut" or "pills" on their own say nothing;
"everyone would be better off without me" says a great deal while containing none of them. The
exclusions (``unless``) encode the everyday idioms that share the words ("I'm dying to see him",
"my phone died", "I cut myself chopping onions"). Sentences arrive normalized by
``text.english_sentences``: lower case, contractions and texting shorthand spelled out.
"""

from __future__ import annotations

from securebase.core.risk.rules import (
    BURDEN,
    DEATH_WISH,
    HARM_OTHERS,
    HOPELESSNESS,
    METHOD,
    PREPARATION,
    SELF_HARM,
    SUICIDAL_THOUGHTS,
    Rule,
    rule,
)

# --- fragments ---------------------------------------------------------------------------

# Regex fragments shared by the rules. Sentences are already split, so "$" is a sentence end.
_W = r"(?:\s+[\w'-]+)"  # one more word
_END = (
    r"(?=\s*(?:[,:\-]|$|(?:honestly|tbh|lol|tonight|right now|now|today|sometimes|again|"
    r"already|anymore|any more|any longer|at all|for real|forever|for good)\b))"
)
_INTENT = (
    r"(?:want|wanted|wanting|going|urge|urges|tempted|thinking about|thought about|think about|"
    r"thinking of|thought of|feel like|felt like|need|needed|might|could|scared i will|"
    r"afraid i will|so i can|tried|try|trying|plan|planned|planning|imagine|imagined|imagining|"
    r"keep thinking about|considered|considering|close to|about to|ready to|urge to)"
)
# Narrower than _INTENT, for acts that are also ordinary mishaps ("I'm scared I'll crash the car").
_WANT = (
    r"(?:want|wanted|wanting|tempted|urge|urges|thinking about|thought about|think about|"
    r"imagine|imagined|imagining|plan|planned|planning|going|keep thinking about|fantasi[sz]e|"
    r"fantasi[sz]ing)"
)
_EVERYONE = (
    r"(?:everyone|everybody|every one|the world|world|my (?:whole )?(?:family|kids|children|"
    r"parents|friends|loved ones|mom|dad|mother|father)|they|people|all of (?:you|them)|"
    r"you all|y'all|them|the people (?:i love|around me)|their lives|everyone's lives|"
    r"everyone's life|life|things|everything|it)"
)
_GONE_STRONG = (
    r"(?:dead|died|not alive|never born|had never been born|was never born|never existed|"
    r"did not exist|did not exist anymore|killed myself|not here anymore|not around anymore|"
    r"was not alive|were not alive|was not here anymore|were not here anymore|did not wake up)"
)
_MEDS = (
    r"(?:pills?|tablets?|meds|medications?|sleeping pills|sleep meds|painkillers|pain killers|"
    r"insulin|tylenol|paracetamol|acetaminophen|ibuprofen|advil|xanax|benadryl|antidepressants|"
    r"lithium|oxy|opioids?)"
)


_TARGET = (
    r"(?:him|her|them|my ex|my ex's \w+|his (?:new )?\w+|her (?:new )?\w+|"
    r"my (?:husband|wife|boyfriend|girlfriend|partner|boss|mom|mum|dad|mother|father|brother|"
    r"sister|roommate|neighbou?r|coworker|co-worker|manager|stepdad|stepmom)|that (?:guy|girl|"
    r"woman|man|bitch|asshole|bastard)|someone|somebody|people|everyone|everybody|them both|"
    r"both of them|the (?:new )?(?:girlfriend|boyfriend|guy|girl|kids|baby))"
)
# Jokes, hyperbole and the emotional uses of "hurt" that share a threat's words.
_NOT_A_THREAT = (
    r"\b(?:lol|lmao|haha\w*|jk|just kidding|joking|kidding)\b|😂|🤣"
    r"|\b(?:feelings|emotionally|with kindness|his chances|her chances|their chances|in (?:chess|"
    r"fortnite|the game|mario kart|a game))\b"
    r"|\bby (?:leaving|telling|saying|breaking|ghosting|moving|not)\b"
    r"|\b(?:never|not|no longer|afraid of|scared of|worried about|so scared i might)"
    r"(?: \w+){0,3}? (?:kill|murder|stab|shoot|hurt|strangle|choke|beat|run over)\b"
    r"|\bif (?:he|she|they) (?:is|are|eats?|forgets?|finishes|touch\w*|spoil\w*|tells?|"
    r"leaves?|wins?|cancels?|is late)\b.{0,30}?\b(?:again|one more time|first|my)\b"
    r"|\bfor (?:a|some|one|another) (?:taco|coffee|pizza|burger|nap|beer|drink|donut|"
    r"slice|day off|vacation)\b"
)

_ACCIDENT = (
    r"\b(?:accident|accidentally|by mistake|cooking|chopping|slicing|shaving|gardening|"
    r"while (?:making|baking|cleaning|fixing)|kitchen|knife slipped|paper cut|papercut|"
    r"on (?:a|the|some|my) (?:stove|oven|pan|pot|glass|knife|paper|iron|kettle|grill|can|fence|"
    r"tray|broken|nail|radiator|toaster|curling)|"
    r"at the gym|running|skiing|climbing|hiking|playing|workout|working out|exercising|"
    r"lifting|yoga|sport|soccer|football|basketball|tennis|rehab|physio)\b"
)

RULES: tuple[Rule, ...] = (
    # --- direct statements of suicidal thinking ---
    rule(
        "kill_myself",
        SUICIDAL_THOUGHTS,
        r"\b(?:kill|kills|killing|killed|unalive|unaliving|off|offing) myself\b|\bkms\b"
        r"|\bunalive\b",
    ),
    rule(
        "suicide",
        SUICIDAL_THOUGHTS,
        r"(?<!\bnot )(?<!\bnever )(?<!\bnever been )(?<!\bnot feeling )(?<!\bnot really )"
        r"\bsuicid\w*\b(?! (?:prevention|awareness|squad|bomber|doors|mission))",
    ),
    rule(
        "end_my_life",
        SUICIDAL_THOUGHTS,
        r"\b(?:end|ending|ended|take|taking|took|finish|finishing) (?:my|my own) life\b"
        r"|\b(?:end|ending) (?:it all|everything|my suffering for good|the pain for good)\b",
    ),
    rule(
        "end_things_for_good",
        SUICIDAL_THOUGHTS,
        # "End things" is also how people talk about breakups, so it counts only with a
        # finality word and without a person or relationship it would end.
        r"\b(?:going to|gonna|want to|ready to|about to|will|decided to|plan to|planning to|"
        r"have to|need to|just) end (?:it|things|everything)(?: all)? (?:for good|tonight|"
        r"forever|once and for all|soon|now)\b",
        unless=r"\bwith\b|\b(?:relationship|marriage|engagement|friendship|lease|contract|"
        r"call|chat|conversation|job|subscription)\b",
    ),
    rule(
        "researching_heights",
        METHOD,
        r"\b(?:looked|look|looking|searched|search|searching|googled|googling|read|reading|"
        r"checked|checking|found out|find out|finding out)(?: up| about| online)? how (?:high|tall|"
        r"far down|far)(?: up)?(?: \w+){0,3} (?:bridge|building|roof|rooftop|cliff|balcony|"
        r"overpass|tower|parking (?:garage|structure)|drop)s?\b",
        unless=r"\b(?:project|homework|school|class|essay|trip|tour|visit|visiting|hike|"
        r"photos?|pictures?|architecture|engineering|view)\b",
    ),
    rule(
        "want_to_die",
        SUICIDAL_THOUGHTS,
        r"\b(?:want|wanted|wanting|wish|wished|ready|deserve|deserves|need|longing|long|"
        r"would like)(?: to| i could| i would| i was going to| i will| i can)? ?(?:just )?"
        r"die\b(?! (?:of|from|a little|laughing|inside|happy|old|with laughter|when)\b)"
        r"|\b(?:hope|hoping|pray|praying) (?:that )?i (?:just )?(?:die|will die|would die)\b",
    ),
    rule(
        "should_die",
        SUICIDAL_THOUGHTS,
        r"\bi (?:should|ought to|might as well|may as well) (?:just )?(?:die|be dead|kill)\b"
        r"|\bi (?:should not|do not deserve to) (?:be alive|live|exist|be here)\b",
    ),
    rule(
        "not_want_to_live",
        SUICIDAL_THOUGHTS,
        r"\b(?:do not|did not|does not|never|no longer|not)(?: [\w']+){0,3}? (?:want|wanted|"
        r"wanting) to (?:be alive|exist|stay alive|keep living|go on living|be here anymore|"
        r"be around anymore|be here any longer|be on this earth|be in this world)\b"
        r"|\b(?:do not|did not|no longer|not) (?:really )?(?:want|wanted|wanting) to live\b"
        r"(?! (?:in|with|near|at|there|here|together|alone|abroad|on|by|somewhere|close|"
        r"like (?:that|them|him|her)|next|far|so far)\b)",
    ),
    rule(
        "thinking_of_not_being",
        SUICIDAL_THOUGHTS,
        r"\b(?:think|thinking|thought|dream|dreaming|fantasi[sz]e|fantasi[sz]ing) (?:about|of) "
        r"(?:not (?:being (?:here|alive|around)|existing|waking up)|dying|death|my death|"
        r"ending (?:it|things) for good|not being in this world)\b",
    ),
    rule(
        "unafraid_of_death",
        SUICIDAL_THOUGHTS,
        r"\b(?:not|no longer|never) (?:really |even )?(?:scared|afraid|frightened|fearful) "
        r"(?:of|to) (?:dying|death|die|being dead)(?: (?:anymore|any more|now))?\s*(?:,|$)",
    ),
    rule(
        "rather_be_dead",
        SUICIDAL_THOUGHTS,
        r"\b(?:rather|prefer to|prefer) (?:be dead|die|not exist|not be alive|not be here)"
        r"(?:" + _END + r"| than (?:live|be alive|go on|keep (?:going|living)|wake up|feel|face|"
        r"keep feeling|be me|be here))",
    ),
    # --- wishing not to be alive, without a stated intent ---
    rule(
        "wish_dead",
        DEATH_WISH,
        r"\b(?:wish|wished|wishing|hope|hoping) (?:that )?i (?:was|were|would be|could be|had been|"
        r"am) (?:dead|gone forever|never born|not alive|not here anymore)\b"
        r"|\b(?:wish|wished|wishing) i (?:had never|never|was never|were never|had not) "
        r"(?:been born|existed|woken up|woke up)\b",
    ),
    rule(
        "not_wake_up",
        DEATH_WISH,
        r"\b(?:go|going|went|fall|falling) to sleep (?:and|&) (?:never|not|would not|will not) "
        r"wake up\b"
        r"|\b(?:hope|hoping|wish|wishing|pray|praying) (?:that )?i (?:do not|never|will not|"
        r"would not|did not|wo not) wake up\b"
        r"|\b(?:do not|did not|never) (?:want|wanted|wanting) to wake up\b"
        r"|\bsleep forever\b|\bnever wake up\b"
        r"|\b(?:what if|if only|maybe if|imagine if) i (?:just |simply )?"
        r"(?:did not|never|would not|will not|could not) wake up\b"
        r"|\b(?:would not|do not|did not) (?:mind|care) if i (?:did not|never) wake up\b",
    ),
    rule(
        "easier_not_to_be",
        DEATH_WISH,
        r"\b(?:easier|better|simpler|a relief|nicer|kinder) (?:to|if i|if i could|if i would) "
        r"(?:just )?(?:not|never|no longer) (?:wake up|be here|exist|be alive|be around)\b"
        r"|\b(?:easier|better|simpler|a relief) (?:to|if i) (?:just )?(?:die|died|end it all|"
        r"disappear forever|be dead|was dead|were dead)\b",
    ),
    rule(
        "would_not_mind_dying",
        DEATH_WISH,
        r"\b(?:would not|do not|did not|would never|wouldn't) (?:mind|care) if i (?:died|was dead|"
        r"were dead|got hit|got killed|did not make it|was gone|disappeared)\b"
        r"|\bif i died (?:tomorrow|today|tonight|in my sleep|right now)\b",
    ),
    rule(
        "hope_something_kills_me",
        DEATH_WISH,
        r"\b(?:hope|hoping|wish|wishing|pray|praying) (?:that )?(?:a|an|some|the|something|"
        r"someone|somebody)?" + _W + r"{0,3} (?:would |will |just )?(?:hits?|kills?|runs? over|"
        r"takes?|crash(?:es)?(?: and takes)?) (?:me|with me)\b",
    ),
    rule(
        "disappear_forever",
        DEATH_WISH,
        r"\b(?:want|wanted|wanting|wish|wished|wishing|long|longing|need) (?:to |i could |i would |"
        r"i can )?(?:just |simply )?(?:disappear|vanish|fade away)"
        r"(?: (?:forever|for good|permanently|from (?:this|the) (?:world|earth|planet)|"
        r"off the face of the earth|and (?:never|not) (?:come back|return|wake up|be found))|"
        r"\s*(?:,|$))"
        r"|\b(?:want|wanted|wish|wished|wishing) (?:to |i could |i would )?(?:just )?"
        r"(?:stop existing|cease to exist|not exist|not be alive|be dead)\b",
    ),
    rule(
        "better_off_dead",
        DEATH_WISH,
        r"\bbetter off dead\b|\bbetter dead\b"
        r"|\bi (?:am|would be|will be|would|might be|might as well be)(?: \w+)? better off "
        r"(?:gone|not here|not alive|not existing|not around|in the ground)\b(?! from\b)",
    ),
    # --- feeling a burden, the world better without them ---
    rule(
        "better_off_without_me",
        BURDEN,
        r"\b" + _EVERYONE + _W + r"{0,4}? (?:be |been )?(?:so |much |a lot |all )*"
        r"(?:better|happier|easier|lighter)(?: off| place)? without me\b"
        r"|\b(?:better|happier|easier)" + _W + r"{0,4}? if i (?:was|were|am|had|did|never|"
        r"just|was just)?\s?" + _GONE_STRONG + r"\b"
        r"|\b" + _EVERYONE + _W + r"{0,4}? (?:better|happier|easier)" + _W + r"{0,3}? if i"
        r"(?: (?:just|really|simply|was|were|am|no longer))* (?:gone|not here|not around|"
        r"disappeared|did not exist|left for good)\b",
    ),
    rule(
        "doing_everyone_a_favour",
        BURDEN,
        r"\b(?:do|doing|did|done) (?:everyone|everybody|the world|my family|them|you all|"
        r"all of (?:you|them)|people)(?: \w+)? a (?:favou?r|kindness|service) (?:by|if i) "
        r"(?:just )?(?:disappearing|dying|died|disappeared|not being (?:here|around|alive)|"
        r"being gone|killing myself|killed myself|ending it|leaving (?:forever|for good))\b",
    ),
    rule(
        "burden",
        BURDEN,
        r"\bburden (?:to|on|for) (?:everyone|everybody|all of (?:you|them)|all|the world|"
        r"my (?:whole )?(?:family|friends|kids|children|parents|loved ones)|the people|"
        r"those around me|everyone around me|everybody around me)\b"
        r"|\b(?:i am|i feel like|i feel like i am|i have become|i have always been|"
        r"i will always be|i am only|i am just)(?: \w+){0,2} "
        r"(?:burden|waste of (?:space|oxygen|air|a life))" + _END,
    ),
    rule(
        "nobody_would_miss_me",
        BURDEN,
        r"\b(?:no one|nobody|no-one|noone|not one person|not a single person|not a soul)"
        + _W
        + r"{0,3}? (?:miss|notice|care|cry|come to my funeral)(?: \w+){0,2}? if i (?:died|was gone|"
        r"were gone|disappeared|was not here|were not here|was not around|were not around|"
        r"killed myself|did not wake up|was dead|were dead|ended it|never came back)\b"
        r"|\b(?:no one|nobody|no-one|noone|not one person|not a single person|not a soul)"
        + _W
        + r"{0,3}? (?:miss me|notice i am gone|notice i was gone|notice if i was gone|"
        r"come to my funeral|cry at my funeral|care if i (?:die|died|am gone|am dead))\b",
    ),
    # --- hopelessness: no reason to go on ---
    rule(
        "no_reason_to_live",
        HOPELESSNESS,
        r"\b(?:no|any|lost (?:my|the|all)|without a|without any|cannot find a|can not find a|"
        r"not one) (?:real |good |single )?reasons? (?:left )?(?:for me |for anyone )?"
        r"(?:to|for) (?:live|living|go on|going on|keep going|stay alive|staying alive|"
        r"be alive|being alive|wake up|get up|be here|keep living)\b"
        r"|\bnothing (?:left )?to live for\b",
    ),
    rule(
        "no_point_living",
        HOPELESSNESS,
        r"\b(?:no|not any|what is the|what's the|whats the|what was the|not much|see no|"
        r"do not see the|do not see any) point (?:in |of |to )?(?:me |my )?"
        r"(?:living|life|being alive|going on|existing|anything anymore|it all|waking up|"
        r"trying anymore|being here)\b"
        r"|\b(?:life|my life|living|being alive)" + _W + r"{0,2}? (?:is|feels|seems) "
        r"(?:not worth (?:living|it)|pointless|meaningless|worthless)\b"
        r"|\bnot worth living\b",
    ),
    rule(
        "cannot_go_on",
        HOPELESSNESS,
        r"\bcan not (?:go on|keep going|carry on|do life)(?: (?:anymore|any more|any longer))?"
        r"\s*(?:,|$)"
        r"|\bcan not (?:go on|keep|carry on) (?:living|being alive|existing)\b"
        r"|\b(?:tired|sick|exhausted|weary) of (?:living|being alive|life|existing|"
        r"being here|waking up)\b"
        r"|\bdone (?:with )?(?:living|life|being alive|existing)\b"
        r"|\bi am (?:so |just |really |completely |totally )*done with (?:everything|it all|"
        r"all of it)\s*(?:,|$)"
        r"|\b(?:can not|do not|no longer|never) see (?:a|any) future(?: for (?:myself|me))?"
        r"(?:\s*(?:,|$)| at all| anymore| any more)"
        r"|\bthere is no future for me\b",
    ),
    rule(
        "something_drastic",
        SUICIDAL_THOUGHTS,
        r"\b(?:going to|might|about to|afraid i will|scared i will|worried i will|could|will|"
        r"want to) do something (?:stupid|drastic|dangerous|i (?:will|would|can not) (?:regret|"
        r"undo))" + _END + r"|\bdo something (?:drastic|permanent|final)\b",
    ),
    rule(
        "want_it_all_to_end",
        HOPELESSNESS,
        r"\b(?:want|need|wish)(?: for)? (?:it all|everything|all of it|the pain|this pain|life)"
        r"(?: \w+){0,2}? to (?:end|stop|be over)(?: (?:forever|for good|permanently))?"
        r"(?:\s*(?:,|$)| forever| for good| permanently)"
        r"|\b(?:death|dying|suicide|ending it|not being here) (?:is|feels like|seems like|is "
        r"really) (?:the|my) only (?:way out|option|answer|choice|escape)\b"
        r"|\bonly (?:way out|escape|option) is (?:to die|death|dying|to end it|ending it)\b"
        r"|\b(?:want|need|wish) (?:my life|this life|it all|everything|all of it|life) "
        r"(?:to be )?over\b"
        r"|\bhate (?:my life|being alive|living|existing)\b.{0,30}?\bwant (?:it|this|it all) "
        r"(?:to be )?over\b"
        r"|\b(?:want|wanted|need) to end it(?:\s*$| tonight| now| today| for good| forever|"
        r" permanently)",
    ),
    # --- means and methods: planning, research, access ---
    rule(
        "how_many_pills",
        METHOD,
        r"\bhow (?:many|much)" + _W + r"{0,3}? " + _MEDS + r"\b",
        unless=(
            r"\bfor (?:a |my |the |this )?(?:headaches?|migraines?|colds?|flu|fevers?|cramps|"
            r"period|back|tooth|toothache|allergies|hangover|sore)\b|\bprescribed\b|"
            r"\bper day\b|\bsupposed to\b|\bdoctor (?:said|told)|\bpharmacist\b"
        ),
    ),
    rule(
        "lethal_dose",
        METHOD,
        r"\b(?:lethal|fatal|deadly|toxic) (?:dose|amount|overdose|quantity)\b"
        r"|\boverdos\w*|\b(?:" + _INTENT + r")" + _W + r"{0,2}? o\.?d\b|\bo\.?d(?:ing|ed)? on\b",
    ),
    rule(
        "bleed_out",
        METHOD,
        r"\bbleed(?:ing)? out\b|\bbled out\b"
        r"|\bhow long (?:it takes|does it take|would it take|it would take|until) (?:to |you |"
        r"someone |a person )?(?:die|drown|bleed|suffocate|overdose|pass out and die)\b",
    ),
    rule(
        "stockpiling",
        METHOD,
        r"\b(?:stockpil\w*|hoard\w*|stash\w*|sav(?:e|ed|ing) up|collect(?:ing|ed)|"
        r"squirrel(?:l?ing|l?ed)? away|putting aside|put aside|saving)"
        r"(?: all)?(?: of)?(?: my| the| these| those)?(?: old)? " + _MEDS + r"\b"
        r"|\b(?:counting|counted|lining up|lined up|staring at|stared at)(?: all)?(?: of)?"
        r"(?: my| the| these| those)?(?: \w+)? " + _MEDS + r"\b"
        r"|\b" + _MEDS + r"\b" + _W + r"{0,8}? (?:counting|counted|count) them\b",
    ),
    rule(
        "took_many_pills",
        METHOD,
        r"\b(?:took|take|taking|swallowed|swallow|swallowing|downed|down)"
        + _W
        + r"{0,2}? (?:all|a whole bottle|the whole bottle|a bottle|the bottle|a handful|handfuls|"
        r"a bunch|too many|a lot|all the rest|the rest|every one)(?: of)?(?: my| the| those| "
        r"these)?(?: \w+)? " + _MEDS + r"\b",
    ),
    rule(
        "jumping",
        METHOD,
        r"\b(?:jump|jumping|jumped|throw myself|throwing myself|threw myself|leap|leaping) "
        r"(?:off|from)(?: of)? (?:a|the|my|that|this)?" + _W + r"{0,2}? (?:bridge|roof|rooftop|"
        r"building|balcony|cliff|overpass|parking (?:garage|structure)|window|tower|ledge)\b"
        r"|\b(?:jump|jumping|jumped|step|stepping|stepped|throw myself|throwing myself|"
        r"threw myself|walk|walking|lie down|lying down) (?:in front of|under|onto) (?:a|the)?"
        + _W
        + r"{0,2}? (?:train|bus|car|truck|traffic|tracks|subway|lorry)\b",
    ),
    rule(
        "driving_into",
        METHOD,
        r"\b" + _INTENT + _W + r"{0,3}? (?:drive|driving|drove|crash|crashing|swerve|swerving|"
        r"steer|steering)" + _W + r"{0,3}? (?:into|off)" + _W + r"{0,3}? (?:wall|tree|traffic|"
        r"oncoming|bridge|cliff|road|pole|barrier|lake|river|ocean|truck)\b"
        r"|\b(?:drive|drove|crash|crashed|swerve|swerved)" + _W + r"{0,4}? on purpose\b"
        r"|\b" + _WANT + _W + r"{0,3}? (?:crash|crashing|wreck|wrecking|total|totalling|totaling) "
        r"(?:my|the) car\b",
    ),
    rule(
        "hanging_and_other_means",
        METHOD,
        r"\b(?:hang|hanging|hung) myself\b|\bnoose\b"
        r"|\b(?:slit|slash|slitting|slashing|cut|cutting) (?:my|both) wrists\b"
        r"|\b(?:shoot|shooting|shot) myself\b|\bgun (?:to|against|in) my (?:head|mouth|temple)\b"
        r"|\b(?:buy|bought|get|got|getting|buying|borrow|borrowing) a (?:gun|pistol|firearm)\b"
        r"|\b(?:drown|drowning|suffocate|suffocating|poison|poisoning|gas|gassing|electrocute|"
        r"strangle|strangling|starve|starving) myself\b"
        r"|\bset myself on fire\b"
        r"|\b(?:bought|buy|buying|got|get|getting|keep|keeping|kept|hid|hide|hiding|stash\w*|"
        r"have) (?:some |new |more |a pack of |a box of |my |the )?(?:razor ?blades|blades)\b"
        r"(?! for\b)",
    ),
    rule(
        "researching_ways",
        METHOD,
        r"\b(?:painless|quickest|quick|easiest|easy|best|surest|peaceful) (?:ways?|methods?|"
        r"means) (?:to|of) (?:die|dying|go|end it|kill)\b"
        r"|\b(?:ways|methods|how) to (?:die|kill myself|end my life|end it all|commit|"
        r"overdose|not wake up|hang)\b(?! (?:well|with dignity|happy)\b)"
        r"|\b(?:have|made|make|making|got|came up with|worked out) (?:a|the|my) (?:plan|plans|"
        r"date|time|method) (?:to|for) (?:die|dying|kill myself|end (?:it all|my life|"
        r"everything)|my death)\b"
        r"|\b(?:know|knew|figured out|thought about|decided|planned|worked out|picked|chosen|"
        r"chose)" + _W + r"{0,2}? (?:how|when|where) i (?:would|will|am going to|could|want to|"
        r"might|will) (?:do it|end it|die|kill myself|end it all)\b",
    ),
    # --- preparation and farewell ---
    rule(
        "goodbye_notes",
        PREPARATION,
        r"\b(?:goodbye|good-bye|good bye|farewell|final|last) (?:letters?|notes?|messages?|texts?|"
        r"videos?|emails?) (?:to|for) (?:everyone|everybody|all of (?:you|them)|the people i love|"
        r"my (?:whole )?(?:family|kids|children|parents|friends|mom|dad|mum|mother|father|sister|"
        r"brother|loved ones|partner|wife|husband))\b"
        r"|\b(?:wrote|written|writing|write|left|leave|leaving) (?:a|my|some) (?:notes?|letters?)"
        + _W
        + r"{0,4}? (?:in case|for when|for after|for if) (?:something happens|anything happens|"
        r"i am gone|i die|i am not here|i do not make it)\b"
        r"|\b(?:saying|said|say|made) my goodbyes\b|\bgoodbye (?:forever|world|cruel world)\b"
        r"|\bgoodbye everyone" + _END,
    ),
    rule(
        "giving_things_away",
        PREPARATION,
        r"\b(?:giving|give|gave|given|handing|hand|handed) away (?:all )?(?:of )?my "
        r"(?:things|stuff|belongings|possessions|everything|pets?|cats?|dogs?|"
        r"favou?rite things)\b"
        r"|\b(?:put|putting|get|getting|got) (?:all )?my affairs in order\b"
        r"|\b(?:my will|my passwords|my life insurance|my bank details)\b.{0,40}?"
        r"\bjust in case\b"
        r"|\b(?:decided|deciding|sorting out|sorted out|choosing) who gets my (?:things|stuff|cat|"
        r"dog|pets?)\b",
        unless=(
            r"\b(?:moving|move|moved|declutter\w*|donat\w*|thrift|goodwill|garage sale|"
            r"yard sale|charity|make space|making space|more space|kondo|minimalis\w*|"
            r"when i die|in my will|someday|one day)\b"
        ),
    ),
    rule(
        "not_around_much_longer",
        PREPARATION,
        r"\b(?:will not|am not going to|not going to|may not|might not) be (?:around|here|alive)"
        r"(?: \w+)? (?:much longer|for (?:much )?long|anymore|any longer|to see (?:it|another|"
        r"next|christmas|my birthday))\b"
        r"|\b(?:will not|never|no one will|nobody will) (?:have to|need to) worry about me "
        r"(?:again|anymore|any longer|much longer|ever again)\b"
        r"|\blast (?:night|day|week) (?:alive|on earth|of my life)\b"
        r"|\bby the time (?:you|anyone|someone|they|somebody|people|he|she)" + _W + r"{0,2}? "
        r"(?:read|reads|find|finds|see|sees|get|gets) (?:this|these|my)" + _W + r"{0,4}? "
        r"(?:gone|dead|not here|no longer|be over|not alive)\b",
    ),
    rule(
        "when_i_am_gone",
        PREPARATION,
        r"\b(?:when|after|once|if) i am (?:dead|no longer alive|no longer here|not alive)\b"
        r"|\b(?:when|after|once) i am gone\b(?! (?:for|on|to|from|at|this|next|tomorrow|all day|"
        r"away|out|overnight|abroad|until|till|traveling|travelling|over|during|camping|"
        r"visiting|with|back|home)\b)",
    ),
    rule(
        "own_funeral",
        PREPARATION,
        r"\b(?:imagine|imagining|imagined|picture|picturing|pictured|think about|thinking about|"
        r"thought about|planning|plan|planned|dream about|dreaming about)" + _W + r"{0,3}? "
        r"my (?:own )?(?:funeral|death|memorial|obituary)\b",
    ),
    # --- self-harm ---
    rule(
        "self_harm_words",
        SELF_HARM,
        r"\bself[ -]?(?:harm\w*|injur\w*|mutilat\w*|destruct(?:ing|ed)? on purpose)|\bnssi\b",
    ),
    rule(
        "cutting_or_burning_myself",
        SELF_HARM,
        r"\b(?:cut|cuts|cutting|burn|burns|burned|burnt|burning|carve|carved|carving|harm|harmed|"
        r"harming|mutilate|mutilated|injure|injured|injuring)"
        r" myself\b",
        unless=_ACCIDENT,
    ),
    rule(
        "intent_to_hurt_myself",
        SELF_HARM,
        r"\b" + _INTENT + _W + r"{0,3}? (?:hurt|hurting|harm|harming|hit|hitting|punch|punching|"
        r"scratch|scratching|bite|biting|cut|cutting|burn|burning|injure|injuring|punish|"
        r"punishing|bruise|bruising) myself\b(?! (?:by|with) (?:going|texting|checking|"
        r"staying|looking|thinking|calling|reading|scrolling|waiting)\b)"
        r"|\b(?:hurt|hurting|hurts|harm|harming|hit|hitting|punch|punching|scratch|scratching|"
        r"scratched|bite|biting|bit|bruise|bruised|injure|injuring|injured|pinch|pinching|"
        r"slap|slapping|slapped|bang|banging|banged) (?:myself|my (?:arms?|legs?|head|wrists?|"
        r"thighs?|skin|stomach|face))" + _W + r"{0,3}? (?:on purpose|deliberately|intentionally|"
        r"until (?:it|they|i) (?:bleeds?|bled|bruised?|hurts?|hurt|broke)|until i bleed|"
        r"so hard|to feel (?:something|better|real|anything|in control)|to punish|as punishment)\b",
    ),
    rule(
        "self_harm_with_instrument",
        SELF_HARM,
        r"\b(?:cut|cutting|scratch|scratched|scratching|carve|carved|carving|burn|burned|burnt|"
        r"burning|stab|stabbed|stabbing|poke|poked|poking|pierce|pierced) (?:myself|my (?:arms?|"
        r"legs?|wrists?|thighs?|skin|stomach|hips?|hands?|ankles?))"
        + _W
        + r"{0,2}? with (?:a |my |"
        r"the |some )?(?:pin|safety pin|needle|razor|blade|knife|scissors|compass|lighter|"
        r"cigarette|glass|shard|sharpener|paperclip|nail file)\b"
        r"|\b(?:cut|cutting|scratch|scratched|scratching|burn|burned|burnt|burning|hit|hitting|"
        r"punch|punched|bite|bit|biting|pinch|pinched) (?:myself|my (?:arms?|legs?|wrists?|"
        r"thighs?|skin|stomach|hips?|hands?|head|face))" + _W + r"{0,5}? to (?:calm (?:myself )?"
        r"down|cope|numb|feel (?:something|better|real|anything|in control)|punish myself|"
        r"stop (?:the|my) thoughts|get through)\b",
        unless=_ACCIDENT,
    ),
    rule(
        "cutting_again",
        SELF_HARM,
        r"\b(?:been|started|start|starting|began|keep|kept|went back to|back to|relapsed|"
        r"relapsing|stop|stopped|quit|urge|urges|resist|resisted) (?:on |into )?(?:cutting|burning)"
        r"(?: myself)?(?: again)?\s*(?:,|$|again\b|last night|tonight|today)"
        r"|\b(?:i|i have|i had) (?:cut|burned|burnt) again\b"
        r"|\b(?:been|started|start|starting|began|keep|kept|went back to|back to|relapsed|"
        r"relapsing) (?:hurting|harming|hitting|punching|scratching|burning|cutting|bruising) "
        r"myself\b(?! (?:by|with|over|emotionally|mentally|when i|every time i|trying)\b)"
        r"|\brelapsed (?:on|into|with) (?:cutting|self[ -]?harm|sh)\b",
    ),
    rule(
        "until_it_bleeds",
        SELF_HARM,
        r"\b(?:punch|punched|punching|hit|hitting|scratch|scratched|scratching|pick|picked|"
        r"picking|bite|bit|biting|bang|banged|banging|pull|pulled|pulling|pinch|pinched|pinching)"
        + _W
        + r"{0,4}? (?:until|till|til) (?:my (?:knuckles|hands?|skin|arms?|legs?|wrists?|nails?|"
        r"lips?|fingers?|scalp|head|face)|it|they|i) (?:\w+ )?(?:bled|bleed|bleeds|bruised|bruise|"
        r"bruises|broke|split|was raw|were raw)\b",
    ),
    rule(
        "hiding_marks",
        SELF_HARM,
        r"\b(?:hide|hiding|hid|cover|covering|covered|conceal|concealing)(?: up)?"
        r"(?: the| my| these| those| all the)?(?: fresh| new| old)? (?:cuts|scars|marks|burns|"
        r"bruises|wounds)\b"
        r"|\b(?:no one|nobody|people|anyone|he|she|they) (?:can |will |would )?(?:sees?|notices?|"
        r"finds?|asks? about) (?:the|my)(?: fresh| new)? (?:cuts|scars|burns|marks|wounds)\b"
        r"|\b(?:fresh|new|deep) (?:cuts|burns|wounds|scars) on my (?:arms?|wrists?|legs?|thighs?|"
        r"stomach|hips?|skin)\b",
    ),
    # --- threats to harm someone else (answered with emergency resources) ---
    rule(
        "threat_to_harm",
        HARM_OTHERS,
        r"\b(?:want|wanted|wanting|going|will|plan|planning|planned|thinking about|think about|"
        r"thought about|fantasi[sz]e about|fantasi[sz]ing about|imagine|imagining|ready|tempted|"
        r"urge|need|swear|about|decided|could|would)" + _W + r"{0,2}? "
        r"(?:kill|murder|stab|shoot|strangle|choke|hurt|beat up|run over|poison|attack) "
        + _TARGET
        + r"\b"
        r"|\b(?:break|smash|slit) (?:his|her|their) (?:neck|legs?|face|jaw|arms?|skull|throat)\b"
        r"|\b(?:kill|murder|stab|shoot|strangle|choke) " + _TARGET + r"(?: tonight| tomorrow| "
        r"today| when| if| and| before| for what)\b",
        unless=_NOT_A_THREAT,
    ),
    rule(
        "weapon_and_target",
        HARM_OTHERS,
        r"\b(?:gun|pistol|rifle|knife|bat)\b.{0,50}?\b(?:to|at|into|outside) (?:his|her|their) "
        r"(?:house|place|work|job|office|apartment|school|wedding|door)\b"
        r"|\b(?:his|her|their) (?:house|place|work|job|office|apartment|school|wedding)\b"
        r".{0,50}?\b(?:gun|pistol|rifle|knife|bat)\b"
        r"|\b(?:bought|buy|buying|got|get|getting|loaded|load|bring|bringing|brought|took|take|"
        r"taking) (?:a|my|the|his|dad's|my dad's) (?:gun|pistol|rifle)\b.{0,40}?\b"
        + _TARGET
        + r"\b",
        unless=_NOT_A_THREAT,
    ),
)
