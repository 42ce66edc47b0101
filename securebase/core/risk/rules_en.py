"""English rules: phrases read in context, each naming the warning sign it listens for.

Pure module: standard library only. "Die", "kill", "cut" or "pills" on their own say nothing;
"everyone would be better off without me" says a great deal while containing none of them. The
exclusions (``unless``) encode the everyday idioms that share the words ("I'm dying to see him",
"my phone died", "I cut myself chopping onions"). Sentences arrive normalized by
``text.english_sentences``: lower case, contractions and texting shorthand spelled out.
"""

from __future__ import annotations

from securebase.core.risk import signs
from securebase.core.risk.rules import NOT_JOKING, SHOW_EPISODE, WORD, Rule, rule

# --- fragments ---------------------------------------------------------------------------

# Regex fragments shared by the rules. Sentences are already split, so "$" is a sentence end.
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
    r"parents|friends|loved ones|mom|dad|mother|father|son|daughter)|they|people|"
    r"all of (?:you|them)|"
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
    r"lithium|oxy|opioids?|seroquel|klonopin|ambien|percocet|vicodin|norco|trazodone)"
)


_TARGET = (
    r"(?:him|her|them|my ex|my ex's \w+|his (?:new )?\w+|her (?:new )?\w+|"
    r"my (?:husband|wife|boyfriend|girlfriend|partner|boss|mom|mum|dad|mother|father|brother|"
    r"sister|roommate|neighbou?r|coworker|co-worker|manager|stepdad|stepmom)|that (?:guy|girl|"
    r"woman|man|bitch|asshole|bastard)|someone|somebody|people|everyone|everybody|them both|"
    r"both of them|the (?:new )?(?:girlfriend|boyfriend|guy|girl|kids|baby)|"
    # Someone named by what they did: "the teacher who failed my son".
    r"the (?:teacher|coach|principal|landlord|neighbou?r|doctor|nurse|cop|officer|judge|lawyer|"
    r"manager|boss|lady|dude|man|woman) (?:who|that)\b)"
)
# A move, a deployment or a new job far away, which also makes for last memories and missed
# birthdays.
_MOVING_AWAY = (
    r"\b(?:deploy\w*|overseas|abroad|moving|move away|moved|relocat\w*|new job|prison|"
    r"locked up|the move|before (?:i|we) (?:leave|left|go|went))\b"
)
# Skin scratched raw by eczema, a rash or bites; a razor taken to the legs to shave; a knife in
# the kitchen or scissors to one's hair.
_SCRATCHED_OR_GROOMED = (
    r"\b(?:eczema|rash|hives|allerg\w*|mosquito\w*|poison ivy|chicken ?pox|psoriasis|dry skin|"
    r"bug bites|shav\w*|(?:before|for) the beach|bikini|wax\w*|cooking|kitchen|chopping|slicing|"
    r"my bangs|my hair|split ends|trim\w*|accidentally|by accident)\b"
)
# The marks of a joke.
_JOKING = r"\b(?:lol|lmao|haha\w*|jk|just kidding|joking|kidding)\b|😂|🤣"
# Jokes, hyperbole and the emotional uses of "hurt" that share a threat's words.
_NOT_A_THREAT = (
    _JOKING
    + r"|\b(?:feelings|emotionally|with kindness|his chances|her chances|their chances|in (?:chess|"
    r"fortnite|the game|mario kart|a game)|if looks could kill)\b"
    r"|\bby (?:leaving|telling|saying|breaking|ghosting|moving|not)\b"
    r"|\b(?:never|not|no longer|afraid of|scared of|worried about|so scared i might)"
    # The "not" must reach the act without a new subject between: not "i did not sleep i will
    # kill him", typed without a comma.
    r"(?: (?!i\b|he\b|she\b|they\b|we\b)\w+){0,3}? (?:kill|murder|stab|shoot|hurt|strangle|choke|"
    r"beat|run over)\b"
    # A trivial offence, not a touch: "if she touches my fries", not "if he touches me again".
    r"|\bif (?:he|she|they) (?:\w+ )?(?:is late|eats?|ate|forgets?|finish\w*|touch\w* my|"
    r"borrows?|steals?|uses? my|wears? my|"
    r"spoil\w*|tells?|leaves?|wins?|cancels?|texts?|calls?|chews?|takes? my)\b"
    r"|\bif my \w+ (?:\w+ )?(?:eats?|ate|finish\w*|borrows?|uses? my|wears? my|takes? my)\b"
    r"|\bfor (?:eating|taking|using|borrowing|breaking|spoiling|finishing|drinking|losing|"
    r"touching|stealing|wearing) (?:my|the|our|all)\b"
    r"|\bfor (?:a|some|one|another) (?:taco|coffee|pizza|burger|nap|beer|drink|donut|"
    r"slice|day off|vacation)\b"
    # Wanting something badly: "I would kill someone for Taylor Swift tickets".
    r"|\b(?:kill|murder|fight) (?:someone|somebody|anyone|a man|a person) for (?:\w+ ){0,3}?"
    r"(?:tickets?|a seat|a parking spot|a table|a reservation|front row|a nap|sleep|"
    r"air conditioning|wifi|a raise)\b"
    # Someone else's fear of their own partner: "my cousin is scared her ex will kill her".
    r"|\b(?:scared|afraid|terrified|worried) (?:that )?(?:her|his|their) (?:ex|husband|wife|"
    r"boyfriend|girlfriend|partner|dad|father|stepdad) (?:will|is going to|might|would)\b"
    # The hurt a thing or a truth would do: "if i told him, it would really hurt him".
    r"|\b(?:it|that|this|the truth|the news|hearing (?:it|that)|knowing (?:it|that)) (?:would|"
    r"could|will|might) (?:really |so |probably |just |only |deeply )?hurt (?:him|her|them)\b"
    r"(?! (?:with|physically|bad)\b)"
)

# Moving house is everyday, and so is moving on; not when the one moving on is someone the
# writer will not be there to see ("I won't be around to see you move on").
_MOVING = (
    r"(?:moving|move|moved)(?! on\b)"
    r"|(?<!\byou )(?<!\bhim )(?<!\bher )(?<!\bthem )(?<!\beveryone )(?:moving|move|moved) on"
)

# Goodbyes said at work, where people leave for a new job: "writing goodbye notes to all my
# regulars, friday is my last shift". Not coworkers named among family ("letters for my kids and
# my coworkers").
_WORKPLACE_GOODBYE = r"last shift|my regulars|the regulars"

# A will that is a document, not will power.
_WILL = r"will\b(?! ?power)"
# Not an absence with an end: "my boss would be relieved if i was gone for the week", but "if i
# was gone for good".
_FOR_A_WHILE = r"(?! (?:for(?! good\b| ever\b)|on|all|this|next|by|to|at|during|from|until)\b)"
# A means and a time chosen together, in either order: "the bridge and the date".
_MEANS_CHOSEN = r"(?:bridge|building|rooftop|overpass|cliff|method|pills|rope|gun)"
_WHEN_CHOSEN = r"(?:date|day|night|time)"

_ACCIDENT = (
    r"\b(?:accident|accidentally|by mistake|cooking|chopping|slicing|shaving|shave|shaved|"
    r"bikini|waxing|(?:before|for) the beach|gardening|"
    r"while (?:making|baking|cleaning|fixing)|kitchen|knife slipped|paper cut|papercut|"
    r"on (?:a|the|some|my) (?:stove|oven|pan|pot|glass|knife|paper|iron|kettle|grill|can|fence|"
    r"tray|broken|nail|radiator|toaster|curling|waffle|panini|sandwich press)|"
    # A tool for hair or crafts that burns by mishap: "burned my arm with the curling iron"; not
    # "...again", nor as a punishment deserved.
    r"with (?:a|the|my) (?:curling iron|curling wand|flat ?iron|straightener|hair straightener|"
    r"glue gun|hot glue gun|soldering iron)(?!.{0,30}\b(?:again|deserve\w*|punish\w*|after "
    r"(?:he|she|they|my ex) (?:blocked|left|ignored|unfollowed|dumped|ghosted|cheated|broke up|"
    r"stopped))\b)|"
    r"at the gym|running|skiing|climbing|hiking|playing|workout|working out|exercising|"
    r"lifting|yoga|sport|soccer|football|basketball|tennis|rehab|physio)\b"
)

# "I want to die, I sent a heart emoji to my boss": a mishap told right after the words makes
# them embarrassment, not intent.
_MISHAP = (
    r"\b(?:want to die|wanna die|kill me)\s*,?\s*(?:i (?:just |accidentally |literally )?"
    r"(?:sent|said|called|texted|tripped|fell|wore|forgot|waved|liked|replied|spilled|walked|"
    r"dropped|sang|snorted|laughed|cried in front)|my (?:mom|dad|boss|crush|teacher) (?:saw|"
    r"found|read|heard|walked in))\b"
)

# A room, a piece of furniture or a gadget is a "waste of space" too; named beside those words,
# not anywhere in the sentence ("I'm the problem in every room").
_THINGS = (
    r"(?:garage|closet|room|basement|attic|desk|couch|sofa|treadmill|furniture|drawer|shelf|"
    r"cabinet|car|storage|app|printer|tv|bike|kitchen|bathroom|parking|building|mall|dresser|"
    r"piano|machine|gadget|fridge|yard|pool|hallway|island|bookcase|armchair|recliner|stuff|junk|"
    r"boxes)"
)
_THING_WASTE = (
    r"|\b(?:this|that|the|these|those|it|our|his|her|their) (?:\w+ ){0,3}?(?:is|are|was|were|"
    r"feels like) (?:just |such |a |total |complete |kind of |honestly |really )*waste of "
    r"space\b"
    rf"|\b{_THINGS}\b(?=.{{0,40}}?\bwaste of space\b)"
    rf"|\bwaste of space\b.{{0,20}}?\b{_THINGS}\b"
)
# Marks on someone else's body, which excuse the rules about hidden marks: "my roommate has been
# hiding burns on her arm".
_ON_SOMEONE_ELSE = r"\bon (?:her|his|their) (?:arms?|wrists?|legs?|thighs?|stomach|skin|body)\b"
# Water that could take the writer: wished for ("hoped the current would win") or let do it.
_WATER_THAT_TAKES = r"(?:current|waves?|ocean|sea|tide|water|river|undertow|riptide|rip current)"

# --- danger from someone else: first, so the words of a threat or a blow the writer received
# are not read as a sign about themselves (answered with 911 and the domestic violence
# hotline) ---

# Who may threaten or hurt the writer: a partner, an ex, a relative, someone in the home or
# someone following them. Not a child ("my son kicked me in his sleep").
# A partner or an ex.
_PARTNER = r"(?:ex|husband|wife|hubby|boyfriend|girlfriend|bf|gf|partner|fiance|fiancee|spouse)"
_ABUSER = (
    r"(?:he|she|they|daddy|mommy|my (?:(?:ex|new|old|older|oldest|big|drunk|own) )?(?:"
    + _PARTNER
    + r"|dad|father|stepdad|stepfather|mom|mother|stepmom|stepmother|"
    r"brother|stepbrother|uncle|cousin|roommate|landlord|boss|baby daddy|baby mama)|"
    r"(?:this|that|some|a) (?:guy|man|woman|dude|stranger)|"
    # Someone close by way of someone else: "my mom's boyfriend", "my baby's father".
    r"(?:my )?(?:mom|mother|dad|father|baby|cousin|sister|brother)'s (?:boyfriend|girlfriend|"
    r"husband|wife|father|dad|daddy|mother|mom))"
)
# Anyone else who struck the writer, for the blows no everyday sense shares (``_ASSAULT``):
# someone, a stranger, someone else's partner or relative, a friend, a coworker or a date ("her
# boyfriend choked me", "a guy at the bar punched me"). Not a child, a sister or a pet, as
# above. A friend's play is excused as play ("as a joke", "a slap on the back").
_SOMEONE_ELSE = (
    r"(?:someone|somebody|(?:a|the|this|that|some) (?:\w+ ){0,2}?(?:guy|man|men|woman|stranger|"
    r"dude|person|guys)|(?:his|her|their) (?:" + _PARTNER + r"|dad|father|stepdad|stepfather|"
    r"brother|mom|mother|uncle|cousin|friend|friends|roommate)|(?:my )?\w+'s (?:"
    + _PARTNER
    + r"|dad|father|brother|uncle|cousin|friend|roommate)|my (?:(?:best|old) )?(?:friend|"
    r"coworker|co-worker|neighbor|neighbour|classmate|date|teacher|coach|manager|supervisor))"
    # Where they were: "a guy at the bar", "my neighbor from upstairs".
    r"(?: (?:at|from|in|on|outside) (?:(?:the|a|my|his|her|our|their) )?\w+)?"
)
# Blows that are blows whoever gave them: not a push, a grab or a touch, which a crowd or a
# friend may give without harm.
_ASSAULT = (
    r"(?:hit|punched|slapped|smacked|kicked|choked|strangled|beat|beat up|stabbed|shot|raped|"
    r"assaulted|sexually assaulted|attacked|smothered|headbutted|backhanded|kneed|stomped on|"
    r"sucker.?punched|spit on|spat on|pinned|molested|groped|jumped)"
)
# The parts of the body a blow is told by ("he bent my fingers back").
_BODY = (
    r"(?:face|head|nose|mouth|jaw|lips?|eyes?|ears?|neck|throat|arms?|forearms?|wrists?|hands?|"
    r"fingers?|thumb|shoulders?|back|ribs?|chest|stomach|belly|legs?|thighs?|knees?|foot|feet|"
    r"ankles?|hair|skin|scalp|cheek|temple)"
)
# Blows, grips and weapons: what is done to a body.
_BLOW = (
    r"(?:hit|hits|hitting|punch\w*|slap\w*|smack\w*|kick\w*|chok\w*|strangl\w*|beat|beats|"
    r"beating|beat up|beats up|shov\w*|push\w*|slam\w*|threw|throws|throwing|dragg?\w*|grabb?\w*|"
    r"bit|bites|biting|burn\w*|stab\w*|shot|shoots|shooting|raped|rapes|raping|assault\w*|"
    r"attack\w*|"
    r"sexually assault\w*|smother\w*|headbutt\w*|elbow\w*|pinned|pins|pinning|spit on|spat on|"
    r"smash\w*|bash\w*|stomp\w*|knock\w* me (?:down|out|over|to the)|touch\w*|grop\w*|"
    r"sock(?:ed|s)|decked|backhand\w*|kneed|yank\w*|sucker.?punch\w*)"
)
# What someone is pushed to do when the push is encouragement: "pushed me to apply". Not
# what is done under pressure to the body ("to have sex", "to drink", "to take the pills").
_PUSHED_TO_DO = (
    r"(?:be|try|do|go|apply|get|grow|change|learn|study|start|keep|make|find|finish|ask|call|"
    r"book|see|talk|write|speak|open|stand|set|work|run|reach|become|believe|quit|look|seek|"
    r"join|sign|come|move|stop|face|enjoy|heal|rest|trust|forgive|let|say|share|practice|"
    r"focus|pursue|follow|improve|date|travel|volunteer|exercise)"
)
# Where someone drags a friend along without force: outings, services, classes and visits.
_OUTINGS = (
    r"(?:party|parties|church|mass|service|gym|class|classes|yoga|pilates|spin|concert|show|"
    r"movie|movies|game|brunch|dinner|lunch|breakfast|wedding|baby shower|bridal shower|meeting|"
    r"club|bar|karaoke|mall|store|market|museum|zoo|beach|park|hike|trip|reunion|therapy|"
    r"counseling|appointment|doctor|dentist|gala|fundraiser|event|festival|fair|bingo|practice|"
    r"rehearsal|recital|happy hour|potluck|barbecue|bbq|cookout|birthday|book club|meetup|"
    r"dance|ceremony|funeral|bowling|tour|open house|conference|seminar|workshop|retreat|"
    r"coffee|shopping|choir|(?:go|see|watch|try|meet|visit|join) \w+)"
)
# Words that make a game, a match or a film the setting of a blow, or its cause, rather than
# what the blow was part of.
_SETTING_OF_A_BLOW = (
    r"\b(?:after|because|mad|angry|pissed|furious|upset|lost|loses|losing|watching|watched|"
    r"during|then|in front of|drunk)\b"
)
# What tells a stab in the back from the betrayal the words also name.
_WEAPON_WORDS = r"\b(?:knife|blade|blood|bleeding|hospital|stitches|screwdriver|scissors|er|911)\b"
# Hands on the throat or a blade: no touch or kiss told beside them excuses the sentence ("he
# pulled me in to kiss me and choked me").
_STRANGLED = (
    r"\b(?:chok(?:e|ed|es|ing) me\b(?! up)|strangl\w*|smother\w*|stabb?\w* me\b|(?:hands?|"
    r"fingers) (?:around|round|on) my (?:neck|throat))"
)
# The everyday senses of the verbs of a blow (a rule's ``senses``, which excuse only the words
# they stand on: "my son hit me up and then my husband choked me" is read at its second blow): a
# text ("hit me up", "shot me a text"), a win ("beat me at chess"), a push to do better, a
# feeling ("choked me up"), a trip along to somewhere people go.
_SENSES_OF_A_BLOW = (
    r"(?:"
    # Hit with words or news, not with a thing ("hit me with his car", "with the belt").
    r"\b(?:hit|hits|hitting) me (?:up|back|with (?:(?:the|a|an|his|her|their|that|this|some|"
    r"my) )?(?:\w+ ){0,2}?(?:questions?|news|truth|idea|request|facts?|reality|story|line|jokes?|"
    r"comeback|bill|invoice|fees?|charges?|texts?|messages?|emails?|calls?|offer|proposal|guilt "
    r"trip|surprise|update|diagnosis|reminder|compliments?|speech|lecture|realization|quotes?|"
    r"memes?|song|video|link|photos?|pictures?|receipts|paperwork|homework|deadline|sarcasm|"
    r"attitude|excuses?|drama|bad news|good news|silent treatment|cold shoulder|look|stare|"
    r"guilt|snowballs?|pillows?|water balloons?|nerf \w+|(?:shopping )?cart|ball|frisbee)\b|"
    r"like a)"
    r"|\bknock\w* me (?:out|over) (?:with|of)\b|\bknocked me out\b.{0,20}\b(?:sleep|pills?|"
    r"laugh\w*|movie|show|song)\b"
    # Beaten in a game or a race, not "beat me in the face" or "in front of the kids".
    r"|\b(?:beat|beats|beating) me (?:at|again at|by (?:a |one |two |three |\d+ )?(?:\w+ )?"
    r"(?:points?|seconds?|votes?|strokes?|minutes?|goals?|runs?|lengths?|miles?)"
    r"|to (?:it|first|the (?:\w+ ){0,2}?(?:punch|finish|line|top|door|bathroom|shower|car|bottom|"
    r"spot|seat|table|register|elevator|deal|promotion|job))"
    r"|in (?:(?:a|the|every|our|that|this|his) )?(?:\w+ )?(?:race|game|match|round|poll|"
    r"election|vote|debate|argument|"
    r"sales|points|rankings?|tournament|finals?|contest|competition|league|chess|tennis|trivia|"
    r"scrabble|poker|bowling|golf|pool|arm wrestling|mario kart))\b"
    # A push to do something, or to a limit ("pushed me to apply", "pushed me to my limit");
    # not to a place ("pushed me to the wall", "to the bed", "to my knees").
    r"|\b(?:push\w*|pushing) me (?:to " + _PUSHED_TO_DO + r"\b|to (?:(?:the|my|his|her) )?"
    r"(?:limits?|breaking point|brink|max\w*|point (?:of|where)|tears)\b|to the edge\b(?! of)"
    r"|into (?:applying|trying|going|doing|being)|away|out of my comfort zone|harder)\b"
    r"|\bchok\w* me up\b|\bthrew me (?:a|an|under the bus)\b"
    # Betrayed ("stabbed me in the back"), a friendly slap on the back, a kick under the table,
    # a place taken in line.
    r"|\bstabb?\w* me in the back\b(?!.{0,30}?" + _WEAPON_WORDS + r")"
    r"|\b(?:slap|pat)\w* me on the back\b|\bkick\w* me under the table\b"
    r"|\bjump\w* me in (?:the )?(?:line|queue)\b"
    # Thrown off as put off one's stride ("that threw me off", "threw me off my game"), not
    # thrown off something ("off my bike", "off the porch").
    r"|\bthrew me off\b(?! (?!(?:my|the|his|her) (?:game|guard|track|stride|focus|rhythm|"
    r"schedule|train of thought|scent|trail)\b)(?:the|a|an|his|her|their|our|my) )"
    r"|\b(?:shot|shoots|shooting) me (?:a|an|down)\b"
    r"|\bkick\w* me (?:out|off)\b|\bburn\w* me (?:a|an|out)\b"
    r"|\bgrabb?\w* me (?:a|an|some|coffee|lunch|food)\b"
    r"|\bgrabb?\w* me by the (?:hand|waist)\b(?!.{0,40}?\b(?:threw|throw|shov|push|slam|pinn|"
    r"drag|hit|punch|kick|slap|shook|shak)\w*)"
    r"|\battack\w* me (?:in (?:the )?(?:group chat|comments|chat|texts?|emails?|meeting)|online|"
    r"verbally|with (?:questions|texts|messages|accusations))\b"
    # Slammed in words, somewhere words are written or said; not on the couch or in a door.
    r"|\bslam\w* me (?:on|in) (?:(?:the|a|his|her|their|my|our) )?(?:group chat|chat|comments?|"
    r"reviews?|meeting|front of|public|social media|twitter|facebook|instagram|tiktok|reddit|"
    r"yelp|emails?|texts?|podcast|interview|press|news|paper|evaluation|feedback|report)\b"
    # Dragged along to somewhere people go for fun, faith, errands or help, named ("dragged me
    # to a party", "dragged me out to karaoke"); not anywhere else ("to the bed", "to the
    # parking lot", "into the closet").
    r"|\bdragg?\w* me (?:out |along |back )?(?:to|into|along to) "
    r"(?:(?:a|an|the|his|her|their|this|that|my|our|some|every) )?(?:\w+ ){0,2}?"
    + _OUTINGS
    + r"\b)"
)
# What makes a whole sentence with those words no blow: a touch or a grab into a kiss the writer
# did not refuse, a childhood told, an accident, a game, play or a story, a baby or a pet, a
# joke, a prayer.
_NOT_A_BLOW = (
    r"^(?!.*" + _STRANGLED + r")(?!.*\b(?:at night|in(?:to)? my (?:room|bed))\b).*?"
    r"\btouch\w* me\b(?! (?:again|there|down there|without|when i|while i|at night|in my sleep|"
    r"even though)\b)"
    # A grab or a pull into a kiss or a dance, not one the writer refused.
    r"|^(?!.*" + _STRANGLED + r")(?!.*\b(?:stop|said no|say no|saying no|told (?:him|her|them) "
    r"no|didn't want|did not want|couldn't move|could not move|against my will|tried to "
    r"(?:leave|get away|pull away)|"
    r"pushed (?:him|her|them) (?:off|away)|wouldn't let (?:me )?go)\b).*?\b(?:grabb?\w*|pinned|"
    r"pins|yank\w*|pull\w*) me\b.{0,30}?\b(?:kiss\w*|hug\w*|cuddl\w*|danc\w*)\b"
    # A childhood told, which the screen reads as a past.
    r"|\b(?:as a (?:kid|child|teen|teenager|little girl|little boy)|when i was (?:a kid|little|"
    r"young|small|a child|a teen|a teenager|\d+)|growing up|in my childhood)\b"
    r"|\b(?:in (?:his|her|their) sleep|by accident|accidentally|didn't mean|did not mean)\b"
    # Play, a sport, a game or a story as what the blow was part of; not as where or why it
    # happened ("hit me during the football game", "after his team lost", "we were watching a
    # movie and he punched me", "got mad about the video game").
    r"|^(?!.*" + _SETTING_OF_A_BLOW + r").*?\b(?:pillow fight\w*|pillows? at|play|playful\w*|"
    r"tickl\w*|wrestl\w*|sparr\w*|boxing|karate|jiu|mma|football|soccer|rugby|basketball|"
    r"dodgeball|game|mario kart|chess|video game|fortnite|in the show|in the movie|in the book|"
    r"in the series|the episode|the podcast|the song|dream|nightmare)\b"
    # A baby or a pet that did it, named before the blow; not "choked me while I held the baby".
    r"|\b(?:baby|toddler|puppy|kitten|dog|cat)\b(?!'s)(?=.{0,25}?\b(?:kick|bit|bite|hit|"
    r"scratch|slap|punch|headbutt|grab|push|pull|yank|smack|knock|jump|pounc|sat|sit)\w*)"
    r"|\b(?:lol|lmao|haha\w*|jk|just kidding|joking|as a joke)\b|😂|🤣"
    # Hands laid on in prayer.
    r"|\b(?:pray\w*|pastor|priest|prayer|bless\w*)\b"
)
# A threat or a fear that is hyperbole: a scolding for a small offence ("my sister will kill me
# when she sees the car").
_SCOLDING = (
    r"\b(?:lol|lmao|haha\w*|jk|just kidding|joking)\b|😂|🤣|😭"
    # A small offence, unless the threat is a partner's: "my husband said he will kill me if I
    # don't do the dishes" is control, not a scolding.
    r"|^(?!.*\b"
    + _PARTNER
    + r"\b).*?(?:\b(?:late|grades?|report card|homework|dishes|mess|broke (?:his|her|their) "
    r"\w+|his car|her car|the car|borrow\w*|dentist|spoil\w*|surprise|secret|party|birthday|the "
    r"last (?:slice|piece|cookie)|eating|ate|spent|bill|credit card|(?:her|his) (?:date|dress|"
    r"shirt|sweater|clothes|makeup|mug|phone|charger)|flowers|forgot|forgetting|the tv|wedding|"
    r"plus-one|plus one|dent\w*|scratch\w*|truck)\b|\bif i (?:do not|forget|am late|miss|am "
    r"not)\b)"
)
# The harm a threat names, done to the writer.
_HARM_ME = (
    r"(?:(?:kill|murder|hurt|harm|end|stab|shoot|strangle|choke|beat|hit|break|bury|burn|rape|"
    r"disfigure) (?:me|(?:both )?my (?:face|neck|legs?|arms?|jaw|skull|head|body)|us both|"
    r"both of us|us|the kids|my kids)\b"
    r"|put me in (?:the|a) (?:hospital|ground|grave|wheelchair)\b|make me disappear\b)"
)
# What a threat is tied to in an abusive relationship: leaving, telling, calling the police,
# seeing someone else.
_IF_I_LEAVE = (
    r"\b(?:if|when|the day|before|once) i (?:ever |even |try to |tried to |)"
    r"(?:leave(?! (?:the|a|my|dishes|early|work|class)\b)|left (?:him|her|them)|break up|"
    r"broke up|move out|divorce|ask for a divorce|file for divorce|report (?:him|her|them|it)|"
    r"testify|get a restraining order|(?:call|called) (?:the police|the cops|911|anyone|anybody|"
    r"someone|somebody|for help)|"
    r"(?:go|went) to (?:the police|the cops|a shelter|court)|"
    r"(?:tell|told)(?: (?:anyone|anybody|someone|somebody|the police|the cops|my family)"
    r"(?: about (?:this|it|him|her|us|what)| what (?:he|she|they) (?:did|does|do))?)?"
    r"(?=\s*(?:$|[,.;!?]))|(?:tell|told) (?:anyone|anybody|someone|somebody|the police|"
    r"the cops|my family) (?:about (?:this|it|him|her|us|what)|what (?:he|she|they) "
    r"(?:did|does|do))|"
    r"take (?:the|my|our) (?:kids|children|baby|son|daughter))\b"
)

# A joke, or a blow or threat told from a game, a film or a song: not done to the writer. The
# danger rules' exceptions start from it, each adding the everyday words of its own acts.
_JOKE_OR_SHOW = (
    r"\b(?:lol|lmao|haha\w*|jk|just kidding|joking|game|movie|show|book|"
    + SHOW_EPISODE
    + r"|song|podcast|in the story)\b"
)
# Run 47: what a joke or a story excuses, and what a threat may hold over the writer.
_JOKE_OR_STORY = _JOKE_OR_SHOW + r"|\b(?:novel|series|character|prank)\b|😂|🤣"
# What a threat may hold over the writer besides their body: the children, their papers, their
# pictures, their pet.
_HELD_OVER_ME = (
    r"(?:(?:take|keep|kidnap) (?:the|my|our) (?:baby|kids|children|son|daughter|little one)\b"
    r".{0,60}?\b(?:never (?:bring|see|let me see)|if i (?:report|tell|leave|call|go)|out of "
    r"the country|away from me forever)|"
    r"(?:call|report me to|get) (?:ice|immigration|la migra|the migra)|"
    r"(?:send|post|share|leak|show|release) (?:my|our) (?:nudes|naked (?:pics|photos|pictures)|"
    r"pics|photos|pictures|videos|sex tape)|"
    r"(?:kill|hurt|poison|drown) (?:my|our|the) (?:dog|cat|pet|puppy|kitten|pets))"
)

DANGER_RULES: tuple[Rule, ...] = (
    rule(
        "threatened_with_harm",
        signs.DANGER_FROM_OTHERS,
        # "He threatened to kill me", "keeps threatening to hurt me", "threatened me with a
        # knife", "death threats".
        r"\bthreat\w* (?:me )?(?:to |that (?:he|she|they) (?:will|would|is going to) )?"
        r"(?:\w+ )?"
        + _HARM_ME
        + r"|\bthreat\w* me with (?:a|an|his|her|their|the) (?:knife|gun|pistol|rifle|bat|"
        r"hammer|blade|machete|belt)\b"
        r"|\b(?:sends?|sent|getting|got|gets|receiv\w*) (?:me )?death threats\b"
        r"|\bdeath threats? (?:from|to me)\b",
        unless=r"\b(?:lol|lmao|haha\w*|jk|just kidding|joking)\b|😂|🤣",
    ),
    rule(
        "harm_promised_if_i_leave",
        signs.DANGER_FROM_OTHERS,
        # "He said he would kill me if I told anyone", "he will end me if I leave", "my husband
        # says if I try to leave he will end me".
        r"\b(?:"
        + _HARM_ME
        + r"|make me pay)(?:.{0,30}?)"
        + _IF_I_LEAVE
        + r"|"
        + _IF_I_LEAVE
        + r".{0,30}?\b(?:he|she|they) (?:will|would|is going to|is gonna|"
        r"said (?:he|she|they) would|swore (?:he|she|they) would) (?:\w+ )?" + _HARM_ME,
        unless=_SCOLDING,
    ),
    rule(
        "told_they_would_harm_me",
        signs.DANGER_FROM_OTHERS,
        # A threat told as words said: "he swore he would kill me", "she said she will hurt
        # me", "told me nobody would find my body", "if he can not have me nobody can".
        r"\b(?:said|says|saying|told me|tells me|swore|swears|swearing|warned me|keeps saying|"
        r"screamed|screaming|yelled|yelling|texted|texts|texting|threatening)(?: that)?"
        r"(?: .{0,50}?)? (?:he|she|they) (?:would|will|is going to|"
        r"was going to|is gonna|was gonna|could|can) (?:\w+ )?"
        + _HARM_ME
        + r"|\b(?:nobody|no one|no-one|they|the police|the cops) (?:will|would|is going to|"
        r"could) (?:ever )?find (?:my|your) body\b"
        r"|\bif (?:he|she|they) can not have me,? (?:nobody|no one|no-one) (?:can|will)\b"
        r"|\b(?:i|you) (?:will not|would not|are not going to|am not going to) (?:leave|get out "
        r"of|make it out of) (?:this|the) (?:house|apartment|room|car|relationship) alive\b"
        r"|\b(?:said|says|told me|tells me|swore|threatened) (?:that )?(?:i|you) (?:will not|"
        r"would not|are not going to|am not going to|will never) make it to\b"
        # The threat in the words it was said in, to the writer: "he said 'I will kill you'",
        # "my husband texted me: you're dead if you leave".
        r"|\b" + _ABUSER + r" (?:\w+ ){0,2}?(?:said|says|told me|tells me|swore|swears|warned "
        r"me|keeps saying|kept saying|screamed|yelled|texted|texts|wrote|writes|messaged)"
        r"(?: me| to me| at me)?\W{0,3}(?:i will|ill|i am going to|im going to|i am gonna|im "
        r"gonna|imma) (?:\w+ )?(?:kill|hurt|end|murder|shoot|stab|strangle|choke|beat|bury) you\b"
        r"|\b" + _ABUSER + r" (?:\w+ ){0,2}?(?:said|says|told me|tells me|swore|screamed|yelled|"
        r"texted|texts|wrote|writes|messaged)(?: me| to me| at me)?\W{0,3}(?:you are|youre|your) "
        r"(?:dead|going to die|gonna die|a dead (?:woman|man))\b",
        unless=_SCOLDING,
    ),
    rule(
        "afraid_they_will_harm_me",
        signs.DANGER_FROM_OTHERS,
        # "I'm scared he is going to kill me", "i think he will kill me someday", "afraid my ex
        # will kill me when he finds me".
        r"\b(?:scared|afraid|terrified|fear|frightened|worried|think|know|feel like)\b.{0,15}?"
        r"\b" + _ABUSER + r" (?:is going to|will|might|would|could|is gonna|may|is actually "
        r"going to|will actually|will really|is really going to) (?:\w+ )?(?:kill|murder|"
        r"strangle|choke|stab|shoot|beat|seriously hurt|really hurt) me\b"
        r"|\b" + _ABUSER + r" (?:is going to|will|is gonna) (?:\w+ )?(?:kill|murder) me "
        r"(?:one day|someday|some day|one of these (?:days|nights)|eventually|in my sleep|next "
        r"time|for real|and nobody)\b"
        # Hurt again "when he drinks": not the heartbreak an anxious partner fears.
        r"|\b" + _ABUSER + r" (?:will|is going to|is gonna|might|would) (?:\w+ )?hurt me "
        r"(?:again )?(?:when|if|once) (?:he|she|they) (?:drinks?|is drunk|gets? (?:home )?drunk|"
        r"gets? (?:home|angry|mad|high|jealous)|finds? (?:me|out))\b",
        unless=_SCOLDING,
    ),
    rule(
        "hurt_by_someone",
        signs.DANGER_FROM_OTHERS,
        # A blow told plainly: "he hit me again", "my girlfriend slapped me", "he choked me".
        r"\b" + _ABUSER + r" (?:(?:has|had|just|then|also|always|sometimes|still|again|even|"
        r"literally|actually|physically|keeps|kept|started|used to|is|has been) )*(?:"
        + _BLOW
        + r") me\b"
        # ...or as what followed: "my roommate comes in at night and touches me".
        r"|\b" + _ABUSER + r"\b.{0,40}?\band (?:then )?(?:" + _BLOW + r") me\b"
        # Anyone else: "her boyfriend choked me", "a guy at the bar punched me"; not wished for
        # ("i wish somebody shot me" is a death wish).
        r"|(?<!\bwish )(?<!\bwished )(?<!\bhope )(?<!\bif )(?<!\bpray )\b"
        + _SOMEONE_ELSE
        + r" (?:(?:just|then|also|again|literally|actually|physically) )*"
        + _ASSAULT
        # Not a car or a ball: "someone hit me from behind at the light".
        + r" me\b(?! (?:from behind|in traffic|at the (?:light|red light|intersection|stop sign)|"
        r"with (?:a|the|their|his|her) (?:car|truck|cart|shopping cart|ball|frisbee|bike)\b))"
        r"|\b(?:threw|throws|throwing) (?:(?:a|an|the|his|her|their|my) (?:\w+ )?\w+|things|"
        r"stuff|shit) at (?:me|my (?:head|face))\b"
        r"|\b(?:he|she|they) (?:(?:has|had|have|just) )?(?:forced|forces) (?:himself|herself|"
        r"themselves|themself) on me\b"
        r"|\bforc(?:ed|es|ing) me (?:to have sex|into sex|to do sexual)\b"
        r"|\b(?:raped|assaulted|molested) me\b",
        unless=_NOT_A_BLOW,
        senses=_SENSES_OF_A_BLOW,
    ),
    rule(
        "hurt_by_someone_told_by_marks",
        signs.DANGER_FROM_OTHERS,
        # The blow told by what it did: hands on the throat, a black eye, a weapon held to
        # the writer, bruises from where someone grabbed them.
        r"\b(?:his|her|their) (?:hands?|fingers) (?:around|round|on|against) my (?:neck|throat)\b"
        r"|\b(?:squeez\w*|grabb?\w*|crush\w*) my (?:neck|throat)\b"
        r"|\b(?:gave|give|gives|left) me (?:a|another) (?:black eye|busted lip|split lip|"
        r"concussion)\b"
        r"|(?<!\bif someone )(?<!\bif somebody )(?<!\bif anyone )(?<!\bif a guy )"
        r"\b(?:pulled|pulls|held|holds|pointed|points|put|puts|waved|waves|pressed|presses) "
        r"(?:a|his|her|their|the) (?:knife|gun|pistol|rifle|blade|machete) (?:on|at|to|against) "
        r"(?:me|my (?:head|throat|neck|face|chest|stomach))\b"
        r"|\bbruises?\b.{0,30}?\bfrom (?:where )?(?:he|she|they|him|her|them|my (?:husband|wife|"
        r"boyfriend|girlfriend|partner|ex|dad|mom))\b"
        r"|\b(?:he|she|they) (?:broke|busted|split|cracked|fractured|dislocated) my (?:nose|"
        r"ribs?|arm|wrist|jaw|lip|finger|shoulder|tooth|teeth)\b"
        r"|\btwisted my arm\b(?! (?:to|into))"
        r"|(?<!\bnever )(?<!\bnot )\b(?:laid|lays|put|puts) (?:a |his |her |their )?hands? on me\b"
        r"|\b(?:locked|locks) me in (?:the|a|my|his|her|our) (?:room|bedroom|bathroom|closet|"
        r"house|apartment|basement|car|trunk|garage)\b",
        unless=_NOT_A_BLOW,
        senses=_SENSES_OF_A_BLOW,
    ),
    rule(
        "unsafe_at_home",
        signs.DANGER_FROM_OTHERS,
        # Not safe where one lives, or with someone who is violent to the writer.
        r"(?<!\bnever )(?<!\bnot )\bi (?:am not|do not feel|no longer feel|never feel) safe "
        r"(?:at home|in my (?:own )?(?:home|house|apartment)|with (?:him|her|them|my (?:husband|"
        r"wife|boyfriend|girlfriend|partner|dad|mom|stepdad)))\b"
        r"|\b" + _ABUSER + r" (?:is|gets|got|has been|becomes) (?:so |really |very )?(?:violent|"
        r"physically abusive|physical with me)\b(?! (?:in|at) (?:the )?(?:game|movie|show))"
        r"|\b(?:he|she|they) (?:is|are|has been|keeps|started) (?:abusing|beating) me\b"
        r"|\b" + _ABUSER + r" (?:is|has been|keeps|kept|started|is still) (?:stalking|following) "
        r"me\b(?! on\b)"
        # Followed home by someone, not by the calls, thoughts or feelings of a day.
        r"|(?<!\bcalls )(?<!\bthoughts )(?<!\bmemories )(?<!\bfeelings )(?<!\bit )"
        r"(?<!\bthat )\bfollow\w* me (?:home|to (?:work|my car|school|my job))\b",
        unless=_NOT_A_BLOW,
        senses=_SENSES_OF_A_BLOW,
    ),
    # Run 45: danger told without the usual frames.
    rule(
        "danger_told_otherwise",
        signs.DANGER_FROM_OTHERS,
        # A threat said outright or as a condition: "the day I walk out is the day I die", "if
        # you leave I'll find you and kill you", "it's for me if I ever cheat", "I'm next",
        # "next time it's my face", "they'd never find what's left of me", "take me with him".
        r"\b(?:said|says|saying|told me|swore|swearing|threatened|yelled|yelling|screamed|"
        r"screaming)\b.{0,40}?\b(?:(?:the day|if|when) i (?:ever )?(?:walk out|leave|go|tell|"
        r"cheat)\b.{0,25}?\b(?:is the day )?i (?:die|will die|am dead|will be dead|will (?:just )?"
        r"disappear|will go missing)|i (?:am|will be) next|it (?:will|would) be worse|next time "
        r"(?:it is|it will be) my (?:face|head))\b"
        r"|\b(?:said|says|told me|texted|screamed|yelled|swore)\b.{0,10}?\bif you (?:ever )?"
        r"(?:leave|go|tell|call)\b.{0,40}?\bi (?:will|am going to|would) (?:\w+ ){0,4}?(?:kill|"
        r"hurt|end) you\b"
        r"|\b(?:gun|knife|pistol|rifle|bullet)\b.{0,40}?\b(?:is|was|it is|it was) for me\b"
        r"|\bnever find (?:what is left of me|my body|me)\b"
        r"|\bkill (?:himself|herself|themself)\b.{0,30}?\btake me (?:with|down with) (?:him|her|"
        r"them)\b|\btake me (?:with|down with) (?:him|her|them)\b.{0,20}?\b(?:kill|die|dies)\b"
        r"|\b(?:one day|someday|some day|one of these days),? (?:he|she|they|my \w+) (?:is going "
        r"to|will|is gonna) (?:\w+ )?(?:kill|murder) me\b"
        r"|\b(?:he|she|they) (?:is|are) coming (?:for|after) me\b(?! (?:at|to pick|around)\b)"
        # Blows and grips told by what they did: a head slammed into a door, a pillow over the
        # face, a hole punched by the head, a nose broken, a weapon flashed.
        r"|\b(?:he|she|they|my \w+) (?:\w+ )?(?:cracked|slammed|smashed|bashed|banged|shoved|"
        r"pushed|threw|knocked|beat|beats|hit|hits) my (?:head|face|body) (?:against|into|on|"
        r"through)\b"
        r"|\b(?:pressed|held|put|pushed) (?:a |the |his |her |their )?(?:pillow|bag|towel|"
        r"blanket) (?:over|on|against) my (?:face|mouth|nose)\b"
        r"|\b(?:pressed|held|put|clamped) (?:his|her|their|a) hands? (?:over|against) my (?:mouth|"
        r"nose)\b"
        r"|\bcovered my (?:mouth|nose|face)\b(?!.{0,20}\b(?:kiss\w*|blanket|sunscreen|hands? "
        r"when|laugh\w*))"
        r"|\bpunched (?:a hole in )?the wall (?:right )?(?:next to|by|beside|inches from) my "
        r"(?:head|face)\b"
        r"|\b(?:breaking|busting|splitting|cracking) my (?:nose|ribs?|jaw|lip|arm|wrist)\b"
        r"|\b(?:flash\w*|show\w*|pull\w*|wav\w*) (?:his|her|their|a) (?:pocketknife|knife|gun|"
        r"pistol|blade|switchblade|box cutter|razor) (?:at|on) me\b"
        r"|\b(?:texted|sent) me (?:a )?(?:picture|photo|pic|video) of (?:a|his|her|their) (?:gun|"
        r"knife|pistol|rifle)\b"
        r"|\btried to (?:strangle|choke|smother|drown|stab|shoot|kill|suffocate) me\b"
        r"|\b(?:he|she|they|my \w+) (?:\w+ )?left (?:me )?(?:bruises|marks|welts|a bruise|"
        r"scratches) (?:on|all over) (?:me|my)\b"
        r"|\b(?:another|a second|a third|a fresh) black eye\b"
        r"|\btold (?:the |my )?(?:\w+ ){0,3}?(?:that )?i (?:fell|tripped|walked into)\b.{0,30}?"
        r"\bit was (?:him|her|them)\b"
        # Forced sex, told without the word: "i never said yes", "wouldn't stop even though i
        # was crying", "makes me do things i don't want to".
        r"|\bi (?:never|did not) (?:say|said) yes(?=\s*(?:$|[,.;!?]|and\b|but\b))"
        r"|\b(?:would not|did not|will not) stop\b.{0,30}?\b(?:crying|i said no|i begged|i told "
        r"him to stop)\b"
        r"|\bmakes? me do (?:things|stuff) i (?:do not|did not) want\b"
        # Kept in, followed or waited for: "wouldn't let me out of the car for hours", "locked
        # the apartment from the outside", "waits outside my work every day".
        r"|\bwould not let me (?:out|leave|go)\b.{0,30}?\b(?:for hours|all night|car|room|house|"
        r"bathroom)\b"
        r"|\blocked (?:the|my|our) (?:apartment|door|house|room|bedroom) from the outside\b"
        r"|\b(?:has been|have been|keeps|kept) following me (?:for (?:days|weeks|months)|"
        r"everywhere|around|home)\b"
        # ...told as what someone does, not a pet, an app or a puppy's love: "he follows me
        # everywhere", not "...on instagram", "...like a puppy" (home or to work: `unsafe_at_home`).
        r"|\b" + _ABUSER + r" (?:still |always )?follows me (?:everywhere|around)\b"
        r"(?! (?:on|like|in (?:my|his|her) dreams)\b)"
        r"|\b(?:keeps|kept|has been|started) (?:waiting|showing up|driving by|parking) (?:for me )?"
        r"(?:outside |by |at )?my (?:work|house|home|job|apartment|place|school)\b"
        r"|\b(?:waits|waited|shows up|showed up|parks) (?:for me )?(?:outside |by |at )?my (?:work|"
        r"house|home|job|apartment|place|school) (?:every (?:day|night|single day)|again|all the "
        r"time|at night)\b",
        unless=_NOT_A_BLOW + "|" + _JOKE_OR_SHOW + r"|\b(?:delivery|uber|lyft|carpool|surprise)\b"
        r"|\bto (?:drive|walk|pick|take|bring) me\b|\bwith (?:coffee|lunch|flowers|food)\b"
        r"|\bif (?:someone|somebody|anyone|a guy|a stranger)\b",
        senses=_SENSES_OF_A_BLOW,
    ),
    # Run 46: blows, grips, weapons, confinement and threats told by what they did to the body
    # or the day.
    rule(
        "danger_told_by_what_was_done",
        signs.DANGER_FROM_OTHERS,
        # A blow to a part of the body: "he stomped on my foot", "she bit my shoulder till it
        # bled", "he bent my fingers back", "my stepdad slammed my fingers in the door".
        r"\b" + _ABUSER + r" (?:(?:has|had|just|then|also|always|again|literally|actually) )*"
        r"(?:hit|punched|slapped|kicked|stomped on|bit|burned|broke|slammed|smashed|"
        r"elbowed|kneed|socked|stabbed|slashed|sliced|bent|twisted|yanked|ripped) (?:both )?my "
        r"(?:\w+ )?" + _BODY + r"\b"
        r"|\b(?:held|holds|put|pressed|presses) (?:a|his|her|their|the) (?:lit )?(?:lighter|"
        r"cigarette|iron|flame|match|curling iron) (?:to|on|against) my (?:\w+ )?" + _BODY + r"\b"
        r"|\b(?:his|her|their) hands? (?:over|across|on) my (?:mouth|nose)\b"
        r"|(?<!\bi )(?<!\bi just )\b(?:pushed|shoved|held|pressed|forced|dunked) my (?:face|head) "
        r"(?:down )?(?:into|under|in) (?:the |a )?(?:pillow|water|sink|tub|toilet|mattress|floor|"
        r"ground|dirt|wall|bathwater)\b"
        r"|\b(?:yank\w*|pull\w*|dragg?\w*|grabb?\w*) me (?:\w+ ){0,2}?by (?:my|the) (?:hair|neck|"
        r"throat)\b|\b" + _ABUSER + r" (?:\w+ )?(?:pulled|yanked|ripped) (?:out )?"
        r"(?:a chunk of )?my hair\b"
        r"|\b(?:sat|sits|sitting|knelt|kneels|kneeling|pressed|squeezed|held me down|pinned me)\b"
        r".{0,30}?\b(?:until|till) i (?:could not|can not|could barely) breathe\b"
        # A weapon at the door, a door kicked in, a car rammed.
        r"|\b" + _ABUSER + r" (?:is|was|are|were|came|comes|showed up|shows up|waiting|waited|"
        r"waits|stood|standing|is standing|is waiting)\b.{0,40}?\bwith (?:a|his|her|their|the) "
        r"(?:knife|gun|pistol|rifle|bat|baseball bat|machete|hammer|crowbar|axe)\b"
        r"|\b" + _ABUSER + r" (?:\w+ )?(?:kicked|broke|busted|bashed) (?:in |down )?(?:the|my) "
        r"(?:\w+ )?door(?: in| down)?\b"
        r"|\bslam\w* (?:the|a) (?:car )?door (?:into|on) my (?:face|head|fingers|hand|arm|leg)\b"
        r"|\b" + _ABUSER + r" (?:\w+ )?(?:rammed|sideswiped) my car\b"
        r"|\b(?:tried to|trying to|almost) (?:crash us|run me off the road|run me over)\b"
        r"|\b(?:ran|runs) me off the road\b"
        # Threats told by what is to come: "your face is next", "you'll end up like the last
        # one", "five minutes to come out or he's coming in".
        r"|\b(?:your|my) (?:face|head|neck|skull) (?:is|will be) next\b"
        r"|\b(?:he|she|they) (?:will|is going to|is gonna) (?:\w+ )?" + _HARM_ME + r".{0,10}?\b"
        r"(?:he|she|they) (?:says|said|swears|swore|texted|yelled|screamed)\b"
        r"|\b(?:you|i) (?:will|would|are going to|am going to) end up (?:like (?:the last one|his "
        r"last|her last|his ex|her ex|the others?)|dead|in a ditch)\b"
        r"|\bor (?:he|she|they) (?:is|are|will be) coming in\b"
        r"|\bwhat (?:he|she|they) (?:would|will|is going to|was going to) do (?:to me )?(?:when|"
        r"if|once) (?:he|she|they) (?:finds|found|catches|caught|gets) me\b"
        # Kept in, tied, cut off: "kept me in the garage all weekend", "zip tied my wrists", "hid
        # my purse so I can't go anywhere", "won't let me go to the doctor".
        r"|\bkept me (?:locked )?in (?:the|a|his|her|their|our) (?:garage|basement|room|bedroom|"
        r"closet|car|trunk|attic|shed|bathroom)\b"
        r"|(?<!\bi )\b(?:zip ?tied|tied|ties|taped|duct taped|handcuffed|cuffed) (?:up )?my "
        r"(?:wrists|hands|ankles|feet|arms)\b"
        r"|\b(?:took|takes|taken|hid|hides|keeps|kept|smashed|broke|pulled|took out) (?:away )?"
        r"(?:my|the) (?:keys|car keys|spare key|phone|passport|wallet|purse|id|shoes|battery|"
        r"birth certificate|social security card|green card|visa|documents|papers|debit card|"
        r"bank card|credit cards?)\b.{0,60}?"
        r"\b(?:(?:so )?i (?:can not|could not|will not be able to) (?:leave|go anywhere|get away|"
        r"call|get help)|i am not going anywhere|(?:will not|would not|does not) let me leave|"
        r"so i am stuck (?:at )?(?:home|here|inside|in the house))\b"
        r"|\b(?:will not|would not|does not|did not) let me (?:go to|see) (?:a|the) (?:doctor|"
        r"hospital|er|emergency room)\b"
        # The marks, and the story told about them: "fingerprints on my arms", "told my manager I
        # walked into a cabinet, it was his elbow".
        r"|\b(?:his|her|their) (?:fingerprints|finger marks|handprint|hand print|teeth marks) "
        r"(?:on|all over) my\b|\bfingerprints on my (?:arms?|neck|throat|wrists?)\b"
        r"|\blied to (?:the |my )?(?:\w+ ){0,2}?about (?:the |my )?(?:bruises|marks|fingerprints|"
        r"black eye|stitches|burns?|cuts?)\b"
        r"|\b(?:told|tell) (?:the |my )?(?:\w+ ){0,3}?i (?:fell|tripped|walked into|ran into)\b"
        r".{0,40}?\bit was (?:his|her|their) (?:elbow|fist|hand|ring|belt|knuckles|boot|foot|"
        r"knee)\b"
        # Afraid of the one at home.
        r"|\bi am (?:so )?(?:afraid|scared|terrified) of my (?:own )?(?:husband|wife|boyfriend|"
        r"girlfriend|partner)\b(?!'s)(?! (?:leaving|cheating|losing|getting)\b)",
        unless=_NOT_A_BLOW
        + "|"
        + _JOKE_OR_SHOW
        + r"|\b(?:cake|bread|onions?|steak|hunting|fishing|range|camping|kiss\w*|"
        r"play\w*|dance|dancing|costume|halloween|prank|hair ?cut|salon|under the table)\b"
        # Idioms and love bites: "she bit my head off", "he bent my ear", "bit my lip".
        r"|\bbit\w* (?:my|your) head off\b|\bbent my ear\b"
        r"|\bbit my (?:lip|ear|neck)\b(?!.{0,25}\b(?:bled|bleed|blood|until|till)\b)",
        senses=_SENSES_OF_A_BLOW,
    ),
    # Run 47: force told without the word for a blow, and danger told by pressure, pursuit and
    # veiled threats.
    rule(
        "danger_told_by_force",
        signs.DANGER_FROM_OTHERS,
        # Force in progress: "he was throwing chairs and trying to hit me".
        r"\b(?:was|is|were|are|kept|keeps|has been|started|been|and) trying to (?:hit|hurt|punch|"
        r"slap|kick|choke|strangle|stab|drown|smother|beat|grab) me\b"
        # A grip held until something gave: "squeezes the back of my neck in public till it
        # hurts", "dug his thumbs into my collarbone until i canceled".
        r"|\b" + _ABUSER + r" (?:\w+ )?(?:squeez\w*|digs?|dug|pinch\w*|twist\w*|press\w*|"
        r"grips?|gripped|grabb?\w*|held|holds|bends?|bent|crush\w*) (?:\w+ ){0,3}?"
        r"(?:my|me)\b.{0,40}?\b(?:until|till|til) (?:it (?:hurts|hurt|bruised|bruises|bled|"
        r"bleeds)|i (?:cried|cry|screamed|scream|could not breathe|can not breathe|passed out|"
        r"stopped fighting|stop fighting|gave in|give in|cancel\w*|begged|beg|apologized|"
        r"apologize))\b"
        # Hurt until the body gave: "he hurts me till i stop fighting" (not a hurt that makes one
        # cry, which may be words).
        r"|\b" + _ABUSER + r" (?:\w+ )?hurts? me (?:until|till|til) i (?:stop fighting|stopped "
        r"fighting|pass out|passed out|can not breathe|could not breathe|bleed|bled|go limp)\b"
        r"|\b(?:digs?|dug|digging) (?:his|her|their) (?:nails|fingernails|thumbs?|fingers|knee|"
        r"elbow|heel) into my\b"
        # Hurt where it will not show: "he only hurts me where clothes cover".
        r"|\b(?:hurts?|hits?|punch\w*|kicks?|kicked|pinch\w*|bruis\w*) me (?:only )?where "
        r"(?:(?:my )?clothes|sleeves|my shirt|(?:no one|nobody|people) (?:can|will|could|would))\b"
        r"|\b" + _ABUSER + r" (?:\w+ )?hurt me so (?:bad|badly|much)\b.{0,30}?\bi (?:can not|"
        r"could not|can barely|could barely) (?:sit|walk|stand|move|breathe|see|lift)\b"
        # Something broken over the writer: "my wife cracked a plate over my head".
        r"|\b(?:cracked|broke|smashed|busted) (?:a|an|the|his|her|my) (?:\w+ )?(?:plate|bottle|"
        r"glass|mug|chair|lamp|vase|bowl|can|phone|remote|pan) (?:over|on|across|against) my "
        r"(?:head|face|back|skull)\b"
        # Sex forced, told by what was said: "said no four times and he didn't stop", "a wife
        # doesn't get to say no".
        r"|\bsaid no\b(?: \w+){0,3}?,? (?:and|but) (?:he|she|they) (?:did not|would not|does not|"
        r"will not|never) stop\b"
        r"|\b(?:says|said|tells me|told me) (?:that )?(?:couples|a wife|a husband|wives|husbands|"
        r"a girlfriend|a boyfriend|partners) (?:do not|does not) (?:need (?:permission|consent)|"
        r"get to say no|have to ask)\b"
        # Watched and touched in secret: "watches me shower through the vent", "touches me when
        # no one is looking".
        r"|\bwatch(?:es|ed|ing)? me (?:shower|undress|get undressed|change|get changed|bathe)\b"
        r"|\btouch(?:es|ed|ing)? me (?:when|while|whenever) (?:no one|nobody|no-one|everyone "
        r"else|my mom|mom|my mother) (?:is|was|are|were) (?:looking|around|home|watching|asleep|"
        r"sleeping|out)\b"
        # A car aimed at the writer: "he floored it at me in the pickup lane".
        r"|\b(?:floored it|swerved|accelerated|gunned it|revved) (?:right |straight )?"
        r"(?:at|toward|towards) me\b",
        unless=_JOKE_OR_STORY
        + r"|\b(?:dog|cat|puppy|kitten|baby|toddler|massage|physical therapist|trainer|"
        r"tattoo|dentist|doctor|nurse|tickl\w*|wrestl\w*|play\w*|kiss\w*|hug\w*)\b",
    ),
    rule(
        "danger_told_by_pressure",
        signs.DANGER_FROM_OTHERS,
        # A threat over the children, papers, pictures or a pet: "threatening to take the baby
        # to arizona and never bring her back", "threatening to call ice on me", "threatens to
        # send my nudes to my family".
        r"\bthreat\w* (?:me )?(?:to |that (?:he|she|they) (?:will|would|is going to) )"
        r"(?:\w+ )?" + _HELD_OVER_ME + r"\b"
        r"|\b(?:call|calling|called) (?:ice|immigration|la migra) on me\b"
        # A weapon brought out when leaving is mentioned: "i mentioned leaving and he laid his
        # hunting knife on the table"; "a rifle in the closet and he reminds me it's loaded
        # whenever i bring up moving out".
        r"|\b(?:mention\w*|brought up|bring up|talk\w* about|asked for|ask for|told (?:him|her|"
        r"them) i (?:want|wanted|was))\b.{0,20}?\b(?:leaving|leave|a divorce|divorce|moving out|"
        r"move out|breaking up|break up|separat\w*)\b.{0,80}?\b(?:knife|gun|rifle|pistol|"
        r"shotgun|machete|blade)\b"
        r"|\b(?:knife|gun|rifle|pistol|shotgun|machete)\b.{0,80}?\b(?:whenever|when|every time|"
        r"if) i (?:bring up|mention|talk about|say|ask for)\b.{0,20}?\b(?:leaving|divorce|"
        r"moving out|breaking up|separat\w*)\b"
        # Tracked and watched: "he put an airtag in my purse", "keeps texting me pics of my
        # apartment door", "photos of my bedroom window, from across the street".
        r"|\b(?:he|she|they|my \w+) (?:\w+ )?(?:put|puts|hid|hides|placed|stuck|installed|slipped) "
        r"(?:an? |his |her )?(?:airtag|air tag|tracker|tracking device|gps tracker|gps|tile|"
        r"tracking app|spyware|location tracker) (?:in|on|under|inside|into) my (?:purse|bag|car|"
        r"backpack|jacket|coat|wallet|bumper|phone|suitcase)\b"
        r"|\b(?:keeps|kept|keep|has been|have been|started|will not stop|would not stop) "
        r"(?:\w+ )?(?:send\w*|text\w*|messag\w*|dm\w*|snap\w*) (?:me )?(?:\w+ )?(?:pics|"
        r"photos|pictures|videos?) of my (?:apartment|house|front door|door|apartment door|"
        r"bedroom window|window|car|building|porch)\b"
        r"|\b(?:pics|photos|pictures|videos?) of my (?:apartment|house|front door|door|"
        r"bedroom window|window|car|building|porch)\b.{0,15}?\bfrom (?:across the street|"
        r"outside|the street|the parking lot|his car|her car)\b"
        # A door barred against someone in the home: "friday nights i push my dresser against the
        # door, stepdad drinks"; "chair under the doorknob".
        r"|\b(?:push\w*|put|puts|shov\w*|wedg\w*|jam\w*|dragg?\w*|prop\w*) (?:my|the|a) "
        r"(?:dresser|chair|desk|nightstand|bed|couch|bookshelf) (?:against|under|in front of) "
        r"(?:the|my) (?:bedroom )?(?:door|doorknob|door handle)\b(?=.{0,60}\b(?:he|she|drinks|"
        r"drunk|keep (?:him|her|them) out|in case|so (?:he|she|they) can not)\b)"
        r"|^(?:a )?chair (?:under|against) the (?:doorknob|door handle|knob)\b"
        # A protection order broken: "his car is parked down my street again, restraining order
        # or not".
        r"|\b(?:restraining|protective|protection) order\b,? (?:or not|and (?:he|she|they) "
        r"(?:still|keeps|kept)|but (?:he|she|they) (?:still|keeps|kept|came|showed))\b"
        r"|\b(?:violat\w*|broke|breaking|ignor\w*) (?:the|my|his|her|a) (?:restraining|protective|"
        r"protection) order\b"
        # Veiled threats: "i'll see what she's capable of", "there'd be two bodies", "accidents
        # happen", "the rest of my short life", "beat some respect into me".
        r"|\bsee what (?:he|she|they|i) (?:is|are|am) capable of\b"
        r"|\bthere (?:would|will|is going to) be (?:two |2 |three )?bodies\b"
        r"|\b" + _ABUSER + r" (?:says|said|told me|tells me|reminds me|reminded me|texted)\b"
        r".{0,10}?\baccidents happen\b.{0,40}?\b(?:after i|if i (?:leave|tell|talk|call|go)|to "
        r"(?:girls|women|wives|people|snitches) who)\b"
        r"|\bthe rest of (?:my|your) short life\b"
        r"|\bbeat (?:some )?(?:sense|respect|manners) into me\b"
        r"|\b(?:it would|would) be a shame if (?:something|anything) (?:happened|happens) to "
        r"(?:you|me|your|my)\b",
        # The writer's own photos, or a house for sale.
        unless=_JOKE_OR_STORY + r"|\bi (?:took|take|snapped|shot) (?:\w+ )?(?:pics|photos|"
        r"pictures|videos?)\b|\b(?:listing|realtor|zillow|for sale|appraisal|insurance)\b",
    ),
)

RULES: tuple[Rule, ...] = (
    *DANGER_RULES,
    # --- direct statements of suicidal thinking ---
    rule(
        "kill_myself",
        signs.SUICIDAL_THOUGHTS,
        r"\b(?:kill|kills|killing|killed|unalive|unaliving|off|offing) myself\b|\bkms\b"
        r"|\bunalive\b",
        # "Killing myself to keep my streak", "killing myself at the gym": effort, not intent.
        unless=r"\bkill(?:ing)? myself (?:to (?:keep|finish|get|make|meet|hit|study|learn|save|"
        r"pay|close|sell|land|pass|win|ship|launch)|over (?:this|a|the|my) (?:\w+ )?(?:streak|"
        r"deadline|project|exam|essay|homework)|"
        r"for (?:this|a|the|my) (?:\w+ )?(?:streak|deadline|project|exam|grade|paycheck)|(?:at|"
        r"in) (?:the gym|work|class|practice))\b(?!.*\b(?:kill myself|end it|die|not worth it)\b)",
    ),
    rule(
        "suicide",
        signs.SUICIDAL_THOUGHTS,
        r"(?<!\bnot )(?<!\bnever )(?<!\bnever been )(?<!\bnot feeling )(?<!\bnot really )"
        r"\bsuicid\w*\b(?! (?:prevention|awareness|squad|bomber|doors|mission|deterrents?|nets?|"
        r"barriers?|fences?))",
        # Suicides run at practice are sprints.
        unless=r"\b(?:run|ran|running|do|did|doing) (?:\w+ ){0,3}suicides\b"
        r"|\bsuicides? (?:drills?|sprints?)\b",
    ),
    rule(
        "end_my_life",
        signs.SUICIDAL_THOUGHTS,
        r"\b(?:end|ending|ended|take|taking|took|finish|finishing) (?:my|my own) life\b"
        r"|\b(?:end|ending) (?:it all|everything|my suffering for good|the pain for good)\b",
    ),
    rule(
        "end_things_for_good",
        signs.SUICIDAL_THOUGHTS,
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
        signs.METHOD,
        r"\b(?:looked|look|looking|searched|search|searching|googled|googling|read|reading|"
        r"checked|checking|found out|find out|finding out)(?: up| about| online)? how (?:high|tall|"
        r"far down|far)(?: up)?(?: \w+){0,3} (?:bridge|building|roof|rooftop|cliff|balcony|"
        r"overpass|tower|parking (?:garage|structure)|drop)s?\b",
        unless=r"\b(?:project|homework|school|class|essay|trip|tour|visit|visiting|hike|"
        r"photos?|pictures?|architecture|engineering|view)\b",
    ),
    rule(
        "want_to_die",
        signs.SUICIDAL_THOUGHTS,
        r"\b(?:want|wanted|wanting|wish|wished|wishing|hoping|praying|ready|deserve|deserves|need|"
        r"longing|long|urge|urges|desire|impulse|"
        r"would like)(?: to| i could| i would| i was going to| i will| i can)? ?(?:just )?"
        r"die\b(?! (?:of|from|a little|laughing|inside|happy|old|with laughter|when|on the spot)\b)"
        r"|\b(?:hope|hoping|pray|praying) (?:that )?i (?:just )?(?:die|will die|would die)\b",
        unless=_MISHAP,
    ),
    rule(
        "should_die",
        signs.SUICIDAL_THOUGHTS,
        r"\bi (?:should|ought to|might as well|may as well) (?:just )?(?:die|be dead|kill)\b"
        r"|\bi (?:should not|do not deserve to) (?:be alive|live|exist|be here)\b",
    ),
    rule(
        "not_want_to_live",
        signs.SUICIDAL_THOUGHTS,
        r"\b(?:do not|did not|does not|never|no longer|not)(?: [\w']+){0,3}? (?:want|wanted|"
        r"wanting) to (?:be alive|exist|stay alive|keep living|go on living|be here anymore|"
        r"be around anymore|be here any longer|be on this earth|be in this world)\b"
        r"|\b(?:do not|did not|no longer|not) (?:really )?(?:want|wanted|wanting) to live\b"
        r"(?! (?:in|with|near|at|there|here|together|alone|abroad|on|by|somewhere|close|"
        r"like (?:that|them|him|her)|next|far|so far)\b)",
    ),
    rule(
        "thinking_of_not_being",
        signs.SUICIDAL_THOUGHTS,
        r"\b(?:think|thinking|thought|dream|dreaming|fantasi[sz]e|fantasi[sz]ing) (?:about|of) "
        r"(?:not (?:being (?:here|alive|around)|existing|waking up)|dying|death|my death|"
        r"ending (?:it|things) for good|not being in this world)\b",
    ),
    rule(
        "unafraid_of_death",
        signs.SUICIDAL_THOUGHTS,
        r"\b(?:not|no longer|never) (?:really |even )?(?:scared|afraid|frightened|fearful) "
        r"(?:of|to) (?:dying|death|die|being dead)(?: (?:anymore|any more|now))?\s*(?:,|$)",
    ),
    rule(
        "rather_be_dead",
        signs.SUICIDAL_THOUGHTS,
        r"\b(?:rather|prefer to|prefer) (?:be dead|die|not exist|not be alive|not be here)"
        r"(?:" + _END + r"| than (?:live|be alive|go on|keep (?:going|living)|wake up|feel|face|"
        r"keep feeling|be me|be here))",
        # An app or a date turned down: "reinstalling bumble? i'd rather be dead, no thanks".
        unless=r"\brather be dead,? no thanks\b",
    ),
    # --- wishing not to be alive, without a stated intent ---
    rule(
        "wish_dead",
        signs.DEATH_WISH,
        r"\b(?:wish|wished|wishing|hope|hoping) (?:that )?i (?:was|were|would be|could be|had been|"
        r"am) (?:dead|gone forever|never born|not alive|not here anymore)\b"
        r"|\b(?:wish|wished|wishing) i (?:had never|never|was never|were never|had not) "
        r"(?:been born|existed|woken up|woke up)\b"
        r"|\bwish(?:ed|ing)? i would (?:never|not) (?:have )?(?:been born|existed)\b",
    ),
    rule(
        "not_wake_up",
        signs.DEATH_WISH,
        r"\b(?:go|going|went|fall|falling) to sleep (?:and|&) (?:never|not|would not|will not) "
        r"wake up\b"
        # Not waking someone else: "praying i don't wake up the baby".
        r"|\b(?:hope|hoping|wish|wishing|pray|praying) (?:that )?i (?:do not|never|will not|"
        r"would not|did not|wo not) wake up\b(?! (?:the|my|our|him|her|them|anyone|everyone)\b)"
        r"|\b(?:do not|did not|never) (?:want|wanted|wanting) to wake up\b"
        r"|\bsleep forever\b|\bnever wake up\b"
        r"|\b(?:what if|if only|maybe if|imagine if) i (?:just |simply )?"
        r"(?:did not|never|would not|will not|could not) wake up\b"
        r"|\b(?:would not|do not|did not) (?:mind|care) if i (?:did not|never) wake up\b",
    ),
    rule(
        "easier_not_to_be",
        signs.DEATH_WISH,
        r"\b(?:easier|better|simpler|a relief|nicer|kinder|happy|glad|relieved|grateful) (?:to|"
        r"if i|if i could|if i would) (?:just )?(?:not|never|no longer|did not|do not|would not) "
        r"(?:wake up|be here|exist|be alive|be around)\b"
        r"|\b(?:easier|better|simpler|a relief) (?:to|if i) (?:just )?(?:die|died|end it all|"
        r"disappear forever|be dead|was dead|were dead)\b",
    ),
    rule(
        "would_not_mind_dying",
        signs.DEATH_WISH,
        r"\b(?:would not|do not|did not|would never|wouldn't) (?:mind|care) if i (?:died|was dead|"
        r"were dead|got hit|got killed|did not make it|was gone|disappeared)\b"
        r"|\bif i died (?:tomorrow|today|tonight|in my sleep|right now)\b"
        # "Angry I didn't die in my sleep"; not of embarrassment.
        r"|\b(?:angry|mad|pissed|disappointed|upset|annoyed|furious|bummed) (?:that )?i "
        r"(?:did not|never) die\b(?! (?:of|from|laughing)\b)",
    ),
    rule(
        "hope_something_kills_me",
        signs.DEATH_WISH,
        r"\b(?:hope|hoping|wish|wishing|pray|praying) (?:that )?(?:a|an|some|the|something|"
        r"someone|somebody)?" + WORD + r"{0,3} (?:would |will |just )?(?:hits?|kills?|runs? over|"
        r"takes?|crash(?:es)?(?: and takes)?|shoots?|shot|stabs?|stabbed|killed|ran over) "
        # Not a text or a ride: "shoots me a text", "hits me up", "takes me home".
        r"(?:me|with me)\b(?! up\b| back\b| an? (?:text|message|dm|email|line|look|call|note)\b"
        r"| home\b| seriously\b| along\b)",
    ),
    rule(
        "disappear_forever",
        signs.DEATH_WISH,
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
        signs.DEATH_WISH,
        r"\bbetter off dead\b|\bbetter dead\b"
        r"|\bi (?:am|would be|will be|would|might be|might as well be)(?: \w+)? better off "
        r"(?:gone|not here|not alive|not existing|not around|in the ground)\b(?! from\b)"
        r"|\bbetter off (?:once|when|after) i am (?:buried|dead|in the ground)\b",
    ),
    # --- feeling a burden, the world better without them ---
    rule(
        "better_off_without_me",
        signs.BURDEN,
        r"\b" + _EVERYONE + WORD + r"{0,4}? (?:be |been )?(?:so |much |a lot |all )*"
        r"(?:better|happier|easier|lighter|fine|okay|ok)(?: off| place)?"
        r"(?: growing up| being raised)? without me\b"
        r"|\b(?:better|happier|easier)" + WORD + r"{0,4}? if i (?:was|were|am|had|did|never|"
        r"just|was just)?\s?" + _GONE_STRONG + r"\b"
        r"|\b" + _EVERYONE + WORD + r"{0,4}? (?:better|happier|easier)" + WORD + r"{0,3}? if i"
        r"(?: (?:just|really|simply|was|were|am|no longer))* (?:gone|not here|not around|"
        r"disappeared|did not exist|left for good)\b",
        # "The world keeps spinning fine without me on vacation": time off, not a burden.
        unless=r"\b(?:on vacation|no emails|out of office|pto|week off|day off)\b",
    ),
    rule(
        "doing_everyone_a_favour",
        signs.BURDEN,
        r"\b(?:do|doing|did|done) (?:everyone|everybody|the world|my family|them|you all|"
        r"all of (?:you|them)|people)(?: \w+)? a (?:favou?r|kindness|service) (?:by|if i) "
        r"(?:just )?(?:disappearing|dying|died|disappeared|not being (?:here|around|alive)|"
        r"being gone|killing myself|killed myself|ending it|leaving (?:forever|for good))\b",
    ),
    rule(
        "burden",
        signs.BURDEN,
        r"\bburden (?:to|on|for) (?:everyone|everybody|all of (?:you|them)|all|the world|"
        r"my (?:whole )?(?:family|friends|kids|children|parents|loved ones)|the people|"
        r"those around me|everyone around me|everybody around me)\b"
        r"|\b(?:i am|i feel like|i feel like i am|i have become|i have always been|"
        r"i will always be|i am only|i am just)(?: \w+){0,2} "
        r"(?:burden|waste of (?:space|oxygen|air|a life))" + _END,
    ),
    rule(
        "nobody_would_miss_me",
        signs.BURDEN,
        r"\b(?:no one|nobody|no-one|noone|not one person|not a single person|not a soul)"
        + WORD
        + r"{0,3}? (?:miss|notice|care|cry|come to my funeral)(?: \w+){0,2}? if i (?:died|was gone|"
        r"were gone|disappeared|was not here|were not here|was not around|were not around|"
        r"killed myself|did not wake up|was dead|were dead|ended it|never came back)\b"
        r"|\b(?:no one|nobody|no-one|noone|not one person|not a single person|not a soul)"
        + WORD
        + r"{0,3}? (?:miss me|notice i am gone|notice i was gone|notice if i was gone|"
        r"come to my funeral|cry at my funeral|care if i (?:die|died|am gone|am dead))\b",
    ),
    # --- hopelessness: no reason to go on ---
    rule(
        "no_reason_to_live",
        signs.HOPELESSNESS,
        r"\b(?:no|any|lost (?:my|the|all)|without a|without any|cannot find a|can not find a|"
        r"not one) (?:real |good |single )?reasons? (?:left )?(?:for me |for anyone )?"
        r"(?:to|for) (?:live|living|go on|going on|keep going|stay alive|staying alive|"
        r"be alive|being alive|wake up|get up|be here|keep living)\b"
        r"|\bnothing (?:left )?(?:for me )?to live for\b"
        r"|\blost (?:every|any|all) reason to (?:live|keep going|go on|stay)\b",
    ),
    rule(
        "no_point_living",
        signs.HOPELESSNESS,
        r"\b(?:no|not any|what is the|what's the|whats the|what was the|not much|see no|"
        r"do not see the|do not see any) point (?:in |of |to )?(?:me |my )?"
        r"(?:living|life|being alive|going on|existing|anything anymore|it all|waking up|"
        r"trying anymore|being here)\b"
        r"|\b(?:life|my life|living|being alive)" + WORD + r"{0,2}? (?:is|feels|seems) "
        r"(?:not worth (?:living|it)|pointless|meaningless|worthless)\b"
        r"|\bnot worth living\b",
    ),
    rule(
        "cannot_go_on",
        signs.HOPELESSNESS,
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
        signs.SUICIDAL_THOUGHTS,
        r"\b(?:going to|might|about to|afraid i will|scared i will|worried i will|could|will|"
        r"want to) do something (?:stupid|drastic|dangerous|i (?:will|would|can not) (?:regret|"
        r"undo))" + _END + r"|\bdo something (?:drastic|permanent|final)\b",
    ),
    rule(
        "want_it_all_to_end",
        signs.HOPELESSNESS,
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
        signs.METHOD,
        r"\bhow (?:many|much)" + WORD + r"{0,3}? " + _MEDS + r"\b",
        unless=(
            r"\bfor (?:a |my |the |this )?(?:headaches?|migraines?|colds?|flu|fevers?|cramps|"
            r"period|back|tooth|toothache|allergies|hangover|sore)\b|\bprescribed\b|\b(?:a"
            r"|each) day\b|"
            r"\bis safe\b|\ballerg\w*|"
            r"\bper day\b|\bsupposed to\b|\bdoctor (?:said|told)|\bpharmacist\b"
        ),
    ),
    rule(
        "lethal_dose",
        signs.METHOD,
        r"\b(?:lethal|fatal|deadly|toxic) (?:doses?|amounts?|overdoses?|quantit(?:y|ies))\b"
        r"|\boverdos\w*|\b(?:" + _INTENT + r")" + WORD + r"{0,2}? o\.?d\b|\bo\.?d(?:ing|ed)? on\b"
        # "What's a lethal number of advil pills"; not a lethal number of hits in a game.
        r"|\b(?:lethal|fatal|deadly|toxic) (?:number|count|handful|amount) of (?:\w+ ){0,2}?"
        + _MEDS
        + r"\b",
        # A sugar or television "overdose", or one studied for an exam.
        unless=r"\b(?:sugar|caffeine|coffee|cake|candy|chocolate|carb|cuteness|netflix|tv|anime|"
        r"content|meme|serotonin|dopamine) overdos\w*"
        r"|\boverdos\w* (?:of|on) (?:sugar|caffeine|coffee|cake|candy|chocolate|carbs|cuteness|"
        r"netflix|tv|anime|k-?dramas?|memes|content|love|reality tv|\w+ shows)\b"
        r"|\b(?:signs|symptoms) of (?:an? )?(?:\w+ )?overdose\b|\bantidote\b|\bflashcards\b",
    ),
    rule(
        "bleed_out",
        signs.METHOD,
        r"\bbleed(?:ing)? out\b|\bbled out\b"
        r"|\bhow long (?:it takes|does it take|would it take|it would take|until) (?:to |you |"
        r"someone |a person )?(?:die|drown|bleed|suffocate|overdose|pass out and die)\b",
    ),
    rule(
        "stockpiling",
        signs.METHOD,
        r"\b(?:stockpil\w*|hoard\w*|stash\w*|sav(?:e|ed|ing) up|collect(?:ing|ed)|"
        r"squirrel(?:l?ing|l?ed)? away|putting aside|put aside|saving)"
        r"(?: all)?(?: of)?(?: my| the| these| those)?(?: old)? " + _MEDS + r"\b"
        r"|\b(?:counting|counted|lining up|lined up|staring at|stared at)(?: all)?(?: of)?"
        r"(?: my| the| these| those)?(?: \w+)? " + _MEDS + r"\b"
        r"|\b" + _MEDS + r"\b" + WORD + r"{0,8}? (?:counting|counted|count) them\b"
        # Doses skipped to save them up: "skipping my trazodone so i can stockpile the bottle".
        r"|\b(?:skipping|skipped|skip|not taking) my \w+\b.{0,20}?\bso (?:i can|i could|that i "
        r"can) (?:stockpile|save (?:them|it) up|hoard|stash)\b.{0,30}?\b(?:bottle|pills|meds|"
        r"doses|tablets)\b",
        unless=r"\b(?:prescription|pharmacy|pharmacist|refill|doctor|make sure it was right|"
        r"correct|pill organi[sz]er|organi[sz]er|pill ?box|for the week|weekly|the right number)\b",
    ),
    rule(
        "took_many_pills",
        signs.METHOD,
        r"\b(?:took|take|taking|swallowed|swallow|swallowing|downed|down)"
        + WORD
        + r"{0,2}? (?:all|a whole bottle|the whole bottle|a bottle|the bottle|a handful|handfuls|"
        r"a bunch|too many|a lot|all the rest|the rest|every one)(?: of)?(?: my| the| those| "
        r"these)?(?: \w+)? " + _MEDS + r"\b",
    ),
    rule(
        "jumping",
        signs.METHOD,
        r"\b(?:jump|jumping|jumped|throw myself|throwing myself|threw myself|leap|leaping) "
        r"(?:off|from)(?: of)? (?:a|the|my|that|this)?" + WORD + r"{0,2}? (?:bridge|roof|rooftop|"
        r"building|balcony|cliff|overpass|parking (?:garage|structure)|window|tower|ledge)\b"
        r"|\b(?:jump|jumping|jumped|step|stepping|stepped|throw myself|throwing myself|"
        r"threw myself|walk|walking|lie down|lying down) (?:in front of|under|onto) (?:a|the)?"
        + WORD
        + r"{0,2}? (?:train|bus|car|truck|traffic|tracks|subway|lorry)\b",
        # A machine's daily outrage, not a plan: "I'll jump off the roof if this printer jams".
        unless=r"\bif (?:this|the|my|that) (?:\w+ )?(?:printer|computer|laptop|wifi|internet|"
        r"phone|app|traffic|meeting|class|alarm|zoom|bus|train) \w+|🙄"
        # A thrill on a list: "bungee jumping off a bridge in new zealand is on my bucket list".
        r"|\bbungee\b|\bbucket list\b"
        # One more of a chore: "if I get one more email about parking permits".
        r"|\bif i (?:get|have to (?:\w+ )?|hear|see|read|answer|sit through) one more "
        r"(?:\w+ ){0,3}?"
        r"(?:emails?|meetings?|zoom|spreadsheets?|forms?|surveys?|memos?|invoices?|notifications?|"
        r"reply[ -]alls?|robocalls?|permits?|tickets?|group chats?)\b",
    ),
    rule(
        "driving_into",
        signs.METHOD,
        r"\b" + _INTENT + WORD + r"{0,3}? (?:drive|driving|drove|crash|crashing|swerve|swerving|"
        r"steer|steering)" + WORD + r"{0,3}? (?:into|off)" + WORD + r"{0,3}? (?:wall|tree|traffic|"
        r"oncoming|bridge|cliff|road|pole|barrier|lake|river|ocean|truck)\b"
        # Not a drive past someone's home: "drove past his apartment on purpose".
        r"|\b(?:drive|drove|crash|crashed|swerve|swerved)(?! (?:past|by|around|through|"
        r"over to)\b)" + WORD + r"{0,4}? on purpose\b"
        r"|\b" + _WANT + WORD + r"{0,3}? "
        r"(?:crash|crashing|wreck|wrecking|total|totalling|totaling) (?:my|the) car\b",
    ),
    rule(
        "hanging_and_other_means",
        signs.METHOD,
        r"\b(?:hang|hanging|hung) myself\b|\bnoose\b"
        r"|\b(?:slit|slash|slitting|slashing|cut|cutting) (?:my|both) wrists\b"
        # Not the idiom "shot myself in the foot".
        r"|\b(?:shoot|shooting|shot) myself\b(?! in the foot\b)"
        r"|\bgun (?:to|against|in) my (?:head|mouth|temple)\b"
        r"|\b(?:buy|bought|get|got|getting|buying|borrow|borrowing) a (?:gun|pistol|firearm)\b"
        # A safe, a case or a lock for the guns, not a gun.
        r"(?! (?:safe|case|lock|cabinet|rack|cleaning kit)\b)"
        r"|\b(?:drown|drowning|suffocate|suffocating|poison|poisoning|gas|gassing|electrocute|"
        r"strangle|strangling|starve|starving) myself\b"
        r"|\bset myself on fire\b"
        r"|\b(?:bought|buy|buying|got|get|getting|keep|keeping|kept|hid|hide|hiding|stash\w*|"
        r"have) (?:some |new |more |a pack of |a box of |my |the )?(?:razor ?blades|blades)\b"
        r"(?! for\b)",
    ),
    rule(
        "researching_ways",
        signs.METHOD,
        r"\b(?:painless|quickest|quick|easiest|easy|best|surest|peaceful) (?:ways?|methods?|"
        r"means) (?:to|of) (?:die|dying|go|end it|kill)\b"
        r"|\b(?:ways|methods|how) to (?:die|kill myself|end my life|end it all|commit|"
        r"overdose|not wake up|hang)\b(?! (?:well|with dignity|happy)\b)"
        r"|\b(?:have|made|make|making|got|came up with|worked out) (?:a|the|my) (?:plan|plans|"
        r"date|time|method) (?:to|for) (?:die|dying|kill myself|end (?:it all|my life|"
        r"everything)|my death)\b"
        r"|\b(?:know|knew|figured out|thought about|decided|planned|worked out|picked|chosen|"
        r"chose)" + WORD + r"{0,2}? (?:how|when|where) i (?:would|will|am going to|could|want to|"
        r"might|will) (?:do it|end it|die|kill myself|end it all)\b",
    ),
    # --- preparation and farewell ---
    rule(
        "goodbye_notes",
        signs.PREPARATION,
        r"\b(?:goodbye|good-bye|good bye|farewell|final|last) (?:letters?|notes?|messages?|texts?|"
        r"videos?|emails?) (?:to|for) (?:everyone|everybody|all of (?:you|them)|the people i love|"
        r"my (?:whole )?(?:family|kids|children|parents|friends|mom|dad|mum|mother|father|sister|"
        r"brother|loved ones|partner|wife|husband))\b"
        r"|\b(?:wrote|written|writing|write|left|leave|leaving) (?:a|my|some) (?:notes?|letters?)"
        + WORD
        + r"{0,4}? (?:in case|for when|for after|for if) (?:something happens|anything happens|"
        r"i am gone|i die|i am not here|i do not make it)\b"
        r"|\b(?:saying|said|say|made) my goodbyes\b|\bgoodbye (?:forever|world|cruel world)\b"
        r"|\bgoodbye everyone" + _END,
        unless=r"\b(?:airport|see you|flight|trip|vacation|moving|deployment|semester|graduation|"
        r"last day|new job|party|starting (?:at (?:the|a)|my new|a new)|"
        + _WORKPLACE_GOODBYE
        + r")\b",
    ),
    rule(
        "giving_things_away",
        signs.PREPARATION,
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
        signs.PREPARATION,
        r"\b(?:will not|am not going to|not going to|may not|might not) be (?:around|here|alive)"
        r"(?: \w+)? (?:much longer|for (?:much )?long|anymore|any longer|to see (?:it|another|"
        r"next|christmas|my birthday|you|them|him|her|my))\b"
        r"|\b(?:will not|never|no one will|nobody will) (?:have to|need to) worry about me "
        r"(?:again|anymore|any longer|much longer|ever again)\b"
        r"|\blast (?:night|day|week) (?:alive|on earth|of my life)\b"
        r"|\bby the time (?:you|anyone|someone|they|somebody|people|he|she)" + WORD + r"{0,2}? "
        r"(?:read|reads|find|finds|see|sees|get|gets) (?:this|these|my)" + WORD + r"{0,4}? "
        r"(?:gone|dead|not here|no longer|be over|not alive)\b",
    ),
    rule(
        "when_i_am_gone",
        signs.PREPARATION,
        r"\b(?:when|after|once|if) i am (?:dead|no longer alive|no longer here|not alive)\b"
        r"|\b(?:when|after|once) i am gone\b(?! (?:for|on|to|from|at|this|next|tomorrow|all day|"
        r"away|out|overnight|abroad|until|till|traveling|travelling|over|during|camping|"
        r"visiting|with|back|home)\b)",
    ),
    rule(
        "own_funeral",
        signs.PREPARATION,
        r"\b(?:imagine|imagining|imagined|picture|picturing|pictured|think about|thinking about|"
        r"thought about|planning|plan|planned|dream about|dreaming about)" + WORD + r"{0,3}? "
        r"my (?:own )?(?:funeral|death|memorial|obituary)\b",
    ),
    # --- self-harm ---
    rule(
        "self_harm_words",
        signs.SELF_HARM,
        r"\bself[ -]?(?:harm\w*|injur\w*|mutilat\w*|destruct(?:ing|ed)? on purpose)|\bnssi\b",
    ),
    rule(
        "cutting_or_burning_myself",
        signs.SELF_HARM,
        r"\b(?:cut|cuts|cutting|burn|burns|burned|burnt|burning|carve|carved|carving|harm|harmed|"
        r"harming|mutilate|mutilated|injure|injured|injuring)"
        r" myself\b",
        unless=_ACCIDENT,
    ),
    rule(
        "intent_to_hurt_myself",
        signs.SELF_HARM,
        r"\b" + _INTENT + WORD + r"{0,3}? (?:hurt|hurting|harm|harming|hit|hitting|punch|punching|"
        r"scratch|scratching|bite|biting|cut|cutting|burn|burning|injure|injuring|punish|"
        r"punishing|bruise|bruising) myself\b(?! (?:by|with) (?:going|texting|checking|"
        r"staying|looking|thinking|calling|reading|scrolling|waiting)\b)"
        r"|\b(?:hurt|hurting|hurts|harm|harming|hit|hitting|punch|punching|scratch|scratching|"
        r"scratched|bite|biting|bit|bruise|bruised|injure|injuring|injured|pinch|pinching|"
        r"slap|slapping|slapped|bang|banging|banged) (?:myself|my (?:arms?|legs?|head|wrists?|"
        r"thighs?|skin|stomach|face))" + WORD + r"{0,3}? (?:on purpose|deliberately|intentionally|"
        r"until (?:it|they|i) (?:bleeds?|bled|bruised?|hurts?|hurt|broke)|until i bleed|"
        r"so hard|to feel (?:something|better|real|anything|in control)|to punish|as punishment)\b",
        # "My toddler bit my arm so hard": the child or the pet did it.
        unless=r"\b(?:my|the|our|his|her) (?:toddler|baby|son|daughter|kid|cat|kitten|dog|puppy|"
        r"hamster|parrot|nephew|niece) (?:\w+ )?(?:bit|bites|scratched|scratches|hit|hits|punched|"
        r"pinched|slapped|kicked|headbutted)\b|\bteething\b",
    ),
    rule(
        "self_harm_with_instrument",
        signs.SELF_HARM,
        r"\b(?:cut|cutting|scratch|scratched|scratching|carve|carved|carving|burn|burned|burnt|"
        r"burning|stab|stabbed|stabbing|poke|poked|poking|pierce|pierced) (?:myself|my (?:arms?|"
        r"legs?|wrists?|thighs?|skin|stomach|hips?|hands?|ankles?))"
        + WORD
        + r"{0,2}? with (?:a |my |"
        r"the |some )?(?:pin|safety pin|needle|razor|blade|knife|scissors|compass|lighter|"
        r"cigarette|glass|shard|sharpener|paperclip|nail file)\b"
        r"|\b(?:cut|cutting|scratch|scratched|scratching|burn|burned|burnt|burning|hit|hitting|"
        r"punch|punched|bite|bit|biting|pinch|pinched) (?:myself|my (?:arms?|legs?|wrists?|"
        r"thighs?|skin|stomach|hips?|hands?|head|face))" + WORD + r"{0,5}? to (?:calm (?:myself )?"
        r"down|cope|numb|feel (?:something|better|real|anything|in control)|punish myself|"
        r"stop (?:the|my) thoughts|get through)\b",
        unless=_ACCIDENT,
    ),
    rule(
        "cutting_again",
        signs.SELF_HARM,
        r"\b(?:been|started|start|starting|began|keep|kept|went back to|back to|relapsed|"
        r"relapsing|stop|stopped|quit|urge|urges|resist|resisted) (?:on |into )?(?:cutting|burning)"
        r"(?: myself)?(?: again)?\s*(?:,|$|again\b|last night|tonight|today)"
        r"|\b(?:i|i have|i had) (?:cut|burned|burnt) again\b|^(?:cut|burned|burnt) again\b"
        # The harm going on again now: "i'm cutting again tonight", "fresh lines on my ankles",
        # a lighter held to the skin, the blade gone back to, cuts hidden where no one sees.
        r"|\bi am (?:cutting|burning|scratching) again\b"
        # The harm as what follows every fight: "after every fight i lock the door and cut my
        # legs"; not a leg cut shaving (``_SCRATCHED_OR_GROOMED``).
        r"|\b(?:after every|every time|everytime|whenever)\b.{0,60}?\bi(?: \w+){0,6}? (?:and )?"
        r"(?:cut|burn|carve) my (?:arms|legs|wrists|thighs|ankles|stomach|hips|skin)\b"
        r"|\bwent (?:back )?(?:to|for) (?:the|my) (?:blade|razor)\b"
        r"|\bold habit with the (?:blade|razor)\b"
        r"|\bi (?:cut|burn) (?:where|so) (?:nobody|no one) (?:can|will|could) see\b"
        # The harm as a habit of now: "i cut my ankles now bc nobody looks at ankles".
        r"|\bi (?:cut|burn|scratch) my (?:arms|legs|wrists|thighs|ankles|stomach|hips|skin|feet) "
        r"(?:now|these days|nowadays|instead)\b"
        r"|\bfresh (?:lines|cuts|marks|burns|scratches) on my (?:arms?|forearms?|legs?|ankles?|"
        r"wrists?|thighs?|stomach|hips?|skin)\b"
        r"|\b(?:held|hold|holding|pressed|press|pressing) (?:a |the |my )?(?:car )?(?:lighter|"
        r"cigarette|lit match|hot spoon|curling iron) (?:to|against|on|into) my (?:arm|forearm|"
        r"wrist|leg|thigh|skin|hand|stomach|ankle)\b"
        r"|\b(?:cut|burned|burnt|scratched|carved) (?:my|both) (?:arms?|legs?|wrists?|thighs?|"
        r"stomach|skin|hips?)\b.{0,20}?\b(?:again|tonight|last night|on purpose|deep|deeper)\b"
        r"|\b(?:keep|kept|been|started|start) (?:cutting|burning|scratching) (?:myself|my (?:arms?|"
        r"legs?|wrists?|thighs?|stomach|skin))\b"
        r"|\bcan not stop (?:hurting|cutting|harming|burning|hitting) myself\b(?! (?:by|with)\b)"
        r"|\b(?:hit|punch|slap|scratch|bite|pinch|hurt|cut|burn) myself (?:when|whenever|every "
        r"time|if) i (?:get|feel|am)\b"
        r"|\b(?:covered in|full of) (?:new |fresh )?(?:cuts|burns)\b"
        r"|\b(?:carved|carve|carving|scratched|etched|cut) (?:\w+ ){0,3}into my (?:arms?|skin|"
        r"legs?|wrists?|thighs?|stomach)\b"
        r"|\b(?:used|use|using|took|take|taking|went (?:straight )?for) (?:a|the|my) (?:razor|"
        r"blade|knife|lighter|scissors|box cutter|compass|x-?acto(?: knife)?)\b"
        r".{0,20}?\b(?:on|to) (?:myself|my (?:arms?|forearms?|legs?|wrists?|thighs?|skin|stomach|"
        r"hips?))\b"
        r"|\b(?:been|started|start|starting|began|keep|kept|went back to|back to|relapsed|"
        r"relapsing) (?:hurting|harming|hitting|punching|scratching|burning|cutting|bruising) "
        r"myself\b(?! (?:by|with|over|emotionally|mentally|when i|every time i|trying)\b)"
        r"|\brelapsed (?:on|into|with) (?:cutting|self[ -]?harm|sh)\b|\bsh relapse\b",
        unless=_SCRATCHED_OR_GROOMED,
    ),
    # Cutting told as a habit of the past with a bare verb ("I used to cut. I did it again."):
    # the past context excuses it, unless the text tells of a relapse (``context``).
    rule(
        "cutting_told_as_past",
        signs.SELF_HARM,
        r"\bi (?:used to|would) (?:cut|self[ -]?harm)(?=\s*(?:$|[,;:]|(?:and|but|in|when|for|as|"
        r"back|a lot|too|every|before|until|after|since|again|a few|years|for years|daily|often|"
        r"then|so|because)\b))"
        r"|\b(?:stopped|quit) (?:cutting|self[ -]?harming)(?: myself)?\b.{0,40}?"
        r"\b(?:slipped|relapsed|started again|did it again|cut again)\b",
    ),
    rule(
        "until_it_bleeds",
        signs.SELF_HARM,
        r"\b(?:punch|punched|punching|hit|hitting|scratch|scratched|scratching|pick|picked|"
        r"picking|bite|bit|biting|bang|banged|banging|pull|pulled|pulling|pinch|pinched|pinching)"
        + WORD
        + r"{0,4}? (?:until|till|til) (?:my (?:knuckles|hands?|skin|arms?|legs?|wrists?|nails?|"
        r"lips?|fingers?|scalp|head|face)|it|they|i) (?:\w+ )?(?:bled|bleed|bleeds|bruised|bruise|"
        r"bruises|broke|split|was raw|were raw)\b",
        unless=r"\b(?:my|the|our|her|his) (?:cat|kitten|dog|puppy|bird|parrot|hamster)\b",
    ),
    rule(
        "hiding_marks",
        signs.SELF_HARM,
        r"\b(?:hide|hiding|hid|cover|covering|covered|conceal|concealing)(?: up)?"
        r"(?: the| my| these| those| all the)?(?: fresh| new| old)? (?:cuts|scars|marks|burns|"
        r"bruises|wounds)\b"
        r"|\b(?:no one|nobody|people|anyone|he|she|they) (?:can |will |would )?(?:sees?|notices?|"
        r"finds?|asks? about) (?:the|my)(?: fresh| new)? (?:cuts|scars|burns|marks|wounds)\b"
        r"|\b(?:fresh|new|deep) (?:cuts|burns|wounds|scars) on my (?:arms?|wrists?|legs?|thighs?|"
        r"stomach|hips?|skin)\b",
        # Scars from surgery, bruises from a fall, a hickey: marks hidden for other reasons.
        unless=r"\b(?:surgery|surgical|c-section|cesarean|appendix|stitches|operation|acne|"
        r"chicken ?pox|tattoos?|sunburn|hickeys?|bug bites|mosquito\w*|stretch marks|birthmark|"
        r"eczema|psoriasis|my (?:cat|dog|kitten)|scratches from|fell|fall|tripped|bike|"
        r"accident|vaccine|shot|iv|blood draw|biopsy|mole|pacemaker)\b|" + _ON_SOMEONE_ELSE,
    ),
    # --- frames: intent or nearness + an act, told without the usual words ---
    rule(
        "planning_to_end_it",
        signs.SUICIDAL_THOUGHTS,
        r"\b(?:planning|plan|planned|close to|so close to|stopping me from|ready for|decided on|"
        r"thinking about|thought about|figured out|figuring out|how i would|how i will|when i will|"
        r"when to|where to|what is stopping me from|going to)(?: how to| when to| where to| to)?"
        r" (?:end(?:ing)? it|do(?:ing)? it|die|dying|go through with it|stop living)\b"
        r"|\b(?:want|wanted|going|ready|decided|need) to stop living\b"
        r"|\bcheck(?:ing)? out of (?:this )?life\b|\bmade up my mind\b.{0,40}\b(?:die|alive|end)"
        r"|\bnot (?:going to be|be) (?:alive|around|here) much longer\b"
        r"|\bplanning (?:on|to) not (?:be|being) (?:here|alive|around)\b"
        r"|\bthe plan is to (?:do it|end it|die|go through with it)\b"
        r"|\b(?:want|wanted|wish|need|ready) to (?:\w+ ){0,5}?be dead\b"
        r"|\b(?:welcome|embrace|would welcome) death\b"
        r"|\b(?:feel like|felt like|feeling like) ending it\b(?! with)"
        r"|\bi (?:will |am going to |could |should |might |can |just )?end it(?: all)?\b"
        r"(?! (?:with|between|for|by|when|because|if)\b)"
        r"|\b(?:picturing|imagining|imagine|picture|thinking about|dreaming about) (?:myself )?"
        r"not (?:existing|being here|being alive|waking up)\b"
        r"|\b(?:dying|death|suicide|ending it|killing myself|not being here) (?:is|would be|seems|"
        r"feels like|might be) (?:the|my) (?:only )?(?:answer|solution|way out|option|escape)\b"
        r"|\bwant out of (?:this|my) life\b|\b(?:over|end|gone)\b.{0,30}?\bme included\b"
        r"|\bhow easy it would be to (?:jump|fall|let go|step off|drive off|swerve|die|end it|"
        r"disappear|not wake up)\b",
        unless=r"\b(?:one more|another|if i have to|of boredom|of embarrassment|of laughter"
        # "Literally going to die if the barista spells my name wrong": a small thing, inflated.
        r"|literally going to die if"
        # Panic that feels like dying: "feeling like I'm going to die even though I know it's
        # just anxiety".
        r"|(?:feel|feels|feeling|felt) like i (?:am|was) going to die\b(?=.{0,80}\b(?:panic|"
        r"anxiety|heart attack|asthma|it passes|passed)\b)"
        # ...or said first: "if I don't get a vacation soon I'm literally going to die", "if i
        # don't get friday off".
        r"|\bif i (?:do not|can not) (?:get|have|eat|drink|find) (?:a |an |some |my |this |more "
        r")?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|the day|"
        r"the weekend|the week|next week|christmas|work|time) off|vacation|coffee|food|sleep|"
        r"nap|break|day off|weekend|snack|tacos?|pizza|caffeine|boba|sugar|chocolate|ice cream|"
        r"lunch)\b.{0,40}?\bgoing to die\b"
        # Heat told with a body melting: "it's so hot I'm melting, I'm going to die on this bus".
        r"|\b(?:so hot|too hot|melting|heat wave|heatwave|so cold|freezing)\b"
        r"(?:(?!\b(?:bridge|roof|ledge|tracks|tonight)\b).){0,40}?\bgoing to die\b(?! tonight)"
        r"|going to die if (?:he|she|they|anyone|someone|somebody|my \w+) (?:\w+ )?(?:sees?|"
        r"finds?|reads?|hears?|knows?|asks?|finds out|walks in)"
        r"|laughing|of "
        r"cringe|of hunger|of thirst)\b"
        + r"|"
        + r"\bwith (?:him|her|them|my|the|this)\b|\b(?:together|dating|bf|gf|boyfriend|"
        r"girlfriend|fianc\w*|engage\w*|situationship|talking stage|long distance|ldr|"
        r"we (?:are|have|keep|just|fight|argue|barely|both))\b|\b(?:relationship|breakup|lease|job|"
        r"marriage|contract|diet|project|homework|assignment|presentation|exam|test|race|"
        r"marathon|workout|tattoo|surgery|move|trip|renovation|interview|do it again)\b",
    ),
    rule(
        "hoping_to_die",
        signs.DEATH_WISH,
        r"\b(?:hope|hoping|pray|praying|wish|wishing|keep hoping|dream of|dreaming of)\b"
        r".{0,30}?\bi (?:just )?(?:get|got|would get|will get|could get) (?:hit|killed|cancer|"
        r"run over|into (?:a |an )?(?:car )?(?:accident|crash)|shot)\b"
        r"|\b(?:hope|hoping|pray|praying|wish|wishing)\b.{0,30}?\bmy (?:heart|breathing) "
        r"(?:would|will|could) (?:just )?stop\b"
        r"|\b(?:hope|hoping|pray|praying|wish|wishing|ask (?:god|him)) (?:every night )?"
        r"(?:that )?(?:god|he|the universe|something|someone) (?:would |will )?(?:takes?|kills?)"
        r" me\b|\bask (?:god|the universe) to take me\b"
        r"|\b(?:jealous of|envy|envious of) (?:the dead|people who (?:get to )?die|dead people|"
        r"people who died)\b"
        r"|\b(?:being dead|death|dying|not existing|not being alive) (?:sounds|seems|feels|would "
        r"be|is) (?:so )?(?:peaceful|nice|good|like a relief|a relief|better|easier|tempting|"
        r"like rest)\b"
        r"|\b(?:would be|it would be|sounds|feels like it would be) (?:so )?(?:nice|peaceful|"
        r"easier|better|a relief) to (?:just )?(?:be gone|be dead|not exist|not be here|"
        r"disappear|go to sleep forever)\b"
        r"|\bwhy (?:could not|did not|can not) i (?:have )?(?:die|died|be the one who died)\b"
        r"|\bwish i (?:had )?died\b|\bwish (?:it was|it had been) me (?:who died|instead)\b"
        r"|\b(?:hope|hoping|pray|praying|wish|wishing)\b.{0,30}?\bi (?:just )?(?:do not|never|"
        r"will not|would not) wake up\b(?! (?:the|my|our|him|her|them|anyone|everyone)\b)"
        # "If one of those semis on the 60 took me out, honestly, good".
        r"|\bif (?:a|the|some|one of (?:those|these|the)) (?:\w+ )?(?:bus|buses|car|cars|truck|"
        r"trucks|semi|semis|train|trains|plane|someone|something)(?: on the \w+)? (?:(?:hit|hits|"
        r"killed|kills|ran over|runs over) me|(?:took|takes) me out)\b.{0,40}?\b(?:mind|care|"
        r"relieved|okay|ok|fine|"
        r"good|happy|better|grateful)\b"
        r"|\bwish(?:ed)? i (?:did not|could not|would not|could just not|could stop|would stop)"
        r" (?:exist|be alive|be here)\b|\bto (?:not|never) wake up\b",
    ),
    rule(
        "nobody_needs_me",
        signs.BURDEN,
        r"\bwaste of (?:space|oxygen|air|skin|a life)\b|\bdead weight\b"
        # "I'm the leak in everyone's boat", the anchor round everyone's neck.
        r"|\bi am the (?:leak|hole|anchor|weight|millstone|rock) (?:in|on|around|round|sinking|"
        r"dragging(?: down)?) (?:everyone|everybody|my family|all of them|all of us)(?:'s)? "
        r"(?:boat|ship|neck|necks|lives?)\b"
        r"|\b(?:the world|everyone|nobody|no one|they|my family|people) (?:does not|do not|would "
        r"not|will not|(?:really )?do not|never did) (?:really )?need me\b"
        # "Nobody actually needs me to stick around"; not "nobody needs me here on fridays".
        r"|\b(?:nobody|no one|not one person) (?:actually |really |even |truly )?needs me "
        r"(?:to stick around|around|here|alive|to stay|to be here|anymore|any more)"
        r"(?=\s*(?:$|[,.;!?]|anymore\b|any more\b|at all\b|for good\b|on this earth\b))"
        r"|\b(?:they|everyone|everybody|people|my (?:family|kids|friends|parents|mom|dad))"
        r"(?: would| will)? (?:all )?(?:be )?(?:so |much |a lot )?(?:better off|relieved|happier|"
        r"freer)(?:\s*$| if i| when i| once i| without)"
        r"|\b(?:would not|will not|would never|will never) have to (?:worry|deal) (?:about|with) "
        r"me (?:anymore|again|any more|ever again)\b"
        r"|\b(?:would not|will not) have to worry (?:anymore|again)\b"
        r"|\b(?:kindness|favou?r|relief|gift|mercy) (?:to|for) (?:everyone|everybody|them|all|"
        r"the world|my family)\b.{0,20}?\bif i\b"
        r"|\brelieved if i (?:just )?(?:left|was gone|were gone|died|disappeared|was not here|"
        r"left this world)\b" + _FOR_A_WHILE + r"|\bleft this world\b",
        unless=r"\b(?:at work|on (?:my|the) team|in class|at school|group project|on the project|"
        r"at the gym|in the band)\b" + _THING_WASTE,
    ),
    rule(
        "giving_up_on_life",
        signs.HOPELESSNESS,
        r"\b(?:give|gave|giving|given) up on (?:life|living|being alive|myself and life|"
        r"everything and everyone)\b"
        r"|\bno way out (?:except|but|other than|besides) (?:dying|death|to die|ending it)\b"
        r"|\bcan not see myself (?:making it|alive|being alive|being here|surviving|living)\b"
        r"|\bstop trying to (?:live|stay alive|be alive)\b"
        r"|\b(?:will not|do not think i will|not going to) (?:survive|make it through) (?:this|"
        r"another|the|tonight)\b.{0,40}?\b(?:do not want to|not want to|and i do not care)\b"
        r"|\bcan not go on like this\b.{0,40}?\b(?:done|anymore|any more|over|end)\b"
        r"|\bi am (?:so |just )?(?:done|tired of|finished) fighting\s*(?:,|$|anymore)"
        r"|\bwhy (?:stay|stick around|keep going|go on|bother living|even live|am i still here|"
        r"keep living)\s*(?:,|$|\?)"
        r"|\b(?:will not|do not think i will|do not think i can|not going to|can not) (?:make it|"
        r"survive|last)"
        r" (?:through )?(?:another|one more) (?:day|night|week|month)\b",
    ),
    rule(
        "means_at_hand",
        signs.METHOD,
        r"\b(?:rope|noose)\b.{0,40}?\b(?:ready|bought|today|tied|hidden|in my|what for|for me|"
        r"strong enough|the beam|the closet|the ceiling)\b"
        r"|\b(?:bought|got|have|found|hid|hidden|keep) (?:a |the |some )?rope\b"
        r"|\b(?:gun|pistol|firearm|rifle|revolver)\b.{0,60}?\b(?:loaded|in my (?:hand|mouth)|"
        r"on myself|at my head)\b"
        r"|\b(?:know|knew|found out) where (?:he|she|my \w+|they) (?:keeps|kept|hides|hid) "
        r"(?:his|her|their|the) (?:gun|pistol|rifle|pills|meds)\b"
        r"|\b(?:pills|meds|tablets|bottle)\b (?:are|is) in my hand\b"
        r"|\b(?:holding|staring at|looking at|lined up|poured out) (?:the|my|a|all (?:my|the)) "
        r"(?:bottle of |handful of )?(?:pills|meds|tablets)\b"
        r"|\bengine running\b.{0,30}?\bgarage\b|\bgarage\b.{0,40}?\bengine running\b"
        r"|\b(?:looking|staring|stare|looked|stared|keep looking|keep staring) (?:down )?at the "
        r"(?:train )?(?:tracks|drop|water below|ground below|edge)\b"
        # Not the drop of a ride or a trail: "looking at the drop on the roller coaster".
        r"(?!.{0,30}\b(?:roller ?coaster|ride|trail|hike)\b)"
        r"|\b(?:edge|end) of the (?:platform|roof|rooftop|bridge|cliff|balcony|ledge)\b"
        r"|\b(?:pills|meds|tablets|bottle|tylenol|rope|gun|knife|razor|blade)s?\b.{0,40}?"
        r"\b(?:staring at (?:it|them)|looking at (?:it|them)|in front of me|in my hand)\b"
        r"|\b(?:knife|razor|blade|scissors|glass)\b.{0,40}?\bmy wrists?\b"
        r"|\bmy wrists?\b.{0,40}?\b(?:knife|razor|blade|scissors|slit|slash)\b"
        r"|\benough (?:pills|meds|tablets|sleeping pills|of them|of my \w+)\b.{0,30}?\b(?:to not "
        r"wake up|to die|to end it|to make sure|saved|to do it)\b"
        r"|\b(?:looking up|look up|looked up|searching|searched|googl\w*|researching)(?: for)?"
        r" (?:the )?(?:tallest|highest|closest|nearest) (?:bridges?|buildings?|cliffs?|rooftops?|"
        r"parking garages?)\b"
        r"|\b(?:keep thinking|thinking|thought|obsessing) about (?:the|my|a|his|dad's|my dad's)"
        r" (?:gun|pistol|rifle|rope|razor)\b"
        r"|\b(?:pills|meds|tablets)\b (?:\w+ )?(?:lined up|poured out|counted out|laid out)\b"
        r"|\broof access\b|\b(?:tall|high) (?:enough )?(?:building|bridge|floor)\b.{0,30}?"
        r"\b(?:found|enough|access|jump)\b"
        r"|\b(?:i am|i was|sat|sitting|stood|standing|went|drove|walked|climbed|go|going|got)"
        r" (?:up )?(?:on|to|at|onto|up to|out on) (?:the|a|my|this)(?: \w+)? (?:bridge|roof|"
        r"rooftop|ledge|balcony railing|cliff edge|overpass|top floor)\b"
        r"(?:\s*$|.{0,60}?\b(?:looked down|looking down|for an hour|for a long time|tonight|"
        r"right now|now|again|alone|"
        r"thinking|alone|sat there|stood there|and (?:sat|stood|looked|thought|cried)))",
        unless=r"\b(?:hammock|climbing|rope climbs?|jump rope|tow|boat|swing|clothesline|tie down|"
        # Gear for a trip: "bought rope and tent stakes for the camping trip"; not a story told
        # to others ("told the cashier it was for camping").
        r"tents?|tent stakes|tarp|campsite|for (?:the|a|our|my|this) (?:\w+ )?(?:camping|"
        r"backpacking) trip|"
        r"rope course|rope toys?|end of (?:my|the|her|his|their) rope|"
        r"range|hunting|cleaning|locked|safe and|fireworks|party|sunset|barbecue|bbq|picnic|"
        r"photos?|pictures?|view|we|our|with (?:my|our) (?:friends|family|kids)|city lights|"
        r"skyline|bar|stars|christmas tree|roof rack|dock|pier|marina|sailboat|anchor|mooring)\b"
        r"|\bto tie (?:the|our|my|a|down) (?:\w+ )?(?:tree|mattress|couch|kayak|canoe|boxes|load|"
        r"tarp|bikes?|furniture|boat|luggage)\b"
        # A full parking garage sends a driver up: "it was full so I went to the top floor".
        r"|\b(?:was|were|is|are) full\b|\bto park\b|\b(?:a|no) (?:parking )?(?:spot|space)\b",
    ),
    # Knowing the way to a locked gun, or thinking of going over an edge, is not excused by
    # where the gun or the edge is ("his hunting rifle", "our building"), as ``means_at_hand``
    # excuses its other phrases.
    rule(
        "means_within_reach",
        signs.METHOD,
        r"\b(?:gun|pistol|firearm|rifle|revolver|shotgun)\b.{0,60}?\b(?:know (?:where|the code|"
        r"the combination)|keep thinking|can not stop thinking|thinking about (?:it|using)|use it "
        r"on)\b"
        r"|\bthinking about (?:going|stepping|jumping|walking) (?:over|off) (?:the |that )?(?:edge|"
        r"ledge|roof|rooftop|cliff|balcony|railing)\b"
        # Off a bridge, not over one: "going over the bridge" is a way across.
        r"|\bthinking about (?:going|driving|jumping) off (?:the |that )?(?:bridge|overpass)\b"
        # A car driven into something on purpose; a blade bought "not for cooking".
        r"|\b(?:wanting|want|wanted|tempted|thought about|thinking about|urge) to (?:drive|go|"
        r"swerve|steer|crash|floor it)\b.{0,30}?\binto (?:the|a|oncoming) (?:divider|median|wall|"
        r"pole|tree|overpass|barrier|pillar|traffic|semi|truck)\b"
        r"|\b(?:knife|blade|razor|rope)\b.{0,50}?\b(?:it is |it was |and )?not (?:for|to|about) "
        r"(?:cooking|cook|"
        r"the kitchen|hunting|work|camping)(?=\s*(?:$|[,.;!]))",
        unless=r"\b(?:clean\w*|range|locked|safe and|the show|the movie|the game|a movie|a game|"
        r"fireworks)\b",
    ),
    # Someone's suicide and the writer's intent to follow, in one breath.
    rule(
        "following_them",
        signs.SUICIDAL_THOUGHTS,
        r"\b(?:killed (?:himself|herself|themselves)|shot (?:himself|herself|themselves)|"
        r"hanged (?:himself|herself|themselves)|took (?:his|her|their) own life|died by suicide|"
        r"committed suicide)\b.{0,60}?\bi (?:think i |feel like i |might |probably )?(?:will|am "
        r"going to|want to|wanna|might|should|could) (?:too|as well|do the same|do it too|follow "
        r"(?:him|her|them))\b",
    ),
    rule(
        "farewell_acts",
        signs.PREPARATION,
        r"\b(?:wrote|written|writing|finished|made|updated|signed|drew up|drawn up) (?:my|a) "
        r"(?:last )?(?:will|testament)\b"
        r"|\b(?:for the|one|the) last time\b.{0,60}?\b(?:does not know|did not know|do not know|"
        r"no idea|will ever|i will see|i will hear|i will talk|ever again)\b"
        r"|\bfor the last time (?:today|tonight|ever)\b"
        r"|\b(?:hugged|kissed|saw|called|visited|held) (?:my |her |him |them )?\w* for the last "
        r"time\b"
        r"|\bone last (?:time|walk|look|hug|message|call|dinner|visit|goodbye|text)\b"
        r"|\blast (?:dinner|lunch|hug|walk|visit|call|night) (?:together|with)\b.{0,40}?"
        r"\b(?:does not know|did not know|no idea)\b"
        r"|\b(?:i will not|(?<!\bshe )(?<!\bhe )(?<!\bthey )(?<!\bwe )(?<!\byou )will not|"
        r"i do not) need (?:it|them|these|those|anything)"
        r"(?:\s*$| anymore| any more| where i am going| after)"
        r"|\b(?:gave|giving|given) (?:away )?(?:my|all my) \w+(?: away)?\b.{0,40}?\b(?:paid off|"
        r"will not need|remember me|someone who will be around)"
        r"|\b(?:told|tell|asked) (?:her|him|them|everyone|you) to remember me\b"
        r"|\b(?:texted|told|messaged|called|wrote to|emailed) everyone\b.{0,40}?\b(?:i love "
        r"them|bye|goodbye|sorry|thank)\b"
        r"|\b(?:letters?|notes?|messages?|videos?|recordings?) (?:to|for) (?:everyone|my \w+)"
        r"(?: \w+){0,3}? (?:to say goodbye|saying goodbye|to watch after|to read after|for after|"
        r"explaining why)\b"
        r"|\b(?:note|letter) explaining (?:why|everything)\b"
        r"|\b(?:watch|read|open|have) (?:it |them )?(?:after|after i am gone|once i am gone)\s*$"
        r"|\bcancel\w*\b.{0,40}?\b(?:will not be (?:here|around|alive)|not going to be here)\b"
        r"|\bsorry for everything\b.{0,20}?\b(?:goodbye|bye)\b"
        r"|\b(?:playlist|songs|outfit|plans?|flowers) for my (?:own )?funeral\b"
        r"|\bsay(?:ing)? goodbye to (?:it|everything|the world|this place|my room)\b"
        r"|\b(?:this is|will be) (?:the|my) last (?:time you will hear from me|message|letter|"
        r"entry|post)\b"
        r"|\b(?:sent|send|sending|wrote|written|writing|left|leaving|texted|recorded)"
        r"(?: \w+){0,3}? "
        r"(?:a |my |some |the )?(?:goodbye|farewell|final) (?:messages?|texts?|notes?|letters?|"
        r"videos?|emails?)\b"
        r"|\b(?:left|leave|leaving|wrote|writing) (?:a |my )?note (?:for|to) (?:my|everyone|"
        r"whoever|the)\b"
        r"|\b(?:wrote|written|writing|write) (?:letters|notes|a letter|a note) (?:to|for) (?:my "
        r"kids|my children|each of|everyone|my family|my parents|all my)\b"
        r"|\bsaid goodbye\b.{0,60}?\b(?:did not know|does not know|do not know|no idea|did not "
        r"understand)\b"
        r"|\b(?:do not|does not|did not) know (?:it is|it was|that it is|that it was) (?:for good|"
        r"forever|the last time|goodbye|my last)\b"
        r"|\bmy affairs (?:are )?in order\b"
        r"|\bmy will (?:is )?(?:written|done|ready|signed|finished)\b"
        r"|\bfor whoever finds (?:it|me|this)\b|\bnote on my (?:bed|desk|pillow|table|nightstand)\b"
        # "Goodbye text sent to Daniel".
        r"|\b(?:goodbye|farewell) (?:texts?|messages?|letters?|notes?) (?:sent|written|left)\b"
        r"|\b(?:letters?|notes?|messages?|texts?|videos?)\b.{0,30}?\b(?:saying|to say) "
        r"(?:sorry and )?goodbye\b"
        r"|\bwant (?:her|him|them|you) to have (?:it|them|my \w+) (?:now|already|before)\b"
        r"|\b(?:said|say|saying|have said) goodbye to (?:everyone|everybody|all (?:the people|"
        r"of you|my friends)|the people i (?:love|care about))\b"
        r"|\bi love you\b.{0,30}?\b(?:this|it) is not your fault\b"
        r"|\b(?:wrote down|left|gave|sent) (?:all )?(?:my |the )?(?:bank |account )?passwords "
        r"(?:for|to)\b"
        r"|\bmy passwords\b.{0,50}?\bmy " + _WILL + r"|\bmy " + _WILL + r".{0,50}?\bmy passwords\b"
        r"|\bwho (?:gets|will get|should get|can have) my (?:things|stuff|cat|dog|pets?|"
        r"belongings|records|clothes)\b"
        r"|\bif (?:you are|anyone is|someone is) reading this\b.{0,30}?\b(?:gone|dead|not here|"
        r"no longer)\b",
        unless=r"\b(?:baby|lawyer|attorney|estate planning|our wills|mortgage|new house|condo|"
        r"closed on|adulting|never "
        r"send|not send|not going to send|burn|unsent|to him|to her|to my ex|grocery|shopping|"
        r"reminder|(?:note|list|magnet)s? on the fridge|lunch|birthday|thank you (?:notes?|cards?|"
        r"gifts?|for (?:the|coming|having))|sticky|about the|retire\w*|retirement|"
        + _MOVING
        + r"|last day at|the job|new job|my desk|vacation|trip|semester|season|graduation|"
        r"my last day|demolish\w*|torn down|tear(?:ing)? down|old (?:house|school|apartment|"
        r"neighborhood|building|office|car|truck)|" + _WORKPLACE_GOODBYE + r")\b",
    ),
    rule(
        "self_harm_told_plainly",
        signs.SELF_HARM,
        r"\b(?:want|need|urge|urges|tempted|craving|crave|itching|so close) (?:to )?cut"
        r"(?:ting)?\b(?! (?:my (?:own )?(?:hair|bangs|nails)|the|it|him|her|ties|back|down|out|off|"
        r"class|carbs|"
        r"sugar|people|them|contact|corners|costs|loose|in|through|a|some|up|"
        r"(?:our|your|their|my|his|her) losses)\b)"
        r"|\b(?:only thing that helps|what helps|it helps|helps me) (?:is )?(?:cutting|burning "
        r"myself|hurting myself|to cut|to hurt myself)\b|\bcutting helps\b"
        r"|\bburn(?:ing|ed|t)? my (?:skin|arms?|legs?|wrists?|thighs?|hands?)\b"
        r"|\bcigarettes? (?:on|into) my (?:skin|arms?|legs?|wrists?|hands?)\b"
        r"|\bdig(?:ging)? my nails into my (?:skin|arms?|legs?|palms?)\b"
        r"|\bcut (?:deeper|deep|too deep|more)\b"
        r"|\b(?:bang|banged|banging|hit|hitting|slam|slammed|slamming) my head (?:against|on|into)"
        r" (?:the|a) (?:wall|floor|door|desk|tile|tiles|mirror|counter|headboard|steering wheel)\b"
        r"|\bpunish(?:ing|ed)? myself (?:by|with) (?:not eating|starving|cutting|burning|"
        r"hitting|hurting)\b"
        r"|\bdeserve (?:the|this|that) pain\b|\bdoing it to myself\b"
        r"|\b(?:long sleeves|hoodies?|bracelets|bandages)\b.{0,40}?\bhide my (?:arms|wrists|"
        r"legs|cuts|scars)\b",
        unless=_ACCIDENT,
    ),
    # --- more ways of telling the same signs, each a frame rather than a fixed phrase ---
    rule(
        "end_in_view",
        signs.SUICIDAL_THOUGHTS,
        r"\b(?:want|wanted|need|ready) to be gone(?:\s*(?:,|$)| for good| forever| permanently|"
        r" gone)"
        r"|\bone last good (?:one|christmas|holiday|birthday|day|summer|thanksgiving)\b"
        r"|\b(?:thinking|think|thought) of (?:ending it|ending things for good|ending my life|"
        r"killing myself|dying)\b(?! with)"
        r"|\bi (?:have )?(?:picked|chosen|chose|set) (?:a|the) date\s*$"
        r"|\b(?:not going to be|will not be|am not going to be) alive\b"
        r"|\bi (?:(?:will|am going to|could|should|might|can|just|really|finally) )+end it\b"
        r"(?! (?:with|between|for|by|when|because|if)\b)"
        r"|\b(?:want|need|wish i could|ready|going) to stop (?:being alive|existing|breathing)\b"
        r"|\bkeep (?:myself|me) alive\b"
        r"|\b(?:will not|won't|would not) have to worry about me (?:soon|much longer|for long)\b",
    ),
    rule(
        "wishing_to_be_gone",
        signs.DEATH_WISH,
        r"\b(?:fall asleep|go to sleep|sleep) forever\b|\basleep forever\b"
        r"|\bif i (?:got|get|was|were) (?:hit|killed|run over)(?: by (?:a|the) \w+)?\b.{0,40}?"
        r"\b(?:relief|mind|care|"
        r"okay|ok|fine|good|happy|better|grateful)\b"
        r"|\bhope something (?:bad )?happens to me\b"
        r"|\b(?:hope|hoping|wish|pray)\b.{0,40}?\bwith me (?:on|in) it\b"
        r"|\b(?:dying|death|being dead) (?:does not|do not) (?:sound|seem|feel) (?:so |that |too )?"
        r"(?:bad|scary)\b"
        r"|\b(?:hope|hoping|wish|wishing|pray|praying)\b.{0,30}?\b(?:get|got) sick and "
        r"(?:just )?die\b"
        r"|\b(?:hope|hoping|wish|wishing|pray|praying)\b.{0,30}?\bmy (?:heart|body) (?:would|will|"
        r"could) (?:just )?(?:give out|give up|fail|stop)\b"
        r"|\bif i (?:did not|do not) exist\b",
    ),
    rule(
        "burden_told_otherwise",
        signs.BURDEN,
        r"\b(?:family|kids|children|everyone|everybody|they|parents|friends|mom|dad) deserves? "
        r"(?:better|more) than (?:having )?me\b"
        r"|\b(?:the world|no one|nobody|everyone|they) (?:will not|would not|is not going to) "
        r"(?:even )?miss me\b"
        r"|\b(?:nothing but|such|just|only) a burden\b",
    ),
    rule(
        "no_way_forward",
        signs.HOPELESSNESS,
        r"\bpoint (?:in |of |to )?(?:even )?(?:living|staying alive|being alive|going on|"
        r"being here)\b"
        r"|\bdone with (?:this |my )?life\b"
        r"|\b(?:life|my life|living) has no (?:point|meaning|purpose)\b"
        r"|\b(?:tired|sick|exhausted|weary) (?:of|from) (?:living|being alive|existing)\b"
        r"|\bdone trying\s*(?:,|$)"
        r"|\bfuture where i am (?:alive|here|still here|around)\b"
        r"|\bway out\b.{0,20}?\b(?:except|but|other than|besides) (?:dying|death|to die|ending it|"
        r"killing myself|suicide)\b",
    ),
    rule(
        "means_near",
        signs.METHOD,
        r"\b(?:sav(?:e|ed|ing)|stockpil\w*|hoard\w*|stash\w*) (?:up )?(?:all )?(?:my|the|these)"
        r"(?: \w+)? (?:pills|meds|tablets|medication|sleeping pills)\b"
        r"|\bhow (?:high|far) (?:you|someone|a person|i) (?:have|has|would have|need|needs) to "
        r"(?:fall|jump|drop)\b|\b(?:fall|jump|drop)(?: off| from)? to (?:die|my death|your death)\b"
        r"|\b(?:pills|meds|tablets|medication)\b.{0,40}?\bon purpose\b"
        r"|\b(?:on|at) the (?:ledge|edge) (?:of (?:my|the|this) (?:balcony|roof|building|bridge|"
        r"window|cliff)|\s*$)"
        r"|\b(?:sat|sitting|stood|standing|sit|stand) (?:at|on) the edge\b(?! of (?:the |my )?"
        r"(?:bed|pool|stage|dock|seat|couch|sofa|chair|table|desk|field))"
        r"|\b(?:walk|walking|step|stepping|run|running|jump|jumping) (?:out )?into "
        r"(?:oncoming |the )?traffic\b"
        r"|\b(?:step|stepping|stepped|jump|jumping|fall|falling) (?:off|from) the "
        r"(?:platform|ledge|edge)\b.{0,30}?\b(?:train|comes|coming)\b"
        # Swerving told of oneself ("i keep swerving", "thinking about swerving"), not of the
        # driver ahead.
        r"|\b(?:i|to|about|of|keep|kept|just|wanna|gonna|could|almost|nearly|want|wanted) "
        r"(?:swerv\w*|steer\w*|drift\w*) (?:toward|towards|into|at) (?:the )?(?:barrier|wall|"
        r"median|guardrail|oncoming|trees?|pole|cliff|edge|water)\b"
        r"|\b(?:pills|meds|tablets|bottle|rope|gun|knife|razor|blade)s?\b.{0,40}?\b(?:next to me|"
        r"beside me|on my lap|by my bed|on my nightstand|ready)\b"
        r"|\b(?:looking at|look at|looked at|staring at) (?:the |my )?(?:knives|knife|razors?|"
        r"blades?|pills|rope|bridge|train tracks)\b.{0,30}?\b(?:differently|and thinking|a long "
        r"time|for a while)\b"
        r"|\bwhich (?:bridge|building|pills|method|gun|rope|roof|cliff)\b.{0,20}?\bi would "
        r"(?:use|pick|choose|jump)\b",
        unless=r"\b(?:prescription|pharmacy|pharmacist|refill|doctor|pool|stage|hike|hiking|"
        r"photos?|pictures?|view|picnic|city lights|skyline|rooftop bar|stars)\b"
        # A dream of someone else holding it: "dreamed my boyfriend had a knife".
        r"|\bdream(?:ed|t) (?:that )?(?:my \w+|he|she|they) (?:had|was holding|held)\b"
        # Traffic set beside a chore: "i'd sooner walk into traffic than sit next to greg again";
        # not "...than live another day like this".
        r"|\b(?:sooner|rather) (?:\w+ ){0,2}?(?:walk|step|run|jump)\w* (?:out )?into (?:oncoming "
        r"|the )?traffic\b.{0,40}?\bthan (?!(?:live|living|be here|being here|go on|going on|"
        r"keep going|wake up|face (?:another|tomorrow|this)|feel)\b)",
    ),
    rule(
        "farewell_told_otherwise",
        signs.PREPARATION,
        r"\bsaid goodbye\b.{0,60}?\b(?:she|he|they) (?:thinks?|thought)\b"
        r"|\b(?:will not|am not going to) be (?:around|here) to (?:take care of|look after|feed|"
        r"walk|see|watch)\b"
        r"|\b(?:everything|things|it all|my stuff) in order\b.{0,40}?\b(?:after|when i am gone|"
        r"no one has to|nobody has to)\b"
        r"|\b(?:no one|nobody) (?:has|will have) to deal with (?:my|it|anything)\b.{0,20}?\bafter\b"
        r"|\bleft (?:letters?|notes?|videos?) for\b"
        r"|\bsent (?:everyone|all my friends|my family) (?:a )?(?:message|text|note)s?\b.{0,40}?"
        r"\b(?:love|sorry|goodbye|bye)\b"
        r"|\b(?:gave|giving) away my (?:plants|books|clothes|records|guitar|jewelry|cat|dog|"
        r"things)\b"
        r".{0,40}?\b(?:nobody asked|no one asked|did not ask|will not need|do not need)\b"
        r"|\b(?:nobody|no one) asked why\b"
        r"|\b(?:this is|will be) (?:the|my) last (?:\w+ )?(?:entry|post|message|letter)\b"
        r"|\bgave (?:my|him|her) (?:\w+ )?my (?:car|car keys|keys|jewelry|guitar|watch|ring|"
        r"savings)\b.{0,40}?\b(?:keep|have)\b"
        r"|\bwho gets what\b",
        unless=r"\b(?:"
        + _MOVING
        + r"|declutter\w*|donat\w*|make room|make space|vacation|trip|to him|to her|my ex|"
        r"never send|unsent|party|leftovers|the game|dinner)\b"
        # Sharing out what someone who died left: "going through grandma's jewelry and
        # deciding who gets what".
        r"|\b(?:grandma|grandpa|grandmother|grandfather|mom|dad|mother|father|aunt|uncle|tia|"
        r"tio|abuela|abuelo)'s (?:jewelry|things|stuff|clothes|house|estate|belongings|records|"
        r"books)\b|\b(?:the|her|his) (?:estate|inheritance)\b",
    ),
    rule(
        "self_harm_habit",
        signs.SELF_HARM,
        r"\b(?:hit|hitting|punch\w*|slap\w*|scratch\w*|bit|bite|biting|pinch\w*|hurt|hurting|"
        r"cut|cutting|burn\w*) myself (?:when|whenever|every time|if) i\b"
        r"|\b(?:cutting|burning myself|hurting myself|self[ -]?harm\w*) (?:is|was) the only "
        r"(?:thing|way)\b"
        r"|\bi (?:hurt|harmed|cut|burned|hit) myself again\b"
        r"|\bkeep cutting\b(?! (?:my hair|the|it|class|carbs|corners|people|them|him|her|back|down|"
        r"out|off)\b)",
        unless=_ACCIDENT,
    ),
    rule(
        "threat_with_weapon",
        signs.HARM_OTHERS,
        r"\bmake (?:them|him|her|everyone|everybody)(?: all)? pay\b.{0,40}?\b(?:gun|knife|rifle|"
        r"pistol)\b",
        unless=_NOT_A_THREAT,
    ),
    # --- run 5: families of phrasings, each a frame rather than one phrase ---
    rule(
        "last_words_frame",
        signs.PREPARATION,
        r"\b(?:this is|that was|here is|consider this|take this as) (?:my|the) (?:goodbye|"
        r"farewell|last (?:message|text|entry|post|note|letter|words))\b"
        r"|\bmy (?:goodbye|farewell) (?:letters?|messages?|notes?|posts?|videos?|texts?)\b"
        r"|\b(?:writing|wrote|write|deleting|drafting|drafted|rewriting|left|leaving|leave)"
        r"(?: and (?:deleting|rewriting|re-?writing))? (?:my )?(?:goodbyes?|farewells?)\b"
        r"|\b(?:leaving|left|writing|wrote|write) (?:\w+ )?(?:letters|notes) (?:for|to) "
        r"(?:everyone|everybody|each|all|my (?:family|kids|children|parents|friends))\b"
        r"|\bgave away (?:all )?(?:of )?my (?:most )?(?:important|favou?rite|valuable|precious|"
        r"best|sentimental)? ?(?:things|stuff|belongings|possessions|jewelry|records|books)\b"
        r"|\b(?:so|that) (?:nobody|no one|my family|they) (?:has|have|will have) to (?:sort|deal "
        r"with|clean|figure)\b.{0,40}?\bafter\b"
        r"|\b(?:paid|paying|pay) (?:off )?(?:all )?(?:of )?my (?:bills|debts|rent)\b.{0,40}?"
        r"\b(?:keys|ahead|in advance|after i|when i am gone|so no one)\b",
        unless=r"\b(?:moving|move out|vacation|trip|travel\w*|deployment|new job|graduat\w*|"
        r"retir\w*|leaving for|camp|block\w*|between us|to us|our relationship|with you|to you|"
        r"you and me|" + _WORKPLACE_GOODBYE + r")\b",
    ),
    rule(
        "not_here_soon",
        signs.SUICIDAL_THOUGHTS,
        r"\b(?:not sure|do not know if|doubt|do not think) i will (?:still )?be (?:here|around|"
        r"alive)\b(?! (?:for|at|in|when|because|if|to)\b)"
        r"|\bi will not be (?:here|around|alive) (?:next|by|for|much|after|to see)\b"
        r"|\bmy plan is to (?:die|end it|be gone|not wake up|kill)\b"
        r"|\bby the time (?:you|anyone|they|he|she) (?:care|cares|read|reads|notice|notices|see|"
        r"sees|find|finds|get|gets)\b.{0,30}?\b(?:dead|gone|not here|will not be)\b",
        unless=r"\b(?:job|"
        + _MOVING
        + r"|apartment|city|town|vacation|trip|contract|lease|semester|school|class|office|"
        r"shift)\b",
    ),
    rule(
        "means_frame",
        signs.METHOD,
        r"\b(?:looking|searching|scouting|drove around|driving around|walked around) (?:for )?"
        r"(?:somewhere|someplace|a place|a spot|a building|a bridge|a roof)\b.{0,20}?\b"
        r"(?:high|tall) enough\b"
        r"|\b(?:high|tall|deep|fast) enough (?:to|that) (?:die|not survive|kill|end)\b"
        r"|\b(?:belt|cord|scarf|sheet|rope|cable|charger cable|extension cord)\b.{0,30}?\b"
        r"(?:closet (?:door|rod)|door ?frame|neck|beam|ceiling|rafter|railing|shower rod|"
        r"banister)\b"
        r"|\b(?:bathtub|bath|tub|bathroom floor)\b.{0,30}?\b(?:razor|blade|knife|pills|cutter)\b"
        r"|\b(?:razor|blade|knife|cutter)\b.{0,30}?\b(?:bathtub|bath|tub)\b"
        r"|\btrain (?:schedule|times)\b.{0,40}?\b(?:crossing|tracks|platform)\b"
        r"|\b(?:swallow|swallowing|swallowed|take|taking|took|down|downing)(?: \w+){0,2}? "
        r"(?:every|each|all the|all of the|the whole) (?:pill|bottle|tablet)\w*\b"
        r"|\b(?:gun|pistol|rifle|rope|pills|blade|razor)\b.{0,40}?\b(?:can not stop (?:looking|"
        r"staring|thinking)|keep (?:looking|staring) at (?:it|them))\b"
        # Not thinking of someone else: "a teen came in after swallowing pills, I can't stop
        # thinking about her".
        r"(?! about (?:her|him|that (?:kid|girl|boy|teen|patient)|the (?:kid|girl|boy|teen|"
        r"patient))\s*(?:$|[,.;!]))",
        unless=r"\b(?:store|return|sale|clean(?:ing|ed)? (?:up|out)|dog|kid'?s?|charge|"
        r"phone|laptop|commute|late|miss(?:ed)?)\b",
    ),
    rule(
        "self_harm_on_purpose",
        signs.SELF_HARM,
        r"\b(?:burn\w*|cut\w*|hit\w*|punch\w*|scratch\w*|bit|bite|biting|slam\w*|bang\w*|"
        r"scald\w*|starv\w*) (?:my|myself)\b.{0,40}?\bon purpose\b",
        unless=r"\bnot on purpose\b",
    ),
    rule(
        "hope_heart_stops",
        signs.DEATH_WISH,
        r"\b(?:wish|wishing|hope|hoping|pray|praying|want)(?: that)? my (?:heart|breathing|lungs?)"
        r" (?:would |will |to )?(?:just )?(?:stop|stops|gives? out|quits?|fails?)\b",
    ),
    rule(
        "out_of_reasons",
        signs.HOPELESSNESS,
        r"\b(?:out of|run out of|ran out of|no more|lost all(?: my)?) reasons\b"
        r"(?! (?:to (?:text|call|stay with|date|forgive)|for)\b)"
        r"|\bcan not (?:live|keep living|go on living|exist) like this\b",
    ),
    rule(
        "not_making_it_to",
        signs.SUICIDAL_THOUGHTS,
        r"\b(?:do not think|doubt|not going to|will not|never going to|probably will not) "
        r"(?:i will |ill |i am going to )?(?:make it|last|live|be (?:here|around|alive)) (?:to"
        r"|until|till|"
        r"through|past) (?:christmas|thanksgiving|my birthday|new year\w*|next (?:week|month|year)|"
        r"the weekend|summer|spring|friday|monday|tomorrow)\b"
        r"|\b(?:pray\w*|hop\w*|wish\w*) (?:that )?i (?:do not|will not|never|would not) (?:see|"
        r"wake up to|live to see|make it to) (?:another|tomorrow|the morning|next)\b"
        r"|\b(?:easiest|quickest|best|least painful|painless) (?:way|method) to (?:go|die|end it|"
        r"do it|check out)\b",
        unless=r"\b(?:deadline|paper|project|payday|sale|shift|game|season|semester|budget)\b",
    ),
    rule(
        "burden_frame",
        signs.BURDEN,
        r"\bbetter (?:if|when) i (?:just )?(?:was not|were not|am not|was gone|were gone|"
        r"disappeared|died|did not exist|was not (?:here|around|alive))\b"
        r"|\b(?:i|me) (?:just )?(?:take up|taking up|am taking up|wasting|waste) (?:space|air|"
        r"oxygen)\b"
        r"|\b(?:cheaper|easier|lighter) for (?:everyone|them|my (?:family|parents|kids))\b.{0,30}?"
        r"\b(?:gone|dead|not here|died)\b",
        unless=r"\b(?:party|class|meeting|trip|dinner|game|team|group chat|room)\b",
    ),
    rule(
        "hopeless_frame",
        signs.HOPELESSNESS,
        r"\b(?:disappointed|upset|angry|sad|annoyed) (?:that |to be |i am |to find i am )?"
        r"(?:still )?(?:alive|breathing|here|awake|woke up)\b.{0,10}"
        r"|\bwake up disappointed\b"
        r"|\b(?:out of|run out of|ran out of|lost all(?: my)?) hope\b.{0,20}?\b(?:reasons?|stay|"
        r"living|alive|live)\b"
        r"|\bwant it (?:to be )?over\s*(?:,|$|for good|forever)",
        unless=r"\b(?:exam|test|semester|week|game|movie|meeting|shift|season|flu|cold)\b",
    ),
    rule(
        "means_known",
        signs.METHOD,
        r"\b(?:i know|i have picked|i picked|i chose|i have chosen|already picked|already chose|"
        r"figured out) (?:which|what|the exact|exactly which) (?:bridge|building|roof|train|"
        r"overpass|spot|pills|exit)\b"
        r"|\b(?:arteries|artery|veins?)\b.{0,30}?\b(?:wrists?|deepest|cut|neck|thigh|bleed)\b"
        r"|\b(?:bullets?|ammo|rounds|shells)\b.{0,50}?\b(?:gun|pistol|rifle|revolver)\b"
        r"|\b(?:stash|hoard|pile|stockpile|collection|supply) of (?:\w+ ){0,3}?" + _MEDS + r"\b"
        r"|\b(?:yellow line|edge of the platform|platform edge)\b"
        r"|\blet (?:\w+ )?trains? (?:pass|go by)\b"
        r"|\b(?:belt|rope|cord|noose|scarf)\b.{0,20}?\b(?:already|ready|waiting|set up|tied)\b"
        r"|\bgarage\b.{0,50}?\bengine (?:on|running)\b|\bengine (?:on|running)\b.{0,50}?"
        r"\bgarage\b",
        unless=r"\b(?:hunting|range|target practice|doctor|nurse|blood (?:test|draw)|iv|"
        r"phlebotom\w*|anatomy|biology|exam|class|mechanic|warm(?:ing)? up|winter|cold)\b",
    ),
    rule(
        "preparation_frame",
        signs.PREPARATION,
        r"\b(?:new home|someone to (?:take|look after|care for)|a home) for my (?:cat|dog|pets?|"
        r"bird|fish|rabbit)\b|\bmy (?:cat|dog|pets?) (?:has|have) a new home\b"
        r"|\bpasswords?\b.{0,60}?\b(?:not coming back|when i am gone|after i am gone|for when i|"
        r"will not need|in case)\b"
        r"|\b(?:letter|note)s? (?:for|to) (?:my|each|every) \w+ (?:under|on|in) (?:her|his|their|"
        r"the|my) (?:pillow|bed|desk|table|nightstand|car)\b"
        r"|\bwho gets (?:the|my) (?:dog|cat|car|stuff|things|house|guitar|money)\b",
        unless=r"\b(?:moving|move|vacation|trip|travel\w*|deployment|new job|birthday|"
        r"valentine\w*|anniversary|christmas|divorce|custody|adopt\w*|allergic|landlord|lease|"
        r"wi-?fi|sitter|babysitter|nanny)\b",
    ),
    rule(
        "death_welcome_frame",
        signs.DEATH_WISH,
        r"\blooking forward to (?:not (?:being (?:here|alive|around)|existing|waking up)|being "
        r"(?:dead|gone)|dying|my death)\s*(?:,|$|anymore|at all|honestly)"
        r"|\b(?:only|one) (?:thing|reason|person)s? (?:keeping|that keeps|that is keeping) me "
        r"(?:alive|here|from (?:killing|ending|doing it))\b"
        r"|\b(?:hop\w*|wish\w*|pray\w*)\b.{0,40}?\b(?:finish\w*|take\w*) me(?: off| out)?\s*(?:,|$)"
        r"|\b(?:being dead|death|dying|not existing|not waking up|the idea of dying)\b.{0,20}?\b"
        r"(?:comforting|peaceful|appealing|a relief|tempting|soothing)\b",
        unless=r"\b(?:movie|book|show|film|character|job|work|class|city|town|game|phone)\b",
    ),
    rule(
        "not_coming_back",
        signs.METHOD,
        r"\b(?:ocean|sea|lake|river|desert|woods|water|waves)\b.{0,30}?\b(?:not|never) "
        r"(?:coming|come) (?:back|out)\b"
        r"|\bclose my eyes and (?:never|not) (?:open|wake)\w*\b",
        unless=r"\b(?:vacation|trip|retire\w*|move|moving|cabin|camping|live there|meditat\w*)\b",
    ),
    rule(
        "means_frame_more",
        signs.METHOD,
        r"\b(?:dangerous|lethal|deadly|fatal) (?:to mix|together|combinations?|combos?|to take "
        r"together)\b"
        r"|\b(?:knife|blade|razor|gun|pistol|pills|rope)\b.{0,30}?\bunder my (?:pillow|mattress|"
        r"bed)\b"
        r"|\bcarbon monoxide\b|\bexhaust (?:pipe|fumes)\b"
        r"|\benough\b.{0,30}?\bto (?:make it quick|die|end it|not wake up|kill me|be sure it "
        r"works)\b",
        unless=r"\b(?:detector|alarm|leak|inspection|mechanic|recipe|cooking|camping|dog|cat|"
        r"baby|toddler|kids?)\b",
    ),
    rule(
        "preparation_frame_more",
        signs.PREPARATION,
        r"\b(?:password|passcode|pin)\b.{0,30}?\bnote\b|\bnote\b.{0,30}?\b(?:password|passcode)\b"
        r"|\b(?:she|he|they) can have my (?:car|guitar|clothes|things|stuff|jewelry|books|dog|cat|"
        r"apartment|savings)\b",
        unless=r"\b(?:old|new one|moving|vacation|trip|upgrade\w*|bought a new|sell\w*|work)\b",
    ),
    rule(
        "self_harm_ongoing",
        signs.SELF_HARM,
        r"\b(?:been|keep|kept) (?:cutting|burning|scratching|hitting) (?:myself )?(?:every|each"
        r"|all)"
        r" (?:night|day|morning|week)\b",
        unless=_ACCIDENT + r"|\b(?:carbs|sugar|coupons|class|my hair|back|down)\b",
    ),
    # --- threats to harm someone else (answered with emergency resources) ---
    rule(
        "threat_to_harm",
        signs.HARM_OTHERS,
        r"\b(?:want|wanted|wanting|going|will|plan|planning|planned|thinking about|think about|"
        r"afraid i will|scared i will|worried i will|afraid i might|scared i might|picturing|"
        r"keep picturing|imagining|"
        r"thought about|fantasi[sz]e about|fantasi[sz]ing about|imagine|imagining|ready|tempted|"
        r"urge|need|swear|about|decided|could|would)" + WORD + r"{0,2}? "
        r"(?:kill\w*|murder\w*|stab\w*|shoot\w*|strangl\w*|chok\w*|hurt\w*|beat(?:ing)? up|"
        r"run(?:ning)? over|poison\w*|attack\w*) " + _TARGET + r"\b"
        r"|\b(?:break|smash|slit) (?:his|her|their) (?:neck|legs?|face|jaw|arms?|skull|throat)\b"
        r"|\b(?:kill|murder|stab|shoot|strangle|choke) " + _TARGET + r"(?: tonight| tomorrow| "
        r"today| when| if| and| before| for what)\b",
        unless=_NOT_A_THREAT,
    ),
    rule(
        "violence_told_plainly",
        signs.HARM_OTHERS,
        r"\b(?:run|running|ran) (?:him|her|them) over\b"
        r"|\bmake (?:him|her|them) (?:bleed|suffer physically)\b"
        r"|\b(?:going|go|went|drive|driving|heading|walking) (?:over )?(?:there|to (?:his|her|"
        r"their) (?:place|house|work|apartment))\b.{0,20}?\bwith (?:a|my|the) (?:knife|gun|bat|"
        r"pistol|rifle|hammer)\b"
        r"|\b(?:going to|will|gonna) pay\b.{0,60}?\b(?:gun|knife|pistol|rifle|bat)\b"
        r"|\bpay\b.{0,20}?\bwith (?:his|her|their) life\b"
        r"|\bbeat (?:him|her|them) up\b"
        r"|\b(?:burn|set fire to) (?:his|her|their) (?:house|place|car|apartment)\b"
        r"|\b(?:hurt|harm|shake|smother) (?:my|the) (?:baby|kids?|son|daughter|children)\b"
        r"|\b(?:bringing|bring|taking|take|grabbing|grab|getting|get) (?:my|the|a|dad's) (?:gun|"
        r"knife|pistol|rifle)\b.{0,40}?\b(?:he lives|she lives|they live|his place|her place|"
        r"over there|going over|to his|to her|when he|when she)\b"
        r"|\b(?:know|found out) where (?:he|she|they) (?:lives?|works?)\b.{0,40}?\b(?:gun|knife|"
        r"pistol|rifle|bat|kill|hurt)\b",
        unless=_NOT_A_THREAT,
    ),
    # Its own words ("can not hurt") are those by which ``_NOT_A_THREAT`` knows a denial, so
    # only a joke, or the law doing the making sure, excuses it.
    rule(
        "threat_make_sure",
        signs.HARM_OTHERS,
        r"\bmake sure (?:he|she|they) (?:never|can not|will not) (?:walks?|sees?|talks?|"
        r"breathes?|hurts?) (?:again|anyone)\b",
        unless=_JOKING + r"|\b(?:court|courts|judge|police|cops|jury|restraining order|"
        r"protective order|the law|prison|jail|lawyer)\b",
    ),
    rule(
        "weapon_and_target",
        signs.HARM_OTHERS,
        r"\b(?:gun|pistol|rifle|knife|bat)\b.{0,50}?\b(?:to|at|into|outside) (?:his|her|their) "
        r"(?:house|place|work|job|office|apartment|school|wedding|door)\b"
        r"|\b(?:his|her|their) (?:house|place|work|job|office|apartment|school|wedding)\b"
        r".{0,50}?\b(?:gun|pistol|rifle|knife|bat)\b"
        r"|\b(?:bought|buy|buying|got|get|getting|loaded|load|bring|bringing|brought|took|take|"
        r"taking) (?:a|my|the|his|dad's|my dad's) (?:gun|pistol|rifle)\b"
        # A gun safe, lock or case bought for someone is not a gun brought to them.
        r"(?! (?:safe|lock|locker|cabinet|case|range|class|license)\b).{0,40}?\b" + _TARGET + r"\b",
        unless=_NOT_A_THREAT,
    ),
    rule(
        "threat_frame",
        signs.HARM_OTHERS,
        r"\b(?:he|she|they|that \w+) (?:will not|is not going to|are not going to|would not) "
        r"(?:walk|leave|get|make it) (?:away|out)(?: of (?:there|it))?(?: alive| breathing| "
        r"walking)?\s*(?:,|$|alive|breathing)"
        r"|\bwant (?:him|her|them) dead\b(?! to me\b)",
        unless=_NOT_A_THREAT + r"|\b(?:game|match|argument|debate|court|chess)\b",
    ),
    rule(
        "threat_frame_more",
        signs.HARM_OTHERS,
        r"\b(?:going to|will|want to|plan to)\b.{0,40}?\b(?:stab|shoot|kill|strangle|choke|"
        r"beat) (?:him|her|them)\b"
        r"|\b(?:i am|i will be) (?:shooting|stabbing|killing) (?:him|her|them)\b",
        unless=_NOT_A_THREAT + r"|\b(?:game|match|chess|video|photo|picture|movie|scene)\b",
    ),
    # --- run 6: more families of phrasings ---
    rule(
        "finally_do_it",
        signs.SUICIDAL_THOUGHTS,
        r"\bi (?:finally|will finally|am finally going to|actually|will actually) (?:do it|go "
        r"through with it|end it)\b(?=.{0,40}\b(?:tonight|night|week|today|tomorrow|weekend)\b)"
        r"|\b(?:tonight|this week|today|this weekend|the (?:week|night|day|weekend))\b.{0,30}?\bi "
        r"(?:finally|actually) (?:do it|"
        r"go through with it|end it)\b"
        r"|\b(?:do not|not) plan(?:ning)? on waking up\b"
        r"|\balmost did it\b.{0,40}?\b(?:try|trying) again\b",
        unless=r"\b(?:gym|apply|ask (?:her|him) out|quit (?:my|the) job|tell (?:her|him)|confess|"
        r"propose|move|tattoo|haircut|cut my hair|marathon|dye|piercing)\b",
    ),
    rule(
        "death_wish_more",
        signs.DEATH_WISH,
        r"\bbeing born was a mistake\b"
        # Not "two weeks left until my exam, what a relief".
        r"|\b(?:months?|weeks?|days?|a year) (?:left|to live)\b(?! (?:until|till|before|of|in)\b)"
        r".{0,30}?\b(?:happy|relieved|glad|"
        r"relief|grateful)\b"
        r"|\b(?:erased|wiped|vanish\w*|disappear\w*|removed) (?:from|off) (?:the|this) (?:planet|"
        r"earth|world|face of the earth)\b",
        unless=r"\b(?:vacation|trip|island|cabin|phone|internet|social media|instagram|grid)\b"
        # Embarrassment: "my tía posted my baby pictures, i wanted to disappear from the face of
        # the earth"; not an ex's baby pictures with someone new.
        r"|\bmy (?:old )?baby (?:pictures|photos|pics|videos)\b",
    ),
    rule(
        "burden_more",
        signs.BURDEN,
        r"\b(?:kinder|better|fairer|easier) (?:for everyone )?(?:to|if i) (?:leave|go|disappear|"
        r"die|vanish)\w* for good\b"
        r"|\b(?:loses|lose|would lose) nothing if i\b"
        r"|\b(?:wasting|waste of|waste) (?:everyone's |everybody's |their |people's )?(?:air|"
        r"oxygen|space)\b",
        # Leaving a place or a group for good is everyday; being the problem in every room is not.
        unless=r"\b(?:leave|leaving|left|quit|quitting|skip|skipped|miss|missed|out of|from) "
        r"(?:the |this |that |our |my |every |a )?(?:\w+ )?(?:party|class|meeting|trip|dinner|"
        r"game|team|group chat|room|job)\b" + _THING_WASTE,
    ),
    rule(
        "hopeless_more",
        signs.HOPELESSNESS,
        r"\b(?:done|tired of|finished) (?:trying|fighting) to (?:stay|live|survive|be here|stay "
        r"alive)\b"
        r"|\b(?:going on|living|staying alive|being alive|existing) (?:feels|seems|is) "
        r"(?:pointless|meaningless|useless)\b"
        r"|\b(?:do not|not|no longer) want to (?:try to )?survive\b"
        r"|\b(?:quit|gave up|giving up|given up) on life\b|\bwaiting (?:for|on) the end\b",
        unless=r"\b(?:game|show|season|series|class|semester|movie)\b",
    ),
    rule(
        "means_more",
        signs.METHOD,
        r"\b(?:hide|hiding|hid|stash|stashing|stashed|squirrel\w*) (?:away )?(?:a few |some |"
        r"another |a couple )?(?:more )?(?:of )?(?:my |the )?" + _MEDS + r"\b"
        r"|\b(?:stare|stared|staring|looking|looked|sat looking) at (?:the|my|a|all the) "
        r"(?:bottles?|bottle|pile|piles) of " + _MEDS + r"\b"
        r"|\b(?:found|know|found out|figured out) where (?:my|the) \w+ (?:keeps|hides|stores|"
        r"keep|hide|store) (?:his|her|their|the) (?:gun|pistol|rifle|pills|meds|revolver)\b",
        unless=r"\b(?:from (?:the|my) (?:kids|dog|toddler|son|daughter)|safe from|so (?:the|my) "
        r"(?:kids|dog))\b",
    ),
    rule(
        "preparation_more",
        signs.PREPARATION,
        r"\b(?:life insurance|beneficiary)\b.{0,40}?\b(?:gets it|so (?:my|she|he|they)|for when|"
        r"after i)\b",
        unless=r"\b(?:new job|open enrollment|hr|baby|wedding|married|pregnan\w*|mortgage)\b",
    ),
    rule(
        "self_harm_more",
        signs.SELF_HARM,
        r"\b(?:used|use|took) (?:a|the|my) (?:blade|razor|knife)\b.{0,20}?\b(?:to (?:write|"
        r"carve|scratch)|on my)\b"
        r"|\b(?:starv\w*|hit\w*|burn\w*|cut\w*|punish\w*) (?:myself|me)\b.{0,30}?\b(?:as "
        r"(?:a )?punishment|to punish)\b|\bpunish(?:ing|ed)? myself (?:by|with)\b"
        r"|\b(?:until|till|til) (?:there was|it was|i saw|i drew|i tasted) blood\b"
        r"|\b(?:new|fresh) scars\b|\bscars are (?:deeper|fresh|new)\b"
        r"|\bthe (?:hurting|cutting|burning) thing\b"
        r"|\b(?:back to|went back to|returned to|picked up) the (?:blade|razor)\b",
        unless=_ACCIDENT + r"|\b(?:diet|fasting|gym|workout|ramadan|lent)\b",
    ),
    rule(
        "threat_more",
        signs.HARM_OTHERS,
        r"\b(?:slash|cut|stab|punch|smash|burn|hit) (?:him|her|them)\b(?! (?:off|some slack|a "
        r"break|out of|up|back)\b)(?=.{0,40}$)"
        r"|\b(?:he|she|they) (?:is|are|will be) going to get hurt\b"
        r"|\bif\b.{0,60}?\b(?:he|she|they) (?:is|are|will be) (?:dead|a dead man|done for)\b"
        r"|\bhit(?:ting)? (?:him|her|them) with (?:my|the) (?:car|truck)\b",
        unless=_NOT_A_THREAT
        + r"|\b(?:game|match|chess|video game|battery|phone|plant|cut (?:him|her|them) off)\b",
    ),
    rule(
        "threat_more_2",
        signs.HARM_OTHERS,
        r"\bput (?:him|her|them) in (?:the|a) (?:hospital|ground|coffin|grave|morgue)\b"
        r"|\b(?:i will|going to|i am going to|swear i will) end (?:him|her|them)\b"
        r"|\bmake (?:him|her|them) (?:suffer|bleed|hurt)\b",
        unless=_NOT_A_THREAT + r"|\b(?:game|mario kart|match|round|chess|fortnite|debate|"
        r"argument|relationship|things with)\b",
    ),
    rule(
        "self_harm_more_2",
        signs.SELF_HARM,
        r"\b(?:hurt|hurting|harm|harming|punish|punishing|bruise|bruising) my (?:own )?body\b"
        r"|\b(?:used|use|using) (?:a |the )?(?:pin|needle|safety pin|compass|blade|razor|scissors)"
        r"\b.{0,20}?\b(?:on (?:my(?! (?:bangs|hair|nails|beard|eyebrows|brows|split ends|"
        r"cuticles|toenails|fingernails)\b)|myself)|to (?:scratch|cut|dig))\b"
        r"|\b(?:used|use|using) (?:a |the )?(?:pin|needle|safety pin|compass)\s*$",
        unless=_ACCIDENT + r"|\b(?:sewing|knitting|splinter|pattern|craft|tattoo)\b",
    ),
    rule(
        "means_thought_of",
        signs.METHOD,
        r"\b(?:bridge|overpass|roof|rooftop|building|tracks|cliff)\b.{0,40}?\bi think about "
        r"(?:a lot|constantly|every day|all the time|too much)\b",
        unless=r"\b(?:architecture|photo|commute|traffic|design|painting)\b",
    ),
    # --- ways of saying it that no single phrase above carries ---
    rule(
        "wants_death_in_body",
        signs.SUICIDAL_THOUGHTS,
        # The body or mind itself asking for death: "everything in me is screaming to die".
        r"\b(?:screaming|begging|aching|longing|yearning|craving|pleading|itching|crying out)"
        r" (?:to|for) (?:die|death|be dead|end it|not exist)\b"
        r"|\bvoices? (?:in my head )?(?:says?|tells? me|keeps? telling me|telling me)"
        r"(?: to)? (?:kill yourself|die|end it|jump|cut)\b"
        r"|\bi (?:have|picked|chose|set) (?:a|the) (?:date|day)(?: picked| chosen| set)?\s*$",
        unless=_NOT_A_THREAT + r"|\b(?:wedding|party|dinner|trip|move|surgery|interview)\b",
    ),
    rule(
        "looked_it_up",
        signs.SUICIDAL_THOUGHTS,
        r"\b(?:googled|googling|searched|searching|looked up|looking up|researched|researching)\b"
        r".{0,30}\b(?:painless ways?|painless|ways to (?:die|go|end it(?! with\b))|how to (?:die|"
        r"end it(?! with\b)|not wake up))\b"
        r"|\b(?:drafting|planning|plotting|planned|writing) my (?:exit|way out|last day)\b"
        r"(?! (?:from|at|of) (?:the|this|my) (?:job|company|party|team|relationship|app)\b)"
        r"|\burges? (?:to|of) (?:end(?:ing)? it|dying|die)\b",
        unless=r"\b(?:tattoo|piercing|wax\w*|birth|labou?r|epidural|haircut|breakup)\b",
    ),
    rule(
        "point_of_me",
        signs.HOPELESSNESS,
        r"\bwhat is the point of (?:me|my life|living|being alive|existing|me being here)\b"
        r"|\b(?:ran out of|run out of|no more|have no) reasons to (?:keep going|live|stay|go on)\b",
    ),
    rule(
        "bus_welcome",
        signs.DEATH_WISH,
        r"\bif i (?:got|get|was|were) (?:hit by|run over by) (?:a|the) (?:bus|car|truck|train)\b"
        r".{0,40}\b(?:thank god|good|fine|relief|relieved|grateful|would not mind|okay)\b"
        r"|\b(?:keep|am|been) hoping i (?:just )?(?:will not|do not|would not) wake up\b",
        unless=r"\b(?:lol|lmao|at least|miss the|skip|get out of|haha\w*)\b",
    ),
    rule(
        "thanks_unexplained",
        signs.PREPARATION,
        r"\b(?:texted|called|messaged|told|thanked|hugged|visited|said)\b.{0,60}\b(?:they|she|he)"
        r" (?:do not|does not) know why\b"
        r"|\bcounted\b.{0,40}\b" + _MEDS + r"\b.{0,20}\b(?:it is|that is|should be|will be) "
        r"enough\b",
        unless=r"\b(?:refill|till|until|for the trip|this week|birthday|surprise)\b",
    ),
    rule(
        "showing_up_armed",
        signs.HARM_OTHERS,
        r"\bshow(?:s|ing)? up\b.{0,20}\bwith (?:[\w']+ ){1,2}(?:gun|knife|pistol|"
        r"rifle|bat|machete|shotgun)\b",
        unless=_NOT_A_THREAT + r"|\b(?:costume|halloween|game|range|hunting)\b",
    ),
    rule(
        "armed_for_someone",
        signs.HARM_OTHERS,
        # A weapon in hand and a person it is meant for, in either order.
        r"^(?=.*\b(?:hammer|gun|knife|shotgun|rifle|pistol|revolver|bat|machete|crowbar)\b)"
        r"(?=.*\b(?:his schedule|her schedule|(?:he|she) is alone|(?:it is )?for (?:him|her|my ex"
        r"|them)\s*$|it is for (?:him|her|my ex))).*"
        r"|\b(?:he|she|they) (?:will not|is not going to|are not going to) be breathing\b"
        r"|\b(?:run|running|ran|drive|driving|force|forcing) (?:him|her|them|my ex) off the road\b"
        r"|\b(?:hurt|beat|hit|punch|kick)\w* (?:him|her|them)\b.{0,40}\b(?:ends?|winds?) up in "
        r"(?:the )?(?:er|hospital|icu|emergency room|morgue)\b",
        unless=_NOT_A_THREAT
        + r"|\b(?:hunting|range|gift|birthday|christmas|shelf|nails?|camping|tools?|story|laugh\w*"
        r"|game|gta)\b",
    ),
    rule(
        "covered_after_me",
        signs.PREPARATION,
        r"\bso (?:she|he|they) (?:is|are) (?:covered|taken care of|okay|fine|set) (?:after|when i "
        r"am gone|once i am gone)\b"
        r"|\bin case i am (?:not here|not around|gone|no longer here|not alive)\b",
        unless=r"\b(?:key|door|mat|arrive|get there|delivery|package|when you (?:arrive|come|get)"
        r"|at work|on vacation|traveling|trip)\b",
    ),
    rule(
        "fine_if_it_stopped",
        signs.DEATH_WISH,
        r"\bi would be (?:fine|okay|ok|happy|relieved|at peace|good) if (?:my heart|i)\b.{0,20}"
        r"\b(?:stopped|died|did not wake up|never woke up)\b"
        r"|\bpretending (?:that )?i (?:want to be here|want to live|want to be alive)\b",
        unless=r"\b(?:haha\w*|lol|texts? back|replies|kiss\w*)\b",
    ),
    rule(
        "leaving_life_as_a_job",
        signs.SUICIDAL_THOUGHTS,
        # Life as a shift or an account one leaves: "clock out of life for good".
        r"\b(?:clock|log|check|tap|bow|opt|sign) (?:out|off) (?:of|from) (?:life|this life|"
        r"existence|living|this world)\b",
    ),
    rule(
        "taken_away_wished",
        signs.DEATH_WISH,
        r"\b(?:hope|hoping|wish|pray\w*)\b.{0,40}\b(?:takes|take|sweeps|sweep|carries|carry) me"
        r" (?:with it|away|out)\b"
        r"|\b(?:breathe easier|be relieved|be lighter|be freer|sleep better)\b.{0,20}\bif i "
        r"(?:vanished|disappeared|was gone|were gone|died|left for good)\b" + _FOR_A_WHILE,
        unless=r"\b(?:vacation|trip|beach|music|song|dance|concert)\b",
    ),
    rule(
        "scars_opened",
        signs.SELF_HARM,
        r"\b(?:opened|reopened|scratched|picked|ripped|tore)\b.{0,30}\b(?:scars?|cuts)\b.{0,10}"
        r"\b(?:open|again)\b",
        unless=r"\b(?:surgery|stitches|doctor|c-section|tattoo|acne)\b",
    ),
    rule(
        "death_sounds_good",
        signs.DEATH_WISH,
        r"\b(?:dead|death|dying|a permanent sleep|permanent sleep|eternal sleep|sleeping forever"
        r"|never waking up|not waking up|not existing|nonexistence|the void)"
        r" (?:sounds|seems|feels|looks|would be|would feel|is starting to sound)"
        r" (?:so |really |kind of |way )?(?:better|nice|good|peaceful|easier|amazing|tempting"
        r"|appealing|like (?:heaven|a relief|relief|peace|bliss|rest|a gift|the answer|home))\b"
        r"|\b(?:hope|hoping|hopes|wish|wishing|pray|praying)\b.{0,40}\b(?:terminal|incurable"
        r"|fatal|cancer|a tumou?r)\b"
        r"|\b(?:pray|prayer|hope|wish)\w*\b.{0,30}\btomorrow (?:never comes|does not come|"
        r"will not come|never came)\b"
        r"|\btrade places with (?:someone|somebody|anyone|a person) (?:who|that) (?:died|is dying)"
        r"|\b(?:hope|hoping|pray\w*|wish\w*)\b.{0,30}\b(?:biopsy|scan|tests?|results?|mri|labs?)"
        r" (?:comes? back|are|is|shows?) (?:bad|positive|terminal|the worst)\b"
        r"|\bif (?:the|my) (?:plane|car|bus|train|flight) (?:went down|crashed|crashes|goes down)"
        r"\b.{0,40}\b(?:relieved|fine with it|would not mind|a relief|grateful|at peace)\b",
        unless=r"\b(?:is not|was not|not be|not (?:cancer|terminal|fatal|serious|bad|positive)|"
        r"negative|cure|benign|meeting|class|exam|party|monday|shift|gym|salad|homework|"
        r"presentation|for (?:him|her|them|my \w+)|(?:my|his|her) \w+'s)\b",
    ),
    rule(
        "better_if_i_died",
        signs.BURDEN,
        # A death of one's own imagined as a relief or a non-event for the people around.
        r"\bif i (?:died|die|was gone|were gone|was dead|were dead|disappeared|killed myself)\b"
        r".{0,50}?\b(?:finally|stop worrying|relief|relieved|easier|happier|party|celebrate|"
        r"would not (?:even )?(?:notice|care)|save money|one less|one fewer)\b"
        # "Dead me = one less bill for mom and dad".
        r"|\b(?:dead|gone) me\b.{0,30}?\b(?:one less|one fewer|less to pay|cheaper|less (?:stress|"
        r"worry|work|trouble|drama|hassle|money) for)\b"
        r"|\b(?:throw|have) a party\b.{0,20}\bif i (?:died|die|was gone|were gone|was dead)\b",
    ),
    rule(
        "why_bother_living",
        signs.HOPELESSNESS,
        r"\bwhy (?:(?:does|do|would|should) )?(?:anyone|anybody|people|i|we) (?:even )?"
        r"(?:bothers?|keeps? trying) (?:being alive|"
        r"living|to live|staying alive|existing)\b"
        r"|\bi (?:can not|cannot) find (?:a|one|any) reason to (?:live|stay|keep going|be alive)\b"
        r"|\blife (?:beat|won|has beaten|defeated|broke) me\b.{0,30}\b(?:surrender\w*|give up|"
        r"giving up|done|lost)\b"
        r"|\bi am (?:so )?(?:over|done with|through with) (?:life|living|being alive|existing)\s*$"
        r"|\b(?:the pain|it|this) (?:will|is) (?:never|not going to) (?:end|stop)\b.{0,20}"
        r"\b(?:unless|until) i (?:end it|die|am dead|am gone|end myself)\b",
        unless=r"\b(?:lol|lmao|monday|meeting|work week)\b",
    ),
    rule(
        "means_lingered_at",
        signs.METHOD,
        # Lingering at a height with the drop in view: "parked on the bridge and stared at the
        # water for a long time".
        r"\b(?:parked|stood|sat|stopped|stayed|waited|lingered) (?:\w+ ){0,3}(?:on|at|by|near)"
        r" (?:the|a|that) (?:bridge|overpass|ledge|edge|rooftop|roof|tracks|cliff|balcony)\b"
        r".{0,50}?\b(?:stared|staring|looked down|looking down|for (?:a long time|an hour|hours"
        r"|a while|ages)|the water|the drop|how high|how far)\b"
        r"|\b(?:gun|pills|bridge|rope|knife|blade|razor|tracks|edge)\b.{0,20}\b(?:is|are|keeps?)"
        r" calling (?:me|my name)\b"
        r"|\b(?:knife|blade|razor|gun|pistol|rope|pills)\b.{0,20}\b(?:in (?:my|the) bed|under my "
        r"pillow|next to me in bed)\b",
        unless=r"\b(?:photo|sunset|traffic|fishing|picnic|view was|cooking|butter|bread|"
        r"city lights|skyline|bar|stars)\b",
    ),
    rule(
        "farewell_done",
        signs.PREPARATION,
        r"\b(?:this is|here is) my (?:final|last) (?:text|message|msg|note|words)\b"
        r"|\b(?:final|last) (?:text|message|post|letter|words|msg|note)s? (?:from me|"
        r"i will (?:ever )?send|i am sending|you will (?:ever )?get)\b"
        r"|\b(?:left|leaving|wrote|writing|organi[sz]ed|arranged|labell?ed|sorted|cleaned|"
        r"instructions|notes?|letters?|passwords)\b.{0,80}\bfor (?:after|when i am gone)\s*$"
        r"|\b(?:deleted|closed|cancell?ed|wiped|erased|gave away)\b.{0,60}\b(?:almost|nearly|"
        r"finally) time\s*$"
        r"|\b(?:all my|my) (?:passwords|important papers|life insurance|documents|will)\b.{0,50}\b"
        r"(?:just in case|in case something happens|for when)\b"
        r"|\bsaid (?:goodbye|bye) to\b.{0,40}\b(?:do not think i will|will not|never) (?:see|"
        r"talk to) (?:her|him|them) again\b"
        r"|\bhugged\b.{0,60}\b(?:not|none of (?:this|it) (?:is|was)|never) (?:\w+ )?(?:her|his|"
        r"their|your) fault\b"
        r"|\bso (?:no one|nobody|no body) (?:has|will have) to (?:deal with|sort out|clean up|"
        r"figure out|handle) (?:it|anything|my (?:stuff|things|mess))\b",
        unless=r"\b(?:for today|of the day|before (?:bed|my flight|vacation)|shift|semester|"
        r"work|office|team|moving on|blocking|block you|done with you|over you|tonight|bed|"
        r"sleep|good ?night|divorce|breakup|separation|custody|wi-?fi|sitter|nanny)\b",
    ),
    rule(
        "self_harm_streak_broken",
        signs.SELF_HARM,
        r"\b(?:broke|lost|ended|reset) my (?:\w+ )?streak\b.{0,30}\b(?:cut|cutting|burned|"
        r"hurt myself|self harm\w*|sh|relapsed)\b"
        r"|\b(?:dig|digs|digging|dug|scratch|scratching|scratched|claw|clawing)\b.{0,30}\b(?:arms?|"
        r"forearms?|wrists?|thighs?|skin)\b.{0,30}\b(?:bleed|bloody|bled|blood|raw)\b"
        r"|\b(?:burn|burned|burnt|burning|cut|hit|scratch\w*|bruis\w*) (?:my|myself)\b.{0,50}?\b"
        r"(?:on purpose|deliberately|intentionally)\b"
        r"|\b(?:back to|went back to|going back to) (?:the )?(?:blade|razor|cutting|burning)\b"
        r"|\b(?:relapsed|slipped|slipped up)(?: \w+){0,2} (?:and |i )?(?:cut|burned|hurt myself)\b",
        unless=r"\b(?:eczema|mosquito|bites?|rash|itch\w*|cat|kitten|hair|accident\w*|not on "
        r"purpose|shaving|duolingo|wordle|snap\w*|app|language|spanish|french|reading|running|"
        r"gym|workout|game|ring|steps)\b",
    ),
    rule(
        "threat_spelled_out",
        signs.HARM_OTHERS,
        r"\bgoing to get hurt by me\b|\b(?:hurt|hurting) (?:him|her|them)\b.{0,20}\bphysically\b"
        r"|\b(?:gun|revolver|pistol|rifle|shotgun|knife|machete|bat)\b.{0,60}\b(?:heading over|"
        r"on my way|going over|driving over|his address|her address|their address|waiting "
        r"(?:outside|for (?:him|her|them))|outside (?:his|her|their)|where (?:he|she|they) "
        r"(?:parks|lives|works|sleeps))\b"
        r"|\b(?:watch|see) (?:him|her|them) (?:choke|bleed|die|beg for (?:his|her|their) life)\b"
        r"|\b(?:going to|gonna|want to|will|about to) (?:ram|crash|drive|slam|smash) (?:my|the)"
        r" (?:car|truck) (?:into|through) (?:him|her|them|his|hers|theirs)\b"
        r"|\b(?:kill|hurt|stab|shoot|murder) (?:anyone|anybody|whoever|the next (?:person|guy))"
        r" (?:who|that) (?:touches|hurts|comes near|goes near|lays a hand on) my (?:kids|children|"
        r"son|daughter|family)\b"
        r"|\bmy hands (?:around|on|round) (?:his|her|their) (?:throat|neck)\b"
        r"|\b(?:poison|rat poison|antifreeze|bleach)\b.{0,30}\b(?:in|into) (?:his|her|their|"
        r"\w+'s) (?:food|drink|coffee|water|tea|plate|meal|soup|juice|beer)\b"
        r"|\b(?:he|she|they) (?:is|are|will) (?:going to )?(?:bleed|die)\b.{0,20}\bwhen i (?:find|"
        r"see|catch|get)\b"
        r"|\bon fire with (?:him|her|them) (?:in|inside)\b"
        r"|\bwith (?:him|her|them) (?:in it|inside)\b.{0,20}\b(?:burn|fire)"
        r"|\b(?:burn|torch|set fire to)\b.{0,40}\bwith (?:him|her|them) "
        r"(?:in it|inside|in there)\b",
        unless=_NOT_A_THREAT + r"|\b(?:game|movie|show|character|book)\b",
    ),
    # --- run 8: the ways of saying each sign that run 7's phrases showed no rule read ---------
    rule(
        "burden_space_and_cost",
        signs.BURDEN,
        # Worth less than the room, air or money one takes: "not worth the space I take up".
        r"\bnot worth (?:the )?(?:space|air|oxygen|room)\b.{0,20}\bi (?:take|use|breathe|"
        r"cost|waste)\b"
        r"|\bi am (?:just |such |only )?(?:a |such a )?waste of (?:space|air|oxygen|skin|a life)\b"
        r"|\b(?:gets?|get back|would get|will get) a refund\b.{0,30}\b(?:i am|i was|if i|when i) "
        r"(?:gone|dead|not here)\b"
        r"|\bbetter off without me (?:to (?:carry|deal with|worry about|take care of|look after|"
        r"support|pay for|clean up after)|dragging (?:her|him|them) down)\b",
        unless=r"\b(?:lol|lmao|haha\w*|meeting|job|class|movie|show|trip|car|phone|gym)\b",
    ),
    rule(
        "death_wish_told_sideways",
        signs.DEATH_WISH,
        # A wish to die handed to God, chance or disaster, or set beside a coffin.
        r"\b(?:god|lord|jesus)\b.{0,60}\b(?:call|take|bring) me home\b"
        r"|\b(?:never lands|never landed|goes down|went down|crashes)\b.{0,20}\bwith me (?:on|in) "
        r"(?:it|board)\b"
        r"|\b(?:hope|hoping|wish|wishing|pray|praying) (?:that )?(?:i|i am|i will) (?:catch|get|"
        r"got) (?:something|a disease|an illness|cancer|sick)\b.{0,20}\b(?:fatal|terminal|kills? "
        r"me|that kills|and die)\b"
        r"|\b(?:hope|hoping|wish|wishing|pray|praying) (?:that )?(?:i am|i will be|it is) "
        r"(?:the one )?(?:under the rubble|in the crash|crushed|in the wreck)\b"
        r"|\btrade places with (?:anyone|anybody|someone|somebody|whoever is|the (?:person|one))\b"
        r".{0,30}\b(?:coffin|casket|grave|dying|dead|terminal|funeral)\b"
        r"|\b(?:morning|tomorrow|the sun|the alarm)\b.{0,20}\bnever (?:came|come|comes|rose|rise|"
        r"rises|went off|goes off)\b.{0,20}\bfor me\b"
        r"|\b(?:wish|wishing|wished) (?:my )?(?:mom|mother|mum|parents|dad|father) (?:had )?never"
        r" (?:had me|have had me|gave birth to me|kept me)\b",
        unless=r"\b(?:lol|lmao|haha\w*|jk|joking|kidding|song|movie|book|game|show)\b|😂|🤣",
    ),
    rule(
        "threat_with_means_on_the_way",
        signs.HARM_OTHERS,
        # Fuel or a weapon carried to where someone lives: "found her new place. bringing gasoline".
        r"\b(?:bringing|brought|carrying|taking) (?:the |a |some |my )?(?:gasoline|gas can|can of "
        r"gas|lighter fluid|accelerant)\b"
        r"|\b(?:coming|going|heading|driving|showing up|walking) (?:over|there|to (?:his|her|their)"
        r" (?:place|house|apartment|work)) with (?:the|a|my|his|dad's|my dad's) (?:gun|pistol|"
        r"rifle|shotgun|knife|machete)\b",
        unless=_NOT_A_THREAT + r"|\b(?:mower|lawn|generator|camping|grill|bbq|boat|range|"
        r"hunting|deer|game|car|tank|fill|station|truck|chainsaw|carve|carving|cake|turkey)\b",
    ),
    rule(
        "hopelessness_no_reason_to_go_on",
        signs.HOPELESSNESS,
        # Tired of staying alive, or no reason left to: "I'm exhausted from surviving".
        r"\b(?:exhausted|tired|sick|done) (?:from|of) (?:surviving|being alive|staying alive|"
        r"existing)\b.{0,40}\b(?:do not|cannot|can not|will not) (?:want to )?(?:do it|"
        r"keep going|go on|keep doing it)\b"
        r"|\bwhy i (?:would|should|will|do) (?:keep|go on|bother) (?:breathing|living|existing|"
        r"waking up|being here)\b(?! (?:in|here|there|with|at|like)\b)"
        r"|\bcan ?not live in this one\b"
        r"|\b(?:hurt|pain|ache|this) (?:only |just )?(?:ends|stops|goes away) when (?:my heart|i|"
        r"my breathing|my life) (?:does|do|stops|stop|ends|end)\b"
        r"(?=\s*(?:$|,|and\b|for good|forever|too))",
        unless=r"\b(?:lol|lmao|haha\w*|job|work|class|semester|this city|this apartment|winter|"
        r"heat|commute)\b",
    ),
    rule(
        "means_at_hand_and_handled",
        signs.METHOD,
        # A gun kept near and handled, a way and a dose asked about, a drop measured.
        r"\b(?:pistol|gun|revolver|rifle|shotgun)\b.{0,80}\b(?:taking it out|take it out|took it "
        r"out|holding it|hold it|held it|in my hand|in my lap)\b"
        r"|\bwhat is in it is loaded\b"
        r"|\bopen (?:a|my) (?:vein|veins|wrist|wrists)\b"
        r"|\b(?:jump|jumping|fall|falling|drop|dropping) (?:from|off) (?:\d+|one|two|three|four|"
        r"five|six|seven|eight|nine|ten|twelve|fifteen|twenty) (?:floors?|stor(?:ey|ies|y)|meters|"
        r"feet|ft)\b.{0,20}\benough\b"
        r"|\b(?:number|how many|amount) of " + _MEDS + r"\b.{0,40}\b(?:liver|kidneys?|heart)"
        r" (?:just )?(?:gives? out|fails?|stops?|shuts? down)\b"
        r"|\b(?:train tracks|railroad tracks|the tracks)\b.{0,60}\b(?:waited|stood there|waiting "
        r"for (?:the|a) train|waited for (?:the|a) train|and waited)\b",
        unless=r"\b(?:hunting|range|class|movie|game|show|novel|book|safety course|clean\w*|"
        r"nerf|water gun|toy|video|skydiv\w*|bungee|parachut\w*|photo\w*|bus|friend|date|"
        r"to pass|crossing|station|platform|commute|safe)\b",
    ),
    rule(
        "preparation_arranged_for_after",
        signs.PREPARATION,
        # Dates picked, leases ended, messages timed, things left for whoever comes after.
        r"\b(?:picked|chose|chosen|set|decided on) (?:the|a) (?:date|day)\b.{0,40}\b(?:letters|"
        r"notes|goodbyes?|my will|a will)\b"
        r"|\b(?:wrote|written|finished|left) (?:the|my|all the) (?:letters|notes)\b.{0,40}\b"
        r"(?:date|picked|goodbye)\b"
        r"|\b(?:will not|never) get to see me again\b|\bsee me again after (?:this|tonight|"
        r"tomorrow)\b"
        r"|\b(?:cancell?ed|ended|gave up|broke) my (?:lease|apartment|phone plan|gym membership|"
        r"subscriptions?)\b.{0,50}\b(?:will not need|do not need|no need for|not going to need)\b"
        r"|\beasy for (?:whoever|whomever|the person who|someone) (?:clears? out|cleans? out|has "
        r"to clear out|has to clean out|goes through|packs up) my\b"
        r"|\b(?:left|gave) (?:my|her|him) (?:\w+ )?(?:keys|car keys|cat|dog)\b.{0,30}\b(?:letter|"
        r"note)\b.{0,50}\b(?:understand|know why) (?:soon|later|tomorrow|one day)\b"
        r"|\b(?:scheduled|timed|set) (?:an?|the|my) (?:email|message|text|post|letter)s? to "
        r"(?:go out|send|be sent|arrive)\b.{0,40}\b(?:my|our) (?:parents|mom|dad|mother|father|"
        r"family|kids|children|sister|brother|friends|wife|husband|partner|ex)\b.{0,40}"
        r"\bexplaining (?:everything|it all|why)\b",
        unless=r"\b(?:moving|move in|new place|new job|vacation|trip|flight|wedding|birthday|"
        r"party|meeting|invoice|newsletter|sister's|visa|exam|test|quiz|class|appointment|"
        r"interview|court|hearing|study|studying|semester)\b",
    ),
    rule(
        "self_harm_signs_hidden",
        signs.SELF_HARM,
        # The streak broken, the blade, the blood hidden, the cuts covered, the head struck.
        r"\b(?:broke|lost|ended|reset|ruined) (?:my )?(?:clean|self harm free|sh free|harm free)"
        r" streak\b"
        r".{0,40}\b(?:blade|razor|sharpener|cut|cutter|knife|burn\w*)\b"
        r"|\bblade (?:from|out of) (?:a|my|the) (?:pencil )?sharpener\b"
        r"|\b(?:bloody|blood-soaked|bloodied|blood on the) (?:tissues|towels?|bandages|band-aids|"
        r"sheets|paper towels)\b.{0,60}\b(?:hid|hide|hiding|found|lied|trash|bin)\b"
        r"|\b(?:hiding|hide|hid|covering|cover|covered) (?:the |my )?(?:cuts|scars|burns|marks on "
        r"my (?:arms|wrists|thighs))\b"
        r"|\b(?:smacked|banged|slammed|hit|bashed) my (?:own )?(?:head|skull|forehead|fists?)"
        r" (?:against|into)\b.{0,40}\b(?:on purpose|(?:until|til|till) (?:i saw stars|it bled|i "
        r"bled|i could not think|i felt nothing))\b",
        unless=r"\b(?:accident\w*|cabinet door|by mistake|tripped|fell|slipped|car door|"
        r"low ceiling|paper|cooking|shaving|cat|dog|nosebleed|nose bleed|surgery|surgical|"
        r"c-section|acne|chicken ?pox|tattoo|makeup|concealer|sunburn\w*|aloe)\b|"
        + _ON_SOMEONE_ELSE,
    ),
    rule(
        "ending_me_not_us",
        signs.SUICIDAL_THOUGHTS,
        # "I'm ending things. Not the relationship. Me." and thoughts of "ending it".
        r"\bending (?:things|it|it all)\b.{0,10}\bnot (?:the relationship|us|the job|school)\b"
        r".{0,5}\bme\b"
        r"|(?<!\bno )(?<!\bany )(?<!\bzero )(?<!\bnot had )\bthoughts of ending it(?: all)?\b"
        r"|\b(?:typed|wrote|write|writing|keep typing) (?:\"|')?i (?:want|wanna) to die(?:\"|')?"
        r" (?:in|on|into)\b",
        unless=r"\b(?:with (?:him|her|them|my \w+)|(?:end|ending) (?:the|our|this|my) "
        r"relationship|things with|story|book|novel|movie|show|song|breaking up|break up)\b",
    ),
    # --- run 9: the ways of saying each sign that set 8 showed no rule read -------------------
    rule(
        "never_another_morning",
        signs.SUICIDAL_THOUGHTS,
        # Not seeing the next morning, not going back inside: the end told as a day that stops.
        r"\b(?:take|takes|took|how little|how easy|how fast) (?:\w+ ){0,3}?to never (?:see|wake up"
        r" to|open my eyes to|make it to) (?:another|the next|tomorrow|one more)\b"
        r"|\b(?:think|thinking|thought|imagine|imagining|dream|dreaming) (?:about|of) never "
        r"(?:going back inside|going back in|getting out of the car|coming home|waking up|seeing "
        r"(?:another|the next) (?:morning|day|sunrise))\b",
        unless=r"\b(?:lol|lmao|haha\w*|job|office|that (?:house|place|bar|school|church)|to him|"
        r"to her|gym|class|ex's|his place|her place|like (?:that|this|it)|without you|trip|beach|"
        r"vacation|island|festival|camp)\b",
    ),
    rule(
        "death_wish_by_chance",
        signs.DEATH_WISH,
        # Rooting for the plane, the flu or the night to take them; envy of the dead.
        r"\b(?:rooting for|hoping for|praying for|pray for|wishing for|part of me (?:wants|is "
        r"hoping for|hopes for))\b.{0,20}\b(?:engine failure|the plane to (?:go down|crash)|a "
        r"(?:plane )?crash|turbulence to win|the brakes to fail|a heart attack|an aneurysm|a "
        r"stroke|something fatal)\b"
        r"|\b(?:hope|hoping|pray|praying|wish|wishing)\b.{0,15}\bi (?:do not|never|will not|"
        r"would not) (?:pull through|recover|survive|get better|make it out)\b(?! (?:my|the|that|"
        r"from (?:the |this |my )?(?:hangover|jet lag)))"
        r"|\b(?:prayer|pray|praying|god|lord|bedtime)\b.{0,40}\blet (?:this|"
        r"tonight|today) be (?:the|my) last (?:one|night|day|morning|time i (?:wake up|close my "
        r"eyes))\b"
        r"|\b(?:being dead|death|dying|not existing|not waking up|the grave)\b (?:has )?(?:started"
        r" to |starts to |begun to |is starting to )?(?:sound|sounds|seem|seems|feel|feels|look|"
        r"looks) like (?:a |an )?(?:\w+ )?(?:vacation|holiday|break|rest|nap|relief|reward|"
        r"gift|mercy|"
        r"escape|way out|heaven|home|spa day|day off)\b"
        r"|\b(?:god|lord|jesus|heaven|the universe)\b.{0,40}\b(?:ask\w*|beg\w*|pray\w*|tell\w*)"
        r" (?:him|her|it|god|them|the universe) (?:\w+ )?to (?:take me|let me die|let me go|end "
        r"me|not wake me)\b(?! (?:to|home|out|with|there|back|along|dancing|shopping|for|on|in|"
        r"through|up)\b)"
        # "God decides when it's our time... I keep begging him to decide it's mine already".
        r"|\bwhen it is (?:our|my|your|their) time\b.{0,60}?\b(?:ask\w*|beg\w*|pray\w*) "
        r"(?:him|god|the lord) to (?:decide|make) it (?:is )?mine\b"
        r"|\b(?:ask\w*|beg\w*|pray\w*) (?:god|the lord|jesus|the universe)(?: \w+){0,3}? to "
        r"(?:take me|let me die|let me go|end me|not wake me|call me home)\b(?! (?:to|home|out|"
        r"with|there|back|along|dancing|shopping|for|on|in|through|up)\b)"
        r"|\bobituar\w*\b.{0,40}\bwish\w*\b.{0,20}\b(?:my name|mine|i|me)\b"
        r"|\bwish\w* (?:my name|mine|i) (?:was|were|would be|could be) (?:in|among) (?:the )?"
        r"(?:obituar\w*|the dead|death notices)\b"
        r"|\b(?:waking up|wake up|woke up|opening my eyes|every morning)\b.{0,40}\b(?:letdown|"
        r"let down|disappointment|disappointed|disappointing|cruel joke|punishment|bummer)\b.{0,40}"
        r"\b(?:still here|still alive|still breathing|made it)\b"
        r"|\b(?:disappointed|upset|let down|bummed|angry|mad) (?:that |when |to (?:find |see )?)?"
        r"i (?:woke up|wake up|am still (?:here|alive|breathing)|survived the night|made it "
        r"through (?:the|another) night)\b(?! (?:late|early|at|with|to|before|after|in|on|so|"
        r"and missed)\b)",
        unless=r"\b(?:lol|lmao|haha\w*|jk|kidding|market|stocks?|crypto|bitcoin|server|game|team|"
        r"season|movie|show|book|hair|dye|fabric|shirt|hangover|exam|meeting|semester|class|shift"
        r"|storm|snow|heat|contraction|chemo|bill|flight delay|cold front|homework|week|diet|"
        r"landing|cheat|course|tantrums?|toddler)\b|😂|🤣",
    ),
    rule(
        "burden_by_still_being_here",
        signs.BURDEN,
        # Ruining lives by existing, others soon "free of me", making it "stop for them".
        r"\bi (?:am |keep |just )?(?:just |only |always |literally )?(?:ruin\w*|burden\w*|drain\w*|"
        r"hurt\w*|holding (?:\w+ )?back|wreck\w*|weigh\w* (?:\w+ )?down|mess\w* up|cost\w*)\b"
        r".{0,40}\bby (?:still |just |even |simply )?(?:being "
        r"(?:here|alive|around|born)|existing|staying alive|breathing)\b(?! (?:early|late|on time|"
        r"at|with|for|in|so|when)\b)"
        r"|\b(?:you|they|he|she|everyone|everybody|y'all|you all|all of you|my family) (?:will|are"
        r" going to|can|get to|will finally|can finally) (?:finally )?(?:be )?(?:free of|rid of|"
        r"done with|free from) me\b.{0,30}\b(?:soon|forever|for good|like (?:you|they|she|he) "
        r"(?:always )?wanted|once and for all|tonight)\b"
        r"|\b(?:i will|i am going to|i am gonna) make (?:it|this|all of it|the pain) stop for "
        r"(?:them|her|him|everyone|everybody|you|all of (?:them|you)|my (?:family|friends|mom|"
        r"dad|kids))\b",
        unless=r"\b(?:moving|move out|move in|trip|camp|weekend|vacation|semester|lease|out of "
        r"state|new job|graduat\w*|college|visit|summer|month|noise|music|crying baby|alarm|"
        r"barking|monitor|beep\w*|so (?:they|she|he) can (?:sleep|rest|focus)|internship|starts|"
        r"program|training|abroad|flight|leaving for|landlord|leak|plumber|repair|dripping|"
        r"snoring|lol|haha\w*)\b",
    ),
    rule(
        "hopelessness_no_way_through",
        signs.HOPELESSNESS,
        # No way through left, another year or week that cannot be done, plans that stop.
        r"\b(?:way|path|door|exit|reason) (?:through|out|forward)?\b.{0,30}\b(?:there is not "
        r"one|there is none|there is not any|none left|does not exist)\b.{0,20}\b(?:stopping|"
        r"done|giving up|quitting|i give up|i quit)\b(?! (?:for|at|by|to|in)\b)"
        r"|\bcan ?not (?:do|take|survive|face|live|handle|last) (?:another|one more) (?:year|"
        r"week|month|day|night|morning|winter)(?: (?:of this|like this|of (?:this|my) life|of "
        r"living|of being alive|of existing|of being me))?"
        + _END
        + r"|\bno (?:future|hope|plans|point),? no (?:future|hope|plans|point|reason|way out)\b"
        r"(?! (?:for|this|on|yet|tonight|today)\b)"
        r"|\b(?:just|only|i am|i am just) counting down(?: the days| my days)?(?=\s*(?:$|,|now|"
        r"honestly|tbh))"
        r"|\bwant out before (?:it|things|this|the pain|i) (?:gets?|get) worse\b"
        r"|\bnow i (?:just |only |really |honestly )?want out"
        + _END
        + r"|\b(?:do not|did not) (?:expect|plan|intend) to (?:still )?(?:be (?:here|around|"
        r"alive)|make it)\b(?! (?:in|on|at|for|by|to) (?:time|the|this|that|my|work)\b)"
        r"|\b(?:stopped|quit|no point in|stop) making (?:any )?plans (?:past|after|beyond|for "
        r"after|for next)\b",
        unless=r"\b(?:job|work|boss|commute|class|school|semester|weather|heat|snow|rain|roommate"
        r"|snoring|diet|noise|traffic|shift|program|project|landlord|apartment|city|winter|cold|"
        r"vacation|holiday|break|day off|weekend|pto|moving|move|transfer|relocat\w*|visa|lease|"
        r"trip|abroad|deploy\w*|pregnan\w*|baby|due date|countdown to|to (?:christmas|summer|"
        r"vacation|the wedding)|marriage|relationship|group chat|lol|haha\w*)\b",
    ),
    rule(
        "means_watched_and_tested",
        signs.METHOD,
        # Nerve worked up at a height, a train timed, traffic seen as an exit, a rod tested.
        r"\b(?:bridge|rail|railing|ledge|edge|roof|rooftop|overpass|cliff|tracks|balcony)\b.{0,60}"
        r"\b(?:working up|work up|worked up|getting up|building up) (?:the )?(?:nerve|courage|"
        r"guts)\b(?! to (?:ask|tell|call|text|talk|say|quit|go|dive|bungee|zipline|skydive|"
        r"propose|climb|swim)\b)"
        r"|\b(?:train|trains|freight|subway|metro|truck|trucks|big rigs?|semis?)\b.{0,60}\b(?:i "
        r"keep timing (?:it|them)|timing it|timing them|counting the seconds)\b"
        r"|\btiming the (?:trains?|freight trains?|trucks|big rigs)\b"
        r"|\b(?:truck|trucks|big rigs?|semis?|train|trains|bus|buses|traffic|bridge|ledge|rope|"
        r"pills|gun)\b.{0,30}\b(?:looks?|looked|feels?|seems?) like (?:an? )?(?:exit|way out|"
        r"escape|invitation|answer|solution)\b"
        r"|\b(?:test\w*|check\w*|see if|whether|if)\b.{0,40}\b(?:rod|beam|pipe|hook|door ?frame|"
        r"ceiling fan|fan|rafter|railing|branch|closet bar|bar|belt|rope|cord|scarf)\b.{0,30}\b"
        r"(?:hold|holds|would hold|will hold|could hold|take|support|bear)s? my (?:weight|body)\b",
        unless=r"\b(?:exit ramp|exit sign|freeway exit|missed (?:my|the) exit|take the exit|next "
        r"exit|highway exit|to (?:get|go) to|commute|catch|schedule|late|for (?:work|school)|"
        r"noise|complaint|loud|"
        r"pull-?ups?|chin-?ups?|hammock|swing|climbing|gym|workout|yoga|aerial|shelf|tv|mount|"
        r"ladder|stool|bike|punching bag|baby|plants?|lol|haha\w*|game|movie)\b",
    ),
    rule(
        "preparation_loose_ends",
        signs.PREPARATION,
        # Envelopes one for each, pets handed over "for a while", a will and a PIN, things not
        # needed "where I'm going", loose ends tied, one last look.
        r"\b(?:sealed|wrote|left|addressed|labell?ed)\b.{0,20}\b(?:envelopes|letters|notes)\b"
        r".{0,40}\b(?:one (?:each )?for|top drawer|under my pillow|where (?:they|she|he|mom|you) "
        r"will find (?:them|it))\b"
        r"|\b(?:gave|giving|give|handed|left|dropped off|rehomed|rehoming)\b.{0,30}\b(?:cat|dog|"
        r"kitten|puppy|bird|fish|pets?|plants?)\b.{0,40}\btold (?:her|him|them|my \w+) (?:it(?:s| "
        r"is| was)|that it was) (?:just |only )?(?:for a while|temporary|for a little while)\b"
        r"|\b(?:a|my|the|online) will(?: templates?| forms?| kit)?\b(?! ?power)"
        r".{0,80}\b(?:pin|passcode|"
        r"phone password|passwords)\b"
        r"|\bwhere i am going,? i (?:do not|will not) need (?:a |an |my |any )?\w+"
        r"|\b(?:gave|giving|boxed up|packed up|donated)\b.{0,60}\b(?:will not|do not) need "
        r"(?:them|it|these|those|any of it) (?:anymore|any more|much longer|after this)\b"
        r"|\b(?:paid off|canceled|cancelled|closed|gave away|returned|cleared out|deleted)\b.{0,60}"
        r"\b(?:tying|tie|tied|wrapping|wrapped) up (?:all )?(?:the |my )?loose ends\b"
        r"|\b(?:wanted|want|needed|had) to (?:see|hug|hear|visit|hold|smell|taste|look at) (?:it|"
        r"them|her|him|my \w+|the \w+)(?: \w+)? (?:one|1) (?:more|last) time"
        + _END
        + r"|\b(?:returned|gave back|paid back|paid off|set up autopay|prepaid|paid)\b.{0,60}\bso"
        r" (?:no one|nobody|my \w+|they|she|he) (?:has to|have to|is not|will not be|does not "
        r"have to|are not) (?:chase|stuck with|left with|deal with|figure out|track down)\b"
        r"|\btold (?:my \w+|her|him|them) (?:that )?i love (?:her|him|them|you)\b.{0,30}\b(?:she|"
        r"he|they) did (?:everything|all) (?:right|she could|he could|they could)\b"
        r"|\bgave away\b.{0,60}\b(?:feels|looks|seems) (?:finished|final|complete|ready)\b",
        unless=r"\b(?:passed (?:away|on|in|last)|died|funeral|grave|cemetery|hospice|ashes|checks?|"
        r"bills?|payments?|invoices?|tax\w*|retreat|off grid|detox|"
        r"cabin|woods|mountains|wilderness|christmas|birthday|thank\w*|wedding|graduation|"
        r"invitations?|holiday|valentine"
        r"\w*|teacher|party|tips?|secret santa|trip|vacation|travel\w*|conference|visit|weekend|"
        r"flight|while i|moving|move|new place|beach|cancun|hawaii|cruise|camp\w*|festival|"
        r"declutter\w*|minimalis\w*|garage sale|yard sale|baby|renovat\w*|outgrew|grew out|"
        r"closes?|closing|torn down|demoli\w*|sold|concert|tour|rerun|season|semester|last day|"
        r"maternity|paternity|deploy\w*|quitting|notice|mortgage|lawyer|attorney|our wills|"
        r"presentation|project|recital|race|game|surgery|before (?:it|they|the|i)|library|fines?|"
        r"netflix|wifi|sitter)\b",
    ),
    rule(
        "self_harm_covered_up",
        signs.SELF_HARM,
        # Sleeves in summer again, a streak lost to the blade, bites that leave marks, and the
        # "accident" told to others.
        r"\b(?:long sleeves|hoodies?|sweaters?|turtlenecks?|bracelets|bandages|wristbands?)\b"
        r"(?: \w+){0,2} (?:in|during) (?:july|august|june|summer|the heat|this heat|a heat wave)"
        r" again\b"
        r"|\b(?:streak|days? clean)\b.{0,60}\b(?:with|to|the) (?:the )?(?:blade|razor|"
        r"sharpener|box cutter|lighter)\b"
        r"|\b(?:bit|bite|biting|scratched|scratching|pinched|pinching|punched|slapped) (?:my (?:own"
        r" )?|myself on the )(?:arm|arms|hand|hands|wrist|wrists|leg|legs|thigh|thighs|skin|face|"
        r"cheek)\b.{0,30}\b(?:hard enough|until|till|so hard|to leave (?:marks|bruises)|so i "
        r"(?:would|could) (?:stop|feel))\b"
        r"|\b(?:burn\w*|cut|cutting|hurt|scratch\w*|bruis\w*) (?:myself|my \w+)\b.{0,50}\b(?:said|"
        r"told (?:\w+ ){1,2}|pretended|claimed|lied(?: and said)?) (?:that )?(?:it was|it is|"
        r"they were) (?:an? |from )?(?:accident|the cat|my cat|the dog|cooking|the oven|the "
        r"stove)\b",
        unless=r"\b(?:cold|freezing|air condition\w*|ac|office|sun|sunburn|uv|spf|mosquito\w*|"
        r"bugs|eczema|psoriasis|tattoo|modest\w*|church|uniform|dress code|fashion|style|hiking|"
        r"flight|plane|duolingo|app|shav\w*|beard|legs shaved|eating|chewing|sleep|fell|tripped|"
        r"vap\w*|smok\w*|cigarettes|drink\w*|sober|alcohol|weed|"
        r"lol|haha\w*|cat|kitten|dog|puppy|toddler|baby|hamster|parrot)\b",
    ),
    rule(
        "threat_told_as_a_promise",
        signs.HARM_OTHERS,
        # Bones broken for a broken heart, a bat bought or brought, a drink tampered with, a
        # push down the stairs imagined.
        r"\bkill (?:you both|both of you|them both|both of them|the two of (?:you|them))\b"
        r"|\b(?:bought|got|grabbed|have|got me) (?:a|the|my|me a) (?:bat|baseball bat|crowbar|"
        r"machete|brass knuckles|tire iron)\b.{0,40}\b(?:let us see|lets see|let's see|see "
        r"(?:him|her|them)|watch (?:him|her|them))\b"
        # The bat and the hour he leaves work: "got the bat, he clocks out at six".
        r"|\b(?:bought|got|grabbed|have|got me) (?:a|the|my|me a) (?:bat|baseball bat|crowbar|"
        r"machete|brass knuckles|tire iron|knife|gun)\b.{0,20}?\b(?:he|she|they|my ex|her "
        r"boyfriend|his girlfriend) (?:clocks out|clock out|gets off|get off|leaves work|comes "
        r"home|gets home|closes up|walks home)\b"
        r"|\b(?:thinking about|thought about|want to|going to|gonna|could|should|imagine|"
        r"imagining) (?:putting|put|slip|slipping|drop|dropping|spike|spiking|mix|mixing) "
        r"(?:something|stuff|pills|a little something|bleach|poison|antifreeze|eye drops|"
        r"visine|laxatives?) (?:in|into) (?:his|her|their|\w+'s) (?:coffee|drink|food|tea|water|"
        r"beer|soup|juice|smoothie|plate|lunch|dinner)\b"
        r"|\b(?:would|will) never suspect me\b(?! of (?:planning|organizing|being)\b)"
        r"|\bteach (?:him|her|them|that \w+|this \w+|the \w+|my ex|his \w+) a lesson\b.{0,60}\b"
        r"(?:bat|gun|knife|machete|crowbar|brass knuckles|pistol|piece)\b"
        r"|\b(?:better watch (?:his|her|their|your) back|is a dead man|is dead meat)\b.{0,60}\b"
        r"(?:gun|pistol|knife|bat|machete|rifle|shotgun|piece|blade)\b"
        r"|\b(?:imagin\w*|picture|picturing|fantasi\w*|thinking about|want to|going to|gonna|"
        r"dream\w* (?:of|about)|i am(?= (?:shoving|pushing|kicking|tripping)\b)) (?:shoving|"
        r"pushing|push|shove|throwing|throw|kicking|kick|"
        r"tripping|trip) (?:him|her|them|my \w+|that \w+) (?:down|off|in front of|under|onto) "
        r"(?:the |a )?(?:stairs|staircase|balcony|bridge|cliff|train|bus|traffic|road|tracks|"
        r"car|truck|ledge|roof|window)\b",
        unless=_NOT_A_THREAT + r"|\b(?:heart|baseball|softball|practice|league|tee ball|cricket"
        r"|team|halloween|costume|sugar|cream|milk|sweet\w*|cinnamon|honey|vanilla|protein|"
        r"collagen|creamer|birthday|surprise|gift|present|proposal|propose|ring|prank|"
        r"decaf|caffeine|espresso|extra shot|to wake (?:him|her|them) up|syrup|movie|game|nerf|"
        r"water gun|fortnite|call of duty|pool|stroller|wheelchair|bike|bicycle|cart|suitcase|"
        r"luggage|boxes|couch|sofa|dresser|mattress|trash|recycling)\b",
    ),
    rule(
        "threat_bones_not_feelings",
        signs.HARM_OTHERS,
        # "I'm going to break her, bones not feelings": a body, not a heart, to be broken.
        r"\b(?:going to|gonna|will|want to) break (?:her|his|their|him|them|that \w+'s)\b.{0,20}"
        r"\b(?:bones|legs?|arms?|neck|jaw|face|nose|skull|ribs|kneecaps)\b",
        unless=r"\b(?:heart|lol|lmao|haha\w*|jk|kidding|joking|game|movie|wrestling|ufc)\b|😂|🤣",
    ),
    rule(
        "preparation_own_funeral",
        signs.PREPARATION,
        # Songs, clothes and an obituary chosen for one's own funeral.
        r"\b(?:songs?|music|playlist|outfit|dress|suit|flowers|readings?|hymns?)\b.{0,40}\b(?:at|"
        r"for) my (?:funeral|memorial|wake|service|burial)\b"
        r"|\bwhat i (?:want to|would like to|will) be (?:buried|cremated|laid out) in\b"
        r"|\b(?:wrote|writing|drafted|finished) my (?:own )?obituary\b"
        r"|\bmy (?:funeral|burial) (?:outfit|dress|suit|clothes) (?:is|are) (?:picked|chosen|"
        r"ready|laid out|ironed|set)\b",
        unless=r"\b(?:lol|lmao|haha\w*|joke|joking|kidding|exercise|class|assignment|prompt|"
        r"workshop|someday|when i am (?:old|90|100|ancient)|death cafe|estate planning|we both)\b"
        r"|😂|🤣",
    ),
    rule(
        "threat_what_is_coming",
        signs.HARM_OTHERS,
        # What is coming to him, what happens when, the ground, a week he will not see.
        r"\b(?:get|gets|getting) what (?:is|was) coming(?: to (?:him|her|them))?\b.{0,60}\b(?:gun|"
        r"knife|gas can|gasoline|bat|machete|trunk|i know where)\b"
        r"|\bfind out what happens when\b.{0,60}\bi know where (?:he|she|they) (?:sleeps?|lives?|"
        r"works?|parks?)\b"
        r"|\b(?:somebody|someone|he|she|they|one of (?:us|them)) (?:is|are) (?:going|gonna go) "
        r"(?:in|into) the ground\b"
        r"|\bmake (?:him|her|them) pay\b.{0,40}\b(?:will not|is not going to|are not going to) see"
        r" (?:next|another|tomorrow|the weekend)\b",
        unless=_NOT_A_THREAT + r"|\b(?:game|movie|show|karma|garden|plant\w*|bulbs|seeds|"
        r"funeral|buried|burial)\b",
    ),
    rule(
        "means_gathered_quietly",
        signs.METHOD,
        # Pills bought from several stores so no one notices, a medicine cabinet counted.
        r"\b(?:stocked up|stocking up|stockpil\w*|buying|bought|collecting|collected|saving|saved|"
        r"hoarding)\b.{0,30}\b" + _MEDS + r"\b.{0,40}\b(?:(?:different|several|multiple|"
        r"separate) (?:pharmacies|stores|drugstores|doctors)|so (?:no one|nobody) (?:notices|"
        r"notice|gets suspicious))\b"
        r"|\b(?:medicine cabinet|pill bottles?)\b.{0,40}\b(?:counting|and count)\b",
        unless=r"\b(?:sold out|shortage|flu season|allerg\w*|kids|out of stock|sale|coupon|"
        r"grandma|grandpa|organi[sz]er|refill|inventory|vitamins|dog|cat|expired|clean\w* out)\b",
    ),
    rule(
        "self_harm_nails_and_walls",
        signs.SELF_HARM,
        # Nails dug in until blood, a hit that leaves one glad to have been hurt.
        r"\b(?:dug|digging|dig|digs) my nails in(?:to my (?:arms?|skin|palms?|legs?|thighs?|"
        r"wrists?|hands?|stomach))?\b.{0,30}\b(?:bled|bleed|blood|broke the skin)\b",
        unless=r"\b(?:cat|dog|kitten|accident\w*)\b",
    ),
    rule(
        "burden_worth_the_insurance",
        signs.BURDEN,
        # Family better off with the insurance money than with me.
        r"\b(?:better off|be fine|set for life|taken care of|okay|ok) with (?:the|my) (?:life )?"
        r"insurance (?:money|payout|check)\b"
        r"|\b(?:life )?insurance (?:money|payout)\b.{0,40}\b(?:than|instead of|more than) (?:me|"
        r"with me|having me)\b",
    ),
    rule(
        "death_wish_would_not_mind",
        signs.DEATH_WISH,
        # Not waking up as the best thing; a crash that would not even make one mad.
        r"\bnot (?:waking up|being alive|existing|being here)\b (?:would|will) (?:honestly |really "
        r"|just )?be (?:the best|a gift|a blessing|fine|okay|a relief|nice)\b"
        r"|\bif i (?:got|get|was|were) (?:hit|run over|struck|killed|shot)\b(?! (?:with|by a "
        r"(?:ticket|fine|bill)))\b.{0,40}\bi (?:would not|will not) (?:even )?(?:be )?(?:mad|mind|"
        r"care|upset|sad|fight it)\b"
        r"|\bi (?:would not|will not) (?:even )?(?:be )?(?:mad|mind|care|upset|sad)\b.{0,10}\bif i"
        r" (?:got|get|was|were) (?:hit|run over|struck|killed|shot)\b(?! (?:with|by a (?:ticket|"
        r"fine|bill)))",
        # Not "fine" itself: "not waking up would be fine" is what the rule is for; a fine that
        # hits someone is left out by the pattern.
        unless=r"\b(?:lol|lmao|haha\w*|jk|alarm|on time|nap|weekend|ticket|bill|ball|"
        r"dodgeball|snowball|water balloon|paintball|nerf)\b|😂|🤣",
    ),
    rule(
        "hopeless_never_better",
        signs.HOPELESSNESS,
        # Pointless, and never going to get better.
        r"\b(?:pointless|hopeless|no point|meaningless)\b.{0,40}\bnever (?:going to|gonna|will) get"
        r" better\b"
        r"|\bnever (?:going to|gonna|will) get better\b.{0,40}\b(?:pointless|hopeless|no point|"
        r"meaningless|give up|done)\b",
        unless=r"\b(?:wifi|internet|traffic|handwriting|cooking|team|knee|back|cold|service|"
        r"landlord|lol|haha\w*)\b",
    ),
    rule(
        "preparation_things_marked_for_others",
        signs.PREPARATION,
        # Belongings labelled with who gets them, a room cleared so no one has to, cards for every
        # birthday to come, a relative's care handed over, a call made without saying why.
        r"\b(?:sticky notes|labels|tags|post-its|notes) on (?:my|all my) (?:stuff|things|"
        r"belongings|books|jewelry|clothes)\b.{0,40}\b(?:(?:people's|their|everyone's|"
        r"each person's) names|who gets)\b"
        r"|\b(?:cleaned out|cleared out|packed up|emptied|sorted) (?:my|all my)(?: whole| entire)? "
        r"(?:room|closet|apartment|desk|stuff|things|belongings)\b.{0,30}\bso (?:my \w+|they|she|"
        r"he|nobody|no one) (?:does not|do not|will not|has|have) (?:have )?to(?: (?:do it|deal "
        r"with it|later))?"
        + _END
        + r"|\b(?:wrote|writing|recorded|recording|made)\b.{0,40}\b(?:cards?|letters?|videos?|"
        r"messages?) for (?:every|each|all (?:her|his|their)) (?:birthday|christmas|graduation|"
        r"milestone)s?\b.{0,20}\b(?:until|till|through)\b"
        r"|\b(?:asked|told|made) (?:my \w+|her|him|them) (?:to )?(?:promise (?:to|me) )?(?:take "
        r"care of|look after|watch over) (?:mom|dad|my \w+|the kids|everyone)\b.{0,40}\b(?:confused"
        r"|did not know why|asked why|why i|weird)\b"
        r"|\b(?:called|hugged|visited|texted|saw)\b.{0,60}\b(?:did not|never) tell (?:her|him|them)"
        r" why\b",
        unless=r"\b(?:moving|move|lease|renovat\w*|college|guest|visit\w*|prices|sale|students|"
        r"class|clients|pen pal|subscription|trip|vacation|surgery|hospital|weekend|while i|"
        r"deploy\w*|surprise|party|birthday party|lol|haha\w*)\b",
    ),
    rule(
        "death_wish_disaster_on_me",
        signs.DEATH_WISH,
        # A storm or a quake hoped to fall on oneself; rest "for good".
        r"\b(?:hope|hoping|wish|wishing|pray\w*)\b(?!.{0,40}\b(?:not|does not|do not|will not)\b)"
        r".{0,30}\b(?:storm|earthquake|quake|tornado|hurricane|flood|fire|roof|building|ceiling|"
        r"tree)\b.{0,30}\b(?:on me|takes me|gets me|kills me|with me (?:in|inside) it)\b"
        r"|\buntil i (?:can )?(?:finally )?(?:rest|sleep|be at peace|be free) (?:for good|forever|"
        r"for real|permanently)\b",
        unless=r"\b(?:lol|lmao|haha\w*|jk|game|movie|roof rack|contractor|insurance claim|"
        r"vacation|retire\w*)\b|😂|🤣",
    ),
    rule(
        "means_measured",
        signs.METHOD,
        # A drop measured from a balcony or a roof; a hand held over a flame.
        r"\b(?:measured|measuring|calculated|calculating|looked up|checked|googled) (?:the )?"
        r"(?:distance|drop|height|how far|how high)\b.{0,30}\b(?:balcony|roof|rooftop|window|"
        r"bridge|overpass|ledge|parking (?:garage|structure)|building|cliff)\b",
        unless=r"\b(?:curtains?|blinds|furniture|couch|tv|planters?|moving|ladder|lights|"
        r"decorations|christmas|antenna|satellite|fence|drone|project|class|homework|physics|"
        r"engineering|inspect\w*|real estate|rent|landlord|paint\w*|gutters?|hammock|banner)\b",
    ),
    rule(
        "self_harm_held_to_the_flame",
        signs.SELF_HARM,
        r"\bheld my (?:hand|arm|palm|fingers?|wrist) (?:over|on|in|against|under) (?:the )?(?:stove"
        r"|burner|flame|fire|lighter|candle|iron|boiling|hot water|scalding)\b.{0,40}\b(?:till|"
        r"until|as long as|could not|on purpose|to feel)\b",
        unless=r"\b(?:warm\w*|cold|freezing|frozen|numb|thaw\w*|frostbite)\b",
    ),
    rule(
        "means_stared_at",
        signs.METHOD,
        # A bottle of pills stared at for an hour; a frozen lake walked out on in thought.
        r"\b(?:stared|staring|looked|looking|sat looking) at (?:the |a |my |my \w+ )?(?:bottle|"
        r"bottles|stash|pack|box) of\b.{0,30}\bfor (?:like |about |almost )?(?:an hour|hours|a "
        r"long time|ages|\d+ (?:minutes|hours))\b"
        r"|\b(?:lake|pond|river|ocean|sea|ice)\b.{0,40}\b(?:thinking about|want to|imagine|"
        r"imagining) (?:walking|swimming|wading) (?:out )?(?:to the middle|until i can not|out too"
        r" far|as far as)\b",
        unless=r"\b(?:wine|beer|whiskey|tequila|vodka|champagne|perfume|lotion|shampoo|sauce|"
        r"ketchup|label|deciding|which one|choose|store|aisle|skat\w*|fishing|photo\w*|kayak|"
        r"boat|swim lessons|race|cereal|chocolates?|cookies)\b",
    ),
    rule(
        "death_wish_welcomed",
        signs.DEATH_WISH,
        # Cancer or death thanked for choosing them; a warning that is "not a cry for help".
        r"\bif (?:cancer|death|a (?:car|bus|truck)|god|the (?:virus|disease)|something) (?:picked|"
        r"chose|took|came for|got) me\b.{0,30}\b(?:thank you|thanks|grateful|relieved|welcome it|"
        r"let it|not fight)\b"
        r"|\bnot a cry for help\b.{0,30}\b(?:heads up|warning|goodbye|fact|decision|plan|notice)\b",
        unless=r"\b(?:lol|lmao|haha\w*|article|meme|song|tweet|lottery|raffle|team|draft|"
        r"mental health day|day off|sick day|need a break|need space)\b"
        r"|😂|🤣",
    ),
    rule(
        "burden_world_goes_on",
        signs.BURDEN,
        # The world spinning on, fine without "people like me".
        r"\b(?:the world|everyone|everything|life|things) (?:keeps? (?:spinning|going|turning)|"
        r"goes on|would go on|would keep (?:spinning|going)) (?:just )?(?:fine |perfectly |better "
        r"|the same )?without (?:people like me|someone like me|me in it)\b",
        unless=r"\b(?:vacation|trip|offline|phone|social media|week off|pto|retire\w*|unplug\w*)"
        r"\b",
    ),
    rule(
        "threat_one_more_time",
        signs.HARM_OTHERS,
        # "If my boss yells at me one more time I'm bringing something to work."
        r"\bif (?:he|she|they|my \w+|that \w+)\b.{0,40}\b(?:one more time|again)\b.{0,20}\bi am "
        r"(?:bringing|taking|going to bring|gonna bring) (?:something|a gun|my gun|a knife|"
        r"a weapon|the gun|my knife)\b(?! to (?:read|eat|do|drink|share|wear)\b)(?: (?:to|into) "
        r"(?:work|school|the office|class|his \w+|her \w+))?",
        unless=_NOT_A_THREAT + r"|\b(?:potluck|lunch|snacks?|cake|cookies|donuts|treats?|coffee|"
        r"food|gift|earplugs|headphones|complaint|hr|lawyer|union)\b",
    ),
    rule(
        "means_looking_inviting",
        signs.METHOD,
        # A bridge or a ledge that looks inviting; a name carved into the skin.
        r"\b(?:bridge|ledge|roof|rooftop|overpass|tracks|river|highway|edge|balcony|cliff|pills|"
        r"gun|rope)\b.{0,40}\b(?:looking|looks|look|seems|seeming|feels|feeling|sounding) (?:real "
        r"|so |really |kind of |pretty |more and more )?(?:inviting|tempting|appealing|"
        r"welcoming)\b",
        unless=r"\b(?:view|photo\w*|swim\w*|dive|diving|hike|hiking|picnic|weather|sunset|summer|"
        r"vacation|pool|beach|lake house|dinner|date|fishing|kayak\w*|lol|haha\w*|sun|sunshine|"
        r"coffee|breakfast|brunch)\b",
    ),
    rule(
        "self_harm_name_carved",
        signs.SELF_HARM,
        r"\b(?:carved|carve|carving|scratched|etched|cut) (?:his|her|their|a|the|my \w+'s)? ?"
        r"(?:name|initials|word|words|letters?)\b.{0,20}\b(?:into|in|on) my (?:arm|forearm|wrist|"
        r"thigh|leg|stomach|hip|skin|hand)\b",
        unless=r"\b(?:pen|marker|sharpie|henna|tattoo\w*|paint\w*|desk|tree|pumpkin|wood|soap)\b",
    ),
    rule(
        "preparation_quietly_and_for_good",
        signs.PREPARATION,
        # Things given away so nobody notices; the phone turned off for good.
        r"\b(?:giving|gave|handing|handed)\b.{0,20}\b(?:stuff|things|belongings|clothes|books|"
        r"possessions)\b.{0,30}\bso (?:nobody|no one|they do not|people do not) (?:notices?|sees?|"
        r"asks?|gets? suspicious)\b"
        r"|\b(?:turning|turn|shutting|switching) (?:my )?phone off (?:for good|forever|"
        r"permanently)\b",
        unless=r"\b(?:declutter\w*|moving|move|sale|donat\w*|minimal\w*|detox|digital|social media|"
        r"weekend|week|new phone|upgrade|new number|carrier|lol|haha\w*)\b",
    ),
    rule(
        "threat_where_they_live",
        signs.HARM_OTHERS,
        # Regret or payment promised to someone whose house one knows; him caught alone.
        r"\b(?:regret|pay|sorry|lesson|hurt|get (?:him|her|them))\b.{0,60}\bi know where (?:he|she|"
        r"they|his \w+|her \w+) (?:lives?|sleeps?|works?|parks?|house is|place is|stays?)\b"
        r"|\bwhat (?:i would|id) do to (?:him|her|them|that \w+)\b.{0,40}\b(?:alone|if i "
        r"(?:caught|catch|see|saw|find|found|get|got))\b"
        # Told to the person: "i know where you work, watch your back", "enjoy your new life
        # while it lasts".
        r"|\b(?:while it lasts|watch your back|watch yourself|look over your shoulder|one eye "
        r"open)\b.{0,60}\bi know where (?:you|he|she|they) (?:live|work|park|sleep|stay)s?\b"
        r"|\bi know where (?:you|he|she|they) (?:live|work|park|sleep|stay)s?\b.{0,60}\b(?:while "
        r"it lasts|watch your back|watch yourself|look over your shoulder|one eye open)\b"
        r"|\benjoy (?:your|ur|the) (?:new (?:life|relationship|girlfriend|boyfriend|girl|guy|man|"
        r"woman|family)|little (?:life|family)|happiness) while it lasts\b",
        unless=_NOT_A_THREAT + r"|\b(?:surprise|gift|flowers|party|card|deliver\w*|apolog\w*|"
        r"send|hug|kiss|talk|conversation|yell|lunch|coffee|dinner|drinks|grab|stop by|drop by)\b",
    ),
    rule(
        "burden_would_not_notice",
        signs.BURDEN,
        r"\b(?:would not|will not|would never) (?:even )?notice if i (?:faded|fade|vanish\w*|"
        r"slipped away|stopped existing|stopped breathing)\b",
        unless=r"\b(?:meeting|call|zoom|class|party|early|lol|haha\w*)\b",
    ),
    rule(
        "means_kept_close",
        signs.METHOD,
        # A belt or pills kept under the mattress, pills "waiting for me", the ground preferred.
        r"\b(?:belt|rope|cord|pills|blade|razor|gun|bottle)\b.{0,40}\b(?:under my (?:mattress|"
        r"pillow)|in my (?:pillowcase|sock drawer))\b"
        r"|\b" + _MEDS + r"\b.{0,40}\bwaiting (?:for me|on me)\b"
        r"|\brather be (?:in the ground|six feet under|in a (?:grave|coffin|box)|dead|gone) than "
        r"(?:keep|keeping|go on|going on|live|living|feel|feeling|be here|wake up|face|continue|do "
        r"this|spend another)\b",
        unless=r"\b(?:protection|safety|intruder|burglar|sketchy|break-ins|lost|can not find|"
        r"somewhere|pharmacy|pick up|pickup|refill|ready at|lol|haha\w*|jk)\b|😂|🤣",
    ),
    rule(
        "self_harm_no_cat",
        signs.SELF_HARM,
        # Scratches blamed on a cat that does not exist; tired of being a body.
        r"\bcat\b.{0,40}\b(?:there is no cat|i do not have a cat|no cat)\b"
        r"|\b(?:tired|exhausted|sick|done) of being (?:a body|a person|a human|in this body)\b",
        unless=r"\b(?:lol|haha\w*|today|monday|adult\w*|eczema|itch\w*|rash|bites|hives|couch|"
        r"sofa|dog|furniture)\b|😂|🤣",
    ),
    rule(
        "threat_followed_and_finished",
        signs.HARM_OTHERS,
        # Starting with his car and ending with him; followed home, "no idea what is coming".
        r"\b(?:starting|start) with (?:his|her|their) \w+ and (?:ending|end|finishing) with (?:him|"
        r"her|them)\b"
        r"|\b(?:following|followed|tailing|watching) (?:her|him|them)\b.{0,40}\b(?:no idea what is "
        r"coming|does not know what is coming|will not see it coming|never see it coming)\b",
        unless=_NOT_A_THREAT + r"|\b(?:surprise|party|proposal|propose|gift|birthday|instagram|"
        r"tiktok|online|channel|wash\w*|detail\w*|clean\w*)\b",
    ),
    rule(
        "preparation_where_everything_is",
        signs.PREPARATION,
        r"\b(?:wrote down|wrote out|made a list of|left a list of|listed) (?:where everything "
        r"is|all my (?:accounts|passwords|bank info))\b.{0,60}\b(?:bank|insurance|accounts?|"
        r"passwords?|vet|will)\b",
        unless=r"\b(?:trip|travel\w*|vacation|surgery|sitter|house ?sitter|deploy\w*|estate|"
        r"financial planner|in case we|organi[sz]\w*|new job|move|moving)\b",
    ),
    rule(
        "waiting_for_the_house_to_sleep",
        signs.SUICIDAL_THOUGHTS,
        r"\bwaiting (?:for|until) (?:everyone|everybody|my (?:parents|family|roommate|husband|wife|"
        r"mom|dad)|the house) (?:to (?:fall asleep|go to sleep|go to bed|leave)|is asleep|falls "
        r"asleep|goes to bed|leaves)\b.{0,20}\bto do it\b",
        unless=r"\b(?:presents?|gifts?|wrap\w*|santa|tooth fairy|surprise|cake|snack\w*|lol|"
        r"haha\w*)\b",
    ),
    rule(
        "leaning_forward",
        signs.METHOD,
        # Sitting on a sill or a ledge thinking about leaning forward.
        r"\b(?:windowsill|window sill|ledge|railing|rail|edge|balcony|roof)\b.{0,60}\b"
        r"think(?:ing)? about (?:leaning|letting go|tipping|sliding|falling|rolling)"
        r"(?: forward| off| over| out)?\b",
        unless=r"\b(?:yoga|stretch\w*|photo\w*|paint\w*|chair|skateboard|surf\w*|lol|haha\w*)\b",
    ),
    rule(
        "harder_to_go",
        signs.SUICIDAL_THOUGHTS,
        # Being checked on "makes it harder to go".
        r"\b(?:stop|quit) (?:checking on|checking in on|texting|calling|asking about) me\b.{0,40}\b"
        r"harder to (?:go|leave|do it|let go)\b",
        unless=r"\b(?:work|job|trip|vacation|party|city|house|lol|haha\w*)\b",
    ),
    rule(
        "self_harm_scratched_raw",
        signs.SELF_HARM,
        r"\bscratch\w* (?:myself|my (?:arms?|legs?|skin|wrists?|thighs?)) raw\b.{0,40}\b(?:again|"
        r"hiding|hide|on purpose|to feel|so i)\b",
        unless=r"\b(?:eczema|itch\w*|rash|bites?|hives|allerg\w*|mosquito\w*|poison ivy|"
        r"chicken ?pox|psoriasis|dry skin|sunburn|cat|dog)\b",
    ),
    rule(
        "threat_bullet",
        signs.HARM_OTHERS,
        r"\b(?:put|putting|pump|pumping) (?:a|one|some|two|three|\w+) (?:bullets?|rounds?|slugs?) "
        r"(?:in|into|through) (?:him|her|them|that \w+|my \w+|his \w+|her \w+)\b",
        unless=_NOT_A_THREAT + r"|\b(?:game|movie|zombies?|deer|target|range|paper|video game|"
        r"call of duty|head)\b",
    ),
    rule(
        "death_wish_relief_at_bad_news",
        signs.DEATH_WISH,
        # Hoping help comes too late; relief at a diagnosis that might be serious.
        r"\b(?:hope|hoping|wish|pray\w*)\b.{0,20}\b(?:the )?(?:ambulance|paramedics|help|doctors?) "
        r"(?:is|are|gets? there|arrives?|will be|comes?) (?:too late|late)\b"
        r"|\b(?:doctor|results?|biopsy|scan|tests?|diagnosis)\b.{0,40}\b(?:serious|bad|cancer|"
        r"malignant|terminal)\b.{0,30}\b(?:relieved|relief|glad|calm|at peace)\b",
        unless=r"\b(?:not serious|was not serious|benign|negative|fine|all clear|nothing serious|"
        r"clear|okay|ok|lol|haha\w*|movie|show)\b",
    ),
    rule(
        "marks_explained_away",
        signs.SELF_HARM,
        # Cuts, burns or marks seen by someone and explained away as an accident, a pet or a
        # fall: the story told to others is itself the warning sign, whatever it names.
        r"\b(?:cuts|scars|burns|marks|bruises|scratches|scabs)\b.{0,80}\b(?:said|told(?: \w+)"
        r"{0,2}|tell(?: \w+){0,2}|pretended|claimed|lied(?: and said)?|say|made up(?: a story)?)"
        r"(?: that)? (?:it was|they were|it is|they are|its|theyre) (?:just |all )?"
        r"(?:an? |from (?:an? |the |my )?)?(?:accident|the cat|my cat|cat|the dog|my dog|dog|"
        r"cooking|the oven|the stove|the iron|a fall|falling|the gym|rosebush\w*|the bushes)\b",
        unless=r"\b(?:because it was|it really was|it actually was|really were|actually were|"
        r"vet|kitten we adopted|new puppy)\b",
    ),
    # --- run 10: what set 9 showed no rule read ---
    rule(
        "own_ending_planned",
        signs.SUICIDAL_THOUGHTS,
        # One's own ending, exit or story's end, planned or wanted; thoughts of it "getting
        # specific" ("unalive" ones included, which arrive spelled "kill").
        r"\b(?:planning|planned|plan|imagining|picturing|rehearsing|thinking about|want to|"
        r"wanting to|going to|ready to) (?:my own|my) (?:ending|exit|death)\b"
        r"(?! (?:from|of|at|strategy|interview|plan|date|package)\b)"
        r"|\b(?:end|ending|finish|finishing|close|closing) (?:my own|my) (?:story|book|chapter|"
        r"journey|time here)\b"
        r"|\b(?:kill|suicid\w*|dark|bad|intrusive|death) thoughts\b.{0,30}\b(?:got|getting|"
        r"are|are getting) (?:specific|detailed|concrete|more specific|too specific)\b"
        r"|\bend(?:ing)? (?:things|it all|everything|it) permanently\b",
        unless=r"\bwith (?:him|her|them|my (?:ex|boyfriend|girlfriend|partner|husband|wife))\b"
        r"|\b(?:novel|book club|series|season|finale|draft|manuscript|character|class|"
        r"assignment|essay|workshop|for school|project)\b",
    ),
    rule(
        "sorry_to_be_alive",
        signs.DEATH_WISH,
        # Still breathing, still waking up, told as a disappointment.
        r"\b(?:disappoint\w*|sad|upset|annoyed|angry|mad|let down) (?:that )?i (?:am|was|woke "
        r"up|am still|was still) (?:still )?(?:breathing|alive|here)\b"
        r"(?! (?:at|in|on|with|after|until|waiting|for)\b)"
        r"|\bwhy do i (?:keep|still) (?:waking up|breathing|being alive)(?=\s*(?:[,?.!]|$))"
        r"|\bdid not ask for (?:another|one more|a new) (?:day|morning|year)\b(?! off\b)"
        r"|\b(?:wish|want|wanted) (?:i (?:was|were) |to be )(?:in the ground|six feet under|"
        r"buried|in a grave|underground|in a coffin)\b",
    ),
    rule(
        "no_me_ahead",
        signs.HOPELESSNESS,
        # A future the writer is not in: "no me at 30", "no more me", no tomorrow worth it.
        r"\bno (?:version of )?me at \d+\b|\bno more me\b(?! time\b)"
        r"|\bnot planning (?:on|to) (?:getting|get|make it|making it) (?:there|that far)"
        r"(?=\s*(?:[,.!?]|$|anyway|honestly))"
        r"|\bno (?:future|hope|him|her|plans?|tomorrow)\b.{0,20}\bno me\b"
        r"|\bdo not (?:plan on|expect to|intend to|see myself) (?:getting|making it|living) "
        r"(?:that far|to \d+|past \d+|to (?:thirty|twenty|forty))\b"
        r"|\bcan not (?:picture|imagine|see) (?:next|a|the) (?:month|year|week|future|tomorrow)\b"
        r".{0,30}\b(?:the point|on purpose|the plan)\b"
        r"|\b(?:no|do not see a|there is no|not a) (?:tomorrow|future|life|day) worth (?:waking up|"
        r"living|staying|sticking around|being here) for\b"
        r"|\bme (?:switching|turning|shutting) (?:everything|it all) off\b"
        r"|\b(?:switch|turn|shut)(?:ing)? myself off\b",
        unless=r"\b(?:computer|phone|laptop|notifications?|for the night|for the weekend|"
        r"social media)\b",
    ),
    rule(
        "means_noticed_at_home",
        signs.METHOD,
        # A belt or a cord seen anew, a borrowed gun with a cover story, a hair dryer taken to
        # the bath.
        r"\b(?:belt|rope|cord|scarf|sheet|extension cord|dog leash)\b.{0,40}\b(?:looking "
        r"different|looks different|calling (?:to )?me|staring at me|keep looking at|keeps looking "
        r"at)\b"
        r"|\b(?:borrow|get|buy|bought)\b.{0,20}\b(?:gun|pistol|rifle|shotgun|revolver)\b.{0,60}"
        r"\b(?:told|said)(?: \w+)? (?:it was|it is|that it was) for\b"
        r"|\b(?:hair ?dryer|toaster|radio|space heater)\b (?:in|into|near|next to|by|on the edge "
        r"of) the (?:bath|bathtub|tub)\b"
        r"|\bbrought the (?:hair ?dryer|toaster|radio|space heater) in\b"
        r"|\bfilled the (?:bath|bathtub|tub)\b.{0,40}\b(?:hair ?dryer|toaster|radio|heater)\b",
        unless=r"\b(?:range|hunting|class|safety course)\b",
    ),
    rule(
        "farewell_as_errands",
        signs.PREPARATION,
        # A pet left "for now" with no return meant, an email set to send itself.
        r"\b(?:said|told \w+|promised) (?:that )?i would (?:pick (?:her|him|them|it) up|come back|"
        r"be back|get (?:her|him|them))\b.{0,30}\bbut i (?:will not|am not going to|do not think "
        r"i will)\b"
        r"|\b(?:email|message|text|letter|video)\b.{0,40}\b(?:send itself|sends itself|set to "
        r"send|scheduled to send|timed to send)\b.{0,40}\b(?:explain\w* (?:everything|why)|"
        r"goodbye|sorry for everything)\b"
        r"|\bto (?:hear|see) (?:his|her|their|my \w+'s) (?:voice|face) one (?:more|last) time\b",
        unless=r"\b(?:vacation|trip|flight|deploy\w*|move|moving|surgery|rehab|boarding|"
        r"passed (?:away|on|in|last)|died|funeral|wake|grave|cemetery|hospice|ashes)\b",
    ),
    rule(
        "self_harm_hidden_or_renewed",
        signs.SELF_HARM,
        # Old scars reopened, a count back at day one, bandages that are not for blisters, a pet
        # that does not exist, harm done as punishment, arms "a mess again", blades hidden.
        r"\b(?:opened|reopened|re-opened|tore open|ripped open|opening|picking at) (?:up )?"
        r"(?:two of them|some of them|(?:my|the|yesterday's|last night's) (?:old )?(?:scars|"
        r"cuts))\b"
        r"|\bscars\b.{0,40}\b(?:opened|reopened) (?:two|some|one|a few) of them\b"
        r"|\bback to day (?:1|one|0|zero)\b.{0,40}\bnot (?:hurting|cutting|harming|burning) "
        r"myself\b"
        r"|\bday (?:1|one|0|zero) of not (?:hurting|harming|cutting|burning) myself\b"
        r"|\b(?:band-?aids|bandages|gauze|plasters)\b.{0,30}\b(?:are not|is not|not) (?:for|from) "
        r"(?:blisters|the kitchen|cooking|the gym|an accident|my shoes|work)\b"
        r"|\b(?:cuts|scratches|marks|burns)\b.{0,40}\bfrom (?:the|my|our) (?:cat|dog)\b.{0,30}"
        r"\bdo not (?:have|own) a (?:cat|dog)\b"
        r"|(?:^|\bi |\band |\bso i )(?:told|tell) (?:\w+ ){0,3}?(?:the|my) (?:cuts|scratches|"
        r"marks|burns|bruises) (?:are|were) (?:from|because of) (?:the|my|our|a) (?:cat|dog|"
        r"kitten|fall|gym|oven|stove)\b"
        r"|\b(?:to punish|punishing|punish) myself\b.{0,10}\b(?:by|with) (?:not eating|starving|"
        r"skipping meals|hitting myself|hurting myself|cutting|burning|scratching)\b"
        r"|\b(?:skip\w* meals|starv\w*|not eat\w*|(?:hurt|scratch|pinch|burn|cut|hit)\w* myself)"
        r"\b.{0,30}\bto punish myself\b"
        r"|\bmy (?:arms|wrists|thighs|legs|stomach) (?:are|is) (?:a mess|all cut up|torn up|"
        r"covered in (?:cuts|scars|marks|burns|scratches))\b.{0,20}\b(?:again|summer|sleeves)\b"
        r"|\b(?:hid|hide|hiding|moved|keep|kept|stash\w*)\b.{0,20}\bmy (?:blades|razor blades)\b"
        r"|\bmy (?:blades|razor blades)\b.{0,60}\b(?:stops? finding|will not find|does not "
        r"find|find them)\b",
        unless=r"\b(?:skates?|blender|mower|shaving|hockey|kitchen knives|vet|really were|"
        r"actually were|because they were)\b",
    ),
    rule(
        "threat_of_injury",
        signs.HARM_OTHERS,
        # Someone told they will leave in an ambulance or end up in the ER, a wedding turned into
        # a funeral, "safe" and not for long.
        r"\b(?:next time\b.{0,60}?\b(?:is|are|will be) leaving|(?:will|going to|gonna) (?:be )?"
        r"(?:leaving|leave|end up|go home|going home)) in (?:an ambulance|a body bag|a coffin)\b"
        r"|\b(?:my ex|my ex's \w+(?: \w+)?|(?:her|his|their) new (?:boyfriend|girlfriend|man|girl|"
        r"guy|husband|wife))\b.{0,30}\b(?:going to|will|gonna) end up in the (?:er|hospital|"
        r"morgue|icu)\b"
        r"|\bturn (?:it|the wedding|their wedding|the party|the funeral) into a (?:funeral|"
        r"bloodbath|crime scene)\b"
        r"|\b(?:she|he|they) (?:thinks?|think) (?:she|he|they) (?:is|are) safe\b.{0,40}\b(?:she is "
        r"not|he is not|they are not|not for long|wrong)\b"
        # "Tomorrow he pays", said of someone who humiliated the writer.
        r"|\b(?:tomorrow|tonight|soon|one day|this week) (?:he|she|they) (?:pays?|will pay|is "
        r"going to pay)\s*$"
        # "Not letting him leave in one piece"; "one more time and she gets stabbed".
        r"|\b(?:not|never) (?:letting|let|going to let) (?:him|her|them) (?:leave|walk away|walk "
        r"out|go) in one piece\b"
        r"|\b(?:one more time|next time|do it again|try it again)\b.{0,20}?\b(?:and|then) "
        r"(?:he|she|they) (?:gets?|is getting|will get) (?:stabbed|shot|hurt|killed|beaten|run "
        r"over)\b",
        unless=_NOT_A_THREAT + r"|\b(?:from (?:the )?(?:flu|covid|scams?|rain|storm|traffic)|"
        r"if (?:he|she|they) (?:keeps?|does not) (?:driving|drinking|speeding|partying|slow))\b",
    ),
    # --- run 11: what set 10 showed no rule read ---
    rule(
        "suicide_as_comfort",
        signs.SUICIDAL_THOUGHTS,
        # Suicide kept as a comfort or a way out held in reserve.
        r"\b(?:killing myself|suicide|ending it|ending my life|dying|death|not waking up)\b.{0,60}"
        r"\b(?:plan b|backup plan|escape hatch|exit plan|emergency exit|safety net|comforts me|"
        r"comforting to me|my way out)\b",
        unless=r"\b(?:game|movie|show|novel|book|character|insurance|will and|estate)\b",
    ),
    rule(
        "would_anyone_notice_if_i_did_it",
        signs.SUICIDAL_THOUGHTS,
        r"\bif i (?:did it|went through with it|were gone(?! for\b)|was gone(?! for\b)|died|"
        r"was not here anymore|"
        r"were not here anymore|killed myself)\b.{0,20}?\b(?:would|will) (?:anyone|anybody|people|"
        r"they|you)(?: even)? (?:notice|care|miss me|realize|know)\b",
    ),
    rule(
        "a_voice_that_says_end_it",
        signs.SUICIDAL_THOUGHTS,
        r"\b(?:voice|voices|thought|part of me|my brain|my head)\b.{0,25}?\b(?:says?|saying|tells? "
        r"me|telling me|keeps? saying|whispers?)\b.{0,12}?\b(?:just )?(?:end it|kill yourself|end "
        r"your life|you should die|you should not be alive|die)\b",
        unless=r"\b(?:text him|text her|call him|call her|eat|buy|order|quit my job|nike|"
        r"the gym|workout)\b",
    ),
    rule(
        "relieved_to_hear_of_little_time_left",
        signs.DEATH_WISH,
        # News of little time left, from a doctor or someone who told me: not two weeks left
        # before an exam.
        r"^(?=.*\b(?:doctor|diagnos\w*|terminal|cancer|prognosis|to live|oncologist|"
        r"told me i (?:only )?(?:have|had)|said i (?:only )?(?:have|had))\b)"
        r".*\b(?:i had|i have|gave me|give me|told me i (?:have|had)|said i (?:have|had))"
        r"(?: only)? "
        r"(?:\w+ )?(?:months|weeks|a year|days)(?: to live| left)?\b.{0,30}?\b(?:say thank you|"
        r"said thank you|be relieved|feel relieved|a relief|good news|be grateful|thank god|"
        r"finally)\b",
        unless=r"\b(?:notice|to pay|to move|to find|deadline|extension|off|vacation|pto|leave|"
        r"lease|visa|semester|contract|until (?:graduation|the wedding|the baby))\b",
    ),
    rule(
        "dismay_at_waking_still_here",
        signs.DEATH_WISH,
        r"\b(?:wake up|woke up|waking up|alarm goes off|alarm went off|open my eyes|opened my "
        r"eyes)\b.{0,40}?\b(?:ugh|damn|dammit|disappointed|disappointment|sigh|shit|oh no)\b"
        r".{0,12}?\b(?:still here|still alive|another day|i am still)\b",
    ),
    rule(
        "wishing_the_plane_down",
        signs.DEATH_WISH,
        r"\b(?:wish|hope|hoping|praying) (?:that )?(?:the|my) (?:plane|flight|bus|train|car|uber)"
        # Not "I hope my flight does not crash".
        r"(?: (?!not\b|never\b|does\b|did\b|do\b)[\w']+){0,4}? (?:would |will |just )?(?:go down|"
        r"goes down|went down|crash|crashes|crashed|fall out of the sky)\b",
    ),
    rule(
        "lighter_without_me",
        signs.BURDEN,
        r"\b(?:lighter|easier|quieter|calmer|happier|simpler|nicer|peaceful|at peace)\b.{0,50}?"
        r"\bwithout me"
        # Without me at all, not "without me and the dog there" or "without me overthinking".
        r"(?=\s*(?:$|[,.;!]|lol\b|permanently\b|forever\b|for good\b|in (?:it|their lives)\b))",
    ),
    rule(
        "no_point_in_me",
        signs.HOPELESSNESS,
        # "No point in me", not "no point in me going to the meeting".
        r"\bno point (?:in|to) (?:me(?: being here| being alive| existing)?|my existence|"
        r"existing)(?=\s*(?:$|[,.;!]|anymore\b|at all\b))"
        r"|\b(?:at|hit) (?:the|rock) bottom\b.{0,40}?\bno way (?:up|out)\b(?! of\b)"
        r"|\bno way (?:up|out)\b.{0,30}?\b(?:checked|tried|looked in) every (?:direction|door|"
        r"option|way)\b",
    ),
    rule(
        "letting_go_of_holding_on",
        signs.HOPELESSNESS,
        # Letting go of life after holding on, not of him, of the past or of hope for us.
        r"\b(?:holding on|hanging on)\b(?! (?:to|onto)\b).{0,40}?\bi am (?:letting go|done holding "
        r"on|done hanging on|giving up) (?:now|tonight|for good)\b",
        unless=r"\b(?:him|her|them|the relationship|this relationship|us|the past|of the|our|"
        r"grudge|anger|resentment|hope (?:that|for) (?:him|her|us)|job|work|applying|school|"
        r"class|diet|gym|project|bar|rope|ledge)\b",
    ),
    rule(
        "a_deadline_then_done",
        signs.HOPELESSNESS,
        r"\b(?:i give it|giving it|i am giving myself|i give myself|give myself)\b (?:till|until|"
        r"to|through) (?:the end of (?:the|this) (?:month|week|year)|\w+day|next \w+|christmas|new "
        r"year|my birthday)\b.{0,30}?\b(?:then (?:that is|it is) (?:it|over)|then i am (?:done|"
        r"out|gone)|and then (?:that is|i am) (?:it|done|gone))(?=\s*(?:$|[,.;!]|for good\b))"
        r"|\b(?:this is|this will be) (?:my |the )?last (?:winter|summer|christmas|birthday|year|"
        r"spring|fall|autumn|holiday season|thanksgiving|new year) (?:i am |i will be )?(?:doing "
        r"this|going through this|feeling this way)(?=\s*(?:$|[,.!]))",
        unless=r"\b(?:job|diet|gym|lease|him|her|relationship|app|school|class|semester|project|"
        r"apartment|car|phone|smoking|drinking|dating|shift|commute|internship|season pass|"
        r"alone|single|sober)\b",
    ),
    rule(
        "cutting_to_breathe",
        signs.SELF_HARM,
        r"\bi (?:just |only )?(?:cut|burn|scratch)(?: a little| sometimes)? (?:so (?:that )?i can|"
        r"to) (?:breathe|cope|calm down|get through (?:it|the day|the night)|sleep|release|numb|"
        r"stop|feel(?: something| anything| real| alive| better| in control)?)"
        # The purpose ends the clause: not "so I can breathe through my nose".
        r"(?=\s*(?:$|[,.;!]|again\b|at night\b|anymore\b))",
    ),
    rule(
        "heat_and_covered_arms",
        signs.SELF_HARM,
        r"^(?=.*\b(?:long sleeves|hoodies?|sweaters?|jackets?|sleeves)\b)"
        r"(?=.*\b(?:\d+ (?:degrees|out)|heat|hot|summer|july|august|beach|pool)\b)"
        r".*\b(?:hide|hiding|cover|covering) (?:up )?(?:my|the) (?:arms|wrists|cuts|scars|marks|"
        r"thighs|burns)\b",
        unless=r"\b(?:tattoos?|sunburn|eczema|psoriasis|rash|weight|fat|flabby|skinny|hair|"
        r"insecure|sun|tan|mosquito\w*|bug bites)\b",
    ),
    rule(
        "blades_kept_and_returned_to",
        signs.SELF_HARM,
        r"\b(?:box|stash|bag|drawer|tin|case)\b (?:of|with|full of) (?:razors|razor blades|blades)"
        r"\b.{0,40}?\b(?:keep going back|go back to|always go back|keep reaching|keep opening)\b"
        r"|\b(?:pressed|held|put|pushed) (?:the |a |my )?(?:hot )?(?:iron|lighter|curling iron|"
        r"straightener|match|cigarette|hot spoon)\b.{0,15}?\b(?:to|against|on|into) my (?:arm|"
        r"arms|wrist|leg|thigh|skin|hand|stomach|ankle)\b",
        unless=_ACCIDENT,
    ),
    rule(
        "lucky_i_have_not_hurt_them",
        signs.HARM_OTHERS,
        r"\b(?:is|are) lucky (?:that )?i (?:have not|did not|have never) (?:yet )?(?:stabbed|"
        r"killed|shot|strangled|choked|run over|ran over|murdered|beaten|beat|hurt) (?:him|her|"
        r"them)\b"
        r"|\b(?:scared|afraid|terrified|worried) (?:of )?what i (?:will|might|would|could) do to "
        r"(?:him|her|them|the baby|my (?:son|daughter|baby|kid|kids|children))\b"
        # Not what I might do to her feelings or his career.
        r"(?! (?:feelings|heart|career|reputation|chances|credit|plans|mood|trust)\b)"
        r"|\b(?:get|gets|getting) what is coming to (?:her|him|them)\b.{0,40}?\bi know (?:her|his|"
        r"their|where (?:she|he|they))\b"
        r"|\bif (?:he|she|they) (?:will not|can not|is not going to|are not going to|does not want "
        r"to) be with me,? (?:then )?(?:he|she|they) (?:will not|is not going to|are not going to|"
        r"can not) be with (?:anyone|anybody|no one|nobody)\b",
        unless=_JOKING,
    ),
    # --- found after set 11 was measured, by phrases written to probe its weakest sign ---
    rule(
        "self_harm_by_tool_and_place",
        signs.SELF_HARM,
        # A blade taken to a hidden place; skin scratched raw.
        r"\b(?:ran|dragged|pulled|pressed|took) (?:the |a |my )?(?:razor|blade|knife|scissors|"
        r"broken glass|glass)\b.{0,20}?\b(?:across|along|over|into|on) my (?:hip|hips|arm|arms|"
        r"wrist|wrists|thigh|thighs|stomach|ribs)\b"
        r"|\b(?:scratched|clawed|picked at) my (?:arms|skin|legs|wrists|thighs|face) (?:raw|bloody|"
        r"open)\b",
        unless=_ACCIDENT
        + r"|\b(?:shav\w*|trim\w*|hair|beard|eczema|rash|hives|allerg\w*|mosquito\w*|poison ivy|"
        r"chicken ?pox|psoriasis|sunburn|bug bites|jeans|shorts|fabric|clothes|shirt|dress|pants|"
        r"sewing|tag|label|cast|bandage)\b",
    ),
    rule(
        "no_future_and_done_waiting",
        signs.HOPELESSNESS,
        r"\bi (?:do not|no longer) have (?:a|any) future\b"
        r"|\bi stopped (?:planning|thinking about) (?:one|a future|the future|my future)\b"
        r"|\bdone waiting for (?:it to get |things to get )?better(?=\s*(?:$|[,.;!]))",
        unless=r"\b(?:in this (?:job|company|town|city|relationship)|at this (?:job|company)|"
        r"here at|with him|with her|with them|in tech|in (?:the|this) (?:band|team|industry))\b",
    ),
    rule(
        "making_them_hurt_physically",
        signs.HARM_OTHERS,
        r"\b(?:hurt|suffer) like i (?:did|do|felt|hurt)\b.{0,20}?\bphysically\b"
        r"|\bfeel what i felt\b.{0,20}?\bphysically\b",
        unless=_NOT_A_THREAT,
    ),
    rule(
        "affairs_settled_for_after",
        signs.PREPARATION,
        # A future appointment cancelled as not needed; debts paid so nobody is left with them;
        # things returned with "sorry for everything"; a message timed to explain itself.
        r"^(?=.*\b(?:next (?:week|month|year)|in (?:a|two|three|\w+) (?:weeks?|months?)|for "
        r"(?:next|the spring|the summer|the fall))\b)"
        r".*\bcancel(?:l?ed|l?ing)\b.{0,40}?\b(?:appointment|reservation|tickets?|flight|trip|"
        r"checkup|surgery)\b.{0,40}?\b(?:no point (?:in )?(?:keeping|going to)(?: it| them)?|"
        r"(?:will|would) not need (?:it|them)|not going to need (?:it|them)|what is the point)"
        r"(?=\s*(?:$|[,.;!]))"
        r"|\bso (?:nobody|no one|my (?:family|mom|kids|parents|sister|brother)) (?:gets|get|is|"
        r"are) (?:stuck|left) with (?:my )?(?:debts?|bills|the bills|a mess|my stuff)"
        r"(?=\s*(?:$|[,.;!]|when i am gone\b|after i am gone\b))"
        r"|\b(?:returned|gave back) (?:all|everything)\b.{0,40}?\b(?:sorry for everything|"
        r"goodbye)\b"
        r"|\b(?:scheduled|set up|queued|timed) (?:an |a )?(?:email|message|text|post)\b.{0,40}?"
        r"\b(?:he|she|they|you) will (?:understand|know) (?:then|why|everything)\b",
        unless=r"\b(?:vacation|out of office|ooo|resign\w*|quit\w*|two weeks' notice|notice|"
        r"moving|surprise|party|proposal|birthday)\b",
    ),
    # --- run 12: what set 11 showed no rule read ---
    rule(
        "drawn_to_suicide_forums",
        signs.SUICIDAL_THOUGHTS,
        # Reading where people talk of ending their lives, and feeling understood only there.
        r"\b(?:forums?|subreddits?|threads?|group chats?|sites?|websites?|videos?|posts?)\b.{0,40}?"
        r"\b(?:ending (?:their|it)|ending their lives|killing themselves|suicide|how to die|"
        r"not wanting to be alive|wanting to die)\b.{0,60}?\b(?:the only (?:ones|people) who "
        r"(?:get|understand) me|get me|understand me|feel (?:at home|understood|less alone)|"
        r"makes? sense to me|i belong)\b",
        unless=r"\b(?:research|prevention|moderat\w*|volunteer\w*|report(?:ed|ing)? (?:it|them)|"
        r"for (?:my|a) (?:class|paper|thesis))\b",
    ),
    rule(
        "disappointed_to_be_well",
        signs.DEATH_WISH,
        # Good news about one's health, or a danger survived, met with disappointment or relief.
        r"\b(?:benign|not cancer|negative|all clear|came back clear|nothing serious|just a cyst)\b"
        r".{0,40}?\b(?:i (?:felt|was|am) (?:disappointed|let down|kind of sad|almost sad)|"
        r"disappoint\w* me|my first feeling was disappointment)\b"
        r"|\b(?:plane|flight|car|bus) (?:dropped|shook|swerved|skidded|spun|nearly crashed)\b"
        r".{0,40}?\bi (?:was not|did not feel|was never) (?:scared|afraid)\b.{0,15}?\bi "
        r"(?:was|felt) (?:relieved|calm|hopeful|almost happy)\b",
        unless=r"\b(?:pregnan\w*|covid|test(?:s)? for (?:covid|the flu)|drug test|audition|"
        r"job|interview|grade|exam)\b",
    ),
    rule(
        "inheritance_sooner",
        signs.BURDEN,
        r"\b(?:would|will|could) (?:get|have) (?:their|the|my) (?:inheritance|life insurance|"
        r"insurance money|insurance) sooner\b"
        r"|\b(?:nobody|no one) would have to (?:drive me|take care of me|look after me|pay for me|"
        r"deal with me|visit me)\b"
        r"|\bworth more dead than alive\b",
        unless=_JOKING + r"|\b(?:lawyer|probate|attorney|court|paperwork|if the)\b",
    ),
    rule(
        "given_up_on_staying_alive",
        signs.HOPELESSNESS,
        r"\b(?:given up|gave up|giving up) on (?:staying alive|living|being alive|wanting to live|"
        r"life itself|my life)\b(?! (?:in|at|as|with|there|here|back|alone|together|on)\b)"
        r"|\bi do not want to keep going(?=\s*(?:$|[,.;!]|anymore\b|like this\b|on like this\b))"
        r"|\b(?:it gets better|it will get better|things will get better)\b.{0,30}?\bi (?:do not|"
        r"can not|no longer) believe (?:it|that|them)(?: anymore)?(?=\s*(?:$|[,.;!]))"
        r"|\bno way (?:through|out)\b.{0,30}?\b(?:tired of trying|done trying|stopped trying)\b",
        unless=r"\b(?:with (?:him|her|us|them)|between us|relationship|he says|she says|job|"
        r"diet|team|season|market|economy|class|degree|career|the band|on him|on her|on us|"
        r"on dating|on love)\b",
    ),
    rule(
        "heights_and_cars_weighed",
        signs.METHOD,
        # A height visited to look down and decide; a roof found unlocked and checked again;
        # a car aimed at a barrier in the mind.
        r"\b(?:parking (?:structure|garage)|roof|rooftop|top floor|overpass|bridge|cliff|"
        r"balcony)\b.{0,60}?\b(?:look down and (?:decide|think)|see how (?:high|far|long) the "
        r"(?:drop|fall)|to decide|and decide)\b"
        r"|\bto the top\b.{0,30}?\bto look down and decide\b"
        r"|\b(?:roof|rooftop|roof door|roof access|door to the roof)\b.{0,30}?\b(?:is not locked|"
        r"was not locked|is unlocked|stays unlocked)\b"
        r"|\b(?:flooring it|floor it|gunning it|gun it|speeding|accelerat\w*) (?:straight )?into "
        r"(?:the |a )?(?:divider|median|wall|pole|tree|overpass|pillar|barrier|guardrail|oncoming "
        r"traffic|a semi|a truck|the k-rail)\b",
        unless=r"\b(?:view|sunset|photos?|pictures?|picnic|city lights|skyline|rooftop bar|stars|"
        r"party|landlord|contractor|repair\w*|leak\w*|fix\w*|security|hvac|inspector|smoke break|"
        r"lunch spot)\b",
    ),
    rule(
        "farewell_in_deeds",
        signs.PREPARATION,
        # A pet left with everything and "not coming back for him"; goodbyes or loose ends
        # "before I go"; a goodbye meant; a trial run at a place "with everything I needed".
        r"\bi am not (?:coming|going) back for (?:him|her|them|my (?:dog|cat|bird|plants|kids|"
        r"stuff|things))(?=\s*(?:$|[.;!]))"
        r"|\b(?:closing doors|tying up loose ends|loose ends|saying goodbye|goodbyes|tell(?:ing)? "
        r"(?:them|everyone|people|each of them) (?:they mattered|i love(?:d)? them|what they "
        r"meant))\b.{0,60}?\bbefore i (?:go|leave|am gone)(?=\s*(?:$|[,.;!]))"
        r"|\bsaid goodbye to (?:my|the) \w+(?: today| tonight)? like i meant it\b"
        r"|\bwith everything i needed\b.{0,30}?\bto see (?:how it (?:would )?feel|if i could)\b"
        r"|\bi came back (?:down|home) this time\b",
        unless=r"\b(?:trip|vacation|move|moving|deploy\w*|college|abroad|flight|semester|tour|"
        r"camp|rehab|surgery|the hospital|maternity|paternity|mission|basic training)\b",
    ),
    rule(
        "arms_kept_out_of_sight",
        signs.SELF_HARM,
        # Arms covered in the heat "so my mom doesn't see"; a substitute that stopped working
        # and "back to the real thing".
        r"^(?=.*\b(?:long sleeves|hoodies?|sweaters?|jackets?|sleeves)\b)"
        r"(?=.*\b(?:\d+ (?:degrees|out)|heat|hot|summer|july|august|beach|pool)\b)"
        r".*\bso (?:(?:my \w+|people|they|he|she) (?:does not|do not|can not|will not|would not|"
        r"never)|(?:nobody|no one)(?: can| will| would| could| ever)?) (?:see|sees|notice|"
        r"notices|ask about|asks about) my (?:arms|wrists|thighs|legs|cuts|scars|marks|burns)\b"
        r"|\b(?:ice(?: cubes)?|rubber bands?|the hair tie|red marker|snapping)\b.{0,60}?"
        r"\bback to (?:the real thing|the blade|the razor|cutting|burning)\b",
        unless=r"\b(?:tattoos?|sunburn|eczema|psoriasis|rash|weight|fat|flabby|skinny|hair|"
        r"insecure|tan|mosquito\w*|bug bites|bruises from|ivs?|track marks from the)\b",
    ),
    rule(
        "not_stopping_next_time",
        signs.HARM_OTHERS,
        # After violence already done: "next time I'm not stopping".
        r"\b(?:shoved|pushed|hit|slapped|choked|punched|grabbed|threw)\b.{0,60}?\bnext time i "
        r"(?:am not|will not|am not going to|will not be able to) (?:stop|stopping|hold back|"
        r"holding back|be able to stop)(?=\s*(?:$|[,.;!]))",
        unless=_NOT_A_THREAT,
    ),
    # --- run 13: what set 12 showed no rule read ---
    rule(
        "the_night_i_finish_it",
        signs.SUICIDAL_THOUGHTS,
        r"\b(?:tonight|today|this) is the (?:night|day|week) i (?:finish it|end it|do it|"
        r"go through with it|finally do it)\b"
        r"|\b(?:die|dying|end it|go|going|death|dead|life|leave|leaving)\b.{0,20}?\bby my own "
        r"hand\b|\bby my own hand(?=\s*(?:$|[,.;!]))",
        unless=r"\b(?:paper|essay|thesis|project|puzzle|book|marathon|race|season|game|level|"
        r"dishes|laundry|painting|quilt|sweater|built|made|cooked|baked|planted)\b",
    ),
    rule(
        "pills_kept_knowing_why",
        signs.METHOD,
        # Pills kept "and I know why"; what a dose would do, known; videos of how people hang
        # themselves; a gun box opened again; a garage with the engine running.
        r"\b(?:did not|never|have not) (?:throw|threw|thrown) (?:them|those|it) (?:out|away)\b"
        r".{0,10}?\band i know why\b"
        r"|\bi know (?:exactly )?what (?:happens|would happen|it does|they do|it would do) if i "
        r"(?:take|took|inject|injected|use|used) (?:too (?:many|much)|all of (?:them|it)|extra|"
        r"the whole)\b"
        r"|\b(?:watching|watched|reading|read|looking up|searching|googling|researching)\b.{0,30}?"
        r"\bhow (?:people|to) (?:hang|overdose|shoot|drown|poison|suffocate|kill) (?:themselves|"
        r"yourself|oneself|myself)\b"
        r"|\b(?:revolver|gun|pistol|rifle|shotgun)\b.{0,30}?\bi (?:have )?opened (?:it|the (?:box|"
        r"safe|case|lockbox))\b"
        r"|\b(?:ran|run|running|start|started|starting) the (?:car|engine|truck)\b.{0,30}?"
        r"\b(?:garage|door) (?:closed|shut)\b",
        unless=r"\b(?:letters|photos|pictures|clothes|hoodie|shirt|notes|cards|gifts|ticket|"
        r"dreams?|melatonin|vitamins?|caffeine|hangover|groggy|drowsy|"
        r"prevention|training|class|for (?:my|a) (?:paper|class|exam)|range|cleaning it|warm "
        r"(?:it|up)|defrost\w*|winter|snow)\b",
    ),
    rule(
        "who_would_miss_me",
        signs.BURDEN,
        r"\bwho (?:would|will|is going to) (?:even |really )?miss me(?=\s*(?:$|[,.;!?]|anyway\b|"
        r"honestly\b))",
        unless=_JOKING + r"|\b(?:vacation|trip|cancun|cruise|work|office|shift|party|gym|class|"
        r"meeting)\b",
    ),
    rule(
        "do_not_want_to_go_on",
        signs.HOPELESSNESS,
        r"\bi do not want to go on(?=\s*(?:$|[,.;!]|anymore\b|like this\b|living\b))"
        r"|\b(?:no|not any) (?:reason|point) (?:left )?(?:to go on|in going on)\b",
        unless=r"\b(?:date|dates|trip|tour|the ride|rides|vacation|cruise|the show|stage|camera|"
        r"about (?:it|him|her|this))\b",
    ),
    rule(
        "affairs_closed_for_after",
        signs.PREPARATION,
        # Papers left for a partner "for when I'm not here"; friends thanked "for everything";
        # rooms cleaned, books returned and the phone cancelled in one breath; things given
        # away at work.
        r"\b(?:he|she|they|you) (?:will|is going to|are going to) need (?:it|this|them|that) "
        r"(?:when|once|after) i am (?:not here|gone|not around)\b"
        r"|\b(?:texted|called|messaged|wrote to) (?:old friends|everyone|all my friends|my "
        r"friends|people|my old \w+|my team|my family)\b.{0,40}?\b(?:thank you for everything|"
        r"thanking them for everything|i love them and thank)\b"
        r"|^(?=.*\b(?:returned|gave back)\b)(?=.*\b(?:cancel\w*|paid off|paid back|cleaned)\b)"
        r"(?=.*\b(?:my room|library books|my phone|my plan|my gym)\b).*"
        r"|\b(?:giving|gave|been giving|given) (?:away )?(?:my|all my) (?:stuff|things|tools|"
        r"clothes|boots|gear|belongings)\b(?: away)?(?! to (?:goodwill|charity|the shelter|"
        r"donation))",
        unless=r"\b(?:trip|travel\w*|vacation|conference|surgery|hospital|deploy\w*|rehab|"
        r"move|moving|moved|semester|graduat\w*|declutter\w*|minimalis\w*|garage sale|yard sale|"
        r"outgrew|too small|do not fit|does not fit|goodwill|donat\w*|spring cleaning|closet|"
        r"new (?:ones?|apartment|place|job)|leave|maternity|paternity|birth|due date|congrat\w*|"
        r"championship|proud|wedding|birthday|retire\w*|reunion)\b",
    ),
    rule(
        "bloody_bandages_and_a_lie",
        signs.SELF_HARM,
        # Bloody bandages found and a lie told about them (a blade used on oneself is read by
        # ``cutting_again``).
        r"\b(?:bloody|blood on (?:the|my)) (?:band-?aids|bandages|tissues|towels?|sheets|"
        r"sleeves?)\b.{0,40}?\b(?:i said|i told (?:her|him|them)|i lied)\b",
        unless=r"\b(?:nosebleed|nose bleed|period|dentist|stitches|surgery|paper cut|"
        r"cooking|kitchen|(?<!myself )shav\w*|(?:before|for) the beach|bikini|wax\w*)\b",
    ),
    rule(
        "picturing_harm_to_the_baby",
        signs.HARM_OTHERS,
        # Intrusive pictures of harming a baby, told with fear: a sign to answer at once.
        r"\b(?:pictur(?:e|ing)|imagin(?:e|ing)|see myself|keep seeing myself|thoughts? of|"
        r"thinking about) (?:(?:holding|putting|pressing) (?:a |the |my )?(?:pillow|blanket|hand) "
        r"over|dropping|shaking|throwing) (?:the baby|her face|his face|my baby|my son|my "
        r"daughter)\b",
        unless=_JOKING,
    ),
    # --- run 14: what set 13 showed no rule read ---
    rule(
        "today_is_the_day_i_kill_myself",
        signs.SUICIDAL_THOUGHTS,
        r"\b(?:today|tonight)(?:'s| is) the (?:day|night) (?:i|you) (?:kill (?:myself|yourself)|"
        r"end (?:my|your) life)\b"
        r"|\bcheck(?:ing)? out for good\b"
        r"|\bjealous of (?:the dead|dead people|people who (?:die|died|get to die))\b"
        r"|\b(?:die|dying|dead|died)\b.{0,60}?\b(?:i am|i feel|i get) (?:jealous|envious) "
        r"of them\b",
        unless=r"\b(?:hotel|library|store|checkout|cart|airbnb|motel)\b",
    ),
    rule(
        "going_with_them",
        signs.DEATH_WISH,
        r"\bpray (?:that )?i go with (?:him|her|them)(?=\s*(?:$|[,.;!]|when\b))"
        r"|\bi do not want to be here after(?=\s*(?:$|[,.;!]))"
        r"|\bwhat am i (?:supposed|meant) to live for\b"
        r"|\bno reason to (?:continue|keep|go on) living\b",
        unless=_JOKING,
    ),
    rule(
        "means_sat_with",
        signs.METHOD,
        # A gun sat with, morphine kept and looked at, a garage that seals with a tank of gas.
        r"\bbeen sitting with (?:it|the (?:gun|shotgun|rifle|pistol|pills|rope))\b"
        r"(?! organi)"
        r"|\bkeep (?:opening|checking)\b.{0,30}?\bjust to look at (?:it|them|the (?:\w+ )?(?:pills|"
        r"oxy|morphine|gun|rifle|pistol|rope|meds|bottle))\b"
        r"|\bgarage\b.{0,30}?\b(?:seals tight|is sealed|seals)\b.{0,40}?\b(?:tank|engine)\b"
        r"|\b(?:looking|look|looked) at (?:my|the|his) (?:\w+ )?(?:rifle|gun|shotgun|pistol)\b"
        r".{0,30}?\b(?:and then|then) at (?:his|her|their) (?:window|house|car|door)\b"
        r"|\b(?:researching|looking up|googling|searching) (?:\w+ ){0,2}lethal\b",
        unless=r"\b(?:cleaning|range|hunting season|deer|gun safe|class|course|paper|thesis|"
        r"flashcards|final|exam|pharmacology|nursing|organi[sz]er|pharmacist|heater|engine "
        r"block|warm\w*|winter|cold)\b",
    ),
    rule(
        "farewell_left_behind",
        signs.PREPARATION,
        # A goodbye video or note; belongings left with a note; possessions given away (passwords
        # and goodbye letters written are read by ``farewell_acts``).
        r"^(?:a |my )?goodbye (?:video|letter|note|message)s?$"
        r"|\b(?:she|he|they|you) (?:will )?finds? (?:it|them|this) after(?=\s*(?:$|[,.;!]))"
        r"|\bleft (?:all )?my (?:stuff|things|belongings)\b.{0,50}?\bwith a note\b"
        r"|\bdeleted (?:all )?my (?:socials|social media|accounts)\b.{0,40}?\b(?:left|gave)\b"
        r"|\bgiven away (?:\w+ )?(?:possessions|belongings)\b",
        unless=r"\b(?:vacation|trip|move|moving|movers?|conference|surgery|deploy\w*|reunion|"
        r"declutter\w*|donat\w*|sitter|landlord|pickup)\b",
    ),
    rule(
        "razors_found_and_a_story",
        signs.SELF_HARM,
        r"\b(?:found|saw|asked about)\b.{0,20}?\b(?:the |my )?(?:razors?|blades?|marks|cuts|"
        r"scars|bandages)\b.{0,60}?\bi said (?:they|it) (?:were|was) (?:for|from)\b",
        unless=r"\b(?:shav\w*|beard|pencil|surgery|for my legs)\b",
    ),
    rule(
        "harm_pictured_and_begun",
        signs.HARM_OTHERS,
        r"\bheld (?:a |the )?pillow over (?:her|his|their|\w+'s|my \w+'s) face\b"
        r"|\b(?:thinking|keep thinking|fantasi[sz]e|fantasi[sz]ing) about what i (?:would|will|"
        r"could|might) do to (?:him|her|them)\b(?! (?:feelings|heart|career|reputation)\b)"
        r"|\bwanted to (?:throw|shake|slam|smack) (?:him|her|the baby|the toddler|my (?:son|"
        r"daughter|baby)) (?:against|into|across)\b"
        r"|\b(?:thought|thinking|think) about leaving the gas on\b.{0,40}?\bwhen (?:he|she|they) "
        r"(?:is|are)\b"
        r"|\bhomicidal (?:ideation|thoughts|urges)\b",
        unless=_NOT_A_THREAT,
    ),
    rule(
        "cannot_go_without_harm",
        signs.SELF_HARM,
        # Harm one cannot go without: "I can't go two days without cutting".
        r"\b(?:can not|could not|barely) (?:go|last|make it|get through) (?:\w+ ){0,3}(?:days?|"
        r"hours?|nights?|weeks?) without (?:cutting|burning|hurting myself|hitting myself)\b",
    ),
    # Run 22: how long it takes, read about; no way out "except one"; envy of the dying; the
    # urge back tonight after a year; an illness let take one; freedom "without me alive"; a
    # tub with a dryer in it; "deep enough, i checked"; harm hidden where no one hears; a
    # blade used on the skin; no need to renew where one is headed; a victim made to bleed.
    rule(
        "researching_how_long",
        signs.SUICIDAL_THOUGHTS,
        r"\b(?:reading|read|looked up|looking up|googled|googling|searched|searching) (?:about )?"
        r"how long it takes(?=\s*(?:$|[,.;:!?]|to (?:die|bleed out|lose consciousness|pass out|"
        r"stop breathing)\b))",
    ),
    rule(
        "no_way_out_but_one",
        signs.HOPELESSNESS,
        r"\bno (?:way|exit|door) out\b.{0,60}?\bexcept (?:one|the one|one way)"
        r"(?=\s*(?:$|[,.;:!?]))",
    ),
    rule(
        "envy_the_dead",
        signs.DEATH_WISH,
        r"\benvy (?:them|him|her|the dead|people who died|the patients)\b.{0,30}?\b"
        r"(?:(?:getting|got) to go(?! (?:to|on|home|out|see|back|with)\b)|for being dead|"
        r"for dying|for resting|getting to rest)\b",
    ),
    rule(
        "urge_back_tonight",
        signs.SELF_HARM,
        r"\bsince (?:i last|the last time i) (?:hurt|cut|burned|harmed) myself\b.{0,30}?\b"
        r"(?:tonight|today|right now)\b.{0,15}?\bi (?:want|need) to\b",
    ),
    rule(
        "let_it_take_me",
        signs.DEATH_WISH,
        r"\blet (?:it|the (?:fever|cancer|illness|sickness|disease|infection|diabetes|flu|virus))"
        r" take me\b(?! (?:away|to|wherever|where|home|back|out|along|there|places)\b)",
    ),
    rule(
        "free_without_me_alive",
        signs.BURDEN,
        r"\b(?:free|better|happier|fine|relieved|lighter) without me (?:alive|breathing|on this "
        r"earth|in this world)\b",
    ),
    rule(
        "means_made_ready",
        signs.METHOD,
        r"\b(?:sitting|sat|lying|laying|lay|sit) in the (?:tub|bath|bathtub)\b.{0,20}?\bwith "
        r"(?:the |a |my )?(?:hair ?dryer|toaster|radio|curling iron|extension cord|space heater)\b"
        r"|\b(?:deep|high|tall|far down|fast) enough,? i (?:checked|measured|looked it up|made "
        r"sure)(?=\s*(?:$|[,.;:!?]))",
    ),
    rule(
        "harm_hidden_or_used",
        signs.SELF_HARM,
        r"\b(?:hurt|cut|burn|hit|scratch) myself\b.{0,30}?\bwhere (?:nobody|no one) (?:can|will|"
        r"could) (?:hear|see|notice)\b"
        r"|\b(?:used|use|took|take) (?:the |a |my )?(?:box ?cutter|blade|knife|scissors|lighter|"
        r"compass)\b.{0,40}?\bon my (?:stomach|belly|arms?|wrists?|thighs?|legs?|skin|hips?|"
        r"ankles?|chest)\b",
        unless=r"\b(?:by accident|accidentally|splinter|tick|stitches|bandage the)\b",
    ),
    rule(
        "no_need_where_headed",
        signs.PREPARATION,
        r"\bno need to (?:renew|pay|plan|buy|save|pack|book)\b.{0,30}?\bwhere i am (?:headed|"
        r"going)(?=\s*(?:$|[.;!?]))",
        unless=r"\b(?:vacation|trip|moving|move|movers?|abroad|overseas|deploy\w*|dorm|camp)\b",
    ),
    rule(
        "make_them_bleed",
        signs.HARM_OTHERS,
        r"\b(?:make|making|made) sure (?:he|she|they|that \w+) (?:bleeds?|suffers?)\b"
        r"(?! (?:the|his|her|their|my|a|an|out)\b)"
        r"|\b(?:his|her|their) (?:tires|car|truck|windows)\b.{0,10}?\bfirst,? (?:then|and then) "
        r"(?:him|her|them)\b",
        unless=_NOT_A_THREAT,
    ),
    # Run 23: phrasings of sets 23 and 24 that no rule read.
    rule(
        "gone_for_good",
        signs.PREPARATION,
        # A phone switched off for good; the end of things, not of a relationship.
        r"\b(?:turned|shut|switched) (?:my|the) phone off for good\b"
        r"|\bbefore i end (?:things|it all|everything|my life)\b(?! with\b)",
        unless=r"\b(?:detox|weekend|social media|new phone|upgrade\w*|broke|cracked|screen)\b",
    ),
    rule(
        "done_for_good",
        signs.HOPELESSNESS,
        # "If things aren't better by april, i'm done for good"; not done with someone.
        r"\bif (?:things|it|nothing|this)\b.{0,40}?\bby\b.{0,30}?\bi am done for good\b"
        r"(?! with\b)",
    ),
    rule(
        "the_reason_they_are_hurt",
        signs.HARM_OTHERS,
        r"\b(?:he|she|they) (?:is|are) going to end up in the (?:hospital|er|icu|morgue)\b.{0,20}?"
        r"\bi will be the reason\b",
        unless=_NOT_A_THREAT,
    ),
    rule(
        "running_out_the_clock",
        signs.HOPELESSNESS,
        # Time only waited out, and the end of what kept one going.
        r"\bi am (?:just |only )?(?:running out the clock|waiting out the clock)\b"
        r"|\bthe end of whatever (?:was|is|has been) keeping me (?:going|alive|here)\b"
        r"|\b(?:to just|just) be done\b(?! with\b).{0,30}?\bon my own terms\b",
    ),
    rule(
        "last_page_of_my_story",
        signs.SUICIDAL_THOUGHTS,
        # The urge to end one's own story: "the urge to write the last page of my own story".
        r"\b(?:write|writing|wrote) the last (?:page|chapter) of my (?:own )?(?:story|life)\b",
    ),
    rule(
        "never_coming_back_from_sleep",
        signs.DEATH_WISH,
        r"\b(?:going to (?:bed|sleep)|falling asleep|go to (?:bed|sleep))\b.{0,30}?\bnever "
        r"(?:coming back from it|waking up from it)\b"
        r"|\benvy (?:her|him|them)\b.{0,40}?\b(?:gets?|getting) to not feel anything "
        r"(?:ever again|anymore|any more)\b",
    ),
    rule(
        "means_seen_differently",
        signs.METHOD,
        # A means looked at anew: "a beam in the garage, i see it differently now".
        r"\b(?:beam|rafters?|railing|balcony|ledge|rope|belt|pills|bottle|gun|knife|tracks|"
        r"overpass|bridge)\b.{0,40}?\bi (?:see|look at) (?:it|them) differently now\b",
        unless=r"\b(?:art|painting|class|book|movie|photo\w*|therapy|sermon)\b",
    ),
    rule(
        "stop_cutting_help",
        signs.SELF_HARM,
        r"\b(?:help|trying|try|want|need) to stop cutting(?: myself)?\b(?! (?:carbs|sugar|my|the|"
        r"his|her|class|school|corners|back|down|costs|ties|people|them|out)\b)",
    ),
    # Run 24: phrasings of set 25 that no rule read.
    rule(
        "means_for_me",
        signs.METHOD,
        # "handgun in my car. its for me"; a car hoped for, felt as relief.
        r"\b(?:gun|handgun|pistol|rifle|rope|pills)\b.{0,30}?\b(?:it is|its|they are) for me"
        r"(?=\s*(?:$|[.,;!]))",
        unless=r"\b(?:gift|birthday|range|hunting|camping|gym|headache|vitamins?|prescription)\b",
    ),
    rule(
        "hit_by_a_car_a_relief",
        signs.DEATH_WISH,
        # Death hoped for, not sought: "if a car hit me tomorrow i think i'd be relieved".
        r"\bif a (?:car|bus|truck|train) (?:hit|clipped|ran over|struck) me\b.{0,60}?\b(?:relief|"
        r"relieved|would not mind|fine with it|grateful)\b"
        r"|\bi would be (?:okay|ok|fine) if a (?:car|bus|truck|train) (?:hit|ran over|struck) me\b",
    ),
    rule(
        "nothing_else_on_my_mind",
        signs.SUICIDAL_THOUGHTS,
        # A warning sign told as the only thought: "haven't thought about anything but dying".
        r"\b(?:have not|had not|did not|can not|could not) (?:thought|think) (?:about|of) "
        r"anything (?:but|except|other than|else but) (?:dying|death|killing myself|ending it|"
        r"ending my life|not being here|not waking up)\b"
        r"|\bnothing (?:but|except) (?:dying|death|killing myself|ending it) on my mind\b",
    ),
    rule(
        "if_anyone_finds_this",
        signs.PREPARATION,
        # Left for whoever finds it: "if anyone finds this… everything for the funeral".
        r"\bif (?:anyone|someone|somebody) finds this\b.{0,120}?\b(?:funeral|take care of|"
        r"goodbye)\b",
    ),
    rule(
        "letting_go_including_me",
        signs.HOPELESSNESS,
        r"\b(?:letting go|giving up|done with|getting rid)\b.{0,40}?\bincluding me\b",
    ),
    rule(
        "freedom_not_by_divorce",
        signs.BURDEN,
        # Freeing a partner of oneself by dying: "give him that freedom, and not through a
        # divorce".
        r"\bgive (?:him|her|them) that freedom\b.{0,20}?\bnot (?:through|by|with) a divorce\b",
    ),
    rule(
        "last_time_with_me_alive",
        signs.PREPARATION,
        r"\blast \w+ with me alive\b",
    ),
    rule(
        "new_ones_again",
        signs.SELF_HARM,
        r"\b(?:scars|cuts|marks|burns)\b.{0,50}?\bnow there are new ones\b",
        unless=r"\b(?:surgery|surgical|stitches|c-section|cat|kitten|puppy|thorns?)\b",
    ),
    rule(
        "bought_for_him",
        signs.HARM_OTHERS,
        r"\bbought (?:a|the) (?:knife|gun|bat|machete|pistol)\b for (?:her|his|my ex's) (?:new )?"
        r"(?:guy|man|boyfriend|girlfriend|husband|wife|partner)\b"
        r"|\bgoing to get what is coming to (?:him|her|them)\b.{0,40}?\bbringing something\b",
        unless=r"\b(?:gift|housewarming|birthday|present|set|kitchen|cooking)\b",
    ),
    # Run 25: phrasings of set 26 that no rule read.
    rule(
        "going_through_with_it",
        signs.SUICIDAL_THOUGHTS,
        r"\b(?:tonight|today|this weekend|tomorrow) i am (?:finally )?going through with it\b"
        r"|\bending myself\b",
        unless=r"\b(?:wedding|proposal|propose|tattoo|audition|interview|surgery|marathon|"
        r"haircut|move|breakup)\b",
    ),
    rule(
        "cut_yesterday",
        signs.SELF_HARM,
        r"\bi cut (?:myself )?(?:yesterday|last night|this morning|tonight|today)"
        r"(?=\s*(?:$|[,.;!]| and the day before\b))",
    ),
    rule(
        "want_them_dead",
        signs.HARM_OTHERS,
        r"\bi want (?:my ex|him|her|them|my boss|my stepdad) dead\b(?! to me\b)",
        unless=_NOT_A_THREAT,
    ),
    # Run 26: phrasings of set 27 that no rule read.
    rule(
        "end_me",
        signs.SUICIDAL_THOUGHTS,
        # The writer as the one who ends the writer: "tonight I end me", "gonna end myself".
        r"\bi (?:will |am going to |am gonna |gonna )?end me\b"
        r"|\b(?:going to|gonna|want to|will|about to|ready to) end myself\b"
        r"|\b(?:take|remove) myself (?:out of the picture|from the picture|off (?:their|everyone's|"
        r"his|her) hands)"
        r"(?: for good| permanently| forever)\b"
        r"|\bremov(?:e|ing) myself (?:for good|permanently|forever)\b",
    ),
    rule(
        "take_me_god",
        signs.DEATH_WISH,
        # Asking to be taken, not taken somewhere: "God, just take me already".
        r"\b(?:god|lord),? (?:please )?(?:just )?take me\b"
        r"(?! (?:to|back|home|with|away from|out)\b)"
        r"|\b(?:ask|asking|beg|begging|pray|praying) (?:god|the lord) to (?:just )?take me\b"
        r"(?! (?:to|back|home|with|away from|out)\b)"
        # A candle lit "asking to die"; not one lit asking for a grandpa not to die.
        r"|\b(?:candle|church|mass|rosary|chapel|altar|on my knees)\b.{0,40}?\b(?:asking|"
        r"asked|begging|begged|praying|prayed) (?:god |him |the lord )?(?:to die|for death|to "
        r"not wake up)\b",
    ),
    rule(
        "still_breathing_a_letdown",
        signs.DEATH_WISH,
        # Waking up as a disappointment, and sleep hoped to be the last.
        r"\b(?:disappointed|angry|annoyed|upset|mad|sad) (?:that i am|to be|i am|i was|to still be)"
        r" (?:still )?(?:breathing|alive|awake and alive)\b"
        r"|\b(?:praying|pray|hoping|hope|wishing|wish) (?:that )?i (?:will not|would not|do not|"
        r"never) (?:open my eyes|wake up)(?: again| ever again)?\b"
        r"(?! (?:the|my|our|him|her|them|anyone|everyone)\b)"
        r"|\b(?:hoping|hope|praying|pray) (?:that )?i (?:will |would )?slip away in my sleep\b"
        r"|\b(?:sleep|bed)\b.{0,30}\bhave that be the end of me\b"
        r"|\bnot waking up\b.{0,20}\bwould be (?:a gift|a relief|a mercy|nice|peaceful)\b",
    ),
    rule(
        "being_gone_sounds_good",
        signs.DEATH_WISH,
        r"\bbeing (?:dead|gone for good|gone forever|gone permanently) (?:>|sounds (?:so |really )?"
        r"(?:peaceful|nice|good|better|like relief)|would be (?:a relief|a gift|peaceful|better))"
        r"|\b(?:trade|give) anything to (?:stop existing|not exist|be dead|not be alive)\b"
        r"|\b(?:want|wanna) to (?:just )?be gone (?:permanently|for good|forever)"
        r"(?=\s*(?:$|[.,;!]))",
    ),
    rule(
        "death_spares_them",
        signs.BURDEN,
        # A death that would spare others money or weight: "my funeral would save everyone
        # money", "burden. dead would fix that".
        r"\b(?:my|a) funeral would (?:save|be cheaper|cost less|be easier)\b"
        r"|\b(?:life|lives) would be easier with (?:a|my) funeral\b"
        r"|\bsix feet under,? i would (?:finally )?stop\b"
        r"|\bdead would (?:fix|solve) (?:that|it|this|everything)\b"
        r"|\b(?:kindest|best|fairest) thing i (?:could|can) do (?:for (?:them|everyone|him|her) )?"
        r"is (?:to )?(?:stop being here|disappear for good|die|not exist|be gone)\b"
        r"|\bif i (?:were not|was not) here at all\b"
        r"|\bif i (?:just )?did not exist (?:anymore|at all)\b"
        r"|\bif i am gone for good,? (?:he|she|they|everyone) (?:can|could|will)\b"
        r"|\bless me,? less (?:suffering|pain|trouble) for (?:everyone|them|everybody)\b",
    ),
    rule(
        "the_permanent_exit",
        signs.HOPELESSNESS,
        # The way out named as the last one: "no exits left except the final one".
        r"\b(?:exits?|ways? out|doors?)\b.{0,30}?\b(?:the final one|the permanent (?:kind|one))\b"
        r"|\bnot (?:going to )?(?:stay|staying) alive\b"
        r"|\b(?:ready to|going to|want to|about to) (?:stop living|quit life|quit living)\b"
        r"|\b(?:hope|hopeless)\b.{0,20}?\b(?:stopping|i am stopping)\W+permanently\b"
        r"|\bi do not think i will make it (?:to|through) (?:morning|tomorrow|the night)\b"
        r"(?! (?:shift|meeting|class)\b)"
        r"|\b(?:the )?end of the road for me\b"
        r"|\bletting go of it for good\b.{0,40}?\bnothing left for me\b",
    ),
    rule(
        "heights_weighed_by_me",
        signs.METHOD,
        # A height measured for a fall, a car steered into a wall, a means held to the head.
        r"\bhigh enough to (?:jump|fall|die)(?: from| off)?\b(?! (?:over|across|into)\b)"
        r"|\bwhich (?:overpass|bridge|building|parking (?:garage|structure)|roof) "
        r"(?:near|close to) (?:me|my \w+)\b.{0,20}?\bis (?:the )?(?:tallest|highest)\b"
        r"|\bwhich (?:overpass|bridge|building|parking (?:garage|structure)) in "
        r"(?:the city|town|la) is (?:the )?(?:tallest|highest)\b.{0,30}?\bhow to get "
        r"(?:onto|on|up)\b"
        r"|\bpicture myself (?:falling|jumping|hanging|dead|going over)\b"
        r"(?! (?:in love|asleep|for)\b)"
        r"|\b(?:thinking about|thought about|going to|gonna|want to|about to) (?:just )?swerv\w* "
        r"into (?:the |a )?(?:divider|median|wall|barrier|oncoming|traffic|pole|tree)\b"
        r"|\bno seatbelt\b.{0,20}?\b(?:tonight|decided)\b"
        r"|\b(?:put|putting|hold|holding|held) (?:it|the gun|a gun|the barrel) (?:to|against) my "
        r"(?:head|temple|chest)\b"
        r"|\bevery pill i (?:own|have)\b"
        r"|\bwhat i am going to do to myself\b"
        r"|\b(?:thinking (?:of|about)|going to|gonna|want to|about to|planning to) jump(?:ing)? "
        r"off the (?:pier|overpass|parking (?:garage|structure))\b",
        unless=r"\b(?:bungee|diving board|pool|lake|swim\w*|cannonball|photo\w*|selfie|drone)\b",
    ),
    rule(
        "goodbye_for_good",
        signs.PREPARATION,
        # A farewell made final: "this is goodbye for good", "before I go for good".
        r"\b(?:goodbye|good bye|farewell) for good\b"
        r"|\bbefore i go for good\b"
        r"|\bit is actually (?:a )?goodbye\b"
        r"|\bi will not be around to explain\b"
        r"|\b(?:goodbye|suicide) (?:note|notes|letter|letters) (?:done|written|finished|ready|"
        r"sealed)\b"
        r"|\bnote written,? (?:tonight|today|tomorrow) i go\b"
        r"|\blast (?:one|thing)\b.{0,30}?\bthen it is my turn(?=\s*(?:$|[.,;!]))"
        r"|\bi will not be needing (?:any of )?(?:it|them|her|him)\b.{0,30}?\b(?:where i am going|"
        r"after (?:this|tonight|this week|friday|saturday|sunday))\b"
        r"|\blife insurance (?:papers|policy)\b.{0,60}?\bbeneficiary\b.{0,40}?\b(?:does not know "
        r"why|will understand|after i am gone)\b"
        # A last lunch kept secret: "knowing it was our last one, she had no idea".
        r"|\bknowing (?:it|this|that) (?:was|is|would be|will be) (?:our|the|my) last (?:one|time|"
        r"lunch|dinner|breakfast|visit|hug|talk|call|meal|walk)\b.{0,40}?\b(?:she|he|they) "
        r"(?:had|has|have) no idea\b(?!.{0,40}\b(?:party|surprise|retir\w*|mov\w*|transfer\w*)\b)",
        # A goodbye to an ex is a breakup: "told my ex goodbye for good today".
        unless=r"\b(?:moving|move|semester|deployment|job|vacation|trip)\b"
        r"|\b(?:told|tell|telling|said|say|saying) (?:my|his|her) ex (?:goodbye|bye)\b"
        r"|\b(?:goodbye|bye) to (?:my|his|her) ex\b",
    ),
    rule(
        "hurting_myself_again",
        signs.SELF_HARM,
        # The act named with its place on the body, or done again.
        r"\b(?:hit|punched|slapped|scratched|burned|cut|bit) myself\b[^,;.]{0,30}?\bagain\b"
        r"|\bnew cuts\b(?! of\b)"
        r"|\bthe (?:blade|razor) came (?:back )?out\b"
        r"|\b(?:curling iron|lighter|cigarette|hot iron)\b.{0,10}?\bon my (?:wrists?|arms?|"
        r"thighs?|skin|legs?)\b.{0,30}\b(?:again|deliberately|on purpose)\b"
        r"|\bbeen cutting (?:every|each) (?:night|day|morning)\b"
        r"|\bwhat i did to my (?:arms?|wrists?|legs?|thighs?|skin)\b"
        r"|\b(?:slammed|banged|hit) my head (?:against|into)\b.{0,40}?\b(?:until|again|on "
        r"purpose)\b"
        r"|\bcut my (?:thighs?|wrists?|forearms?|stomach)\b"
        r"|\bdigging (?:a |the )?(?:safety pin|pin|needle|nails?|fingernails?) into my (?:wrists?|"
        r"arms?|skin|thighs?|palms?)\b"
        r"|\bpicked the scabs\b.{0,40}?\bon purpose\b",
        unless=_ACCIDENT
        + r"|\b(?:barber\w*|hair\w*|salon|butcher|meat|film|edit\w*|tripped|fell|slipped)\b",
    ),
    rule(
        "harm_planned_for_them",
        signs.HARM_OTHERS,
        r"\b(?:is|are|'s) getting stabbed\b"
        r"|\b(?:is|are) going to bleed\b"
        r"|\b(?:he|she|they) (?:is|are) dead when i (?:find|see|catch) (?:him|her|them)\b"
        r"|\bwaiting (?:outside|for) (?:his|her|their|him|her)\b.{0,30}?\bwith (?:my|a) (?:\w+ )?"
        r"(?:pistol|gun|knife|bat|rifle)\b"
        r"|\bbringing (?:my |a |the )?(?:[\w']+ )?gun to (?:work|school|the party|his|her)\b"
        r"|\b(?:going to|gonna) end (?:his|hers|her life|his life|their life)\b"
        r"|\brunning (?:him|her|my ex's (?:new )?\w+) over with my car\b"
        r"|\bplanning what i will do to (?:him|her|them)\b"
        r"|\bbeat the (?:crap|shit|hell|living daylights) out of\b.{0,60}?\b(?:brass knuckles|"
        r"knife|bat|backup|after (?:shift|work|school))\b",
        unless=_NOT_A_THREAT,
    ),
    # Run 27: phrasings of set 28 that no rule read.
    rule(
        "stop_existing_decided",
        signs.SUICIDAL_THOUGHTS,
        r"\b(?:tonight|today|tomorrow) i end (?:this|it)(?=\s*(?:$|[.,;!]| for real| for good|"
        r"once and for all))"
        r"|\b(?:wanna|want to|going to|gonna|the night i|ready to|decided to) stop existing\b"
        r"|\bhow to stop waking up\b(?! (?:at (?!all\b)|so early|early|every|in the middle|before|"
        r"during)\b)"
        r"|\bi want out of my life\b"
        r"|\bwhat if i just die on purpose\b"
        r"|\bfor me to not be here by\b",
    ),
    rule(
        "let_me_not_wake",
        signs.DEATH_WISH,
        r"\blet (?:tomorrow|today|the morning) not include me\b"
        r"|\b(?:do not|never) let me wake up\b"
        r"|\bhoping i will not be around to\b"
        r"|\bhoping something happens to me\b"
        r"|\bi (?:just )?wish i would die\b",
    ),
    rule(
        "freer_without_me",
        signs.BURDEN,
        r"\b(?:would|will|could) (?:heal|be free|breathe)\b.{0,20}?\b(?:without me|"
        r"if i (?:was|were|am) gone|if i died|if i was not around)\b"
        r"|\b(?:would|will|could) move on (?:faster|easier|finally)\b.{0,20}?\bif i (?:was|were) "
        r"not around\b"
        r"|\bme dying would (?:free|help|save|fix)\b"
        r"|\b(?:life insurance|the policy|policy payout)\b.{0,40}?\b(?:more than i (?:ever )?could|"
        r"than me alive)\b"
        r"|\bif i (?:just )?died,? (?:he|she|they) would finally\b"
        r"|\bdying (?:seems|feels|is) like the kind(?:est)? thing\b"
        r"|\b(?:get|have) their (?:\w+ )?back if i (?:was not|were not|am not) around\b"
        r"|\bwho would (?:actually )?be hurt if i died\b",
    ),
    rule(
        "death_the_only_thing_left",
        signs.HOPELESSNESS,
        r"\b(?:death|dying|being dead) is the only (?:thing|option|way out|answer)\b"
        r"|\bdying is the only thing that (?:actually )?makes sense\b"
        r"|\bnothing (?:is |'s )?keeping me here\b(?!.{0,40}\b(?:moving|move|lease|job|city|town|"
        r"apartment)\b)"
        r"|\bmight as well die\b(?! (?:of|from)\b)"
        r"|\bevery road ends with me dead\b"
        r"|\bgave myself until\b.{0,40}?\b(?:get better|things to)\b"
        r"|\bi do not show up in any of them\b"
        r"|\bpostponing the inevitable\b"
        r"|\bmy life should end\b(?! up\b)"
        r"|\bthe only question left is when\b"
        r"|\bnot trying past (?:this|next) \w+\b",
    ),
    rule(
        "means_lined_up",
        signs.METHOD,
        r"\blined (?:my|the|all my) " + _MEDS + r" up\b"
        r"|\brope(?:'s| is) in the (?:trunk|car|closet|garage)\b"
        r"|\b(?:key|combination|code) to (?:my )?[\w']+ gun safe\b"
        r"|\bthinking about the (?:golden gate|colorado street bridge)\b"
        r"|\b(?:driving|drive|drove|way home) (?:past|over|across) the (?:\w+ ){0,3}bridge\b"
        r".{0,40}?\bslowing down\b"
        r"|\bwhich " + _MEDS + r" (?:would|will|could) kill me\b"
        r"|\bi want to jump\b(?! (?:in|into|on|up|rope|ship|ahead|start|the line|on board|to|at|"
        r"for|back|right|over|around|straight|with)\b)"
        r"|\b(?:beam|rafter)s?\b.{0,60}?\bstaring at (?:it|them)\b"
        r"|\beasiest way to stop feeling(?: this| anything| it)?(?=\s*(?:$|[.,;!]))"
        r"|\bnext time i do not think i will (?:walk|come|go) back\b"
        r"|\bwalk(?:ing)? into the (?:ocean|sea|water|lake)\b.{0,90}?\bnever coming back\b",
        unless=r"\b(?:cannonball|pool party|bungee|skydiv\w*|trampoline|trip|visit|photo\w*|tour|"
        r"marathon|tent|camping|tow|hammock|moving)\b",
    ),
    rule(
        "last_message_before",
        signs.PREPARATION,
        r"\blast (?:text|message|post|entry|check-in) before i (?:die|go|am gone)\b"
        r"|\bthis is my last check-in\b(?! before (?:vacation|my trip|the holidays|surgery)\b)"
        r"|\bpasswords in the envelope\b"
        r"|\bwill not need (?:it|them) much longer\b"
        r"|\b(?:no one|nobody)(?:'s| is)? stuck with (?:it|anything) after i die\b"
        r"|\bnot (?:his|her|their|your) fault that i died\b",
    ),
    rule(
        "urges_and_marks",
        signs.SELF_HARM,
        r"\bcut after\b[^,;.]{0,30}?,? again\b"
        r"|\brelapsed\W+\d+ days gone\b"
        r"|\blighter marks\b"
        r"|\b(?:part of me|i) (?:wants|want) to cut"
        r"(?=\s*(?:$|[.,;!]| so bad| again| tonight| myself))"
        r"|\bhurt myself again\b"
        r"|\bhiding my (?:wrists|arms|thighs|cuts|scars)\b"
        r"|\bthe razor(?:'s| is) in my (?:bag|pocket|drawer|room)\b"
        r"|\burges? to (?:cut|self[ -]?harm|hurt myself)\b(?! (?:ties|back|down|off|out|him|her|"
        r"them|contact)\b)"
        r"|\bpressing on the bruises\b"
        r"|\bheld the hot spoon\b"
        r"|\b(?:i keep|i have been|been|i was|i am)\b[^.]{0,40}?\bbiting my arm\b"
        r"|\b(?:marks|cuts|scabs|wounds|scars)\b.{0,60}?\bopened them back up\b",
        unless=_ACCIDENT + r"|\b(?:tripped|fell|slipped|stubbed|twisted)\b",
    ),
    rule(
        "they_will_regret_it",
        signs.HARM_OTHERS,
        r"\bgoing to pay\b.{0,20}?\bi know (?:her|his|their) address\b"
        r"|\bslashing (?:his|her) tires\b.{0,20}?\bthen (?:him|her)\b"
        r"|\bgun is in the \w+ and (?:he|she) deserves\b"
        r"|\bparked outside (?:your|his|her)\b.{0,80}?\bregret it\b"
        r"|\bsmash\w* (?:her|his|their) face into\b"
        r"|\bburn\w* (?:it|the house|their house|his house|her house) down with (?:them|him|her) "
        r"inside\b"
        r"|\bi would (?:choke|strangle) (?:her|him)\b.{0,40}?\bnot joking\b"
        r"|\bi could end (?:him|her)\b"
        r"|\b(?:he|she) will not walk out of it\b",
        unless=_NOT_A_THREAT,
    ),
    # Run 28: phrasings of sets 29 and 30 that no rule read.
    rule(
        "better_once_i_am_dead",
        signs.BURDEN,
        r"\b(?:life|lives|things|everything) (?:improves?|gets? better|gets? easier|will improve) "
        r"(?:the day|once|when|after) i am (?:dead|gone(?= for good\b|\s*(?:$|[.,;!])))"
        r"|\bif i (?:died|was gone|were gone|disappeared)\b(?! (?:my|her|his|it)\b).{0,30}?"
        r"\b(?:would not|nobody would|no one would) (?:even )?(?:pause|notice|blink)\b"
        r"|\b(?:i am|just) (?:just )?(?:an? )?(?:anchor|dead weight) (?:dragging|pulling|holding) "
        r"(?:everyone|everybody|them|people|my \w+) down\b",
    ),
    rule(
        "all_i_want_is_to_die",
        signs.DEATH_WISH,
        # Not "all I want is to die my hair pink", "dye" misspelled.
        r"\ball i (?:want|wish for|need) (?:is|right now is) to (?:die|be dead|not exist|not wake "
        r"up)\b(?! (?:my|her|his|the|it|them|this)\b)"
        r"|\bwhy (?:was|were) i (?:even )?born\b(?! (?:in|on|into|at|with|a|an|so|this|during)\b)"
        r"|\b(?:wanted|want|wished|wish|hoped|hope|hoping) (?:the|that|a) (?:bus|car|truck|train|"
        r"driver) (?:would |to |would just |to just )?(?:not|would not|did not) (?:brake|slow down|"
        r"see me(?=\s*(?:$|[.,;!])))"
        r"|\b(?:wanted|want|wished|wish|hoped|hope|hoping) the " + _WATER_THAT_TAKES + r" (?:would "
        r"|to )?(?:win|pull me under|swallow me|keep me|take me under)\b",
    ),
    rule(
        "dead_by_a_date",
        signs.HOPELESSNESS,
        r"\bi (?:will|am going to) be dead by (?:spring|summer|fall|autumn|winter|"
        r"christmas|new year\W?s?|my birthday|the end of the year|next year)\b"
        r"|\b(?:do not )?owe (?:this|my) life (?:any more|anymore|more|another) (?:time|years?|"
        r"days?|chances?)\b"
        r"|\bwhy (?:even )?bother waking(?: up)?\b(?! (?:up )?(?:early|at|before|so|on)\b)",
    ),
    rule(
        "means_in_a_row",
        signs.METHOD,
        r"\b" + _MEDS + r"\b.{0,20}?"
        r"\b(?:vodka|whiskey|tequila|wine|alcohol|booze)\b.{0,30}?\bempty (?:apartment|house|"
        r"room|place)\b"
        r"|\b(?:bridge|overpass|roof|balcony|ledge|railing)\b.{0,80}?\b(?:thought about|thinking "
        r"about|wanted to|want to) (?:climbing|going|stepping|climb|go|step) over"
        r"(?= the (?:railing|rail|edge|side|barrier|ledge)\b| it\b|\s*(?:$|[.,;!]))"
        r"|\b(?:balcony|roof|bridge|ledge|window|overpass)\b (?:looks|seems|would be) "
        r"(?:so |really )?easy\b(?! to\b)",
        unless=r"\b(?:party|parties|bbq|barbecue|picnic|wedding|photos?|view|fireworks|"
        r"plants?|garden|selfie|painting|cleaning)\b",
    ),
    rule(
        "one_last_time",
        signs.PREPARATION,
        r"\bone last (?:sunrise|sunset)\b"
        r"|\b(?:kissed|hugged|held|pet|petted) (?:her|him|them|my \w+)(?: \w+)? for the "
        r"last time\b"
        r"|\b(?:farewell|goodbye) (?:post|email|message|text|video|letter)s? (?:is |are )?"
        r"(?:drafted|scheduled|written|ready|queued)\b",
        # A trip ending, a pet put down, a job left.
        unless=r"\b(?:vacation|trip|before (?:we|i) (?:leave|fly|move|moved|go home|head home)|"
        r"cabin|check(?:ing)? out|camping|airbnb|hotel|resort|moving|"
        r"honeymoon|vet|put (?:her|him) down|euthan\w*|passed away|funeral|hospice|last day|"
        r"new job|leaving (?:the|my) (?:job|company|team)|retir\w*)\b",
    ),
    rule(
        "will_signed",
        signs.PREPARATION,
        r"\b(?:my " + _WILL + r" is (?:finally )?(?:done|signed|notarized|ready|finished)|"
        r"(?:notarized|signed|finished) my " + _WILL + r")",
        # A will made as grown-ups do: for a house, a child, a marriage.
        unless=r"\b(?:house|condo|kids|baby|estate|attorney|lawyer|trust|mortgage|married|"
        r"wedding|grandkids|insurance agent|adulting)\b",
    ),
    rule(
        "cutting_days_running",
        signs.SELF_HARM,
        r"\b(?:\w+ )?(?:nights?|days?) in a row (?:of )?(?:cutting|burning myself|hurting myself)\b"
        r"(?! (?:carbs|sugar|coupons|class|back|down|hair|corners)\b)"
        # Counted by the night: "third cutting night this week"; not a diet's cutting days or a
        # barber academy's class.
        r"|\b(?:first|second|third|fourth|fifth|another|\d+(?:st|nd|rd|th)) (?:cutting|burning) "
        r"(?:night|day|session|episode)\b(?![^.]{0,60}?\b(?:hair|barber|fades?|fabric|quilt\w*|"
        r"sewing|academy|lawn|grass|wood|lumber|film|edit\w*|coupons?|diet|calories|carbs?|"
        r"macros|bulk|cake|class|salon|bangs|stylist)\b)"
        r"|\bcut (?:to|so i can) (?:take the edge off|feel something|calm down|numb)\b"
        r"|\b(?:lighter|cigarette) (?:burns|marks) on my (?:hips?|arms?|wrists?|thighs?|legs?|"
        r"stomach|skin|hands?)\b"
        r"|\bburned my (?:hip|arm|wrist|thigh|leg|stomach|skin) with (?:a|the) (?:hot )?(?:spoon|"
        r"lighter|cigarette|match|knife)\b"
        r"|\bnew (?:lines|marks|cuts) on my (?:wrists?|arms?|thighs?|legs?|stomach|hips?)\b"
        r"|\b(?:alone|in private|by myself) so (?:that )?i can (?:cut|burn myself|hurt myself)"
        r"(?=\s*(?:$|[.,;!]| again| myself))"
        r"|\b(?:scars|marks|cuts)\b.{0,80}?\bi (?:have )?started again\b",
        unless=_ACCIDENT + r"|\b(?:tripped|fell|slipped|my (?:cat|kitten|dog)|tattoo\w*)\b",
    ),
    rule(
        "threat_named",
        signs.HARM_OTHERS,
        # A named target: "gonna stab Kevin from accounting"; not "gonna stab at it".
        r"\b(?:gonna|going to|i will|i am going to) (?:stab|strangle) (?!(?:at|it|the|a|an|my|this|"
        r"that|these|those|some|holes|through|into|myself|whoever|whatever|anyone who|me|us)\b)"
        r"\w+\b"
        r"|\bkill that (?:\w+ )?(?:piece of (?:trash|shit|garbage|crap)|snake|liar|cheater|"
        r"homewrecker)\b"
        r"|\b(?:she|he) is dead if i (?:see|catch) (?:her|him)(?: again)?"
        r"(?=\s*(?:$|[.,;!]| with\b))",
        unless=_NOT_A_THREAT,
    ),
    # Run 29: phrasings of set 31 that no rule read.
    rule(
        "envy_of_the_dead",
        signs.DEATH_WISH,
        # Envy of someone who got to die, not who got to go to Paris.
        r"\b(?:jealous of|envy|envious of) (?:[\w']+,? ){0,6}?(?:for )?(?:getting|got|gets) to "
        r"(?:die|rest(?= in peace| forever|\s*(?:$|[.,;!]))|be done|go in (?:her|his|their) sleep|"
        r"go(?=\s*(?:$|[.,;!])))",
    ),
    rule(
        "ways_to_end_things",
        signs.SUICIDAL_THOUGHTS,
        r"\b(?:read|reading|research\w*|look\w* up|google\w*|searching) (?:about |for )?ways to "
        r"end (?:things|it|it all|my life)\b(?! (?:with|between)\b)",
    ),
    rule(
        "the_drop_measured",
        signs.METHOD,
        r"\b(?:look\w*|star\w*) (?:at|down at) the drop\b.{0,30}?\b(?:measuring|how far|how high|"
        r"how long it would take)\b"
        r"|\b(?:reservoir|lake|river|ocean|sea)\b.{0,60}?\bfull of (?:rocks|stones)\b"
        r"|\bfull of (?:rocks|stones)\b.{0,40}?\b(?:walk|walking|wade|wading) (?:in|into)\b",
        unless=r"\b(?:roller ?coaster|ride|hike|trail|photo\w*|my (?:son|daughter|kid|kids)|"
        r"beach day)\b",
    ),
    rule(
        "face_memorized",
        signs.PREPARATION,
        r"\bmemoriz\w* (?:his|her|their|my \w+'s) face\b",
        unless=r"\b(?:baby|newborn|sleeping|asleep|wedding|first date|in love)\b",
    ),
    rule(
        "scalded_and_relapsed",
        signs.SELF_HARM,
        r"\b(?:hold|held|holding|put|putting|run|ran|running) my (?:hands?|arms?|wrists?|feet) "
        r"under (?:scalding|boiling|burning hot|really hot) water\b"
        r"|\brelapsed\b.{0,60}?\bwith (?:a|the|my) (?:\w+ )?(?:box cutter|razor|blade|knife|"
        r"lighter|scissors)\b",
        unless=_ACCIDENT,
    ),
    rule(
        "wanted_dead_by_me",
        signs.HARM_OTHERS,
        r"\bi want (?:him|her|them|that (?:girl|guy|woman|man|bitch|bastard)|his (?:new )?"
        r"(?:girlfriend|gf|wife)|her (?:new )?(?:boyfriend|bf|husband))"
        # Words between that are the writer's, not a wish: "i want him to know i'm not dead".
        r"(?: (?!(?:to|i|not|me|am|feel|know)\b)[\w']+){0,5}? dead\b"
        r"(?! to me\b)"
        r"|\b(?:putting|put|throw|throwing|shove|shoving) (?:him|her|them) through (?:the|a) "
        r"(?:window|wall|windshield|glass door)\b"
        r"|\bpour\w* (?:gas|gasoline|lighter fluid)\b.{0,40}?\b(?:his|her|their) (?:place|house|"
        r"apartment|car|door)\b",
        unless=_NOT_A_THREAT + r"|\b(?:mower|generator|tank|gas can|for (?:him|her))\b",
    ),
    rule(
        "policy_worth_more",
        signs.BURDEN,
        r"\b(?:life insurance|insurance|policy|payout)\b.{0,40}?\b(?:would|will|could) (?:do|mean|"
        r"be worth|help) more\b.{0,40}?\bthan i (?:ever )?(?:did|do|could|can|have|am|was)"
        r"(?: \w+)? alive\b",
    ),
    rule(
        "window_that_opens",
        signs.METHOD,
        r"\b(?:\d+(?:st|nd|rd|th)|top|highest)[ -]floor(?:'s)? windows? (?:\w+ )?(?:opens?|"
        r"unlocks?)\b.{0,20}?\bi (?:already )?(?:checked|tested it|tried it)\b",
        unless=r"\b(?:air|paint|smell|breeze|cooler|ventilat\w*|fresh|smoke|heat)\b",
    ),
    rule(
        "final_entry_thanks",
        signs.PREPARATION,
        r"\b(?:final|last) (?:journal |diary )?entry\b.{0,30}?\b(?:thanks|thank you|goodbye|bye)\b",
        unless=r"\b(?:challenge|streak|program|course|of (?:the|this) (?:year|month|week|semester)|"
        r"of 20\d\d|before (?:my |the )?"
        r"(?:trip|vacation|break|surgery|move)|until|for (?:now|today|tonight|this (?:year|week|"
        r"month)))\b",
    ),
    rule(
        "nice_knowing_them",
        signs.PREPARATION,
        r"\b(?:told|tell|telling) (?:\w+ ){0,3}(?:it was|it has been|it is been) nice knowing "
        r"(?:them|you|y'all|everyone|him|her)\b",
        unless=r"\b(?:last day|moving|move|new job|retir\w*|farewell party|transfer\w*|quit|date|"
        r"dating|tinder|hinge|bumble|"
        r"graduat\w*|leaving (?:the|this) (?:job|company|team|school))\b",
    ),
    rule(
        "pet_given_quietly",
        signs.PREPARATION,
        r"\b(?:take|keep|watch|look after|have) (?:the|my) (?:dog|cat|pets?|puppy|kitten|bird)\b"
        r".{0,40}?\b(?:did not|without) (?:tell(?:ing)?|say(?:ing)?) (?:her|him|them|anyone) why\b",
        unless=r"\b(?:surprise|trip|vacation|party|proposal|birthday|honeymoon)\b",
    ),
    rule(
        "goodbye_unknown_to_them",
        signs.PREPARATION,
        r"\bwithout (?:her|him|them|anyone|my \w+) (?:knowing|realizing) (?:that )?(?:it was|it "
        r"is|this was) (?:really |actually |truly |a real |my )?(?:goodbye|the last (?:time|call|"
        r"hug))\b(?! for (?:a|one|two|three|\d+|the (?:summer|year|semester))\b)",
    ),
    rule(
        "only_stops_when_hurt",
        signs.SELF_HARM,
        r"\b(?:only|just) (?:stops?|quiets?|quiet down|goes? away|calms? down|ends?|shuts? up) "
        r"when i (?:hurt|cut|burn|hit|scratch|punch) myself\b",
    ),
    rule(
        "blood_hidden",
        signs.SELF_HARM,
        r"\b(?:scrub\w*|clean\w*|wipe|wiped|wiping|mop\w*|bleach\w*) (?:up )?(?:the |my )?blood\b"
        r".{0,60}?\bbefore (?:my |the )?(?:roommate|mom|dad|mum|partner|husband|wife|boyfriend|"
        r"girlfriend|family|anyone|kids|parents|sister|brother)\b.{0,20}?\b(?:got|get|gets|came|"
        r"comes|saw|see|sees|noticed|notice|woke|wake)\b",
        unless=r"\b(?:nose ?bleed|period|dog|cat|paw|meat|chicken|deer|fish|shaving|kid'?s|"
        r"son'?s|daughter'?s)\b",
    ),
    rule(
        "gun_borrowed_to_confront",
        signs.HARM_OTHERS,
        r"\b(?:gun|pistol|rifle|piece|glock|shotgun)\b.{0,80}?\b(?:borrow|take|grab) it\b.{0,30}?"
        r"\b(?:go|head|drive)(?: over)? (?:and )?(?:talk to|see|visit|find|confront)\b",
        unless=r"\b(?:range|hunting|hunt|deer|clean it|cleaning|gun safe|sell|pawn)\b",
    ),
    rule(
        "aiming_the_car",
        signs.METHOD,
        # "Drove the 405 last night thinking about aiming for the divider".
        r"\b(?:thinking about|thought about|tempted by|kept thinking about|fantasi[sz]ing about) "
        r"(?:aiming|swerving|steering|driving|veering|drifting) (?:for|into|at|toward|towards) "
        r"(?:the|a|oncoming) (?:divider|median|wall|pole|tree|overpass|barrier|pillar|traffic|semi|"
        r"truck|guardrail|bridge pillar)\b",
        unless=r"\b(?:video game|game|mario kart|driving test|parking|to avoid|avoiding)\b",
    ),
    rule(
        "stock_in_case_i_decide",
        signs.METHOD,
        # Pills kept "in case I decide", said and left unfinished.
        r"\b(?:pills|meds|prescriptions?|tablets|refill\w*|stockpil\w*)\b.{0,60}?"
        r"\bin case i (?:decide|go through with it|do it|need them for that)"
        r"(?=\s*(?:$|[,.;!]|to (?:do it|end it|go through)\b))",
    ),
    rule(
        "ready_for_after",
        signs.PREPARATION,
        # Affairs put in order for an "after" or a "before" left unnamed: "organized all my
        # paperwork so my family doesn't struggle after", "set up my legacy contact. figured I
        # should before".
        r"\b(?:so|that) (?:my|the) (?:\w+ ){0,2}(?:does not|do not|will not|would not|does not "
        r"have to|will not have to) (?:have to )?(?:struggle|deal with (?:it|anything)|worry|"
        r"scramble)\b.{0,20}?\bafter(?=\s*(?:$|[.;!]))"
        r"|\b(?:did not|do not) want (?:my|the) (?:\w+ ){0,2}(?:walking into|coming home to|"
        r"finding|dealing with) (?:a |the )?(?:mess|disaster|chaos)\b.{0,10}?\bafter"
        r"(?=\s*(?:$|[.;!]))"
        r"|\b(?:legacy contact|passwords?|will|life insurance|beneficiar\w*)\b.{0,60}?\b(?:figured "
        r"i should|wanted to|had to|needed to)(?: do it)? before(?=\s*(?:$|[.;!]))"
        # ...or in a sentence of its own after them.
        r"|^(?:i )?figured i (?:should|had to|better|would)(?: do (?:it|that|this))? before"
        r"(?=\s*(?:$|[.;!]))",
    ),
    rule(
        "last_time_i_get_to",
        signs.PREPARATION,
        # "Took my nephew to the pier today, last time I'll get to."
        r"\b(?:the )?last time i will (?:ever )?(?:get to|be able to)(?: (?:see|do|hug|hold|take) "
        r"(?:him|her|them|it|this))?(?=\s*(?:$|[,.;!]))",
        unless=_MOVING_AWAY + r"|\b(?:before (?:we|i) move|graduat\w*|tour|closing|closes|semester|"
        r"season)\b",
    ),
    rule(
        "blade_again",
        signs.SELF_HARM,
        # "Ended up in the bathroom with a blade again."
        r"\b(?:ended up|end up|found myself|find myself|sat|sitting|locked myself) (?:\w+ ){0,4}"
        r"with (?:a|the|my) (?:blade|razor blade|razor|box cutter)\b",
        unless=r"\b(?:shav\w*|legs|beard|scrap\w*|paint|boxes|tape|craft\w*|carpet|drywall|"
        r"packages?|opening|mail)\b",
    ),
    rule(
        "sting_that_calms",
        signs.SELF_HARM,
        # Relief from one's own wound: "the sting of the cut calms me down".
        r"\b(?:sting|burn|pain|sight) of (?:the|my) (?:cuts?|burns?|wounds?|blood)\b.{0,20}?"
        r"\b(?:calms|calm|settles|relaxes|soothes|quiets) me\b",
    ),
    rule(
        "acid_attack",
        signs.HARM_OTHERS,
        # "I'm going to throw acid in her face."
        r"\b(?:throw|throwing|pour|pouring|splash|splashing) (?:some )?(?:acid|bleach|lye) "
        r"(?:in|on|at) (?:her|his|their|your|that \w+'s) (?:face|eyes)\b",
        unless=_NOT_A_THREAT,
    ),
    rule(
        "clean_time_thrown_away",
        signs.SELF_HARM,
        # A streak without self-harm ended: "was 8 months clean from cutting and threw it away".
        r"\b(?:days?|weeks?|months?|years?) clean from (?:cutting|self[ -]?harm\w*|hurting myself|"
        r"burning myself)\b.{0,40}?\b(?:threw (?:it|that|them) (?:all )?away|blew it|ruined it|"
        r"broke (?:it|the streak)|lost it all|gone in)\b",
    ),
    rule(
        "last_birthday_wish",
        signs.DEATH_WISH,
        # "Every birthday I blow out the candles wishing it's my last one."
        r"\bwish(?:ing)? (?:that )?(?:it is|it will be|this is|this will be|it was) my last "
        r"(?:one|birthday|christmas|new year)\b"
        r"|\b(?:candles|birthday)\b.{0,40}?\bwish(?:ing)? (?:that )?(?:it is|this is) the last\b",
    ),
    rule(
        "easier_with_less_of_me",
        signs.BURDEN,
        # "The world will be easier with less of me."
        r"\b(?:the world|everyone|everybody|everything|life|they|my family) (?:will|would|is going "
        r"to) be (?:so |much |a lot )?(?:easier|better|lighter|calmer|quieter) with less of me\b",
    ),
    rule(
        "final_voicemail",
        signs.PREPARATION,
        # "This is the final voicemail you'll get from me."
        r"\b(?:final|last) (?:voicemail|voice message|message|text|letter|call|email) you will "
        r"(?:ever )?(?:get|hear|receive) from me\b(?! (?:tonight|today|this week|until|before|for "
        r"(?:a|the|now)\b))",
        # The last word to an ex before moving on, not before dying.
        unless=r"\b(?:moving on|blocking|block you|blocked you|no contact|done with (?:you|us|"
        r"this)|deleting your number|closure)\b",
    ),
    rule(
        "prefer_dead_to_this",
        signs.DEATH_WISH,
        # "I'd honestly prefer being dead to this"; "furious that I'm still not dead".
        r"\b(?:rather|prefer) being dead\b"
        r"|\b(?:prefer|rather) (?:being dead|be dead|to be dead|dying) to (?:this|living|being "
        r"alive|feeling this|another day)\b"
        r"|\b(?:furious|angry|mad|pissed|disappointed|upset|annoyed|bitter) (?:that )?i am still "
        r"(?:not dead|alive|breathing)\b"
        r"|\bwish(?:ed|ing)? i (?:would|could|had) (?:just )?drop(?:ped)? dead\b",
        # Embarrassment told as dying on the spot.
        unless=r"\b(?:embarrass\w*|mortif\w*|cringe|awkward|humiliat\w*|on the spot|called on me|"
        r"my mic|the bill)\b",
    ),
    rule(
        "better_with_me_subtracted",
        signs.BURDEN,
        # "The world would run smoother with me subtracted"; "remove me and they all get along".
        r"\b(?:would|will|could) (?:\w+ ){0,3}(?:better|smoother|easier|happier|lighter|fine|"
        r"calmer|simpler) with me (?:subtracted|removed|erased|gone|out of the picture)\b"
        r"(?! for\b| this\b| next\b| until\b| till\b| while\b| at\b)"
        r"|\b(?:remove|subtract|erase) me and (?:they|everyone|everybody|the family|"
        r"my family|it) (?:all )?(?:get along|would get along|are fine|is fine|would be fine|"
        r"are happy|can breathe)\b",
    ),
    rule(
        "strong_enough_to_hold_me",
        signs.METHOD,
        # "Checked if the pull-up bar in my doorway is strong enough for something else."
        r"\b(?:bar|beam|rod|hook|fan|railing|banister|pipe|rafter|closet pole)\b.{0,40}?"
        r"\bstrong enough (?:for something else|to hold (?:me|my weight|a person|a body)|for my "
        r"(?:weight|neck))\b",
        # A bar, a hammock or a ladder checked for what it is for, unless "something else" is.
        unless=r"^(?!.*\b(?:something else|my neck)\b).*\b(?:pull-?ups?|chin-?ups?|workouts?|"
        r"hammock|swing|ladder|climbing|shelf|shelves|tv|plants?)\b",
    ),
    rule(
        "last_memory_good",
        signs.PREPARATION,
        # "Took my grandpa to lunch one more time. I wanted the last memory to be good."
        r"\bwant\w* (?:the|their|his|her|our) last memor(?:y|ies)(?: of me| with me| together)? "
        r"to be\b",
        unless=_MOVING_AWAY,
    ),
    rule(
        "birthdays_i_will_miss",
        signs.PREPARATION,
        # "Recorded voice memos for my nephews, one for each birthday I'll miss."
        r"\bone for each (?:birthday|christmas|graduation|holiday|milestone) i (?:will|am going "
        r"to) miss\b",
        unless=_MOVING_AWAY,
    ),
    rule(
        "cutting_body_again",
        signs.SELF_HARM,
        # "I ended up cutting my thigh again."
        r"\b(?:cutting|burning|scratching|carving) (?:my|both) (?:arms?|forearms?|legs?|wrists?|"
        r"thighs?|stomach|skin|hips?)\b.{0,20}?\b(?:again|tonight|last night|on purpose)\b"
        r"|\bended up (?:cutting|burning|hurting) (?:myself|my (?:arms?|legs?|wrists?|thighs?|"
        r"stomach|skin))\b",
        # Skin scratched for an itch, burned by the sun or a curling iron.
        unless=_ACCIDENT
        + r"|"
        + _SCRATCHED_OR_GROOMED
        + r"|\b(?:itch\w*|sunburn\w*|in the sun|curling iron|straightener|hair iron)\b",
    ),
    rule(
        "pictured_killing",
        signs.HARM_OTHERS,
        # "I've pictured killing my ex so many times it feels like a plan now."
        r"\b(?:pictured|picture|picturing|envision\w*|visuali[sz]\w*|daydream\w* about) "
        r"(?:killing|stabbing|shooting|strangling|choking|hurting|running over) " + _TARGET + r"\b",
        unless=_NOT_A_THREAT,
    ),
    rule(
        "knows_where_bringing_something",
        signs.HARM_OTHERS,
        # "I know where she parks at the hospital and I'm bringing something this time."
        r"\bi know where (?:she|he|they) (?:parks|lives|works|sleeps)\b.{0,60}?"
        r"\b(?:bringing|bring|taking) something\b",
        unless=_NOT_A_THREAT + r"|\b(?:flowers|cake|gift|coffee|lunch|food|dinner|a card)\b",
    ),
    rule(
        "wish_i_would_die",
        signs.DEATH_WISH,
        # "Wish I'd die of a heart attack tonight while I'm lying here."
        r"\bwish(?:ed|ing)? i (?:would|could) (?:just )?die\b"
        r"(?! (?:of|from) (?:embarrassment|shame|laughter|boredom|cringe)\b)",
        unless=r"\b(?:embarrass\w*|mortif\w*|cringe|awkward|humiliat\w*|lol|lmao|haha\w*)\b",
    ),
    rule(
        "not_brake_at_the_drop",
        signs.METHOD,
        # "Could just not brake at the end of my street where the road drops off the canyon."
        r"\b(?:not brake|not hit the brakes?|skip the brakes?|let go of the (?:steering )?wheel)\b"
        r".{0,60}?\b(?:canyon|cliff|drops? off|edge|overpass|guardrail|ravine)\b",
    ),
    rule(
        "meds_bought_unnoticed",
        signs.METHOD,
        # "Bought a second box of sleep aids at a different CVS so they wouldn't notice."
        r"\b(?:" + _MEDS + r"|sleep aids?)\b.{0,60}?\bso (?:they|nobody|no one|the "
        r"pharmacist|the cashier) (?:would not|will not|does not|did not|could not) (?:notice|"
        r"ask|suspect|get suspicious)\b",
    ),
    rule(
        "nobody_sorts_it_out_after",
        signs.PREPARATION,
        # "Cancelled Netflix, my gym and the car insurance, nobody should have to sort that out
        # after."
        r"\b(?:nobody|no one) (?:should|will|would) (?:have to|need to) (?:sort|figure|deal with|"
        r"clean up|untangle)\b.{0,20}?\bafter\s*$",
    ),
    rule(
        "skin_picked_open",
        signs.SELF_HARM,
        # "I pull my hair out and pick my skin open when I'm spiraling."
        r"\bpick(?:ing|ed)? (?:at )?my (?:skin|arms?|legs?|face|scabs?) "
        r"(?:open|raw|until (?:it|they) bleeds?)\b",
    ),
    rule(
        "show_up_and_hurt_her",
        signs.HARM_OTHERS,
        # "Thinking about showing up at her job and hurting her"; waiting outside her class so
        # "she's going to regret it"; cousins to help "jump him"; fingers broken on a condition.
        r"\b(?:show(?:ing)? up|wait(?:ing)?) (?:at|outside|by) (?:her|his|their|my ex's) \w+"
        r"(?: \w+)? and (?:hurt(?:ing)?|kill(?:ing)?|stab(?:bing)?|beat(?:ing)?|hit(?:ting)?|"
        r"shoot(?:ing)?) (?:her|him|them)\b"
        r"|\bwait(?:ing)? outside (?:her|his|their) \w+(?: \w+)?\b.{0,40}?\b(?:she|he|they) "
        r"(?:is|are|will be) going to regret it\b"
        r"|\b(?:help me|going to|gonna|we will|we are going to) jump "
        r"(?:him|her|them|that guy|my ex)\b"
        r"|\bi (?:will|am going to) break (?:his|her|their) (?:fingers|legs|arms|neck|jaw|nose|"
        r"knees|hands)\b",
        unless=_NOT_A_THREAT,
    ),
    rule(
        "planning_an_exit",
        signs.SUICIDAL_THOUGHTS,
        # "Not planning a vacation, planning an exit"; not an exit strategy from a job.
        r"\bplanning (?:an|my) exit\b(?! (?:strategy|plan|interview|survey|from|out|for|at|of|"
        r"ramp|row|visa|package)\b)",
        unless=r"\b(?:job|company|work|boss|lease|apartment|startup|business|party|career|"
        r"market|stock|shares|investors?|building)\b",
    ),
    rule(
        "years_stolen_from_them",
        signs.BURDEN,
        # "Every year I'm alive is another year stolen from him."
        r"\bevery (?:year|day|month) i am (?:alive|here|around|still here|still alive) is "
        r"(?:another|one more|just another) (?:year|day|month) (?:stolen|taken|wasted|ruined|lost) "
        r"(?:from|for)\b",
    ),
    rule(
        "razors_back_out",
        signs.SELF_HARM,
        # "Back to razors after a whole year"; "dug the razor out of my old shaving kit after he
        # unfollowed me, first time since sophomore year"; purging as punishment.
        r"\b(?:went back to|back to|back on) (?:the )?(?:razors?|blades?)\b"
        r"(?!.{0,40}\b(?:wax\w*|laser|shav\w*|epilat\w*|electric|trimmer|beard|legs smooth)\b)"
        r"|\b(?:dug|pulled|got|took) (?:the|my|a|an old) (?:razor|blade)s? out\b.{0,80}?"
        r"\b(?:first time since|after (?:he|she|they) (?:\w+ )?(?:left|unfollowed|blocked|dumped|"
        r"ghosted|cheated))\b"
        r"|\b(?:made|make|making) myself (?:throw up|puke|vomit|bleed|bruise)\b.{0,30}?"
        r"\b(?:as (?:a )?punishment|to punish myself)\b",
    ),
    rule(
        "savings_given_away",
        signs.PREPARATION,
        # "Transferred my whole savings to my little sister's account and wrote 'for college' in
        # the memo."
        r"\b(?:transferred|sent|gave|moved|wired|venmoed|zelled) (?:all (?:of )?my|my whole|my "
        r"entire|everything in my) (?:savings|money|account|bank account)\b (?:\w+ ){0,2}?to my "
        r"(?:\w+ )?(?:sister|brother|niece|nephew|son|daughter|kids?|mom|dad|cousin|best friend)"
        r"(?:'s)?\b",
        unless=r"\b(?:loan|lend|borrow\w*|pay (?:me )?back|down payment|rent|deposit|emergency|"
        r"help (?:her|him|them)|surgery|hospital bill|tuition (?:is )?due|until)\b",
    ),
    rule(
        "death_by_chance_welcome",
        signs.DEATH_WISH,
        # "Wouldn't even mind if a bus killed me on my run"; "i would not mind if a truck hit me".
        r"\b(?:would not|wouldnt) (?:even |really |honestly )?mind if (?:a|the|some) (?:\w+ )?"
        r"(?:bus|car|truck|train|meteor|asteroid|lightning|drunk driver|stray bullet|plane|"
        r"heart attack|tumou?r|cancer|wave|storm|earthquake) (?:just )?(?:(?:killed|hit|ran over|"
        r"ended) me|took me out(?! (?:of|to|for)\b))\b",
        unless=r"\b(?:jk|lol|lmao|haha\w*|joking|kidding)\b|😂|🤣",
    ),
    rule(
        "ligature_tested",
        signs.METHOD,
        # "The pull-up bar in the doorway would hold me, i checked with the belt."
        r"\b(?:would|will|could|can|did) hold (?:me|my weight)\b.{0,40}?\b(?:checked|tested|tried)"
        r"(?: it)? with (?:the|a|my) (?:belt|rope|cord|scarf|sheet|leash|cable)\b"
        # "Watched a video on knots tonight and it wasn't for camping."
        r"|\b(?:knots?|nooses?)\b.{0,40}?\b(?:was not|is not|were not|are not|not) (?:for|about) "
        r"(?:camping|sailing|boating|climbing|fishing|scouts|a boat|the boat|crafts?)\b",
        unless=r"\b(?:they|it) (?:were|was) for (?:a|an|my|the) \w+",
    ),
    rule(
        "height_checked",
        signs.METHOD,
        # "My office is on the 23rd floor and the stairwell windows open, i checked."
        r"\b(?:windows?|roof|roof door|balcony door|hatch)\b.{0,30}?\b(?:open|opens|unlocked|"
        r"is not locked|are not locked)\b,? (?:\w+ )?i (?:checked|made sure|tested|tried)\b"
        # "Stood on the mill street bridge for twenty minutes tonight looking down at the water."
        r"|\b(?:stood|standing|sat|sitting) (?:on|at) (?:the|a) (?:\w+ ){0,3}?(?:bridge|overpass|"
        r"roof|ledge|parking structure|parking garage)\b.{0,50}?\blooking down\b",
        unless=r"\b(?:air|breeze|fresh|stuffy|smell|paint|fumes|smoke|photos?|pictures?|view|"
        r"sunset|fireworks|parade|lights|boats?|sailboats?|kayak\w*|ducks|swans|fish|tourists?)\b",
    ),
    rule(
        "secret_goodbye",
        signs.PREPARATION,
        # "Took my little sister for ice cream as a goodbye, she thinks it was just a tuesday."
        r"\bas (?:a|my|our) (?:quiet |secret |silent )?(?:goodbye|farewell)\b,? (?:and )?(?:she|he|"
        r"they|nobody|no one) (?:thinks?|thought|does not know|did not know|has no idea|had no "
        r"idea)\b"
        # "Gave my plants away to coworkers today, said goodbye without saying it."
        r"|\bsaid (?:goodbye|my goodbyes) without (?:saying it|saying so|telling (?:them|anyone|"
        r"her|him)|anyone knowing|them knowing)\b"
        # "Called my old swim coach just to say thank you, felt like closing the final chapter."
        r"|\bjust to say (?:thank you|thanks|goodbye|i love (?:you|them|her|him))\b.{0,50}?"
        r"\b(?:final|last) chapter\b"
        # "Let my mom beat me at scrabble, wanted our last game to end with her laughing."
        r"|\b(?:wanted|want|needed) (?:our|my|the) last (?:game|dinner|lunch|talk|hug|day|night|"
        r"walk|conversation|memory|visit) (?:together )?to (?:end|be) with (?:her|him|them|mom|dad|"
        r"my \w+) (?:laughing|smiling|happy)\b"
        # "Asked my neighbor if she'd water my plants 'indefinitely'."
        r"|\b(?:water|feed|take care of|look after|watch|keep) my (?:plants|cat|dog|fish|pets?|"
        r"birds?)\b.{0,15}?\b(?:indefinitely|forever|for good|permanently|from now on)\b",
        unless=_MOVING_AWAY + r"|\b(?:season|tournament|league|semester)\b",
    ),
    rule(
        "wounds_opened_again",
        signs.SELF_HARM,
        # "Picked the scabs on my arms open again during the zoom call"; "relapsed using the tab
        # from a soda can"; not a relapse into drink or smoke.
        r"\b(?:picked|picking|pick|tore|tearing|ripped|ripping) (?:the|my) (?:scabs?|wounds?|cuts?|"
        r"stitches)(?: on my \w+)? open (?:again|back up)\b"
        r"|\brelapsed (?:using|with) (?:the|a|an|my|some) (?:\w+ )?(?:tab|blade|razor|sharpener|"
        r"lighter|scissors|glass|pin|needle|compass|paperclip|paper clip|nail|safety pin|"
        r"box cutter|thumbtack|staple)\b",
    ),
    rule(
        "harm_lying_in_wait",
        signs.HARM_OTHERS,
        # "Waiting in the lot for him to leave the gym so i can give him what he deserves."
        r"\b(?:waiting|wait|parked|sitting|hiding) (?:\w+ ){0,10}?so i (?:can|could) give "
        r"(?:him|her|them) what (?:he|she|they) (?:deserves?|has coming|have coming)\b"
        # "Beating him to death"; "stomp her to death".
        r"|\b(?:beat|beating|beaten|stomp|stomping|kick|kicking|choke|choking|strangle|"
        r"strangling|stab|stabbing) (?:him|her|them|that \w+) to death\b"
        # "Found the new girlfriend's work schedule, she closes alone on thursdays."
        r"|\b(?:found|got|know|learned|figured out|memori[sz]ed) (?:the |his |her )?(?:new )?"
        r"(?:girlfriend|boyfriend|wife|husband|fiance|fiancee|\w+)(?:'s|s)? (?:work )?schedule\b"
        r".{0,40}?\b(?:alone|by (?:herself|himself|themselves))\b",
        unless=_NOT_A_THREAT + r"|\b(?:review|raise|credit|praise|compliment|promotion|award|"
        r"hug|kiss|lunch|dinner|coffee|surprise|pick (?:her|him|them) up|drive (?:her|him|them)|"
        r"walk (?:her|him|them))\b"
        # Beaten at a game: "we beat them to death at trivia".
        r"|\b(?:at|in) (?:trivia|chess|cards|poker|pool|darts|ping pong|mario kart|the game|"
        r"the debate|an argument|scrabble|monopoly|uno)\b",
    ),
    rule(
        "plan_when_no_one_comes",
        signs.SUICIDAL_THOUGHTS,
        # "The plan is thanksgiving break, when the dorm is empty and nobody will come knocking."
        r"\bthe plan is\b.{0,60}?\b(?:nobody|no one) (?:will|would|can|could|is going to) "
        r"(?:come|find|stop|check|notice|knock|be around|be home)\w*\b",
        unless=r"\b(?:party|surprise|prank|sleep in|binge|movie|game|study|clean\w*|paint\w*)\b",
    ),
    rule(
        "fading_out_daydreamed",
        signs.DEATH_WISH,
        # "I daydream about a quiet hospice bed, no visitors, just fading out."
        r"\b(?:daydream|daydreaming|dream|dreaming|fantasi[sz]e|fantasi[sz]ing|think|thinking) "
        r"(?:about|of) (?:a|an|the|my) .{0,40}?\b(?:just )?(?:fading (?:out|away)|slipping away|"
        r"never waking up|not waking up)\b",
        unless=r"\b(?:song|music|movie|film|book|show|"
        + SHOW_EPISODE
        + r"|character|sleep in|nap)\b",
    ),
    rule(
        "poison_moved_close",
        signs.METHOD,
        # "I know which of the pool chemicals would kill me, i moved them into my room."
        r"\b(?:which|what|how much|how many) (?:of )?(?:the |my )?(?:\w+ ){0,3}?would kill me\b"
        r".{0,30}?\bi (?:moved|put|hid|stashed|keep|kept|took) (?:them|it|some) "
        r"(?:in|into|under|to)\b",
    ),
    rule(
        "found_dead_wondered",
        signs.SUICIDAL_THOUGHTS,
        # "At work I stare at spreadsheets and wonder who would find me dead."
        r"\b(?:wonder|wondering|wondered|think about|thinking about|imagine|imagining|picture|"
        r"picturing) who (?:would|will|is going to|is gonna|would be the one to) find "
        r"(?:me dead|my body|me hanging|me (?:on|in) the (?:floor|tub|bathtub|garage|closet))\b",
    ),
    rule(
        "living_as_a_chore",
        signs.DEATH_WISH,
        # "Alive is a chore I'd like to quit"; "I don't care anymore whether I live or die".
        r"\b(?:being alive|alive|staying alive|living|existing|life) is (?:a|an|just a|one big) "
        r"(?:\w+ )?(?:chore|job|shift|subscription|contract|habit|assignment) i (?:would like|"
        r"want|wish i could|would love|am ready|need) to (?:quit|cancel|end|stop|resign from|"
        r"unsubscribe from|walk away from|clock out of)\b"
        r"|\bdo not (?:really |even |honestly )?care (?:anymore |any more )?(?:whether|if) i "
        r"(?:live|survive|wake up|make it) or (?:die|not|do not)\b",
    ),
    rule(
        "relief_if_i_died",
        signs.BURDEN,
        # "My friend group would exhale if I died."
        r"\b(?:would|will) (?:all |finally |just |probably |honestly )?(?:exhale|breathe easier|"
        r"breathe again|sigh (?:with|in) relief|be relieved|feel relieved|celebrate|throw a party|"
        r"move on in a week|be lighter) if i (?:died|was dead|were dead|was gone|were gone|"
        r"killed myself|disappeared for good|was not here|were not here|was not alive|"
        r"were not alive)\b"
        + _FOR_A_WHILE
        # "Nobody would have a hole where I used to be."
        + r"|\b(?:nobody|no one|nothing|not one person) would (?:have|feel|notice|see|leave) (?:a|"
        r"any|the) (?:hole|gap|empty space|space|empty chair) where i (?:used to be|was|stood|"
        r"sat)\b"
        # "My roomies would celebrate me disappearing" (not for the weekend).
        r"|\b(?:would|will) (?:all |finally |just |probably |honestly )?(?:celebrate|cheer|"
        r"throw a party for|be glad about|be relieved about) (?:me|my) (?:disappearing|dying|"
        r"death|being dead|vanishing|being gone for good|never coming back)\b"
        + _FOR_A_WHILE
        # "He could move on and find someone healthy if I were dead" (not dead set on something).
        + r"|\b(?:could|would|can) (?:finally |just )?(?:move on|start over|be free|be happy|"
        r"find someone)\b.{0,40}?\bif i (?:was|were) (?:dead|gone for good|not alive)\b"
        r"(?! (?:tired|serious|asleep|broke|set)\b)"
        # "Nobody would even notice the empty chair at Thanksgiving" (not if I spent it away).
        r"|\b(?:nobody|no one|not one person|not a soul) would (?:even )?(?:notice|miss|mind) "
        r"(?:the|my) empty (?:chair|seat|spot|place)\b(?!.{0,40}\bif i (?:skip|skipped|stay|"
        r"stayed|spend|spent|go|went|work|worked)\b)",
    ),
    rule(
        "gun_safe_opened",
        signs.METHOD,
        # "My husband's glock sits in the safe and I just guessed the combo."
        r"\b(?:guns?|glock|pistol|rifle|revolver|firearm|shotgun|handgun|9mm|\.38)\b.{0,60}?"
        r"\b(?:safe|lockbox|lock box|case|cabinet)\b.{0,30}?\bi (?:just |finally |already |"
        r"secretly )?(?:guessed|figured out|cracked|worked out|found out) (?:the|his|her|its|"
        r"their) (?:combo|combination|code|passcode|pin)\b"
        r"|\bi (?:just |finally |already |secretly )?(?:guessed|figured out|cracked|worked out|"
        r"found out|know|knew) the (?:combo|combination|code|key|passcode|pin) (?:to|for|of) "
        r"(?:the |his |her |their |my \w+'s )?(?:gun safe|gun case|gun cabinet|gun box|"
        r"lockbox|pistol case)\b"
        # "Dad's safe code is still his birthday": someone else's safe, whose code the writer
        # knows; not a hotel room's.
        r"|(?<!\bhotel )(?<!\broom )\b(?:gun )?safe(?:'s)? (?:code|combination|combo|pin) is "
        r"(?:still )?(?:his|her|their) (?:birthday|anniversary|\w+'s birthday)\b",
    ),
    rule(
        "goodbye_hidden_in_a_hug",
        signs.PREPARATION,
        # "Hugged my manager like I won't see her again, because I won't."
        r"\blike i (?:will not|would not|am not going to|am never going to) (?:ever )?see "
        r"(?:her|him|them|you|it|this place) again\b,? (?:because|cause|and|since) i "
        r"(?:will not|would not|am not going to|really will not|really am not)\b",
    ),
    rule(
        "last_sight_then_the_means",
        signs.PREPARATION,
        # "El Matador tonight, last sunset, then the pills."
        r"\b(?:last|final) (?:sunset|sunrise|meal|dinner|walk|drive|look|swim|song|beer|"
        r"cigarette|smoke)\b(?! of the (?:day|night|week)\b).{0,30}?\bthen (?:the|my) (?:pills|"
        r"rope|bridge|gun|jump|razor|blade|overdose)(?=\s*(?:$|[,.;]))",
    ),
    rule(
        "self_harm_months_undone",
        signs.SELF_HARM,
        # "Three months no cutting and I ruined it tonight."
        r"\b(?:\w+|\d+) (?:days?|weeks?|months?|years?) (?:no|without|clean of|free of|off) "
        r"(?:cutting|burning|self harm\w*|sh|hurting myself|the blade|razors?)\b,? (?:and|but) "
        r"(?:i )?(?:just )?(?:ruined|broke|blew|lost|threw away|messed up|wrecked) (?:it|that|"
        r"my streak)\b",
    ),
    rule(
        "harm_to_her_face",
        signs.HARM_OTHERS,
        # "Going to throw something on her face she'll never wash off."
        r"\b(?:throw|throwing|pour|pouring|splash|splashing|spray|spraying) (?:\w+ ){0,2}?(?:on|"
        r"in|at|into|across) (?:her|his|their|that \w+'s) (?:face|eyes)\b.{0,30}?\b(?:never|"
        r"not|will not|can not|cannot) (?:\w+ )?(?:wash|come|scrub|get|rinse)(?: it)? off\b"
        r"|\b(?:throw|throwing|pour|pouring|splash|splashing) (?:acid|bleach|boiling water|"
        r"hot oil|lye|drain cleaner) (?:on|in|at|into) (?:her|his|their|that \w+'s) (?:face|"
        r"eyes)\b"
        # "I hope she enjoys her last weekend alive with him."
        r"|\b(?:hope|hopes) (?:she|he|they|you) (?:enjoys?|savors?|likes?|loves?) (?:her|his|"
        r"their|your) last (?:\w+ )?(?:day|days|week|weekend|night|month|christmas|birthday|"
        r"summer)s? (?:alive|on (?:this )?earth|breathing)\b"
        # "I want to hurt the coworker who's been talking to him, like actually hurt her."
        r"|\b(?:want|wanted|going|need|needed|planning|plan|tempted|about) to (?:\w+ ){0,2}?hurt\b"
        r".{0,60}?\b(?:like|i mean) (?:actually|physically) hurt (?:her|him|them|that \w+)\b"
        r"|\b(?:want|wanted|going|planning|plan|tempted|about) to physically hurt (?:her|him|them|"
        r"that \w+)\b",
        unless=_NOT_A_THREAT + r"|\b(?:party|prank|pie|birthday|glitter|confetti|paint ball|"
        r"paintball|water balloon|sunscreen|makeup|face mask|baby|wedding|finals)\b",
    ),
    rule(
        "no_blocking_me_at_the_door",
        signs.HARM_OTHERS,
        # "You blocked me everywhere but you can't block me at your front door. See you soon."
        r"\byou (?:can not|cannot|will not be able to) (?:block|hide from|escape|run from) (?:me )?"
        r"(?:at|in|from|on|outside) (?:your|the) (?:front )?(?:door|doorstep|porch|house|"
        r"apartment|car)\b",
        unless=_NOT_A_THREAT + r"|\b(?:cake|birthday|surprise|mom|dad|sister|brother|"
        r"i am your|package|delivery|grandma)\b",
    ),
    rule(
        "swap_with_the_dying",
        signs.DEATH_WISH,
        # "I'd swap with someone on life support right now and not even think twice."
        r"\bi would (?:gladly |happily |honestly |totally |so )?(?:swap|trade|switch)(?: places| "
        r"spots| lives)? with (?:someone|somebody|anyone|a person|the (?:guy|girl|man|woman|"
        r"person|people)(?: \w+)?) (?:who is |that is )?(?:on life support|dying|in (?:a|the) "
        r"coma|in (?:a|the) coffin|in hospice|terminally ill|with (?:a )?terminal \w+)\b",
    ),
    rule(
        "should_have_been_me",
        signs.DEATH_WISH,
        # "My tía died of cancer last spring and I kept thinking it should have been me instead
        # of her, and I still think that every night."
        r"\b(?:died|passed away|killed|funeral|buried|cancer|crash|overdosed?)\b.{0,80}?"
        r"\b(?:it|that) should (?:have|of) been me\b(?! (?:to|on|at|getting|going|up there|"
        r"in charge)\b)",
        unless=r"\b(?:plants?|phone|battery|laptop|car|engine|fish|goldfish|cactus|wifi|"
        r"charger|game|character|show|movie)\b",
    ),
    rule(
        "child_stuck_with_broken_parent",
        signs.BURDEN,
        # "My baby boy got stuck with a broken mom."
        r"\b(?:baby|babies|boy|girl|son|daughter|kids?|children|little ones?) (?:\w+ )?(?:got|"
        r"gets|is|are|was|were) stuck with (?:a |such a |me,? (?:a )?)(?:\w+ )?(?:broken|useless|"
        r"worthless|terrible|awful|messed up|fucked up|pathetic|sorry excuse for a) (?:mom|"
        r"mother|mama|mommy|dad|father|daddy|papa|parent)\b",
    ),
    rule(
        "waiting_on_death",
        signs.HOPELESSNESS,
        # "Waiting on death at this point, nothing else."
        r"\b(?:waiting|waitin) (?:on|for) (?:death|my death|the end of my life|god to take me|my "
        r"turn to die|the day i die|my life to end)\b(?! (?:row|valley|metal|star|cab|scene|of)\b)",
        unless=r"\b(?:game|movie|show|season|"
        + SHOW_EPISODE
        + r"|series|book|finale|album|band|character)\b",
    ),
    rule(
        "nothing_but_death",
        signs.HOPELESSNESS,
        # "Doesn't matter how many sessions I book, nothing fills this hole except death."
        r"\bnothing (?:\w+ ){0,2}?(?:fills|will fill|can fill|fixes|will fix|can fix|helps|will "
        r"help|stops|will stop|ends|will end|numbs|heals|will heal) (?:this|the|my|it)"
        r"(?: \w+){0,2}? (?:except|but|besides|other than|apart from) (?:death|dying|the grave|"
        r"ending it|ending my life|killing myself|being dead)\b",
    ),
    rule(
        "therapy_failing_want_out",
        signs.HOPELESSNESS,
        # "Even therapy isn't working, I want out for good."
        r"\b(?:nothing|not even (?:therapy|meds|medication)|even (?:therapy|my meds|meds|the meds|"
        r"medication))(?: is| are)? (?:not )?(?:working|helping|works|helps)\b.{0,40}?\bi "
        r"(?:just )?want out\b(?! of\b)",
        unless=r"\b(?:marriage|relationship|couples|divorce|lease|contract|job|group chat|class|"
        r"team|gym)\b",
    ),
    rule(
        "means_and_date_chosen",
        signs.PREPARATION,
        # "I've chosen the bridge and the date, I just needed to tell someone."
        rf"\b(?:chosen|chose|picked|decided on|settled on) (?:the|a|my) {_MEANS_CHOSEN} and "
        rf"(?:the|a) {_WHEN_CHOSEN}\b"
        rf"|\b(?:chosen|chose|picked|decided on|settled on) (?:the|a) {_WHEN_CHOSEN} and "
        rf"(?:the|a|my) {_MEANS_CHOSEN}\b",
        unless=r"\b(?:wedding|engagement|proposal|photos?|shoot|venue|party|run|race|marathon|"
        r"walk|hike|tour|picnic|reunion|trip|move|moving|lease|office|jump|bungee|class)\b",
    ),
    rule(
        "wounds_i_made",
        signs.SELF_HARM,
        # "A few of the wounds I made got infected and idk how to tell my mom."
        r"\b(?:wounds?|gashes|slashes) (?:that )?i (?:made|gave myself|did|carved)\b"
        r"(?! (?:in|on|into|to|with|for|at|from|of)\b)"
        r"|\b(?:cuts?|burns?) (?:that )?i (?:gave myself|carved|made on (?:my|myself))\b"
        r"|\b(?:cuts?|burns?) (?:that )?i made\b.{0,30}?\b(?:infected|bleeding|bled|scarr\w*|"
        r"healing|hide|hiding|sleeves?)\b"
        # "They think the bruises are from the gym but I know I do them myself."
        r"|\b(?:bruises|cuts|burns|scars|marks|wounds)\b.{0,60}?\bbut (?:i know |really |"
        r"actually |the truth is |honestly )?i (?:do|did|make|made|give|gave) (?:them|those|it|"
        r"that) (?:to )?myself\b",
        unless=r"\b(?:wall|walls|car|floor|table|paint|door|furniture|costume|makeup|bread|"
        r"dough|video|film|budget)\b",
    ),
    rule(
        "spare_them_of_me",
        signs.BURDEN,
        # "My friends are next. I should spare them the hassle permanently."
        r"\bspare (?:them|everyone|everybody|my (?!ex\b)\w+) (?:the (?:hassle|trouble|"
        r"burden|pain|stress|headache|drama|work)(?: of me)? |from me |of me )?(?:permanently|"
        r"for good|forever|once and for all)\b"
        r"|\bspare (?:them|everyone|everybody|my (?!ex\b)\w+) (?:from|of) (?:me|my existence|"
        r"having me around)\b",
        unless=r"\bby (?:getting|moving|buying|paying|hiring|doing|making|setting|canceling|"
        r"cancelling|unsubscribing|leaving the group|muting|fixing)\b",
    ),
    rule(
        "gun_rented_alone",
        signs.METHOD,
        # "There's a shooting range ten minutes away that rents guns, I checked if they let you
        # go alone."
        r"\b(?:range|gun (?:store|shop)|pawn shop)\b.{0,60}?\b(?:rents?|rent out|sells?|lends?)"
        r"\b.{0,60}?\b(?:checked|asked|called|looked up|looked into|wondering|wonder|googled|"
        r"found out) (?:if|whether) (?:they|you|i|it)\b.{0,30}?\b(?:alone|by (?:myself|yourself)|"
        r"on (?:my|your) own)\b",
    ),
    rule(
        "will_need_a_hospital",
        signs.HARM_OTHERS,
        # "Tyler's gonna need a hospital after saturday."
        r"\b(?:\w+'s|\w+ (?:is|are)) going to need (?:a|an) (?:hospital|ambulance|surgeon|er|"
        r"wheelchair) (?:after|when|once) (?:saturday|sunday|monday|tuesday|wednesday|thursday|"
        r"friday|tonight|tomorrow|this weekend|i (?:see|find|catch|get (?:to|my hands on)) "
        r"(?:him|her|them))\b",
        unless=_NOT_A_THREAT + r"|\b(?:surgery|operation|procedure|sick|fever|checkup|"
        r"appointment|flu|covid|fall|fell|pregnan\w*|due|delivery|chemo)\b",
    ),
    rule(
        "armed_if_they_show",
        signs.HARM_OTHERS,
        # "Brought a knife, if he shows he's done."
        r"\b(?:brought|bringing|got|have|packed|carrying|took|taking) (?:a|my|the) (?:knife|gun|"
        r"blade|piece|machete|pistol)\b.{0,30}?\bif (?:he|she|they|that \w+) (?:shows?|comes?|"
        r"shows up|comes around|tries)\b.{0,30}?\b(?:is|are) (?:done|dead|finished)\b"
        # Not "...we are done waiting".
        r"(?! (?:waiting|setting up|eating|cooking|with (?:the|dinner|lunch|work))\b)",
        unless=_NOT_A_THREAT + r"|\b(?:cake|pie|bread|picnic|cheese|fruit|steak|dinner|lunch|"
        r"potluck|camping)\b",
    ),
    rule(
        "not_driving_back",
        signs.HARM_OTHERS,
        # "The second he's alone at the lake house I'm driving up there and he's not driving
        # back."
        r"\bi am (?:driving|going|heading|coming|walking) (?:up |over |out |down )?(?:there|"
        r"over)\b.{0,20}?\b(?:and|,) (?:he|she|they) (?:is|are|will) not (?:driving|walking|"
        r"coming|making it|leaving|going) (?:back|home|out)\b",
        unless=_NOT_A_THREAT + r"|\b(?:flying|fly|flight|bus|train|uber|lyft|ride|staying|stay|"
        r"sleep\w*|spend the night|overnight|drunk|tired|rental)\b",
    ),
    rule(
        "armed_meeting",
        signs.HARM_OTHERS,
        # "I told my brother to bring his piece and meet me outside her apartment at midnight."
        r"\b(?:bring|brings|bringing|grab|grabbing) (?:his|your|my|the|a|her|their) (?:piece|"
        r"gun|strap|burner|glock|pistol|blicky|heat|knife|machete)\b.{0,40}?\bmeet (?:me|us)\b",
        unless=_NOT_A_THREAT + r"|\b(?:range|hunting|hunt|deer|(?:gun|safety|hunter|ccw|"
        r"concealed carry) (?:class|course|lesson)|cleaning|"
        r"gunsmith|repair|sell|selling|swap|trade|paintball|airsoft|nerf|water gun|glue gun|"
        r"heat gun|nail gun|kitchen|cooking|camping)\b",
    ),
    rule(
        "blocking_will_not_stop_me",
        signs.HARM_OTHERS,
        # "You think changing your number stops me, marco? your mom still lives on elm."
        r"\byou think (?:changing|blocking|moving|switching|deleting|a restraining order|a new "
        r"number|the police|the cops)\b.{0,30}?\b(?:stops|will stop|is going to stop|keeps|"
        r"will keep|is going to keep) me\b"
        r"(?! from (?:missing|loving|thinking|caring|wanting|crying|texting)\b)",
    ),
    rule(
        "let_myself_see",
        signs.SUICIDAL_THOUGHTS,
        # "idk if i'll let myself see february": a date one may not allow oneself to reach; not
        # "...let myself see him in february".
        r"\b(?:if|whether|not sure|unsure|doubt|do not think) i (?:will|would|am going to|should) "
        r"(?:let|allow) myself (?:to )?"
        r"(?:see|reach|make it to|live to see|live (?:until|till|through|past)) (?:the |next )?"
        # Not the months and season that are also names ("...see june, she hurt me").
        r"(?:january|february|march|july|august|september|october|november|december|"
        r"christmas|thanksgiving|my birthday|year|month|spring|fall|winter|"
        r"new year(?:'s)?|\d{4})(?=\s*(?:$|[,.;!?]|alive\b|this year\b))",
    ),
    rule(
        "always_this_want_out",
        signs.HOPELESSNESS,
        # "Life will always be this gray, i want out": out of life, not "out of retail".
        r"\b(?:life|my life|everything|the rest of my life) (?:will|is going to) (?:always|never) "
        r".{0,40}?\bi (?:just |really )?want (?:out|off)(?=\s*(?:$|[,.;!?]|for good\b|of (?:this|"
        r"my) life\b))",
    ),
    rule(
        "picked_where_to_jump",
        signs.METHOD,
        # "Picked the floor i'll jump from"; not a cliff over a lake.
        r"\b(?:picked|chose|chosen|found|decided on|settled on) (?:the|a|which) (?:floor|bridge|"
        r"building|roof|ledge|overpass|parking (?:garage|structure)|cliff|spot|window|balcony)\b"
        r".{0,20}?\bi (?:will|would|am going to|could) jump (?:off|from)\b",
        unless=r"\b(?:lake|river|quarry|water|pool|swim\w*|bungee|parachute|skydiv\w*|zip ?line|"
        r"trampoline|diving|dive|snow|ski\w*)\b",
    ),
    rule(
        "let_the_current_take_me",
        signs.METHOD,
        # "Swim out as far as I can and let the current take me"; not a tube down a river or
        # waves that carry one back in.
        r"\blet (?:the )?"
        + _WATER_THAT_TAKES
        + r" (?:take|carry|pull|drag|have) me\b(?! (?:back|in|home|to (?:shore|the beach|land))\b)"
        r"|\bswim out (?:until i (?:can not|could not) (?:come|get|make it) back|too far to "
        r"(?:come|swim|get|make it) back)\b",
        unless=r"\b(?:lazy river|tub(?:e|es|ed|ing)|raft\w*|float\w*|surf\w*|boogie|bodyboard|"
        r"kayak\w*|paddl\w*|buoy|lifeguard|pool)\b",
    ),
    rule(
        "last_before_i_die",
        signs.PREPARATION,
        # "Last shift at work before i die, left my locker clean"; not a last coffee before one
        # dies of boredom, nor a bucket list.
        r"\b(?:my |the |one )?last (?:shift|day|night|weekend|paycheck|class|session|dinner|visit|"
        r"walk|week|sunday|payday)\b.{0,30}?\bbefore i (?:die|am dead|am gone|kill myself|end it)\b"
        r"(?! (?:of|from|laughing|inside)\b)",
        unless=_JOKING + r"|\bbucket list\b|\b(?:retire\w*|vacation|maternity|paternity|"
        r"graduat\w*|wedding|baby is born|move to|moving to|moving out)\b",
    ),
    rule(
        "threat_dead_serious",
        signs.HARM_OTHERS,
        # "Gonna kill marco's new man, i'm dead serious": a threat on a person, said not to be a
        # joke; not an exam one means to "kill".
        r"\b(?:going to|will|want to|about to|plan to) (?:kill|stab|shoot|hurt|beat up) (?:"
        + _TARGET
        + r"|\w+'s (?:new )?\w+)\b.{0,40}?(?:\b(?:dead serious|swear to god)\b|"
        + NOT_JOKING
        + ")",
        unless=_NOT_A_THREAT,
    ),
    rule(
        "farewell_vehicle_and_note",
        signs.PREPARATION,
        # A truck signed over with a note of apology for everything; not a new car bought.
        r"\b(?:signed|gave|handed|transferred|left) (?:the (?:title|pink slip|keys) (?:of|to) )?my "
        r"(?:truck|car|motorcycle|bike|van)\b(?: \w+){0,2}? to\b.{0,80}?\b(?:note|letter|"
        r"message)\b.{0,20}?\b(?:apologi\w+|saying sorry|sorry) for everything\b",
        unless=r"\b(?:graduat\w*|birthday|new one|bought|upgrad\w*|sold|selling|lease|license|"
        r"insurance|dmv|moving|abroad|deploy\w*)\b",
    ),
    rule(
        "note_left_where_found",
        signs.PREPARATION,
        # A note for the family, left where it will be found, and nothing more said of it: "note
        # for my parents is on the fridge"; not one that goes on to say what it asks.
        r"^(?:the |a |my )?(?:note|letter|notes|letters) (?:for|to) (?:my )?(?:mom|dad|parents|"
        r"mom and dad|family|kids|wife|husband|sister|brother|grandma|roommates?)\b (?:is|are) "
        r"(?:on|under|in) (?:the|my) (?:fridge|pillow|desk|drawer|nightstand|bed|dresser|counter|"
        r"kitchen table|table)\s*$",
    ),
    rule(
        "goodbye_to_a_pet",
        signs.PREPARATION,
        # A goodbye to one's dog, told with nothing else: "said goodbye to my dog this morning".
        r"^(?:i )?(?:said|say|saying) (?:goodbye|bye|my goodbyes) to my (?:dog|cat|pup|puppy|"
        r"kitty|pets?|doggo|bird|bunny)(?: (?:this morning|today|tonight|last night|earlier))?"
        r"\s*(?:💔|😢|😭|🥺)?\s*$",
    ),
)
