// Rules that judge a draft against its conversation: replies to criticism, register, disclosure, tone fit.
import type { Rule } from '../types';
import { dismissiveReply } from './dismissive-reply';
import { knowItAll } from './know-it-all';
import { lessIsMore } from './less-is-more';
import { missingAcknowledgment } from './missing-acknowledgment';
import { registerClash } from './register-clash';
import { registerMix } from './register-mix';
import { toneClash } from './tone-clash';
import { undisclosedAffiliation } from './undisclosed-affiliation';

export const CONVERSATION_RULES: Rule[] = [
  knowItAll,
  dismissiveReply,
  missingAcknowledgment,
  registerMix,
  registerClash,
  undisclosedAffiliation,
  toneClash,
  lessIsMore,
];
