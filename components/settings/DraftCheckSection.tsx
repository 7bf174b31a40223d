// Settings for the draft check: sensitivity, which rule families run, the rules silenced one by one, and the user's
// always-flag and always-allow phrase lists. Families and single rules switched off share disabledRules.
import { FAMILY_IDS, type RuleFamily } from '../../lib/analysis/families';
import type { MessageKey } from '../../lib/i18n';
import { ChoiceGroup, ListSetting, Section, Toggle } from './fields';
import { SilencedRules } from './SilencedRules';
import { listLimits, type SectionProps } from './types';

export function DraftCheckSection({ t, settings, onChange }: SectionProps) {
  const setFamily = (family: RuleFamily, on: boolean) => {
    const others = settings.disabledRules.filter((id) => id !== family);
    onChange({ disabledRules: on ? others : [...others, family] });
  };
  return (
    <Section title={t('options.check')} help={t('options.check.help')} name="check">
      <ChoiceGroup
        legend={t('options.sensitivity')}
        help={t('options.sensitivity.help')}
        name="sensitivity"
        choices={[
          ['low', t('options.sensitivity.low')],
          ['normal', t('options.sensitivity.normal')],
          ['high', t('options.sensitivity.high')],
        ]}
        value={settings.sensitivity}
        onChange={(sensitivity) => onChange({ sensitivity })}
      />
      <RuleFamilies t={t} disabled={settings.disabledRules} onToggle={setFamily} />
      <SilencedRules
        t={t}
        disabled={settings.disabledRules}
        onRemove={(id) => onChange({ disabledRules: settings.disabledRules.filter((r) => r !== id) })}
      />
      <ListSetting
        label={t('options.alwaysFlag')}
        help={t('options.alwaysFlag.help')}
        values={settings.alwaysFlag}
        {...listLimits(t, 'alwaysFlag')}
        onCommit={(alwaysFlag) => onChange({ alwaysFlag })}
      />
      <ListSetting
        label={t('options.ignored')}
        help={t('options.ignored.help')}
        values={settings.ignoredPhrases}
        {...listLimits(t, 'ignoredPhrases')}
        onCommit={(ignoredPhrases) => onChange({ ignoredPhrases })}
      />
    </Section>
  );
}

function RuleFamilies(props: {
  t: SectionProps['t'];
  disabled: readonly string[];
  onToggle: (family: RuleFamily, on: boolean) => void;
}) {
  const { t } = props;
  return (
    <fieldset className="mt-3">
      <legend className="font-medium text-gray-900">{t('options.rules')}</legend>
      <p className="mb-1 text-gray-600">{t('options.rules.help')}</p>
      {FAMILY_IDS.map((family) => (
        <Toggle
          key={family}
          name={`rule:${family}`}
          label={t(`options.rule.${family}` as MessageKey)}
          help={t(`options.rule.${family}.help` as MessageKey)}
          checked={!props.disabled.includes(family)}
          onChange={(on) => props.onToggle(family, on)}
        />
      ))}
    </fieldset>
  );
}
