/**
 * Headlines, bylines, sharing and 听新闻 on an article page, in Chromium at phone widths.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { chromiumPath, useSiteInBrowser } from '../support/browser';

const FIRST = '/articles/2026-05-13-first-story/';
/** The project's own first installment: 党员带头“挑大梁” 物业“管家”更贴心. */
const COLUMN = '/articles/2026-05-13-dangyuan-tiao-daliang/';
const PHONE = { width: 390, height: 844 };
const WECHAT_UA =
  'Mozilla/5.0 (Linux; Android 13; V2148A) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MMWEBID/2247 MicroMessenger/8.0.47.2560(0x28002F30) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64';

/**
 * A speechSynthesis that records what it is asked, installed before the page's scripts run.
 * Its voices arrive after the page loads, with a voiceschanged event, as in Chrome.
 */
function stubSpeech(voices: { lang: string; localService: boolean; name: string }[]) {
  const calls: string[] = [];
  const spoken: string[] = [];
  const listeners: (() => void)[] = [];
  let available: typeof voices = [];
  const synth = {
    getVoices: () => available,
    speak: (utterance: { text: string }) => {
      spoken.push(utterance.text);
      calls.push('speak');
    },
    pause: () => calls.push('pause'),
    resume: () => calls.push('resume'),
    cancel: () => calls.push('cancel'),
    addEventListener: (type: string, listener: () => void) => {
      if (type === 'voiceschanged') listeners.push(listener);
    },
  };
  class Utterance {
    text: string;
    voice: unknown = null;
    lang = '';
    rate = 1;
    onend: (() => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(text: string) {
      this.text = text;
    }
  }
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  Object.assign(window, { speechCalls: calls, spokenTexts: spoken });
  window.addEventListener('load', () =>
    setTimeout(() => {
      available = voices;
      listeners.forEach((listener) => listener());
    }, 100),
  );
}

/**
 * How far the headline block, the share panel and 听新闻 reach past the right edge of the
 * screen (the header's search form is another part's business: issue #12, item 2).
 */
const pastTheEdge = (page: Page) =>
  page.evaluate(() =>
    Math.max(
      0,
      ...Array.from(document.querySelectorAll('.article-header *, .share *, .read-aloud *')).map(
        (el) => el.getBoundingClientRect().right - window.innerWidth,
      ),
    ),
  );

describe.skipIf(!chromiumPath)('article tools in Chromium', () => {
  const ctx = useSiteInBrowser(() => inject('siteDir'));
  const foreign: string[] = [];
  const pages: Page[] = [];

  async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
    const context = await ctx.browser.newContext({ viewport: PHONE, ...options });
    const page = await context.newPage();
    pages.push(page);
    page.on('request', (request) => {
      if (!request.url().startsWith(ctx.origin) && !request.url().startsWith('data:'))
        foreign.push(request.url());
    });
    const response = await page.goto(ctx.origin + path, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    return page;
  }

  afterAll(async () => {
    await Promise.all(pages.map((page) => page.context().close()));
  });

  /**
   * Where each line of a headline starts, as the browser laid it out: for every line after the
   * first, whether it starts at a word (a text node between <wbr>s) or inside one, and whether
   * that word is wider than the line (then breaking inside it is allowed).
   */
  const lineStarts = (page: Page, selector: string) =>
    page.evaluate((selector) => {
      const box = document.querySelector(selector)!;
      const words = Array.from(box.childNodes).filter(
        (node): node is Text => node.nodeType === Node.TEXT_NODE,
      );
      const range = document.createRange();
      const starts: { text: string; atWord: boolean; wordWider: boolean }[] = [];
      let lastTop: number | undefined;
      for (const word of words) {
        range.selectNodeContents(word);
        const wordWider = range.getBoundingClientRect().width > box.clientWidth;
        const chars = Array.from(word.data);
        let offset = 0;
        chars.forEach((ch, i) => {
          range.setStart(word, offset);
          range.setEnd(word, offset + ch.length);
          offset += ch.length;
          const rect = Array.from(range.getClientRects()).find((r) => r.width > 0);
          if (!rect || ch.trim() === '') return;
          if (lastTop !== undefined && rect.top > lastTop + rect.height / 2) {
            starts.push({ text: word.data, atWord: i === 0, wordWider });
          }
          lastTop = rect.top;
        });
      }
      return { starts, overflow: box.scrollWidth - box.clientWidth };
    }, selector);

  it.each([195, 240, 320, 390])('breaks headlines only between words at %i px wide', async (width) => {
    const page = await open(COLUMN, { viewport: { width, height: 800 } });
    for (const selector of ['h1', '.article-header__kicker']) {
      const { starts, overflow } = await lineStarts(page, selector);
      expect(overflow, selector).toBeLessThanOrEqual(0);
      for (const start of starts) {
        if (!start.wordWider) expect(start, `${selector} at ${width}px`).toMatchObject({ atWord: true });
      }
    }
    // At 195 px the headline takes more than one line, so there were breaks to check.
    if (width === 195) expect((await lineStarts(page, 'h1')).starts.length).toBeGreaterThan(0);
    expect(await pastTheEdge(page)).toBeLessThanOrEqual(0);
  });

  it('gives bylines real separators: copied text reads 本报记者 甲记者、乙记者 …', async () => {
    const page = await open(FIRST);
    const copied = await page.evaluate(() => {
      const bylines = document.querySelector('.bylines')!;
      window.getSelection()!.selectAllChildren(bylines);
      return { selection: window.getSelection()!.toString(), text: bylines.textContent };
    });
    for (const text of [copied.selection, copied.text ?? '']) {
      expect(text.replace(/\s+/g, ' ').trim()).toBe('本报记者 甲记者、乙记者 通讯员 丙通讯员 摄影 丁摄影');
    }
  });

  it('without JavaScript still shows the QR code, the address and the poster link, and no dead controls', async () => {
    const page = await open(FIRST, { javaScriptEnabled: false });
    expect(await page.locator('.share__qr svg').isVisible()).toBe(true);
    expect(await page.locator('.share__qr figcaption').textContent()).toBe('微信扫一扫');
    expect(await page.locator('[data-share-url]').textContent()).toBe(`https://hemei.example.cn${FIRST}`);
    expect(await page.locator('.share__poster a').isVisible()).toBe(true);
    expect(await page.locator('[data-copy-link]').isVisible()).toBe(false);
    expect(await page.locator('[data-read-aloud]').isVisible()).toBe(false);
    const poster = await page.request.get(
      ctx.origin + (await page.locator('.share__poster a').getAttribute('href'))!,
    );
    expect(poster.headers()['content-type']).toBe('image/png');
  });

  it('copies the link with the clipboard API and says so', async () => {
    const page = await open(FIRST, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.locator('[data-copy-link]').click();
    await expect.poll(() => page.locator('[data-copy-status]').textContent()).toContain('已复制链接');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `https://hemei.example.cn${FIRST}`,
    );
  });

  it('without the clipboard API selects the address (copying it where the WebView can) and says so', async () => {
    const context = await ctx.browser.newContext({ viewport: PHONE });
    await context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
    });
    const page = await context.newPage();
    pages.push(page);
    await page.goto(ctx.origin + FIRST, { waitUntil: 'load' });
    await page.locator('[data-copy-link]').click();
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(
      `https://hemei.example.cn${FIRST}`,
    );
    expect(await page.locator('[data-copy-status]').textContent()).toMatch(/已复制链接|网址已选中/);
  });

  it('inside WeChat points to the ··· menu; elsewhere it does not', async () => {
    const wechat = await open(FIRST, { userAgent: WECHAT_UA });
    expect(await wechat.locator('[data-wechat-hint]').isVisible()).toBe(true);
    expect(await wechat.locator('[data-wechat-hint]').textContent()).toContain('···');
    const other = await open(FIRST);
    expect(await other.locator('[data-wechat-hint]').isVisible()).toBe(false);
  });

  it('hides 听新闻 where the browser has no Chinese voice on the device', async () => {
    const page = await open(FIRST);
    // Give voices that load late the time to arrive.
    await page.waitForTimeout(500);
    const hasLocalChinese = await page.evaluate(() =>
      speechSynthesis.getVoices().some((v) => v.localService && /^(zh|cmn)/i.test(v.lang)),
    );
    expect(await page.locator('[data-read-aloud]').isVisible()).toBe(hasLocalChinese);
  });

  it.each([
    ['only a voice that reads on a server', [{ lang: 'zh-CN', localService: false, name: 'Google 普通话' }]],
    ['only Cantonese', [{ lang: 'zh-HK', localService: true, name: 'Sin-ji' }]],
    ['only English', [{ lang: 'en-US', localService: true, name: 'Samantha' }]],
  ])('hides 听新闻 with %s', async (_, voices) => {
    const context = await ctx.browser.newContext({ viewport: PHONE });
    await context.addInitScript(stubSpeech, voices);
    const page = await context.newPage();
    pages.push(page);
    await page.goto(ctx.origin + FIRST, { waitUntil: 'load' });
    await page.waitForTimeout(400);
    expect(await page.locator('[data-read-aloud]').isVisible()).toBe(false);
  });

  it('reads the headline, then the body, with pause, resume and stop, once a zh-CN voice arrives', async () => {
    const context = await ctx.browser.newContext({ viewport: { width: 320, height: 700 } });
    await context.addInitScript(stubSpeech, [
      { lang: 'en-US', localService: true, name: 'Samantha' },
      { lang: 'zh-CN', localService: true, name: 'Tingting' },
    ]);
    const page = await context.newPage();
    pages.push(page);
    await page.goto(ctx.origin + FIRST, { waitUntil: 'load' });
    const toggle = page.locator('[data-read-aloud-toggle]');
    await expect.poll(() => toggle.isVisible()).toBe(true);
    expect(await toggle.textContent()).toBe('听新闻');

    await toggle.click();
    const spoken = await page.evaluate(() => (window as unknown as { spokenTexts: string[] }).spokenTexts);
    const expected = await page.evaluate(() => [
      document.querySelector('h1')!.textContent!.trim(),
      ...Array.from(document.querySelectorAll('.prose > p, .prose > h2')).map((el) => el.textContent!.trim()),
    ]);
    expect(spoken[0]).toBe('测试主标题：电梯换新了');
    expect(spoken).toEqual(expected);
    expect(spoken.join('')).not.toContain('正文里的测试照片说明'); // figure captions are not read
    expect(await toggle.textContent()).toBe('暂停');

    await toggle.click();
    expect(await toggle.textContent()).toBe('继续');
    await toggle.click();
    expect(await toggle.textContent()).toBe('暂停');
    await page.locator('[data-read-aloud-stop]').click();
    expect(await toggle.textContent()).toBe('听新闻');
    const calls = await page.evaluate(() => (window as unknown as { speechCalls: string[] }).speechCalls);
    expect(calls.filter((c) => c !== 'speak')).toEqual(['cancel', 'pause', 'resume', 'cancel']);

    // Every control is at least 24×24 and none reaches past a 320 px screen.
    const boxes = await page.$$eval(
      '.read-aloud button:not([hidden]), .share a, .share button:not([hidden])',
      (els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { text: el.textContent, width: r.width, height: r.height };
        }),
    );
    for (const box of boxes) {
      expect(box.width, box.text ?? '').toBeGreaterThanOrEqual(24);
      expect(box.height, box.text ?? '').toBeGreaterThanOrEqual(24);
    }
    expect(await pastTheEdge(page)).toBeLessThanOrEqual(0);
  });

  it('keeps the share panel and 听新闻 inside a 195 px screen, every control at least 24×24', async () => {
    const context = await ctx.browser.newContext({ viewport: { width: 195, height: 700 } });
    await context.addInitScript(stubSpeech, [{ lang: 'zh-CN', localService: true, name: 'Tingting' }]);
    const page = await context.newPage();
    pages.push(page);
    await page.goto(ctx.origin + FIRST, { waitUntil: 'load' });
    await expect.poll(() => page.locator('[data-read-aloud]').isVisible()).toBe(true);
    const boxes = await page.$$eval('.read-aloud button:not([hidden]), .share a, .share button', (els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { text: el.textContent, width: r.width, height: r.height, right: r.right };
      }),
    );
    expect(boxes.length).toBeGreaterThanOrEqual(3);
    for (const box of boxes) {
      expect(box.width, box.text ?? '').toBeGreaterThanOrEqual(24);
      expect(box.height, box.text ?? '').toBeGreaterThanOrEqual(24);
      expect(box.right, box.text ?? '').toBeLessThanOrEqual(195);
    }
    expect(await pastTheEdge(page)).toBeLessThanOrEqual(0);
  });

  it('never asked any other host for anything', () => {
    expect(foreign).toEqual([]);
  });
});
