import { Button, Fieldset, Heading, Paragraph, Radio } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api/client';
import { receiveFile } from '../../api/receiveFile';
import { userMessage } from '../../app/errors';
import { useNotices } from '../../components/Notices';
import type { PlanDocument } from '../document/usePlanDocument';
import { MunicipalitySelect } from './MunicipalitySelect';

/** The supervision pack (Word) for one municipality, in Bokmål or Nynorsk. */
export function SupervisionSection({ doc }: { doc: PlanDocument }) {
  const { t } = useTranslation();
  const { announce, showError } = useNotices();
  const { plan } = doc;
  const [municipality, setMunicipality] = useState(plan.municipality.name);
  const [language, setLanguage] = useState<'nb' | 'nn'>(plan.language === 'nn' ? 'nn' : 'nb');
  const [busy, setBusy] = useState(false);

  const make = async () => {
    setBusy(true);
    try {
      await doc.whenSent();
      const file = await invoke('export.supervision', {
        source: { docId: doc.doc.docId },
        municipality,
        language,
      });
      receiveFile(file);
      announce(t('crisis.supervision.done'));
    } catch (error) {
      showError(userMessage(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="ph-panel ph-crisis__section" aria-labelledby="crisis-supervision-heading">
      <Heading level={2} data-size="sm" id="crisis-supervision-heading">
        {t('crisis.supervision.heading')}
      </Heading>
      <Paragraph>{t('crisis.supervision.intro')}</Paragraph>
      <MunicipalitySelect plan={plan} value={municipality} onChange={setMunicipality} required />
      <Fieldset>
        <Fieldset.Legend>{t('crisis.supervision.language')}</Fieldset.Legend>
        {(['nb', 'nn'] as const).map((value) => (
          <Radio
            key={value}
            name="supervision-language"
            value={value}
            label={t(`languages.${value}`)}
            checked={language === value}
            onChange={() => setLanguage(value)}
          />
        ))}
      </Fieldset>
      <Button onClick={() => void make()} disabled={busy}>
        {t('crisis.supervision.export')}
      </Button>
    </section>
  );
}
