// Rules that judge a draft against its conversation: replies to criticism, register, disclosure, tone fit.
import type { Rule } from '../types';

export const CONVERSATION_RULES: Rule[] = [];
