import type { Handlers } from '../handler';

export const fileHandlers: Handlers<'files.reveal'> = {
  'files.reveal': async (input, ctx) => ({ done: await ctx.files.reveal(input.path, input.action) }),
};
