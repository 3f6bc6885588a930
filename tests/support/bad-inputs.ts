/**
 * Mistakes editors make, each applied on its own to a copy of the fixture content, with
 * what must come of it: an error (validate and build both stop) at the right file, line
 * and field, a reminder the build lets through, or nothing at all because it simply works.
 * The content-check tests run every case through validate; the agreement test runs every
 * case through validate and the real build (tests/site/validate-build-agreement.test.ts).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_CONTENT } from './build-site';
import type { FixtureCopy } from './fixture-copy';
import { FIRST_ARTICLE } from './fixture-copy';

export interface ExpectedProblem {
  /** End of the file's path, e.g. `first-story/index.mdx`. */
  file: string;
  /** The line, found as the first line of that file (after the change) holding this text. */
  lineWith?: string;
  line?: number;
  field?: string;
  value?: unknown;
  /** Text the Chinese message must contain. */
  message: string;
}

export interface BadInput {
  what: string;
  breakIt: (content: FixtureCopy) => void;
  /** error: validate fails and so does the build; warning: a reminder, the build goes on; works: no problem at all. */
  outcome: 'error' | 'warning' | 'works';
  problem?: ExpectedProblem;
  /**
   * The change also leaves something truly unused (a new file no article uses, a cover no longer
   * used). Every other case must not bring knock-on problems: no “unused” reminders and no
   * unknown-id errors caused by a file that could not be read.
   */
  leavesUnused?: true;
}

/** Messages that, in a case without `leavesUnused`, would be false knock-on problems. */
export const KNOCK_ON = ['还没有文章用到', '没有被用到', '没有编号为'];

const FIRST_FOLDER = 'articles/2026-05-13-first-story';
/** Every installment folder of the fixture, read from it so that a new one is never missed. */
export const ALL_ARTICLES = readdirSync(join(FIXTURE_CONTENT, 'articles')).map(
  (folder) => `articles/${folder}`,
);

/** GBK bytes of 测试标题, as an older Windows editor saves them. */
const GBK_HEADLINE = Uint8Array.from([0xb2, 0xe2, 0xca, 0xd4, 0xb1, 0xea, 0xcc, 0xe2]);

const withBytes = (text: string, marker: string, bytes: Uint8Array): Uint8Array => {
  const [before = '', after = ''] = text.split(marker);
  const encoder = new TextEncoder();
  return Uint8Array.from([...encoder.encode(before), ...bytes, ...encoder.encode(after)]);
};

const body = (content: FixtureCopy, text: string) =>
  content.edit(FIRST_ARTICLE, '第二段正文', `${text}\n\n第二段正文`);

export const BAD_INPUTS: BadInput[] = [
  // Dates
  {
    what: 'an impossible date (2026-02-30)',
    breakIt: (c) => c.edit(FIRST_ARTICLE, 'published: 2026-05-13', 'published: 2026-02-30'),
    outcome: 'error',
    problem: {
      file: 'first-story/index.mdx',
      line: 8,
      field: 'published',
      value: '2026-02-30',
      message: '2026 年 2 月只有 28 天',
    },
  },
  {
    what: 'a thirteenth month (2026-13-40)',
    breakIt: (c) => c.edit(FIRST_ARTICLE, 'published: 2026-05-13', 'published: 2026-13-40'),
    outcome: 'error',
    problem: { file: 'first-story/index.mdx', line: 8, field: 'published', message: '没有 13 月' },
  },
  {
    what: 'a date with slashes (2026/05/13)',
    breakIt: (c) => c.edit(FIRST_ARTICLE, 'published: 2026-05-13', 'published: 2026/05/13'),
    outcome: 'error',
    problem: { file: 'first-story/index.mdx', line: 8, field: 'published', message: '应写成 2026-05-13' },
  },
  {
    what: 'a one-digit month (2026-5-13)',
    breakIt: (c) =>
      c.edit(
        FIRST_ARTICLE,
        'print:\n  paper: 海口日报\n  date: 2026-05-13',
        'print:\n  paper: 海口日报\n  date: 2026-5-13',
      ),
    outcome: 'error',
    problem: { file: 'first-story/index.mdx', line: 12, field: 'print.date', message: '应写成 2026-05-13' },
  },
  // Encodings and line ends
  {
    what: 'an article saved in GBK',
    breakIt: (c) =>
      c.write(FIRST_ARTICLE, withBytes(c.read(FIRST_ARTICLE), '测试主标题：电梯换新了', GBK_HEADLINE)),
    outcome: 'error',
    problem: { file: 'first-story/index.mdx', line: 6, field: '文件编码', message: '另存为' },
  },
  {
    what: 'a UTF-8 byte-order mark at the start of an article',
    breakIt: (c) => c.write(FIRST_ARTICLE, `\uFEFF${c.read(FIRST_ARTICLE)}`),
    outcome: 'works',
  },
  {
    what: 'a UTF-8 byte-order mark at the start of a data file and the column',
    breakIt: (c) => {
      c.write('topics/metering.yaml', `\uFEFF${c.read('topics/metering.yaml')}`);
      c.write('series/test-column/index.mdx', `\uFEFF${c.read('series/test-column/index.mdx')}`);
    },
    outcome: 'works',
  },
  {
    what: 'Windows line ends (CRLF) in an article, a data file and the column',
    breakIt: (c) => {
      c.write(FIRST_ARTICLE, c.read(FIRST_ARTICLE).replace(/\n/g, '\r\n'));
      c.write('people/reporter-a.yaml', c.read('people/reporter-a.yaml').replace(/\n/g, '\r\n'));
      c.write('series/test-column/index.mdx', c.read('series/test-column/index.mdx').replace(/\n/g, '\r\n'));
    },
    outcome: 'works',
  },
  // Files the build would skip
  {
    what: 'an article saved as index.md',
    breakIt: (c) => c.rename(FIRST_ARTICLE, `${FIRST_FOLDER}/index.md`),
    outcome: 'error',
    problem: { file: 'first-story/index.md', field: '文件名', message: '请把它改名为 index.mdx' },
  },
  {
    what: 'an article saved as Index.mdx',
    breakIt: (c) => c.rename(FIRST_ARTICLE, `${FIRST_FOLDER}/Index.mdx`),
    outcome: 'error',
    problem: { file: 'first-story/Index.mdx', field: '文件名', message: '请把它改名为 index.mdx' },
  },
  {
    what: 'a data file ending in .yml',
    breakIt: (c) => c.write('topics/gardens.yml', 'name: 绿化\ndescription: 小区绿化。\n'),
    outcome: 'error',
    problem: { file: 'topics/gardens.yml', field: '文件名', message: '请改名为 gardens.yaml' },
  },
  {
    what: 'an MDX file straight in the articles folder',
    breakIt: (c) => c.write('articles/new-story.mdx', c.read(FIRST_ARTICLE)),
    outcome: 'error',
    problem: { file: 'articles/new-story.mdx', field: '文件名', message: '每一期要单独一个文件夹' },
  },
  {
    what: 'a document left in an article folder',
    breakIt: (c) => c.write(`${FIRST_FOLDER}/原稿.docx`, 'not a photo'),
    outcome: 'warning',
    problem: { file: 'first-story/原稿.docx', field: '文件名', message: '网站不会发布这个文件' },
  },
  {
    what: 'a folder with photos and no article',
    breakIt: (c) => c.copy(`${FIRST_FOLDER}/cover.jpg`, 'articles/2026-07-01-next-story/cover.jpg'),
    outcome: 'warning',
    problem: { file: 'next-story/cover.jpg', field: '文件名', message: '里没有 index.mdx，这一期不会发布' },
  },
  {
    what: 'a photo no one shows',
    breakIt: (c) => c.copy(`${FIRST_FOLDER}/lifts.jpg`, `${FIRST_FOLDER}/spare.jpg`),
    leavesUnused: true,
    outcome: 'warning',
    problem: { file: 'first-story/spare.jpg', field: '文件名', message: '这张照片没有被用到' },
  },
  // Ids
  {
    what: 'a person file named in Chinese',
    breakIt: (c) => c.write('people/王晓燕.yaml', 'name: 王晓燕\nrole: reporter\n'),
    leavesUnused: true,
    outcome: 'error',
    problem: { file: 'people/王晓燕.yaml', field: '文件名', message: '建议改名为 wang-xiaoyan.yaml' },
  },
  {
    what: 'a community file with capitals beside its lowercase twin',
    breakIt: (c) => c.write('communities/Test-Garden.yaml', 'name: 测试花园二期\ndistrict: qiongshan\n'),
    leavesUnused: true,
    outcome: 'error',
    problem: { file: 'communities/Test-Garden.yaml', field: '文件名', message: '只差大小写' },
  },
  {
    what: 'two communities with the same name',
    breakIt: (c) => c.write('communities/test-garden-2.yaml', c.read('communities/test-garden.yaml')),
    leavesUnused: true,
    outcome: 'error',
    problem: { file: 'communities/test-garden-2.yaml', line: 1, field: 'name', message: '名称' },
  },
  {
    what: 'two people with the same name',
    breakIt: (c) => c.write('people/reporter-a-2.yaml', c.read('people/reporter-a.yaml')),
    leavesUnused: true,
    outcome: 'warning',
    problem: { file: 'people/reporter-a-2.yaml', field: 'name', message: '如果确实是同名的两个人' },
  },
  // YAML syntax
  {
    what: 'an unclosed double quote',
    breakIt: (c) =>
      c.edit(FIRST_ARTICLE, 'headline: 测试主标题：电梯换新了', 'headline: "测试主标题：电梯换新了'),
    outcome: 'error',
    problem: { file: 'first-story/index.mdx', line: 6, field: 'YAML 格式', message: '双引号 " 没有闭合' },
  },
  {
    what: 'bad indentation',
    breakIt: (c) => c.edit(FIRST_ARTICLE, '\n  alt: ', '\n   alt: '),
    outcome: 'error',
    problem: { file: 'first-story/index.mdx', line: 24, field: 'YAML 格式', message: '缩进不对' },
  },
  {
    what: 'a field written twice',
    breakIt: (c) => c.edit(FIRST_ARTICLE, 'summary: ', 'headline: 又一个标题\nsummary: '),
    outcome: 'error',
    problem: {
      file: 'first-story/index.mdx',
      line: 21,
      field: 'YAML 格式',
      message: '字段 headline 写了两次（第 6 行已经写过）',
    },
  },
  {
    what: 'a full-width colon after a field name',
    breakIt: (c) => c.edit(FIRST_ARTICLE, 'headline: 测试', 'headline：测试'),
    outcome: 'error',
    problem: { file: 'first-story/index.mdx', line: 6, field: 'YAML 格式', message: '中文冒号' },
  },
  {
    what: 'full-width spaces as indentation',
    breakIt: (c) => c.edit(FIRST_ARTICLE, '\n  alt: ', '\n\u3000\u3000alt: '),
    outcome: 'error',
    problem: { file: 'first-story/index.mdx', line: 24, field: 'YAML 格式', message: '全角空格' },
  },
  {
    what: 'a tab as indentation',
    breakIt: (c) => c.edit(FIRST_ARTICLE, '\n  alt: ', '\n\talt: '),
    outcome: 'error',
    problem: { file: 'first-story/index.mdx', line: 24, field: 'YAML 格式', message: 'Tab' },
  },
  {
    what: 'no space after a colon',
    breakIt: (c) => c.edit(FIRST_ARTICLE, 'summary: 测试', 'summary:测试'),
    outcome: 'error',
    problem: { file: 'first-story/index.mdx', line: 21, field: 'YAML 格式', message: '冒号后面少了一个空格' },
  },
  {
    what: 'a colon and space inside a value',
    breakIt: (c) => c.edit(FIRST_ARTICLE, 'summary: 测试', 'summary: 结论: 测试'),
    outcome: 'error',
    problem: { file: 'first-story/index.mdx', line: 21, field: 'YAML 格式', message: '英文冒号加空格' },
  },
  {
    what: 'an unclosed list',
    breakIt: (c) => c.edit(FIRST_ARTICLE, 'topics: [lift-renewal]', 'topics: [lift-renewal'),
    outcome: 'error',
    problem: { file: 'first-story/index.mdx', line: 20, field: 'YAML 格式', message: '方括号列表没有写完整' },
  },
  {
    what: 'text after a closing quote',
    breakIt: (c) => c.edit(FIRST_ARTICLE, 'summary: 测试花园小区', 'summary: "测试花园小区"'),
    outcome: 'error',
    problem: { file: 'first-story/index.mdx', line: 21, field: 'YAML 格式', message: '引号要括住整段文字' },
  },
  {
    what: 'an unclosed frontmatter',
    breakIt: (c) => c.edit(FIRST_ARTICLE, '---\n\nimport lifts', '\nimport lifts'),
    outcome: 'error',
    problem: { file: 'first-story/index.mdx', line: 1, field: 'frontmatter', message: '没有结束' },
  },
  {
    what: 'a YAML error in a data file',
    breakIt: (c) => c.write('topics/metering.yaml', 'name: "分户计量\ndescription: 说明\n'),
    outcome: 'error',
    problem: { file: 'topics/metering.yaml', line: 1, field: 'YAML 格式', message: '没有闭合' },
  },
  // MDX syntax
  {
    what: 'a tag that is never closed',
    breakIt: (c) => c.edit(FIRST_ARTICLE, 'credit="丁摄影 摄" />', 'credit="丁摄影 摄">'),
    outcome: 'error',
    problem: {
      file: 'first-story/index.mdx',
      line: 38,
      field: '正文 MDX 格式',
      message: '<Figure> 标签没有结束',
    },
  },
  {
    what: 'an unclosed brace in text',
    breakIt: (c) => c.edit(FIRST_ARTICLE, '第二段正文', '第二段正文 {没有闭合'),
    outcome: 'error',
    problem: {
      file: 'first-story/index.mdx',
      line: 40,
      field: '正文 MDX 格式',
      message: '花括号 { 没有闭合',
    },
  },
  {
    what: 'a < in text',
    breakIt: (c) => c.edit(FIRST_ARTICLE, '第二段正文', '面积 <100 平方米的第二段正文'),
    outcome: 'error',
    problem: { file: 'first-story/index.mdx', line: 40, field: '正文 MDX 格式', message: '全角“＜”' },
  },
  {
    what: 'an HTML comment',
    breakIt: (c) => body(c, '<!-- 待核实 -->'),
    outcome: 'error',
    problem: {
      file: 'first-story/index.mdx',
      lineWith: '<!--',
      field: '正文 MDX 格式',
      message: '{/* 注释 */}',
    },
  },
  {
    what: 'a raw <img> that is not closed',
    breakIt: (c) => body(c, '<img src="./lifts.jpg">'),
    outcome: 'error',
    problem: { file: 'first-story/index.mdx', lineWith: '<img', message: '正文里的照片请用 <Figure>' },
  },
  // What the build rejects or publishes broken
  {
    what: 'an unknown component',
    breakIt: (c) => body(c, '<Gallery />'),
    outcome: 'error',
    problem: {
      file: 'first-story/index.mdx',
      lineWith: '<Gallery',
      field: '正文组件',
      message: '网站没有 <Gallery> 这个组件',
    },
  },
  {
    what: '<Figure src> written as a string',
    breakIt: (c) => c.edit(FIRST_ARTICLE, '<Figure src={lifts}', '<Figure src="./lifts.jpg"'),
    outcome: 'error',
    problem: {
      file: 'first-story/index.mdx',
      line: 38,
      field: '<Figure> src',
      message: "import lifts from './lifts.jpg'",
    },
  },
  {
    what: 'a body photo that is not an image',
    breakIt: (c) => c.write(`${FIRST_FOLDER}/lifts.jpg`, '这不是照片'),
    outcome: 'error',
    problem: { file: 'first-story/index.mdx', line: 32, field: '正文 import', message: '不是能打开的图片' },
  },
  {
    what: 'a raw <img> with a relative path',
    breakIt: (c) => body(c, '<img src="./lifts.jpg" alt="电梯" />'),
    outcome: 'error',
    problem: { file: 'first-story/index.mdx', lineWith: '<img', field: '正文图片', message: '坏图' },
  },
  {
    what: 'a Markdown image with a relative path',
    breakIt: (c) => body(c, '![电梯](./lifts.jpg)'),
    outcome: 'error',
    problem: { file: 'first-story/index.mdx', lineWith: '![电梯]', field: '正文图片', message: '坏图' },
  },
  {
    what: 'a hot-linked WeChat image',
    breakIt: (c) => body(c, '![电梯](https://mmbiz.qpic.cn/mmbiz_jpg/abc/640?wx_fmt=jpeg)'),
    outcome: 'error',
    problem: {
      file: 'first-story/index.mdx',
      lineWith: 'mmbiz',
      field: '正文图片',
      message: '别的网站（mmbiz.qpic.cn）',
    },
  },
  {
    what: 'a cover hot-linked from another site',
    breakIt: (c) => c.edit(FIRST_ARTICLE, 'src: ./cover.jpg', 'src: https://mmbiz.qpic.cn/mmbiz_jpg/abc/640'),
    leavesUnused: true,
    outcome: 'error',
    problem: { file: 'first-story/index.mdx', line: 23, field: 'cover.src', message: '安全策略' },
  },
  {
    what: 'a # heading in the body',
    breakIt: (c) => c.edit(FIRST_ARTICLE, '## 小标题一', '# 小标题一'),
    outcome: 'error',
    problem: { file: 'first-story/index.mdx', line: 36, field: '正文标题', message: '请用 ## 开头' },
  },
  {
    what: 'a heading underlined with =',
    breakIt: (c) => c.edit(FIRST_ARTICLE, '## 小标题一', '小标题一\n===='),
    outcome: 'error',
    problem: { file: 'first-story/index.mdx', line: 36, field: '正文标题', message: '请用 ## 开头' },
  },
  {
    what: 'code in braces',
    breakIt: (c) => c.edit(FIRST_ARTICLE, '第二段正文', '第二段正文{dianti}'),
    outcome: 'error',
    problem: { file: 'first-story/index.mdx', line: 40, field: '正文花括号', message: '全角 ｛ ｝' },
  },
  {
    what: 'an iframe',
    breakIt: (c) => body(c, '<iframe src="https://v.qq.com/x" />'),
    outcome: 'error',
    problem: {
      file: 'first-story/index.mdx',
      lineWith: '<iframe',
      field: '正文 HTML',
      message: '不能放 <iframe>',
    },
  },
  // Fields
  {
    what: 'an unknown byline role',
    breakIt: (c) => c.edit(FIRST_ARTICLE, 'correspondent: [correspondent-c]', 'writer: [correspondent-c]'),
    outcome: 'error',
    problem: {
      file: 'first-story/index.mdx',
      line: 16,
      field: 'bylines.writer',
      message: 'reporter、special-correspondent、correspondent、photographer',
    },
  },
  // Archives with nothing to publish build, with their empty states
  {
    what: 'an empty articles folder',
    breakIt: (c) => {
      for (const folder of ALL_ARTICLES) c.remove(folder);
    },
    leavesUnused: true,
    outcome: 'warning',
    problem: {
      file: 'communities/test-garden.yaml',
      field: '（整个文件）',
      message: '还没有文章用到这个小区',
    },
  },
  {
    what: 'no articles folder at all',
    breakIt: (c) => c.remove('articles'),
    leavesUnused: true,
    outcome: 'warning',
    problem: { file: 'people/reporter-a.yaml', field: '（整个文件）', message: '还没有文章用到这个人员' },
  },
  {
    what: 'drafts only',
    breakIt: (c) => {
      for (const folder of ALL_ARTICLES.filter((f) => !f.endsWith('draft-story'))) {
        c.edit(`${folder}/index.mdx`, '\n---\n', '\ndraft: true\n---\n');
      }
    },
    outcome: 'warning',
    problem: { file: 'first-story/index.mdx', field: 'draft', message: '这篇还是草稿' },
  },
];
