// The task yielder prefers scheduler.yield and falls back to a new task where the browser has none.
import { describe, expect, it } from 'vitest';
import { taskYielder } from './yield-task';

describe('taskYielder', () => {
  it('uses scheduler.yield, called on the scheduler, where there is one', async () => {
    const calls: unknown[] = [];
    const scheduler = {
      yield(this: unknown) {
        calls.push(this);
        return Promise.resolve();
      },
    };
    await taskYielder({ scheduler })();
    expect(calls).toEqual([scheduler]);
  });

  it('otherwise continues in a later task, after work already queued', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('queued task'), 0);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const yielded = taskYielder({})().then(() => order.push('after yield'));
    void Promise.resolve().then(() => order.push('microtask'));
    await yielded;
    expect(order).toEqual(['queued task', 'microtask', 'after yield']);
  });
});
