// German compound parts for the tone metric: first parts that judge or intensify the word they join, last parts
// that colour a compound, and look-alikes that are no such compounds. Written by hand for Listen First (project
// licence); no SentiWS, GerVADER or anything derived from them. Lower case, umlauts as written.

/** First parts that colour the whole word ("Scheißservice", "Hammerpreis"): "prefix valence" a line, sorted. */
export const PREFIXES_DE = `abzock -2.5
albtraum -2.5
alptraum -2.5
chaos -1.8
drecks -2.5
ekel -2.2
frust -1.8
hammer 2
hass -2.5
horror -2.2
kack -2
katastrophen -2.5
lieblings 2
lügen -2.2
mist -2
murks -2
pannen -1.8
pfusch -2.2
schand -2.5
scheiss -2.5
scheiß -2.5
schrott -2.2
schwachsinns -2.2
skandal -2
spitzen 2
super 2
top 2
traum 2
wucher -2.3`;

/**
 * First parts that intensify the word they join when that word judges: "sau|teuer", "mega|geil",
 * "stink|langweilig", "super|günstig". Alone they say nothing ("Saustall" is left to the list).
 */
export const INTENSIFYING_PREFIXES_DE = `affen arsch brand end extrem grotten hoch höllen hyper mega mords ober riesen sau
schweine stink super tod tot über ultra`;

/**
 * Last parts that colour a compound with their own valence from the word list: "Lieferchaos", "Zugausfall",
 * "Vorfreude". Only parts that keep their meaning at the end of a word ("Müll" does not: "Hausmüll").
 */
export const TAILS_DE = `abzocke albtraum alptraum angst ausfall betrug blödsinn chaos desaster enttäuschung erfolg
frechheit freude frust genuss glück horror irrsinn katastrophe knaller mangel murks panne pfusch pleite problem
probleme qual reinfall sauerei schaden schande schrott schwachsinn skandal spaß stress störung unsinn verspätung versagen
wucher zumutung ärger ärgernis`;

/**
 * Word starts that look like a judging prefix above but are words of their own: news has "Spitzenkandidat" and
 * "Topthema", shops have "Supermarkt", and "Trauma" is no dream.
 */
export const NOT_COMPOUNDS_DE = `hassel horrorfilm katastrophenhilfe katastrophenschutz mistel spitzenamt spitzenbeamt spitzenfunktion spitzengespräch spitzengremium
spitzenkandidat spitzenlast spitzenmanager spitzenpersonal spitzenpolitik spitzenposition spitzensteuer
spitzentreffen spitzenverband spitzenvertreter superbenzin superintendent superlativ supermarkt supervis topf
topmanage topograf topographi topolog topthem trauma traumat`;
