import {
  type AttributeData,
  type AttributePayload,
  EMPTY_OBJECT,
  type IContext,
  type IXmlableObject,
  isXmlComponent,
  NextAttributeComponent,
  XmlComponent,
} from 'docx';
import { xmlOf } from './xmlWriter';

/**
 * docx turns a document into XML in two steps: each component prepares a plain object (`prepForXml`), then the
 * objects are written out. Two of its preparing methods allocate far more than they keep, and were a tenth of a
 * big progress report's export; its writer was another tenth. These give the same objects and the same XML with
 * less work; the tests compare whole exported documents made both ways.
 */

type PrepareAttributes = NextAttributeComponent<AttributeData>['prepForXml'];
type PrepareComponent = XmlComponent['prepForXml'];

/** docx's own methods, kept for the tests that compare. */
export const docxPrepare = {
  attributes: NextAttributeComponent.prototype.prepForXml,
  component: XmlComponent.prototype.prepForXml,
};

/**
 * The attributes of most elements (`NextAttributeComponent`) as one object built in one pass: the same keys in
 * the same order, a repeated key with its last value. docx copies the object made so far once per attribute.
 */
function prepareAttributes(this: NextAttributeComponent<AttributeData>) {
  const attributes: Record<string, AttributeData[string]> = {};
  const { root } = this as unknown as { root: AttributePayload<AttributeData> };
  for (const { key, value } of Object.values(root)) {
    if (value !== undefined) attributes[key] = value;
  }
  return { _attr: attributes };
}

type Prepared = IXmlableObject | string | undefined;

function pushPrepared(children: unknown[], prepared: unknown): void {
  if (prepared !== undefined) children.push(prepared);
}

/**
 * An element with its children prepared, in one loop. docx maps the children with `flatMap` (a component's
 * result that is an array is spread into the list, as is a plain array child) and then filters out what is
 * undefined: two new arrays and a closure per element of the document.
 */
function prepareComponent(this: XmlComponent, context: IContext): IXmlableObject | undefined {
  const { root, rootKey } = this as unknown as { root: unknown[]; rootKey: string };
  context.stack.push(this);
  const children: unknown[] = [];
  for (const child of root) {
    if (isXmlComponent(child)) {
      const parts = child.writtenAs;
      if (parts) {
        for (const part of parts) pushPrepared(children, part.prepForXml(context));
      } else {
        const prepared: Prepared | Prepared[] = child.prepForXml(context);
        if (Array.isArray(prepared)) for (const item of prepared) pushPrepared(children, item);
        else pushPrepared(children, prepared);
      }
    } else if (Array.isArray(child)) {
      for (const item of child) pushPrepared(children, item);
    } else {
      pushPrepared(children, child);
    }
  }
  context.stack.pop();
  if (children.length === 0) return { [rootKey]: EMPTY_OBJECT } as IXmlableObject;
  const only = children.length === 1 ? (children[0] as { _attr?: unknown } | null) : null;
  return { [rootKey]: only?._attr ? only : children } as IXmlableObject;
}

/** What docx's compiler hands each part to before writing it: `stringifyXmlable(formatter.format(part))`. */
export interface XmlFormatter {
  format(component: XmlComponent, context: IContext): unknown;
}

/**
 * A formatter that writes the part's XML itself (`xmlOf`) and gives docx's writer something it copies as it is:
 * an element with no name, whose content is not a string. docx escapes strings, but writes any other value with
 * `String()`, which a function answers with its `toString`. docx's writer is not exported, so this is the one
 * way past it; the tests compare every part written both ways, so a docx that writes differently is caught.
 */
const quickFormatter: XmlFormatter = {
  format(component, context) {
    const prepared = component.prepForXml(context);
    if (!prepared) throw new Error('XMLComponent did not format correctly');
    const xml = xmlOf(prepared);
    return { '': Object.assign(() => xml, { toString: () => xml }) };
  },
};

/** docx's own formatter of each compiler given to `installQuickXml`, for the tests that compare. */
const docxFormatters = new WeakMap<{ formatter: XmlFormatter }, XmlFormatter>();

/**
 * Makes docx prepare and write its XML the quick way (before a document is packed; idempotent). The compiler is
 * the one whose parts are zipped (see `compilerOf`).
 */
export function installQuickXml(compiler?: { formatter: XmlFormatter }): void {
  NextAttributeComponent.prototype.prepForXml = prepareAttributes as PrepareAttributes;
  XmlComponent.prototype.prepForXml = prepareComponent as PrepareComponent;
  if (compiler && compiler.formatter !== quickFormatter) {
    docxFormatters.set(compiler, compiler.formatter);
    compiler.formatter = quickFormatter;
  }
}

/** docx's own way back, for the tests that compare. */
export function installDocxXml(compiler?: { formatter: XmlFormatter }): void {
  NextAttributeComponent.prototype.prepForXml = docxPrepare.attributes;
  XmlComponent.prototype.prepForXml = docxPrepare.component;
  const formatter = compiler && docxFormatters.get(compiler);
  if (compiler && formatter) compiler.formatter = formatter;
}
