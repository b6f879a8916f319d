import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { withContext } from '../drafting/fields/withContext';

/** A labelled select of a small vocabulary; the empty choice is «not answered». */
export function ChoiceSelect<K extends string>(props: {
  label: string;
  /** Words for screen readers only, to tell repeated selects apart. */
  context?: string;
  value: K | undefined;
  options: readonly K[];
  labelOf(key: K): string;
  empty?: string;
  readOnly?: boolean;
  onChange(value: K | null): void;
}) {
  const id = useId();
  return (
    <Field>
      <Label htmlFor={id}>{withContext(props.label, props.context)}</Label>
      <Select
        id={id}
        width="auto"
        value={props.value ?? ''}
        readOnly={props.readOnly}
        onChange={(e) => props.onChange(e.target.value === '' ? null : (e.target.value as K))}
      >
        {props.empty !== undefined && <Select.Option value="">{props.empty}</Select.Option>}
        {props.options.map((option) => (
          <Select.Option key={option} value={option}>
            {props.labelOf(option)}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
