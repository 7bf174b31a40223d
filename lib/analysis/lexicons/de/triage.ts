// German cues for thread-item triage: which comments ask something and which complain about a product,
// service or brand (both wait for an answer). Written by hand for Listen First (project licence) from the
// wording of customer comments; one phrase a line, sorted; "*" stands for any one word, "word*" for its forms.

/** Questions without a question mark, anywhere in a sentence ("weiß jemand, ob ..."). */
export const QUESTION_PHRASES_DE = `
bitte um info
bitte um rückmeldung
habe eine frage
hat jemand eine idee
hat jemand erfahrung
ich frage mich
ich wollte fragen
kann mir jemand
kann mir wer
kennt jemand
kennt sich jemand
kurze frage
weiß jemand
weiß wer
weiss jemand
wollte mal fragen
`;

/** Openers that make a sentence a question even without "?" (wh-words with a verb, verb-first asks). */
export const QUESTION_OPENERS_DE = `
bekomme ich
gibt es
habt ihr
haben sie
hast du
ist das
ist es
kann ich
kann man
kannst du
könnt ihr
können sie
muss ich
muss man
wann *
warum *
was kostet
weshalb
weißt du
welche *
welcher *
welches *
wer hat
wer kann
wie bekomme
wie funktioniert
wie kann
wie komme
wie lange
wie viel
wie viele
wieso
wird es
wisst ihr
wissen sie
wo bekomme
wo finde
wo kann
wohin
`;

/** Tags that turn a statement into a rhetorical "right?": "Das ist doch super, oder?" */
export const QUESTION_TAGS_DE = 'gell gelle gelt nich nicht ne nee oda oder odr wa';

/** One-word questions that react rather than ask: "Echt?", "Ernsthaft?" */
export const REACTIONS_DE = 'echt ernsthaft hä häh ja jetzt nein nicht oder ok okay sicher wirklich';

/** A complaint by themselves, unless the comment is plainly positive. */
export const COMPLAINT_PHRASES_DE = `
beschwerde
defekt
defekte
erstattung
falsch geliefert
funktioniert immer noch nicht
funktioniert nicht
geht nicht mehr
geld zurück
inakzeptabel
kaputt
kaputte
kaputten
keine antwort
keine reaktion
keine rückmeldung
kündige
kündigen
kündigung
nicht angekommen
nicht erreichbar
nicht geliefert
nie angekommen
reklamation
reklamieren
rückerstattung
storniert
unzumutbar
verspätet
warte immer noch
warte seit
warten seit
wartet seit
`;

/** Waiting, persistence and outrage: a complaint only about a topic below ("seit Wochen", "eine Frechheit"). */
export const COMPLAINT_CUES_DE = `
abgezockt
abzocke
beschweren
betrug
enttäuscht
frechheit
immer noch kein
immer noch keine
immer noch nicht
mangelhaft
nie wieder
noch immer kein
noch immer keine
noch immer nicht
schon wieder
seit * monaten
seit * stunden
seit * tagen
seit * wochen
seit tagen
seit wochen
unbrauchbar
unverschämt
unverschämtheit
zumutung
`;

/** What a complaint is about: a complaint only when the comment's tone is negative. */
export const COMPLAINT_TOPICS_DE = `
app
bestellung
hotline
kundendienst
kundenservice
lieferung
paket
produkt
qualität
rechnung
service
support
update
vertrag
ware
`;
