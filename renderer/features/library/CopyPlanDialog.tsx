import {
  Button,
  Checkbox,
  Dialog,
  Fieldset,
  Heading,
  Paragraph,
  Radio,
  Spinner,
  Textfield,
} from '@digdir/designsystemet-react';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryEntry, PlanOutline } from '../../../contract/methods/library';
import { invoke } from '../../api/client';
import { userMessage } from '../../app/errors';
import { checkNewPlan, type NewPlanErrors } from '../start/newPlanForm';

interface CopyPlanDialogProps {
  entry: LibraryEntry;
  onClose(): void;
  onCopied(result: { path: string; title: string }): void;
}

/**
 * «Kopier som utgangspunkt»: a new plan for another municipality from this one, whole or only the focus
 * areas and measures chosen. The new plan gets new ids and no status history; the source is left as it is.
 */
export function CopyPlanDialog({ entry, onClose, onCopied }: CopyPlanDialogProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const summary = entry.summary;
  const [outline, setOutline] = useState<PlanOutline | null>(null);
  const [values, setValues] = useState({
    title: summary?.title ?? '',
    municipality: '',
    fromYear: String((summary?.toYear ?? new Date().getFullYear()) + 1),
    toYear: String((summary?.toYear ?? new Date().getFullYear()) + 4),
  });
  const [whole, setWhole] = useState(true);
  const [areas, setAreas] = useState<ReadonlySet<string>>(new Set());
  const [measures, setMeasures] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<NewPlanErrors>({});
  const [selectionError, setSelectionError] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement | null>(null);

  useEffect(() => {
    invoke('library.outline', { path: entry.path })
      .then(setOutline)
      .catch((error: unknown) => setProblem(userMessage(error)));
    first.current?.focus();
  }, [entry.path]);

  const toggle = (set: ReadonlySet<string>, id: string) => {
    const next = new Set(set);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkNewPlan(values);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    if (!whole && areas.size === 0 && measures.size === 0) {
      setSelectionError(true);
      return;
    }
    setBusy(true);
    setProblem(null);
    try {
      const result = await invoke('library.copy', {
        sourcePath: entry.path,
        title: checked.request.title,
        municipality: checked.request.municipality,
        fromYear: checked.request.fromYear,
        toYear: checked.request.toYear,
        ...(whole ? {} : { focusAreaIds: [...areas], measureIds: [...measures] }),
      });
      onCopied(result);
    } catch (error) {
      setProblem(userMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const error = (field: keyof NewPlanErrors) => {
    const code = errors[field];
    return code ? t(`start.new.errors.${code}`) : undefined;
  };
  const change = (field: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues((previous) => ({ ...previous, [field]: event.target.value }));

  return (
    <Dialog open onClose={onClose} closeButton={t('library.copyDialog.close')} aria-labelledby={headingId}>
      <form className="ph-form ph-copy" onSubmit={(event) => void submit(event)} noValidate>
        <Heading level={2} data-size="sm" id={headingId}>
          {t('library.copyDialog.heading', { title: summary?.title ?? entry.fileName })}
        </Heading>
        <Paragraph data-size="sm">{t('library.copyDialog.intro')}</Paragraph>
        <Textfield
          label={t('library.copyDialog.title')}
          value={values.title}
          onChange={change('title')}
          error={error('title')}
          ref={(element) => {
            first.current = element as HTMLInputElement | null;
          }}
        />
        <Textfield
          label={t('library.copyDialog.municipality')}
          value={values.municipality}
          onChange={change('municipality')}
          error={error('municipality')}
          autoComplete="off"
        />
        <div className="ph-form__row">
          <Textfield
            label={t('library.copyDialog.fromYear')}
            inputMode="numeric"
            size={6}
            maxLength={4}
            value={values.fromYear}
            onChange={change('fromYear')}
            error={error('fromYear')}
          />
          <Textfield
            label={t('library.copyDialog.toYear')}
            inputMode="numeric"
            size={6}
            maxLength={4}
            value={values.toYear}
            onChange={change('toYear')}
            error={error('toYear')}
          />
        </div>
        <Fieldset>
          <Fieldset.Legend>{t('library.copyDialog.what')}</Fieldset.Legend>
          <Radio
            name="copy-what"
            label={t('library.copyDialog.whole')}
            value="whole"
            checked={whole}
            onChange={() => setWhole(true)}
          />
          <Radio
            name="copy-what"
            label={t('library.copyDialog.chosen')}
            value="chosen"
            checked={!whole}
            onChange={() => setWhole(false)}
          />
        </Fieldset>
        {!whole &&
          (outline ? (
            <Fieldset className="ph-copy__choices" aria-invalid={selectionError || undefined}>
              <Fieldset.Legend>{t('library.copyDialog.choose')}</Fieldset.Legend>
              {selectionError && (
                <Paragraph data-color="danger">{t('library.copyDialog.chooseSomething')}</Paragraph>
              )}
              {outline.focusAreas.map((area) => (
                <div key={area.id} className="ph-copy__area">
                  <Checkbox
                    label={t('library.copyDialog.wholeArea', {
                      number: area.number,
                      title: area.title,
                      count: area.measures.length,
                    })}
                    checked={areas.has(area.id)}
                    onChange={() => {
                      setAreas(toggle(areas, area.id));
                      setSelectionError(false);
                    }}
                  />
                  {!areas.has(area.id) && area.measures.length > 0 && (
                    <div className="ph-copy__measures">
                      {area.measures.map((m) => (
                        <Checkbox
                          key={m.id}
                          data-size="sm"
                          label={`${m.number} ${m.title}`}
                          checked={measures.has(m.id)}
                          onChange={() => {
                            setMeasures(toggle(measures, m.id));
                            setSelectionError(false);
                          }}
                        />
                      ))}
                    </div>
                  )}
                </div>
              ))}
            </Fieldset>
          ) : (
            <Spinner aria-label={t('library.loading')} data-size="sm" />
          ))}
        <Paragraph data-size="sm">{t('library.copyDialog.leftBehind')}</Paragraph>
        {problem && <Paragraph data-color="danger">{problem}</Paragraph>}
        <div className="ph-actions">
          <Button type="submit" loading={busy}>
            {t('library.copyDialog.submit')}
          </Button>
          <Button type="button" variant="secondary" onClick={onClose}>
            {t('library.copyDialog.cancel')}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
