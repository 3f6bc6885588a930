/**
 * npm run import: the page parser (src/lib/import-page.ts) on fixture pages
 * written for the project in the digital edition's format (invented text),
 * and the command (scripts/import-page.ts) writing drafts that validate.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  joinWrappedLines,
  parseCredit,
  parseNames,
  parsePage,
  splitHeadings,
  toFullWidth,
  type ImportContext,
} from '../../src/lib/import-page';
import { validateContent } from '../../src/validation/validate-content';
import { PROJECT_ROOT } from '../support/build-site';
import { copyFixture } from '../support/fixture-copy';
import { testArticleSchema } from '../support/schemas';
import { readMdx, runCli } from './run-cli';

const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/import');
const PAGE = join(FIXTURES, 'page-a.txt');
const IMPORT = 'scripts/import-page.ts';
const NOW = new Date('2026-07-01T00:00:00Z');

const context: ImportContext = {
  people: [
    { id: 'reporter-a', name: '甲记者' },
    { id: 'reporter-b', name: '乙记者' },
    { id: 'lin-xiaolan', name: '林晓岚' },
    { id: 'fu-yongjian', name: '符永健' },
  ],
  districts: [
    { id: 'xiuying', name: '秀英区' },
    { id: 'longhua', name: '龙华区' },
    { id: 'qiongshan', name: '琼山区' },
    { id: 'meilan', name: '美兰区' },
  ],
  communities: [
    { id: 'test-garden', name: '测试花园小区', aliases: ['花园小区'], district: 'qiongshan' },
    { id: 'test-harbour', name: '测试海港小区', district: 'meilan' },
  ],
  topics: [
    { id: 'lift-renewal', name: '电梯更新' },
    { id: 'metering', name: '抄表到户' },
  ],
  year: 2026,
  today: '2026-07-01',
  suggestId: (name) => `id-of-${name}`,
};

const page = () => parsePage(readFileSync(PAGE, 'utf8'), context);
const fields = (report: readonly { field: string }[]) => report.map((item) => item.field);

describe('parsePage on the fixture page', () => {
  it('finds the three articles and leaves the column note at the top out, saying so', () => {
    const { drafts, report } = page();
    expect(drafts.map((d) => d.headline)).toEqual([
      '新电梯开进老楼 “议事会”议出好办法',
      '海港小区抄表到户完工',
      '“微改造”让老小区换新颜',
    ]);
    expect(report).toHaveLength(1);
    expect(report[0]?.message).toMatch(/版面开头有 3 行不属于任何一篇/);
  });

  it('tells kicker, headline and subtitle apart, and reports the guess', () => {
    const [first, second, third] = page().drafts;
    expect([first?.kicker, first?.subtitle]).toEqual(['测试引领小区治理见实效', undefined]);
    expect([second?.kicker, second?.subtitle]).toEqual([undefined, '560户居民用上“一户一表”']);
    expect([third?.kicker, third?.subtitle]).toEqual(['我市各区持续推进老旧小区改造提质增效', undefined]);
    expect(fields(first?.report ?? [])).toContain('kicker');
    expect(fields(second?.report ?? [])).toContain('subtitle');
  });

  it('maps byline names over wrapped lines to people on file and reports the others', () => {
    const [first, second, third] = page().drafts;
    expect(first?.bylines).toEqual({
      reporter: ['lin-xiaolan', 'reporter-a', 'reporter-b'],
      photographer: ['fu-yongjian'],
    });
    const unknown = (first?.report ?? []).filter((r) => r.field.startsWith('bylines.'));
    expect(unknown.map((r) => [r.field, r.value])).toEqual([
      ['bylines.special-correspondent', '赵一鸣'],
      ['bylines.correspondent', '吴海生'],
    ]);
    expect(unknown[1]?.message).toContain('content/people/id-of-吴海生.yaml');
    // 记者乙记者摄影报道: the reporter took the photo too.
    expect(second?.bylines).toEqual({ reporter: ['reporter-b'], photographer: ['reporter-b'] });
    expect(third?.bylines).toEqual({ reporter: ['lin-xiaolan', 'reporter-a'] });
    expect(JSON.stringify([first?.bylines, second?.bylines, third?.bylines])).not.toMatch(/吴海生|赵一鸣/);
  });

  it('takes the dates from the datelines (the next day) or from --date', () => {
    const [first, second] = page().drafts;
    expect(second?.published).toBe('2026-06-03');
    expect(second?.report.find((r) => r.field === 'published')?.message).toContain('“6月2日讯”推算为次日');
    // No dateline of its own: the page's other dateline.
    expect(first?.published).toBe('2026-06-03');
    expect(first?.report.find((r) => r.field === 'published')?.message).toContain('同一版其他文章的电头');

    const dated = parsePage(readFileSync(PAGE, 'utf8'), {
      ...context,
      date: '2026-06-04',
      paper: '海口日报',
    });
    for (const draft of dated.drafts) {
      expect(draft.published).toBe('2026-06-04');
      expect(draft.print).toEqual({ paper: '海口日报', date: '2026-06-04' });
      expect(fields(draft.report)).not.toContain('published');
    }
  });

  it('finds photos: the cover with caption and credit, later photos as placeholders', () => {
    const [first, second, third] = page().drafts;
    expect(first?.cover).toEqual({
      caption: '居民在测试花园小区新装的电梯前合影。',
      credit: '本报记者 符永健 摄',
    });
    expect(first?.body).toMatch(
      /^待填写：这里原有一张照片（说明：小区东门口改造后的休闲广场；署名：本报记者 符永健 摄）/m,
    );
    // A caption above the dateline; the credit comes from 摄影报道.
    expect(second?.cover).toEqual({
      caption: '工作人员在测试海港小区检查新装的电表。',
      credit: '本报记者 乙记者 摄',
    });
    expect(third?.cover).toBeUndefined();
    expect(fields(third?.report ?? [])).toContain('cover');
  });

  it('keeps paragraphs and sub-heads, undoes hard wraps and writes full-width punctuation', () => {
    const [first, second, third] = page().drafts;
    const paragraphs = first?.body.split('\n\n') ?? [];
    expect(paragraphs.filter((p) => p.startsWith('## '))).toEqual([
      '## 电梯更新有了主心骨',
      '## 议事会里商量出办法',
    ]);
    expect(paragraphs).toContain(
      '测试花园小区建成于2011年，共有12栋住宅楼。过去几年，楼里的老电梯时常停运，住在高层的老人上下楼很不方便。去年起，小区党支部牵头征求业主意见，先后召开7次议事会，最终确定了电梯更新方案，还争取到了专项资金的支持。',
    );
    expect(first?.body).not.toMatch(/[,()]/);
    expect(second?.body.split('\n\n')[0]).toMatch(
      /^本报6月2日讯（记者乙记者摄影报道 通讯员吴海生）近日，美兰区/,
    );
    // The short line over the heading block becomes a sub-head where the story proper starts.
    expect(third?.body.split('\n\n').filter((p) => p.startsWith('## '))).toEqual(['## 美兰区', '## 龙华区']);
    expect(third?.body.startsWith('今年以来')).toBe(true);
  });

  it('fills districts, communities and topics from the names in the text', () => {
    const [first, second, third] = page().drafts;
    expect([first?.districts, first?.communities, first?.topics]).toEqual([
      ['qiongshan'],
      ['test-garden'],
      ['lift-renewal'],
    ]);
    expect([second?.districts, second?.communities, second?.topics]).toEqual([
      ['meilan'],
      ['test-harbour'],
      ['metering'],
    ]);
    expect(third?.districts).toEqual(['longhua', 'meilan']);
  });

  it('finds nothing in plain prose, and reports why a draft has no bylines, districts or topics', () => {
    const none = parsePage(readFileSync(join(FIXTURES, 'page-no-articles.txt'), 'utf8'), context);
    expect(none.drafts).toEqual([]);

    const lone = parsePage('小区里的新鲜事\n\n本报记者 钱无名\n\n居民们聚在一起聊天。', context);
    expect(lone.drafts).toHaveLength(1);
    expect(lone.drafts[0]?.bylines).toEqual({});
    expect(fields(lone.drafts[0]?.report ?? [])).toEqual(
      expect.arrayContaining(['bylines.reporter', 'bylines', 'districts', 'topics', 'cover', 'published']),
    );
    expect(lone.drafts[0]?.published).toBe('2026-07-01');
  });
});

describe('the pieces of the page parser', () => {
  it('reads names by role from bylines, datelines and credits', () => {
    expect(parseNames('本报记者 甲记者 乙记者 特约记者 丙某 通讯员 丁某 戊某').names).toEqual([
      { role: 'reporter', name: '甲记者' },
      { role: 'reporter', name: '乙记者' },
      { role: 'special-correspondent', name: '丙某' },
      { role: 'correspondent', name: '丁某' },
      { role: 'correspondent', name: '戊某' },
    ]);
    expect(parseNames('记者王一 通讯员李二 张三').names.map((n) => `${n.role}:${n.name}`)).toEqual([
      'reporter:王一',
      'correspondent:李二',
      'correspondent:张三',
    ]);
    expect(parseNames('实习生 钱四').unclear).toEqual(['钱四']);
    expect(parseCredit('本报记者 符永健 摄')).toEqual(['符永健']);
    expect(parseCredit('丁摄影 摄')).toEqual(['丁摄影']);
    expect(parseCredit('新华社记者 赵五 摄')).toEqual(['赵五']);
  });

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

  it('undoes hard wraps but keeps heading lines with commas apart', () => {
    const lines = joinWrappedLines(
      '小区变美了，居民笑了\n党员带头办实事\n\n这一段话，写到一半\n\n接着写完。\r\n下一段。',
    );
    expect(lines.map((l) => l.text)).toEqual([
      '小区变美了，居民笑了',
      '党员带头办实事',
      '这一段话，写到一半接着写完。',
      '下一段。',
    ]);
    expect(toFullWidth('共1,000户,10:30开会(全体);对吗?好!')).toBe(
      '共1,000户，10:30开会（全体）；对吗？好！',
    );
  });
});

describe('npm run import', () => {
  /** The fixture content plus two people the fixture page names. */
  const content = () => {
    const copy = copyFixture();
    copy.write('people/lin-xiaolan.yaml', 'name: 林晓岚\nrole: reporter\n');
    copy.write('people/fu-yongjian.yaml', 'name: 符永健\nrole: photographer\n');
    return copy;
  };
  const SLUGS = ['2026-06-03-haigang-xiaoqu', '2026-06-03-weigai-zao-ranglao', '2026-06-03-xindian-tikai'];
  const newFolders = (dir: string) =>
    readdirSync(join(dir, 'articles')).filter((f) => f.startsWith('2026-06-03'));

  it('writes one draft per article that passes the validator with only reminders', async () => {
    const copy = content();
    const result = runCli(IMPORT, [PAGE, '--date', '2026-06-03'], copy.dir);
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('找到 3 篇文章，已写入 3 篇草稿');
    expect(result.output).toContain('content/people/wu-haisheng.yaml');
    expect(newFolders(copy.dir).sort()).toEqual(SLUGS);

    const installments: number[] = [];
    const withPhoto: boolean[] = [];
    for (const slug of SLUGS) {
      const { data } = readMdx(join(copy.dir, 'articles', slug, 'index.mdx'));
      const parsed = testArticleSchema.safeParse(data);
      expect(parsed.error?.issues ?? [], slug).toEqual([]);
      expect(parsed.data).toMatchObject({
        series: 'test-column',
        slug,
        draft: true,
        print: { paper: '海口日报' },
      });
      installments.push(parsed.data?.installment ?? 0);
      // The placeholder photo is written only beside a cover; a story printed without a photo has neither.
      withPhoto.push(parsed.data?.cover !== undefined);
      expect(existsSync(join(copy.dir, 'articles', slug, 'cover.jpg')), slug).toBe(
        parsed.data?.cover !== undefined,
      );
    }
    expect(withPhoto.filter(Boolean)).toHaveLength(2);
    // The fixture column's highest installment is 6, so the three drafts follow it.
    expect(installments.sort()).toEqual([7, 8, 9]);

    const problems = (await validateContent({ projectRoot: PROJECT_ROOT, contentDir: copy.dir, now: NOW }))
      .problems;
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const mine = problems.filter((p) => SLUGS.some((slug) => p.file.includes(slug)));
    expect(new Set(mine.map((p) => p.field))).toEqual(
      // The page gave both covers their caption and credit; the grey photo itself is still flagged (cover.src).
      new Set(['summary', 'cover.src', 'cover.alt', 'draft', '正文']),
    );
  });

  it('never overwrites: a second run of the same page writes nothing and exits 1', () => {
    const copy = content();
    expect(runCli(IMPORT, [PAGE, '--date', '2026-06-03'], copy.dir).status).toBe(0);
    const file = join(copy.dir, 'articles', SLUGS[0] ?? '', 'index.mdx');
    copy.write(`articles/${SLUGS[0]}/index.mdx`, '编辑改过的内容');
    const again = runCli(IMPORT, [PAGE, '--date', '2026-06-03'], copy.dir);
    expect(again.status).toBe(1);
    expect(again.output).toContain('已经存在，不会覆盖');
    expect(readFileSync(file, 'utf8')).toBe('编辑改过的内容');
  });

  it('writes a draft with unknown bylines but says what must be fixed and exits 1', () => {
    const copy = content();
    const page = join(copy.dir, 'page.txt');
    copy.write('page.txt', '测试花园小区的新电梯\n\n本报记者 钱无名\n\n琼山区测试花园小区完成了电梯更新。');
    const result = runCli(IMPORT, [page, '--date', '2026-06-05'], copy.dir);
    expect(result.status).toBe(1);
    expect(result.output).toContain('钱无名');
    expect(result.output).toContain('署名（bylines）至少要有一位作者');
    const { data } = readMdx(join(copy.dir, 'articles', '2026-06-05-ceshi-huayuan', 'index.mdx'));
    expect(data.bylines).toEqual({});
  });

  it('tries without writing (--dry-run), and explains an empty page, a missing file and a wrong flag', () => {
    const copy = content();
    const dry = runCli(IMPORT, [PAGE, '--dry-run'], copy.dir);
    expect(dry.status).toBe(0);
    expect(dry.output).toContain('试运行，没有写文件');
    expect(newFolders(copy.dir)).toEqual([]);

    const empty = runCli(IMPORT, [join(FIXTURES, 'page-no-articles.txt')], copy.dir);
    expect(empty.status).toBe(1);
    expect(empty.output).toContain('里找到文章');

    const missing = runCli(IMPORT, ['no-such-page.txt'], copy.dir);
    expect(missing.status).toBe(1);
    expect(missing.output).toContain('找不到或读不了文件');

    const series = runCli(IMPORT, [PAGE, '--series', 'no-column'], copy.dir);
    expect(series.status).toBe(1);
    expect(series.output).toContain('没有编号为 no-column 的专栏；请用 --series 指定，可用的有：test-column');

    const usage = runCli(IMPORT, [PAGE, '--date', '六月三日'], copy.dir);
    expect(usage.status).toBe(2);
    expect(usage.output).toContain('--date 应写成 年-月-日');
  });
});
