import {
  Alert,
  Button,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Table,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../../core/schema/plan';
import type { ConflictChoice, ConflictChoices, StatusImportPreview } from '../../../core/status/importSchema';
import { effectiveStatus } from '../../../core/status/summary';
import { formatDate } from '../../i18n/dates';
import { StatusBadge } from './StatusBadge';

interface ImportPreviewProps {
  plan: Plan;
  preview: StatusImportPreview;
  editable: boolean;
  /** Adds the reports; false when that failed (the message is shown already). */
  onApply(choices: ConflictChoices): void;
  onCancel(): void;
}

/**
 * What a filled-in form will add, before anything is added: the reports, the rows left empty, problems that
 * stop the import (each naming its row), and a choice for every measure that already has a report.
 */
export function ImportPreview({ plan, preview, editable, onApply, onCancel }: ImportPreviewProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [choices, setChoices] = useState<Record<string, ConflictChoice>>({});
  const [undecided, setUndecided] = useState<string[]>([]);
  const firstUndecided = useRef<HTMLInputElement | null>(null);
  const measureOf = (measureId: string) => plan.measures.find((m) => m.id === measureId);
  const conflicts = preview.rows.filter((row) => row.conflict);
  const canImport = editable && preview.problems.length === 0 && preview.rows.length > 0;

  const apply = () => {
    const missing = conflicts.filter((row) => !choices[row.measureId]).map((row) => row.measureId);
    setUndecided(missing);
    if (missing.length > 0) {
      requestAnimationFrame(() => firstUndecided.current?.focus());
      return;
    }
    onApply(Object.entries(choices).map(([measureId, choice]) => ({ measureId, choice })));
  };

  return (
    <section className="ph-import-preview" aria-labelledby={`${id}-heading`}>
      <Heading level={3} data-size="xs" id={`${id}-heading`} tabIndex={-1}>
        {t('status.import.previewHeading', { file: preview.fileName })}
      </Heading>
      {preview.unitName && <Paragraph>{t('status.import.fromUnit', { unit: preview.unitName })}</Paragraph>}
      {preview.problems.length > 0 && (
        <Alert data-color="danger">
          <Paragraph>
            <strong>{t('status.import.problemsHeading', { count: preview.problems.length })}</strong>
          </Paragraph>
          <ul className="ph-problems">
            {preview.problems.map((problem) => (
              <li key={`${problem.row ?? 'file'}-${problem.message}`}>{problem.message}</li>
            ))}
          </ul>
          <Paragraph>{t('status.import.problemsHint')}</Paragraph>
        </Alert>
      )}
      {preview.rows.length > 0 && (
        <Table className="ph-import-table" zebra>
          <caption>{t('status.import.rowsCaption', { count: preview.rows.length })}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t('status.import.row')}</Table.HeaderCell>
              <Table.HeaderCell>{t('status.import.measure')}</Table.HeaderCell>
              <Table.HeaderCell>{t('status.import.newStatus')}</Table.HeaderCell>
              <Table.HeaderCell>{t('status.import.note')}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {preview.rows.map((row) => {
              const measure = measureOf(row.measureId);
              return (
                <Table.Row key={row.measureId}>
                  <Table.Cell>{row.row}</Table.Cell>
                  <Table.Cell>
                    {row.measureNumber} {row.measureTitle}
                  </Table.Cell>
                  <Table.Cell>
                    <StatusBadge status={measure ? effectiveStatus(row.draft, measure) : row.draft.status} />
                  </Table.Cell>
                  <Table.Cell>
                    {row.conflict ? t('status.import.conflictNote') : row.draft.narrative || '–'}
                  </Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      )}
      {preview.unchanged.length > 0 && (
        <Paragraph data-size="sm">
          {t('status.import.unchanged', { count: preview.unchanged.length })}
        </Paragraph>
      )}
      {preview.problems.length === 0 &&
        conflicts.map((row, index) => {
          const existing = row.conflict?.existing;
          const measure = measureOf(row.measureId);
          if (!existing) return null;
          const isUndecided = undecided.includes(row.measureId);
          const errorId = `${id}-conflict-${index}-error`;
          return (
            <Fieldset key={row.measureId} className="ph-conflict">
              <Fieldset.Legend>
                {t('status.import.conflictLegend', { measure: `${row.measureNumber} ${row.measureTitle}` })}
              </Fieldset.Legend>
              <Fieldset.Description>
                {t('status.import.conflictExisting', {
                  date: formatDate(existing.reportedAt, i18n.language),
                  by: existing.reportedBy || '–',
                })}{' '}
                <StatusBadge status={measure ? effectiveStatus(existing, measure) : existing.status} />
              </Fieldset.Description>
              {(['keep-existing', 'add-as-correction'] as const).map((choice, choiceIndex) => (
                <Radio
                  key={choice}
                  name={`${id}-conflict-${row.measureId}`}
                  value={choice}
                  label={t(`status.import.choices.${choice}`)}
                  checked={choices[row.measureId] === choice}
                  onChange={() => {
                    setChoices((previous) => ({ ...previous, [row.measureId]: choice }));
                    setUndecided((previous) => previous.filter((m) => m !== row.measureId));
                  }}
                  aria-invalid={isUndecided || undefined}
                  aria-describedby={isUndecided ? errorId : undefined}
                  ref={
                    choiceIndex === 0 && row.measureId === undecided[0]
                      ? (element) => {
                          firstUndecided.current = element;
                        }
                      : undefined
                  }
                />
              ))}
              {isUndecided && (
                <ValidationMessage id={errorId}>{t('status.import.chooseOne')}</ValidationMessage>
              )}
            </Fieldset>
          );
        })}
      <div className="ph-actions">
        {canImport && (
          <Button onClick={apply}>{t('status.import.apply', { count: preview.rows.length })}</Button>
        )}
        <Button variant={canImport ? 'tertiary' : 'secondary'} onClick={onCancel}>
          {canImport ? t('status.import.cancel') : t('status.import.close')}
        </Button>
      </div>
    </section>
  );
}
