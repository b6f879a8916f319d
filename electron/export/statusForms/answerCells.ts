import type ExcelJS from 'exceljs';
import { STATUS_LABELS } from '../../../core/labels/domainLabels';
import { REPORTABLE_STATUSES } from '../../../core/status/draft';
import { RISK_LABELS } from '../../../core/status/riskLabels';
import { NO, YES } from './layout';

const listFormula = (values: readonly string[]) => `"${values.join(',')}"`;
const statusLabels = REPORTABLE_STATUSES.map((s) => STATUS_LABELS[s].nb);
const riskLabels = Object.values(RISK_LABELS).map((l) => l.nb);

/** What a cell in each answer column accepts, so Excel offers the list and refuses anything else. */
const VALIDATION_BY_COLUMN: Record<string, ExcelJS.DataValidation> = {
  status: {
    type: 'list',
    allowBlank: true,
    formulae: [listFormula(statusLabels)],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Ukjent status',
    error: 'Velg en status fra listen.',
    showInputMessage: true,
    promptTitle: 'Status',
    prompt: '«Gjennomført etter frist» settes automatisk når «Gjennomført» kommer etter fristen.',
  },
  risk: {
    type: 'list',
    allowBlank: true,
    formulae: [listFormula(riskLabels)],
    showErrorMessage: true,
    errorTitle: 'Ukjent risiko',
    error: `Velg ${riskLabels.join(', ')}.`,
  },
  decisionNeeded: {
    type: 'list',
    allowBlank: true,
    formulae: [listFormula([YES, NO])],
    showErrorMessage: true,
    errorTitle: 'Ja eller Nei',
    error: 'Skriv Ja eller Nei.',
  },
  asOf: {
    type: 'date',
    operator: 'greaterThan',
    allowBlank: true,
    formulae: [new Date('2000-01-01T00:00:00Z')],
    showErrorMessage: true,
    errorTitle: 'Ugyldig dato',
    error: 'Skriv datoen som dd.mm.åååå.',
  },
};

export function validationFor(columnKey: string): ExcelJS.DataValidation | undefined {
  const validation = VALIDATION_BY_COLUMN[columnKey];
  return validation && { ...validation, formulae: [...validation.formulae] };
}
