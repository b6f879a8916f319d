import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { newestBackup, type OpenFailure, type PlanOpener } from './usePlanOpener';

/**
 * Why the plan did not open, what is wrong in the file, and the way back through a backup. The backend's
 * message already says that the file is left untouched and whether there is a backup.
 */
export function OpenFailureAlert({ failure, opener }: { failure: OpenFailure; opener: PlanOpener }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const isBrokenFile = failure.code === 'invalid-plan-file';
  const backup = newestBackup(failure.backups);
  return (
    <Alert data-color="danger" className="ph-failure">
      <Heading level={2} data-size="xs" ref={heading} tabIndex={-1}>
        {t('start.failure.heading')}
      </Heading>
      <Paragraph>{failure.message}</Paragraph>
      {failure.path && <Paragraph className="ph-path">{failure.path}</Paragraph>}
      {failure.problems.length > 0 && (
        <>
          <Paragraph id="failure-problems">{t('start.failure.problems')}</Paragraph>
          <ul className="ph-problems" aria-labelledby="failure-problems">
            {failure.problems.map((problem) => (
              <li key={`${problem.path}:${problem.message}`}>
                {problem.path && <code>{problem.path}</code>}
                {problem.path && ': '}
                {problem.message}
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="ph-actions">
        {isBrokenFile && backup && (
          <Button onClick={() => void opener.restoreNewestBackup(failure)} loading={opener.busy}>
            {t('start.failure.restore')}
          </Button>
        )}
        <Button variant="tertiary" onClick={opener.dismissFailure}>
          {t('start.failure.dismiss')}
        </Button>
      </div>
    </Alert>
  );
}
