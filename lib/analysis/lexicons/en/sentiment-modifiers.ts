// English words that change a sentiment word's valence instead of carrying one: negations, boosters and
// dampeners, contrast words and fixed idioms. After VADER (MIT; Hutto & Gilbert, ICWSM 2014), sorted.

export const NEGATIONS_EN = `ain't aint aren't arent can't cannot cant couldn't couldnt daren't darent despite didn't didnt
doesn't doesnt don't dont hadn't hadnt hasn't hasnt haven't havent isn't isnt mightn't mightnt mustn't mustnt needn't
neednt neither never none nope nor not nothing nowhere oughtn't oughtnt rarely seldom shan't shant shouldn't shouldnt
uh-uh uhuh wasn't wasnt weren't werent without won't wont wouldn't wouldnt`;

export const BOOSTERS_EN = `absolutely amazingly awfully completely considerably decidedly deeply effing enormously epic
entirely especially exceptionally extremely fabulously flippin flipping frickin fricking friggin frigging fully
fucking greatly hella highly hugely incredibly intensely majorly more most particularly pretty purely quite really
remarkably so substantially thoroughly totally tremendously uber unbelievably unusually utterly very`;

export const DAMPENERS_EN = `almost barely hardly kinda kindof kind-of less little marginally occasionally partly
scarcely slightly somewhat sorta sortof sort-of`;

/** "but" and its kin: what follows weighs more than what precedes. */
export const CONTRASTS_EN = 'but however';

/** Idioms whose words mean something else alone: "phrase valence" a line. */
export const IDIOMS_EN = `bad ass 1.5
can't complain 1.2
can't wait 2
cannot wait 2
cant wait 2
could be better -1.2
could have been better -1.2
couldn't be happier 3
cut the mustard 2
do not buy -2
don't buy -2
hand to mouth -2
kiss of death -1.5
never again -2.2
no problem 1
no worries 1.2
stay away -1.8
steer clear -1.8
still waiting -1.2
the bomb 3
the shit 3
yeah right -2`;
