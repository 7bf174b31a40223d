// Where the shipped weights live: under public/, so the build copies them into the extension as they are.
import { resolve } from 'node:path';

export const WEIGHTS_FILE = resolve(import.meta.dirname, '../../public/models/listen-first.bin');
