import { Button, Fieldset, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { op } from '../../../../core/operations/registry';
import { useNotices } from '../../../components/Notices';
import { useOpenPlan } from '../../document/DocumentContext';
import { applyChange } from '../fields/applyChange';
import { municipalityNumber } from '../fields/validators';

/** The other municipalities of an inter-municipal plan. */
export function PartnerMunicipalities() {
  const { t } = useTranslation();
  const { announce } = useNotices();
  const doc = useOpenPlan();
  const { plan, readOnly } = doc;
  const [name, setName] = useState('');
  const [number, setNumber] = useState('');
  const [error, setError] = useState<{ name?: string; number?: string }>({});
  const nameInput = useRef<HTMLInputElement | null>(null);

  const add = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    const problems = {
      name: trimmed ? undefined : t('drafting.start.partnerNameRequired'),
      number: municipalityNumber(number) ? t('drafting.problems.municipalityNumber') : undefined,
    };
    if (problems.name || problems.number) {
      setError(problems);
      nameInput.current?.focus();
      return;
    }
    const partner = number.trim() ? { name: trimmed, number: number.trim() } : { name: trimmed };
    const problem = applyChange(doc, op('plan.addPartnerMunicipality', partner));
    if (problem) {
      setError({ name: problem });
      return;
    }
    announce(t('drafting.start.partnerAdded', { name: trimmed }));
    setName('');
    setNumber('');
    setError({});
    nameInput.current?.focus();
  };

  const remove = (index: number) => {
    const removed = plan.partnerMunicipalities[index];
    if (!removed) return;
    applyChange(doc, op('plan.removePartnerMunicipality', { name: removed.name }));
    announce(t('drafting.start.partnerRemoved', { name: removed.name }));
  };

  return (
    <Fieldset className="ph-subform">
      <Fieldset.Legend>{t('drafting.start.partners')}</Fieldset.Legend>
      <Fieldset.Description>{t('drafting.start.partnersHint')}</Fieldset.Description>
      {plan.partnerMunicipalities.length === 0 ? (
        <Paragraph className="ph-muted">{t('drafting.start.noPartners')}</Paragraph>
      ) : (
        <ul className="ph-plain-list">
          {plan.partnerMunicipalities.map((m, index) => (
            <li key={`${m.name}-${m.number ?? ''}`} className="ph-plain-list__item">
              <span>
                {m.name}
                {m.number && <span className="ph-muted"> ({m.number})</span>}
              </span>
              {!readOnly && (
                <Button
                  variant="tertiary"
                  data-size="sm"
                  data-color="danger"
                  aria-label={t('drafting.start.removePartnerLabel', { name: m.name })}
                  onClick={() => remove(index)}
                >
                  {t('drafting.remove')}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <form className="ph-inline-form" onSubmit={add} noValidate>
          <Textfield
            className="ph-grow"
            label={t('drafting.start.partnerName')}
            value={name}
            error={error.name}
            onChange={(e) => {
              setName(e.target.value);
              setError({});
            }}
            ref={(el) => {
              nameInput.current = el as HTMLInputElement | null;
            }}
          />
          <Textfield
            label={t('drafting.start.partnerNumber')}
            inputMode="numeric"
            maxLength={4}
            size={6}
            value={number}
            error={error.number}
            onChange={(e) => {
              setNumber(e.target.value);
              setError({});
            }}
          />
          <Button type="submit" variant="secondary">
            {t('drafting.start.addPartner')}
          </Button>
        </form>
      )}
    </Fieldset>
  );
}
