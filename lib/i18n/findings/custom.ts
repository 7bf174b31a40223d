// UI messages for findings from the user's own lists (settings: phrases to always flag), in both languages.
import type { FindingMessages } from './types';

export const customMessages: FindingMessages = {
  en: {
    'finding.always-flag':
      'You asked to always flag “{phrase}” (settings: phrases to always flag). Check that it belongs in this post.',
  },
  de: {
    'finding.always-flag':
      'Du hast festgelegt, „{phrase}“ immer zu markieren (Einstellungen: immer markieren). Prüf, ob es in diesen Beitrag gehört.',
  },
};
