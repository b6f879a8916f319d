import { describe, expect, it } from 'vitest';
import { interMunicipalPlan } from '../../../tests/support/interMunicipalPlan';
import { readWord } from '../../../tests/support/wordDocument';
import { supervisionPack } from './supervisionPack';

const plan = interMunicipalPlan();

describe('the supervision pack', () => {
  it('is organised by the duties, with the county governors’ themes, for one partner municipality', async () => {
    const doc = await readWord(
      await supervisionPack(plan, 'Holmvik', { language: 'nb', today: '2027-01-20' }),
    );
    const h1 = doc.headings.filter((h) => h.level === 1).map((h) => h.text);
    expect(h1).toEqual([
      'Oversikt: hva er på plass, og hva mangler',
      'Krisesenterloven § 2: krisesentertilbudet',
      'Krisesenterloven § 3: tilpasning og tolk',
      'Krisesenterloven § 4: samordnet oppfølging',
      'Internkontroll: kommuneloven § 25-1',
      'Samarbeid og avtaler',
      'Internkontrollogg',
      'Statsforvalternes tilsynstemaer',
    ]);
    const h2 = doc.headings.filter((h) => h.level === 2).map((h) => h.text);
    expect(h2).toEqual(
      expect.arrayContaining(['Fysisk sikkerhet', 'Reetablering etter opphold', 'Helhetlig oppfølging']),
    );
    expect(h2.filter((h) => h === 'Egenvurdering')).toHaveLength(4);
    expect(doc.text).toContain('Deltakerkommune i Krisesenteret i Fjordregionen IKS');
    expect(doc.text).toContain('Holmvik kommune');
  });

  it('shows duty by duty what is in place and what is missing for that municipality', async () => {
    const doc = await readWord(
      await supervisionPack(plan, 'Holmvik', { language: 'nb', today: '2027-01-20' }),
    );
    const rowOf = (label: string) => doc.tables.flat().find((row) => row[0] === label);
    expect(rowOf('Døgnbemannet tilbud for kvinner')?.[1]).toBe('● På plass');
    expect(rowOf('Døgnbemannet tilbud for menn')?.[1]).toBe('■ Mangler');
    expect(rowOf('Kommunens kontaktperson for krisesenteret')?.[1]).toBe('■ Mangler'); // Holmvik named none
    expect(rowOf('Informasjon om tilbudet på kommunens nettsted')?.[1]).toBe('■ Mangler');
    expect(rowOf('Reisetid til krisesenteret (minutter)')?.[2]).toBe('80 min');
    // The partner-duties rule speaks of Holmvik under internal control.
    expect(doc.text).toContain('Holmvik kommune kjøper krisesentertilbudet, men mangler egen kontaktperson');
    // Overview: one row per duty.
    const overview = doc.tables[0];
    expect(overview?.map((r) => r[0])).toEqual([
      'Plikt',
      'Krisesenterloven § 2: krisesentertilbudet',
      'Krisesenterloven § 3: tilpasning og tolk',
      'Krisesenterloven § 4: samordnet oppfølging',
      'Internkontroll: kommuneloven § 25-1',
    ]);
  });

  it('lists the matrix, the agreements, the log and the last supervision’s findings with follow-up', async () => {
    const doc = await readWord(await supervisionPack(plan, 'Nesøy', { language: 'nb', today: '2027-01-20' }));
    const rows = doc.tables.flat();
    expect(rows).toContainEqual(['Barnevernet', 'Skriftlig avtale', 'Fast rutine', '–']);
    expect(rows).toContainEqual(['Samarbeidsavtale med barneverntjenesten', '01.05.2025', '–']);
    expect(rows).toContainEqual([
      '15.10.2026',
      'Internkontroll i Nesøy: rutiner gått gjennom',
      'Nesøy kommune',
    ]);
    // Fjordvik's own log entry is not Nesøy's.
    expect(doc.text).not.toContain('Internkontroll i Fjordvik');
    expect(rows).toContainEqual([
      'Informasjonen på nettet nevnte ikke tilbudet til menn.',
      'Nettsidene er rettet i alle kommunene.',
      'Lukket 20.01.2026',
    ]);
    // Nesøy's own NAV owns the NAV measures in Nesøy's pack.
    expect(doc.text).toContain('NAV Nesøy');
  });

  it('is written in Nynorsk on request', async () => {
    const doc = await readWord(
      await supervisionPack(plan, 'Lundøy', { language: 'nn', today: '2027-01-20' }),
    );
    expect(doc.headings.map((h) => h.text)).toContain('Krisesenterlova § 3: tilpassing og tolk');
    expect(doc.text).toContain('Tiltak for informasjon på samisk');
    expect(doc.text).toContain('Lundøy kommune ligg i samisk område');
  });
});
