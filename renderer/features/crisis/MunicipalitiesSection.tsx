import { Checkbox, Heading, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { profileOf } from '../../../core/crisisCentre/profile';
import { planMunicipalities } from '../../../core/municipalities/municipalities';
import { op } from '../../../core/operations/registry';
import { DateTextfield } from '../../components/DateTextfield';
import type { PlanDocument } from '../document/usePlanDocument';
import { applyChange } from '../drafting/fields/applyChange';
import { CommitTextfield } from '../drafting/fields/CommitTextfield';
import { KnownSelect } from './KnownSelect';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** What each municipality must have itself: travel time, contact person, own internal control, web page. */
export function MunicipalitiesSection({ doc }: { doc: PlanDocument }) {
  const { t } = useTranslation();
  const { plan, readOnly } = doc;
  const profile = profileOf(plan);
  const set = (
    municipality: string,
    changes: Parameters<typeof op<'crisisCentre.setMunicipalityFacts'>>[1]['changes'],
  ) => applyChange(doc, op('crisisCentre.setMunicipalityFacts', { municipality, changes }));

  return (
    <section className="ph-panel ph-crisis__section" aria-labelledby="crisis-municipalities-heading">
      <Heading level={2} data-size="sm" id="crisis-municipalities-heading">
        {t('crisis.municipalities.heading')}
      </Heading>
      <Table className="ph-crisis__table">
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('crisis.municipality.label')}</Table.HeaderCell>
            <Table.HeaderCell>{t('crisis.municipalities.travel')}</Table.HeaderCell>
            <Table.HeaderCell>{t('crisis.municipalities.contact')}</Table.HeaderCell>
            <Table.HeaderCell>{t('crisis.municipalities.internalControl')}</Table.HeaderCell>
            <Table.HeaderCell>{t('crisis.municipalities.web')}</Table.HeaderCell>
            <Table.HeaderCell>{t('crisis.municipalities.sami')}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {planMunicipalities(plan).map((m) => {
            const facts = profile.municipalities.find((f) => f.municipality === m.name);
            return (
              <Table.Row key={m.name}>
                <Table.HeaderCell scope="row">{m.name}</Table.HeaderCell>
                <Table.Cell>
                  <CommitTextfield
                    label={t('crisis.municipalities.travel')}
                    context={m.name}
                    value={facts?.travelMinutes === undefined ? '' : String(facts.travelMinutes)}
                    inputMode="numeric"
                    size={5}
                    readOnly={readOnly}
                    onCommit={(text) => {
                      if (text.trim() === '') return set(m.name, { travelMinutes: null });
                      const minutes = Number(text.trim());
                      if (!Number.isInteger(minutes) || minutes < 0) return t('crisis.profile.numberInvalid');
                      return set(m.name, { travelMinutes: minutes });
                    }}
                  />
                </Table.Cell>
                <Table.Cell>
                  <CommitTextfield
                    label={t('crisis.municipalities.contact')}
                    context={m.name}
                    value={facts?.contactPerson ?? ''}
                    readOnly={readOnly}
                    onCommit={(contactPerson) => set(m.name, { contactPerson })}
                  />
                </Table.Cell>
                <Table.Cell>
                  <DateTextfield
                    label={`${t('crisis.municipalities.internalControl')}, ${m.name}`}
                    value={facts?.lastInternalControl ?? ''}
                    readOnly={readOnly}
                    onValueChange={(value) => {
                      if (value === '' || ISO.test(value))
                        set(m.name, { lastInternalControl: value || null });
                    }}
                  />
                </Table.Cell>
                <Table.Cell>
                  <KnownSelect
                    label={`${t('crisis.municipalities.web')}, ${m.name}`}
                    value={facts?.webInformation ?? null}
                    disabled={readOnly}
                    onChange={(webInformation) => set(m.name, { webInformation })}
                  />
                </Table.Cell>
                <Table.Cell>
                  <Checkbox
                    label={`${t('crisis.municipalities.sami')}, ${m.name}`}
                    checked={m.samiArea === true}
                    disabled={readOnly}
                    onChange={(event) =>
                      applyChange(
                        doc,
                        op('municipality.update', {
                          name: m.name,
                          changes: { samiArea: event.target.checked ? true : null },
                        }),
                      )
                    }
                  />
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </section>
  );
}
