import { z } from 'astro/zod';
import { fields, idRef, requiredText, year } from './common';

/** A residential compound （小区） in the 和美小区 directory. File name = id, e.g. `jindao-tianxia.yaml`. */
export const communitySchema = fields({
  /** Name as the paper prints it, e.g. 金岛天下小区. */
  name: requiredText('小区名称（name）', '例如 金岛天下小区'),
  /** Other names the paper uses for it, e.g. 二所小区 for 军区二所小区； search finds these too. */
  aliases: z
    .array(requiredText('别名（aliases）'), { error: '别名（aliases）应是列表，例如 [二所小区]' })
    .default([]),
  /** Id of its district, e.g. qiongshan (see content/districts/). */
  district: idRef('所属区（district）'),
  /** Sub-district （街道） or town （镇）， e.g. 府城街道， when known. */
  subdistrict: requiredText('街道（subdistrict）', '例如 府城街道').optional(),
  /** Year the compound was built, when known. */
  builtYear: year('建成年份（builtYear）').optional(),
  /** Key facts shown as a fact card, each a label and a value, e.g. 党员业主： 167 名. */
  facts: z
    .array(
      fields(
        {
          /** What the fact is about, e.g. 党员业主. */
          label: requiredText('事实名称（label）'),
          /** The fact itself, e.g. 167 名. */
          value: requiredText('事实内容（value）'),
        },
        '每条事实',
      ),
      { error: '关键事实（facts）应是列表，每条写 label 和 value' },
    )
    .default([]),
});

export type Community = z.output<typeof communitySchema>;
