// Shape of an entry in a phrase list that carries a suggested replacement.
export interface PhraseData {
  phrase: string;
  /** Replacement for the matched words; '' means remove them. */
  suggestion?: string;
}
