/**
 * Fills the templates in corpus-vocabulary.ts into headlines, summaries and
 * ~2,000-character MDX bodies. Pure functions of the Rng passed in.
 */
import type { Rng } from './prng.ts';
import {
  ACTIONS,
  ACTORS,
  BOARDS,
  AFTER_STATES,
  BEFORE_STATES,
  CONCEPTS,
  CONNECTORS,
  IDLE_SPACES,
  ISSUES,
  LEADS,
  NEW_PLACES,
  OUTCOMES,
  PLACES,
  QUOTES,
  RESIDENT_TITLES,
  SAYS,
  SENTENCES,
  SUBHEADS,
  SURNAMES,
  TIMES,
} from './corpus-vocabulary.ts';

/** What stays the same throughout one article. */
export interface TextContext {
  community: string;
  district: string;
  subdistrict: string;
  shequ: string;
  /** Topic names of the article. */
  topics: readonly string[];
  /** Keywords of the article's topics. */
  keywords: readonly string[];
  builtYear: number;
  households: number;
  buildings: number;
}

const SLOT = /\{(\w+)\}/g;

/** Draws items from a shuffled deck, reshuffling when it runs out, so repeats are rare. */
export function deck<T>(rng: Rng, items: readonly T[]): () => T {
  let cards: T[] = [];
  return () => {
    if (cards.length === 0) cards = rng.shuffle(items);
    return cards.pop() as T;
  };
}

/** The name without a trailing 小区, for headlines: 金岛天下小区 → 金岛天下. */
export function shortName(name: string): string {
  return name.endsWith('小区') && name.length > 3 ? name.slice(0, -2) : name;
}

export interface Filler {
  fill(template: string): string;
}

/** A filler bound to one article: decks for words, fresh numbers each time. */
export function createFiller(rng: Rng, ctx: TextContext): Filler {
  const decks = {
    actor: deck(rng, ACTORS),
    place: deck(rng, PLACES),
    action: deck(rng, ACTIONS),
    issue: deck(rng, ISSUES),
    outcome: deck(rng, OUTCOMES),
    time: deck(rng, TIMES),
    connector: deck(rng, CONNECTORS),
    concept: deck(rng, CONCEPTS),
    says: deck(rng, SAYS),
    quote: deck(rng, QUOTES),
    before: deck(rng, BEFORE_STATES),
    after: deck(rng, AFTER_STATES),
    keyword: deck(rng, ctx.keywords.length > 0 ? ctx.keywords : ['小区治理']),
    topic: deck(rng, ctx.topics.length > 0 ? ctx.topics : ['小区治理']),
    idle: deck(rng, IDLE_SPACES),
    board: deck(rng, BOARDS),
    newPlace: deck(rng, NEW_PLACES),
  };
  const slot = (name: string): string => {
    switch (name) {
      case 'community':
        return ctx.community;
      case 'cshort':
        return shortName(ctx.community);
      case 'district':
        return ctx.district;
      case 'districtShort':
        return ctx.district.replace(/区$/, '');
      case 'subdistrict':
        return ctx.subdistrict;
      case 'shequ':
        return ctx.shequ;
      case 'households':
        return String(ctx.households);
      case 'buildings':
        return String(ctx.buildings);
      case 'builtYear':
        return String(ctx.builtYear);
      case 'age2':
        return String(Math.max(5, 2026 - ctx.builtYear));
      case 'year':
        return String(rng.int(2015, 2025));
      case 'month':
        return String(rng.int(1, 12));
      case 'n':
      case 'n2':
        return String(rng.int(2, 30));
      case 'big':
        return String(rng.int(50, 800));
      case 'members':
        return String(rng.int(10, 200));
      case 'lifts':
        return String(rng.int(2, 30));
      case 'spaces':
        return String(rng.int(30, 900));
      case 'pct':
        return String(rng.int(80, 99));
      case 'pctLow':
        return String(rng.int(40, 75));
      case 'pctDrop':
        return String(rng.int(20, 70));
      case 'volunteers':
        return String(rng.int(12, 150));
      case 'money':
        return String(rng.int(5, 200));
      case 'age':
        return String(rng.int(60, 88));
      case 'resident':
        return `${rng.pick(SURNAMES)[0]}${rng.pick(RESIDENT_TITLES)}`;
      case 'actor2':
      case 'place2':
      case 'action2':
      case 'issue2':
      case 'outcome2':
      case 'after2':
        return slot(name.slice(0, -1));
      default: {
        const draw = decks[name as keyof typeof decks];
        if (!draw) throw new Error(`corpus template uses unknown slot {${name}}`);
        return draw();
      }
    }
  };
  const fill = (template: string, depth = 0): string =>
    template.replace(SLOT, (_, name: string) => {
      const value = slot(name);
      return depth < 3 && value.includes('{') ? fill(value, depth + 1) : value;
    });
  return { fill: (template) => fill(template) };
}

/** Length in characters as a reader counts them (code points). */
export function charLength(text: string): number {
  return [...text].length;
}

export interface BodyOptions {
  /** Roughly how many characters of prose to write. */
  targetChars: number;
}

/**
 * An MDX body: a lead paragraph, then `##` sections of paragraphs, with the
 * odd quotation or list, ending with a closing paragraph.
 */
export function composeBody(rng: Rng, filler: Filler, { targetChars }: BodyOptions): string {
  const sentence = deck(rng, SENTENCES);
  const subhead = deck(rng, SUBHEADS);
  const blocks: string[] = [];
  let length = 0;
  const add = (block: string) => {
    blocks.push(block);
    length += charLength(block);
  };
  const paragraph = (min: number, max: number) => {
    const count = rng.int(min, max);
    let text = '';
    for (let i = 0; i < count; i++) text += filler.fill(sentence());
    return text;
  };

  add(filler.fill(rng.pick(LEADS)) + paragraph(1, 2));
  const usedHeads = new Set<string>();
  let lists = 0;
  let quotes = 0;
  let previous = '';
  while (length < targetChars) {
    let head = filler.fill(subhead());
    for (let tries = 0; usedHeads.has(head) && tries < 5; tries++) head = filler.fill(subhead());
    usedHeads.add(head);
    add(`## ${head}`);
    const paragraphs = rng.int(2, 3);
    for (let p = 0; p < paragraphs && length < targetChars; p++) {
      const roll = rng.next();
      // A section opens with prose; at most two quotations and two lists, never back to back.
      let kind = 'text';
      if (p > 0 && previous === 'text') {
        if (roll < 0.12 && quotes < 2) kind = 'quote';
        else if (roll >= 0.12 && roll < 0.2 && lists < 2) kind = 'list';
      }
      previous = kind;
      if (kind === 'quote') {
        quotes++;
        add(`> ${filler.fill('“{quote}。”')}——${filler.fill('{actor}{resident}')}`);
      } else if (kind === 'list') {
        lists++;
        const items = rng.int(3, 4);
        const lines: string[] = [];
        for (let i = 0; i < items; i++) lines.push(`- ${filler.fill('{action}')}`);
        add(`${filler.fill('{community}的主要做法有：')}\n\n${lines.join('\n')}`);
      } else {
        add(paragraph(3, 5));
      }
    }
  }
  add(filler.fill('“{quote}。”{actor}{resident}{says}，{community}的故事还在继续。'));
  return `${blocks.join('\n\n')}\n`;
}

/** Keeps whole sentences (ending in 。) while the text fits in `max` characters. */
export function fitSentences(text: string, max: number): string {
  if (charLength(text) <= max) return text;
  const sentences = text.match(/[^。]+。?/g) ?? [text];
  let result = '';
  for (const s of sentences) {
    if (charLength(result + s) > max) break;
    result += s;
  }
  return result || `${[...text].slice(0, max - 1).join('')}。`;
}
