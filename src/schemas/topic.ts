import { z } from 'astro/zod';
import { fields, requiredText } from './common';

/** A subject that runs through installments, e.g. lift renewal. File name = id, e.g. `lift-renewal.yaml`. */
export const topicSchema = fields({
  /** Chinese name shown as a tag, e.g. 电梯更新. */
  name: requiredText('话题名（name）', '例如 电梯更新'),
  /** One or two sentences shown at the top of the topic's page. */
  description: requiredText('话题简介（description）'),
});

export type Topic = z.output<typeof topicSchema>;
