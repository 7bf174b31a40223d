// Settings for the local history: how long it is kept (shortening deletes older history at once, in the
// background), whether the user's draft texts are kept or only their statistics, and deleting all of it.
import { RETENTION_DAYS } from '../../lib/settings-model';
import { DeleteAllHistory, type DeleteHistoryState } from './DeleteAllHistory';
import { ChoiceGroup, Section } from './fields';
import type { SectionProps } from './types';

export interface HistorySectionProps extends SectionProps {
  deleteState: DeleteHistoryState;
  onDeleteHistory: () => void;
}

export function HistorySection({ t, settings, onChange, deleteState, onDeleteHistory }: HistorySectionProps) {
  return (
    <Section title={t('options.history')} help={t('options.history.help')} name="history">
      <ChoiceGroup
        legend={t('options.retention')}
        help={t('options.retention.help')}
        name="retentionDays"
        choices={RETENTION_DAYS.map((days) => [days, t(`options.retention.${days}`)] as const)}
        value={settings.retentionDays}
        onChange={(retentionDays) => onChange({ retentionDays })}
      />
      <ChoiceGroup
        legend={t('options.historyTexts')}
        name="historyTexts"
        choices={[
          ['full', t('options.historyTexts.full')],
          ['stats', t('options.historyTexts.stats')],
        ]}
        value={settings.historyTexts}
        onChange={(historyTexts) => onChange({ historyTexts })}
      />
      <DeleteAllHistory t={t} state={deleteState} onDelete={onDeleteHistory} />
    </Section>
  );
}
