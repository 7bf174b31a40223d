// German words that change a sentiment word's valence instead of carrying one: negations, intensifiers
// ("sehr", "mega", "echt"), dampeners, contrast words ("aber"), fixed phrases, and words that judge only when
// negated or drawn out. Written by hand for Listen First (project licence), modelled on VADER's English lists.

export const NEGATIONS_DE = `garnicht kaum kein keine keinem keinen keiner keinerlei keines keineswegs keinesfalls
mitnichten ned net nich nicht nichts nie niemals niemand nimmer nirgends nirgendwo nix null ohne weder`;

/** "nicht" and its spellings: they negate verbs and adjectives, not a noun ("nicht über den Skandal"). */
export const NICHT_DE = 'garnicht ned net nich nicht';

/** Negations that may follow the word they negate ("das gefällt mir nicht"), within the clause. */
export const TRAILING_NEGATIONS_DE = 'garnicht keineswegs ned net nich nicht nichts nie niemals nimmer nix';

/**
 * Intensifiers, with the colloquial ones of social media ("voll", "mega", "echt", "brutal", "übelst"). Words that
 * judge alone ("furchtbar", "irre") are here too: before another judging word they boost it ("furchtbar nett").
 */
export const BOOSTERS_DE = `absolut abartig arg ausgesprochen außergewöhnlich äußerst außerordentlich besonders
brutal derart dermaßen derbe echt endlos enorm entsetzlich ewig extrem extremst furchtbar fürchterlich gar gänzlich
hochgradig höchst immens irre komplett krass massiv maßlos mega omg ordentlich richtig sau schrecklich schwer sehr
so sowas stark super tief tierisch total übelst überaus überhaupt ultra unbeschreiblich unendlich unfassbar
ungeheuer ungemein unglaublich unheimlich verdammt viel voll vollkommen völlig wahnsinnig wirklich ziemlich zu
zutiefst
absolute absoluten absoluter absolutes echte echten echter echtes enorme enormen enormer extreme extremen extremer
komplette kompletten kompletter komplettes massive massiven massiver reine reinen reiner reinste reinsten richtige
richtigen richtiger riesige riesigen riesiger riesiges totale totalen totaler totales tiefe tiefen völlige völligen
völliger wahre wahren wahrer große großen großer großes größte größten`;

/** Dampeners and hedges: "eher gut", "etwas teuer", "vllt ganz ok", "im Grunde gut". */
export const DAMPENERS_DE = `beinahe bedingt bisschen eher eigentlich einigermaßen etwas eventuell evtl fast
geringfügig halbwegs leicht minimal möglicherweise relativ stellenweise teils teilweise vielleicht vllt vlt
weitgehend wenig wohl`;

export const CONTRASTS_DE = 'aber allerdings dennoch jedoch sondern trotzdem';

/** Comment on the whole sentence, so a later "nicht" neither negates them nor stops at them ("leider nicht"). */
export const SENTENCE_ADVERBS_DE = 'endlich hoffentlich leider';

/** Openings of a letter ("Liebe Corinna", "Lieber Kundenservice"): a salutation there, not love. */
export const SALUTATIONS_DE = 'liebe lieber liebes liebste liebster';

/** Modal verbs: "gerne" after them in a clause is a wish ("ich hätte gerne", "würde gern wissen"), not praise. */
export const MODALS_DE = `darf dürfen hätte hätten kann kannst können könnte könnten möchte möchten möchtest will
wollen wollte würde würden`;

/** Fixes: the trouble named before them in their clause is over ("Problem gelöst", "Störung behoben"). */
export const RESOLVED_DE = 'behoben beseitigt erledigt geklärt gelöst repariert';

/** Praise as an adjective or verb, neutral as a capitalised noun: "zweiter Klasse", "die Genossen", "an der Spitze". */
export const NEUTRAL_NOUNS_DE = 'genossen klasse spitze';

/**
 * German words that are English sentiment words too ("Gift" is poison, "hell" is bright, "die" an article,
 * "Kinder" children, "Lied" a song), and English loanwords that German uses without judging ("Support", "Like").
 */
export const FALSE_FRIENDS_DE = `also ass bad brave care chance demonstration dick die fallen fan gag gg gift gross hand
hell help kind kinder lack lied like likes nah not party play pride ready share special support sure tor war warm
wellness will`;

/**
 * Words that judge only when negated: "funktioniert nicht", "keine Antwort", "nicht erreichbar", "niemand hilft".
 * Alone they state a fact. "word valence" a line, sorted; the valence is that of the negated phrase.
 */
export const NEGATED_ONLY_DE = `angekommen -1.5
ankommt -1.5
antwort -1.5
antworten -1.5
antwortet -1.5
bearbeitet -1.2
bekommen -1
bringt -1.2
erhalten -1
erreichbar -1.5
ersatz -1.2
erstattet -1.5
erstattung -1.5
funktionieren -1.8
funktioniert -1.8
funktionierte -1.8
gekümmert -1.5
geliefert -1.5
gemeldet -1.5
helfen -1.5
hilfe -1.5
hilft -1.5
info -1
information -1
informationen -1
infos -1
internet -1.5
kümmert -1.5
lieferbar -1
lädt -1.5
läuft -1.5
lösung -1.5
meldet -1.5
netz -1.5
reagiert -1.5
reaktion -1.5
rückmeldung -1.5
rückruf -1.5
startet -1.5
strom -1.5
verbindung -1.5
verfügbar -1
wlan -1.5
zurückgerufen -1.5`;

/** Phrases that negate the word after them, as "nicht" does: "alles andere als gut", "von wegen schnell". */
export const NEGATION_PHRASES_DE = `alles andere als
bei weitem nicht
kein bisschen
kein stück
von wegen
weit davon entfernt
weit entfernt von`;

/**
 * Laughter and grins in German comments: with judging words they follow them ("zu spät 😂" mocks, "so witzig 😂"
 * delights), alone they are joy.
 */
export const LAUGHTER_DE = `:d ;) ;-) haha hahah hahaha hahahaha hehe hehehe hihi hihihi lmao lol lool rofl xd xdd 😀 😁 😂
😃 😄 😅 😆 😉 😛 😜 😝 😹 🤣`;

/** Irony markers: after them, praise in the same comment is read as its opposite ("Toller Service 🙄"). */
export const IRONY_DE = `ironie sarkasmus 🙃 🙄`;

/** Answers and sighs that judge only when drawn out: "neeein", "jaaa", "mennooo". "word valence" a line. */
export const ELONGATED_DE = `ja 1.5
jippie 2.5
juhu 2.5
mann -1
menno -1.5
nein -1.5
oh 0.5
puh -1`;

/**
 * Phrases with their own valence, including greetings and wishes whose words would otherwise count as praise,
 * ironic praise ("na toll", "danke für nichts"), and "gut" before an amount ("gut 20 Minuten": about). "#" is a
 * number. "phrase valence" a line, sorted.
 */
export const IDIOMS_DE = `alles gute 1.5
am besten 0.5
beste grüße 0
besten dank 1.8
bis bald 0
dank dir 1.5
dank euch 1.5
dank für nichts -2.5
danke für gar nichts -2.5
danke für nichts -2.5
danke im voraus 0
danke vorab 0
das allerletzte -3
daumen hoch 2
daumen runter -2
echt das letzte -2.5
ein hoch auf 2
ein schlechter witz -2.5
ein witz -1.8
einen schönen tag 0
epic fail -2.8
fallen aus -1.5
fiel aus -1.5
finger weg -2.5
freundliche grüße 0
fällt aus -1.5
fünf sterne 2.5
geht gar nicht -2.3
geht so -0.6
geht's noch -2
gehts noch -2
gern geschehen 1.5
gerne wieder 2
großen dank 2
gut # 0
gut die hälfte 0
gut ein 0
gut eine 0
gut einen 0
gute besserung 1
gute fahrt 0
gute nacht 0
gute reise 0
guten abend 0
guten appetit 0
guten morgen 0
guten tag 0
gönn dir 1.5
herzliche grüße 0
herzlichen dank 2
herzlichen dank für nichts -3
hin und weg 2.5
hut ab 2.5
hätte besser sein können -1.2
ihr lieben 1
in ordnung 1.2
kann es kaum erwarten 2
kein bock -1.5
kein problem 1
kein thema 1
keine sorge 1
keinen bock -1.5
liebe grüsse 0
liebe grüße 0
lieben dank 2
lieben gruß 0
läuft bei dir 2
läuft bei euch 1.5
mag ja sein 0
mag sein 0
mein dank 1.5
mit freundlichen grüßen 0
na bravo -2
na danke -1.5
na gut 0
na ja -0.5
na klasse -2
na prima -2
na super -2
na toll -2
nicht mein ding -1.2
nie wieder -2.5
null bock -1.5
null sterne -2.5
regt mich auf -2
schmeckt nach mehr 2
schmeckt nach nichts -2
schon wieder -1
schöne feiertage 0
schöne grüße 0
schönen abend 0
schönen sonntag 0
schönen tag 0
schönen tag noch 0
schönes wochenende 0
seid das letzte -2.5
seit # minuten -1
seit # monaten -1.5
seit # stunden -1.2
seit # tagen -1.2
seit # wochen -1.5
seit monaten -1
seit stunden -1
seit tagen -1
seit wochen -1
so gut wie 0
tausend dank 2
total daneben -2
unter aller kanone -3
unter aller sau -3
viel erfolg 0.8
viel glück 0.8
viel spaß 0.8
viel zu spät -2
viele grüße 0
vielen dank 1.8
vielen dank für nichts -3
vielen dank im voraus 0
vielen lieben dank 2.3
voll daneben -2
volle punktzahl 2.5
völlig daneben -2
warte seit -1.2
warten seit -1.2
weiter so 2
wie pappe -2
ziemlich daneben -1.8
zu spät -1.5
zum glück 1.5
zum kotzen -3
zum wiederholten mal -1.5
zum x-ten mal -1.5`;
