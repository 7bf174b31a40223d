// English cues for thread-item triage: which comments ask something and which complain about a product,
// service or brand (both wait for an answer). Written by hand for Listen First (project licence) from the
// wording of customer comments; one phrase a line, sorted; "*" stands for any one word, "word*" for its forms.

/** Questions without a question mark, anywhere in a sentence ("any idea when ..."). */
export const QUESTION_PHRASES_EN = `
any idea
any ideas
anybody know
anyone know
can anyone
can somebody
can someone
could anyone
could someone
does anybody know
does anyone know
i was wondering
i wonder if
i'd like to know
please advise
quick question
was wondering
wondering if
`;

/** Openers that make a sentence a question even without "?" (wh-words with an auxiliary, aux-first asks). */
export const QUESTION_OPENERS_EN = `
are there
are they
are you
can i
can we
can you
could you
did you
do i
do you
does it
does this
has anyone
have you
how * i
how can
how come
how do
how does
how long
how many
how much
is it
is there
is this
what * i
what are
what does
what is
when are
when can
when does
when is
when will
where can
where do
where is
which *
who can
who do
why are
why can't
why do
why does
why don't
why is
will it
will there
will you
would you
`;

/** Tags that turn a statement into a rhetorical "right?": "That was great, right?" */
export const QUESTION_TAGS_EN = 'eh huh innit no ok okay right';

/** One-word questions that react rather than ask: "Really?", "Seriously?" */
export const REACTIONS_EN = 'huh no ok okay really right seriously sure wait what wtf yes';

/** A complaint by themselves, unless the comment is plainly positive. */
export const COMPLAINT_PHRASES_EN = `
been waiting
broken
cancel my
charged twice
complaint
doesn't work
does not work
don't work
never arrived
never received
no answer
no reply
no response
not fixed
not working
overcharged
refund
rip off
ripoff
scam
still broken
still hasn't
still haven't
still no
still not fixed
still not working
still waiting
stopped working
unacceptable
wasn't delivered
waste of money
wrong order
`;

/** Waiting, persistence and letdown: a complaint only about a topic below ("for two weeks", "again"). */
export const COMPLAINT_CUES_EN = `
again
days later
disappointed
fed up
for * days
for * hours
for * months
for * weeks
for days
for weeks
still not
yet again
`;

/** What a complaint is about: a complaint only when the comment's tone is negative. */
export const COMPLAINT_TOPICS_EN = `
account
app
bill
customer service
delivery
hotline
invoice
order
package
product
quality
service
shipping
subscription
support
update
`;
