import { resolveLibraryFolder } from '../../library/libraryFolder';
import { importPackage, packageFileOf, previewPackage } from '../../library/planPackages';
import { planFromSource } from '../../library/planSource';
import type { Handlers } from '../handler';

export const packageHandlers: Handlers<'package.export' | 'package.preview' | 'package.import'> = {
  'package.export': async (input, ctx) => {
    const { out, ...source } = input;
    const { plan, path } = await planFromSource(ctx, source);
    return ctx.files.deliver(packageFileOf(ctx, plan, path), out);
  },
  'package.preview': (input, ctx) =>
    previewPackage(ctx, {
      fileName: input.fileName,
      text: input.text,
      ...(input.folder !== undefined ? { folder: resolveLibraryFolder(ctx, input.folder) } : {}),
    }),
  'package.import': (input, ctx) => importPackage(ctx, input),
};
