// The registry of every rule the engine runs. A rule missing here does not run; rules/registry.test.ts
// fails when a rule file exists without being registered, documented in the UI tables, or tested.
import { HOSTILE_RULES } from '../metrics/hostile';
import { PROMOTIONAL_RULES } from '../metrics/promotional';
import type { Rule } from '../types';
import { CONVERSATION_RULES } from './conversation';

export const RULES: readonly Rule[] = [...PROMOTIONAL_RULES, ...HOSTILE_RULES, ...CONVERSATION_RULES];
