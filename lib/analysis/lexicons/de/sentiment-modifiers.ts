// German words that change a sentiment word's valence instead of carrying one: negations, intensifiers
// ("sehr", "mega", "echt"), dampeners, contrast words ("aber") and fixed phrases. Written by hand for Listen
// First (project licence), modelled on VADER's English lists; sorted.

export const NEGATIONS_DE = `kaum kein keine keinem keinen keiner keines ned net nicht nichts nie niemals niemand nirgends
nix ohne weder`;

/** Negations that may follow the word they negate ("das gefällt mir nicht"), within the clause. */
export const TRAILING_NEGATIONS_DE = 'ned net nicht nie niemals';

export const BOOSTERS_DE = `absolut arg äußerst außerordentlich besonders derbe echt enorm extrem gar höchst irre
komplett krass mega richtig sau sehr so sowas super total tierisch überaus ultra unfassbar ungemein unglaublich
unheimlich verdammt voll völlig wahnsinnig wirklich ziemlich zu zutiefst`;

export const DAMPENERS_DE = 'bisschen eher einigermaßen etwas fast halbwegs leicht relativ teilweise wenig';

export const CONTRASTS_DE = 'aber allerdings dennoch jedoch sondern trotzdem';

/** Comment on the whole sentence, so a later "nicht" neither negates them nor stops at them ("leider nicht"). */
export const SENTENCE_ADVERBS_DE = 'endlich hoffentlich leider';

/** Openings of a letter ("Liebe Corinna", "Lieber Kundenservice"): a salutation there, not love. */
export const SALUTATIONS_DE = 'liebe lieber liebes liebste liebster';

/** German words that are English sentiment words too ("Gift" is poison, "hell" is bright, "die" an article). */
export const FALSE_FRIENDS_DE = 'also ass bad brave dick die gag gift gross hand hell kind lack not tor war will';

/** Phrases with their own valence, including greetings whose words would otherwise count as praise. */
export const IDIOMS_DE = `daumen hoch 2
daumen runter -2
finger weg -2.5
geht so -0.6
geht gar nicht -2.3
gute nacht 0
guten abend 0
guten morgen 0
gerne wieder 2
guten tag 0
hätte besser sein können -1.2
hut ab 2.5
kann es kaum erwarten 2
kein problem 1
keine sorge 1
liebe grüße 0
mit freundlichen grüßen 0
na ja -0.5
nie wieder -2.5
schöne grüße 0
unter aller sau -3
viele grüße 0
warte seit -1.2
warten seit -1.2
weiter so 2
zum kotzen -3`;
