// What every section of the settings form gets: the translator, the settings shown, and the change callback.
import type { Translate } from '../../lib/i18n';
import { fitList, type ListField, type Settings } from '../../lib/settings-model';

export interface SectionProps {
  t: Translate;
  settings: Settings;
  onChange: (update: Partial<Settings>) => void;
}

/** The props a ListSetting needs to enforce a field's storage limits and say what did not fit. */
export function listLimits(t: Translate, field: ListField) {
  return {
    fit: (values: string[]) => fitList(field, values),
    droppedText: (count: number) => t('options.list.dropped', { count }),
  };
}
