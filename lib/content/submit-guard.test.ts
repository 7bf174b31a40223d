// The guard's decision, path by path: a forged event is never judged, a clean draft passes and is recorded, a flagged
// one is held only when its card is confirmed on screen, and every failure lets the send through untouched.
import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../analysis/index';
import { DraftSession } from './draft-session';
import { type DraftVerdict, draftVerdict } from './draft-verdict';
import { type GuardSteps, guardSubmit, type SubmitEvent } from './submit-guard';

const PROMO = 'Jetzt kaufen! Nur heute 50 % Rabatt auf alles, klick auf den Link in meiner Bio!';
const CLEAN = 'Danke für den Hinweis, wir schauen uns das an.';

function event(isTrusted = true) {
  return { isTrusted, preventDefault: vi.fn(), stopImmediatePropagation: vi.fn() } satisfies SubmitEvent;
}

function steps(text: string, overrides: Partial<GuardSteps> = {}) {
  const recorded: [string, string][] = [];
  const warned: unknown[] = [];
  const session = new DraftSession();
  const base: GuardSteps = {
    active: () => true,
    readText: () => text,
    verdict: (t) => draftVerdict(analyze(t, { mode: 'draft' }), []),
    stops: (v: DraftVerdict) => v.verdict === 'warn',
    session,
    showCard: () => true,
    hideCard: vi.fn(),
    record: (outcome, t) => recorded.push([outcome, t]),
    warn: (error) => warned.push(error),
    ...overrides,
  };
  return { steps: base, recorded, warned, session };
}

const untouched = (e: ReturnType<typeof event>) => {
  expect(e.preventDefault).not.toHaveBeenCalled();
  expect(e.stopImmediatePropagation).not.toHaveBeenCalled();
};

describe('guardSubmit', () => {
  it('holds the first send of a flagged draft once its card is shown, and passes the second as "anyway"', () => {
    const s = steps(PROMO);
    const first = event();
    expect(guardSubmit(first, s.steps)).toBe('held');
    expect(first.preventDefault).toHaveBeenCalledOnce();
    expect(first.stopImmediatePropagation).toHaveBeenCalledOnce();
    expect(s.recorded).toEqual([]);
    const second = event();
    expect(guardSubmit(second, s.steps)).toBe('passed');
    untouched(second);
    expect(s.recorded).toEqual([['anyway', PROMO]]);
  });

  it('passes a clean draft untouched and records it as clean', () => {
    const s = steps(CLEAN);
    const e = event();
    expect(guardSubmit(e, s.steps)).toBe('passed');
    untouched(e);
    expect(s.recorded).toEqual([['clean', CLEAN]]);
  });

  it('ignores an event a script dispatched: no card, no record, no verdict computed', () => {
    const verdict = vi.fn((t: string) => draftVerdict(analyze(t, { mode: 'draft' }), []));
    const s = steps(PROMO, { verdict });
    const e = event(false);
    expect(guardSubmit(e, s.steps)).toBe('untrusted');
    untouched(e);
    expect(verdict).not.toHaveBeenCalled();
    expect(s.recorded).toEqual([]);
    // The forged send did not use up the warning: the user's own send of that text is still held.
    expect(guardSubmit(event(), s.steps)).toBe('held');
  });

  it('does nothing when the site is off, the layer is missing, or the draft is empty', () => {
    expect(guardSubmit(event(), steps(PROMO, { active: () => false }).steps)).toBe('inactive');
    expect(guardSubmit(event(), steps('   \n').steps)).toBe('inactive');
  });

  it('fails open when reading the draft throws', () => {
    const s = steps(PROMO, {
      readText: () => {
        throw new Error('editor gone');
      },
    });
    const e = event();
    expect(guardSubmit(e, s.steps)).toBe('failed');
    untouched(e);
    expect(s.warned).toHaveLength(1);
  });

  it('fails open when the analysis throws', () => {
    const s = steps(PROMO, {
      verdict: () => {
        throw new RangeError('bad offsets');
      },
    });
    const e = event();
    expect(guardSubmit(e, s.steps)).toBe('failed');
    untouched(e);
  });

  it('fails open when the forced test failure throws in active()', () => {
    const s = steps(PROMO, {
      active: () => {
        throw new Error('forced guard failure');
      },
    });
    const e = event();
    expect(guardSubmit(e, s.steps)).toBe('failed');
    untouched(e);
  });

  it('fails open when the card cannot be seen, takes it back, and keeps the warning for next time', () => {
    const hideCard = vi.fn();
    const s = steps(PROMO, { showCard: () => false, hideCard });
    const e = event();
    expect(guardSubmit(e, s.steps)).toBe('failed');
    untouched(e);
    expect(hideCard).toHaveBeenCalledOnce();
    // The user saw nothing: this send is not "posted anyway", and the session has no open warning.
    expect(s.session.warning).toBe(false);
  });

  it('fails open when drawing the card throws, and when taking it back throws too', () => {
    const s = steps(PROMO, {
      showCard: () => {
        throw new Error('layer removed');
      },
      hideCard: () => {
        throw new Error('still gone');
      },
    });
    const e = event();
    expect(guardSubmit(e, s.steps)).toBe('failed');
    untouched(e);
    expect(s.warned).toHaveLength(2);
  });

  it('lets the send through when recording it throws', () => {
    const s = steps(CLEAN, {
      record: () => {
        throw new Error('quota');
      },
    });
    const e = event();
    expect(guardSubmit(e, s.steps)).toBe('passed');
    untouched(e);
    expect(s.warned).toHaveLength(1);
  });
});
