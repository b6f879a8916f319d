import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileDelivery } from '../../../contract/methods/files';
import { findMunicipality } from '../../../core/municipalities/municipalities';
import { formUnitIdsFor, planForMunicipality } from '../../../core/municipalities/scope';
import { reportingPeriods } from '../../../core/reporting/periods';
import type { ReportableStatus } from '../../../core/status/draft';
import { statusRound } from '../../../core/status/round';
import { invoke } from '../../api/client';
import { receiveFile } from '../../api/receiveFile';
import { userMessage } from '../../app/errors';
import { useNotices } from '../../components/Notices';
import { MunicipalitySelect } from '../crisis/MunicipalitySelect';
import { useOpenPlan } from '../document/DocumentContext';
import { ChecksPanel } from './ChecksPanel';
import { MeasureStatusView } from './MeasureStatusView';
import { OwnerGroups } from './OwnerGroups';
import { PeriodSelect } from './PeriodSelect';
import { defaultRoundPeriod, isoToday, latestReportedPeriodId } from './periodChoice';
import { RemindersPanel } from './RemindersPanel';
import { RoundProgress } from './RoundProgress';
import { StatusFormsPanel } from './StatusFormsPanel';
import { useDomainLanguage } from './useDomainLanguage';
import './status.css';

interface Selection {
  measureId: string;
  presetStatus?: ReportableStatus;
}

/** The status round of one reporting period: progress, forms out and in, checks, and reports per owner. */
export function StatusPage() {
  const { t } = useTranslation();
  const { announce, showError } = useNotices();
  const { periodLabel } = useDomainLanguage();
  const doc = useOpenPlan();
  const { plan } = doc;
  const editable = !doc.readOnly && plan.lifecycle !== 'expired';
  const { period: planPeriod, reportingScheme } = plan;
  const periods = useMemo(
    () => reportingPeriods({ period: planPeriod, reportingScheme }),
    [planPeriod, reportingScheme],
  );
  // An archived plan is read for its history: start at its last reported period.
  const [periodId, setPeriodId] = useState(
    () =>
      (plan.lifecycle === 'expired' ? latestReportedPeriodId(plan) : undefined) ??
      defaultRoundPeriod(periods, isoToday())?.id ??
      '',
  );
  const period = periods.find((p) => p.id === periodId) ?? periods[0];
  // In a plan of several municipalities each runs its own round: its measures, its own owners' forms.
  const [municipality, setMunicipality] = useState('');
  const scoped = useMemo(
    () => (municipality ? planForMunicipality(plan, municipality) : plan),
    [plan, municipality],
  );
  const round = useMemo(() => {
    if (!period) return null;
    const whole = statusRound(scoped, period.id);
    const chosen = municipality ? findMunicipality(plan, municipality) : undefined;
    if (!chosen) return whole;
    // The shared units' measures count towards its progress, but their forms go out with the host's round.
    const own = new Set(formUnitIdsFor(plan, chosen));
    return { ...whole, owners: whole.owners.filter((g) => own.has(g.unitId)) };
  }, [plan, scoped, period, municipality]);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [exporting, setExporting] = useState(false);
  const [delivered, setDelivered] = useState<{ files: FileDelivery[]; count: number } | null>(null);
  const returnFocus = useRef<string | null>(null);
  const busy = useRef(false);

  const exportForms = useCallback(
    async (unitIds?: string[]) => {
      if (!period || busy.current) return;
      busy.current = true;
      setExporting(true);
      try {
        await doc.whenSent();
        const { files, count } = await invoke('statusForms.export', {
          docId: doc.doc.docId,
          periodId: period.id,
          ...(unitIds ? { unitIds } : {}),
          ...(municipality ? { municipality } : {}),
        });
        // The browser gets one file (the form, or all forms as one zip); the desktop app saved them already.
        if (files.length === 1 && files[0]) receiveFile(files[0]);
        setDelivered({ files, count });
        announce(files.length === 0 ? t('status.forms.notSavedAll') : t('status.forms.delivered', { count }));
      } catch (error) {
        showError(userMessage(error));
      } finally {
        busy.current = false;
        setExporting(false);
      }
    },
    [announce, doc, period, showError, t, municipality],
  );

  const open = useCallback((measureId: string, presetStatus?: ReportableStatus) => {
    returnFocus.current = measureId;
    setSelection({ measureId, ...(presetStatus ? { presetStatus } : {}) });
  }, []);

  const back = useCallback(() => {
    setSelection(null);
    const measureId = returnFocus.current;
    requestAnimationFrame(() => {
      const target = measureId
        ? document.querySelector<HTMLElement>(`[data-measure-id="${CSS.escape(measureId)}"]`)
        : null;
      (target ?? document.querySelector<HTMLElement>('main h1'))?.focus();
    });
  }, []);

  if (!period || !round) {
    return (
      <div className="ph-status-page">
        <Heading level={1} data-size="lg" tabIndex={-1}>
          {t('status.heading')}
        </Heading>
        <Paragraph>{t('status.noPeriods')}</Paragraph>
      </div>
    );
  }

  if (selection) {
    return (
      <MeasureStatusView
        key={`${selection.measureId}-${period.id}`}
        document={doc}
        editable={editable}
        measureId={selection.measureId}
        period={period}
        presetStatus={selection.presetStatus}
        onBack={back}
      />
    );
  }

  const ownersWithForms = round.owners.filter(
    (g) => g.unitId !== null && g.reported.length + g.missing.length > 0,
  ).length;

  return (
    <div className="ph-status-page">
      <div className="ph-page-intro">
        <Heading level={1} data-size="lg" tabIndex={-1}>
          {t('status.heading')}
        </Heading>
        <Paragraph>{t('status.intro')}</Paragraph>
      </div>
      {plan.lifecycle === 'expired' && (
        <Alert data-color="info">
          <Paragraph>{t('status.archived')}</Paragraph>
        </Alert>
      )}
      <section className="ph-section" aria-labelledby="round-period-heading">
        <Heading level={2} data-size="sm" id="round-period-heading">
          {t('status.round.heading', { period: periodLabel(period.id) })}
        </Heading>
        <PeriodSelect
          periods={periods}
          value={period.id}
          onChange={(id) => {
            setPeriodId(id);
            setDelivered(null);
          }}
        />
        <MunicipalitySelect
          plan={plan}
          value={municipality}
          onChange={(name) => {
            setMunicipality(name);
            setDelivered(null);
          }}
        />
        <RoundProgress round={round} />
      </section>
      <StatusFormsPanel
        key={`forms-${period.id}-${municipality}`}
        document={doc}
        editable={editable}
        period={period}
        ownerCount={ownersWithForms}
        exportForms={exportForms}
        exporting={exporting}
        delivered={delivered}
      />
      <RemindersPanel key={`reminders-${period.id}`} document={doc} period={period} />
      <ChecksPanel key={`checks-${period.id}`} plan={plan} period={period} onFix={open} />
      <OwnerGroups
        round={round}
        onOpen={(measureId) => open(measureId)}
        onExport={(unitId) => void exportForms([unitId])}
      />
    </div>
  );
}
