// All finding messages, merged per language. The analysis engine returns keys; these tables say them.
import { conversationMessages } from './conversation';
import { hostileMessages } from './hostile';
import { promotionalMessages } from './promotional';
import { toneMessages } from './tone';
import type { FindingMessages } from './types';

const AREAS: FindingMessages[] = [promotionalMessages, hostileMessages, toneMessages, conversationMessages];

export const FINDING_MESSAGES: FindingMessages = {
  en: Object.assign({}, ...AREAS.map((a) => a.en)),
  de: Object.assign({}, ...AREAS.map((a) => a.de)),
};
