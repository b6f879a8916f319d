/** A file an export has produced, ready to be handed to the user by whichever host runs. */
export interface OutgoingFile {
  fileName: string;
  bytes: Uint8Array;
  mimeType: string;
  /** For the save dialog's filter, e.g. `{ name: 'Word-dokument', extensions: ['docx'] }`. */
  filter?: { name: string; extensions: string[] };
  /** Saved readable by its owner only (status forms name units and what they report). */
  ownerOnly?: boolean;
}
