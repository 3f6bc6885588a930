/**
 * Punctuation as the site writes Chinese text. The digital edition, and text
 * pasted from it, often gives half-width `,():;?!`; the importer and
 * `npm run tidy` convert them with this one function.
 */

/**
 * Full-width punctuation for Chinese text. Commas and colons between digits
 * (1,000 and 10:30) stay.
 */
export function toFullWidth(text: string): string {
  return text
    .replace(/(?<!\d),|,(?!\d)/g, '，')
    .replace(/(?<!\d):|:(?!\d)/g, '：')
    .replace(/;/g, '；')
    .replace(/\?/g, '？')
    .replace(/!/g, '！')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）');
}

/** Text made safe for an MDX body: `<`, `>`, `{` and `}` would be read as code. */
export function escapeMdx(text: string): string {
  return text.replace(/</g, '＜').replace(/>/g, '＞').replace(/\{/g, '｛').replace(/\}/g, '｝');
}
