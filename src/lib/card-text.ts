/**
 * Text for the share card as its fonts can draw it. Noto Sans SC has no colour
 * emoji and only some pictographs, and satori draws a missing glyph as an empty
 * box, so an emoji in a headline would reach WeChat as a row of boxes. The card
 * leaves out each emoji the fonts cannot draw and keeps the rest of the text as
 * written; the article page keeps every emoji (the reader's phone draws them).
 */

/** An emoji as keyboards type it: one code point or a sequence (ZWJ, skin tone, flag, keycap). */
const EMOJI = /^\p{RGI_Emoji}$/v;
const PICTOGRAPH = /\p{Extended_Pictographic}/u;
/** What turns a character into an emoji and means nothing drawn as text: variation selectors, ZWJ, keycap, skin tones, tags. */
const EMOJI_PARTS = /\uFE0E|\uFE0F|\u200D|\u20E3|[\u{1F3FB}-\u{1F3FF}]|[\u{E0020}-\u{E007F}]/gu;

const graphemes = new Intl.Segmenter('zh-CN', { granularity: 'grapheme' });

/**
 * `text` without the emoji the fonts lack. An emoji whose plain character the
 * fonts have (☀️, a keycap 1️⃣) is kept as that character; spaces left doubled
 * by a removal are closed up.
 */
export async function drawableText(
  text: string,
  canDraw: (codePoint: number) => Promise<boolean>,
): Promise<string> {
  const kept: string[] = [];
  for (const { segment } of graphemes.segment(text)) {
    if (!EMOJI.test(segment) && !PICTOGRAPH.test(segment)) {
      kept.push(segment.replace(/[\uFE0E\uFE0F]/g, ''));
      continue;
    }
    const plain = [...segment.replace(EMOJI_PARTS, '')];
    const only = plain.length === 1 ? plain[0]?.codePointAt(0) : undefined;
    if (only !== undefined && (await canDraw(only))) kept.push(String.fromCodePoint(only));
  }
  const result = kept.join('');
  return result === text ? text : result.replace(/[ \u3000]{2,}/g, ' ').trim();
}
