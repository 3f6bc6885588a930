import { z } from 'astro/zod';
import { fields, requiredText } from './common';

/** One of Haikou's districts （区）. The file name is its id and URL slug, e.g. `qiongshan.yaml`. */
export const districtSchema = fields({
  /** Chinese name as printed, e.g. 琼山区. */
  name: requiredText('区名（name）', '例如 琼山区'),
  /** Pinyin name, e.g. Qiongshan, shown beside the Chinese name. */
  pinyin: requiredText('拼音名（pinyin）', '例如 Qiongshan'),
  /** One or two sentences that introduce the district on its page. */
  description: requiredText('区简介（description）'),
  /** Position in lists, smaller first; Haikou's usual order is 秀英 1、龙华 2、琼山 3、美兰 4. */
  order: z.number({ error: '排序（order）应是整数，例如 1' }).int({ error: '排序（order）应是整数，例如 1' }),
});

export type District = z.output<typeof districtSchema>;
