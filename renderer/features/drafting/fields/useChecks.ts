import { useTranslation } from 'react-i18next';
import type { FieldCheck } from './validators';

/** Turns field checks into a `validate` for CommitTextfield that gives the message in the UI language. */
export function useChecks(): (...checks: FieldCheck[]) => (value: string) => string | null {
  const { t } = useTranslation();
  return (...checks) =>
    (value) => {
      for (const check of checks) {
        const problem = check(value);
        if (problem) return t(`drafting.problems.${problem}`);
      }
      return null;
    };
}
