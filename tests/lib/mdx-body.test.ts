import { describe, expect, it } from 'vitest';
import { bindPhotoImports, bodyImports, photoPaths } from '../../src/lib/mdx-body';

const BODY = [
  "import lifts from './lifts.jpg';",
  'import wall from "../shared/Wall.PNG"',
  "import Chart from '../../components/Chart.astro';",
  "import { a } from './a.jpg';",
  '',
  '第一段：import 写在句中不算。',
  '<Figure src={lifts} alt="电梯" caption="说明" credit="本报记者 某某 摄" />',
].join('\n');

describe('bodyImports', () => {
  it('reads photo imports with their name, path and line, and lists every other import line', () => {
    const { photos, unsupported } = bodyImports(BODY);
    expect(photos).toEqual([
      { name: 'lifts', path: './lifts.jpg', line: 1 },
      { name: 'wall', path: '../shared/Wall.PNG', line: 2 },
    ]);
    expect(unsupported).toEqual([
      { line: 3, text: "import Chart from '../../components/Chart.astro';" },
      { line: 4, text: "import { a } from './a.jpg';" },
    ]);
  });

  it('gives the content store each photo path once', () => {
    expect(photoPaths(`${BODY}\nimport again from './lifts.jpg';`)).toEqual({
      './lifts.jpg': './lifts.jpg',
      '../shared/Wall.PNG': '../shared/Wall.PNG',
    });
  });
});

describe('bindPhotoImports', () => {
  it('binds each photo to what the caller passes, keeping every line where it was', () => {
    const bound = bindPhotoImports(BODY, 'photos').split('\n');
    expect(bound).toHaveLength(BODY.split('\n').length);
    expect(bound[0]).toBe('export const lifts = arguments[0]["photos"]["./lifts.jpg"];');
    expect(bound[1]).toBe('export const wall = arguments[0]["photos"]["../shared/Wall.PNG"];');
    expect(bound.slice(2)).toEqual(BODY.split('\n').slice(2));
  });
});
