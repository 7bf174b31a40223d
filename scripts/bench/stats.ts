// Timing helpers for the benchmarks: repeated runs, median and 95th percentile, printed in µs or ms.
export interface Timing {
  median: number;
  p95: number;
  runs: number;
}

/** Times fn over `runs` calls after `warmup` calls; figures in microseconds. */
export function timeCalls(fn: () => unknown, runs: number, warmup = Math.min(200, runs)): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const samples = new Float64Array(runs);
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    samples[i] = Number(process.hrtime.bigint() - start) / 1000;
  }
  samples.sort();
  return { median: samples[Math.floor(runs / 2)] ?? 0, p95: samples[Math.floor(runs * 0.95)] ?? 0, runs };
}

export const us = (x: number) => `${x.toFixed(1).padStart(8)} µs`;
export const ms = (x: number) => `${x.toFixed(1).padStart(8)} ms`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
