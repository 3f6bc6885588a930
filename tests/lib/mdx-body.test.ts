import { describe, expect, it } from 'vitest';
import { bindPhotoImports, bodyImports, figureCredits, photoPaths } from '../../src/lib/mdx-body';

const BODY = [
  "import lifts from './lifts.jpg';",
  'import wall_2 from "./Wall.PNG"',
  "import Chart from '../../components/Chart.astro';",
  "import { a } from './a.jpg';",
  "import shared from '../other-story/shared.jpg';",
  '',
  '第一段：下一行接在段落里，是文字。',
  "import inParagraph from './p.jpg';",
  '',
  '```',
  "import inCode from './code.jpg';",
  '```',
  '',
  '<Figure src={lifts} alt="电梯" caption="说明" credit="本报记者 某某 摄" />',
].join('\n');

describe('bodyImports', () => {
  it('reads photo imports with their name, path and line, and lists every other import line', () => {
    const { photos, unsupported } = bodyImports(BODY);
    expect(photos).toEqual([
      { name: 'lifts', path: './lifts.jpg', line: 1 },
      { name: 'wall_2', path: './Wall.PNG', line: 2 },
    ]);
    expect(unsupported).toEqual([
      { line: 3, text: "import Chart from '../../components/Chart.astro';" },
      { line: 4, text: "import { a } from './a.jpg';" },
      // Only photos beside the article: another article's folder may be renamed or removed.
      { line: 5, text: "import shared from '../other-story/shared.jpg';" },
    ]);
  });

  it('reads lines of a whole file, frontmatter included, with Windows line ends', () => {
    const file = `---\nheadline: 标题\n---\n\n${BODY}`.replaceAll('\n', '\r\n');
    expect(bodyImports(file).photos.map(({ name, line }) => [name, line])).toEqual([
      ['lifts', 5],
      ['wall_2', 6],
    ]);
  });

  it('finds nothing in a body MDX cannot parse (the content check reports the error)', () => {
    expect(bodyImports("import lifts from './lifts.jpg';\n\n正文 <b 没有闭合\n")).toEqual({
      photos: [],
      unsupported: [],
    });
  });

  it('gives the content store each photo path once', () => {
    expect(photoPaths(`${BODY}\n\nimport again from './lifts.jpg';`)).toEqual({
      './lifts.jpg': './lifts.jpg',
      './Wall.PNG': './Wall.PNG',
    });
  });
});

describe('bindPhotoImports', () => {
  it('binds each photo to what the caller passes, keeping every other line as it was', () => {
    const bound = bindPhotoImports(BODY, 'photos').split('\n');
    const original = BODY.split('\n');
    expect(bound).toHaveLength(original.length);
    expect(bound[0]).toBe('export const lifts = arguments[0]["photos"]["./lifts.jpg"];');
    expect(bound[1]).toBe('export const wall_2 = arguments[0]["photos"]["./Wall.PNG"];');
    expect(bound.slice(2)).toEqual(original.slice(2));
  });
});

describe('figureCredits', () => {
  it('reads each <Figure>’s credit in order, as text or a quoted expression', () => {
    const body = [
      "import a from './a.jpg';",
      '',
      '<Figure src={a} alt="甲" caption="说明" credit="本报记者 苏弼坤 摄" />',
      '',
      '- <Figure src={a} alt="乙" caption="说明" credit={"示意图"} />',
    ].join('\n');
    expect(figureCredits(body)).toEqual(['本报记者 苏弼坤 摄', '示意图']);
  });

  it('finds none in a body without figures, or one MDX cannot read', () => {
    expect(figureCredits('第一段。')).toEqual([]);
    expect(figureCredits('<Figure credit="x" {')).toEqual([]);
  });
});
