/**
 * The page parser (src/import/page.ts) on fixture pages written for the
 * project in the digital edition's format (invented text).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/import/page';
import { PROJECT_ROOT } from '../support/build-site';
import { context, fields } from './context';

const FIXTURES = join(PROJECT_ROOT, 'tests/fixtures/import');
const PAGE = join(FIXTURES, 'page-a.txt');

const page = () => parsePage(readFileSync(PAGE, 'utf8'), context);

describe('parsePage on the fixture page', () => {
  it('finds the three articles and leaves the column note at the top out, saying so', () => {
    const { drafts, report } = page();
    expect(drafts.map((d) => d.headline)).toEqual([
      '新电梯开进老楼 “议事会”议出好办法',
      '海港小区抄表到户完工',
      '“微改造”让老小区换新颜',
    ]);
    expect(report).toHaveLength(1);
    expect(report[0]?.message).toMatch(/版面开头有 2 行不属于任何一篇/);
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

describe('the column’s stories', () => {
  const pageB = () => readFileSync(join(FIXTURES, 'page-b.txt'), 'utf8');

  it('marks the story under the column’s banner, whatever its punctuation, and no other', () => {
    const a = page();
    expect(a.columnFound).toBe(true);
    expect(a.drafts.map((d) => d.inColumn)).toEqual([true, false, false]);
  });

  it('finds the banner in the middle of a page and keeps it out of headings and bodies', () => {
    const b = parsePage(pageB(), context);
    expect(b.drafts.map((d) => [d.headline, d.inColumn])).toEqual([
      ['测试海港小区新添20个充电桩', false],
      ['党员楼长带头 旧车棚变身“共享书屋”', true],
    ]);
    expect(b.drafts[0]?.body).not.toContain('测试专栏');
    expect(b.drafts[1]?.kicker).toBeUndefined();
    // A word broken at the column's edge is joined again.
    expect(b.drafts[1]?.body).toContain('最热闹的地方，连隔壁小区');
  });

  it('marks nothing when the page carries no banner, or the column is not known', () => {
    const withoutBanner = parsePage(pageB().replace('测试专栏\n', ''), context);
    expect(withoutBanner.columnFound).toBe(false);
    expect(withoutBanner.drafts.map((d) => d.inColumn)).toEqual([false, false]);
    expect(parsePage(pageB(), { ...context, column: undefined }).columnFound).toBe(false);
  });

  it('takes a reporter who took the photos too as one person in two roles', () => {
    const story = parsePage(pageB(), context).drafts[1];
    const advice = story?.report.filter((r) => r.value === '钱无名') ?? [];
    expect(advice).toHaveLength(1);
    expect(advice[0]?.message).toContain('加进 bylines.reporter 和 bylines.photographer');
  });
});
