import * as z from 'zod';

/**
 * Plan text is stored as structured blocks, never as HTML: paragraphs and bullet lists of runs with
 * bold/italic. The Word export and the editor both read this shape.
 */
export const TextRun = z.object({
  text: z.string().max(20_000),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
});
export type TextRun = z.infer<typeof TextRun>;

export const TextBlock = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), runs: z.array(TextRun).max(500) }),
  z.object({ type: z.literal('bullets'), items: z.array(z.array(TextRun).max(500)).max(500) }),
]);
export type TextBlock = z.infer<typeof TextBlock>;

export const RichText = z.array(TextBlock).max(1000);
export type RichText = z.infer<typeof RichText>;
