import { describe, expect, it } from 'vitest';
import { isPublished } from '../../src/lib/publish';

const now = new Date('2026-05-13T02:00:00Z'); // 10:00 in Haikou
const build = { now, preview: false };

describe('the publish rule', () => {
  it('publishes an installment dated today or earlier', () => {
    expect(isPublished({ draft: false, published: new Date('2026-05-13') }, build)).toBe(true);
    expect(isPublished({ draft: false, published: new Date('2026-05-01') }, build)).toBe(true);
  });

  it('holds back drafts and installments dated after today in Haikou', () => {
    expect(isPublished({ draft: true, published: new Date('2026-05-01') }, build)).toBe(false);
    expect(isPublished({ draft: false, published: new Date('2026-05-14') }, build)).toBe(false);
  });

  it('shows everything in an editor’s preview', () => {
    expect(isPublished({ draft: true, published: new Date('2099-01-01') }, { now, preview: true })).toBe(
      true,
    );
  });
});
