/**
 * Rules for not wanting to be alive or here ('not-wanting-to-be-here') and for hurting
 * oneself ('self-harm'). Each comment says what is matched and which everyday phrases are
 * deliberately left quiet, and why.
 */
import { GO_ON, GOING_ON, LIVE, LIVING, ME, WAKE_UP, rule, type CrisisRule } from './crisis-rule.js';

const R = String.raw;
const SOFTLY = R`(?:really |even |honestly |actually |just |particularly )?`;

export const LIVING_RULES: readonly CrisisRule[] = [
  // "I don't want to live / be alive / exist / wake up", "don't deserve to live". Quiet:
  // "don't want to live with my parents / in London" (residence) and "don't want to wake
  // up early / the baby" (see LIVE and WAKE_UP).
  rule('not-wanting-to-be-here', R`\b(?:do|does|did) not ${SOFTLY}(?:want|feel like|wish|deserve) (?:to )?(?:be alive|being alive|${LIVE}|${LIVING}|exist|existing|stay alive|staying alive|be on this earth|be in this world|go on living|continue living)\b`),
  rule('not-wanting-to-be-here', R`\b(?:do|does|did) not ${SOFTLY}want (?:this|my|a) life (?:anymore|any more|any longer)\b|\bwant to be gone(?=\s*(?:$|[.,;:!?])| (?:forever|for good|from this world)\b)`),
  // Waking up: present tense only; "didn't want to wake up this morning" is usually about
  // getting out of bed.
  rule('not-wanting-to-be-here', R`\b(?:do|does) not ${SOFTLY}(?:want|feel like|wish) (?:to )?${WAKE_UP}`),
  // "Don't want to be here" needs "anymore" or the like; alone it is as often about a
  // party, a job or a waiting room.
  rule('not-wanting-to-be-here', R`\b(?:do|does|did) not ${SOFTLY}(?:want|feel like|wish)(?: to)? (?:be here|be around) (?:anymore|any more|any longer|on this earth|in this world|on earth|at all)\b`),
  rule('not-wanting-to-be-here', R`\b(?:do|does|did) not ${SOFTLY}(?:want|feel like|wish|have the strength|have it in me)(?: to)? ${GO_ON}`),
  // "I'm not sure I want to live", "don't think I can go on", "don't know if I can make it
  // through the night".
  rule('not-wanting-to-be-here', R`\b(?:not sure|unsure|do not know if|do not know whether|do not think|not certain|no longer sure|not even sure)(?: if| whether| that)? i (?:want to|can|could|will|even want to|really want to) (?:${LIVE}|be alive|stay alive|${GO_ON}|exist|be here anymore|make it through (?:the night|tonight|another day))`),
  // "I can't go on (like this)", "can't live like this", "can't face another day". Not
  // "can't go on the trip". "Can't do this anymore" and "can't take it anymore" are left
  // out: they are everyday exhaustion far more often than not.
  rule('not-wanting-to-be-here', R`\b(?:can not|could not|unable to) ${SOFTLY}(?:${GO_ON}|${LIVE} (?:like this|this way|anymore|any more|any longer)|exist (?:like this|anymore|any longer)|face (?:another|one more) day|do life anymore)`),
  // "Tired of living / being alive", "done with life". "Sick of living in this flat" is
  // about the flat (see LIVING).
  rule('not-wanting-to-be-here', R`\b(?:tired|sick|exhausted|weary|done|finished) (?:of|with) (?:${LIVING}|being alive|life|existing|my life|${WAKE_UP}|being here|breathing)\b`),
  // "No reason to live", "no point in going on", "lost the will to live". Quiet: "no
  // reason to live in London"; "lost the will to live after three hours in the queue"
  // (exasperation: the time or place follows straight after).
  rule('not-wanting-to-be-here', R`\b(?:no|zero|not (?:a|any|one|much of a)|nothing|no more|no real|little|not see (?:a|any|the|much)|see no|lost (?:my|the|all)|losing (?:my|the)|without (?:a|any)) (?:single )?(?:reason|reasons|point|purpose|will|desire|meaning)(?: (?:in|to|for|of))? (?:${LIVE}|${LIVING}|be alive|being alive|${GO_ON}|${GOING_ON}|exist|existing|stay alive|staying alive|be here|being here|${WAKE_UP})\b(?! (?:after|during|watching|waiting|listening|sitting|queuing|queueing|reading)\b| (?:in|at) (?:this|that|the) (?:queue|meeting|lecture|traffic|party|dmv|call)\b)`),
  rule('not-wanting-to-be-here', R`\bnothing (?:left )?to live for\b|\bwhat is the point (?:of|in) (?:${LIVING}|being alive|${GOING_ON}|existing|staying alive|being here|${WAKE_UP}|life anymore)`),
  rule('not-wanting-to-be-here', R`\bnot (?:even )?worth (?:living|being alive|staying alive|waking up for)\b|\b(?:life|my life) (?:is|feels|seems) (?:not|no longer) worth it\b`),
  // "Better off without me", "they'd be happier without me", "easier for everyone if I
  // wasn't here". "The team did fine without me" is not it.
  rule('not-wanting-to-be-here', R`\bbetter off without me\b|\b(?:world|everyone|everybody|they|family|kids|children|people|he|she|we|friends) (?:would|will|would all|will all|would probably|would honestly) (?:be )?(?:so much |much |a lot |far |all )?(?:better|happier|relieved) (?:off )?without me\b`),
  rule('not-wanting-to-be-here', R`\b(?:easier|better|happier) for (?:everyone|everybody|them|all of them|my family|my kids|the kids|him|her|my parents|people) if i (?:(?:was|were|had|just|would) ){0,2}(?:not here|not around|not alive|gone|dead|died|disappeared|never born|never been born|did not exist|never existed|killed ${ME})\b`),
  rule('not-wanting-to-be-here', R`\b(?:better off|easier|simpler|better) if i (?:(?:was|were|had|just|would) ){0,2}(?:not here|not around|not alive|gone|dead|died|disappeared|never born|never been born|did not exist|never existed|killed ${ME})\b`),
  // "Nobody would notice if I died", "would anyone care if I was gone". Never negatable:
  // "they would not care if I died" says the same thing as "nobody would care".
  rule('not-wanting-to-be-here', R`\b(?:notice|care|miss me|be sad|cry|be relieved|be happier|be better off) (?:if|when) i (?:(?:was|were|just|am) )?(?:died|die|gone|dead|disappeared|disappear|killed ${ME}|not here|not around|vanished|left for good|never woke up|did not wake up)\b|\bif i (?:died|disappeared|killed ${ME}|was gone|were gone)(?: (?:tomorrow|today|tonight|now))?,? (?:no one|nobody|no body|who) (?:would|will) (?:even )?(?:miss|notice|care|cry)\b`, { negatable: false }),
  // "Nobody would miss me." on its own, or with a death after it; "nobody would miss me at
  // the party" is about the party.
  rule('not-wanting-to-be-here', R`\b(?:nobody|no one|no body) (?:would|will) (?:even |really |actually )?(?:miss me|notice i am gone)(?=\s*(?:$|[.,;:!?])| (?:anyway|at all|if i (?:died|was gone|were gone|disappeared|killed))\b)`),
  // "Hope I don't wake up", "sleep and never wake up", "praying I won't wake up". Quiet:
  // "hope I don't wake up late / the baby / with a migraine" (see WAKE_UP).
  rule('not-wanting-to-be-here', R`\b(?:hope|hoping|hoped|wish|wishing|pray|praying|prayed|want|wanting|asleep|sleep)(?: and)?(?: that)?(?: i)? (?:do not|never|will not|would not|did not|not) (?:to )?${WAKE_UP}`),
  // Disappearing for good. "I want to disappear" alone is as often embarrassment or social
  // overwhelm, so it needs "forever", "for good" or the like, and no destination ("disappear
  // forever into the mountains").
  rule('not-wanting-to-be-here', R`\b(?:want|wanted|wanting|wish|wished|wishing|could|just|need|needed) (?:to |i could |i would )?(?:just )?(?:disappear|vanish|fade away|cease to exist) (?:forever|for good|permanently|and never come back|off the face of the earth)\b(?! (?:into|to|in|on)\b)`),
  rule('not-wanting-to-be-here', R`\bwish(?:ed|es|ing)? (?:that )?i (?:(?:was|were|had|have|did|would|could) )?(?:not|never) (?:(?:been|be|was|have been) )?(?:born|exist|existed|alive|${WAKE_UP})\b|\bwish(?:ed|es|ing)? (?:that )?i (?:was|were|could be) (?:no longer (?:here|around)|not (?:here|around) (?:anymore|any more|any longer|at all|on this earth|in this world))\b`),
  rule('not-wanting-to-be-here', R`\b(?:disappointed|sad|angry|upset|annoyed|gutted|frustrated) (?:that |to find |to realise |to realize )?i (?:am|was|woke up|wake up|survived)(?: still)? (?:alive|breathing|still here)\b`),
  rule('not-wanting-to-be-here', R`\bdo not ${SOFTLY}care (?:if|whether) i (?:live|die|wake up|make it|survive)\b`),

  // Self-harm by name. Quiet: "self-harm awareness training" and the like. "Self-harm free
  // for 30 days" still matches: milestones are when relapse is close, and the offer is
  // gentle. "Self-destructive" (drinking, spending) is not self-harm here.
  rule('self-harm', R`\bself[ -]?(?:harm|harming|harmed|harms|injury|injuries|injure|injuring|injured|injurious|mutilation|mutilate|mutilating|mutilated|hurt|hurting)\b(?! (?:awareness|training|workshop|module|prevention|research|policy|policies|charity|lecture|course|webinar|leaflet|poster|statistics|stats|guidelines)\b)|\bnssi\b`),
  // Hurt / cut / burn / hit myself. Quiet: accidents and idioms: "cut myself a slice",
  // "cut myself off / short / some slack", "burned myself out", "burnt myself on the oven",
  // "cut myself shaving / chopping onions", "hurt myself at the gym / lifting / by
  // overthinking", "fell and hurt myself", "burned myself with the kettle". "With a razor /
  // lighter / blade / scissors / glass" still matches. "Hurt my back" is not "myself".
  rule('self-harm', R`\b(?:hurt|hurting|hurts|harm|harming|harmed|harms|cut|cutting|cuts|cutted|burn|burning|burned|burnt|burns|scratch|scratching|scratched|hit|hitting|hits|punch|punching|punched|bruise|bruising|bruised|stab|stabbing|stabbed) ${ME}\b(?! (?:at|on (?!purpose|my (?:arms?|legs?|thighs?|wrists?|stomach|hips?|skin)\b)|in (?:the|a) (?:gym|kitchen|garden|shower|process|game|match|race|park|car|office|field)|playing|lifting|running|falling|tripping|slipping|while|during|doing|trying|emotionally|financially|mentally|by|shaving|cooking|chopping|slicing|peeling|gardening|opening|baking|ironing|accidentally|a|an|some|another|off|short|free|loose|out|slack|climbing|cycling|skiing|dancing|training|working out|laughing|when i (?:fell|tripped|slipped|was)|with (?!(?:a |an |the |my |some |hot |broken )?(?:lighters?|cigarettes?|matches|match|blades?|razors?|knife|knives|scissors|glass|compass)\b)\w+)\b)`, { quietAfter: R`accidentally|fell and|fell over and|tripped and|slipped and` }),
  // Cutting named skin: plural arms, thighs, wrists are not an accident; a single arm or
  // leg needs "again", "deeper" or "on purpose".
  rule('self-harm', R`\b(?:cut|cutting|cuts|slice|slicing|sliced|carve|carving|carved) (?:my |into my |up my )?(?:arms|thighs|wrists?|skin|stomach)\b(?! (?:on|open on|while|by accident|accidentally|shaving|from|with (?:a|the) (?:tin|can|paper|glass|lid|knife))\b)|\b(?:cut|cutting) (?:my )?(?:arm|thigh|leg|legs|hip|hips) (?:again|deeper|on purpose|deliberately)\b|\bcut (?:myself )?(?:deeper|so deep|too deep)\b(?! into)|\buntil (?:it|i) (?:bled|bleed|bleeds)\b`),
  // Urges: "urge to cut", "tempted to self-harm". Quiet: "urge to cut my hair / corners /
  // ties / back on sugar".
  rule('self-harm', R`\b(?:urges?|urging|tempted|craving|cravings|itching|impulses?|compulsions?) (?:to |for |of )?(?:cut|cutting|self harm|self harming|sh|bleed|bleeding|burn ${ME}|hurt ${ME}|harm ${ME})\b(?! (?:the|a|an|my(?! self)|back|down|corners?|ties|costs?|it|this|that|out|him|her|them|you|off|in line|loose|carbs|sugar|hair|people|someone|everyone|things|contact|class|school|work|spending|calories|losses)\b|\s*\d)`),
  // "I want to cut." / "need to cut so bad" / "trying not to cut tonight": only when nothing
  // else is being cut.
  rule('self-harm', R`\b(?:(?:want|wanted|wanting|need|needed|needing|going|ready|about) to|(?:try|trying|tried|struggling|fighting|hard) not to) (?:cut|sh|bleed)(?=\s*(?:$|[.,;:!?…])| (?:again|so bad|so badly|tonight|right now|now|deeper|so much)\b)`),
  // Relapse and repetition: "relapsed and cut", "I cut again", "started cutting again".
  // Quiet: "been cutting carbs", "the power cut again".
  rule('self-harm', R`\b(?:relapsed|relapse|relapsing)(?: (?:on|with|into|and))? (?:cutting|self harm|self harming|sh|cut|hurting ${ME}|burning ${ME})\b|\bi (?:cut|sh|self harmed|hurt ${ME}) again\b|\bcutting again(?=\s*(?:$|[.,;:!?…]))`),
  rule('self-harm', R`\b(?:started|start|starting|been|keep|kept|back to|resorted to|resort to|went back to|go back to|going back to) cutting(?: again)?\b(?! (?:the|a|an|my|back|down|out|off|carbs|sugar|corners|ties|costs?|class|school|coupons|hair|it|grass|wood|fabric|people|things|someone|everyone|calories|meat|paper)\b)`),
  rule('self-harm', R`\b(?:new|fresh|deep|deeper) (?:cuts|scars|wounds) on my (?:arms?|thighs?|wrists?|legs?|stomach|hips?)\b(?! from)|\bsh (?:urges?|thoughts|again|relapse|scars|wounds|cuts)\b`),
];
