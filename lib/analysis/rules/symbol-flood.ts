// Floods of hashtags, @mentions and emoji: the look of reach-hunting posts. Emoji rows are also plain joy,
// so they weigh least; tag floods a little more. Suggestions keep a couple and drop the rest.
import { makeFinding } from '../finding';
import type { Finding, Rule, RuleInput, RuleMeta, Token, TokenKind } from '../types';
import { severityFor } from './shared/promotional';

const meta: RuleMeta = {
  id: 'symbol-flood',
  category: 'spam',
  languages: 'any',
  defaultSeverity: 'info',
  messageKeys: ['finding.promo.hashtagFlood', 'finding.promo.mentionFlood', 'finding.promo.emojiFlood'],
};

/** Tokens of one kind that follow each other with nothing but spaces between: one visible block. */
function runs(tokens: readonly Token[], kind: TokenKind, text: string): Token[][] {
  const out: Token[][] = [];
  let run: Token[] = [];
  for (const t of tokens) {
    const prev = run[run.length - 1];
    if (t.kind === kind && (!prev || text.slice(prev.end, t.start).trim() === '')) run.push(t);
    else {
      if (run.length) out.push(run);
      run = t.kind === kind ? [t] : [];
    }
  }
  if (run.length) out.push(run);
  return out;
}

export const symbolFlood: Rule = {
  meta,
  check(input: RuleInput): Finding[] {
    const { tokens, text } = input;
    const findings: Finding[] = [];
    const counts = { hashtag: 0, mention: 0, emoji: 0 };
    // Handles before the first word address a reply (networks put them there themselves); only tags inside count.
    let lead = 0;
    while (tokens[lead]?.kind === 'mention') lead++;
    for (let i = lead; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.kind === 'hashtag' || t.kind === 'mention' || t.kind === 'emoji') counts[t.kind]++;
    }
    if (counts.hashtag < 4 && counts.mention < 4 && counts.emoji < 5) return findings;

    for (const [kind, key] of [
      ['hashtag', 'finding.promo.hashtagFlood'],
      ['mention', 'finding.promo.mentionFlood'],
    ] as const) {
      const count = counts[kind];
      if (count < 4) continue;
      const all = tokens.filter((t, i) => t.kind === kind && i >= lead);
      const [first, second] = all;
      const last = all[all.length - 1] as Token;
      const confidence = count >= 6 ? 0.4 : 0.3;
      // One block of hashtags: keep the two that say what the post is about. Mentions: whom to tag is the writer's call.
      const oneBlock = runs(tokens.slice(lead), kind, text).length === 1;
      const suggestions = kind === 'hashtag' && oneBlock && second ? [`${(first as Token).text} ${second.text}`] : [];
      findings.push(
        makeFinding(input, meta, { start: (first as Token).start, end: last.end }, key, {
          args: { count },
          suggestions,
          confidence,
          severity: severityFor(confidence),
        }),
      );
    }

    for (const run of counts.emoji >= 5 ? runs(tokens, 'emoji', text) : []) {
      if (run.length < 5) continue;
      const first = run[0] as Token;
      findings.push(
        makeFinding(
          input,
          meta,
          { start: first.start, end: (run[run.length - 1] as Token).end },
          'finding.promo.emojiFlood',
          {
            args: { count: run.length },
            suggestions: [first.text],
            confidence: 0.15,
            severity: 'info',
          },
        ),
      );
      if (findings.length > 8) break;
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};

export default symbolFlood;
