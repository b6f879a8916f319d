/**
 * A small, independent reader of `.eml` files for tests: unfolds headers, decodes RFC 2047 encoded words
 * (B and Q), RFC 2231 parameters (with continuations) and multipart bodies with base64 or plain parts.
 */
export interface EmlPart {
  headers: Map<string, string>;
  body: Buffer;
}

export interface EmlMessage extends EmlPart {
  parts: EmlPart[];
  /** Lines longer than 998 characters or with a bare LF: both break mail servers. */
  badLines: string[];
}

function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, charset: string, kind: string, text: string) => {
      const bytes =
        kind.toUpperCase() === 'B'
          ? Buffer.from(text, 'base64')
          : Buffer.from(
              text
                .replace(/_/g, ' ')
                .replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
              'latin1',
            );
      return new TextDecoder(charset).decode(bytes);
    });
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  const unfolded = block.replace(/\r\n([ \t])/g, '$1');
  for (const line of unfolded.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

/** The parameters of a header such as `Content-Disposition`, RFC 2231 continuations joined and decoded. */
export function headerParameters(value: string): Map<string, string> {
  const params = new Map<string, string>();
  const pieces = new Map<string, { index: number; text: string; encoded: boolean }[]>();
  for (const raw of value.split(';').slice(1)) {
    const eq = raw.indexOf('=');
    if (eq < 0) continue;
    const key = raw.slice(0, eq).trim().toLowerCase();
    const text = raw
      .slice(eq + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
    const match = /^([^*]+)(?:\*(\d+))?(\*)?$/.exec(key);
    if (!match) continue;
    const [, name, index, star] = match as unknown as [
      string,
      string,
      string | undefined,
      string | undefined,
    ];
    if (index === undefined && star === undefined) {
      params.set(name, decodeWords(text));
      continue;
    }
    const list = pieces.get(name) ?? [];
    list.push({ index: Number(index ?? 0), text, encoded: star !== undefined });
    pieces.set(name, list);
  }
  for (const [name, list] of pieces) {
    list.sort((a, b) => a.index - b.index);
    let charset = 'utf-8';
    const bytes: number[] = [];
    for (const [i, piece] of list.entries()) {
      let text = piece.text;
      if (i === 0 && piece.encoded) {
        const [cs, , rest] = text.split("'");
        charset = cs || charset;
        text = rest ?? '';
      }
      if (piece.encoded) {
        for (let j = 0; j < text.length; j++) {
          if (text[j] === '%') {
            bytes.push(parseInt(text.slice(j + 1, j + 3), 16));
            j += 2;
          } else bytes.push(text.charCodeAt(j));
        }
      } else bytes.push(...Buffer.from(text, 'utf8'));
    }
    params.set(name, new TextDecoder(charset).decode(Uint8Array.from(bytes)));
  }
  return params;
}

function partOf(raw: string): EmlPart {
  const split = raw.indexOf('\r\n\r\n');
  const headers = parseHeaders(split < 0 ? raw : raw.slice(0, split));
  const text = split < 0 ? '' : raw.slice(split + 4);
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const body =
    encoding === 'base64' ? Buffer.from(text.replace(/\s+/g, ''), 'base64') : Buffer.from(text, 'latin1');
  return { headers, body };
}

export function decodedHeader(part: EmlPart, name: string): string | undefined {
  const value = part.headers.get(name.toLowerCase());
  return value === undefined ? undefined : decodeWords(value);
}

export function parseEml(bytes: Uint8Array): EmlMessage {
  // latin1 keeps every byte as one character, so base64 and 8-bit parts come back unchanged.
  const raw = Buffer.from(bytes).toString('latin1');
  const badLines = raw.split('\r\n').filter((line) => line.length > 998 || line.includes('\n'));
  const message = partOf(raw);
  const type = message.headers.get('content-type') ?? '';
  const boundary = headerParameters(type).get('boundary');
  const parts: EmlPart[] = [];
  if (boundary) {
    const body = raw.slice(raw.indexOf('\r\n\r\n') + 4);
    const sections = body.split(`--${boundary}`);
    for (const section of sections.slice(1)) {
      if (section.startsWith('--')) break;
      parts.push(partOf(section.replace(/^\r\n/, '').replace(/\r\n$/, '')));
    }
  }
  return { ...message, parts, badLines };
}
