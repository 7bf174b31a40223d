// The models in use, per family and language. Empty until someone installs a weights file: the engine then runs on
// its rules alone, exactly as before the models existed (content scripts get the file from the background a moment
// after start; scripts and tests read it from disk).
import { decodeWeights, type LoadedModel, type ModelFamily, type ModelLang } from './format';

let installed = new Map<string, LoadedModel>();

const key = (family: ModelFamily, lang: ModelLang) => `${family}-${lang}`;

/** Installs the models of a weights file (replacing any before); throws on a malformed file, keeping the old ones. */
export function installWeights(bytes: Uint8Array): void {
  const { models } = decodeWeights(bytes);
  const next = new Map<string, LoadedModel>();
  for (const m of models) next.set(key(m.family, m.lang), m);
  installed = next;
}

export function uninstallWeights(): void {
  installed = new Map();
}

export function modelFor(family: ModelFamily, lang: ModelLang): LoadedModel | undefined {
  return installed.get(key(family, lang));
}

export function hasModels(): boolean {
  return installed.size > 0;
}
