/**
 * Queries a reader would type, each with the pages that must come in the top
 * three results. Run against the test site (the project's content, 50
 * generated installments with seed 7, and the fixture) in Chromium by
 * tests/browser/search-relevance.test.ts. Each expectation says why the page
 * belongs there, from the content itself.
 *
 * Every case is run in the full-text index. Cases marked `brief` are also run
 * as a reader's first search, in the brief index (headline, kicker,
 * subtitle, bylines, summary, community and topic names): their pages must
 * be found without the article text.
 */
export interface RelevanceCase {
  query: string;
  filters?: Record<string, string>;
  /** Paths that must all be among the first three results. */
  top3: string[];
  why: string;
  /** Also expected in the first search, which uses the brief index. */
  brief?: true;
}

const INSTALLMENT_1 = '/articles/2026-05-13-dangyuan-tiao-daliang/';
const FIXTURE_FIRST = '/articles/2026-05-13-first-story/';
const FIXTURE_CITYWIDE = '/articles/2026-06-01-citywide-story/';

export const RELEVANCE_SET: RelevanceCase[] = [
  // Names of communities, as printed and by alias
  {
    query: '红城湖国际广场小区',
    top3: [INSTALLMENT_1, '/communities/hongchenghu-guoji-guangchang/'],
    why: 'the installment and the community page name it',
    brief: true,
  },
  {
    query: '军区二所小区',
    top3: [INSTALLMENT_1, '/communities/junqu-ersuo/'],
    why: 'named in the installment and its own page',
    brief: true,
  },
  {
    query: '二所小区',
    top3: ['/communities/junqu-ersuo/', INSTALLMENT_1],
    why: 'the alias the paper also uses',
    brief: true,
  },
  {
    query: '金岛天下小区',
    top3: ['/communities/jindao-tianxia/', INSTALLMENT_1],
    why: 'named in the installment and its own page',
    brief: true,
  },
  {
    query: '红城湖',
    top3: [INSTALLMENT_1, '/communities/hongchenghu-guoji-guangchang/'],
    why: 'a short form of the name',
    brief: true,
  },
  {
    query: '南沙湾小区',
    top3: ['/communities/nansha-wan/'],
    why: 'a generated community: its page',
    brief: true,
  },
  {
    query: '东湖宿舍区',
    top3: ['/communities/donghu-sushequ/', '/articles/gen-00030-donghu-sushequ/'],
    why: 'a generated community and the installment about it',
    brief: true,
  },
  {
    query: '测试花园小区',
    top3: [FIXTURE_FIRST, '/communities/test-garden/'],
    why: 'fixture community and its installment',
    brief: true,
  },
  // Sub-districts
  {
    query: '府城街道',
    top3: [INSTALLMENT_1],
    why: 'only a few pages contain the whole phrase; the words alone are everywhere',
    brief: true,
  },
  {
    query: '海甸街道',
    top3: ['/articles/gen-00008-hongcheng-huayuan/', '/articles/gen-00028-hongcheng-huayuan/'],
    why: 'the installments about 红城花园小区 name its sub-district',
  },
  {
    query: '凤翔街道',
    top3: ['/communities/jinlu-huating/'],
    why: 'a community in that sub-district',
    brief: true,
  },
  // People
  {
    query: '余宗运',
    top3: [INSTALLMENT_1, '/communities/junqu-ersuo/'],
    why: 'branch secretary named in the story and the fact card',
  },
  { query: '王晓燕', top3: [INSTALLMENT_1], why: 'resident quoted in installment 1' },
  { query: '李欣', top3: [INSTALLMENT_1], why: 'byline', brief: true },
  { query: '苏弼坤', top3: [INSTALLMENT_1], why: 'photographer byline', brief: true },
  {
    query: '甲记者',
    top3: [FIXTURE_FIRST, FIXTURE_CITYWIDE],
    why: 'fixture reporter on two installments',
    brief: true,
  },
  // Phrases that cross word boundaries
  {
    query: '楼栋党员中心户',
    top3: [INSTALLMENT_1, '/communities/hongchenghu-guoji-guangchang/'],
    why: 'exact phrase on two pages; its words are on dozens',
  },
  {
    query: '国补资金',
    top3: [INSTALLMENT_1, '/communities/hongchenghu-guoji-guangchang/'],
    why: 'exact phrase on two pages',
  },
  {
    query: '老旧电梯',
    top3: [INSTALLMENT_1, '/communities/hongchenghu-guoji-guangchang/'],
    why: 'exact phrase; 电梯 alone is everywhere',
  },
  { query: '八部电梯', top3: [FIXTURE_FIRST], why: 'phrase in a fixture subtitle', brief: true },
  { query: '楼长制', top3: [INSTALLMENT_1], why: 'term from installment 1' },
  // Headlines and kickers
  {
    query: '物业管家',
    top3: [INSTALLMENT_1],
    why: 'headline words, printed with quotation marks between them',
    brief: true,
  },
  { query: '测试副题', top3: [FIXTURE_FIRST], why: 'subtitle', brief: true },
  { query: '抄表到户推进', top3: [FIXTURE_CITYWIDE], why: 'headline phrase', brief: true },
  // Two words
  {
    query: '抄表 金岛天下',
    top3: ['/communities/jindao-tianxia/', INSTALLMENT_1],
    why: 'both words on both pages',
    brief: true,
  },
  { query: '党员 挑大梁', top3: [INSTALLMENT_1], why: 'both words only in installment 1', brief: true },
  // One character
  { query: '梯', top3: [INSTALLMENT_1], why: 'a single character still finds the lift story' },
  // With a filter
  {
    query: '议事堂',
    filters: { district: '琼山区' },
    top3: [INSTALLMENT_1],
    why: 'installment 1 is filed under 琼山区',
    brief: true,
  },
  {
    query: '抄表到户',
    filters: { district: '美兰区' },
    top3: [INSTALLMENT_1],
    why: 'installment 1 is also filed under 美兰区',
    brief: true,
  },
];
