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

/**
 * docx turns a document into XML in two steps: each component prepares a plain object (`prepForXml`), then the
 * objects are written out. Two of its preparing methods allocate far more than they keep, and were a tenth of a
 * big progress report's export. These give the same objects, in the same order, with less work; the tests
 * compare whole exported documents made both ways.
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

/** Makes docx prepare its XML the quick way (before a document is packed; idempotent). */
export function installQuickXml(): void {
  NextAttributeComponent.prototype.prepForXml = prepareAttributes as PrepareAttributes;
  XmlComponent.prototype.prepForXml = prepareComponent as PrepareComponent;
}
