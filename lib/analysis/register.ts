// German forms of address: informal "du" versus formal "Sie". Community managers must not mix them in one
// reply, nor answer a "Sie" thread with "du" (or the reverse).
import type { Token } from './types';

export type Register = 'du' | 'sie';

const DU = new Set([
  'du',
  'dich',
  'dir',
  'dein',
  'deine',
  'deinen',
  'deinem',
  'deiner',
  'deines',
  'euch',
  'euer',
  'eure',
  'euren',
  'eurem',
  'eurer',
  'eures',
]);
// Formal address is capitalised; "sie"/"ihr" in lower case are she/they/her and say nothing about register.
const SIE = new Set(['Sie', 'Ihnen', 'Ihr', 'Ihre', 'Ihren', 'Ihrem', 'Ihrer', 'Ihres']);
const SENTENCE_END = /[.!?…:]$/;

/** Formal pronouns are only evidence where capitalisation is not explained by a sentence start. */
function isMidSentence(tokens: readonly Token[], index: number): boolean {
  if (index === 0) return false;
  const previous = tokens[index - 1];
  return previous !== undefined && !(previous.kind === 'punct' && SENTENCE_END.test(previous.text));
}

export interface RegisterEvidence {
  du: Token[];
  sie: Token[];
}

// Several rules ask for the same text's evidence in one analysis; remember the last answer.
let lastTokens: readonly Token[] | null = null;
let lastEvidence: RegisterEvidence = { du: [], sie: [] };

export function registerEvidence(tokens: readonly Token[]): RegisterEvidence {
  if (tokens === lastTokens) return lastEvidence;
  lastEvidence = collectEvidence(tokens);
  lastTokens = tokens;
  return lastEvidence;
}

function collectEvidence(tokens: readonly Token[]): RegisterEvidence {
  const du: Token[] = [];
  const sie: Token[] = [];
  for (const [i, t] of tokens.entries()) {
    if (t.kind !== 'word') continue;
    if (DU.has(t.norm)) du.push(t);
    else if (SIE.has(t.text) && isMidSentence(tokens, i)) sie.push(t);
  }
  return { du, sie };
}

export function dominantRegister(evidence: RegisterEvidence): Register | null {
  if (evidence.du.length === evidence.sie.length) return null;
  return evidence.du.length > evidence.sie.length ? 'du' : 'sie';
}

/** Replacements that are safe without touching the verb: object and possessive forms only. */
export const TO_SIE: Record<string, string> = {
  dich: 'Sie',
  dir: 'Ihnen',
  dein: 'Ihr',
  deine: 'Ihre',
  deinen: 'Ihren',
  deinem: 'Ihrem',
  deiner: 'Ihrer',
  deines: 'Ihres',
  euch: 'Sie',
  euer: 'Ihr',
  eure: 'Ihre',
  euren: 'Ihren',
  eurem: 'Ihrem',
  eurer: 'Ihrer',
  eures: 'Ihres',
};
export const TO_DU: Record<string, string> = {
  Ihnen: 'dir',
  Ihr: 'dein',
  Ihre: 'deine',
  Ihren: 'deinen',
  Ihrem: 'deinem',
  Ihrer: 'deiner',
  Ihres: 'deines',
};
