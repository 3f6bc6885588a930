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
    empty: '这里还没有报道。',
    count: (n: number) => `${n} 篇报道`,
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
    readColumn: '进入专栏',
  },
  notFound: {
    title: '找不到这个页面',
    body: '页面可能已经移动，或网址有误。',
    back: '回到首页',
  },
} as const;
