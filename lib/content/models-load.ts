// Gets the learned layer's weights from the background once per tab and installs them: never on the keystroke path,
// never from the network, never visible to the page. Until they arrive (or if they cannot), the rules judge alone.
import { hasModels, installWeights } from '../analysis/models/store';
import { base64ToBytes } from '../analysis/models/transfer';
import { sendToBackground } from '../messaging';

/** How long reading waits for the weights before it starts on the rules alone; they still install when they come. */
const WAIT_MS = 1500;

let loading: Promise<boolean> | null = null;

function load(): Promise<boolean> {
  return sendToBackground({ type: 'models:weights' }).then(
    (answer) => {
      if (!answer || typeof answer.base64 !== 'string') return false;
      installWeights(base64ToBytes(answer.base64));
      return true;
    },
    () => false,
  );
}

/** Resolves true once the models are installed, false when they could not be (or did not come in time). */
export function loadModels(): Promise<boolean> {
  if (hasModels()) return Promise.resolve(true);
  loading ??= load().catch(() => false);
  const current = loading;
  void current.then((ok) => {
    if (!ok && loading === current) loading = null;
  });
  return Promise.race([current, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), WAIT_MS))]);
}
