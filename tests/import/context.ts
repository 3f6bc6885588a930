/** The archive the importer's tests import into: people, places and topics the fixture pages name. */
import type { ImportContext } from '../../src/import/types';

export const context: ImportContext = {
  people: [
    { id: 'reporter-a', name: '甲记者' },
    { id: 'reporter-b', name: '乙记者' },
    { id: 'lin-xiaolan', name: '林晓岚' },
    { id: 'fu-yongjian', name: '符永健' },
  ],
  districts: [
    { id: 'xiuying', name: '秀英区' },
    { id: 'longhua', name: '龙华区' },
    { id: 'qiongshan', name: '琼山区' },
    { id: 'meilan', name: '美兰区' },
  ],
  communities: [
    { id: 'test-garden', name: '测试花园小区', aliases: ['花园小区'], district: 'qiongshan' },
    { id: 'test-harbour', name: '测试海港小区', district: 'meilan' },
  ],
  topics: [
    { id: 'lift-renewal', name: '电梯更新' },
    { id: 'metering', name: '抄表到户' },
  ],
  year: 2026,
  today: '2026-07-01',
  column: '测试专栏',
  suggestId: (name) => `id-of-${name}`,
};

/** The fields a report names, in order. */
export const fields = (report: readonly { field: string }[]) => report.map((item) => item.field);
