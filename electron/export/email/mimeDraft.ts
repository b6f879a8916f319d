import { randomBytes } from 'node:crypto';

export interface MailRecipient {
  name: string;
  email: string;
}

export interface MailAttachment {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

export interface MailDraft {
  /** Empty: the draft opens with no recipient, for the user to fill in. */
  to: readonly MailRecipient[];
  subject: string;
  text: string;
  /** Language of the text (`nb`, `nn`, `en`). */
  language: string;
  attachments: readonly MailAttachment[];
  date: Date;
}

const CRLF = '\r\n';
/** Bytes of UTF-8 per encoded word: 39 bytes make 52 base64 characters, so a folded line stays under 78. */
const WORD_BYTES = 39;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** RFC 2231 attribute characters: everything else in a parameter value is percent-encoded. */
const ATTR_CHAR = /[A-Za-z0-9!#$&+\-.^_`|~]/;

const utf8 = (text: string) => Buffer.from(text, 'utf8');

/** Base64 in lines of 76 characters, as MIME wants it. */
function base64Lines(bytes: Uint8Array): string {
  const all = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  const lines: string[] = [];
  for (let i = 0; i < all.length; i += 76) lines.push(all.slice(i, i + 76));
  return lines.join(CRLF);
}

/** Pieces of `text` of at most `maxBytes` UTF-8 bytes each, never splitting a character. */
function utf8Pieces(text: string, maxBytes: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of text) {
    if (utf8(piece + char).length > maxBytes) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/**
 * A header text as RFC 2047 encoded words (UTF-8, base64), one per folded line; plain ASCII without `=?`
 * stays readable. Control characters (a line break in a unit name) become spaces, so nothing can add a header.
 */
export function encodeHeaderText(text: string): string {
  const clean = text.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').trim();
  if (PRINTABLE_ASCII.test(clean) && !clean.includes('=?') && clean.length <= 60) return clean;
  return utf8Pieces(clean, WORD_BYTES)
    .map((piece) => `=?UTF-8?B?${utf8(piece).toString('base64')}?=`)
    .join(`${CRLF} `);
}

/** `Kari Nordmann <kari@kommune.no>`, the name quoted or encoded as it needs. */
function mailbox({ name, email }: MailRecipient): string {
  const display = name.replace(/[\p{Cc}]+/gu, ' ').trim();
  if (display === '') return `<${email}>`;
  if (/^[A-Za-z0-9 .'-]{1,40}$/.test(display)) return `"${display}" <${email}>`;
  // The address on a line of its own, so the last encoded word and it stay within a line's length.
  return `${encodeHeaderText(display)}${CRLF} <${email}>`;
}

/**
 * A file name as an RFC 2231 parameter (`filename*=UTF-8''…`), split into numbered continuations when long;
 * percent-escapes never break.
 */
export function rfc2231Parameter(name: string, value: string): string {
  const encoded = [...utf8(value)]
    .map((byte) => {
      const char = String.fromCharCode(byte);
      return byte < 0x80 && ATTR_CHAR.test(char)
        ? char
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    })
    .join('');
  const prefix = "UTF-8''";
  if (encoded.length <= 50) return `${name}*=${prefix}${encoded}`;
  const sections: string[] = [];
  let rest = encoded;
  while (rest.length > 0) {
    let size = Math.min(50, rest.length);
    // Step back so a %XX escape stays whole.
    const percent = rest.lastIndexOf('%', size - 1);
    if (percent > size - 3 && percent >= 0) size = percent === 0 ? 3 : percent;
    sections.push(rest.slice(0, size));
    rest = rest.slice(size);
  }
  return sections.map((section, i) => `${name}*${i}*=${i === 0 ? prefix : ''}${section}`).join(`;${CRLF} `);
}

/** `Wed, 02 Dec 2026 13:35:20 +0000` (RFC 5322), in UTC. */
function mailDate(date: Date): string {
  const days = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const two = (n: number) => String(n).padStart(2, '0');
  return `${days[date.getUTCDay()]}, ${two(date.getUTCDate())} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()} ${two(date.getUTCHours())}:${two(date.getUTCMinutes())}:${two(date.getUTCSeconds())} +0000`;
}

/**
 * An unsent e-mail as a `.eml` file (RFC 5322 + MIME): `X-Unsent: 1` makes Outlook open it as a draft to send,
 * the text in UTF-8, each attachment in base64 with its name encoded for clients old and new.
 */
export function mailDraftEml(draft: MailDraft): Uint8Array {
  const boundary = `=_planhjulet_${randomBytes(8).toString('hex')}`;
  const to = draft.to.map(mailbox).join(`,${CRLF} `);
  const lines = [
    `To: ${to}`,
    `Subject: ${encodeHeaderText(draft.subject)}`,
    `Date: ${mailDate(draft.date)}`,
    'X-Unsent: 1',
    'MIME-Version: 1.0',
    `Content-Type: multipart/mixed; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain; charset=utf-8',
    `Content-Language: ${draft.language}`,
    'Content-Transfer-Encoding: base64',
    '',
    base64Lines(utf8(draft.text.replace(/\r?\n/g, CRLF))),
  ];
  for (const attachment of draft.attachments) {
    lines.push(
      `--${boundary}`,
      `Content-Type: ${attachment.mimeType};${CRLF} name="${encodeHeaderText(attachment.fileName).replace(/"/g, "'")}"`,
      'Content-Transfer-Encoding: base64',
      `Content-Disposition: attachment;${CRLF} ${rfc2231Parameter('filename', attachment.fileName)}`,
      '',
      base64Lines(attachment.bytes),
    );
  }
  lines.push(`--${boundary}--`, '');
  return new Uint8Array(utf8(lines.join(CRLF)));
}
