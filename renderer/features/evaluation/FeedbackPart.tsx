import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../core/ids';
import { FEEDBACK_SOURCE_LABELS } from '../../../core/labels/evaluationLabels';
import { op } from '../../../core/operations/registry';
import { type Evaluation, FeedbackSource } from '../../../core/schema/evaluation';
import { useOpenPlan } from '../document/DocumentContext';
import { applyChange } from '../drafting/fields/applyChange';
import { useDomainLanguage } from '../status/useDomainLanguage';
import { ChoiceSelect } from './ChoiceSelect';

/** Feedback from the councils, partners and users: free text with its source. */
export function FeedbackPart({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useTranslation();
  const { language } = useDomainLanguage();
  const doc = useOpenPlan();
  const [source, setSource] = useState<FeedbackSource>('elders-council');
  const [sourceName, setSourceName] = useState('');
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim() === '') {
      setError(t('evaluation.feedback.textRequired'));
      return;
    }
    const problem = applyChange(
      doc,
      op('evaluation.addFeedback', {
        evaluationId: evaluation.id,
        feedback: { id: newId(), source, sourceName: sourceName.trim(), text: text.trim() },
      }),
    );
    if (problem) {
      setError(problem);
      return;
    }
    setError(null);
    setSourceName('');
    setText('');
  };

  return (
    <section className="ph-section" aria-labelledby="evaluation-feedback-heading">
      <Heading level={2} data-size="sm" id="evaluation-feedback-heading">
        {t('evaluation.feedback.heading')}
      </Heading>
      {evaluation.feedback.length === 0 ? (
        <Paragraph data-size="sm">{t('evaluation.feedback.none')}</Paragraph>
      ) : (
        <ul className="ph-evaluation__feedback">
          {evaluation.feedback.map((f) => {
            const from = [FEEDBACK_SOURCE_LABELS[f.source][language], f.sourceName]
              .filter(Boolean)
              .join(', ');
            return (
              <li key={f.id}>
                <Paragraph>
                  <strong>{from}:</strong> {f.text}
                </Paragraph>
                {!doc.readOnly && (
                  <Button
                    variant="tertiary"
                    data-size="sm"
                    onClick={() =>
                      applyChange(
                        doc,
                        op('evaluation.removeFeedback', { evaluationId: evaluation.id, id: f.id }),
                      )
                    }
                  >
                    {t('evaluation.feedback.remove', { source: from })}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {!doc.readOnly && (
        <form className="ph-evaluation__add-feedback" onSubmit={add} noValidate>
          <div className="ph-form__row ph-form__row--end">
            <ChoiceSelect
              label={t('evaluation.feedback.source')}
              value={source}
              options={FeedbackSource.options}
              labelOf={(k) => FEEDBACK_SOURCE_LABELS[k][language]}
              onChange={(v) => setSource(v ?? 'other')}
            />
            <Textfield
              label={t('evaluation.feedback.sourceName')}
              value={sourceName}
              onChange={(e) => setSourceName(e.target.value)}
            />
          </div>
          <Textfield
            label={t('evaluation.feedback.text')}
            multiline
            value={text}
            rows={3}
            onChange={(e) => {
              setText(e.target.value);
              if (error) setError(null);
            }}
          />
          {error && (
            <Paragraph data-size="sm" className="ph-error" role="alert">
              {error}
            </Paragraph>
          )}
          <Button type="submit">{t('evaluation.feedback.add')}</Button>
        </form>
      )}
    </section>
  );
}
