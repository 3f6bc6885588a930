/**
 * Share images (Open Graph / WeChat cards), 1200×630, drawn at build time:
 * satori lays the text out with Noto Sans SC from @fontsource/noto-sans-sc
 * (SIL OFL 1.1, an npm package, so no system font and no network) into an
 * SVG of glyph paths, and sharp turns that into a PNG.
 *
 * Pure: the same input gives byte-identical output. The fonts are read once
 * per process and shared by every call.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import satori, { type Font } from 'satori';
import sharp from 'sharp';
import { t } from '../i18n/zh-CN';
import { drawableText } from './card-text';
import { glyphCheck, type GlyphCheck } from './font-glyphs';
import { joinWords } from './headline-words';

export const SHARE_IMAGE_WIDTH = 1200;
export const SHARE_IMAGE_HEIGHT = 630;

/** Colours of src/styles/global.css (light scheme). */
export const SHARE_COLOURS = {
  paper: '#fffdf8',
  ink: '#1b1b1b',
  muted: '#595959',
  rule: '#d9d4c7',
  accent: '#a4161a',
} as const;

export interface ShareImageInput {
  /** Column name, e.g. 《这些“和美小区”是怎样炼成的?》. */
  columnTitle: string;
  /** Kicker （引题）， the line above the headline. */
  kicker?: string | undefined;
  headline: string;
  /** District names, e.g. ['琼山区', '美兰区'] or ['全市']; joined with 、. */
  places: readonly string[];
  /** Newspaper name in the corner; defaults to 海口日报. */
  paper?: string | undefined;
}

export interface FallbackShareImageInput {
  columnTitle: string;
  /** Defaults to 海口日报. */
  paper?: string | undefined;
}

// ---------------------------------------------------------------------------
// Fonts

const FAMILY = 'Noto Sans SC';
const WEIGHTS = [400, 700] as const;
/** The package's subset every image uses; rarer characters come from its numbered slices. */
const PRIMARY_SUBSET = 'chinese-simplified';
type Weight = (typeof WEIGHTS)[number];

/** Folder of the package's font files. Its exports map only opens LICENSE, so start from there. */
function fontFolder(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('@fontsource/noto-sans-sc/LICENSE')), 'files');
}

const fontFile = (subset: string, weight: Weight) =>
  path.join(fontFolder(), `noto-sans-sc-${subset}-${weight}-normal.woff`);

async function loadFont(subset: string, weight: Weight, name = FAMILY): Promise<Font> {
  return { name, weight, style: 'normal', data: await readFile(fontFile(subset, weight)) };
}

let primaryFonts: Promise<Font[]> | undefined;

/**
 * The fonts every image uses: the package's "chinese-simplified" subset
 * (about 7,900 characters: GB 2312 and more, ASCII and CJK punctuation) in
 * regular and bold. Loaded once per process; satori parses each font's bytes
 * once and keeps them (fontsFor below).
 */
export function loadShareFonts(): Promise<Font[]> {
  primaryFonts ??= Promise.all(WEIGHTS.map((w) => loadFont(PRIMARY_SUBSET, w))).catch((error: unknown) => {
    primaryFonts = undefined;
    throw error;
  });
  return primaryFonts;
}

/** Unicode ranges of the package's numbered slices, which together cover the whole font. */
let slices: Promise<{ id: string; ranges: [number, number][] }[]> | undefined;

function loadSlices() {
  slices ??= readFile(path.join(fontFolder(), '..', 'unicode.json'), 'utf8').then((text) =>
    Object.entries(JSON.parse(text) as Record<string, string>)
      .filter(([key]) => /^\[\d+\]$/.test(key))
      .map(([key, value]) => ({
        id: key.slice(1, -1),
        ranges: value.split(',').map((part): [number, number] => {
          const [from = '', to] = part.trim().replace(/^U\+/i, '').split('-');
          return [parseInt(from, 16), parseInt(to ?? from, 16)];
        }),
      }))
      .sort((a, b) => Number(a.id) - Number(b.id)),
  );
  return slices;
}

const glyphChecks = new Map<string, Promise<GlyphCheck>>();

/** Which code points a subset (its regular weight) has glyphs for, read once. */
function glyphCheckOf(subset: string): Promise<GlyphCheck> {
  let loaded = glyphChecks.get(subset);
  if (!loaded) {
    loaded = readFile(fontFile(subset, 400)).then(glyphCheck);
    glyphChecks.set(subset, loaded);
  }
  return loaded;
}

/** The numbered slice whose range holds a code point, if any. */
async function sliceOf(codePoint: number): Promise<string | undefined> {
  return (await loadSlices()).find((s) => s.ranges.some(([a, b]) => codePoint >= a && codePoint <= b))?.id;
}

/** Whether the fonts have a glyph for a code point: the primary subset, or the slice that lists it. */
async function canDraw(codePoint: number): Promise<boolean> {
  if ((await glyphCheckOf(PRIMARY_SUBSET))(codePoint)) return true;
  const slice = await sliceOf(codePoint);
  return slice !== undefined && (await glyphCheckOf(slice))(codePoint);
}

const sliceFonts = new Map<string, Promise<Font[]>>();

/** A slice's regular and bold, read once. Satori uses one font per family and weight, so each slice is a family of its own. */
function loadSliceFonts(id: string): Promise<Font[]> {
  let loaded = sliceFonts.get(id);
  if (!loaded) {
    loaded = Promise.all(WEIGHTS.map((w) => loadFont(id, w, `${FAMILY} ${id}`)));
    loaded.catch(() => sliceFonts.delete(id));
    sliceFonts.set(id, loaded);
  }
  return loaded;
}

/** The fonts satori draws with: the primary pair, then every slice this process has needed, by number. */
let drawingFonts: { primary: Font[]; slices: Map<string, Font[]>; fonts: Font[] } | undefined;

/**
 * The fonts for drawing `text`: the primary subset, plus the numbered slices
 * of the characters it lacks (rare characters in names, and the word joiner
 * U+2060 that holds a headline's words together). Slices never overlap and
 * the primary family is asked first, so extra slices change no glyph.
 *
 * Not satori's loadAdditionalAsset: satori appends what that returns to its
 * shared font loader on every call, without removing repeats, and copies and
 * scans that list on every font lookup. Drawing slowed with every card: in a
 * 10,000-installment build the lookup took 63 % of the time by the 4,000th
 * poster (docs/benchmarks.md). Here the array changes only when a new slice
 * is needed, so satori keeps one loader and each font is in it once.
 */
async function fontsFor(text: string): Promise<Font[]> {
  const primary = await loadShareFonts();
  const ids = new Set<string>();
  const primaryHas = await glyphCheckOf(PRIMARY_SUBSET);
  for (const ch of new Set(text)) {
    const codePoint = ch.codePointAt(0) ?? 0;
    if (primaryHas(codePoint)) continue;
    const id = await sliceOf(codePoint);
    if (id !== undefined) ids.add(id);
  }
  const loaded = await Promise.all([...ids].map(async (id) => [id, await loadSliceFonts(id)] as const));
  // Checked and replaced with no await in between, so draws running at once never lose a slice.
  const current = drawingFonts?.primary === primary ? drawingFonts : undefined;
  if (current && loaded.every(([id]) => current.slices.has(id))) return current.fonts;
  const slices = new Map([...(current?.slices ?? []), ...loaded]);
  const order = [...slices.keys()].sort((a, b) => Number(a) - Number(b));
  drawingFonts = { primary, slices, fonts: [...primary, ...order.flatMap((id) => slices.get(id) ?? [])] };
  return drawingFonts.fonts;
}

/** Every string a satori tree draws. */
function textOf(children: Node['props']['children']): string {
  if (children === undefined) return '';
  if (typeof children === 'string') return children;
  if (Array.isArray(children)) return children.map(textOf).join('');
  return textOf(children.props.children);
}

/** The card's texts without the emoji the fonts lack, which satori would draw as empty boxes. */
async function drawableInput(input: ShareImageInput): Promise<ShareImageInput> {
  const text = (value: string) => drawableText(value, canDraw);
  return {
    ...input,
    columnTitle: await text(input.columnTitle),
    kicker: input.kicker === undefined ? undefined : await text(input.kicker),
    headline: await text(input.headline),
    places: await Promise.all(input.places.map(text)),
  };
}

// ---------------------------------------------------------------------------
// Layout

type Style = Record<string, string | number>;

/** A satori element: the same shape React.createElement gives. */
interface Node {
  type: string;
  props: { style: Style; children?: Node | string | (Node | string)[] };
}

const el = (type: string, style: Style, children?: Node['props']['children']): Node => ({
  type,
  props: children === undefined ? { style } : { style, children },
});

const PAD_X = 72;
/** Width of the text column. */
export const TEXT_WIDTH = SHARE_IMAGE_WIDTH - 2 * PAD_X;
/** Headline sizes to try, largest first. */
const SMALLEST_HEADLINE = 40;
export const HEADLINE_SIZES = [72, 64, 58, 52, 48, 44, SMALLEST_HEADLINE] as const;
export const HEADLINE_MAX_LINES = 3;
const HEADLINE_LINE_HEIGHT = 1.3;
/** Tallest the headline may be, in pixels: two lines at 72px, three at 64px at most. */
const HEADLINE_MAX_HEIGHT = 256;

/** Width of a character in ems, on the generous side, so an estimate never runs short. */
function advance(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp === 0x20) return 0.3;
  if (cp === 0x2060) return 0; // the word joiners joinWords puts inside words
  if (cp < 0x2000) return 0.62; // Latin letters and digits are narrower than an em in Noto Sans SC.
  return 1; // CJK, full-width punctuation and curly quotes.
}

/**
 * Lines a text takes at a font size, estimated without the font: each line
 * filled greedily, one character of each line kept free for the rules that
 * keep punctuation off a line's start. Only picks where measuring starts.
 */
export function estimateLines(text: string, fontSize: number, width = TEXT_WIDTH): number {
  const room = width / fontSize - 1;
  let lines = 1;
  let used = 0;
  for (const ch of text) {
    const w = advance(ch);
    if (used + w > room && used > 0) {
      lines += 1;
      used = 0;
    }
    used += w;
  }
  return lines;
}

const fitsBudget = (lines: number, size: number) =>
  lines <= HEADLINE_MAX_LINES && lines * size * HEADLINE_LINE_HEIGHT <= HEADLINE_MAX_HEIGHT;

/** How the headline is set: size, wrapping, and the number of lines satori lays it out in. */
export interface HeadlineFit {
  fontSize: number;
  /** balance: even lines; wrap: greedy lines; clamp: too long even at the smallest size, cut with … */
  wrap: 'balance' | 'wrap' | 'clamp';
  lines: number;
}

function headlineStyle(fontSize: number, wrap: HeadlineFit['wrap']): Style {
  return {
    display: 'block',
    width: TEXT_WIDTH,
    fontSize,
    fontWeight: 700,
    lineHeight: HEADLINE_LINE_HEIGHT,
    color: SHARE_COLOURS.ink,
    ...(wrap === 'balance' ? { textWrap: 'balance' } : {}),
    ...(wrap === 'clamp' ? { lineClamp: HEADLINE_MAX_LINES, textOverflow: 'ellipsis' } : {}),
  };
}

/** Lines satori actually breaks the headline into, from the height of its box. */
async function measureLines(headline: string, fontSize: number, wrap: HeadlineFit['wrap']): Promise<number> {
  let height = 0;
  await satori(
    el('div', { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', fontFamily: FAMILY }, [
      el('div', headlineStyle(fontSize, wrap), headline),
    ]),
    {
      width: TEXT_WIDTH,
      height: 2000,
      fonts: await fontsFor(headline),
      onNodeDetected: (node) => {
        if (node.textContent === headline) height = node.height;
      },
    },
  );
  return Math.round(height / Math.round(fontSize * HEADLINE_LINE_HEIGHT));
}

/**
 * The largest size at which satori sets the headline in at most three lines
 * within the height budget, balanced when that takes no more lines. Measuring
 * starts at the size the estimate allows, so a typical headline is laid out
 * twice. Past the smallest size the headline is cut with an ellipsis.
 */
export async function fitHeadline(headline: string): Promise<HeadlineFit> {
  const estimated = HEADLINE_SIZES.findIndex((size) => fitsBudget(estimateLines(headline, size), size));
  for (const fontSize of HEADLINE_SIZES.slice(estimated >= 0 ? estimated : -1)) {
    const lines = await measureLines(headline, fontSize, 'wrap');
    if (!fitsBudget(lines, fontSize)) continue;
    // Balanced lines read better, but satori's balancing can use a line more than greedy wrapping.
    if (lines > 1 && (await measureLines(headline, fontSize, 'balance')) === lines) {
      return { fontSize, wrap: 'balance', lines };
    }
    return { fontSize, wrap: 'wrap', lines };
  }
  return { fontSize: SMALLEST_HEADLINE, wrap: 'clamp', lines: HEADLINE_MAX_LINES };
}

/** One line of text, cut with an ellipsis when too long. */
const oneLine = (style: Style, text: string) =>
  el('div', { display: 'block', lineClamp: 1, textOverflow: 'ellipsis', ...style }, text);

/**
 * A filled bar. Plain boxes rather than CSS borders: satori draws a border
 * with a mask and clip paths, each a full-canvas pass for librsvg.
 */
const bar = (style: Style) => el('div', { flexShrink: 0, ...style });

function frame(children: Node[]): Node {
  return el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      width: SHARE_IMAGE_WIDTH,
      height: SHARE_IMAGE_HEIGHT,
      backgroundColor: SHARE_COLOURS.paper,
      color: SHARE_COLOURS.ink,
      fontFamily: FAMILY,
    },
    [bar({ height: 14, backgroundColor: SHARE_COLOURS.accent }), ...children],
  );
}

function articleTree(input: ShareImageInput, fit: HeadlineFit): Node {
  const places = input.places.filter((p) => p.trim() !== '').join('、');
  const kicker = input.kicker?.trim();
  const rule = () => bar({ height: 2, margin: `0 ${PAD_X}px`, backgroundColor: SHARE_COLOURS.rule });

  return frame([
    el('div', { display: 'flex', padding: `26px ${PAD_X}px 22px` }, [
      oneLine(
        { fontSize: 34, fontWeight: 700, lineHeight: 1.4, color: SHARE_COLOURS.accent },
        input.columnTitle,
      ),
    ]),
    rule(),
    el(
      'div',
      {
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'center',
        flexGrow: 1,
        padding: `0 ${PAD_X}px`,
      },
      [
        ...(kicker
          ? [oneLine({ fontSize: 32, lineHeight: 1.4, color: SHARE_COLOURS.muted, marginBottom: 16 }, kicker)]
          : []),
        el('div', headlineStyle(fit.fontSize, fit.wrap), input.headline),
      ],
    ),
    rule(),
    el(
      'div',
      {
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'space-between',
        padding: `22px ${PAD_X}px 40px`,
      },
      [
        el('div', { display: 'flex', alignItems: 'center', flexShrink: 1, minWidth: 0, marginRight: 32 }, [
          bar({ width: 14, height: 14, marginRight: 14, backgroundColor: SHARE_COLOURS.accent }),
          oneLine({ fontSize: 30, lineHeight: 1.4, color: SHARE_COLOURS.muted }, places),
        ]),
        oneLine(
          { fontSize: 30, fontWeight: 700, lineHeight: 1.4, color: SHARE_COLOURS.accent, flexShrink: 0 },
          input.paper ?? t.paper,
        ),
      ],
    ),
  ]);
}

function fallbackTree(input: FallbackShareImageInput): Node {
  return frame([
    el(
      'div',
      {
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'center',
        justifyContent: 'center',
        flexGrow: 1,
        padding: `0 ${PAD_X}px`,
      },
      [
        el(
          'div',
          {
            display: 'block',
            fontSize: 60,
            fontWeight: 700,
            lineHeight: 1.35,
            textAlign: 'center',
            textWrap: 'balance',
            lineClamp: 2,
            textOverflow: 'ellipsis',
            color: SHARE_COLOURS.ink,
          },
          input.columnTitle,
        ),
        bar({ width: 120, height: 4, margin: '40px 0', backgroundColor: SHARE_COLOURS.accent }),
        oneLine(
          { fontSize: 40, fontWeight: 700, lineHeight: 1.4, color: SHARE_COLOURS.accent },
          input.paper ?? t.paper,
        ),
      ],
    ),
  ]);
}

// ---------------------------------------------------------------------------
// Rendering

async function toSvg(tree: Node, height = SHARE_IMAGE_HEIGHT): Promise<string> {
  return satori(tree, {
    width: SHARE_IMAGE_WIDTH,
    height,
    fonts: await fontsFor(textOf(tree)),
  });
}

/**
 * PNG, not JPEG: flat paper and text compress better without loss of
 * sharpness. Measured on the sample card: an 8-bit palette PNG (libimagequant
 * at full quality, no dithering) is about 30 KB in about 40 ms and differs
 * from the true-colour render by at most 3/255 per channel; a true-colour PNG
 * is 47 KB (zlib 9, about 55 ms) and a mozjpeg q85 4:4:4 JPEG 58 KB with
 * ringing round the glyphs. Readers open these in WeChat on weak
 * connections, so the smallest wins. sharp writes no metadata, so no dates.
 */
async function toPng(svg: string): Promise<Buffer> {
  return sharp(Buffer.from(svg))
    .removeAlpha()
    .png({ palette: true, quality: 100, dither: 0, effort: 1, compressionLevel: 6 })
    .toBuffer();
}

/**
 * The SVG of an article's share image (exported for inspection and tests). The headline breaks
 * only between words, as on the page: word joiners hold each word together for satori.
 */
export async function renderShareSvg(input: ShareImageInput): Promise<string> {
  const card = await drawableInput(input);
  const headline = joinWords(card.headline);
  return toSvg(articleTree({ ...card, headline }, await fitHeadline(headline)));
}

/** An article's share image: column name, kicker, headline and districts; 1200×630 PNG. */
export async function renderShareImage(input: ShareImageInput): Promise<Buffer> {
  return toPng(await renderShareSvg(input));
}

/** The site-wide share image: column name and newspaper; 1200×630 PNG. */
export async function renderFallbackShareImage(input: FallbackShareImageInput): Promise<Buffer> {
  return toPng(await toSvg(fallbackTree(input)));
}

// ---------------------------------------------------------------------------
// Share poster (src/lib/share-poster.ts): the card above, this band below it

/** Height of the band under the card on a share poster. */
export const POSTER_BAND_HEIGHT = 420;
/** Where the band leaves room for the QR code, and its size, in pixels. */
export const POSTER_QR = { left: PAD_X, top: 50, size: 320 } as const;

export interface PosterBandInput {
  /** 微信扫一扫 */
  caption: string;
  /** 长按识别二维码，阅读全文 */
  hint: string;
  columnTitle: string;
  paper?: string | undefined;
}

/**
 * The poster's lower band as SVG: a rule, room for the QR code on the left, and beside it what
 * to do with it. The same for every installment of a column, so one drawing serves them all.
 */
export async function renderPosterBandSvg(input: PosterBandInput): Promise<string> {
  const textLeft = POSTER_QR.left + POSTER_QR.size + 48;
  const tree = el(
    'div',
    {
      display: 'flex',
      width: SHARE_IMAGE_WIDTH,
      height: POSTER_BAND_HEIGHT,
      backgroundColor: SHARE_COLOURS.paper,
      fontFamily: FAMILY,
      position: 'relative',
    },
    [
      bar({
        position: 'absolute',
        top: 0,
        left: PAD_X,
        width: TEXT_WIDTH,
        height: 2,
        backgroundColor: SHARE_COLOURS.rule,
      }),
      el(
        'div',
        {
          position: 'absolute',
          top: POSTER_QR.top,
          left: textLeft,
          width: SHARE_IMAGE_WIDTH - textLeft - PAD_X,
          height: POSTER_QR.size,
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'center',
        },
        [
          oneLine(
            { fontSize: 60, fontWeight: 700, lineHeight: 1.3, color: SHARE_COLOURS.ink },
            input.caption,
          ),
          oneLine({ fontSize: 34, lineHeight: 1.5, color: SHARE_COLOURS.muted, marginTop: 12 }, input.hint),
          oneLine(
            { fontSize: 30, fontWeight: 700, lineHeight: 1.5, color: SHARE_COLOURS.accent, marginTop: 36 },
            `${input.paper ?? t.paper} ${input.columnTitle}`,
          ),
        ],
      ),
    ],
  );
  return toSvg(tree, POSTER_BAND_HEIGHT);
}
