import { Textfield } from '@digdir/designsystemet-react';
import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useTypedDate } from './useTypedDate';

interface DateTextfieldProps {
  label: ReactNode;
  description?: ReactNode;
  error?: ReactNode;
  /** The date as stored: `2027-03-31`, or `''` for none. */
  value: string;
  /** The ISO date once the text is one, `''` when empty, otherwise the text as typed. */
  onValueChange(value: string): void;
  name?: string;
  required?: boolean;
  readOnly?: boolean;
  className?: string;
  ref?: Ref<HTMLInputElement | HTMLTextAreaElement>;
  'data-size'?: 'sm' | 'md' | 'lg';
}

/**
 * A labelled date field that reads and writes dd.mm.åååå whatever the browser's language (a browser's own date
 * input follows its locale: mm/dd/yyyy in an English browser), with the format said in the description.
 */
export function DateTextfield({ value, onValueChange, description, ...rest }: DateTextfieldProps) {
  const { t } = useTranslation();
  const typed = useTypedDate(value, onValueChange);
  return (
    <Textfield
      {...rest}
      {...typed}
      type="text"
      description={
        description ? (
          <>
            {description} {t('dates.format')}
          </>
        ) : (
          t('dates.format')
        )
      }
    />
  );
}
