import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { op } from '../../../../core/operations/registry';
import type { Member } from '../../../../core/schema/organisation';
import { useNotices } from '../../../components/Notices';
import { useOpenPlan } from '../../document/DocumentContext';
import { applyChange } from '../fields/applyChange';
import { CommitTextfield } from '../fields/CommitTextfield';
import { UnitSelect } from '../fields/UnitSelect';
import { useChecks } from '../fields/useChecks';
import { required } from '../fields/validators';

export function MembersSection() {
  const { t } = useTranslation();
  const doc = useOpenPlan();
  const { plan, readOnly } = doc;
  return (
    <section className="ph-form-section" aria-labelledby="group-members">
      <Heading level={3} data-size="xs" id="group-members" tabIndex={-1}>
        {t('drafting.group.members')}
      </Heading>
      <Paragraph className="ph-muted">{t('drafting.group.membersHint')}</Paragraph>
      {plan.members.length === 0 ? (
        <Paragraph className="ph-empty">{t('drafting.group.noMembers')}</Paragraph>
      ) : (
        <ol className="ph-rows">
          {plan.members.map((member, index) => (
            <MemberRow key={member.id} member={member} number={index + 1} />
          ))}
        </ol>
      )}
      {!readOnly && <AddMemberForm />}
    </section>
  );
}

function MemberRow({ member, number }: { member: Member; number: number }) {
  const { t } = useTranslation();
  const { announce } = useNotices();
  const doc = useOpenPlan();
  const checks = useChecks();
  const { plan, readOnly } = doc;
  return (
    <li className="ph-rows__item">
      <div className="ph-form__row ph-form__row--end">
        <CommitTextfield
          className="ph-grow"
          label={t('drafting.group.memberName', { number })}
          value={member.name}
          readOnly={readOnly}
          validate={checks(required)}
          onCommit={(v) =>
            applyChange(doc, op('member.update', { id: member.id, changes: { name: v.trim() } }))
          }
        />
        <CommitTextfield
          className="ph-grow"
          label={t('drafting.group.memberRole', { number })}
          value={member.role}
          readOnly={readOnly}
          onCommit={(v) =>
            applyChange(doc, op('member.update', { id: member.id, changes: { role: v.trim() } }))
          }
        />
        <div className="ph-grow">
          <UnitSelect
            label={t('drafting.group.memberUnit', { number })}
            units={plan.units}
            value={member.unitId}
            noneLabel={t('drafting.units.none')}
            readOnly={readOnly}
            onChange={(unitId) =>
              applyChange(doc, op('member.update', { id: member.id, changes: { unitId } }))
            }
          />
        </div>
        {!readOnly && (
          <Button
            variant="tertiary"
            data-color="danger"
            data-size="sm"
            aria-label={t('drafting.group.removeMemberLabel', { name: member.name })}
            onClick={() => {
              if (doc.apply(op('member.remove', { id: member.id }))) {
                announce(t('drafting.group.memberRemoved', { name: member.name }));
                document.getElementById('group-members')?.focus();
              }
            }}
          >
            {t('drafting.remove')}
          </Button>
        )}
      </div>
    </li>
  );
}

function AddMemberForm() {
  const { t } = useTranslation();
  const { announce } = useNotices();
  const doc = useOpenPlan();
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [unitId, setUnitId] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const nameInput = useRef<HTMLInputElement | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError(t('drafting.group.memberNameRequired'));
      nameInput.current?.focus();
      return;
    }
    const problem = applyChange(doc, op('member.add', { name, role: role.trim(), unitId }));
    if (problem) {
      setError(problem);
      return;
    }
    announce(t('drafting.group.memberAdded', { name: name.trim() }));
    setName('');
    setRole('');
    setUnitId(undefined);
    setError(null);
    nameInput.current?.focus();
  };

  return (
    <form className="ph-add-block" onSubmit={submit} noValidate aria-labelledby="add-member-heading">
      <Heading level={4} data-size="2xs" id="add-member-heading">
        {t('drafting.group.addMember')}
      </Heading>
      <div className="ph-form__row ph-form__row--end">
        <Textfield
          className="ph-grow"
          label={t('drafting.group.newMemberName')}
          value={name}
          error={error ?? undefined}
          autoComplete="off"
          onChange={(e) => {
            setName(e.target.value);
            setError(null);
          }}
          ref={(el) => {
            nameInput.current = el as HTMLInputElement | null;
          }}
        />
        <Textfield
          className="ph-grow"
          label={t('drafting.group.newMemberRole')}
          value={role}
          onChange={(e) => setRole(e.target.value)}
        />
        <div className="ph-grow">
          <UnitSelect
            label={t('drafting.group.newMemberUnit')}
            units={doc.plan.units}
            value={unitId}
            noneLabel={t('drafting.units.none')}
            onChange={setUnitId}
          />
        </div>
        <Button type="submit" variant="secondary">
          {t('drafting.group.addMemberButton')}
        </Button>
      </div>
    </form>
  );
}
