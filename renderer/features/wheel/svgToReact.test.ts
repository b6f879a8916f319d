import { isValidElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { el } from '../../../core/wheel/svgTree';
import { reactAttributeName, svgToReact } from './svgToReact';

describe('wheel tree to React', () => {
  it('renames SVG attributes the React way and keeps aria and data attributes', () => {
    expect(reactAttributeName('stroke-width')).toBe('strokeWidth');
    expect(reactAttributeName('text-anchor')).toBe('textAnchor');
    expect(reactAttributeName('class')).toBe('className');
    expect(reactAttributeName('aria-hidden')).toBe('aria-hidden');
    expect(reactAttributeName('data-ring')).toBe('data-ring');
  });

  it('renders the same markup as the file, with the screen-only props on the item groups', () => {
    const item = {
      ...el('g', { class: 'ph-wheel-item', 'data-ring': 'political' }, el('title', {}, 'A & B')),
      occurrenceId: 'x@2027-01-01',
    };
    const tree = el('svg', { viewBox: '0 0 10 10' }, el('circle', { r: 2, 'stroke-width': 1 }), item);
    const element = svgToReact(tree, (id) => ({ tabIndex: -1, 'data-occurrence': id }));
    expect(isValidElement(element)).toBe(true);
    expect(renderToStaticMarkup(element as ReactElement)).toBe(
      '<svg viewBox="0 0 10 10"><circle r="2" stroke-width="1"></circle><g class="ph-wheel-item" data-ring="political" tabindex="-1" data-occurrence="x@2027-01-01"><title>A &amp; B</title></g></svg>',
    );
  });
});
