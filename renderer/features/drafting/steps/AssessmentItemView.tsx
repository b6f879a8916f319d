import { Fieldset, Radio } from '@digdir/designsystemet-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplatesData } from '../../../../contract/methods/drafting';
import type { AnswerValue } from '../../../../core/plan/assessment';
import { fieldKeys } from '../fieldKeys';
import { CommitTextfield } from '../fields/CommitTextfield';

export const ANSWERS: readonly AnswerValue[] = ['yes', 'partly', 'no', 'unknown'];

interface Props {
  item: TemplatesData['assessment']['items'][number];
  answer: AnswerValue;
  note: string;
  readOnly: boolean;
  onAnswer(itemId: string, answer: AnswerValue): void;
  onNote(itemId: string, note: string): string | null;
}

/** One checklist question: yes / partly / no / don't know, why it matters, and a free note. */
export const AssessmentItemView = memo(function AssessmentItemView({
  item,
  answer,
  note,
  readOnly,
  onAnswer,
  onNote,
}: Props) {
  const { t } = useTranslation();
  return (
    <li className="ph-checklist__item" data-answer={answer}>
      <Fieldset data-size="sm">
        <Fieldset.Legend>{item.question}</Fieldset.Legend>
        <Fieldset.Description>{item.help}</Fieldset.Description>
        <div className="ph-radios-inline">
          {ANSWERS.map((value, index) => (
            <Radio
              key={value}
              name={`assessment-${item.id}`}
              value={value}
              label={t(`drafting.assessment.answers.${value}`)}
              checked={answer === value}
              readOnly={readOnly}
              data-place={index === 0 ? fieldKeys.assessment(item.id) : undefined}
              onChange={() => !readOnly && onAnswer(item.id, value)}
            />
          ))}
        </div>
      </Fieldset>
      <CommitTextfield
        data-size="sm"
        label={t('drafting.assessment.note')}
        context={t('drafting.assessment.noteFor', { question: item.question })}
        multiline
        rows={2}
        value={note}
        readOnly={readOnly}
        onCommit={(value) => onNote(item.id, value.trim())}
      />
    </li>
  );
});
