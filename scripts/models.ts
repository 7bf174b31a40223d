// For scripts and tests that judge as the extension does: installs the shipped weights file from disk.
import { readFileSync } from 'node:fs';
import { installWeights } from '../lib/analysis/models/store';
import { WEIGHTS_FILE } from './train/files';

export function installShippedWeights(): void {
  installWeights(new Uint8Array(readFileSync(WEIGHTS_FILE)));
}
