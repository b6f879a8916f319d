import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Radio,
  Select,
} from '@digdir/designsystemet-react';
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import { type FormEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { periodLabel } from '../../../core/labels/domainLabels';
import { privacyFindings } from '../../../core/quality/privacyRules';
import { reportingPeriods } from '../../../core/reporting/periods';
import { dateLocale } from '../../i18n/dates';
import { MunicipalitySelect } from '../crisis/MunicipalitySelect';
import type { PlanDocument } from '../document/usePlanDocument';
import { PrivacyAlert } from '../privacy/PrivacyAlert';
import { ExportResult } from './ExportResult';
import { type ExportChoice, type ExportKind, initialChoice } from './exportForm';
import { useExport } from './useExport';

interface ExportDialogProps {
  document: PlanDocument;
  /** The document the dialog opens with; null while it is closed. */
  openWith: ExportKind | null;
  /** True in the desktop app, where a save dialog asks where the file goes. */
  nativeDialogs: boolean;
  onClose: () => void;
}

function today(): string {
  return format(new Date(), 'yyyy-MM-dd');
}

/**
 * Choose the document (plan or progress report, period and variant), its language and the wheel figure, then
 * save it (app) or download it (browser), then open it or show it in its folder.
 */
export function ExportDialog({ document: doc, openWith, nativeDialogs, onClose }: ExportDialogProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const periodId = useId();
  const wheelHintId = useId();
  const exporter = useExport(doc);
  const [choice, setChoice] = useState<ExportChoice>(() =>
    initialChoice(doc.plan, openWith ?? 'plan', today()),
  );
  const [openedWith, setOpenedWith] = useState(openWith);
  // Each opening starts from the document it was opened for, with fresh defaults.
  if (openWith !== openedWith) {
    setOpenedWith(openWith);
    if (openWith) {
      setChoice(initialChoice(doc.plan, openWith, today()));
      exporter.reset();
    }
  }
  const periods = useMemo(() => reportingPeriods(doc.plan), [doc.plan]);
  const reported = useMemo(() => new Set(doc.plan.statusUpdates.map((u) => u.periodId)), [doc.plan]);
  const caseData = useMemo(() => privacyFindings(doc.plan), [doc.plan]);
  const locale = dateLocale(i18n.language);
  const language = i18n.language === 'nn' || i18n.language === 'en' ? i18n.language : 'nb';
  const change = (changes: Partial<ExportChoice>) => setChoice((previous) => ({ ...previous, ...changes }));
  const busy = exporter.state.kind === 'busy';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) void exporter.run(choice);
  };

  const close = () => {
    exporter.reset();
    onClose();
  };

  return (
    <Dialog
      open={openWith !== null}
      onClose={close}
      closeButton={t('export.dialog.close')}
      aria-labelledby={headingId}
      className="ph-export-dialog"
    >
      <Dialog.Block>
        <Heading level={2} data-size="sm" id={headingId}>
          {t('export.dialog.heading')}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        {exporter.state.kind === 'done' ? (
          <ExportResult
            delivery={exporter.state.delivery}
            revealFailed={exporter.revealFailed}
            onReveal={(action) => void exporter.reveal(action)}
            onAnother={exporter.reset}
            onClose={close}
          />
        ) : (
          <form className="ph-form" onSubmit={submit} noValidate>
            <Fieldset>
              <Fieldset.Legend>{t('export.dialog.document')}</Fieldset.Legend>
              <div className="ph-form__row">
                <Radio
                  name="export-kind"
                  value="plan"
                  label={t('export.dialog.plan')}
                  checked={choice.kind === 'plan'}
                  onChange={() => change({ kind: 'plan' })}
                />
                <Radio
                  name="export-kind"
                  value="report"
                  label={t('export.dialog.report')}
                  checked={choice.kind === 'report'}
                  disabled={periods.length === 0}
                  onChange={() => change({ kind: 'report' })}
                />
              </div>
            </Fieldset>
            {choice.kind === 'report' && (
              <>
                <Field>
                  <Label htmlFor={periodId}>{t('export.dialog.period')}</Label>
                  <Select
                    id={periodId}
                    value={choice.periodId}
                    onChange={(event) => change({ periodId: event.target.value })}
                  >
                    {periods.map((p) => {
                      const values = {
                        label: periodLabel(p.id, language),
                        from: format(parseISO(p.start), 'd. MMM', { locale }),
                        to: format(parseISO(p.end), 'd. MMM yyyy', { locale }),
                      };
                      return (
                        <Select.Option key={p.id} value={p.id}>
                          {reported.has(p.id)
                            ? t('export.dialog.periodReported', values)
                            : t('export.dialog.periodOption', values)}
                        </Select.Option>
                      );
                    })}
                  </Select>
                </Field>
                <MunicipalitySelect
                  plan={doc.plan}
                  value={choice.municipality}
                  onChange={(municipality) => change({ municipality })}
                />
                <Fieldset>
                  <Fieldset.Legend>{t('export.dialog.variant')}</Fieldset.Legend>
                  <Radio
                    name="export-variant"
                    value="political"
                    label={t('export.dialog.political')}
                    description={t('export.dialog.politicalHint')}
                    checked={choice.variant === 'political'}
                    onChange={() => change({ variant: 'political' })}
                  />
                  <Radio
                    name="export-variant"
                    value="full"
                    label={t('export.dialog.full')}
                    description={t('export.dialog.fullHint')}
                    checked={choice.variant === 'full'}
                    onChange={() => change({ variant: 'full' })}
                  />
                </Fieldset>
              </>
            )}
            <Fieldset>
              <Fieldset.Legend>{t('export.dialog.language')}</Fieldset.Legend>
              <div className="ph-form__row">
                {(['nb', 'nn'] as const).map((value) => (
                  <Radio
                    key={value}
                    name="export-language"
                    value={value}
                    label={t(`export.dialog.${value}`)}
                    checked={choice.language === value}
                    onChange={() => change({ language: value })}
                  />
                ))}
              </div>
            </Fieldset>
            {choice.kind === 'plan' && (
              <div>
                <Checkbox
                  label={t('export.dialog.wheel')}
                  aria-describedby={wheelHintId}
                  checked={exporter.wheelAvailable && choice.includeWheel}
                  disabled={!exporter.wheelAvailable}
                  onChange={(event) => change({ includeWheel: event.target.checked })}
                />
                {/* Outside the checkbox, so the reason stays readable while the box is disabled. */}
                <Paragraph id={wheelHintId} data-size="sm" className="ph-export-hint">
                  {exporter.wheelAvailable
                    ? t('export.dialog.wheelHint')
                    : t('export.dialog.wheelUnavailable')}
                </Paragraph>
              </div>
            )}
            <PrivacyAlert findings={caseData} />
            {exporter.state.kind === 'failed' && (
              <Alert data-color="danger" role="alert">
                <Paragraph>{exporter.state.message}</Paragraph>
              </Alert>
            )}
            <div className="ph-export-actions">
              <Button type="submit" loading={busy} aria-disabled={busy || undefined}>
                {busy
                  ? t('export.dialog.busy')
                  : nativeDialogs
                    ? t('export.dialog.submitApp')
                    : t('export.dialog.submitBrowser')}
              </Button>
              <Button type="button" variant="tertiary" onClick={close}>
                {t('export.dialog.cancel')}
              </Button>
            </div>
            <Paragraph data-size="sm" className="ph-muted">
              {nativeDialogs ? t('export.dialog.hintApp') : t('export.dialog.hintBrowser')}
            </Paragraph>
          </form>
        )}
      </Dialog.Block>
    </Dialog>
  );
}
