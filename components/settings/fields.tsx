// The settings form's building blocks: a titled section, a checkbox with help, a radio group in a fieldset, and a
// one-entry-per-line list. Every help text is linked to its control (aria-describedby); focus is always visible.
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';

/** A visible focus ring for keyboard users on every control (the ring colour passes 3:1 on white). */
export const FOCUS = 'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700';

export function Section(props: { title: string; help?: string; children: ReactNode; name?: string }) {
  const titleId = useId();
  const helpId = useId();
  return (
    <section
      // The section's name doubles as its anchor: the history page's error screen links to options.html#history.
      id={props.name}
      aria-labelledby={titleId}
      aria-describedby={props.help ? helpId : undefined}
      className="mb-6 rounded-xl p-4 ring-1 ring-gray-200"
      data-lf-settings={props.name}
    >
      <h2 id={titleId} className="text-base font-semibold text-gray-900">
        {props.title}
      </h2>
      {props.help ? (
        <p id={helpId} className="mb-2 text-gray-600">
          {props.help}
        </p>
      ) : null}
      {props.children}
    </section>
  );
}

export function Toggle(props: {
  label: string;
  help?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  name?: string;
}) {
  const helpId = useId();
  return (
    <div className="py-1">
      <label className="flex items-start gap-2">
        <input
          type="checkbox"
          className={`mt-1 accent-brand-700 ${FOCUS}`}
          checked={props.checked}
          aria-describedby={props.help ? helpId : undefined}
          data-lf-setting={props.name}
          onChange={(e) => props.onChange(e.target.checked)}
        />
        <span className="font-medium text-gray-900">{props.label}</span>
      </label>
      {props.help ? (
        <p id={helpId} className="ml-6 text-gray-600">
          {props.help}
        </p>
      ) : null}
    </div>
  );
}

/** One of a few values as radio buttons in a fieldset, saved on change; arrow keys move within the group. */
export function ChoiceGroup<T extends string | number>(props: {
  legend: string;
  help?: string;
  name: string;
  choices: readonly (readonly [T, string])[];
  value: T;
  onChange: (value: T) => void;
  disabled?: boolean;
}) {
  const helpId = useId();
  return (
    <fieldset className="mt-3" disabled={props.disabled} aria-describedby={props.help ? helpId : undefined}>
      <legend className="font-medium text-gray-900">{props.legend}</legend>
      {props.help ? (
        <p id={helpId} className="mb-1 text-gray-600">
          {props.help}
        </p>
      ) : null}
      {props.choices.map(([value, label]) => (
        <label key={value} className={`flex items-start gap-2 py-0.5 ${props.disabled ? 'text-gray-500' : ''}`}>
          <input
            type="radio"
            name={props.name}
            className={`mt-1 accent-brand-700 ${FOCUS}`}
            value={value}
            checked={props.value === value}
            onChange={() => props.onChange(value)}
          />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * A one-entry-per-line list, saved when the field loses focus (not on every keystroke). `fit` is what storage
 * will keep (settings-model's limits): when the list is full, the field says how many entries were not saved.
 */
export function ListSetting(props: {
  label: string;
  help: string;
  values: string[];
  fit: (values: string[]) => { kept: string[]; dropped: number };
  droppedText: (count: number) => string;
  onCommit: (values: string[]) => void;
}) {
  const id = useId();
  const helpId = useId();
  const droppedId = useId();
  const joined = props.values.join('\n');
  const [text, setText] = useState(joined);
  const [dropped, setDropped] = useState(0);
  const editing = useRef(false);
  // The list can change elsewhere ("ignore this phrase" on a site, another synced machine): show that, except
  // while the user is editing this field, whose text is theirs until they leave it.
  useEffect(() => {
    if (!editing.current) setText(joined);
  }, [joined]);
  return (
    <div className="mt-3">
      <label htmlFor={id} className="block font-medium text-gray-900">
        {props.label}
      </label>
      <p id={helpId} className="mb-1 text-gray-600">
        {props.help}
      </p>
      <textarea
        id={id}
        aria-describedby={dropped ? `${helpId} ${droppedId}` : helpId}
        rows={3}
        className={`w-full rounded-md bg-white px-2 py-1 ring-1 ring-gray-400 ${FOCUS}`}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onFocus={() => {
          editing.current = true;
        }}
        onBlur={() => {
          editing.current = false;
          const { kept, dropped: over } = props.fit(text.split('\n'));
          setDropped(over);
          props.onCommit(kept);
        }}
      />
      <p id={droppedId} aria-live="polite" className="text-red-800">
        {dropped > 0 ? props.droppedText(dropped) : null}
      </p>
    </div>
  );
}
