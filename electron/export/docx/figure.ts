import { AlignmentType, ImageRun, Paragraph } from 'docx';
import { safeLine } from '../../../core/text/safeText';
import { TEXT_WIDTH } from './styles';
import { line } from './text';
import { pictureForDocx } from './zipPackage';

/** A picture to place in a document: PNG bytes, its size in pixels and the text a screen reader reads. */
export interface PngFigure {
  bytes: Uint8Array;
  width: number;
  height: number;
  altText: string;
  /** What the picture shows, for its caption (e.g. «Årshjul 2027»). */
  title?: string;
}

/** Pixels at 96 per inch, as docx sizes images: the text width in twips over 15. */
const MAX_WIDTH_PX = Math.floor(TEXT_WIDTH / 15);

/** The picture centred at (at most) the text width, with its alt text and a caption below it. */
export function figureParagraphs(figure: PngFigure, caption: string, name: string): Paragraph[] {
  const scale = Math.min(1, MAX_WIDTH_PX / figure.width);
  const image = new ImageRun({
    type: 'png',
    data: pictureForDocx(figure.bytes),
    transformation: { width: Math.round(figure.width * scale), height: Math.round(figure.height * scale) },
    altText: { name: safeLine(name), title: safeLine(name), description: safeLine(figure.altText) },
  });
  return [
    new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, children: [image] }),
    line(caption, { style: 'Caption', alignment: AlignmentType.CENTER }),
  ];
}
