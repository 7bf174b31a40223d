// Know-it-all and condescending wording ("das weiß doch jeder", "educate yourself"): the seed articles' advice
// is to stay factual and human; talking down to people turns a discussion against the brand.
import { KNOW_IT_ALL_DE } from '../lexicons/de/conversation';
import { KNOW_IT_ALL_EN } from '../lexicons/en/conversation';
import type { Rule } from '../types';
import { phraseRule } from './shared/phrase-rule';

export const knowItAll: Rule = phraseRule({
  meta: { id: 'know-it-all', category: 'condescending', languages: ['de', 'en'], defaultSeverity: 'caution' },
  lists: { de: KNOW_IT_ALL_DE, en: KNOW_IT_ALL_EN },
  messageKey: 'finding.know-it-all',
  confidence: 0.75,
});
