import { existsSync, readdirSync } from 'node:fs';
import { homedir, platform } from 'node:os';
import { join } from 'node:path';

const HOW_TO_GET_ONE =
  'No Chromium found for the end-to-end tests: install one (Debian/Ubuntu: `sudo apt-get install chromium`; ' +
  'or Google Chrome / Microsoft Edge) or set PLANHJULET_CHROMIUM=/path/to/chromium.';

function systemCandidates(): string[] {
  const env = process.env;
  switch (platform()) {
    case 'win32': {
      const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(
        (root): root is string => Boolean(root),
      );
      return roots.flatMap((root) => [
        join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
        join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
        join(root, 'Chromium', 'Application', 'chrome.exe'),
      ]);
    }
    case 'darwin':
      return [
        '/Applications/Chromium.app/Contents/MacOS/Chromium',
        '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
        '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      ];
    default:
      return [
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        '/snap/bin/chromium',
        '/usr/bin/google-chrome',
        '/usr/bin/google-chrome-stable',
        '/opt/google/chrome/chrome',
        '/usr/bin/microsoft-edge',
        '/opt/microsoft/msedge/msedge',
      ];
  }
}

/** Chromium builds Playwright downloaded earlier (`npx playwright install chromium` on another machine). */
function playwrightCacheCandidates(): string[] {
  const env = process.env;
  const cacheRoots = [
    env.PLAYWRIGHT_BROWSERS_PATH,
    join(homedir(), '.cache', 'ms-playwright'),
    join(homedir(), 'Library', 'Caches', 'ms-playwright'),
    env.LOCALAPPDATA ? join(env.LOCALAPPDATA, 'ms-playwright') : undefined,
  ].filter((root): root is string => Boolean(root) && existsSync(root as string));
  const executables = [
    ['chrome-linux64', 'chrome'],
    ['chrome-linux', 'chrome'],
    ['chrome-mac-arm64', 'Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'],
    ['chrome-mac', 'Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'],
    ['chrome-mac', 'Chromium.app', 'Contents', 'MacOS', 'Chromium'],
    ['chrome-win64', 'chrome.exe'],
    ['chrome-win', 'chrome.exe'],
  ];
  return cacheRoots.flatMap((root) =>
    readdirSync(root)
      .filter((name) => /^chromium-\d+$/.test(name))
      .sort()
      .reverse()
      .flatMap((dir) => executables.map((parts) => join(root, dir, ...parts))),
  );
}

/**
 * The Chromium to drive: PLANHJULET_CHROMIUM if set, else the first found at the usual places.
 * Throws (one line, saying how to get one) rather than letting the end-to-end tests skip.
 */
export function findChromium(): string {
  const chosen = process.env.PLANHJULET_CHROMIUM;
  if (chosen) {
    if (!existsSync(chosen))
      throw new Error(`PLANHJULET_CHROMIUM points to ${chosen}, which does not exist.`);
    return chosen;
  }
  const found = [...systemCandidates(), ...playwrightCacheCandidates()].find((path) => existsSync(path));
  if (!found) throw new Error(HOW_TO_GET_ONE);
  return found;
}
