import { Button, Heading, Paragraph, Select, Table } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { measureFromCatalogue } from '../../../core/catalogue/measureFromCatalogue';
import { cooperationGaps, cooperationOf } from '../../../core/crisisCentre/cooperation';
import {
  COOPERATION_GROUPS,
  COOPERATION_SERVICES,
  GAP_CATALOGUE_ITEM,
} from '../../../core/crisisCentre/services';
import { newId } from '../../../core/ids';
import { message } from '../../../core/messages/message';
import { op } from '../../../core/operations/registry';
import { CooperationLevel, type CooperationService } from '../../../core/schema/crisisCentre';
import { messageText } from '../../app/errors';
import { DateTextfield } from '../../components/DateTextfield';
import { useNotices } from '../../components/Notices';
import type { PlanDocument } from '../document/usePlanDocument';
import { applyChange } from '../drafting/fields/applyChange';
import { useTemplates } from '../drafting/useTemplates';

/**
 * Services × who it concerns × how they cooperate with the crisis centre. A service without a written
 * agreement can get a measure from the catalogue in one step.
 */
export function MatrixSection({ doc }: { doc: PlanDocument }) {
  const { t } = useTranslation();
  const { announce, showError } = useNotices();
  const { plan, readOnly } = doc;
  const { templates } = useTemplates(plan.language);
  const matrix = cooperationOf(plan);
  const gaps = new Set(cooperationGaps(matrix).map((c) => c.service));
  const serviceName = (service: CooperationService) =>
    messageText(message(`cooperation.service.${service}`), service);

  const makeMeasure = (service: CooperationService) => {
    const item = templates?.catalogue.find((c) => c.id === GAP_CATALOGUE_ITEM[service]);
    if (!item || !templates) return;
    const { focusAreaId: suggested, fields } = measureFromCatalogue(
      item,
      plan,
      templates.vocabulary.legalReferences,
    );
    const focusAreaId = suggested ?? plan.focusAreas[0]?.id;
    if (!focusAreaId) {
      showError(t('crisis.matrix.noFocusArea'));
      return;
    }
    const { title, ...rest } = fields;
    const next = doc.apply(
      op('cooperation.gapToMeasure', { service, id: newId(), focusAreaId, title, fields: rest }),
    );
    if (next) announce(t('crisis.matrix.gapMade', { title }));
  };

  return (
    <section className="ph-panel ph-crisis__section" aria-labelledby="crisis-matrix-heading">
      <Heading level={2} data-size="sm" id="crisis-matrix-heading">
        {t('crisis.matrix.heading')}
      </Heading>
      <Paragraph>{t('crisis.matrix.intro')}</Paragraph>
      <DateTextfield
        label={t('crisis.matrix.reviewed')}
        value={matrix.reviewedOn ?? ''}
        readOnly={readOnly}
        onValueChange={(value) => {
          if (value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value)) {
            applyChange(doc, op('cooperation.setReviewed', { reviewedOn: value || null }));
          }
        }}
      />
      <Table className="ph-crisis__table">
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t('crisis.matrix.service')}</Table.HeaderCell>
            {COOPERATION_GROUPS.map((g) => (
              <Table.HeaderCell key={g}>{t(`crisis.matrix.groups.${g}`)}</Table.HeaderCell>
            ))}
            <Table.HeaderCell>
              <span className="ds-sr-only">{t('crisis.matrix.gap')}</span>
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {COOPERATION_SERVICES.map((service) => {
            const name = serviceName(service);
            const linked = matrix.cells.some((c) => c.service === service && c.measureId !== undefined);
            return (
              <Table.Row key={service}>
                <Table.HeaderCell scope="row">{name}</Table.HeaderCell>
                {COOPERATION_GROUPS.map((group) => {
                  const level =
                    matrix.cells.find((c) => c.service === service && c.group === group)?.level ?? '';
                  return (
                    <Table.Cell key={group}>
                      <Select
                        aria-label={t('crisis.matrix.cell', {
                          service: name,
                          group: t(`crisis.matrix.groups.${group}`),
                        })}
                        value={level}
                        disabled={readOnly}
                        onChange={(event) =>
                          applyChange(
                            doc,
                            op('cooperation.setLevel', {
                              service,
                              group,
                              level:
                                event.target.value === '' ? null : CooperationLevel.parse(event.target.value),
                            }),
                          )
                        }
                      >
                        <Select.Option value="">{t('crisis.matrix.levels.unanswered')}</Select.Option>
                        {CooperationLevel.options.map((l) => (
                          <Select.Option key={l} value={l}>
                            {t(`crisis.matrix.levels.${l}`)}
                          </Select.Option>
                        ))}
                      </Select>
                    </Table.Cell>
                  );
                })}
                <Table.Cell>
                  {gaps.has(service) && !readOnly ? (
                    <Button
                      variant="secondary"
                      data-size="sm"
                      aria-label={t('crisis.matrix.gapFor', { service: name })}
                      disabled={!templates}
                      onClick={() => makeMeasure(service)}
                    >
                      {t('crisis.matrix.gap')}
                    </Button>
                  ) : linked ? (
                    <span className="ph-muted">{t('crisis.matrix.hasMeasure')}</span>
                  ) : null}
                </Table.Cell>
              </Table.Row>
            );
          })}
        </Table.Body>
      </Table>
    </section>
  );
}
