// The rules the user silenced with "Don't flag this kind", by name in the UI language, each with "Flag again".
// Ids this release does not know (a newer or older one synced them) are shown by id and can still be removed.
import { useId } from 'react';
import { FAMILY_IDS } from '../../lib/analysis/families';
import type { Translate } from '../../lib/i18n';
import { ruleNameKey } from '../../lib/i18n/rule-names';
import { FOCUS } from './fields';

const FAMILIES: ReadonlySet<string> = new Set(FAMILY_IDS);

export function SilencedRules(props: { t: Translate; disabled: readonly string[]; onRemove: (id: string) => void }) {
  const { t } = props;
  const titleId = useId();
  // Families have their own switches above; this list holds single rules.
  const rules = props.disabled.filter((id) => !FAMILIES.has(id));
  return (
    <div className="mt-3" data-lf-silenced-rules="">
      <h3 id={titleId} className="font-medium text-gray-900">
        {t('options.silenced')}
      </h3>
      <p className="mb-1 text-gray-600">{t('options.silenced.help')}</p>
      {rules.length === 0 ? (
        <p className="text-gray-600">{t('options.silenced.none')}</p>
      ) : (
        <ul className="flex flex-col gap-1" aria-labelledby={titleId}>
          {rules.map((id) => {
            const nameKey = ruleNameKey(id);
            const name = nameKey ? t(nameKey) : t('options.silenced.unknown', { id });
            return (
              <li key={id} className="flex items-center gap-2" data-lf-silenced-rule={id}>
                <span className="flex-1 text-gray-900">{name}</span>
                <button
                  type="button"
                  className={`rounded-md px-2 py-0.5 text-brand-800 ring-1 ring-gray-300 hover:bg-gray-50 ${FOCUS}`}
                  aria-label={t('options.silenced.undo.label', { kind: nameKey ? name : id })}
                  onClick={() => props.onRemove(id)}
                >
                  {t('options.silenced.undo')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
