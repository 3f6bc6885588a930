import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  SEARCH_DOCUMENT_SOURCES,
  searchDocumentHtml,
  searchDocumentOf,
} from '../../scripts/lib/search-documents';
import { LEAD_SPAN } from '../../src/lib/search-rank';
import { decodeWords } from '../../src/lib/search-text';

const PAGE = `<!doctype html><html lang="zh-CN"><body>
<header class="site-header" data-pagefind-ignore="all"><a href="/">和美小区</a><input name="q"></header>
<main><article data-pagefind-body>
  <p class="article-header__series" data-pagefind-ignore>《专栏》第1期</p>
  <h1 data-pagefind-weight="10" class="keep-words">党员<wbr>带头<wbr>“挑<wbr>大梁”</h1>
  <p data-pagefind-weight="5">红城湖国际广场小区换新8部电梯。</p>
  <p class="bylines"><span><span>本报记者</span> <a href="/people/li-xin/">李欣</a></span><span><span>摄影</span><a href="/people/su/">苏弼坤</a></span></p>
  <div hidden><span data-pagefind-filter="district[data-value]" data-value="琼山区"></span><span data-pagefind-meta="date[data-date]" data-date="2026-05-13"></span>隐藏的府城街道</div>
  <span class="visually-hidden">只给读屏软件</span><span aria-hidden="true">装饰</span>
  <div class="prose"><p>记者走进<strong>小区</strong>，议事堂开会。</p><script>var x = "脚本";</script></div>
  <footer data-pagefind-ignore="all">话题：电梯更新</footer>
</article></main></body></html>`;

describe('search documents', () => {
  const document = searchDocumentOf(PAGE)!;
  const text = document.blocks.map((block) => block.text).join('|');

  it('hold only the text a reader sees in the indexed element', () => {
    expect(text).toContain('议事堂');
    for (const unseen of [
      '和美小区',
      '隐藏的府城街道',
      '只给读屏软件',
      '装饰',
      '脚本',
      '电梯更新',
      '第1期',
    ]) {
      expect(text).not.toContain(unseen);
    }
  });

  it('keep each block’s weight and the headline as the title', () => {
    expect(document.title).toBe('党员带头“挑大梁”');
    expect(document.blocks.find((block) => block.text.includes('挑大梁'))?.weight).toBe(10);
    expect(document.blocks.find((block) => block.text.includes('换新'))?.weight).toBe(5);
    expect(document.blocks.find((block) => block.text.includes('议事堂'))?.weight).toBe(1);
  });

  it('read a headline broken only between words (<wbr>) as one run of text', () => {
    expect(text).toContain('党员带头“挑大梁”');
  });

  it('separate names that only markup separated, and run inline formatting on', () => {
    expect(text).toMatch(/本报记者 +李欣 +摄影 +苏弼坤/);
    expect(text).toContain('记者走进小区，议事堂开会。');
  });

  it('copy filters and metadata even from hidden elements', () => {
    expect(document.tagged).toContainEqual({
      'data-pagefind-filter': 'district[data-value]',
      'data-value': '琼山区',
    });
    expect(document.tagged).toContainEqual({
      'data-pagefind-meta': 'date[data-date]',
      'data-date': '2026-05-13',
    });
  });

  it('put the lead first, padded to the lead span, and the rest after it', () => {
    const html = searchDocumentHtml(document);
    const words = [...html.matchAll(/<p[^>]*>([^<]*)<\/p>/g)].flatMap((m) =>
      m[1]!.replace(/&amp;/g, '&').split(' '),
    );
    const leadText = decodeWords(words.slice(0, LEAD_SPAN));
    expect(leadText).toContain('挑大梁');
    expect(leadText).toContain('换新8部电梯');
    expect(leadText).not.toContain('李欣');
    expect(decodeWords(words.slice(LEAD_SPAN))).toContain('议事堂');
    expect(html).toMatch(/<html lang="und">/);
  });

  it('skip pages without data-pagefind-body', () => {
    expect(searchDocumentOf('<html><body><h1>首页</h1></body></html>')).toBeUndefined();
  });
});

describe('search document sources', () => {
  it('list every module of ours the document reader imports, so changing one re-reads the cached pages', () => {
    const root = resolve(import.meta.dirname, '../..');
    const found = new Set<string>();
    const visit = (file: string) => {
      const name = relative(root, file);
      if (found.has(name)) return;
      found.add(name);
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/^import[^;]*?from '(\.[^']+)'/gms))
        visit(join(dirname(file), spec!.endsWith('.ts') ? spec! : `${spec}.ts`));
    };
    visit(join(root, SEARCH_DOCUMENT_SOURCES[0]));
    expect([...found].sort()).toEqual([...SEARCH_DOCUMENT_SOURCES].sort());
  });
});
