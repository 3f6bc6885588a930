import { describe, expect, it } from 'vitest';
import { jsonForScript, lastModified, newsArticle } from '../../src/lib/json-ld';

const hostile = '</script><script>alert("x")</script> <!-- “引号” & \u2028';

describe('JSON-LD', () => {
  it('cannot be closed or broken by any frontmatter text', () => {
    const json = jsonForScript({ headline: hostile });
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual({ headline: hostile });
  });

  it('describes a NewsArticle that is part of the column', () => {
    const data = newsArticle({
      url: 'https://x.cn/articles/a/',
      headline: '标题',
      description: '摘要',
      datePublished: '2026-05-13',
      dateModified: '2026-05-20',
      authors: [{ name: '李欣', url: 'https://x.cn/people/li-xin/' }],
      image: 'https://x.cn/share/a.png',
      publisher: '海口日报',
      series: { name: '专栏', url: 'https://x.cn/series/s/' },
      keywords: ['电梯更新'],
      places: ['琼山区'],
    });
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      datePublished: '2026-05-13',
      dateModified: '2026-05-20',
      author: [{ '@type': 'Person', name: '李欣' }],
      isPartOf: { '@type': 'CreativeWorkSeries', name: '专栏' },
    });
  });

  it('lists a person in two byline roles (记者 甲 摄影报道) once', () => {
    const zhou = { name: '周慧', url: 'https://x.cn/people/zhou-hui/' };
    const data = newsArticle({
      url: 'https://x.cn/articles/a/',
      headline: '标题',
      description: '摘要',
      datePublished: '2026-05-13',
      dateModified: '2026-05-13',
      authors: [zhou, { name: '李欣', url: 'https://x.cn/people/li-xin/' }, zhou],
      image: 'https://x.cn/share/a.png',
      publisher: '海口日报',
      series: { name: '专栏', url: 'https://x.cn/series/s/' },
      keywords: [],
      places: [],
    });
    expect(data.author).toEqual([
      { '@type': 'Person', name: '周慧', url: zhou.url },
      { '@type': 'Person', name: '李欣', url: 'https://x.cn/people/li-xin/' },
    ]);
  });

  it('dates a change by the latest of update and corrections', () => {
    const d = (s: string) => new Date(s);
    expect(lastModified(d('2026-05-13'), undefined, [])).toEqual(d('2026-05-13'));
    expect(lastModified(d('2026-05-13'), d('2026-05-15'), [{ date: d('2026-05-20') }])).toEqual(
      d('2026-05-20'),
    );
  });
});
