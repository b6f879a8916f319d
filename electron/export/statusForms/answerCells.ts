import type ExcelJS from 'exceljs';
import { STATUS_LABELS } from '../../../core/labels/domainLabels';
import { REPORTABLE_STATUSES } from '../../../core/status/draft';
import { RISK_LABELS } from '../../../core/status/riskLabels';
import type { DocumentLanguage } from '../docx/labels';
import { FORM_TEXTS } from './formTexts';
import { NO, YES } from './layout';

const listFormula = (values: readonly string[]) => `"${values.join(',')}"`;

/**
 * What a cell in each answer column accepts, so Excel offers the list (in the form's language) and refuses
 * anything else.
 */
function validations(language: DocumentLanguage): Record<string, ExcelJS.DataValidation> {
  const texts = FORM_TEXTS[language];
  const statusLabels = REPORTABLE_STATUSES.map((s) => STATUS_LABELS[s][language]);
  const riskLabels = Object.values(RISK_LABELS).map((l) => l[language]);
  return {
    status: {
      type: 'list',
      allowBlank: true,
      formulae: [listFormula(statusLabels)],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: texts.statusList.errorTitle,
      error: texts.statusList.error,
      showInputMessage: true,
      promptTitle: 'Status',
      prompt: texts.statusList.prompt,
    },
    risk: {
      type: 'list',
      allowBlank: true,
      formulae: [listFormula(riskLabels)],
      showErrorMessage: true,
      errorTitle: texts.riskList.errorTitle,
      error: texts.riskList.error(riskLabels),
    },
    decisionNeeded: {
      type: 'list',
      allowBlank: true,
      formulae: [listFormula([YES, NO])],
      showErrorMessage: true,
      errorTitle: texts.yesNo.errorTitle,
      error: texts.yesNo.error,
    },
    asOf: {
      type: 'date',
      operator: 'greaterThan',
      allowBlank: true,
      formulae: [new Date('2000-01-01T00:00:00Z')],
      showErrorMessage: true,
      errorTitle: texts.date.errorTitle,
      error: texts.date.error,
    },
  };
}

const BY_LANGUAGE: Record<DocumentLanguage, Record<string, ExcelJS.DataValidation>> = {
  nb: validations('nb'),
  nn: validations('nn'),
};

export function validationFor(
  columnKey: string,
  language: DocumentLanguage,
): ExcelJS.DataValidation | undefined {
  const validation = BY_LANGUAGE[language][columnKey];
  return validation && { ...validation, formulae: [...validation.formulae] };
}
