/**
 * Draws the illustration used as installment 1's cover (no real photo is
 * available to the project) and writes it as a JPEG beside the article:
 *   npm run illustration
 * The SVG is drawn from shapes only, so no font is needed. The output is
 * committed as content; rerunning gives the same bytes.
 */
import { writeFile } from 'node:fs/promises';
import sharp from 'sharp';

const OUT = 'content/articles/2026-05-13-dangyuan-tiao-daliang/cover.jpg';
const W = 1600;
const H = 1000;

/** A reused tyre lying flat as a planter, with flowers growing out of it. */
function tyrePlanter(x: number, y: number, r: number, colour: string, flower: string): string {
  const petals = Array.from({ length: 7 }, (_, i) => {
    const a = (i / 7) * Math.PI * 2;
    const fx = x + Math.cos(a) * r * 0.45;
    const fy = y - r * 0.55 + Math.sin(a) * r * 0.25;
    return `<circle cx="${fx.toFixed(1)}" cy="${fy.toFixed(1)}" r="${(r * 0.16).toFixed(1)}" fill="${flower}"/>`;
  }).join('');
  return `
    <ellipse cx="${x}" cy="${y}" rx="${r}" ry="${r * 0.42}" fill="#2b2b2b"/>
    <ellipse cx="${x}" cy="${y - r * 0.12}" rx="${r}" ry="${r * 0.42}" fill="${colour}" stroke="#1f1f1f" stroke-width="10"/>
    <ellipse cx="${x}" cy="${y - r * 0.14}" rx="${r * 0.62}" ry="${r * 0.24}" fill="#5b4330"/>
    <path d="M${x - r * 0.3} ${y - r * 0.2} q ${r * 0.1} ${-r * 0.5} ${r * 0.3} ${-r * 0.45} q ${r * 0.2} ${r * 0.05} ${r * 0.3} ${r * 0.45}" fill="#3f7d3a"/>
    ${petals}`;
}

/** A bicycle frame used as a flower rack. */
function bicycle(x: number, y: number, s: number): string {
  return `
    <g stroke="#1d3557" stroke-width="${s * 0.06}" fill="none" stroke-linecap="round">
      <circle cx="${x}" cy="${y}" r="${s * 0.55}"/>
      <circle cx="${x + s * 1.6}" cy="${y}" r="${s * 0.55}"/>
      <path d="M${x} ${y} L${x + s * 0.6} ${y - s * 0.9} L${x + s * 1.3} ${y - s * 0.9} L${x + s * 1.6} ${y} M${x + s * 0.6} ${y - s * 0.9} L${x + s * 0.8} ${y} L${x + s * 1.3} ${y - s * 0.9} M${x + s * 0.5} ${y - s * 1.1} L${x + s * 0.75} ${y - s * 1.1} M${x + s * 1.3} ${y - s * 0.9} L${x + s * 1.25} ${y - s * 1.2} L${x + s * 1.45} ${y - s * 1.25}"/>
    </g>
    <g fill="#e76f51">
      ${[0.2, 0.55, 0.9, 1.25].map((f) => `<circle cx="${x + s * f + s * 0.15}" cy="${y - s * 1.05}" r="${s * 0.13}"/>`).join('')}
    </g>
    <g fill="#f4a261">
      ${[0.35, 0.75, 1.1].map((f) => `<circle cx="${x + s * f + s * 0.15}" cy="${y - s * 1.25}" r="${s * 0.1}"/>`).join('')}
    </g>`;
}

/** The painted wall behind, in children's bright blocks of colour. */
function muralWall(): string {
  const colours = ['#f6bd60', '#84a59d', '#f28482', '#90be6d', '#4d908e', '#f9c74f', '#577590'];
  const blocks = colours
    .map((c, i) => {
      const x = 40 + i * 220;
      return `<rect x="${x}" y="260" width="200" height="240" rx="18" fill="${c}"/>
        <circle cx="${x + 100}" cy="${330 + (i % 3) * 30}" r="${40 + (i % 2) * 16}" fill="#fff" opacity="0.55"/>`;
    })
    .join('');
  return `<rect x="0" y="230" width="${W}" height="300" fill="#f1ede4"/>${blocks}`;
}

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">
  <rect width="${W}" height="${H}" fill="#cfe8f3"/>
  <circle cx="1380" cy="140" r="80" fill="#ffe8a3"/>
  ${muralWall()}
  <rect x="0" y="530" width="${W}" height="${H - 530}" fill="#a7c957"/>
  <rect x="0" y="760" width="${W}" height="${H - 760}" fill="#d6ccc2"/>
  ${tyrePlanter(260, 700, 150, '#3a3a3a', '#ffb703')}
  ${tyrePlanter(560, 760, 130, '#e63946', '#ffffff')}
  ${tyrePlanter(1380, 720, 140, '#457b9d', '#ff006e')}
  ${bicycle(800, 700, 220)}
</svg>`;

const jpeg = await sharp(Buffer.from(svg)).jpeg({ quality: 84, mozjpeg: true }).toBuffer();
await writeFile(OUT, jpeg);
console.log(`已生成示意图 ${OUT}(${W}×${H},${Math.round(jpeg.length / 1024)} KB)`);
