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
  print: {
    source: '本文网址：',
  },
  notFound: {
    title: '找不到这个页面',
    body: '页面可能已经移动，或网址有误。',
    back: '回到首页',
  },
} as const;
