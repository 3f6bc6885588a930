/**
 * What a reader with large text or a narrow screen would notice, measured in the page: sideways
 * scrolling, small tap targets, clipped or overlapping text. Each returns the problems found, so
 * a test can show both that the site is clean and that a broken page is caught.
 */
import type { Page } from 'playwright-core';

/** WCAG 1.4.12's text-spacing overrides, as its understanding document's bookmarklet applies them. */
export const TEXT_SPACING_CSS = `
* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }
`;

/** CSS px the page is wider than the screen (0 when it does not scroll sideways). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth));
}

/** Elements wider than the screen or sticking out of it, to say which one scrolls. */
export function widestElements(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${el.className} right=${Math.round(el.getBoundingClientRect().right)}`,
      ),
  );
}

/**
 * Links and controls outside running text (an article's body, a column's note) smaller than
 * `min` CSS px either way, with every disclosure opened first so its contents are measured too.
 * A radio button or checkbox is measured by its label, which is what a finger taps.
 */
export function smallTargets(page: Page, min: number): Promise<string[]> {
  return page.evaluate((min) => {
    for (const details of document.querySelectorAll('details')) details.open = true;
    const RUNNING_TEXT = '.prose, .series-note';
    const targets = document.querySelectorAll<Element>(
      'a[href], button, select, textarea, summary, input:not([type="radio"]):not([type="checkbox"]):not([type="hidden"]), label:has(input[type="radio"], input[type="checkbox"])',
    );
    const small: string[] = [];
    for (const el of targets) {
      if (el.closest(RUNNING_TEXT) || !el.checkVisibility({ visibilityProperty: true })) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      // A 1 px box is the visually-hidden pattern, not something to tap.
      if (box.width <= 1 && box.height <= 1) continue;
      if (box.width < min - 0.5 || box.height < min - 0.5) {
        small.push(
          `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 20)}" ${box.width.toFixed(0)}×${box.height.toFixed(0)}`,
        );
      }
    }
    return small;
  }, min);
}

/**
 * Text that is clipped by a box too small for it, or drawn over other text: each visible text
 * node's line boxes, compared pairwise. Run with WCAG 1.4.12's spacing (line height 1.5), where
 * lines of one paragraph do not touch. Passed as text: a bundler's helpers for named functions
 * do not exist in the page.
 */
export function clippedOrOverlappingText(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const problems = [];
    const label = (el) => (el.tagName.toLowerCase() + '.' + el.className).slice(0, 60);
    const hides = (v) => v === 'hidden' || v === 'clip';
    // Clipped: a box that hides what overflows it holds more than it shows.
    for (const el of document.querySelectorAll('body *')) {
      if (!el.checkVisibility() || el.closest('svg')) continue;
      const box = el.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      const style = getComputedStyle(el);
      if ((hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1) ||
          (hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1)) {
        problems.push('clipped: ' + label(el));
      }
    }
    // Overlapping: line boxes of different text nodes that cover each other.
    const lines = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = (node.textContent || '').trim();
      if (!parent || !text || parent.closest('svg, script, style, noscript')) continue;
      if (!parent.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
      // Text for screen readers only (clipped to a 1 px box) is not drawn.
      let hidden = false;
      for (let el = parent; el && !hidden; el = el.parentElement) hidden = el.getBoundingClientRect().width <= 1;
      if (hidden) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        if (rect.width > 1 && rect.height > 1) lines.push({ rect, owner: label(parent) + ' "' + text.slice(0, 12) + '"' });
      }
    }
    const overlap = (a, b) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2 &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2;
    for (let i = 0; i < lines.length; i++) {
      for (let j = i + 1; j < lines.length; j++) {
        if (lines[i].owner !== lines[j].owner && overlap(lines[i].rect, lines[j].rect)) {
          problems.push('overlap: ' + lines[i].owner + ' × ' + lines[j].owner);
        }
      }
    }
    return problems;
  })()`);
}
