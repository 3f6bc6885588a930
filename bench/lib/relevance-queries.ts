/**
 * What readers of the paper type into /search/, each with the installment
 * they are looking for, for the relevance suite
 * (tests/browser/search-relevance.test.ts) and `npm run bench:search --
 * --corpus N`. The corpus is bench/lib/relevance-corpus.ts: generated
 * installments (seed 7) plus the six stories of the real newspaper page,
 * imported at run time. Queries are facts of the page (names, places,
 * numbers, short terms), never its sentences.
 *
 * A query's answer is the story a reader who read the page is thinking of.
 * Most queries were chosen so that it is the only installment containing
 * the text, or the one containing it most often (checked, with the other
 * rules below, by tests/bench/relevance-queries.test.ts against the
 * imported sources). Where the text is as central to other stories,
 * `alsoFirst` says which other first results are as right.
 */

export const QUERY_KINDS = [
  'person',
  'place',
  'community',
  'rare-word',
  'company',
  'number',
  'topic',
  'two-words',
  'partial',
  'traditional',
  'pinyin',
] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

export interface RelevanceQuery {
  /** As typed into the search box. */
  query: string;
  kind: QueryKind;
  /** Site path of the installment that should come first. */
  expect: string;
  /** Why that installment is the answer. */
  why: string;
  /** Traditional and pinyin queries: the simplified Chinese text the query stands for. */
  means?: string;
  /**
   * Other first results that count as a hit too: installments as central to
   * the query (a byline shared by three stories), or `any`: any installment
   * whose text contains the query (a place dozens of installments name).
   */
  alsoFirst?: readonly string[] | 'any';
}

/** The six stories of the page, as `npm run import` names them. */
export const PAGE_STORIES = {
  /** The column's installment: its compounds, lifts and meters. */
  column: '/articles/2026-05-13-dangyuan-daitou/',
  /** The provincial double-support office's border-guard talks. */
  borderGuards: '/articles/2026-05-13-wosheng-shuangyong/',
  /** 龙华区's civil-code event. */
  civilCode: '/articles/2026-05-13-fa-huxing-fuzhi/',
  /** A duty-free shop's nurses' day event. */
  nurses: '/articles/2026-05-13-cdf-zhongmian-hainan/',
  /** The provincial disaster-prevention week opening. */
  experts: '/articles/2026-05-13-zhuanjia-xianchang/',
  /** The four districts' disaster-prevention day events. */
  safetyClass: '/articles/2026-05-13-anquan-ketang/',
} as const;

/** A generated installment whose focus is a compound no other installment is about (seed 7, up to 300). */
export const DONGHU_YUAN = '/articles/gen-00237-donghu-yuan/';

const {
  column: COLUMN,
  borderGuards: BORDER,
  civilCode: CIVIL,
  nurses: NURSES,
  experts: EXPERTS,
  safetyClass: SAFETY,
} = PAGE_STORIES;

export const RELEVANCE_QUERIES: readonly RelevanceQuery[] = [
  // People
  { query: '王晓燕', kind: 'person', expect: COLUMN, why: 'the resident quoted in the column' },
  { query: '余宗运', kind: 'person', expect: COLUMN, why: 'the 二所小区 party branch secretary' },
  { query: '苏弼坤', kind: 'person', expect: COLUMN, why: 'credit of the column’s photo' },
  {
    query: '李欣',
    kind: 'person',
    expect: COLUMN,
    why: 'byline of the column; she also wrote or co-wrote the two disaster-prevention stories',
    alsoFirst: [EXPERTS, SAFETY],
  },
  { query: '陈钰婷', kind: 'person', expect: NURSES, why: 'the nurses’ day story’s reporter' },
  { query: '唐珍兰', kind: 'person', expect: EXPERTS, why: 'the emergency department official quoted' },
  { query: '张一宽', kind: 'person', expect: BORDER, why: 'the pupil quoted after the talk' },
  { query: '王蕾', kind: 'person', expect: SAFETY, why: 'the resident quoted in the 龙华区 part' },
  { query: '周慧', kind: 'person', expect: CIVIL, why: 'reporter and photographer of the civil-code story' },
  { query: '萧海山', kind: 'person', expect: SAFETY, why: 'one of its special correspondents' },
  { query: '林方程', kind: 'person', expect: BORDER, why: 'its correspondent' },

  // Places
  { query: '东坡老码头', kind: 'place', expect: SAFETY, why: 'where 美兰区 held its event' },
  { query: '府城三角公园', kind: 'place', expect: SAFETY, why: 'where 琼山区 held its event' },
  { query: '秀英时代广场', kind: 'place', expect: SAFETY, why: 'where 秀英区 held its event' },
  { query: '双创广场', kind: 'place', expect: SAFETY, why: 'the 海垦街道 square of the 龙华区 event' },
  { query: '龙湖南海口天街', kind: 'place', expect: EXPERTS, why: 'where the provincial week opened' },
  { query: '海南中学', kind: 'place', expect: BORDER, why: 'a school the border guards spoke at' },
  { query: '金宇学校', kind: 'place', expect: BORDER, why: 'another school of the talks' },
  { query: '西藏军区', kind: 'place', expect: BORDER, why: 'where the speaking soldiers serve' },
  {
    query: '府城街道',
    kind: 'place',
    expect: COLUMN,
    why: '金岛天下小区’s sub-district; generated compounds there name it more often',
    alsoFirst: 'any',
  },
  {
    query: '滨海街道',
    kind: 'place',
    expect: CIVIL,
    why: 'a co-organiser of the civil-code event; also the sub-district of generated compounds',
    alsoFirst: 'any',
  },
  {
    query: '海垦街道',
    kind: 'place',
    expect: SAFETY,
    why: 'the 龙华区 event’s sub-district; also that of generated compounds',
    alsoFirst: 'any',
  },
  {
    query: '秀英区',
    kind: 'place',
    expect: SAFETY,
    why: 'a district of the safety-class story; dozens of generated installments are there too',
    alsoFirst: 'any',
  },

  // Communities, as printed and by their other names
  { query: '红城湖国际广场小区', kind: 'community', expect: COLUMN, why: 'the column’s first compound' },
  { query: '军区二所小区', kind: 'community', expect: COLUMN, why: 'the compound metering per household' },
  { query: '二所小区', kind: 'community', expect: COLUMN, why: 'the other name the paper uses' },
  {
    query: '金岛天下小区',
    kind: 'community',
    expect: COLUMN,
    why: 'the compound with new electricity meters',
  },
  { query: '金岛天下', kind: 'community', expect: COLUMN, why: 'the compound’s name without 小区' },
  { query: '红城湖国际广场', kind: 'community', expect: COLUMN, why: 'the compound’s name without 小区' },
  {
    query: '东湖苑',
    kind: 'community',
    expect: DONGHU_YUAN,
    why: 'a generated compound: its one installment',
  },

  // Rare compound words of the stories
  {
    query: '楼栋党员中心户',
    kind: 'rare-word',
    expect: COLUMN,
    why: 'the branch’s model, only in the column',
  },
  { query: '国补资金', kind: 'rare-word', expect: COLUMN, why: 'the national subsidy for the lifts' },
  {
    query: '抄表到户',
    kind: 'rare-word',
    expect: COLUMN,
    why: 'half the column is about it; generated metering stories name it less often',
  },
  {
    query: '议事堂',
    kind: 'rare-word',
    expect: COLUMN,
    why: 'the compound’s council hall; generated council stories use the word too, never more often',
  },
  { query: '家园墙', kind: 'rare-word', expect: COLUMN, why: 'the mural wall of 红城湖国际广场小区' },
  { query: '表决记录表', kind: 'rare-word', expect: COLUMN, why: 'the form the branch secretary carries' },
  { query: '景观树池', kind: 'rare-word', expect: COLUMN, why: 'what the old tyres became' },
  { query: '分类垃圾屋', kind: 'rare-word', expect: COLUMN, why: 'seen in the compound' },
  { query: '戍边精神', kind: 'rare-word', expect: BORDER, why: 'the theme of the talks' },
  { query: '界碑', kind: 'rare-word', expect: BORDER, why: 'border stones in the soldiers’ account' },
  {
    query: '海姆立克',
    kind: 'rare-word',
    expect: SAFETY,
    why: 'the first-aid manoeuvre taught in two districts',
  },
  { query: '逃生屋', kind: 'rare-word', expect: SAFETY, why: 'the smoke house of the 美兰区 event' },
  { query: '划拨土地', kind: 'rare-word', expect: CIVIL, why: 'a legal topic of the civil-code talk' },
  { query: '星愿计划', kind: 'rare-word', expect: NURSES, why: 'name of the nurses’ day campaign' },

  // Companies
  {
    query: '海口双胞胎饲料有限公司',
    kind: 'company',
    expect: SAFETY,
    why: 'host of a company drill in 秀英区',
  },
  { query: 'cdf中免海南官方商城', kind: 'company', expect: NURSES, why: 'the shop of the nurses’ day story' },

  // Dates and numbers with units, as printed
  { query: '167名', kind: 'number', expect: COLUMN, why: 'party members registered in the compound' },
  { query: '55米', kind: 'number', expect: COLUMN, why: 'length of the painted wall' },
  { query: '8部', kind: 'number', expect: COLUMN, why: 'lifts replaced' },
  { query: '2023年5月', kind: 'number', expect: COLUMN, why: 'when the branch was founded' },
  { query: '100%', kind: 'number', expect: COLUMN, why: 'party organisation coverage of compounds' },
  { query: '5月11日', kind: 'number', expect: BORDER, why: 'the only story of an event on the 11th' },
  { query: '第114个', kind: 'number', expect: NURSES, why: 'the 114th international nurses’ day' },
  { query: '5000多米', kind: 'number', expect: BORDER, why: 'altitude of the soldiers’ post' },
  { query: '零下30摄氏度', kind: 'number', expect: BORDER, why: 'the cold they patrol in' },
  { query: '超千名', kind: 'number', expect: SAFETY, why: 'visitors of the 美兰区 event' },
  {
    query: '5月12日',
    kind: 'number',
    expect: COLUMN,
    why: 'the column’s visit; every story of the page is dated the 12th',
    alsoFirst: [BORDER, CIVIL, NURSES, EXPERTS, SAFETY],
  },

  // Topics
  { query: '民法典', kind: 'topic', expect: CIVIL, why: 'the civil code, subject of the story' },
  { query: '国防教育', kind: 'topic', expect: BORDER, why: 'what the talks were' },
  { query: '国际护士节', kind: 'topic', expect: NURSES, why: 'the occasion of the story' },
  { query: '防灾减灾日', kind: 'topic', expect: SAFETY, why: 'the day all four districts marked' },
  {
    query: '防灾减灾宣传周',
    kind: 'topic',
    expect: EXPERTS,
    why: 'the week whose provincial opening the experts’ story reports',
  },
  { query: '心肺复苏', kind: 'topic', expect: SAFETY, why: 'CPR, taught in three districts' },
  {
    query: '电梯更新',
    kind: 'topic',
    expect: COLUMN,
    why: 'the lifts of 红城湖国际广场小区; a topic name, so installments with it in their lead come first',
    alsoFirst: 'any',
  },
  {
    query: '水电抄表到户',
    kind: 'topic',
    expect: COLUMN,
    why: 'the city’s metering programme in the column',
  },
  { query: '老旧电梯', kind: 'topic', expect: COLUMN, why: 'the old lifts replaced' },
  { query: '挑大梁', kind: 'topic', expect: COLUMN, why: 'a word of the column’s headline' },

  // Two words
  { query: '抄表 金岛天下', kind: 'two-words', expect: COLUMN, why: 'both only in the column' },
  { query: '党员 挑大梁', kind: 'two-words', expect: COLUMN, why: 'the headline’s words' },
  { query: '物业 管家', kind: 'two-words', expect: COLUMN, why: 'the headline, quotation marks left out' },
  { query: '议事堂 王晓燕', kind: 'two-words', expect: COLUMN, why: 'the council hall and the resident' },
  { query: '楼长制 余宗运', kind: 'two-words', expect: COLUMN, why: 'the 二所小区 part of the column' },
  { query: '府城街道 金岛天下', kind: 'two-words', expect: COLUMN, why: 'the compound and its sub-district' },
  { query: '电梯 国补资金', kind: 'two-words', expect: COLUMN, why: 'the lifts and their funding' },
  { query: '滨海街道 民法典', kind: 'two-words', expect: CIVIL, why: 'the co-organiser and the subject' },
  { query: '美兰区 二所小区', kind: 'two-words', expect: COLUMN, why: 'the compound and its district' },
  { query: '灭火器 东坡老码头', kind: 'two-words', expect: SAFETY, why: 'the 美兰区 event' },

  // Pieces of longer names
  { query: '宗运', kind: 'partial', expect: COLUMN, why: 'given name of 余宗运' },
  { query: '弼坤', kind: 'partial', expect: COLUMN, why: 'given name of 苏弼坤' },
  { query: '晓燕', kind: 'partial', expect: COLUMN, why: 'given name of 王晓燕' },
  { query: '岛天下', kind: 'partial', expect: COLUMN, why: 'piece of 金岛天下小区' },
  { query: '双胞胎', kind: 'partial', expect: SAFETY, why: 'piece of the feed company’s name' },
  { query: '中免', kind: 'partial', expect: NURSES, why: 'piece of the shop’s name' },
  { query: '老码头', kind: 'partial', expect: SAFETY, why: 'piece of 东坡老码头' },
  { query: '珍兰', kind: 'partial', expect: EXPERTS, why: 'given name of 唐珍兰' },

  // Traditional characters: the answer contains the simplified form
  { query: '國補資金', kind: 'traditional', means: '国补资金', expect: COLUMN, why: 'the lift subsidy' },
  {
    query: '紅城湖國際廣場小區',
    kind: 'traditional',
    means: '红城湖国际广场小区',
    expect: COLUMN,
    why: 'the compound',
  },
  { query: '軍區二所小區', kind: 'traditional', means: '军区二所小区', expect: COLUMN, why: 'the compound' },
  { query: '樓棟黨員中心戶', kind: 'traditional', means: '楼栋党员中心户', expect: COLUMN, why: 'the model' },
  { query: '議事堂', kind: 'traditional', means: '议事堂', expect: COLUMN, why: 'the council hall' },
  {
    query: '電梯更新',
    kind: 'traditional',
    means: '电梯更新',
    expect: COLUMN,
    why: 'the lifts; a topic name shared by many installments',
    alsoFirst: 'any',
  },
  { query: '戍邊精神', kind: 'traditional', means: '戍边精神', expect: BORDER, why: 'the talks’ theme' },
  { query: '東坡老碼頭', kind: 'traditional', means: '东坡老码头', expect: SAFETY, why: 'the 美兰区 venue' },
  { query: '王曉燕', kind: 'traditional', means: '王晓燕', expect: COLUMN, why: 'the resident' },

  // Pinyin, whole and initials: the answer contains what it stands for
  { query: 'hongchenghu', kind: 'pinyin', means: '红城湖', expect: COLUMN, why: 'the compound’s name' },
  {
    query: 'hchgjgc',
    kind: 'pinyin',
    means: '红城湖国际广场',
    expect: COLUMN,
    why: 'initials of the compound',
  },
  { query: 'jqesxq', kind: 'pinyin', means: '军区二所小区', expect: COLUMN, why: 'initials of the compound' },
  { query: 'jindaotianxia', kind: 'pinyin', means: '金岛天下', expect: COLUMN, why: 'the compound' },
  {
    query: 'lixin',
    kind: 'pinyin',
    means: '李欣',
    expect: COLUMN,
    why: 'the column’s reporter, also on the two disaster-prevention stories',
    alsoFirst: [EXPERTS, SAFETY],
  },
  {
    query: 'zhouhui',
    kind: 'pinyin',
    means: '周慧',
    expect: CIVIL,
    why: 'the reporter of the civil-code story',
  },
  {
    query: 'cyt',
    kind: 'pinyin',
    means: '陈钰婷',
    expect: NURSES,
    why: 'initials of the nurses’ day reporter',
  },
  { query: 'sbk', kind: 'pinyin', means: '苏弼坤', expect: COLUMN, why: 'initials of the photographer' },
  { query: 'jdtxxq', kind: 'pinyin', means: '金岛天下小区', expect: COLUMN, why: 'initials of the compound' },
  { query: 'chaobiaodaohu', kind: 'pinyin', means: '抄表到户', expect: COLUMN, why: 'the metering' },
  {
    query: 'bhjd',
    kind: 'pinyin',
    means: '滨海街道',
    expect: CIVIL,
    why: 'initials of the sub-district of the civil-code event; generated compounds are there too',
    alsoFirst: 'any',
  },
  {
    query: 'hongchenghuguojiguangchang',
    kind: 'pinyin',
    means: '红城湖国际广场',
    expect: COLUMN,
    why: 'the compound’s name in full',
  },
  {
    query: 'qiongshanqu',
    kind: 'pinyin',
    means: '琼山区',
    expect: COLUMN,
    why: 'the column’s district; dozens of installments are there too',
    alsoFirst: 'any',
  },
  {
    query: 'fuchengjiedao',
    kind: 'pinyin',
    means: '府城街道',
    expect: COLUMN,
    why: 'the sub-district of 金岛天下小区; generated compounds too',
    alsoFirst: 'any',
  },
];

/**
 * The words a result must show for the query to count as answered: what a
 * traditional or pinyin query stands for, each word of a two-word query,
 * else the query itself.
 */
export function answerWords(query: RelevanceQuery): string[] {
  if (query.means) return [query.means];
  return query.query.split(/\s+/).filter(Boolean);
}
