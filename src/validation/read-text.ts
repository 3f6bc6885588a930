/**
 * Turns the bytes of an editor's file into text the way every reader of content does
 * (the content check, the article loader and the article body): UTF-8 only, a leading
 * byte-order mark dropped, Windows line ends (CRLF) made plain, so a file saved by
 * Notepad or WPS reads the same as one saved on a Mac.
 */
import type { Problem } from '../lib/problems';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Text with its BOM dropped and every line ending as `\n`. */
export function normalizeText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export type DecodedText = { text: string; problem?: undefined } | { text?: undefined; problem: Problem };

/** The file's text, or a problem naming the file when it is not UTF-8 (a GBK file from an older editor, say). */
export function decodeText(file: string, bytes: Uint8Array): DecodedText {
  try {
    // The decoder drops a leading BOM itself.
    return { text: normalizeText(utf8.decode(bytes)) };
  } catch {
    return {
      problem: {
        file,
        line: firstBadLine(bytes),
        field: '文件编码',
        value: '不是 UTF-8（可能是 GBK）',
        severity: 'error',
        message:
          '这个文件不是 UTF-8 编码，网站会把中文显示成乱码。请用编辑器打开它，“另存为”时把编码选为 UTF-8（记事本、WPS、VS Code 都可以），保存后再检查',
      },
    };
  }
}

/** The first line holding bytes that are not UTF-8, so the editor sees where the file went wrong. */
function firstBadLine(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        utf8.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return 1;
}

/** Decodes a file the build reads, or throws the problem as a Chinese message (for the loader and page rendering). */
export function decodeOrThrow(file: string, bytes: Uint8Array): string {
  const decoded = decodeText(file, bytes);
  if (decoded.problem) throw new Error(`${file}：${decoded.problem.message}`);
  return decoded.text;
}
