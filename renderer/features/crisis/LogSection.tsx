import { Button, Field, Heading, Label, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatTypedDate } from '../../../core/dates/typedDate';
import { newId } from '../../../core/ids';
import { planMunicipalities } from '../../../core/municipalities/municipalities';
import { op } from '../../../core/operations/registry';
import { DateTextfield } from '../../components/DateTextfield';
import { useNotices } from '../../components/Notices';
import type { PlanDocument } from '../document/usePlanDocument';
import { applyChange } from '../drafting/fields/applyChange';

/** The internal-control log: a dated list kept in the plan, for the supervision pack. */
export function LogSection({ doc }: { doc: PlanDocument }) {
  const { t } = useTranslation();
  const { showError } = useNotices();
  const { plan, readOnly } = doc;
  const log = plan.internalControlLog ?? [];
  const [date, setDate] = useState('');
  const [text, setText] = useState('');
  const [municipality, setMunicipality] = useState('');
  const selectId = useId();

  const add = (event: FormEvent) => {
    event.preventDefault();
    const problem = applyChange(
      doc,
      op('internalControl.add', {
        id: newId(),
        date,
        text: text.trim(),
        ...(municipality ? { municipality } : {}),
      }),
    );
    if (problem !== null) {
      showError(problem || t('crisis.log.invalid'));
      return;
    }
    setText('');
  };

  return (
    <section className="ph-panel ph-crisis__section" aria-labelledby="crisis-log-heading">
      <Heading level={2} data-size="sm" id="crisis-log-heading">
        {t('crisis.log.heading')}
      </Heading>
      {log.length === 0 ? (
        <Paragraph className="ph-muted">{t('crisis.log.empty')}</Paragraph>
      ) : (
        <ul className="ph-plain-list">
          {log.map((entry) => (
            <li key={entry.id} className="ph-crisis__log-entry">
              <span>
                <strong>{formatTypedDate(entry.date)}</strong> {entry.text} (
                {entry.municipality ?? t('crisis.log.shared')})
              </span>
              {!readOnly && (
                <Button
                  variant="tertiary"
                  data-size="sm"
                  onClick={() => applyChange(doc, op('internalControl.remove', { id: entry.id }))}
                >
                  {t('crisis.log.remove', { date: formatTypedDate(entry.date) })}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <form className="ph-crisis__log-form" onSubmit={add}>
          <DateTextfield label={t('crisis.log.date')} value={date} onValueChange={setDate} required />
          <Textfield
            label={t('crisis.log.text')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            required
          />
          {plan.partnerMunicipalities.length > 0 && (
            <Field>
              <Label htmlFor={selectId}>{t('crisis.log.municipality')}</Label>
              <Select id={selectId} value={municipality} onChange={(e) => setMunicipality(e.target.value)}>
                <Select.Option value="">{t('crisis.log.shared')}</Select.Option>
                {planMunicipalities(plan).map((m) => (
                  <Select.Option key={m.name} value={m.name}>
                    {m.name}
                  </Select.Option>
                ))}
              </Select>
            </Field>
          )}
          <Button type="submit" variant="secondary">
            {t('crisis.log.add')}
          </Button>
        </form>
      )}
    </section>
  );
}
