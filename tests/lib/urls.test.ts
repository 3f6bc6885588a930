import { describe, expect, it } from 'vitest';
import { paths, withBase } from '../../src/lib/urls';

describe('internal URLs', () => {
  it('work at the root and under a sub-path', () => {
    expect(withBase('/', paths.article('2026-05-13-x'))).toBe('/articles/2026-05-13-x/');
    expect(withBase('/hemei', paths.district('qiongshan'))).toBe('/hemei/districts/qiongshan/');
    expect(withBase('/hemei/', paths.home())).toBe('/hemei/');
  });
});
