// Builds the analysis engine's word lists and matchers one per task before the first reading pass: built all at once,
// on the first comment, they would hold the page for one long task (tens of milliseconds on a slow machine).
import { analyze } from '../analysis/index';
import { warmEnginePart } from '../analysis/warm';
import { loadModels } from './models-load';
import { taskYielder } from './yield-task';

const STEPS: (() => unknown)[] = [
  () => analyze('Danke, wann liefert ihr?', { mode: 'item', langHint: 'de' }),
  () => analyze('Thanks, when do you deliver?', { mode: 'item', langHint: 'en' }),
  () => analyze('Jetzt kaufen, Link in Bio!', { mode: 'draft', langHint: 'de' }),
  () => analyze('Buy now, link in bio!', { mode: 'draft', langHint: 'en' }),
];

/**
 * Resolves after every step ran, each in a task of its own, and the weights came (or did not in time); `alive` stops
 * it when the script is switched off.
 */
export async function warmUp(alive: () => boolean): Promise<void> {
  // The weights are asked for first and the steps run while they travel: the reading pass that follows waits for
  // both, so it judges with the models, as the side panel will.
  const models = loadModels();
  const task = taskYielder();
  // The lists in parts first, so the analyses below only build what is left (small) and warm up the code.
  do {
    await task();
    if (!alive()) return;
  } while (warmEnginePart());
  for (const step of STEPS) {
    await task();
    if (!alive()) return;
    step();
  }
  await models;
}
