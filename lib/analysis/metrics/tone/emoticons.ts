// Faces the tokenizer splits: ":c", ":O", ":S" arrive as a colon and a letter, and VADER reads them as faces.
import type { Token } from '../../types';
import { toneWords } from './words';

/** The face a punctuation token and the one-letter word right after it make, if the lexicon knows it. */
export function joinedEmoticon(punct: Token, next: Token | undefined): string | null {
  if (next?.kind !== 'word' || next.start !== punct.end || next.text.length !== 1 || punct.text.length > 2) return null;
  const eyes = punct.text[punct.text.length - 1];
  if (eyes !== ':' && eyes !== ';' && eyes !== '=') return null;
  const face = eyes + next.norm;
  return toneWords().words.get(face)?.en === undefined ? null : face;
}
