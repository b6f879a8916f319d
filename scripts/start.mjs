// `npm start`: build, then run the desktop app in Electron. Where Electron's binary is missing and cannot be
// fetched (or there is no display), explain it once and start the browser mode on 127.0.0.1 instead.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const built = spawnSync(npm, ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (built.status !== 0) process.exit(built.status ?? 1);

function findElectron() {
  // Requiring `electron` from Node returns the binary's path, downloading it on first use. Do that in a
  // child with a time limit so an unreachable download host cannot hang the start.
  const probe = spawnSync(process.execPath, ['-e', 'process.stdout.write(require("electron"))'], {
    encoding: 'utf8',
    timeout: 120_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const path = probe.status === 0 ? probe.stdout.trim() : '';
  return path && existsSync(path) ? path : null;
}

const hasDisplay =
  process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const electronPath = hasDisplay ? findElectron() : null;

if (electronPath) {
  const child = spawn(electronPath, ['.'], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  const why = hasDisplay
    ? "Electron-programfilen mangler og kunne ikke lastes ned. / Electron's binary is missing and could not be downloaded."
    : 'Ingen skjerm (DISPLAY) å vise et vindu på. / No display to show a window on.';
  console.log('');
  console.log(`Planhjulet: ${why}`);
  console.log('Starter nettlesermodus i stedet: åpne adressen under i en nettleser på denne maskinen.');
  console.log('Starting browser mode instead: open the address below in a browser on this machine.');
  console.log('');
  // The command line as just built (dist-electron/cli.cjs), as the installed `planhjulet serve` runs it.
  const child = spawn(
    process.execPath,
    ['dist-electron/cli.cjs', 'serve', '--open', ...process.argv.slice(2)],
    {
      stdio: 'inherit',
    },
  );
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}
