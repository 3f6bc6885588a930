/**
 * The article page's own controls, all optional extras over markup that works
 * without JavaScript (src/components/article-tools/): the copy-link button, the
 * hint to share from WeChat's ··· menu, and 听新闻. Strings come from the
 * markup's data attributes, so no dictionary is shipped. Written for old
 * WebViews (Chrome 86, iOS 15): no Intl.Segmenter, no :is().
 */

/** Copies the address; where the clipboard API is missing (WeChat's WebViews, http), selects it instead. */
function setUpCopyLink(): void {
  const row = document.querySelector<HTMLElement>('[data-copy-row]');
  const button = row?.querySelector<HTMLButtonElement>('[data-copy-link]');
  const status = row?.querySelector<HTMLElement>('[data-copy-status]');
  const address = document.querySelector<HTMLElement>('[data-share-url]');
  if (!row || !button || !status || !address) return;
  row.hidden = false;
  const say = (text: string) => {
    status.textContent = text;
  };
  const select = (): boolean => {
    const selection = window.getSelection();
    selection?.selectAllChildren(address);
    try {
      // The only way to copy in WebViews without the clipboard API.
      return document.execCommand('copy');
    } catch {
      return false;
    }
  };
  button.addEventListener('click', () => {
    const url = (address.textContent ?? '').trim();
    const copied = button.dataset.copied ?? '';
    const selected = button.dataset.selected ?? '';
    const fallback = () => say(select() ? copied : selected);
    if (!navigator.clipboard?.writeText) {
      fallback();
      return;
    }
    navigator.clipboard.writeText(url).then(() => say(copied), fallback);
  });
}

/** Inside WeChat, points to the ··· menu at the top right, which shares the page as a card. */
function showWeChatHint(): void {
  const hint = document.querySelector<HTMLElement>('[data-wechat-hint]');
  if (hint && /MicroMessenger/i.test(navigator.userAgent)) hint.hidden = false;
}

/** Mainland Mandarin first; a bare zh or Taiwan Mandarin voice will do; never Cantonese. */
const MAINLAND = /^(zh[-_](CN|Hans)|cmn)/i;
const MANDARIN = /^zh([-_]TW)?$/i;

/**
 * A Chinese voice that runs on the device. Voices with localService false send
 * the text to a server (Chrome's Google voices do), so they are never used.
 */
function chineseVoice(synth: SpeechSynthesis): SpeechSynthesisVoice | undefined {
  const local = synth.getVoices().filter((voice) => voice.localService);
  return local.find((voice) => MAINLAND.test(voice.lang)) ?? local.find((voice) => MANDARIN.test(voice.lang));
}

/** The headline, then each block of the body, as the texts to read one after another. */
function textsToRead(): string[] {
  const headline = document.querySelector('.article h1')?.textContent ?? '';
  const prose = document.querySelector('.article .prose');
  const blocks = prose ? Array.from(prose.querySelectorAll('p, h2, h3, h4, li, blockquote, th, td')) : [];
  const outer = blocks.filter(
    (block) => !block.closest('figure') && !block.parentElement?.closest('li, blockquote, th, td'),
  );
  return [headline, ...outer.map((block) => block.textContent ?? '')]
    .map((text) => text.replace(/\s+/g, ' ').trim())
    .filter((text) => text !== '');
}

/** 听新闻: shown once a Chinese voice turns up (voices may load after the page). */
function setUpReadAloud(): void {
  const group = document.querySelector<HTMLElement>('[data-read-aloud]');
  const toggle = group?.querySelector<HTMLButtonElement>('[data-read-aloud-toggle]');
  const stop = group?.querySelector<HTMLButtonElement>('[data-read-aloud-stop]');
  if (!group || !toggle || !stop || !('speechSynthesis' in window)) return;
  const synth = window.speechSynthesis;
  const labels = {
    start: group.dataset.start ?? '',
    pause: group.dataset.pause ?? '',
    resume: group.dataset.resume ?? '',
  };
  let voice: SpeechSynthesisVoice | undefined;
  let state: 'idle' | 'speaking' | 'paused' = 'idle';

  const show = (next: typeof state) => {
    state = next;
    toggle.textContent =
      next === 'speaking' ? labels.pause : next === 'paused' ? labels.resume : labels.start;
    stop.hidden = next === 'idle';
  };

  const start = () => {
    if (!voice) return;
    synth.cancel();
    const texts = textsToRead();
    texts.forEach((text, i) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice ?? null;
      utterance.lang = voice?.lang ?? 'zh-CN';
      utterance.rate = 0.9;
      if (i === texts.length - 1) utterance.onend = () => show('idle');
      utterance.onerror = () => show('idle');
      synth.speak(utterance);
    });
    show('speaking');
  };

  toggle.addEventListener('click', () => {
    if (state === 'idle') start();
    else if (state === 'speaking') {
      synth.pause();
      show('paused');
    } else {
      synth.resume();
      show('speaking');
    }
  });
  stop.addEventListener('click', () => {
    synth.cancel();
    show('idle');
  });
  // Leaving the page must not leave the device talking.
  window.addEventListener('pagehide', () => synth.cancel());

  const findVoice = () => {
    voice = chineseVoice(synth);
    group.hidden = !voice;
  };
  findVoice();
  if (typeof synth.addEventListener === 'function') synth.addEventListener('voiceschanged', findVoice);
}

export function setUpArticleTools(): void {
  setUpCopyLink();
  showWeChatHint();
  setUpReadAloud();
}
