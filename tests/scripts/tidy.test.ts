/**
 * npm run tidy (scripts/tidy.ts) on a pasted installment, and the
 * validator's reminder before and after (src/validation/pasted-text.ts).
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/validation/validate-content';
import { PROJECT_ROOT } from '../support/build-site';
import { copyFixture } from '../support/fixture-copy';
import { runCli } from './run-cli';

const TIDY = 'scripts/tidy.ts';
const NOW = new Date('2026-07-01T00:00:00Z');
const PASTED = readFileSync(join(PROJECT_ROOT, 'tests/fixtures/import/pasted.mdx'), 'utf8');
const frontmatterOf = (text: string) => text.slice(0, text.indexOf('\n---\n', 4) + 5);

/** The fixture content with the pasted installment added. */
function withPasted() {
  const copy = copyFixture();
  const folder = join(copy.dir, 'articles/2026-06-25-pasted-story');
  mkdirSync(folder);
  copyFileSync(join(copy.dir, 'articles/2026-05-13-first-story/cover.jpg'), join(folder, 'cover.jpg'));
  copy.write('articles/2026-06-25-pasted-story/index.mdx', PASTED);
  return { copy, file: join(folder, 'index.mdx') };
}
const reminders = async (dir: string) =>
  (await validateContent({ projectRoot: PROJECT_ROOT, contentDir: dir, now: NOW })).problems.filter((p) =>
    p.file.includes('pasted-story'),
  );

describe('pasted text', () => {
  it('validate reminds with the lines and the command; tidy fixes it and keeps the frontmatter', async () => {
    const { copy, file } = withPasted();
    const before = await reminders(copy.dir);
    expect(before).toHaveLength(1);
    expect(before[0]).toMatchObject({ severity: 'warning', field: '正文', line: 23 });
    expect(before[0]?.message).toContain('第 23 行的句子像是被分栏拆开了');
    expect(before[0]?.message).toContain('第 23、25、27、31 行的中文里有半角标点');
    expect(before[0]?.message).toContain(`npm run tidy -- ${relative(PROJECT_ROOT, file)}`);

    const dry = runCli(TIDY, [file, '--dry-run'], copy.dir);
    expect(dry.status).toBe(0);
    expect(dry.output).toContain('试运行，没有写文件：会改 5 处');
    expect(readFileSync(file, 'utf8')).toBe(PASTED);

    const result = runCli(TIDY, [file], copy.dir);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('第 23 行  接上了被分栏拆开的句子');
    expect(result.output).toContain('第 31 行  半角标点换成全角：, → ，');
    const after = readFileSync(file, 'utf8');
    expect(frontmatterOf(after)).toBe(frontmatterOf(PASTED));
    expect(after).toContain(
      '几位老人正在楼下的小广场上下棋，旁边的孩子们（大多是放暑假的小学生）围着看热闹。',
    );
    expect(await reminders(copy.dir)).toEqual([]);

    const again = runCli(TIDY, [file], copy.dir);
    expect(again.output).toContain('正文不用整理');
    expect(readFileSync(file, 'utf8')).toBe(after);
  });

  it('explains a missing file and a missing path', () => {
    const copy = copyFixture();
    const missing = runCli(TIDY, ['no-such.mdx'], copy.dir);
    expect(missing.status).toBe(1);
    expect(missing.output).toContain('找不到或读不了文件 no-such.mdx');
    const none = runCli(TIDY, [], copy.dir);
    expect(none.status).toBe(2);
    expect(none.output).toContain('请写上要整理的文件路径');
  });
});
