// The stored rows of the keys an import brings: one key listing, then key ranges read whole. One get per key was
// most of an import's reading (100,000 requests, and as many for a history that has none of them).
import type { Table } from 'dexie';

/** Keys per range read: bounds what one getAll brings over when the file's keys are spread thin. */
const RANGE_KEYS = 5_000;

/** The rows stored under `keys`, in their order, undefined where there is none. Call inside the import's transaction. */
export async function storedRows<T, I>(table: Table<T, string, I>, keys: string[]): Promise<(T | undefined)[]> {
  if (!keys.length) return [];
  const existing = new Set(await table.toCollection().primaryKeys());
  const present = [...new Set(keys.filter((key) => existing.has(key)))].sort();
  const rows = new Map<string, T>();
  for (let start = 0; start < present.length; start += RANGE_KEYS) {
    const slice = present.slice(start, start + RANGE_KEYS);
    const wanted = new Set(slice);
    const from = slice[0] as string;
    const to = slice[slice.length - 1] as string;
    const found = await table.where(':id').between(from, to, true, true).toArray();
    const primaryKey = table.schema.primKey.keyPath as string;
    for (const row of found) {
      const key = (row as Record<string, unknown>)[primaryKey] as string;
      if (wanted.has(key)) rows.set(key, row);
    }
  }
  return keys.map((key) => rows.get(key));
}
