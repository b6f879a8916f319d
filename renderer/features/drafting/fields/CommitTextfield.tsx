import { Textfield } from '@digdir/designsystemet-react';
import { type KeyboardEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTypedDate, parseTypedDate } from '../../../../core/dates/typedDate';
import { withContext } from './withContext';

export interface CommitTextfieldProps {
  label: ReactNode;
  description?: ReactNode;
  value: string;
  /** Saves the value; returns a message to show beside the field when it cannot be saved. */
  onCommit(value: string): string | null;
  /** Checks the value before saving; a message keeps the field open with the message beside it. */
  validate?(value: string): string | null;
  field?: string;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'date' | 'email';
  inputMode?: 'numeric' | 'text';
  maxLength?: number;
  size?: number;
  readOnly?: boolean;
  required?: boolean;
  className?: string;
  autoComplete?: string;
  /** Words added to the label for screen readers only, to tell repeated fields apart. */
  context?: string;
  'data-size'?: 'sm' | 'md';
}

/**
 * A text field that edits a value of the plan without touching the plan on every keystroke: the text is the
 * field's own while typing and is saved (one undo step) when the field loses focus or on Enter. Escape
 * puts back what is saved. A value changed elsewhere (undo) shows as soon as the field is not being edited.
 */
export function CommitTextfield({
  value,
  onCommit,
  validate,
  field,
  multiline,
  rows,
  type,
  readOnly,
  label,
  context,
  ...rest
}: CommitTextfieldProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const isDate = type === 'date';
  // A date is shown and typed as dd.mm.åååå whatever the browser's language, and saved as an ISO date.
  const saved = isDate ? formatTypedDate(value) : value;
  const shown = draft ?? saved;

  const commit = () => {
    if (draft === null) return;
    if (draft === saved) {
      setDraft(null);
      setError(null);
      return;
    }
    let next = draft;
    if (isDate) {
      const typed = parseTypedDate(draft);
      if (!typed.ok) {
        setError(t('dates.invalid'));
        return;
      }
      next = typed.iso;
    }
    const problem = validate?.(next) ?? onCommit(next);
    if (problem) {
      setError(problem);
      return;
    }
    setDraft(null);
    setError(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Escape' && draft !== null) {
      event.preventDefault();
      setDraft(null);
      setError(null);
    } else if (event.key === 'Enter' && !multiline) {
      event.preventDefault();
      commit();
    }
  };

  const common = {
    ...rest,
    label: withContext(label, context),
    value: shown,
    readOnly,
    error: error ?? undefined,
    'data-place': field,
    onKeyDown,
    onBlur: commit,
  };
  if (multiline) {
    return (
      <Textfield {...common} multiline rows={rows ?? 4} onChange={(event) => setDraft(event.target.value)} />
    );
  }
  if (isDate) {
    return (
      <Textfield
        {...common}
        description={common.description ?? t('dates.format')}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        onChange={(event) => setDraft(event.target.value)}
      />
    );
  }
  return <Textfield {...common} type={type ?? 'text'} onChange={(event) => setDraft(event.target.value)} />;
}
