// The scorer's numbers: VADER's empirically derived constants (Hutto & Gilbert 2014) and the label bands.

export const BOOST = 0.293;
export const CAPS_BOOST = 0.733;
export const NEGATION_SCALAR = -0.74;
export const EXCLAMATION = 0.292;
export const NORMALIZE_ALPHA = 15;
/** A sentence that asks ("Any good films out?") judges less than one that states; tuned on half the tweets. */
export const QUESTION_SCALAR = 0.7;
/**
 * Praise in a German question: in comments it is what is asked for or mocked ("Welcher Titel wäre gut?", "Geht's
 * noch besser?"), read so in GermEval 2018's tweets; rhetorical complaints keep QUESTION_SCALAR.
 */
export const QUESTION_PRAISE_DE = 0;
/** Labels: scores inside (NEGATIVE_AT, POSITIVE_AT) are neutral; VADER's bands, still best on the tuning half. */
export const POSITIVE_AT = 0.05;
export const NEGATIVE_AT = -0.05;
/**
 * From this many words a text is read as a document whose sentences are averaged (VADER's advice for longer
 * texts). Comments and tweets below it are one statement, scored whole as VADER was tuned.
 */
export const DOCUMENT_WORDS = 40;
