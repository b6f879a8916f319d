import { defaultDataDir } from '../../store/paths';
import { parseCommandArgs } from '../args';
import { type CliCommand, UsageError } from '../command';
import { openInBrowser } from '../openInBrowser';

export const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'Start nettlesermodus på 127.0.0.1',
  usage: 'serve [--port N] [--data MAPPE] [--open]',
  async run(args, io) {
    const { values } = parseCommandArgs(
      args,
      { port: { type: 'string' }, data: { type: 'string' }, open: { type: 'boolean' } },
      false,
    );
    const port = values.port === undefined ? 0 : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError('--port må være et tall fra 0 til 65535.');
    // Loaded here, not at start-up: the web server (http, its routes and pages) is of no use to other commands.
    const { startWebServer } = await import('../../web');
    const server = await startWebServer({ dataDir: values.data ?? defaultDataDir(), port });
    io.out(server.url);
    if (values.open) openInBrowser(server.url, io);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await server.close();
    return 0;
  },
};
