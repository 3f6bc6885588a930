import { describe, expect, it } from 'vitest';
import { communitySchema } from '../../src/schemas/community';
import { districtSchema } from '../../src/schemas/district';
import { personSchema } from '../../src/schemas/person';
import { seriesSchema } from '../../src/schemas/series';
import { topicSchema } from '../../src/schemas/topic';
import { messagesOf } from '../support/schemas';

describe('district schema', () => {
  const valid = { name: '琼山区', pinyin: 'Qiongshan', description: '海口南部的区。', order: 3 };
  it('accepts a district', () => expect(districtSchema.safeParse(valid).success).toBe(true));
  it('requires an integer order', () => {
    expect(messagesOf(districtSchema.safeParse({ ...valid, order: '三' })).order).toBe(
      '排序（order）应是整数，例如 1',
    );
  });
});

describe('topic schema', () => {
  it('requires a name and a description', () => {
    const messages = messagesOf(topicSchema.safeParse({}));
    expect(messages.name).toContain('缺少话题名（name）');
    expect(messages.description).toContain('缺少话题简介（description）');
  });
});

describe('community schema', () => {
  const valid = { name: '金岛天下小区', district: 'qiongshan', subdistrict: '府城街道', builtYear: 2011 };
  it('accepts a community and defaults aliases and facts', () => {
    const result = communitySchema.safeParse(valid);
    expect(result.data).toEqual({ ...valid, aliases: [], facts: [] });
  });
  it('rejects a year that is not a year', () => {
    expect(messagesOf(communitySchema.safeParse({ ...valid, builtYear: '2011年' })).builtYear).toBe(
      '建成年份（builtYear）应写成四位数字的年份，例如 2011',
    );
  });
  it('requires both halves of a fact', () => {
    const messages = messagesOf(communitySchema.safeParse({ ...valid, facts: [{ label: '电梯' }] }));
    expect(messages['facts.0.value']).toBe('缺少事实内容（value）');
  });
});

describe('person schema', () => {
  it('accepts the four byline roles only', () => {
    expect(personSchema.safeParse({ name: '李欣', role: 'reporter' }).success).toBe(true);
    expect(messagesOf(personSchema.safeParse({ name: '李欣', role: '记者' })).role).toBe(
      '常用身份（role）只能是 reporter、special-correspondent、correspondent、photographer 之一',
    );
  });
});

describe('series schema', () => {
  it('defaults the note heading to 开栏的话', () => {
    const result = seriesSchema.safeParse({
      title: '专栏',
      paper: '海口日报',
      started: '2026-05-13',
      summary: '简介',
    });
    expect(result.data?.noteHeading).toBe('开栏的话');
  });
});
