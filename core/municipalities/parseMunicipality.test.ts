import { describe, expect, it } from 'vitest';
import { checkNewMunicipality, parseMunicipality } from './parseMunicipality';

describe('parseMunicipality', () => {
  it('reads a name, and a name with a four-digit number', () => {
    expect(parseMunicipality('Gildeskål')).toEqual({ name: 'Gildeskål' });
    expect(parseMunicipality(' Saltdal : 1840')).toEqual({ name: 'Saltdal', number: '1840' });
  });

  it('refuses a number that is not four digits, and a missing name', () => {
    expect(() => parseMunicipality('Saltdal:184')).toThrow(
      'Kommunenummeret «184» for Saltdal må ha fire sifre',
    );
    expect(() => parseMunicipality('Saltdal:18400')).toThrow(/fire sifre/);
    expect(() => parseMunicipality(':1840')).toThrow('Skriv navnet på kommunen.');
  });

  it('refuses a municipality already in the plan, by name or by number', () => {
    const existing = [{ name: 'Bodø', number: '1804' }];
    expect(() => checkNewMunicipality(existing, { name: 'bodø' })).toThrow('bodø er allerede med i planen.');
    expect(() => checkNewMunicipality(existing, { name: 'Other', number: '1804' })).toThrow(/allerede/);
    expect(() => checkNewMunicipality(existing, { name: 'Saltdal', number: '1840' })).not.toThrow();
  });
});
