import { Button, SkipLink } from '@digdir/designsystemet-react';
import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../core/schema/common';
import { PLAN_PAGES, TOOL_PAGES } from '../app/pages';
import { planPageRoute, useRoute } from '../app/router';
import { DocumentNotices } from '../features/document/DocumentNotices';
import { HistoryButtons } from '../features/document/HistoryButtons';
import { MigratedNotice } from '../features/document/MigratedNotice';
import { ReadOnlyBanner } from '../features/document/ReadOnlyBanner';
import { SaveFailureNotice, SaveStatusView } from '../features/document/SaveStatusView';
import type { PlanDocument } from '../features/document/usePlanDocument';
import { LanguagePicker } from './LanguagePicker';
import { Announcer, ErrorNotice } from './Notices';

interface LayoutProps {
  document: PlanDocument | null;
  /** The plan page shown, or null on the start page. */
  pageId: string | null;
  onLanguageChange: (language: Language) => void;
  onClosePlan: () => void;
  children: ReactNode;
}

/** Skip link, banner with app name, plan menu, save state and language, then the page in `<main>`. */
export function Layout({ document: doc, pageId, onLanguageChange, onClosePlan, children }: LayoutProps) {
  const { t } = useTranslation();
  const route = useRoute();
  // The hash is the router's, so the skip link moves focus itself instead of changing the hash.
  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById('main')?.focus();
  };
  return (
    <>
      <SkipLink href="#main" onClick={skipToMain}>
        {t('layout.skipToContent')}
      </SkipLink>
      <header className="ph-header">
        <div className="ph-header__bar ph-container">
          <a
            className="ph-brand"
            href="#/"
            aria-current={
              pageId === null && !TOOL_PAGES.some((tool) => tool.route === route) ? 'page' : undefined
            }
          >
            <span className="ph-brand__name">{t('app.name')}</span>
            <span className="ph-brand__tagline">{t('app.tagline')}</span>
          </a>
          <div className="ph-header__tools">
            {TOOL_PAGES.map((tool) => (
              <a
                key={tool.route}
                className="ph-nav__link"
                href={`#${tool.route}`}
                aria-current={route === tool.route ? 'page' : undefined}
              >
                {t(tool.labelKey)}
              </a>
            ))}
            {doc && <SaveStatusView document={doc} />}
            {doc && <HistoryButtons document={doc} />}
            <LanguagePicker onChange={onLanguageChange} />
          </div>
        </div>
        {doc && (
          <nav className="ph-nav" aria-label={t('layout.mainNav')}>
            <div className="ph-container ph-nav__inner">
              <span className="ph-nav__plan" title={doc.plan.title}>
                {doc.plan.title}
              </span>
              <ul className="ph-nav__list">
                {PLAN_PAGES.map((page) => (
                  <li key={page.id}>
                    <a
                      className="ph-nav__link"
                      href={`#${planPageRoute(page.id)}`}
                      aria-current={page.id === pageId ? 'page' : undefined}
                    >
                      {t(page.labelKey)}
                    </a>
                  </li>
                ))}
              </ul>
              <Button variant="tertiary" data-size="sm" className="ph-nav__close" onClick={onClosePlan}>
                {t('layout.closePlan')}
              </Button>
            </div>
          </nav>
        )}
      </header>
      <main id="main" tabIndex={-1} className="ph-container ph-main">
        <ErrorNotice />
        {doc && pageId && <ReadOnlyBanner document={doc} />}
        {doc && pageId && <MigratedNotice document={doc} />}
        {doc && <SaveFailureNotice document={doc} />}
        {doc && <DocumentNotices />}
        {children}
      </main>
      <Announcer />
    </>
  );
}
