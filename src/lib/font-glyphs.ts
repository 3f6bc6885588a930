/**
 * Which characters a WOFF font has a glyph for, read from its character map
 * (the `cmap` table; formats 4 and 12, the ones Noto Sans SC uses). The share
 * card asks this about emoji and pictographs before drawing them: a font's
 * advertised unicode-range is coarser than its glyphs, and satori draws a
 * missing glyph as an empty box.
 */
import { inflateSync } from 'node:zlib';

/** Code point → whether the font maps it to a real glyph (not glyph 0, .notdef). */
export type GlyphCheck = (codePoint: number) => boolean;

/** The `cmap` table of a WOFF 1.0 file, inflated when stored compressed. */
function cmapTable(woff: Buffer): Buffer {
  if (woff.toString('latin1', 0, 4) !== 'wOFF') throw new Error('不是 WOFF 字体文件');
  const tables = woff.readUInt16BE(12);
  for (let i = 0; i < tables; i++) {
    const entry = 44 + i * 20;
    if (woff.toString('latin1', entry, entry + 4) !== 'cmap') continue;
    const offset = woff.readUInt32BE(entry + 4);
    const stored = woff.readUInt32BE(entry + 8);
    const length = woff.readUInt32BE(entry + 12);
    const data = woff.subarray(offset, offset + stored);
    return stored < length ? inflateSync(data) : data;
  }
  throw new Error('字体文件里没有字符表（cmap）');
}

/** Glyph of a code point in a format 12 subtable (segmented coverage, all planes). */
function format12(table: Buffer, at: number): GlyphCheck {
  const groups = table.readUInt32BE(at + 12);
  return (cp) => {
    let low = 0;
    let high = groups - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const group = at + 16 + mid * 12;
      if (cp < table.readUInt32BE(group)) high = mid - 1;
      else if (cp > table.readUInt32BE(group + 4)) low = mid + 1;
      else return table.readUInt32BE(group + 8) + (cp - table.readUInt32BE(group)) !== 0;
    }
    return false;
  };
}

/** Glyph of a code point in a format 4 subtable (the Basic Multilingual Plane). */
function format4(table: Buffer, at: number): GlyphCheck {
  const segments = table.readUInt16BE(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  return (cp) => {
    if (cp > 0xffff) return false;
    for (let i = 0; i < segments; i++) {
      if (cp > table.readUInt16BE(ends + i * 2)) continue;
      const start = table.readUInt16BE(starts + i * 2);
      if (cp < start) return false;
      const delta = table.readUInt16BE(deltas + i * 2);
      const rangeOffset = table.readUInt16BE(rangeOffsets + i * 2);
      if (rangeOffset === 0) return ((cp + delta) & 0xffff) !== 0;
      const glyph = table.readUInt16BE(rangeOffsets + i * 2 + rangeOffset + (cp - start) * 2);
      return glyph !== 0 && ((glyph + delta) & 0xffff) !== 0;
    }
    return false;
  };
}

/** Reads a WOFF font's character map once; the check it returns is cheap. */
export function glyphCheck(woff: Buffer): GlyphCheck {
  const table = cmapTable(woff);
  const subtables = table.readUInt16BE(2);
  const found = new Map<number, number>();
  for (let i = 0; i < subtables; i++) {
    const record = 4 + i * 8;
    const offset = table.readUInt32BE(record + 4);
    found.set(table.readUInt16BE(offset), offset);
  }
  const full = found.get(12);
  if (full !== undefined) return format12(table, full);
  const basic = found.get(4);
  if (basic !== undefined) return format4(table, basic);
  throw new Error('字体的字符表格式不受支持（只读 4 和 12）');
}
