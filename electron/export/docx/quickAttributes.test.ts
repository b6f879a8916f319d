import {
  type AttributeData,
  type AttributePayload,
  NextAttributeComponent,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { describe, expect, it } from 'vitest';
import { docxPrepareAttributes, useQuickAttributes } from './quickAttributes';

const payloads: AttributePayload<AttributeData>[] = [
  {},
  { val: { key: 'w:val', value: 'Heading1' } },
  {
    a: { key: 'w:a', value: 1 },
    b: { key: 'w:b', value: undefined as never },
    c: { key: 'w:c', value: true },
  },
  { a: { key: 'w:x', value: 'first' }, b: { key: 'w:y', value: 0 }, c: { key: 'w:x', value: 'last' } },
  { a: { key: 'w:empty', value: '' }, b: { key: 'w:no', value: false } },
];

describe('quick attributes', () => {
  it('give what docx gives: the same keys in the same order, undefined left out, a repeated key last', () => {
    useQuickAttributes();
    for (const payload of payloads) {
      const component = new NextAttributeComponent(payload);
      const quick = component.prepForXml({ stack: [] } as never);
      const docx = docxPrepareAttributes.call(component, { stack: [] } as never);
      expect(quick).toEqual(docx);
      expect(Object.keys(quick?._attr ?? {})).toEqual(Object.keys(docx?._attr ?? {}));
    }
    expect(NextAttributeComponent.prototype.prepForXml).not.toBe(docxPrepareAttributes);
  });

  it('are what docx writes for real elements', () => {
    useQuickAttributes();
    const cell = new TableCell({
      width: { size: 2400, type: WidthType.DXA },
      columnSpan: 2,
      children: [new Paragraph({ style: 'TableText', children: [new TextRun({ text: 'Hei', bold: true })] })],
    });
    const table = new Table({ columnWidths: [2400, 2400], rows: [new TableRow({ children: [cell] })] });
    const xml = (): string => JSON.stringify(table.prepForXml({ stack: [] } as never));
    const quick = xml();
    NextAttributeComponent.prototype.prepForXml = docxPrepareAttributes;
    const docx = xml();
    useQuickAttributes();
    expect(quick).toBe(docx);
    expect(quick).toContain('"w:w":2400');
  });
});
