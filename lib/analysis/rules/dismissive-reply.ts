// Dismissive or defensive replies ("das stimmt nicht", "that's not true", "not our fault"). Criticism should be
// taken calmly and seriously (seed 004); in a reply to a complaint this is a warning, elsewhere a caution.
import { readItem } from '../context';
import { DISMISSIVE_DE } from '../lexicons/de/conversation';
import { DISMISSIVE_EN } from '../lexicons/en/conversation';
import type { Rule } from '../types';
import { phraseRule } from './shared/phrase-rule';

export const dismissiveReply: Rule = phraseRule({
  meta: { id: 'dismissive-reply', category: 'defensive', languages: ['de', 'en'], defaultSeverity: 'caution' },
  lists: { de: DISMISSIVE_DE, en: DISMISSIVE_EN },
  messageKey: 'finding.dismissive-reply',
  confidence: 0.8,
  severity: (input) => {
    const replyTo = input.context.replyTo;
    if (!replyTo) return 'caution';
    const reading = readItem(replyTo, input.context.langHint);
    return reading.isComplaint || reading.tone.score <= -0.3 ? 'warn' : 'caution';
  },
});
