import { Button, Field, Heading, Label, Select } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { profileOf } from '../../../core/crisisCentre/profile';
import { planMunicipalities } from '../../../core/municipalities/municipalities';
import { op } from '../../../core/operations/registry';
import { CrisisCentreArrangement } from '../../../core/schema/crisisCentre';
import { DateTextfield } from '../../components/DateTextfield';
import { useNotices } from '../../components/Notices';
import type { PlanDocument } from '../document/usePlanDocument';
import { applyChange } from '../drafting/fields/applyChange';
import { CommitTextfield } from '../drafting/fields/CommitTextfield';
import { KnownSelect } from './KnownSelect';

type ProfileChanges = Parameters<typeof op<'crisisCentre.update'>>[1]['changes'];

const numberOrNull = (text: string): number | null | undefined => {
  if (text.trim() === '') return null;
  const value = Number(text.replace(',', '.').replace(/\s/g, ''));
  return Number.isFinite(value) && value >= 0 ? value : undefined;
};

/** The crisis-centre profile: arrangement, staffing, adaptation, internal control and supervision. */
export function ProfileSection({ doc }: { doc: PlanDocument }) {
  const { t } = useTranslation();
  const { announce } = useNotices();
  const { plan, readOnly } = doc;
  const profile = profileOf(plan);
  const arrangementId = useId();
  const hostId = useId();
  const update = (changes: ProfileChanges) => applyChange(doc, op('crisisCentre.update', { changes }));
  const numeric = (field: 'familyUnits' | 'costPerInhabitantNok') => (text: string) => {
    const value = numberOrNull(text);
    if (value === undefined) return t('crisis.profile.numberInvalid');
    return update({ [field]: field === 'familyUnits' && value !== null ? Math.round(value) : value });
  };
  const supervision = profile.lastSupervision;

  return (
    <section className="ph-panel ph-crisis__section" aria-labelledby="crisis-profile-heading">
      <Heading level={2} data-size="sm" id="crisis-profile-heading">
        {t('crisis.profile.heading')}
      </Heading>
      <div className="ph-crisis__grid">
        <CommitTextfield
          label={t('crisis.profile.name')}
          value={profile.name}
          readOnly={readOnly}
          onCommit={(name) => update({ name })}
        />
        <Field>
          <Label htmlFor={arrangementId}>{t('crisis.profile.arrangement')}</Label>
          <Select
            id={arrangementId}
            value={profile.arrangement ?? ''}
            disabled={readOnly}
            onChange={(event) =>
              update({
                arrangement:
                  event.target.value === '' ? null : CrisisCentreArrangement.parse(event.target.value),
              })
            }
          >
            <Select.Option value="">{t('crisis.profile.arrangements.none')}</Select.Option>
            {CrisisCentreArrangement.options.map((a) => (
              <Select.Option key={a} value={a}>
                {t(`crisis.profile.arrangements.${a}`)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <Field>
          <Label htmlFor={hostId}>{t('crisis.profile.host')}</Label>
          <Select
            id={hostId}
            value={profile.hostMunicipality}
            disabled={readOnly}
            onChange={(event) => update({ hostMunicipality: event.target.value })}
          >
            <Select.Option value="">{t('crisis.profile.arrangements.none')}</Select.Option>
            {planMunicipalities(plan).map((m) => (
              <Select.Option key={m.name} value={m.name}>
                {m.name}
              </Select.Option>
            ))}
          </Select>
        </Field>
        <KnownSelect
          label={t('crisis.profile.staffedWomen')}
          value={profile.staffedAroundTheClock.women}
          disabled={readOnly}
          onChange={(women) => update({ staffedAroundTheClock: { ...profile.staffedAroundTheClock, women } })}
        />
        <KnownSelect
          label={t('crisis.profile.staffedMen')}
          value={profile.staffedAroundTheClock.men}
          disabled={readOnly}
          onChange={(men) => update({ staffedAroundTheClock: { ...profile.staffedAroundTheClock, men } })}
        />
        <CommitTextfield
          label={t('crisis.profile.menLocation')}
          value={profile.menServiceLocation}
          readOnly={readOnly}
          onCommit={(menServiceLocation) => update({ menServiceLocation })}
        />
        <KnownSelect
          label={t('crisis.profile.universalDesign')}
          value={profile.universalDesign}
          disabled={readOnly}
          onChange={(universalDesign) => update({ universalDesign })}
        />
        {(['spokenLanguages', 'signLanguage', 'deafblind'] as const).map((kind) => (
          <KnownSelect
            key={kind}
            label={t(
              kind === 'spokenLanguages'
                ? 'crisis.profile.interpreterSpoken'
                : kind === 'signLanguage'
                  ? 'crisis.profile.interpreterSign'
                  : 'crisis.profile.interpreterDeafblind',
            )}
            value={profile.interpreter[kind]}
            disabled={readOnly}
            onChange={(value) => update({ interpreter: { ...profile.interpreter, [kind]: value } })}
          />
        ))}
        <CommitTextfield
          label={t('crisis.profile.familyUnits')}
          value={profile.familyUnits === undefined ? '' : String(profile.familyUnits)}
          inputMode="numeric"
          readOnly={readOnly}
          onCommit={numeric('familyUnits')}
        />
        <CommitTextfield
          label={t('crisis.profile.cost')}
          value={profile.costPerInhabitantNok === undefined ? '' : String(profile.costPerInhabitantNok)}
          inputMode="numeric"
          readOnly={readOnly}
          onCommit={numeric('costPerInhabitantNok')}
        />
        <DateTextfield
          label={t('crisis.profile.lastInternalControl')}
          value={profile.lastInternalControl ?? ''}
          readOnly={readOnly}
          onValueChange={(value) => {
            if (value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value))
              update({ lastInternalControl: value || null });
          }}
        />
        <DateTextfield
          label={t('crisis.profile.lastSupervision')}
          value={supervision.date ?? ''}
          readOnly={readOnly}
          onValueChange={(value) => {
            if (value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value)) {
              applyChange(
                doc,
                op('crisisCentre.setSupervision', { date: value || null, by: supervision.by }),
              );
            }
          }}
        />
        <CommitTextfield
          label={t('crisis.profile.supervisedBy')}
          value={supervision.by}
          readOnly={readOnly}
          onCommit={(by) =>
            applyChange(doc, op('crisisCentre.setSupervision', { date: supervision.date ?? null, by }))
          }
        />
      </div>
      {!readOnly && (
        <div className="ph-crisis__actions">
          <Button
            variant="secondary"
            onClick={() => {
              if (doc.apply(op('crisisCentre.generateSection', {}))) announce(t('crisis.profile.generated'));
            }}
          >
            {t('crisis.profile.generate')}
          </Button>
          <Button
            variant="secondary"
            onClick={() => {
              const today = new Date().toISOString().slice(0, 10);
              if (doc.apply(op('crisisCentre.preAnswer', { today })))
                announce(t('crisis.profile.preAnswered'));
            }}
          >
            {t('crisis.profile.preAnswer')}
          </Button>
        </div>
      )}
    </section>
  );
}
