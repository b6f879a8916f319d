import { describe, expect, it } from 'vitest';
import { isNationalIdNumber } from './nationalId';
import { findSensitive, maskSensitive } from './sensitiveText';

// Numbers made for these tests (date, individual number, control digits computed by hand), not real people's.
const FNR = '15039012488'; // 15.03.1990, individual number 124
const FNR_2000 = '29020055640'; // 29.02.2000 (a leap year), individual number 556
const DNR = '55039012390'; // D-number: 15.03.1990 with 4 added to the first digit
const DNR_LEAP = '69020055634'; // D-number: 29.02.2000

const kinds = (text: string) => findSensitive(text).map((h) => h.kind);

describe('national identity numbers and D-numbers', () => {
  it('accepts numbers with a real date and both control digits right', () => {
    for (const n of [FNR, FNR_2000, DNR, DNR_LEAP, '01010550048', '71019012497']) {
      expect(isNationalIdNumber(n), n).toBe(true);
    }
  });

  it('refuses a wrong first or second control digit', () => {
    expect(isNationalIdNumber('15039012498')).toBe(false);
    expect(isNationalIdNumber('15039012489')).toBe(false);
    expect(isNationalIdNumber('55039012391')).toBe(false);
  });

  it('refuses impossible dates even with control digits that add up', () => {
    expect(isNationalIdNumber('31029012302')).toBe(false); // 31.02
    expect(isNationalIdNumber('29020045688')).toBe(false); // 29.02.1900: 1900 was no leap year
    expect(isNationalIdNumber('15139012426')).toBe(false); // month 13
    expect(isNationalIdNumber('69139012437')).toBe(false); // D-number, month 13
    expect(isNationalIdNumber('72129012464')).toBe(false); // D-number, day 32
  });

  it('refuses what is not 11 digits', () => {
    expect(isNationalIdNumber('1503901248')).toBe(false);
    expect(isNationalIdNumber('150390124880')).toBe(false);
    expect(isNationalIdNumber('1503901248a')).toBe(false);
  });

  it('finds them in text, alone or written 6 + 5, and masks all but the first two digits', () => {
    expect(findSensitive(`Barnet (${FNR}) ble meldt`)).toEqual([
      { kind: 'national-id', start: 8, end: 19, masked: '15*********' },
    ]);
    expect(findSensitive(`d-nr ${DNR.slice(0, 6)} ${DNR.slice(6)}.`)).toMatchObject([
      { kind: 'national-id', masked: '55**** *****' },
    ]);
    expect(findSensitive(`fnr ${FNR.slice(0, 6)}\u00a0${FNR.slice(6)}`)).toMatchObject([
      { kind: 'national-id', masked: '15****\u00a0*****' },
    ]);
  });

  it('leaves invalid 11-digit numbers and numbers inside longer digit runs alone', () => {
    expect(kinds('Konto 15039012489 og 31029012302')).toEqual([]);
    expect(kinds(`ref 9${FNR}`)).toEqual([]);
    expect(kinds(`ref ${FNR}7`)).toEqual([]);
  });
});

describe('phone numbers', () => {
  it.each([
    ['Ring 91234567 i dag', '******67'],
    ['Ring 912 34 567 i dag', '*** ** *67'],
    ['Ring 91 23 45 67 i dag', '** ** ** 67'],
    ['Ring +47 91234567 i dag', '+47 ******67'],
    ['Ring +4791234567 i dag', '+47 ******67'],
    ['Ring 0047 912 34 567 i dag', '0047 *** ** *67'],
    ['Ring +47 9123 4567 i dag', '+47 **** **67'],
    ['Ring 22334455.', '******55'],
    ['Ring 912\u00a034\u00a0567 i dag', '***\u00a0**\u00a0*67'],
  ])('finds «%s» and masks it', (text, masked) => {
    expect(findSensitive(text)).toMatchObject([{ kind: 'phone', masked }]);
  });

  it('leaves years, amounts, dates, case numbers, short numbers and service numbers (8xx) alone', () => {
    for (const text of [
      'Planperioden 2026–2030',
      'fra 2026 2030',
      'Budsjett 2 500 000 kroner, 250 000 000 i alt',
      'Vedtatt 12.03.2026 i sak 26/123',
      'Ring 113 eller 116 111',
      'Krisesenteret svarer på 800 40 008 hele døgnet',
    ]) {
      expect(kinds(text), text).toEqual([]);
    }
  });

  it('does not take a number starting with 0 or 1, nor a 9-digit organisation number, for a phone number', () => {
    expect(kinds('Ring 01234567')).toEqual([]);
    expect(kinds('Ring 12345678')).toEqual([]);
    expect(kinds('Org.nr. 974760673')).toEqual([]);
  });
});

describe('e-mail addresses', () => {
  it('finds them, Norwegian letters too, and shows only the first letter and the domain', () => {
    expect(findSensitive('Skriv til kari.nordmann@kommune.no om saken')).toMatchObject([
      { kind: 'email', masked: 'k***@kommune.no' },
    ]);
    expect(findSensitive('bjørn.åsen@eksempel.no')).toMatchObject([
      { kind: 'email', masked: 'b***@eksempel.no' },
    ]);
  });

  it('does not take a lone @ or a handle for an address', () => {
    expect(kinds('Møte @ rådhuset, @kommunen på sosiale medier')).toEqual([]);
  });
});

describe('case words followed by a number', () => {
  it.each([
    ['Gjelder f.nr. 123', 'f.nr **3'],
    ['fnr: 1234', 'fnr ***4'],
    ['Personnummer 12345', 'Personnummer ****5'],
    ['fødselsnummer 0101', 'fødselsnummer ***1'],
    ['Se saksnr. 2024/1234', 'saksnr ****/**34'],
    ['saksnummer 55', 'saksnummer **'],
    ['Saksnummeret: 2024/12', 'Saksnummeret ****/12'],
    ['journalnr.:\u00a07', 'journalnr *'],
  ])('finds «%s»', (text, masked) => {
    expect(findSensitive(text)).toMatchObject([{ kind: 'case-reference', masked }]);
  });

  it('needs the number: the word alone, or inside another word, is not a hit', () => {
    expect(kinds('Vi spør aldri om fødselsnummer eller personnummer i planen')).toEqual([]);
    expect(kinds('saksnrx 12')).toEqual([]);
  });

  it('reports a valid national id after the word once, as a national id', () => {
    expect(kinds(`f.nr. ${FNR}`)).toEqual(['national-id']);
    expect(kinds('f.nr. 15039012489')).toEqual(['case-reference']);
  });
});

describe('maskSensitive', () => {
  it('masks every hit and keeps the rest of the text', () => {
    expect(maskSensitive(`Oppfølging av ${FNR}, tlf 91234567`)).toBe(
      'Oppfølging av 15*********, tlf ******67',
    );
    expect(maskSensitive('Ingenting her')).toBe('Ingenting her');
  });
});
