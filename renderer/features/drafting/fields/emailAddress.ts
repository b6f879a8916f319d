import { EmailAddress } from '../../../../core/schema/common';

/** The plan file's own rule for an e-mail address (empty is allowed: no address). */
export function isEmailAddress(value: string): boolean {
  return EmailAddress.safeParse(value).success;
}
