// Settings for the submit guard: on or off (warnBeforePosting), and the threshold it stops drafts at.
import { ChoiceGroup, Section, Toggle } from './fields';
import type { SectionProps } from './types';

export function GuardSection({ t, settings, onChange }: SectionProps) {
  return (
    <Section title={t('options.guard')} name="guard">
      <Toggle
        name="warnBeforePosting"
        label={t('options.warnBeforePosting')}
        help={t('options.warnBeforePosting.help')}
        checked={settings.warnBeforePosting}
        onChange={(warnBeforePosting) => onChange({ warnBeforePosting })}
      />
      {/* Kept while the guard is off (disabled, not hidden): the choice stays visible for when it comes back on. */}
      <ChoiceGroup
        legend={t('options.guard.threshold')}
        name="guard"
        disabled={!settings.warnBeforePosting}
        choices={[
          ['warn', t('options.guard.warn')],
          ['caution', t('options.guard.caution')],
        ]}
        value={settings.guard}
        onChange={(guard) => onChange({ guard })}
      />
    </Section>
  );
}
