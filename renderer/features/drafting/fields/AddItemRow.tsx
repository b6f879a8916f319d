import { Button, Textfield } from '@digdir/designsystemet-react';
import type { ReactNode, RefObject } from 'react';

interface AddItemRowProps {
  label: ReactNode;
  value: string;
  error: string | null;
  /** Where a quality finding's link lands (`data-place`). */
  place?: string | undefined;
  buttonLabel: string;
  inputRef: RefObject<HTMLInputElement | null>;
  onChange(value: string): void;
  onAdd(): void;
}

/**
 * A name field and an add button for a list inside a larger form: Enter adds (it is not a <form>, since the
 * editor may sit inside another form).
 */
export function AddItemRow({
  label,
  value,
  error,
  place,
  buttonLabel,
  inputRef,
  onChange,
  onAdd,
}: AddItemRowProps) {
  return (
    <div className="ph-form__row ph-form__row--end">
      <Textfield
        data-size="sm"
        className="ph-grow-2"
        label={label}
        value={value}
        error={error ?? undefined}
        data-place={place}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            onAdd();
          }
        }}
        ref={(el) => {
          inputRef.current = el as HTMLInputElement | null;
        }}
      />
      <Button variant="secondary" data-size="sm" onClick={() => onAdd()}>
        {buttonLabel}
      </Button>
    </div>
  );
}
