import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryEntry } from '../../../contract/methods/library';
import { type CatchmentMember, catchments, shelfPlanOf } from '../../../core/crisisCentre/catchment';

/** Yes, missing, or not said by any plan: a duty of one municipality toward the crisis centre. */
function Duty({ done }: { done: boolean | null }) {
  const { t } = useTranslation();
  if (done === null) return <span className="ph-muted">{t('library.catchment.unknown')}</span>;
  return done ? (
    <Tag data-color="success" data-size="sm">
      {t('library.catchment.yes')}
    </Tag>
  ) : (
    <Tag data-color="warning" data-size="sm">
      {t('library.catchment.missing')}
    </Tag>
  );
}

function MemberRow({ member }: { member: CatchmentMember }) {
  const { t } = useTranslation();
  return (
    <Table.Row>
      <Table.HeaderCell scope="row">{member.municipality}</Table.HeaderCell>
      <Table.Cell>
        {member.hasPlan ? (
          member.plans.join(', ')
        ) : (
          <Tag data-color="warning" data-size="sm">
            {t('library.catchment.noPlan')}
          </Tag>
        )}
      </Table.Cell>
      <Table.Cell>
        <Duty done={member.contact} />
      </Table.Cell>
      <Table.Cell>
        <Duty done={member.internalControl} />
      </Table.Cell>
    </Table.Row>
  );
}

/**
 * The plans of the folder by the crisis centre their municipalities share: every municipality the centre serves,
 * whether a plan covers it, and whether it has named a contact person for the centre and run its internal
 * control. Shown when a plan in the folder has a crisis-centre profile.
 */
export function CatchmentPanel({ entries }: { entries: readonly LibraryEntry[] }) {
  const { t } = useTranslation();
  const groups = useMemo(
    () => catchments(entries.flatMap((e) => (e.summary ? [shelfPlanOf(e.summary)] : []))),
    [entries],
  );
  if (groups.length === 0) return null;
  return (
    <section className="ph-panel" aria-labelledby="library-catchment-heading">
      <Heading level={2} data-size="sm" id="library-catchment-heading">
        {t('library.catchment.heading')}
      </Heading>
      <Paragraph>{t('library.catchment.intro')}</Paragraph>
      {groups.map((group) => (
        <div className="ph-library__scroll" key={group.crisisCentre}>
          <Table className="ph-library__catchment" data-size="sm" zebra>
            <caption>{group.crisisCentre}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t('library.catchment.municipality')}</Table.HeaderCell>
                <Table.HeaderCell>{t('library.catchment.plans')}</Table.HeaderCell>
                <Table.HeaderCell>{t('library.catchment.contact')}</Table.HeaderCell>
                <Table.HeaderCell>{t('library.catchment.internalControl')}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {group.members.map((member) => (
                <MemberRow key={member.municipality} member={member} />
              ))}
            </Table.Body>
          </Table>
        </div>
      ))}
    </section>
  );
}
