import { Button, Fieldset } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../../../core/schema/common';
import { AddItemRow } from './AddItemRow';
import { CommitTextfield } from './CommitTextfield';
import { withIndicatorChanged, withNewIndicator, withoutIndicator } from './indicatorList';
import { withContext } from './withContext';

interface IndicatorsEditorProps {
  /** Whose indicators, for the legend and the accessible names («mål 1.2», «tiltak 2.3»). */
  owner: string;
  indicators: readonly Indicator[];
  onChange(next: Indicator[]): string | null;
  readOnly: boolean;
  /** `data-place` of the «new indicator» field, for links from the quality check. */
  addPlace?: string;
  description?: string;
}

/** How we will know it worked: indicators with baseline, target, unit and source. */
export function IndicatorsEditor({
  owner,
  indicators,
  onChange,
  readOnly,
  addPlace,
  description,
}: IndicatorsEditorProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement | null>(null);

  const add = () => {
    if (!name.trim()) {
      setError(t('drafting.indicators.nameRequired'));
      input.current?.focus();
      return;
    }
    const problem = onChange(withNewIndicator(indicators, name));
    if (problem) {
      setError(problem);
      return;
    }
    setName('');
    setError(null);
    input.current?.focus();
  };

  const field = (
    indicator: Indicator,
    index: number,
    key: 'name' | 'baseline' | 'target' | 'unit' | 'source',
  ) => (
    <CommitTextfield
      data-size="sm"
      className={`ph-indicator__${key}`}
      label={t(`drafting.indicators.${key}`)}
      context={t('drafting.indicators.fieldContext', { number: index + 1, owner })}
      value={indicator[key]}
      readOnly={readOnly}
      onCommit={(value) => onChange(withIndicatorChanged(indicators, indicator.id, { [key]: value.trim() }))}
    />
  );

  return (
    <Fieldset className="ph-subform" data-size="sm">
      <Fieldset.Legend>{t('drafting.indicators.legend')}</Fieldset.Legend>
      {description && <Fieldset.Description>{description}</Fieldset.Description>}
      {indicators.length > 0 && (
        <ol className="ph-rows">
          {indicators.map((indicator, index) => (
            <li key={indicator.id} className="ph-rows__item">
              <div className="ph-indicator">
                {field(indicator, index, 'name')}
                {field(indicator, index, 'baseline')}
                {field(indicator, index, 'target')}
                {field(indicator, index, 'unit')}
                {field(indicator, index, 'source')}
                {!readOnly && (
                  <Button
                    variant="tertiary"
                    data-size="sm"
                    data-color="danger"
                    aria-label={t('drafting.indicators.removeLabel', { name: indicator.name, owner })}
                    onClick={() => onChange(withoutIndicator(indicators, indicator.id))}
                  >
                    {t('drafting.remove')}
                  </Button>
                )}
              </div>
            </li>
          ))}
        </ol>
      )}
      {!readOnly && (
        <AddItemRow
          label={withContext(
            t('drafting.indicators.newName'),
            t('drafting.indicators.newNameFor', { owner }),
          )}
          value={name}
          error={error}
          place={addPlace}
          buttonLabel={t('drafting.indicators.add')}
          inputRef={input}
          onChange={(next) => {
            setName(next);
            setError(null);
          }}
          onAdd={add}
        />
      )}
    </Fieldset>
  );
}
