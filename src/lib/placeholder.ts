/**
 * Text that `npm run new` and `npm run import` write where an editor still
 * has to fill something in. The validator warns about it in a draft and
 * refuses it in an installment that is about to be published.
 */
export const PLACEHOLDER = '待填写';
