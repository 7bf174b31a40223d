// The registry of every rule the engine runs, in the order it runs them (findings at the same span keep it).
// A rule missing here does not run; rules/registry.test.ts fails when a rule file exists without being
// registered, explained in both UI languages, or tested.
import type { Rule } from '../types';
import { callToAction } from './call-to-action';
import { copyPaste } from './copy-paste';
import { dismissiveReply } from './dismissive-reply';
import { engagementAsk } from './engagement-ask';
import { hostileContempt } from './hostile-contempt';
import { hostileInsult } from './hostile-insult';
import { hostileProfanity } from './hostile-profanity';
import { hostileThreat } from './hostile-threat';
import { knowItAll } from './know-it-all';
import { lessIsMore } from './less-is-more';
import { missingAcknowledgment } from './missing-acknowledgment';
import { priceOffer } from './price-offer';
import { promotionalLink } from './promotional-link';
import { registerClash } from './register-clash';
import { registerMix } from './register-mix';
import { selfPromotion } from './self-promotion';
import { shouting } from './shouting';
import { symbolFlood } from './symbol-flood';
import { toneClash } from './tone-clash';
import { undisclosedAffiliation } from './undisclosed-affiliation';

/** The rules whose findings make the promotional and spam score (metrics/promotional.ts). */
export const PROMOTIONAL_RULES: readonly Rule[] = [
  callToAction,
  engagementAsk,
  selfPromotion,
  priceOffer,
  promotionalLink,
  copyPaste,
  shouting,
  symbolFlood,
];

/** The rules whose findings make the hostile score (metrics/hostile.ts). */
export const HOSTILE_RULES: readonly Rule[] = [hostileInsult, hostileProfanity, hostileThreat, hostileContempt];

/** Rules that judge a draft against its conversation: replies to criticism, register, disclosure, tone fit. */
export const CONVERSATION_RULES: readonly Rule[] = [
  knowItAll,
  dismissiveReply,
  missingAcknowledgment,
  registerMix,
  registerClash,
  undisclosedAffiliation,
  toneClash,
  lessIsMore,
];

export const RULES: readonly Rule[] = [...PROMOTIONAL_RULES, ...HOSTILE_RULES, ...CONVERSATION_RULES];
