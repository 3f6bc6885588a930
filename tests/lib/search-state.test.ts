import { describe, expect, it } from 'vitest';
import { paramsFromState, sortFrom, stateFromParams } from '../../src/lib/search-state';

describe('search state in the URL', () => {
  it('reads query, filters and sort, and writes them back in a stable order', () => {
    const params = new URLSearchParams('sort=newest&district=琼山区&q=+电梯+&topic=电梯更新&district=美兰区');
    const state = stateFromParams(params);
    expect(state).toEqual({
      query: '电梯',
      filters: { district: ['琼山区', '美兰区'], topic: ['电梯更新'] },
      sort: 'newest',
    });
    expect(paramsFromState(state).toString()).toBe(
      new URLSearchParams('q=电梯&district=琼山区&district=美兰区&topic=电梯更新&sort=newest').toString(),
    );
  });

  it('keeps a shared link from before the single index working: scope=full is ignored', () => {
    expect(paramsFromState(stateFromParams(new URLSearchParams('q=电梯&scope=full'))).toString()).toBe(
      new URLSearchParams('q=电梯').toString(),
    );
  });

  it('takes anything but newest as relevance', () => {
    expect(sortFrom('newest')).toBe('newest');
    expect(sortFrom('oldest')).toBe('relevance');
    expect(sortFrom(null)).toBe('relevance');
  });
});
