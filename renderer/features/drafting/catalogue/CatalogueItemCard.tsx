import { Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { CatalogueItem } from '../../../../core/catalogue/catalogueItem';
import { useOpenPlan } from '../../document/DocumentContext';
import { useDrafting } from '../DraftingContext';

interface Props {
  item: CatalogueItem;
  /** The measure's number when the plan already has this item. */
  addedAs: string | undefined;
  areaTitle: string;
  onAdd(item: CatalogueItem): void;
  readOnly: boolean;
}

export function CatalogueItemCard({ item, addedAs, areaTitle, onAdd, readOnly }: Props) {
  const { t } = useTranslation();
  const { plan } = useOpenPlan();
  const { templates } = useDrafting();
  const planUnit = plan.units.find((u) => u.typeId === item.suggestedOwnerTypeId);
  const typeName = templates.unitTypes.find((u) => u.typeId === item.suggestedOwnerTypeId)?.name;
  const label = (list: readonly { id: string; label: string }[], id: string) =>
    list.find((e) => e.id === id)?.label ?? id;
  const headingId = `catalogue-${item.id}`;
  return (
    <li className="ph-catalogue__item">
      <Heading level={3} data-size="2xs" id={headingId}>
        {item.title}
      </Heading>
      <Paragraph data-size="sm">{item.description}</Paragraph>
      <dl className="ph-catalogue__meta">
        <div>
          <dt>{t('drafting.catalogue.suggestedOwner')}</dt>
          <dd>
            {planUnit
              ? planUnit.name
              : t('drafting.catalogue.ownerNotInPlan', { name: typeName ?? item.suggestedOwnerTypeId })}
          </dd>
        </div>
        {item.targetGroups.length > 0 && (
          <div>
            <dt>{t('drafting.catalogue.targetGroups')}</dt>
            <dd className="ph-tags">
              {item.targetGroups.map((id) => (
                <Tag key={id} data-size="sm" data-color="neutral">
                  {label(templates.vocabulary.targetGroups, id)}
                </Tag>
              ))}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('drafting.catalogue.source')}</dt>
          <dd>{item.source}</dd>
        </div>
      </dl>
      <div className="ph-actions">
        {addedAs !== undefined && (
          <Tag data-color="success" data-size="sm">
            {t('drafting.catalogue.inPlan', { number: addedAs })}
          </Tag>
        )}
        {!readOnly && (
          <Button
            data-size="sm"
            variant={addedAs === undefined ? 'primary' : 'tertiary'}
            aria-label={t(
              addedAs === undefined ? 'drafting.catalogue.addLabel' : 'drafting.catalogue.addAgainLabel',
              {
                title: item.title,
                area: areaTitle,
              },
            )}
            onClick={() => onAdd(item)}
          >
            {addedAs === undefined ? t('drafting.catalogue.add') : t('drafting.catalogue.addAgain')}
          </Button>
        )}
      </div>
    </li>
  );
}
