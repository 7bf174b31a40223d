// The wait's class and age as the queue shows them.
import { describe, expect, it } from 'vitest';
import { waitAge, waitClass } from './age';

const MIN = 60_000;

describe('waitClass', () => {
  it('splits at 30 minutes and 24 hours, inclusive', () => {
    expect(waitClass(0, 30 * MIN)).toBe('fresh');
    expect(waitClass(0, 30 * MIN + 1)).toBe('day');
    expect(waitClass(0, 24 * 60 * MIN)).toBe('day');
    expect(waitClass(0, 24 * 60 * MIN + 1)).toBe('late');
  });
});

describe('waitAge', () => {
  it('names the largest whole unit and never goes below zero', () => {
    expect(waitAge(0, 59 * MIN)).toEqual({ unit: 'minutes', n: 59 });
    expect(waitAge(0, 47 * 60 * MIN)).toEqual({ unit: 'hours', n: 47 });
    expect(waitAge(0, 72 * 60 * MIN)).toEqual({ unit: 'days', n: 3 });
    expect(waitAge(5 * MIN, 0)).toEqual({ unit: 'minutes', n: 0 });
  });
});
