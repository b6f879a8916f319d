import type { z } from 'zod';
import type { contract, MethodName, MethodOutput } from '../../contract/contract';
import type { ApiContext } from './context';

export type Handler<M extends MethodName> = (
  input: z.infer<(typeof contract)[M]['input']>,
  ctx: ApiContext,
) => Promise<MethodOutput<M>> | MethodOutput<M>;

export type Handlers<M extends MethodName = MethodName> = { [K in M]: Handler<K> };
