// How long Listen First's script runs without a break on a page: a CPU profile of the page's thread, cut into
// stretches of consecutive samples whose stack holds our content script. The longest stretch is the longest a page
// waits on us in one go (the profiler adds a little; the figure is an upper bound).
import type { CDPSession, Page } from '@playwright/test';

interface ProfileNode {
  id: number;
  callFrame: { url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ScriptRuns {
  /** Milliseconds of the longest stretch, and how many stretches were over 50 ms. */
  longest: number;
  over50: number;
}

export async function profileScript(page: Page): Promise<{ stop(): Promise<ScriptRuns> }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return {
    async stop() {
      const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
      await cdp.detach();
      return stretches(profile);
    },
  };
}

function stretches(profile: Profile): ScriptRuns {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const value = Boolean(node?.callFrame.url.startsWith('chrome-extension://')) || (up !== undefined && isOurs(up));
    ours.set(id, value);
    return value;
  };
  const runs: number[] = [];
  let current = 0;
  profile.samples.forEach((id, i) => {
    const delta = (profile.timeDeltas[i] ?? 0) / 1000;
    if (isOurs(id)) current += delta;
    else if (current > 0) {
      runs.push(current);
      current = 0;
    }
  });
  if (current > 0) runs.push(current);
  return { longest: Math.max(0, ...runs), over50: runs.filter((r) => r > 50).length };
}
