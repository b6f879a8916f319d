/**
 * Sites the app's own texts and guidance point to: laws, national guidance, help services, the police and the
 * crisis centres. A link to one of them (or a subdomain) opens at once; any other address asks the user first.
 */
export const KNOWN_HOSTS: readonly string[] = [
  'lovdata.no',
  'bufdir.no',
  'nkvts.no',
  'rvts.no',
  'dinutvei.no',
  'regjeringen.no',
  'helsedirektoratet.no',
  'politiet.no',
  'krisesenter.com',
  'udir.no',
  'ung.no',
  'vernmotovergrep.no',
  'statsforvalteren.no',
  'ssb.no',
];

/** What to do with a link the page wants to open outside the app. */
export type LinkDecision = 'open' | 'ask' | 'refuse';

/**
 * `open` for https on a known host (default port, no user name or password in it); `ask` for any other http,
 * https or mailto address; `refuse` for everything else (file:, javascript:, smb:, custom schemes that start
 * programs) and for what does not parse.
 */
export function linkDecision(address: string): LinkDecision {
  const url = URL.parse(address);
  if (!url) return 'refuse';
  if (url.protocol === 'mailto:') return 'ask';
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'refuse';
  const known =
    url.protocol === 'https:' &&
    url.port === '' &&
    url.username === '' &&
    url.password === '' &&
    KNOWN_HOSTS.some((host) => url.hostname === host || url.hostname.endsWith(`.${host}`));
  return known ? 'open' : 'ask';
}
