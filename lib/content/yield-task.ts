// Gives the page the main thread between two slices of our work. scheduler.yield where the browser has it: input and
// rendering go first, and the rest of the pass runs before other queued tasks. Else a MessageChannel task: setTimeout
// is clamped to 4 ms once nested five deep, a toll a pass of many slices would pay at every one.

type Yielder = () => Promise<void>;

interface WithScheduler {
  scheduler?: { yield?: () => Promise<void> };
}

let channel: MessageChannel | null = null;
const waiting: (() => void)[] = [];

function viaChannel(): Promise<void> {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => waiting.shift()?.();
  }
  const port = channel.port2;
  return new Promise((resolve) => {
    waiting.push(resolve);
    port.postMessage(null);
  });
}

/** The best way this browser has to end the current task and continue in a new one. */
export function taskYielder(global: WithScheduler = globalThis as WithScheduler): Yielder {
  const scheduler = global.scheduler;
  if (typeof scheduler?.yield === 'function') return () => (scheduler.yield as () => Promise<void>).call(scheduler);
  if (typeof MessageChannel === 'function') return viaChannel;
  return () => new Promise((resolve) => setTimeout(resolve, 0));
}
