import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { qrSvg, qrSvgForImage } from '../../src/lib/qr-code';

const URL = 'https://hemei.example.cn/articles/2026-05-13-dangyuan-tiao-daliang/';

describe('qrSvg', () => {
  it('is one labelled SVG image of a few KB, black on white', async () => {
    const svg = await qrSvg(URL, '本文网址的二维码');
    expect(svg).toMatch(/^<svg role="img" aria-label="本文网址的二维码" /);
    expect(svg.match(/<svg/g)).toHaveLength(1);
    expect(svg).toContain('fill="#ffffff"');
    expect(svg).toContain('stroke="#000000"');
    expect(Buffer.byteLength(svg)).toBeLessThan(4096);
  });

  it('escapes the label', async () => {
    expect(await qrSvg(URL, '"<&>')).toContain('aria-label="&quot;&lt;&amp;&gt;"');
  });
});

describe('qrSvgForImage', () => {
  it('fits the room with every module the same whole number of pixels', async () => {
    const modules = QRCode.create(URL, { errorCorrectionLevel: 'M' }).modules.size + 4;
    const { svg, size } = await qrSvgForImage(URL, 320);
    expect(size).toBeLessThanOrEqual(320);
    expect(size % modules).toBe(0);
    expect(size).toBeGreaterThan(320 - modules);
    expect(svg).toContain(`width="${size}" height="${size}"`);
  });
});
