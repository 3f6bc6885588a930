/**
 * Drafting one story: its headings, photos, body, bylines, publication date
 * and the districts, communities and topics its text names, with a report of
 * everything the editor has to check.
 */
import { PLACEHOLDER } from '../lib/placeholder';
import { parseCredit, parseNames, resolveBylines, type RoleName } from './bylines';
import { escapeMdx } from './punctuation';
import { isShortText, splitHeadings, type Dateline, type Item, type Span } from './stories';
import type { ImportContext, ImportedDraft, ImportedPhoto, KnownEntry, ReportItem } from './types';

/** The day after a dateline's day, YYYY-MM-DD, or undefined when there is no such date. */
function dayAfter(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  date.setUTCDate(day + 1);
  return date.toISOString().slice(0, 10);
}

/** Ids of known entries whose name or alias appears in the text, in the order given. */
function mentioned(entries: readonly KnownEntry[], text: string): KnownEntry[] {
  return entries.filter((entry) => [entry.name, ...(entry.aliases ?? [])].some((n) => n && text.includes(n)));
}

/**
 * The publication date and what the editor should check about it: --date;
 * else the day after the article's dateline (the paper prints the next day),
 * or after another dateline on the same page; else today.
 */
function publicationDate(
  own: Dateline | undefined,
  page: Dateline | undefined,
  context: ImportContext,
): { published: string; report?: ReportItem } {
  if (context.date) return { published: context.date };
  const year = context.year ?? Number(context.today.slice(0, 4));
  const dateline = own ?? page;
  const guessed = dateline?.month && dateline.day ? dayAfter(year, dateline.month, dateline.day) : undefined;
  if (dateline && guessed) {
    const source = own ? '电头' : '同一版其他文章的电头';
    const which = context.year ? '' : `，年份按今天取 ${year} 年`;
    return {
      published: guessed,
      report: {
        field: 'published',
        value: guessed,
        message: `发布日期按${source}“${dateline.month}月${dateline.day}日讯”推算为次日${which}；请核对见报日期，或用 --date 指定`,
      },
    };
  }
  return {
    published: context.today,
    report: {
      field: 'published',
      value: context.today,
      message: '没有找到电头（本报X月X日讯），无法判断发布日期，暂填今天；请改成见报日期，或用 --date 指定',
    },
  };
}

/** A paragraph placeholder for a photo that has no file yet. */
function photoPlaceholder(photo: ImportedPhoto): string {
  const caption = photo.caption ? `说明：${photo.caption.replace(/。$/, '')}` : '没有说明';
  const credit = photo.credit ? `署名：${photo.credit}` : '没有署名';
  return `${PLACEHOLDER}：这里原有一张照片（${caption}；${credit}）。请把照片放进本文件夹，换成 Figure 照片，写法见 docs/editing.md 第三节；不用就删掉这一段。`;
}

/** One article's items → a draft. */
export function buildDraft(
  items: readonly Item[],
  span: Span,
  pageDateline: Dateline | undefined,
  context: ImportContext,
): Omit<ImportedDraft, 'inColumn'> {
  const report: ReportItem[] = [];
  const headingLines = items.slice(span.headings[0], span.headings[1]).map((item) => item.text);
  const { kicker, headline, subtitle, labels, guessed } = splitHeadings(headingLines);
  if (guessed) {
    report.push({
      field: kicker ? 'kicker' : 'subtitle',
      value: kicker ?? subtitle,
      message: `标题有两行，按字数和版式判断这一行是${kicker ? '引题' : '副题'}；如果不对，请改成 ${kicker ? 'subtitle（副题）' : 'kicker（引题）'}`,
    });
  }

  const photos: ImportedPhoto[] = [];
  const body: string[] = [];
  const names: RoleName[] = [];
  let opened = false;
  let bodyStart = 0;
  let dateline: Dateline | undefined;
  const addPhoto = (photo: ImportedPhoto) => {
    if (photos.length > 0) body.push(escapeMdx(photoPlaceholder(photo)));
    photos.push(photo);
  };
  const addNames = (text: string, from: string) => {
    const parsed = parseNames(text);
    names.push(...parsed.names);
    for (const piece of parsed.unclear) {
      report.push({
        field: 'bylines',
        value: piece,
        message: `${from}里的“${piece}”看不出是谁、什么身份，没有写进署名；请核对原文后手工补上`,
      });
    }
  };

  const own = [...items.slice(span.from, span.headings[0]), ...items.slice(span.headings[1], span.to)];
  for (let i = 0; i < own.length; i++) {
    const item = own[i] as Item;
    const next = own[i + 1];
    if (item.kind === 'credit') {
      for (const name of parseCredit(item.text)) names.push({ role: 'photographer', name });
      addPhoto({ credit: item.text });
    } else if (isShortText(item) && next?.kind === 'credit') {
      for (const name of parseCredit(next.text)) names.push({ role: 'photographer', name });
      addPhoto({ caption: item.text, credit: next.text });
      i++;
    } else if (item.kind === 'text' && !opened && next?.kind === 'dateline') {
      addPhoto({ caption: item.text });
    } else if (item.kind === 'byline' || item.kind === 'dateline') {
      if (!opened) bodyStart = body.length;
      opened = true;
      if (item.kind === 'byline') {
        addNames(item.text, '署名');
      } else {
        dateline ??= item;
        addNames(item.inside, '电头');
        body.push(escapeMdx(item.text));
      }
    } else if (item.kind === 'heading') {
      body.push(`## ${escapeMdx(item.text)}`);
    } else {
      body.push(escapeMdx(item.text));
    }
  }
  if (labels.length > 0) {
    body.splice(bodyStart, 0, ...labels.map((label) => `## ${escapeMdx(label)}`));
    report.push({
      field: '正文',
      value: labels.join('、'),
      message: '标题上方的短行看不出是引题还是栏目名，已放进正文作小标题；不需要就删掉',
    });
  }

  const { bylines, report: bylineReport } = resolveBylines(names, context);
  report.push(...bylineReport);

  // Photos: the first is the cover; its file is a placeholder until the editor adds the photo.
  const cover = photos[0];
  const photographers = dateline
    ? parseNames(dateline.inside).names.filter((n) => n.role === 'photographer')
    : [];
  if (cover && !cover.credit && photographers.length > 0) {
    cover.credit = `本报记者 ${photographers.map((p) => p.name).join(' ')} 摄`;
  }
  if (!cover) {
    report.push({
      field: 'cover',
      message:
        '这篇没有找到照片，按无图报道导入（不写封面，也不放占位图）；如果报纸上其实有照片，按 docs/editing.md 加上封面（cover）',
    });
  } else {
    if (!cover.caption) report.push({ field: 'cover.caption', message: '封面照片没有找到图片说明；请补上' });
    if (!cover.credit)
      report.push({ field: 'cover.credit', message: '封面照片没有找到署名（X 摄）；请补上' });
  }
  if (photos.length > 1) {
    report.push({
      field: '正文',
      value: `${photos.length - 1} 张`,
      message: '除封面外的照片在正文里留了“待填写”段落；请放进照片文件并改成 Figure 照片',
    });
  }

  const allText = [kicker, headline, subtitle, ...body].join('\n');
  const communities = mentioned(context.communities, allText);
  const districtIds = new Set([
    ...mentioned(context.districts, allText).map((d) => d.id),
    ...communities.flatMap((c) => (c.district ? [c.district] : [])),
  ]);
  const districts = context.districts.filter((d) => districtIds.has(d.id)).map((d) => d.id);
  const topics = mentioned(context.topics, allText).map((topic) => topic.id);
  if (districts.length === 0) {
    report.push({
      field: 'districts',
      message: '文中没有找到已建档的区名，所属区是空的；请写上区的编号，全市性的报道写 [citywide]',
    });
  }
  if (topics.length === 0) {
    report.push({ field: 'topics', message: '文中没有找到已建档的话题名，话题是空的；请至少写一个话题编号' });
  }

  const date = publicationDate(dateline, pageDateline, context);
  if (date.report) report.push(date.report);

  return {
    kicker,
    headline,
    subtitle,
    published: date.published,
    print: context.date && context.paper ? { paper: context.paper, date: context.date } : undefined,
    bylines,
    districts,
    communities: communities.map((c) => c.id),
    topics,
    cover,
    body: body.join('\n\n'),
    report,
  };
}
