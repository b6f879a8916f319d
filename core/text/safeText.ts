/**
 * Characters an XML 1.0 document cannot hold, plus the C1 control block and DEL, which Word shows as boxes:
 * C0 controls other than tab and line breaks, lone surrogate halves, U+FFFE and U+FFFF.
 */
const NOT_WRITABLE = /[^\t\n\r\u0020-\u007e\u00a0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/**
 * The one gate every user-typed string passes before it leaves the app (Word documents, the wheel's SVG and
 * PNG, calendar files, status forms, what the command line prints): removes what XML cannot hold, turns every
 * kind of line break into `\n` and composes letters (NFC), so «å» typed as a + ring is one letter. Emoji,
 * right-to-left scripts and very long words pass through unchanged.
 */
export function safeText(value: string): string {
  return (
    value
      // biome-ignore lint/suspicious/noControlCharactersInRegex: line-break controls become line breaks here
      .replace(/\r\n?|[\u0085\u2028\u2029\u000b\u000c]/g, '\n')
      .replace(NOT_WRITABLE, '')
      .normalize('NFC')
  );
}

/** For one-line places (headings, table cells, the running header): line breaks and tabs become spaces. */
export function safeLine(value: string): string {
  return safeText(value)
    .replace(/[\t\n]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}
