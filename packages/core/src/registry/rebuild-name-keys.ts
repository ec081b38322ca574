import type { Db } from '../storage/database.js';
import { inTransaction } from '../storage/transaction.js';
import { nameKey } from './fold-key.js';
import { sortKeyOf } from './entity.repository.js';
import { labelsOf, type EntityName } from '../domain/entity.js';

/**
 * Recomputes every stored name key and entity sort key with the current `nameKey`, in one
 * transaction, and returns how many rows changed. Run it (the CLI's `migrate` does) after the
 * key function changes, so that stored keys and query keys agree again. Writes no history: keys
 * are derived data, not facts.
 */
export async function rebuildNameKeys(db: Db): Promise<{ names: number; entities: number }> {
  return inTransaction(db, async (trx) => {
    let names = 0;
    let entities = 0;
    const rows = await trx.selectFrom('entity_names').select(['id', 'entity_id', 'lang', 'text', 'kind', 'key', 'position']).orderBy('entity_id').orderBy('position').execute();
    for (const r of rows) {
      const key = nameKey(r.text);
      if (key !== r.key) {
        await trx.updateTable('entity_names').set({ key }).where('id', '=', r.id).execute();
        names++;
      }
    }
    const byEntity = new Map<string, EntityName[]>();
    for (const r of rows) {
      const list = byEntity.get(r.entity_id) ?? [];
      list.push({ lang: r.lang, text: r.text, kind: r.kind as EntityName['kind'] });
      byEntity.set(r.entity_id, list);
    }
    const stored = await trx.selectFrom('entities').select(['id', 'sort_key']).execute();
    for (const e of stored) {
      const list = byEntity.get(e.id) ?? [];
      const sortKey = sortKeyOf(list, e.id);
      if (sortKey !== e.sort_key) {
        const labels = labelsOf(list);
        await trx.updateTable('entities').set({ sort_key: sortKey, label_fa: labels.fa ?? null, label_en: labels.en ?? null }).where('id', '=', e.id).execute();
        entities++;
      }
    }
    return { names, entities };
  });
}
