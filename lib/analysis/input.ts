// Turns a text and its context into what every rule and metric reads: tokens, language, active word lists.
import { activeLanguages, countFunctionWords, detectLanguage } from './language';
import { tokenize } from './tokenize';
import type { AnalysisContext, RuleInput } from './types';

export function buildInput(text: string, context: AnalysisContext = {}): RuleInput {
  // Callers pass whatever the page gave them; a non-string is read as its string form, never thrown on.
  const source = typeof text === 'string' ? text : String(text ?? '');
  const tokens = tokenize(source);
  const counts = countFunctionWords(tokens);
  const lang = detectLanguage(source, tokens, context.langHint, counts);
  return { text: source, lang, languages: activeLanguages(lang, tokens, counts), tokens, context };
}
