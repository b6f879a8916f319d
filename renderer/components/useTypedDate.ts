import { type ChangeEvent, useState } from 'react';
import { formatTypedDate, parseTypedDate } from '../../core/dates/typedDate';

/**
 * A date field's text: the stored ISO date shown as dd.mm.åååå, whatever the browser's language, and the
 * user's own text while typing. `onValueChange` gets the ISO date as soon as the text is one, `''` when it is
 * empty, and otherwise the text as typed, so a form's own check sees that it is not a date yet.
 */
export function useTypedDate(value: string, onValueChange: (value: string) => void) {
  const [text, setText] = useState<string | null>(null);
  return {
    value: text ?? formatTypedDate(value),
    inputMode: 'numeric' as const,
    autoComplete: 'off',
    onChange(event: ChangeEvent<HTMLInputElement>) {
      setText(event.target.value);
      const parsed = parseTypedDate(event.target.value);
      onValueChange(parsed.ok ? parsed.iso : event.target.value);
    },
    onBlur() {
      // A good date is shown the standard way again (1.3.27 becomes 01.03.2027); a bad one stays to be fixed.
      if (text !== null && parseTypedDate(text).ok) setText(null);
    },
  };
}
