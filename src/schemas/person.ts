import { z } from 'astro/zod';
import { fields, requiredText } from './common';
import { BYLINE_ROLES } from './byline-role';

/** A journalist or photographer who appears in bylines. File name = id, e.g. `li-xin.yaml`. */
export const personSchema = fields({
  /** Name as printed in the byline, e.g. 李欣. */
  name: requiredText('姓名（name）', '例如 李欣'),
  /** Usual role: reporter 本报记者， special-correspondent 特约记者， correspondent 通讯员， photographer 摄影. */
  role: z.enum(BYLINE_ROLES, {
    error: `常用身份（role）只能是 ${BYLINE_ROLES.join('、')} 之一`,
  }),
});

export type Person = z.output<typeof personSchema>;
