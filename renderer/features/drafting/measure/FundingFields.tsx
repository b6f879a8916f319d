import { Field, Fieldset, Label, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  FUNDING_LABELS,
  GRANT_DECISION_LABELS,
  GRANT_SCHEME_LABELS,
} from '../../../../core/labels/domainLabels';
import { op } from '../../../../core/operations/registry';
import {
  type FundingKind,
  FundingKind as FundingKinds,
  GrantDecisionOutcome,
  GrantScheme,
  type Measure,
} from '../../../../core/schema/measure';
import { useOpenPlan } from '../../document/DocumentContext';
import { fieldKeys } from '../fieldKeys';
import { applyChange } from '../fields/applyChange';
import { CommitTextfield } from '../fields/CommitTextfield';
import { useChecks } from '../fields/useChecks';
import { optionalAmount, optionalDate, parseAmount } from '../fields/validators';
import { uiLanguage } from '../uiLanguage';

/**
 * How a measure is paid for; for a grant also the scheme, the amount a year, when it starts and ends, the next
 * application deadline, and what was decided for when it ends (the decision that grant-funded work so often
 * lacks).
 */
export function FundingFields({ measure }: { measure: Measure }) {
  const { t, i18n } = useTranslation();
  const doc = useOpenPlan();
  const checks = useChecks();
  const fundingId = useId();
  const schemeId = useId();
  const decisionId = useId();
  const language = uiLanguage(i18n.language);
  const { readOnly } = doc;
  const { resources } = measure;
  const grant = resources.grant;
  const place = (field: string) => fieldKeys.measure(measure.id, field);
  const setFunding = (changes: { funding?: FundingKind | null; amountNok?: number | null; note?: string }) =>
    applyChange(doc, op('funding.update', { measureId: measure.id, changes }));
  const setGrant = (changes: Parameters<typeof grantChange>[0]) =>
    applyChange(doc, op('funding.updateGrant', { measureId: measure.id, changes: grantChange(changes) }));

  return (
    <>
      <div className="ph-form__row ph-form__row--end">
        <Field>
          <Label htmlFor={fundingId}>{t('drafting.measure.funding')}</Label>
          <Select
            id={fundingId}
            width="auto"
            value={resources.funding ?? ''}
            readOnly={readOnly}
            data-place={place('resources')}
            onChange={(e) =>
              setFunding({ funding: e.target.value === '' ? null : (e.target.value as FundingKind) })
            }
          >
            <Select.Option value="">{t('drafting.measure.fundingNone')}</Select.Option>
            {FundingKinds.options.map((f) => (
              <Select.Option key={f} value={f}>
                {FUNDING_LABELS[f][language]}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <CommitTextfield
          label={t('drafting.measure.amount')}
          inputMode="numeric"
          size={12}
          value={resources.amountNok === undefined ? '' : String(resources.amountNok)}
          readOnly={readOnly}
          validate={checks(optionalAmount)}
          onCommit={(v) => setFunding({ amountNok: parseAmount(v) ?? null })}
        />
        <CommitTextfield
          className="ph-grow"
          label={t('drafting.measure.resourceNote')}
          value={resources.note}
          readOnly={readOnly}
          onCommit={(v) => setFunding({ note: v.trim() })}
        />
      </div>
      {resources.funding === 'grant' && (
        <Fieldset className="ph-grant" data-place={place('grant')}>
          <Fieldset.Legend>{t('funding.grant.heading')}</Fieldset.Legend>
          <Fieldset.Description>{t('funding.grant.hint')}</Fieldset.Description>
          <div className="ph-form__row ph-form__row--end">
            <Field>
              <Label htmlFor={schemeId}>{t('funding.grant.scheme')}</Label>
              <Select
                id={schemeId}
                width="auto"
                value={grant?.scheme ?? ''}
                readOnly={readOnly}
                onChange={(e) => setGrant({ scheme: e.target.value as GrantScheme })}
              >
                {!grant && <Select.Option value="">{t('funding.grant.schemeNone')}</Select.Option>}
                {GrantScheme.options.map((s) => (
                  <Select.Option key={s} value={s}>
                    {GRANT_SCHEME_LABELS[s][language]}
                  </Select.Option>
                ))}
              </Select>
            </Field>
            <CommitTextfield
              className="ph-grow"
              label={t('funding.grant.schemeName')}
              value={grant?.schemeName ?? ''}
              readOnly={readOnly}
              onCommit={(v) => setGrant({ schemeName: v.trim() })}
            />
            <CommitTextfield
              label={t('funding.grant.amountPerYear')}
              inputMode="numeric"
              size={12}
              value={grant?.amountPerYearNok === undefined ? '' : String(grant.amountPerYearNok)}
              readOnly={readOnly}
              validate={checks(optionalAmount)}
              onCommit={(v) => setGrant({ amountPerYearNok: parseAmount(v) ?? null })}
            />
          </div>
          <div className="ph-form__row ph-form__row--end">
            <CommitTextfield
              label={t('funding.grant.from')}
              type="date"
              value={grant?.from ?? ''}
              field={place('grantFrom')}
              readOnly={readOnly}
              validate={checks(optionalDate)}
              onCommit={(v) => setGrant({ from: v.trim() || null })}
            />
            <CommitTextfield
              label={t('funding.grant.to')}
              description={t('funding.grant.toHint')}
              type="date"
              value={grant?.to ?? ''}
              field={place('grantTo')}
              readOnly={readOnly}
              validate={checks(optionalDate)}
              onCommit={(v) => setGrant({ to: v.trim() || null })}
            />
            <CommitTextfield
              label={t('funding.grant.nextDeadline')}
              type="date"
              value={grant?.nextApplicationDeadline ?? ''}
              field={place('grantNextDeadline')}
              readOnly={readOnly}
              validate={checks(optionalDate)}
              onCommit={(v) => setGrant({ nextApplicationDeadline: v.trim() || null })}
            />
          </div>
          {grant && (
            <div className="ph-form__row ph-form__row--end">
              <Field>
                <Label htmlFor={decisionId}>{t('funding.grant.decision')}</Label>
                <Select
                  id={decisionId}
                  width="auto"
                  value={grant.decision?.outcome ?? ''}
                  readOnly={readOnly}
                  onChange={(e) =>
                    applyChange(
                      doc,
                      op('funding.recordDecision', {
                        measureId: measure.id,
                        decision:
                          e.target.value === ''
                            ? null
                            : {
                                ...(grant.decision ?? { note: '' }),
                                outcome: e.target.value as GrantDecisionOutcome,
                              },
                      }),
                    )
                  }
                >
                  <Select.Option value="">{t('funding.grant.decisionNone')}</Select.Option>
                  {GrantDecisionOutcome.options.map((o) => (
                    <Select.Option key={o} value={o}>
                      {GRANT_DECISION_LABELS[o][language]}
                    </Select.Option>
                  ))}
                </Select>
              </Field>
              {grant.decision && (
                <>
                  <CommitTextfield
                    label={t('funding.grant.decisionDate')}
                    type="date"
                    value={grant.decision.date ?? ''}
                    readOnly={readOnly}
                    validate={checks(optionalDate)}
                    onCommit={(v) =>
                      applyChange(
                        doc,
                        op('funding.recordDecision', {
                          measureId: measure.id,
                          decision: { ...grant.decision!, date: v.trim() || undefined },
                        }),
                      )
                    }
                  />
                  <CommitTextfield
                    className="ph-grow"
                    label={t('funding.grant.decisionNote')}
                    value={grant.decision.note}
                    readOnly={readOnly}
                    onCommit={(v) =>
                      applyChange(
                        doc,
                        op('funding.recordDecision', {
                          measureId: measure.id,
                          decision: { ...grant.decision!, note: v.trim() },
                        }),
                      )
                    }
                  />
                </>
              )}
            </div>
          )}
        </Fieldset>
      )}
    </>
  );
}

type GrantChange = {
  scheme?: GrantScheme;
  schemeName?: string;
  amountPerYearNok?: number | null;
  from?: string | null;
  to?: string | null;
  nextApplicationDeadline?: string | null;
};
function grantChange(change: GrantChange): GrantChange {
  return change;
}
