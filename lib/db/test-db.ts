// For unit tests only: a fresh in-memory history database per call (fake-indexeddb), closed after each test.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach } from 'vitest';
import { createHistoryDb, type HistoryDb } from './schema';

const open: HistoryDb[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

export function freshDb(): HistoryDb {
  const db = createHistoryDb({ dexie: { indexedDB: new IDBFactory(), IDBKeyRange } });
  open.push(db);
  return db;
}
