import type { RichText, TextRun } from '../../../../core/schema/richText';

function Runs({ runs }: { runs: readonly TextRun[] }) {
  return (
    <>
      {runs.map((run, index) => {
        let node: React.ReactNode = run.text;
        if (run.italic) node = <em>{node}</em>;
        if (run.bold) node = <strong>{node}</strong>;
        // Runs never reorder, so their position is a stable key.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        return <span key={index}>{node}</span>;
      })}
    </>
  );
}

/** Plan text as it will read: paragraphs, bullet lists, bold and italic (React elements, never HTML). */
export function RichTextPreview({ blocks }: { blocks: RichText }) {
  return (
    <div className="ph-richtext">
      {blocks.map((block, index) =>
        block.type === 'paragraph' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: blocks have no ids; the preview is rebuilt on change
          <p key={index}>
            <Runs runs={block.runs} />
          </p>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: as above
          <ul key={index}>
            {block.items.map((item, itemIndex) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: as above
              <li key={itemIndex}>
                <Runs runs={item} />
              </li>
            ))}
          </ul>
        ),
      )}
    </div>
  );
}
