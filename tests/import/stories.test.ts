/** Heading lines of a story: kicker, headline, subtitle and labels (src/import/stories.ts). */
import { describe, expect, it } from 'vitest';
import { splitHeadings } from '../../src/import/stories';

describe('heading lines', () => {
  it('tells heading lines apart', () => {
    expect(splitHeadings(['这是一行引题', '主标题 两个半句', '副题一行'])).toMatchObject({
      kicker: '这是一行引题',
      headline: '主标题 两个半句',
      subtitle: '副题一行',
      guessed: false,
    });
    expect(splitHeadings(['只有一行主标题'])).toMatchObject({ headline: '只有一行主标题', guessed: false });
    expect(splitHeadings(['区名', '很长很长的一行引题文字', '短主标题'])).toMatchObject({
      labels: ['区名'],
      kicker: '很长很长的一行引题文字',
      headline: '短主标题',
    });
  });
});
