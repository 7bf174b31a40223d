// "Less is more" (seed 000 #7): brands that comment on everything look pushy. From the local history's counts of
// the user's posts in this thread and today; a note about the whole draft, so its span is the start (no words).
import { makeFinding } from '../finding';
import type { Finding, Rule, RuleInput, RuleMeta } from '../types';

const meta: RuleMeta = {
  id: 'less-is-more',
  category: 'repetition',
  languages: 'any',
  defaultSeverity: 'caution',
  messageKeys: ['finding.less-is-more.thread', 'finding.less-is-more.today'],
};

/** From the third own comment in one thread a reader starts to notice; the second is only worth a note. */
const THREAD_NOTE = 2;
const THREAD_CAUTION = 3;
/** A day's posts across all sites: a busy community manager answers many; this is where it starts to look automated. */
const DAY_NOTE = 15;
const DAY_CAUTION = 30;

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

export const lessIsMore: Rule = {
  meta,
  check(input: RuleInput): Finding[] {
    const activity = input.context.activity;
    if (!activity || input.context.mode === 'item') return [];
    const findings: Finding[] = [];
    const inThread = count(activity.inThread);
    const today = count(activity.today);
    const at = { start: 0, end: 0 };
    if (inThread >= THREAD_NOTE) {
      findings.push(
        makeFinding(input, meta, at, 'finding.less-is-more.thread', {
          args: { count: inThread },
          severity: inThread >= THREAD_CAUTION ? 'caution' : 'info',
          confidence: inThread >= THREAD_CAUTION ? 0.7 : 0.5,
        }),
      );
    }
    if (today >= DAY_NOTE) {
      findings.push(
        makeFinding(input, meta, at, 'finding.less-is-more.today', {
          args: { count: today },
          severity: today >= DAY_CAUTION ? 'caution' : 'info',
          confidence: 0.5,
        }),
      );
    }
    return findings;
  },
};

export default lessIsMore;
