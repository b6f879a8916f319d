import { describe, expect, it } from 'vitest';
import { mapColumns } from './columns';
import { foldName, matchByName } from './normalise';

describe('measure list columns', () => {
  it('recognises the header in any order, case and spelling of the Norwegian letters', () => {
    const map = mapColumns(
      ['TILTAK', 'satsingsomrade', 'Ansvarlig ', 'Samarbeids-partnere', 'frist', 'Nr'],
      1,
    );
    expect(map.index).toEqual({ title: 0, focusArea: 1, owner: 2, partners: 3, deadline: 4 });
    expect(map.ignored).toEqual(['Nr']);
    expect(map.problems).toEqual([]);
  });

  it('recognises a Nynorsk header', () => {
    const map = mapColumns(
      [
        'Satsingsområde',
        'Tiltak',
        'Skildring',
        'Ansvarleg eining',
        'Samarbeidspartnarar',
        'Frist',
        'Gjeld kommune',
      ],
      1,
    );
    expect(map.index).toEqual({
      focusArea: 0,
      title: 1,
      description: 2,
      owner: 3,
      partners: 4,
      deadline: 5,
      municipality: 6,
    });
    expect(map.ignored).toEqual([]);
    expect(mapColumns(['Tiltak', 'Ansvarleg', 'Beskriving'], 1).index).toEqual({
      title: 0,
      owner: 1,
      description: 2,
    });
  });

  it('needs only «Tiltak»', () => {
    expect(mapColumns(['Tiltak'], 1).problems).toEqual([]);
    expect(mapColumns(['Satsingsområde', 'Beskrivelse'], 3).problems).toEqual([
      {
        line: 3,
        message: expect.stringMatching(/^Fant ikke kolonnen «Tiltak»\./),
        text: expect.objectContaining({ key: 'import.title-column-missing' }),
      },
    ]);
  });

  it('refuses the same column twice', () => {
    expect(mapColumns(['Tiltak', 'Ansvarlig', 'Tiltakseier'], 1).problems[0]?.message).toMatch(
      /«Ansvarlig» finnes to ganger/,
    );
  });
});

describe('name matching', () => {
  const units = [{ name: 'NAV-kontoret' }, { name: 'Barneverntjenesten' }, { name: 'Barnevernvakten' }];
  const names = (u: { name: string }) => [u.name];

  it('folds case, Norwegian letters and punctuation', () => {
    expect(foldName('Satsings-OMRÅDE')).toBe('satsingsomrade');
    expect(foldName('Æresrelatert – vold')).toBe('aeresrelatertvold');
  });

  it('matches exactly, or by a beginning only one name has', () => {
    expect(matchByName(units, names, 'nav kontoret')?.name).toBe('NAV-kontoret');
    expect(matchByName(units, names, 'NAV')?.name).toBe('NAV-kontoret');
    expect(matchByName(units, names, 'Barnevern')).toBeUndefined();
    expect(matchByName(units, names, 'Politiet')).toBeUndefined();
  });
});
