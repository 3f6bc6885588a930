/**
 * The content check on photo files: a story without a photo passes, the grey
 * placeholder is refused for publishing whatever it is called and however it was
 * re-saved (a reminder in a draft), in the cover and in the body, and a cover that
 * is missing is still an error.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { placeholderPhoto } from '../../src/lib/placeholder-image';
import type { Problem } from '../../src/lib/problems';
import { validateContent } from '../../src/validation/validate-content';
import { PROJECT_ROOT } from '../support/build-site';
import { copyFixture, FIRST_ARTICLE, type FixtureCopy } from '../support/fixture-copy';

const NOW = new Date('2026-12-01T00:00:00Z');
const FIRST_FOLDER = 'articles/2026-05-13-first-story';
const mine = async (content: FixtureCopy) =>
  (await validateContent({ projectRoot: PROJECT_ROOT, contentDir: content.dir, now: NOW })).problems.filter(
    (p) => p.file.includes(FIRST_FOLDER),
  );
const lineOf = (content: FixtureCopy, needle: string) =>
  readFileSync(join(content.dir, FIRST_ARTICLE), 'utf8')
    .split('\n')
    .findIndex((line) => line.includes(needle)) + 1;

/** The placeholder, re-saved as a PNG 1400 px wide under a real-looking name. */
async function disguisedPlaceholder(content: FixtureCopy, name: string) {
  await sharp(await placeholderPhoto())
    .resize(1400)
    .png()
    .toFile(join(content.dir, FIRST_FOLDER, name));
}

describe('photos in the content check', () => {
  it('passes a story without a photo: the whole cover field left out', async () => {
    const content = copyFixture();
    content.edit(FIRST_ARTICLE, /cover:\n( {2}.*\n){4}/, '');
    rmSync(join(content.dir, FIRST_FOLDER, 'cover.jpg'));
    expect(await mine(content)).toEqual([]);
  });

  it('refuses the placeholder as the cover of a story to be published, renamed, re-saved, with a real caption', async () => {
    const content = copyFixture();
    await disguisedPlaceholder(content, 'xinzhuang-dianti.png');
    content.edit(FIRST_ARTICLE, 'src: ./cover.jpg', 'src: ./xinzhuang-dianti.png');
    // The real cover it replaces leaves the folder (a file left behind is its own reminder).
    rmSync(join(content.dir, FIRST_FOLDER, 'cover.jpg'));
    const problems = await mine(content);
    expect(problems).toEqual([
      expect.objectContaining<Partial<Problem>>({
        field: 'cover.src',
        line: lineOf(content, 'src: ./xinzhuang-dianti.png'),
        value: './xinzhuang-dianti.png',
        severity: 'error',
      }),
    ]);
    expect(problems[0]?.message).toContain('灰色占位图');
    expect(problems[0]?.message).toContain('换成真实照片，或删除封面字段（cover）发布无图报道');
  });

  it('reminds, without stopping, while the installment is a draft', async () => {
    const content = copyFixture();
    await disguisedPlaceholder(content, 'cover.jpg');
    content.edit(FIRST_ARTICLE, 'corrections:', 'draft: true\ncorrections:');
    const cover = (await mine(content)).find((p) => p.field === 'cover.src');
    expect(cover).toMatchObject({ severity: 'warning' });
    expect(cover?.message).toContain('发布前换成真实照片');
  });

  it('refuses the placeholder as a photo in the body, on its import line', async () => {
    const content = copyFixture();
    await disguisedPlaceholder(content, 'lifts.jpg');
    const problems = (await mine(content)).filter((p) => p.severity === 'error');
    expect(problems).toEqual([
      expect.objectContaining<Partial<Problem>>({
        field: '正文 import',
        line: lineOf(content, "import lifts from './lifts.jpg';"),
        value: './lifts.jpg',
      }),
    ]);
    expect(problems[0]?.message).toContain('删掉这张 <Figure> 和它的 import 行');
  });

  it('still reports a cover file that is missing, and how to publish without one', async () => {
    const content = copyFixture();
    rmSync(join(content.dir, FIRST_FOLDER, 'cover.jpg'));
    const [problem] = await mine(content);
    expect(problem).toMatchObject({
      field: 'cover.src',
      severity: 'error',
      line: lineOf(content, 'src: ./cover.jpg'),
    });
    expect(problem?.message).toContain('封面图片找不到或无法读取');
    expect(problem?.message).toContain('删除整个封面字段（cover）');
  });
});
