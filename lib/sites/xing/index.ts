// PLACEHOLDER until the xing adapter lands: finds nothing. Replaced by the real adapter (selectors.ts, strings.ts).
import type { SiteAdapter } from '../types';

export const xingAdapter: SiteAdapter = {
  id: 'xing',
  selectors: {},
  findThreadRoot: () => null,
  threadId: () => null,
  readPost: () => null,
  findItems: () => [],
  readItem: () => null,
};
