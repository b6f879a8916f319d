import { type ReactNode, Suspense, useCallback, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { MenuCommand } from './api/client';
import { findPlanPage, findToolPage } from './app/pages';
import { DEFAULT_PLAN_PAGE, navigate, planPageId, useRoute } from './app/router';
import { useAppInfo } from './app/useAppInfo';
import { useLanguageSetting } from './app/useLanguageSetting';
import { useMenuCommands } from './app/useMenuCommands';
import { usePageFocus } from './app/usePageFocus';
import { Busy } from './components/Busy';
import { Layout } from './components/Layout';
import { DocumentContext } from './features/document/DocumentContext';
import { isTextEditing } from './features/document/editableTarget';
import { usePlanDocument } from './features/document/usePlanDocument';
import { useReopenAfterReload } from './features/document/useReopenAfterReload';
import { useSaveAs } from './features/document/useSaveAs';
import { type HistoryCommand, useUndoShortcuts } from './features/document/useUndoShortcuts';
import { StartPage } from './features/start/StartPage';
import { usePlanOpener } from './features/start/usePlanOpener';

const NEW_PLAN_ROUTE = '/new';

export function App() {
  const { t } = useTranslation();
  const route = useRoute();
  const info = useAppInfo();
  const nativeDialogs = info?.nativeDialogs ?? Boolean(window.planhjulet);
  const documents = usePlanDocument();
  const opener = usePlanOpener(documents, nativeDialogs);
  const changeLanguage = useLanguageSetting();
  const saveAs = useSaveAs(documents);
  const reopening = useReopenAfterReload(opener.openPath);
  const current = documents.current;
  const requestedPage = planPageId(route);
  const page =
    current && requestedPage ? (findPlanPage(requestedPage) ?? findPlanPage(DEFAULT_PLAN_PAGE)) : undefined;
  const toolPage = findToolPage(route);

  // A plan page without an open plan (a bookmark, a closed plan) leads to the start page.
  useEffect(() => {
    if (requestedPage && !current && !reopening && !opener.busy) navigate('/');
  }, [requestedPage, current, reopening, opener.busy]);

  useEffect(() => {
    const name = t('app.name');
    document.title = current && page ? `${t(page.labelKey)} – ${current.plan.title} – ${name}` : name;
  }, [current, page, t]);

  usePageFocus(page?.id ?? route, route === NEW_PLAN_ROUTE);

  const runHistory = useCallback(
    (command: HistoryCommand) => {
      if (command === 'undo') current?.undo();
      else current?.redo();
    },
    [current],
  );
  useUndoShortcuts(current && !current.readOnly ? runHistory : null);

  useMenuCommands((command: MenuCommand) => {
    if (command === 'new-plan') navigate(NEW_PLAN_ROUTE);
    else if (command === 'open-plan') void opener.openWithDialog();
    else if (command === 'save-as') void saveAs();
    else if (command === 'undo' || command === 'redo') {
      // In a text field the menu's undo is the field's own, as the keyboard shortcut would be.
      if (isTextEditing(document.activeElement)) document.execCommand(command);
      else runHistory(command);
    } else if (command.startsWith('open-recent:')) void opener.openPath(command.slice('open-recent:'.length));
  });

  const closePlan = useCallback(() => {
    void documents.close();
    navigate('/');
  }, [documents]);

  let content: ReactNode;
  const loading = <Busy>{t('layout.loading')}</Busy>;
  if (page) {
    content = (
      <Suspense fallback={loading}>
        <page.Component />
      </Suspense>
    );
  } else if (toolPage) {
    content = (
      <Suspense fallback={loading}>
        <toolPage.Component />
      </Suspense>
    );
  } else if (requestedPage && (reopening || opener.busy)) {
    content = <Busy>{t('start.busy')}</Busy>;
  } else {
    content = (
      <StartPage
        opener={opener}
        nativeDialogs={nativeDialogs}
        current={current}
        focusNewPlan={route === NEW_PLAN_ROUTE}
      />
    );
  }

  return (
    <DocumentContext.Provider value={documents}>
      <Layout
        document={current}
        pageId={page?.id ?? null}
        onLanguageChange={(language) => void changeLanguage(language)}
        onClosePlan={closePlan}
      >
        {content}
      </Layout>
    </DocumentContext.Provider>
  );
}
