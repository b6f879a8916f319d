import { describeProblems, moreProblemsLine, type Problem } from '../../core/validation';

/** How many problems the CLI lists before it only counts the rest. */
const LISTED = 20;

/**
 * The lines the CLI prints for an error and its problems. A message made for the app often lists the first
 * few problems itself, one per line as `describeProblems` writes them; those lines are left out here, so each
 * problem is printed once, in the list under the message's own sentence.
 */
export function errorLines(message: string, problems: readonly Problem[] = []): string[] {
  if (problems.length === 0) return [message];
  const listedInMessage = new Set([
    ...describeProblems(problems, problems.length).split('\n'),
    ...problems.map((_, i) => moreProblemsLine(i + 1)),
  ]);
  const sentence = message.split('\n').filter((line) => !listedInMessage.has(line));
  const list = describeProblems(problems, LISTED)
    .split('\n')
    .map((line) => `  ${line}`);
  return [...sentence, ...list];
}
