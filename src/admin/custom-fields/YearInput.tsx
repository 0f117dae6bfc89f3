import { Field, TextInput } from '@strapi/design-system';
import * as React from 'react';

import { parseYear } from './year';

type CustomFieldInputProps = {
  name: string;
  label: string;
  hint?: React.ReactNode;
  error?: string;
  required?: boolean;
  disabled?: boolean;
  value: unknown;
  onChange: (name: string, value: unknown) => void;
  labelAction?: React.ReactNode;
};

/**
 * A year as people write it ("2020"): the number input Strapi uses for integers formats it with
 * thousands separators ("2,020"). Digits only; the stored value stays an integer (null when empty).
 */
const YearInput = React.forwardRef<HTMLInputElement, CustomFieldInputProps>(
  ({ name, label, hint, error, required, disabled, value, onChange, labelAction }, ref) => {
    const [text, setText] = React.useState(value === null || value === undefined ? '' : String(value));
    // Follow the form when it changes the value itself (a reset, another document).
    React.useEffect(() => {
      const shown = parseYear(text);
      if ((shown.kind === 'year' ? shown.year : null) !== (value ?? null)) setText(value === null || value === undefined ? '' : String(value));
    }, [value]); // Only a change from outside (`value`) resets the text being typed.

    return (
      <Field.Root name={name} id={name} error={error} hint={hint} required={required}>
        <Field.Label action={labelAction}>{label}</Field.Label>
        <TextInput
          ref={ref}
          disabled={disabled}
          inputMode="numeric"
          maxLength={4}
          placeholder="e.g. 2020"
          value={text}
          onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
            const next = event.target.value.replace(/\D/g, '');
            setText(next);
            const parsed = parseYear(next);
            onChange(name, parsed.kind === 'year' ? parsed.year : null);
          }}
        />
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    );
  }
);

export default YearInput;
