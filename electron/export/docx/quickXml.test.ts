import {
  type AttributeData,
  type AttributePayload,
  Document,
  type FileChild,
  type IXmlableObject,
  NextAttributeComponent,
  Packer,
  Paragraph,
  XmlComponent,
} from 'docx';
import { describe, expect, it } from 'vitest';
import { findPeriod } from '../../../core/reporting/periods';
import { REALISTIC_LAST_PERIOD, realisticPlan } from '../../../tests/support/realisticPlan';
import { buildPlanDocument } from './planDocument';
import { buildProgressReport } from './progressReport';
import { docxPrepare, installDocxXml, installQuickXml } from './quickXml';
import { reportModel } from './reportModel';
import { compilerOf } from './zipPackage';

const compiler = compilerOf(Packer);
if (!compiler) throw new Error('docx no longer has the compiler these tests compare with');

/** Every XML part of the document as docx's compiler writes it (the creation time left out). */
function xmlParts(document: Document): Map<string, string> {
  if (!compiler) throw new Error('docx no longer has the compiler these tests compare with');
  const parts = new Map<string, string>();
  for (const [path, content] of compiler.compile(document)) {
    if (typeof content === 'string' && path !== 'docProps/core.xml') parts.set(path, content);
  }
  return parts;
}

const plan = realisticPlan();
const period = findPeriod(plan, REALISTIC_LAST_PERIOD);
if (!period) throw new Error('The fixture lacks its last period');
const documents: [string, () => Document][] = [
  ['plan document', () => buildPlanDocument(plan, { language: 'nb', today: '2027-01-15' })],
  [
    'full progress report',
    () =>
      buildProgressReport(
        plan,
        period,
        { language: 'nb', today: '2027-01-15', variant: 'full' },
        reportModel(plan, period),
        undefined,
      ),
  ],
];

describe('quick XML preparation', () => {
  it.each(documents)('writes the %s exactly as docx does', (_, build) => {
    const document = build();
    installDocxXml(compiler);
    const docx = xmlParts(document);
    const docxAgain = xmlParts(document);
    installQuickXml(compiler);
    const quick = xmlParts(document);
    expect(docxAgain).toEqual(docx);
    expect([...quick.keys()]).toEqual([...docx.keys()]);
    for (const [path, xml] of docx) expect(quick.get(path), path).toBe(xml);
    expect(docx.get('word/document.xml')?.length).toBeGreaterThan(10_000);
  });

  it("writes docx's odd cases as docx's writer does", () => {
    // Objects a component may prepare, each written by both writers: escaping, control characters, a text after
    // an element (docx's writer lets it replace the element), attributes after children, CDATA, undefined values.
    const odd: object[] = [
      { 'w:t': [{ _attr: { 'xml:space': 'preserve' } }, `a < b & "c" 'd' > e\u0001\u001f\t\n`] },
      { 'x:a': [{ 'x:b': {} }, 'text after an element'] },
      { 'x:a': ['text first', { 'x:b': [] }, { 'x:c': {} }] },
      { 'x:c': { _attr: { n: 1, no: false, gone: undefined, q: `it's "x" & <y>` } } },
      { 'x:d': { _cdata: 'a ]]> b' } },
      { 'x:m': { _cdata: '' } },
      { 'x:e': [] },
      { 'x:f': null },
      { 'x:g': 5 },
      { 'x:h': [{ 'x:i': [] }, { _attr: { late: 'yes' } }, { 'x:j': [{}] }] },
      { 'x:k': [undefined, 'a', undefined] },
      { 'x:l': [{ _attr: { a: 1 } }, { _attr: { b: 2 } }] },
      {},
    ];
    class Prepared extends XmlComponent {
      constructor(private readonly prepared: object) {
        super('x:unused');
      }
      override prepForXml(): IXmlableObject {
        return this.prepared as IXmlableObject;
      }
    }
    const document = new Document({
      sections: [
        { children: [new Paragraph('før'), ...odd.map((o) => new Prepared(o) as unknown as FileChild)] },
      ],
    });
    installDocxXml(compiler);
    const docx = xmlParts(document).get('word/document.xml');
    installQuickXml(compiler);
    const quick = xmlParts(document).get('word/document.xml');
    expect(docx).toContain('<x:a>text after an element</x:a>');
    expect(quick).toBe(docx);
  });

  it('gives attributes as docx does: the same keys in the same order, undefined left out, a repeated key last', () => {
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
    installQuickXml();
    for (const payload of payloads) {
      const component = new NextAttributeComponent(payload);
      const quick = component.prepForXml({ stack: [] } as never);
      const docx = docxPrepare.attributes.call(component, { stack: [] } as never);
      expect(quick).toEqual(docx);
      expect(Object.keys(quick?._attr ?? {})).toEqual(Object.keys(docx?._attr ?? {}));
    }
  });
});
