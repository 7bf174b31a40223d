// "Delete all history" from the settings page, which otherwise never opens the database: the schema and Dexie load
// only when the user confirms, so the page stays light. The delete itself is deleteAll, as on the history page.
export async function deleteAllHistory(): Promise<void> {
  const [{ createHistoryDb }, { deleteAll }] = await Promise.all([import('../db/schema'), import('../db/history')]);
  const db = createHistoryDb();
  try {
    await deleteAll(db);
  } finally {
    db.close();
  }
}
