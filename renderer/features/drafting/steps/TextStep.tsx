import { Button, Details, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { op } from '../../../../core/operations/registry';
import type { TextSection } from '../../../../core/schema/plan';
import { useNotices } from '../../../components/Notices';
import { useOpenPlan } from '../../document/DocumentContext';
import { useDrafting } from '../DraftingContext';
import { fieldKeys } from '../fieldKeys';
import { applyChange } from '../fields/applyChange';
import { CommitTextfield } from '../fields/CommitTextfield';
import { useChecks } from '../fields/useChecks';
import { required } from '../fields/validators';
import { RichTextPreview } from '../text/RichTextPreview';
import { markupToRichText, richTextToMarkup } from '../text/richTextMarkup';

/** Step 6: the plan's text sections, each with the template's guidance and a simple formatting markup. */
export function TextStep() {
  const { t } = useTranslation();
  const doc = useOpenPlan();
  const { plan, readOnly } = doc;
  return (
    <>
      <Details className="ph-markup-help">
        <Details.Summary>{t('drafting.text.markupHelpTitle')}</Details.Summary>
        <Details.Content>
          <Paragraph data-size="sm">{t('drafting.text.markupHelp')}</Paragraph>
          <pre className="ph-markup-example">{t('drafting.text.markupExample')}</pre>
        </Details.Content>
      </Details>
      {plan.sections.length === 0 && <Paragraph className="ph-empty">{t('drafting.text.empty')}</Paragraph>}
      {plan.sections.map((section, index) => (
        <SectionEditor key={section.id} section={section} number={index + 1} />
      ))}
      {!readOnly && <AddSection />}
    </>
  );
}

function SectionEditor({ section, number }: { section: TextSection; number: number }) {
  const { t } = useTranslation();
  const { announce } = useNotices();
  const doc = useOpenPlan();
  const { templates } = useDrafting();
  const checks = useChecks();
  const { readOnly } = doc;
  const guidance = templates.sections.find((s) => s.kind === section.kind)?.guidance;
  const markup = useMemo(() => richTextToMarkup(section.body), [section.body]);
  const headingId = `section-${section.id}`;
  return (
    <section className="ph-form-section" aria-labelledby={headingId}>
      <Heading level={3} data-size="xs" id={headingId}>
        {number}. {section.title || t('drafting.untitled')}
      </Heading>
      {guidance && (
        <div className="ph-guidance ph-guidance--small">
          <Paragraph data-size="sm">
            <strong>{t('drafting.text.guidance')}</strong> {guidance}
          </Paragraph>
        </div>
      )}
      <CommitTextfield
        label={t('drafting.text.title')}
        value={section.title}
        field={fieldKeys.section(section.id, 'title')}
        readOnly={readOnly}
        validate={checks(required)}
        onCommit={(v) =>
          applyChange(doc, op('section.update', { id: section.id, changes: { title: v.trim() } }))
        }
      />
      <CommitTextfield
        label={t('drafting.text.body')}
        description={t('drafting.text.bodyHint')}
        multiline
        rows={8}
        value={markup}
        field={fieldKeys.section(section.id, 'body')}
        readOnly={readOnly}
        onCommit={(v) =>
          applyChange(doc, op('section.update', { id: section.id, changes: { body: markupToRichText(v) } }))
        }
      />
      {section.body.length > 0 && (
        <Details>
          <Details.Summary>{t('drafting.text.preview')}</Details.Summary>
          <Details.Content>
            <RichTextPreview blocks={section.body} />
          </Details.Content>
        </Details>
      )}
      {!readOnly && (
        <div className="ph-actions">
          <Button
            variant="tertiary"
            data-size="sm"
            data-color="danger"
            aria-label={t('drafting.text.removeLabel', { title: section.title })}
            onClick={() => {
              if (doc.apply(op('section.remove', { id: section.id }))) {
                announce(t('drafting.text.removed', { title: section.title }));
                document.getElementById('step-heading')?.focus();
              }
            }}
          >
            {t('drafting.text.remove')}
          </Button>
        </div>
      )}
    </section>
  );
}

function AddSection() {
  const { t } = useTranslation();
  const { announce } = useNotices();
  const doc = useOpenPlan();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) {
      setError(t('drafting.text.titleRequired'));
      input.current?.focus();
      return;
    }
    const problem = applyChange(doc, op('section.add', { title: title }));
    if (problem) {
      setError(problem);
      return;
    }
    announce(t('drafting.text.added', { title: title.trim() }));
    setTitle('');
    setError(null);
  };
  return (
    <form className="ph-add-block" onSubmit={submit} noValidate aria-labelledby="add-section-heading">
      <Heading level={3} data-size="xs" id="add-section-heading">
        {t('drafting.text.addHeading')}
      </Heading>
      <div className="ph-form__row ph-form__row--end">
        <Textfield
          className="ph-grow"
          label={t('drafting.text.newTitle')}
          value={title}
          error={error ?? undefined}
          data-place={fieldKeys.addSection}
          onChange={(e) => {
            setTitle(e.target.value);
            setError(null);
          }}
          ref={(el) => {
            input.current = el as HTMLInputElement | null;
          }}
        />
        <Button type="submit" variant="secondary">
          {t('drafting.text.add')}
        </Button>
      </div>
    </form>
  );
}
