/**
 * Rules for thoughts of dying or of suicide ('suicidal-thoughts') and for ending one's life
 * or a method of doing so ('ending-it'). Each comment says what is matched and which
 * everyday phrases are deliberately left quiet, and why.
 */
import { DESIRE, ENDS_HERE, ME, PILLS, SUICIDAL, SUICIDE, WAKE_UP, rule, type CrisisRule } from './crisis-rule.js';

const R = String.raw;

export const DYING_RULES: readonly CrisisRule[] = [
  // Wanting, wishing, needing or being ready to die, or to stop existing; tense is ignored,
  // because "today I wanted to die" is as recent as a note gets. Quiet: "wanted to die of
  // embarrassment / shame / boredom", "die laughing", "to die for", the dye/die typo
  // ("want to die my hair"), plants and winds that "die back / down", "a hill to die on",
  // and wishes about old age or a good death ("want to die old and happy", "at home", "in
  // a hospice"). "I thought I was going to die" (panic) has no rule at all.
  rule('suicidal-thoughts', R`\b(?:wants?|wanted|wanting|wish(?:ed|es|ing)?|long(?:ed|ing)?|ready|need(?:ed)?|plan(?:ned|ning)?|would like|deserved?|prefer) to (?:just |really |simply |honestly |literally |finally |actually |genuinely |seriously |fucking |fkn )?(?:die|be dead|stop living|stop existing|not exist|cease to exist|not be alive)\b(?! (?:my|her|his|your|their|the) hair| of (?:embarrassment|shame|laughter|boredom|cringe|cuteness)| laughing| for\b(?! real| good)| (?:back|down|off|out)\b| on (?:this|that|a|the) hill| on(?=\s*(?:$|[.,;:!?]))| (?:old|happy|rich|famous|surrounded)\b| at home| in (?:a |the )?(?:hospital|hospice)| with dignity)`),
  // "I wish I could die", "wish I could fall asleep and not wake up".
  rule('suicidal-thoughts', R`\bwish(?:ed|es|ing)? (?:that )?i (?:could|would|might|can|will) (?:just |simply )?(?:die|be dead|stop existing|not exist|(?:fall asleep|go to sleep|sleep) and (?:never|not) ${WAKE_UP}|(?:not|never) ${WAKE_UP})\b`),
  // "I wish I was/were dead", "wish I'd been dead".
  rule('suicidal-thoughts', R`\bwish(?:ed|es|ing)? (?:that )?i (?:was|were|could be|would be|had been|would have been)(?: just)? (?:dead|gone for good|gone forever|never born)\b`),
  // "I should just die", "might as well be dead". The dye typo stays quiet.
  rule('suicidal-thoughts', R`\b(?:i should|i ought to|(?:might|may) as well) (?:just )?(?:die|be dead)\b(?! (?:my|her|his|the) hair)`),
  // "I'd rather be dead." matches; "I'd rather die than go to that meeting" is a preference
  // idiom and stays quiet, unless what follows "than" is about living or feeling this way.
  rule('suicidal-thoughts', R`\b(?:i would|would|i) rather (?:just )?(?:die|be dead|not be alive|not exist|not wake up)\b(?! than (?!(?:\S+ ){0,4}?(?:feel|feeling|live|living|go on|going on|keep going|carry on|wake up|another day)\b))`),
  // "Better off dead / not existing", whoever the sentence is about. "I shouldn't be
  // alive", "should never have been born".
  rule('suicidal-thoughts', R`\bbetter off (?:dead|not existing|not alive|never born|never being born|gone for good)\b|\b(?:should not|should never|do not deserve to|never should) (?:have )?(?:be|been) (?:alive|born)\b`),
  // Passive wishes: "I wish a car would hit me", "hope I get hit by a bus".
  rule('suicidal-thoughts', R`\b(?:wish|wished|wishing|hope|hoped|hoping|pray|prayed|praying) (?:that )?(?:a|the|some) (?:car|bus|truck|lorry|train|plane) (?:would |will )?(?:hit|hits|run me over|runs me over|kill|kills|crash|crashes)\b|\b(?:wish|wished|wishing|hope|hoped|hoping|pray|prayed|praying) (?:that )?i (?:get|got|would get|will get|could get) (?:hit|run over|killed)\b`),
  // Death as the way out: "the only way out is death", "dying is the only answer".
  rule('suicidal-thoughts', R`\b(?:only|one) way out is (?:death|to die|dying)\b|\b(?:death|dying) (?:is|feels like|seems like) the only (?:way out|answer|option|escape)\b`),
  // Kill / end / shoot / unalive myself. Quiet: hard-work and laughter idioms ("killing
  // myself at the gym / with work", "to finish this", "over exams", "killing myself
  // laughing"), "shot
  // myself in the foot", photo shoots, and accidents ("nearly killed myself tripping").
  // "I'd kill myself if I had to sit through that again" still matches: the words are the
  // clearest statement there is, and we cannot tell hyperbole from a real thought.
  rule('suicidal-thoughts', R`\b(?:kill|kil|killing|kiling|killed|kills|unalive|unaliving|unalived|end|ending|ended|shoot|shooting|shot) ${ME}\b(?! (?:laughing|with laughter|trying|falling|tripping|slipping|over (?:work|exams?|homework|revision|deadlines?|a deadline|the deadline|this deadline|this project|the project)|at (?:work|the gym|gym|training|practice)|to (?:get|finish|meet|make|keep|please|hit|lose|pass|be ready|impress)|with (?:all )?(?:this |that |the |so much )?(?:work|stress|sugar|junk food|junk|takeaways|coffee|caffeine|overtime|worry)|in the foot|on (?:camera|film|video)|for (?:a|the|my) (?:photo|portfolio|shoot|profile)|with (?:a|my|the) (?:camera|phone))\b)`),
  // "Unalive", a euphemism used only for suicide or killing.
  rule('suicidal-thoughts', R`\bunaliv(?:e|ed|ing)\b`),
  // "Off myself" as a verb; "take the pressure off myself" has no verb before "off".
  rule('suicidal-thoughts', R`\b(?:(?:to|just|going to|could|might|should|will|would) off|offing|offed) ${ME}\b`),
  // "kms" as a word; "ran 5 kms", "a few kms" are distances.
  rule('suicidal-thoughts', R`\bkms\b`, { quietAfter: R`\d[\d.,]*|a few|few|couple of|several|many|some|the|last|first|more|extra|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred|thousand` }),
  // Suicide, attempting or thinking of it, a note, a plan. The singular only: "suicides" is
  // a sprint drill or a statistic. Quiet: "career / social / political suicide", "Suicide
  // Squad", "suicide doors", "suicide prevention / awareness" training, "suicide rates /
  // statistics" in the news, "assisted suicide"
  // (usually a debate or a relative's illness). A friend's or relative's death by suicide
  // DOES match: bereavement by suicide is itself a risk, and the offer is only gentle.
  rule('suicidal-thoughts', R`\b(?:(?:thoughts?|thinking|thought|think|considering|considered|contemplating|contemplated) (?:of|about) )?(?:committing |commit |attempting |attempted |attempt |a )?${SUICIDE}\b(?! (?:squad|doors?|king|kings|runs?|sprints?|drills?|bomb(?:er|ers|ing|ings)?|missions?|prevention|awareness|forest|silence|blonde|rates?|statistics|stats|research|figures|data)\b)`, { quietAfter: R`career|social|political|commercial|professional|financial|fashion|electoral|brand|corporate|cell|cellular|assisted|physician assisted|physician-assisted|class` }),
  // Suicidal, suicidality. Quiet: "it would be suicidal to drive in this snow", "a suicidal
  // pace / overtake / tackle". "Not actively suicidal" still matches: in therapy it usually
  // means the passive thoughts are there.
  rule('suicidal-thoughts', R`\b${SUICIDAL}(?:ly|ity)?\b(?! (?:pace|mission|missions|move|moves|driving|driver|overtake|overtaking|tackle|tackles|attack|charge|tactics|strategy|run)\b| to (?!be honest|be fair|be truthful)\w)`),
  // Thinking or fantasising about dying, being dead, not waking up; "thoughts of death".
  // Plain "thinking about death" (grief, a podcast) is left out. Quiet: the dye typo,
  // "dying alone / young / old" (fears about ageing, not wishes).
  rule('suicidal-thoughts', R`\b(?:(?:thinking|think|thought|fantasi[sz](?:e|es|ed|ing)|obsess(?:ing|ed)|ruminat(?:e|ing)|daydream(?:ing|ed)?) (?:a lot |so much |constantly |all the time |more |again )?(?:about|of) (?:dying|being dead|not existing|not being alive|not being here|not ${WAKE_UP}|my (?:own )?death)|thoughts? (?:of|about) (?:dying|death|being dead|not existing|not being alive|not ${WAKE_UP}|my (?:own )?death))\b(?! (?:my|her|his|your|the) hair| alone| young| old)`),
  // Therapy shorthand: "passive SI", "SI thoughts". Bare "si" is Spanish or SI units.
  rule('suicidal-thoughts', R`\b(?:passive|active|passively|actively) si\b|\bsi (?:thoughts|urges|again|ideation)\b`),
  // Searching for a way: "painless ways to die", "looked up ways to die", "how to kill
  // myself". Bare "ways to die" is also a TV show and a game, so it needs one of these.
  rule('ending-it', R`\b(?:painless|easy|easiest|quick|quickest|best|peaceful|simple|(?:thinking|thought) (?:of|about)|look(?:ing|ed)? up|googl(?:e|ed|ing)|research(?:ed|ing)?|search(?:ed|ing)?(?: for)?|read(?:ing)? about) (?:ways?|methods?) (?:to|of) (?:die|dying|kill ${ME}|end (?:it|my life)|commit ${SUICIDE})\b|\bhow to (?:kill ${ME}|end my life|commit ${SUICIDE})\b`),
  // End it all / everything / once and for all. Quiet: ending a party or a night "on a high
  // note" or "with a bang / a toast", and ending a relationship ("with him", "between us").
  rule('ending-it', R`\b(?:end|ending|ended|ends) (?:it all|it once and for all|it for good|it forever|all of it|everything)\b(?! on a (?:high|good|positive|happy|sweet|great|nice|fun|lighter) note| with (?:a |an |the |some |my )?(?:bang|party|drinks?|toast|dance|song|cake|dessert|celebration|karaoke|fireworks|feast|kiss|hug|nightcap|friends|him|her|them|ex|boyfriend|girlfriend|partner|husband|wife)\b| between\b)`),
  // Wanting or planning to "end it" when nothing follows ("I just want to end it."); "end
  // it with him", "end it there" are about something else.
  rule('ending-it', R`\b(?:want|wanted|wanting|need|needed|going|ready|plan|planning|planned|decided|tempted|try|trying|tried|could|should|just|might|will|considering|contemplating|(?:feel|felt|feeling) like|(?:thinking|thought|think) (?:about|of)|wish i could)(?: to)? (?:just )?(?:end|ending) it${ENDS_HERE}`),
  // End / take my (own) life. Quiet: "life insurance", "life savings", and the recovery
  // phrases "taking my life back", "take my life one day at a time / in a new direction".
  // "The end of my life" never matches.
  // "I want it all to end", "want my life to be over". Not "want this week to be over".
  rule('ending-it', R`\b(?:want|wanted|wanting|need|needed|wish|wished|ready for) (?:it all|everything|my life|this life|all of it) to (?:end|be over|stop for good)\b`),
  rule('ending-it', R`\b(?:end|ending|ended|ends|take|taking|took|takes|taken) (?:my|my own) life\b(?! (?:insurance|assurance|cover|policy|savings|back|into|in (?:a|my|another|new|hand)|seriously|to the next|forward|off hold|more seriously|one day|a step|day by day)\b)`),
  rule('ending-it', R`\bput (?:an )?end to (?:my life|my own life|it all|${ME}|my existence)\b`),
  // "Ending things" alone is a known euphemism; "ending things with Alex" is a break-up and
  // the film title "I'm Thinking of Ending Things" stays quiet after "watched" or "read".
  rule('ending-it', R`\b(?:end|ending|ended) things(?=\s*(?:$|[.,;:!?…])| (?:now|tonight|today|soon|for good|forever|permanently|once and for all)\b)`, { quietAfter: R`(?:watched|watching|watch|saw|seen|see|read|reading|film|movie|book|called|titled) (?:i am )?thinking (?:of|about)` }),
  // Overdose. Quiet: "overdosed on chocolate", "an overdose of sunshine", "sugar overdose",
  // and the clinic's words "overdose risk / prevention / response / kit".
  rule('ending-it', R`\boverdos(?:e|ed|es|ing)\b(?! (?:on|of) (?!(?:\S+ ){0,3}?${PILLS}\b)| (?:risks?|prevention|awareness|training|kits?|warnings?|response|reversal)\b)`, { quietAfter: R`sugar|caffeine|vitamin|information|cuteness|nostalgia|sun|data|content|carb|chocolate|cheese` }),
  // "OD on" only with a medicine named; "want to OD" with a wish before it.
  rule('ending-it', R`\bod(?:ed|ing|ding|s)? on (?:\S+ ){0,3}?${PILLS}\b|\b(?:want to|going to|could|might|will|should|thinking about|thought about|planning to|plan to|urge to|tempted to|about to|just|ready to|need to) od\b`),
  // Taking all the pills at once, a whole bottle, stockpiling. "Take all my meds with food"
  // and "collect my meds from the pharmacy" stay quiet.
  rule('ending-it', R`\b(?:take|taking|took|swallow|swallowing|swallowed|down|downing|downed|neck|necking|necked) (?:all|every one|every single one|the rest) (?:of )?(?:my |the |those |these |her |his )?(?:\S+ )?${PILLS} (?:at once|in one go|together|at the same time|tonight|now)\b`),
  rule('ending-it', R`\b(?:take|taking|took|swallow|swallowing|swallowed|down|downing|downed|ate|eat|eating) (?:a |the |an )?(?:whole|entire|full) (?:bottle|packet|pack|box|strip|blister|tub|jar)s? of (?:\S+ )?${PILLS}\b`),
  rule('ending-it', R`\b(?:stockpil(?:e|ed|es|ing)|hoard(?:ed|ing|s)?|stash(?:ed|ing)?|sav(?:e|ed|ing) up)(?: up)? (?:\S+ ){0,2}?${PILLS}\b`),
  // Methods. Quiet: "hang myself out to dry", "drown myself in work / wine" (avoidant
  // coping, not a method), "this makes me want to jump off a bridge" (exasperation).
  rule('ending-it', R`\b(?:hang|hanging|hanged|hung) ${ME}\b(?! out to dry| up)`),
  rule('ending-it', R`\b(?:drown|drowning|drowned) ${ME}\b(?! with| in (?!(?:the |a )?(?:river|lake|sea|bath|bathtub|ocean|water|canal|pool|reservoir)\b))`),
  rule('ending-it', R`\b(?:slit|slitting|slash|slashing|slashed) (?:my |both |my own )?(?:wrists?|throat)\b`),
  rule('ending-it', R`\b${DESIRE} (?:jump|jumping|leap|leaping|step|stepping|throw ${ME}|throwing ${ME}) (?:off|from|in front of|under|into) (?:a|the|this|that|my) (?:bridge|building|roof|rooftop|cliff|balcony|tower|train|bus|car|truck|lorry|traffic|tube|motorway|river|sea|platform|window|car park)\b`, { quietAfter: R`(?:makes?|made|making) me` }),
  rule('ending-it', R`\b(?:throw|throwing|threw) ${ME} (?:in front of|under|off) (?:a|the) (?:train|bus|car|truck|lorry|bridge|building|roof|balcony|cliff)\b|\bjump(?:ing|ed)? in front of (?:a|the) (?:train|bus|car|truck|lorry|tube)\b`),
  rule('ending-it', R`\b${DESIRE} (?:drive|driving|drove|crash|crashing|crashed|swerve|swerving|steer|steering) (?:my car |the car )?(?:into|off|in front of) (?:a|the|oncoming) (?:tree|wall|bridge|cliff|traffic|lorry|truck|barrier|river|lamppost)\b`, { quietAfter: R`(?:makes?|made|making) me` }),
];
