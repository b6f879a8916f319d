import { safeText } from '../../core/text/safeText';
import type { CliIo } from './command';

/**
 * The CLI's standard output and error. Every line goes through the one sanitiser, so a plan title cannot send
 * terminal control sequences. A stream the reader has closed (`planhjulet check PLAN | head -1`) is dropped
 * quietly: the command runs to its end and exits with its own code, as it would with nobody reading.
 */
export function processIo(
  stdout: NodeJS.WritableStream = process.stdout,
  stderr: NodeJS.WritableStream = process.stderr,
): CliIo {
  const line = (stream: NodeJS.WritableStream) => {
    let open = true;
    // A write to a closed pipe fails with EPIPE (or the stream is already destroyed): stop writing to it.
    stream.on('error', () => {
      open = false;
    });
    return (text: string) => {
      if (open) stream.write(`${safeText(text)}\n`);
    };
  };
  return { out: line(stdout), err: line(stderr) };
}
