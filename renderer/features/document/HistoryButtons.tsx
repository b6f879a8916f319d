import { Button } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import type { PlanDocument } from './usePlanDocument';

export function HistoryButtons({ document }: { document: PlanDocument }) {
  const { t } = useTranslation();
  if (document.readOnly) return null;
  return (
    <div className="ph-history">
      <Button
        variant="tertiary"
        data-size="sm"
        onClick={document.undo}
        aria-disabled={!document.canUndo || undefined}
        title={t('document.undoShortcut')}
      >
        {t('document.undo')}
      </Button>
      <Button
        variant="tertiary"
        data-size="sm"
        onClick={document.redo}
        aria-disabled={!document.canRedo || undefined}
        title={t('document.redoShortcut')}
      >
        {t('document.redo')}
      </Button>
    </div>
  );
}
