const FIRST_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const SECOND_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

/** Modulus 11 control digit over `digits` with `weights`; null where the number can have none (remainder 1). */
function controlDigit(digits: readonly number[], weights: readonly number[]): number | null {
  const sum = weights.reduce((total, weight, i) => total + weight * (digits[i] ?? 0), 0);
  const digit = 11 - (sum % 11);
  if (digit === 11) return 0;
  return digit === 10 ? null : digit;
}

/** The birth year a national identity number stands for, from its two-digit year and individual number. */
function birthYear(yy: number, individual: number): number | null {
  if (individual <= 499) return 1900 + yy;
  if (individual <= 749 && yy >= 54) return 1800 + yy;
  if (individual >= 500 && yy <= 39) return 2000 + yy;
  if (individual >= 900 && yy >= 40) return 1900 + yy;
  return null;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * True for a Norwegian national identity number (fødselsnummer) or D-number: 11 digits whose first six are a
 * real date (ddmmyy; a D-number adds 4 to the first digit) in the century the individual number gives, and
 * whose two control digits are right.
 */
export function isNationalIdNumber(text: string): boolean {
  if (!/^\d{11}$/.test(text)) return false;
  const digits = [...text].map(Number);
  const dayDigits = Number(text.slice(0, 2));
  const day = dayDigits > 40 ? dayDigits - 40 : dayDigits;
  const month = Number(text.slice(2, 4));
  const year = birthYear(Number(text.slice(4, 6)), Number(text.slice(6, 9)));
  if (year === null || !isRealDate(year, month, day)) return false;
  const first = controlDigit(digits, FIRST_WEIGHTS);
  if (first === null || first !== digits[9]) return false;
  const second = controlDigit(digits, SECOND_WEIGHTS);
  return second !== null && second === digits[10];
}
