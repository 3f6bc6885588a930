/**
 * QR codes of article addresses, drawn at build time with the `qrcode`
 * package: one SVG path, a few KB, so the page can carry it inline and no
 * reader's browser has to draw anything. Error correction M (15%): WeChat
 * reads it from a phone screen or a printed page.
 */
import QRCode from 'qrcode';

const OPTIONS = {
  type: 'svg',
  errorCorrectionLevel: 'M',
  margin: 2,
  color: { dark: '#000000', light: '#ffffff' },
} as const;

/** Escapes text for an XML attribute. */
const attribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The QR code of `text` as an inline SVG element, black on white whatever
 * the page's colours, labelled for screen readers; CSS sizes it.
 */
export async function qrSvg(text: string, label: string): Promise<string> {
  const svg = (await QRCode.toString(text, OPTIONS)).trim();
  return svg.replace('<svg ', `<svg role="img" aria-label="${attribute(label)}" `);
}

/**
 * The QR code as a standalone SVG of at most `room` pixels square, each module
 * a whole number of pixels so no module is drawn wider than another; with
 * its actual size.
 */
export async function qrSvgForImage(text: string, room: number): Promise<{ svg: string; size: number }> {
  const modules = QRCode.create(text, { errorCorrectionLevel: OPTIONS.errorCorrectionLevel }).modules.size;
  const size = Math.floor(room / (modules + 2 * OPTIONS.margin)) * (modules + 2 * OPTIONS.margin);
  return { svg: await QRCode.toString(text, { ...OPTIONS, width: size }), size };
}
