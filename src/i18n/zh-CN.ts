/**
 * Every piece of interface text the site shows, in one place. Templates read
 * from here; nothing user-visible is written inline in a component.
 */
import type { BylineRole } from '../schemas/byline-role';

export const t = {
  siteName: '和美小区专栏',
  paper: '海口日报',
  skipToContent: '跳到正文',
  nav: {
    label: '主导航',
    home: '首页',
    series: '专栏',
    districts: '按区浏览',
    topics: '按话题浏览',
    communities: '和美小区',
    archive: '往期归档',
    people: '记者',
  },
  breadcrumbs: {
    label: '当前位置',
    home: '首页',
  },
  pagination: {
    label: '分页',
    previous: '上一页',
    next: '下一页',
    page: (n: number) => `第 ${n} 页`,
    of: (n: number, last: number) => `第 ${n} 页，共 ${last} 页`,
  },
  related: {
    heading: '相关报道',
  },
  districtsIndex: {
    title: '按区浏览',
    lede: '海口市辖秀英、龙华、琼山、美兰四个区。点选示意图或下面的列表，查看各区的和美小区和相关报道。',
    mapTitle: '海口四区示意图',
    mapNote: '示意图，只表示四个区的大致方位，不代表实际边界。',
    citywide: '全市性报道',
    communitiesIn: (name: string) => `${name}的和美小区`,
  },
  topicsIndex: {
    title: '按话题浏览',
    lede: '专栏报道涉及的主要话题。',
  },
  communitiesIndex: {
    title: '和美小区名录',
    lede: '本专栏报道过的和美小区，按所在区排列。',
    none: '这个区还没有收录的小区。',
  },
  peopleIndex: {
    title: '记者与摄影',
    lede: '为本专栏供稿的记者、通讯员和摄影。',
  },
  archive: {
    title: '往期归档',
    lede: '按发布年月查看全部报道。',
    month: (label: string) => `${label}的报道`,
    year: (y: string) => `${y}年`,
  },
  footer: {
    about: '本站收录《海口日报》专栏的已刊稿件，便于读者按区、按话题查阅。',
    rights: '稿件版权归海口日报所有。',
  },
  article: {
    installment: (n: number) => `第${n}期`,
    published: '发布',
    updated: '更新',
    printRef: (paper: string, date: string, page?: string) =>
      `原载《${paper}》${date}${page ? ` ${page}版` : ''}`,
    districts: '所属区',
    communities: '涉及小区',
    topics: '话题',
    corrections: '更正',
    correctionOn: (date: string) => `${date}更正：`,
    previous: '上一期',
    next: '下一期',
    installmentNav: '本专栏其他各期',
    illustrationNote: '示意图',
    draftNotice: '草稿：只在本地预览里显示，正式网站不会发布。',
    scheduledNotice: (date: string) => `定时发布：${date}（北京时间）之后的构建才会发布。`,
    draftTag: '草稿',
    scheduledTag: '未发布',
  },
  bylines: {
    reporter: '本报记者',
    'special-correspondent': '特约记者',
    correspondent: '通讯员',
    photographer: '摄影',
  } satisfies Record<BylineRole, string>,
  citywide: '全市',
  series: {
    installments: '各期报道',
    count: (n: number) => `共 ${n} 期`,
    empty: '本专栏还没有刊发的报道。',
  },
  lists: {
    articlesIn: (name: string) => `${name}的报道`,
    empty: '这里还没有报道。新的一期刊出后会自动出现在这里。',
    count: (n: number) => `${n} 篇报道`,
    countShort: (n: number) => `${n} 篇`,
  },
  community: {
    facts: '小区概况',
    district: '所属区',
    subdistrict: '街道',
    builtYear: '建成年份',
    builtYearValue: (y: number) => `${y}年`,
    aliases: '又称',
  },
  person: {
    bylines: '署名报道',
  },
  home: {
    title: '和美小区是怎样炼成的',
    latest: '最新各期',
    readColumn: '阅读开栏的话和全部各期',
    ways: '从这里找报道',
    more: '更多入口',
    figures: '数字里的和美小区',
    communitiesPerDistrict: '本站收录的和美小区（按区）',
    installmentsPerTopic: '各话题的报道篇数',
    chartUnitCommunities: '个小区',
    chartUnitArticles: '篇',
    allDistricts: '全部四个区',
    allTopics: '全部话题',
  },
  search: {
    title: '搜索',
    label: '搜索报道',
    placeholder: '小区、街道、人名或关键词',
    submit: '搜索',
    lede: '在全部报道的标题、摘要和正文里查找。也可以输入繁体字或拼音。',
    noScript: '搜索需要浏览器运行 JavaScript。也可以按区、按话题或按小区浏览全部报道：',
    unsupported:
      '这个浏览器无法运行本站的搜索（它不支持 WebAssembly，常见于较旧的微信或 iOS 15 浏览器）。请换用新版浏览器，或按区、按话题、按小区浏览全部报道：',
    notBuilt:
      '搜索索引还没有生成。在本地预览时，请先运行 npm run build，再运行 npm run preview，然后在那里搜索。',
    failed: '搜索出错了，请刷新页面再试。',
    preparing: '正在载入搜索……',
    loading: '正在搜索……',
    empty: '请输入要找的内容。',
    count: (n: number, q: string) => (q ? `找到 ${n} 篇包含“${q}”的报道` : `共 ${n} 篇报道`),
    none: (q: string) => `没有找到包含“${q}”的报道。`,
    noneHint: '可以换个说法，或减少筛选条件。',
    partialTitle: '只包含部分字词的报道',
    partialNote: (n: number, pieces: string) =>
      `这 ${n} 篇报道只包含${pieces}，不包含完整的查询，不一定是您要找的。`,
    reading: (pinyin: string, chinese: string) => `拼音“${pinyin}”按“${chinese}”查找`,
    entityKinds: { community: '小区', district: '区', person: '人物', topic: '话题' } as Record<
      string,
      string
    >,
    filters: '筛选',
    filterNames: { district: '区', topic: '话题', community: '小区', year: '年份' } as Record<string, string>,
    sort: '排序',
    sortRelevance: '相关度',
    sortNewest: '最新发布',
    loadMore: '显示更多结果',
    clearFilters: '清除筛选',
    yearValue: (y: string) => `${y}年`,
  },
  feeds: {
    column: '和美小区专栏 全部报道（RSS）',
    district: (name: string) => `${name}的报道（RSS）`,
    topic: (name: string) => `话题“${name}”的报道（RSS）`,
    description: '《海口日报》专栏《这些“和美小区”是怎样炼成的？》已刊发的各期报道。',
    subscribe: '订阅（RSS）',
  },
  correctionsPage: {
    title: '更正',
    lede: '本专栏各期报道发布后的更正，按更正日期由近及远排列。原文已按更正修改，更正说明保留在原文顶部。',
    empty: '目前没有更正。',
    in: '见',
  },
  filing: {
    icp: 'ICP备案号',
    publicSecurity: '公安备案号',
  },
  print: {
    source: '本文网址：',
  },
  notFound: {
    title: '找不到这个页面',
    body: '页面可能已经移动，或网址有误。',
    back: '回到首页',
  },
} as const;
