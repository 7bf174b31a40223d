// Messages the background refused, counted per message type and reason in memory: a forged or broken sender shows
// up in the worker's console once (per type and reason) instead of flooding it, and tests can assert the count.

/**
 * `sender`: not a kind allowed to send this type; `shape`: a field missing, wrong or past a bound; `site`: an address
 * that is not on the sender's site.
 */
export type DropReason = 'sender' | 'shape' | 'site';

export class DropLog {
  private readonly counts = new Map<string, number>();

  note(type: string, reason: DropReason, detail = ''): void {
    const key = `${type} ${reason}`;
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    // Field paths only, never values: a dropped message may hold someone's comment.
    if (count === 1)
      console.warn(`Listen First: dropped ${type} (${reason}${detail ? `: ${detail}` : ''}); more are counted`);
  }

  count(type: string, reason?: DropReason): number {
    if (reason) return this.counts.get(`${type} ${reason}`) ?? 0;
    let total = 0;
    for (const [key, count] of this.counts) if (key.startsWith(`${type} `)) total += count;
    return total;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }
}
