import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drawableText } from '../../src/lib/card-text';
import { glyphCheck } from '../../src/lib/font-glyphs';

/** A font that has CJK, ASCII, ★ and ☀ but no emoji. */
const fakeFont = async (cp: number) =>
  cp < 0x80 || cp === 0x2605 || cp === 0x2600 || (cp >= 0x4e00 && cp <= 0x9fff);
const card = (text: string) => drawableText(text, fakeFont);

describe('share card text', () => {
  it('leaves the emoji out and keeps every other character as written', async () => {
    expect(await card('党员带头🎉物业贴心')).toBe('党员带头物业贴心');
    expect(await card('和美小区 ❤️ 居民')).toBe('和美小区 居民');
    expect(await card('🎉 和美小区 🎉')).toBe('和美小区');
    expect(await card('测试“引号”★（括号）')).toBe('测试“引号”★（括号）');
  });

  it('takes out whole sequences: families, skin tones, flags', async () => {
    expect(await card('一家人👨‍👩‍👧点赞👍🏻中国🇨🇳')).toBe('一家人点赞中国');
  });

  it('keeps an emoji as its plain character when the font has that: ☀️ as ☀, a keycap as its digit', async () => {
    expect(await card('晴天☀️好')).toBe('晴天☀好');
    expect(await card('第1️⃣名')).toBe('第1名');
  });

  it('returns text without emoji unchanged, spaces and all', async () => {
    expect(await card('  两个空格  ')).toBe('  两个空格  ');
  });
});

describe('glyphs of the share card font', () => {
  const files = join(
    dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/LICENSE')),
    'files',
  );
  const font = (subset: string) =>
    glyphCheck(readFileSync(join(files, `noto-sans-sc-${subset}-400-normal.woff`)));

  it('reads which characters the fonts have, as satori finds them', () => {
    const primary = font('chinese-simplified');
    expect(['和', 'A', '©'].map((c) => primary(c.codePointAt(0)!))).toEqual([true, true, true]);
    expect(primary('🎉'.codePointAt(0)!)).toBe(false);
    // Slice 88 lists U+2600–U+26FF but draws only some of them: ☀ yes, ☺ no.
    const slice = font('88');
    expect(slice('☀'.codePointAt(0)!)).toBe(true);
    expect(slice('☺'.codePointAt(0)!)).toBe(false);
  });
});
