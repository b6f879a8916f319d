import type { MethodName } from '../../contract/contract';
import type { MethodSpec } from '../../contract/define';
import type { ApiReply } from '../../contract/errors';
import { groupOf, loadMethodTable, type MethodGroup } from '../../contract/groups';
import { problemsFromZod } from '../../core/validation';
import { LibraryError } from '../library/libraryError';
import { StoreError } from '../store/storeError';
import { ApiError } from './apiError';
import type { ApiContext } from './context';
import type { Handler } from './handler';
import { loadHandlers } from './handlers';

/**
 * The single entry every host uses: checks the method name, validates the input against the contract, runs
 * the handler and validates what it returns (not on the command line: `ApiContext.checkResults`). Bad input is
 * refused before any handler runs, so it changes nothing.
 */
export async function dispatch(ctx: ApiContext, method: string, input: unknown): Promise<ApiReply<unknown>> {
  const group = groupOf(method);
  if (!group) {
    return { ok: false, error: { code: 'not-found', message: `Ukjent funksjon: ${method.slice(0, 100)}` } };
  }
  const { spec, handler } = await methodOf(group, method as MethodName);
  const parsed = spec.input.safeParse(input ?? {});
  if (!parsed.success) {
    const problems = problemsFromZod(parsed.error);
    return {
      ok: false,
      error: {
        code: 'invalid-input',
        message: `Ugyldige data til «${method}»: ${problems
          .slice(0, 3)
          .map((p) => (p.path ? `${p.path}: ${p.message}` : p.message))
          .join('; ')}`,
        problems,
      },
    };
  }
  try {
    const value = await handler(parsed.data as never, ctx);
    return { ok: true, value: ctx.checkResults === false ? value : spec.output.parse(value) };
  } catch (error) {
    return { ok: false, error: await toErrorBody(error) };
  }
}

/** A method's schemas and handler, from its group's modules (loaded on the first call of one of them). */
async function methodOf(
  group: MethodGroup,
  method: MethodName,
): Promise<{ spec: MethodSpec; handler: Handler<MethodName> }> {
  const [table, handlers] = await Promise.all([loadMethodTable[group](), loadHandlers[group]()]);
  return {
    spec: (table as Record<string, MethodSpec>)[method] as MethodSpec,
    handler: (handlers as Record<string, Handler<MethodName>>)[method] as Handler<MethodName>,
  };
}

async function toErrorBody(error: unknown): Promise<ApiError['body']> {
  if (error instanceof ApiError || error instanceof StoreError || error instanceof LibraryError)
    return error.body;
  // Loaded here, not up front: the module renders messages, and with it every message catalogue. A handler
  // that threw one has loaded it already.
  const { PlanOperationError } = await import('../../core/plan/errors');
  if (error instanceof PlanOperationError) {
    return { code: 'operation', message: error.message, ...(error.text ? { text: error.text } : {}) };
  }
  console.error(error);
  return {
    code: 'internal',
    message:
      'Noe gikk galt i Planhjulet. Ingenting er lagret feil; prøv igjen, og meld fra om det skjer igjen.',
  };
}

/** Calls a method from trusted code (CLI, tests) and returns its value or throws its ApiError. */
export async function call<M extends MethodName>(
  ctx: ApiContext,
  method: M,
  input: unknown,
): Promise<import('../../contract/contract').MethodOutput<M>> {
  const reply = await dispatch(ctx, method, input);
  if (!reply.ok) throw new ApiError(reply.error);
  return reply.value as import('../../contract/contract').MethodOutput<M>;
}
