/**
 * Words, names and sentence templates for the synthetic benchmark corpus
 * (bench/generate-corpus.ts). Everything here is invented for load testing;
 * none of it is news. Templates use {slot} placeholders that
 * bench/lib/corpus-text.ts fills in.
 *
 * Keep every string free of MDX-significant characters: < > { } (except the
 * {slot} placeholders themselves) and backticks.
 */

export interface DistrictInfo {
  id: string;
  name: string;
  pinyin: string;
  order: number;
  description: string;
  /** 街道 and 镇, the first ones urban (used more often). */
  subdistricts: readonly string[];
  /** 社区 (residents' committee) names used in body text. */
  shequ: readonly string[];
}

/** Haikou's four districts; written into the corpus only when the real content lacks them. */
export const DISTRICTS: readonly DistrictInfo[] = [
  {
    id: 'xiuying',
    name: '秀英区',
    pinyin: 'Xiuying',
    order: 1,
    description: '秀英区位于海口西部，既有西海岸的新建住宅区，也有秀英港一带的老街坊。',
    subdistricts: ['秀英街道', '海秀街道', '长流镇', '西秀镇', '海秀镇', '石山镇', '永兴镇', '东山镇'],
    shequ: ['秀华社区', '港湾社区', '向荣社区', '书场社区', '海秀社区', '长德社区', '永庄社区', '爱华社区'],
  },
  {
    id: 'longhua',
    name: '龙华区',
    pinyin: 'Longhua',
    order: 2,
    description: '龙华区是海口的中心城区，老城区与金贸片区并存，老旧小区改造任务较重。',
    subdistricts: [
      '中山街道',
      '滨海街道',
      '金贸街道',
      '大同街道',
      '海垦街道',
      '金宇街道',
      '城西镇',
      '龙桥镇',
    ],
    shequ: [
      '滨海新村社区',
      '世贸社区',
      '金龙社区',
      '玉沙社区',
      '海垦社区',
      '金宇社区',
      '卜史社区',
      '头铺社区',
    ],
  },
  {
    id: 'qiongshan',
    name: '琼山区',
    pinyin: 'Qiongshan',
    order: 3,
    description: '琼山区以府城为中心，历史街区与新建住宅相邻，机关单位老宿舍区较多。',
    subdistricts: ['府城街道', '滨江街道', '国兴街道', '凤翔街道', '云龙镇', '红旗镇', '龙塘镇', '旧州镇'],
    shequ: ['红城湖社区', '府城社区', '忠介社区', '文庄社区', '凤翔社区', '滨江社区', '大园社区', '高登社区'],
  },
  {
    id: 'meilan',
    name: '美兰区',
    pinyin: 'Meilan',
    order: 4,
    description: '美兰区包括海甸岛、白龙和江东新区一带，人口密集，商品房小区和单位宿舍交错分布。',
    subdistricts: [
      '海府街道',
      '蓝天街道',
      '博爱街道',
      '海甸街道',
      '人民路街道',
      '白龙街道',
      '和平南街道',
      '白沙街道',
      '新埠街道',
      '演丰镇',
    ],
    shequ: ['万福社区', '五福社区', '福安社区', '龙峰社区', '白龙社区', '海达社区', '沿江社区', '和平北社区'],
  },
];

export interface SeriesInfo {
  id: string;
  title: string;
  paper: string;
  started: string;
  summary: string;
  noteHeading: string;
  note: string;
}

/** The column itself; written only when the real content lacks it. */
export const SERIES: SeriesInfo = {
  id: 'hemei-xiaoqu',
  title: '这些“和美小区”是怎样炼成的?',
  paper: '海口日报',
  started: '2026-05-13',
  summary: '走进海口各区的“和美小区”，看党建引领、业主自治和物业服务如何把家门口的小事办好。',
  noteHeading: '开栏的话',
  note: '小区是城市治理的“最后一百米”。本报即日起推出专栏，记者走进各区的和美小区，记录居民、物业、业委会和社区一起解决难题的故事。\n\n（本文件由基准测试语料生成器写入，仅用于压力测试。）',
};

export interface TopicInfo {
  id: string;
  name: string;
  description: string;
  /** Words the body text leans on when an article carries this topic. */
  keywords: readonly string[];
}

/** Topics; the generator skips any whose id the real content already defines. */
export const TOPICS: readonly TopicInfo[] = [
  // Ids the real content already uses: the real files win, these keywords still flavour the text.
  {
    id: 'party-building',
    name: '党建引领',
    description: '党组织建到楼栋，党员业主带头参与小区事务。',
    keywords: ['红色物业', '党员先锋岗', '楼栋党小组', '党群服务站', '党员亮身份'],
  },
  {
    id: 'lift-renewal',
    name: '电梯更新',
    description: '老旧电梯的更新改造和既有住宅加装电梯。',
    keywords: ['加装电梯', '电梯维保', '电梯困人', '低层住户补偿', '电梯维修基金'],
  },
  {
    id: 'metering-to-household',
    name: '水电抄表到户',
    description: '一户一表、抄表到户和二次供水改造。',
    keywords: ['抄表到户', '公摊电费', '智能水表', '二次供水', '一户一表'],
  },
  {
    id: 'old-compound-renewal',
    name: '老旧小区改造',
    description: '城镇老旧小区改造中的共同缔造。',
    keywords: ['雨污分流', '外立面翻新', '管网改造', '屋面防水', '道路黑化'],
  },
  {
    id: 'resident-council',
    name: '议事协商',
    description: '业主代表、物业、党员和社区一起商量小区的事。',
    keywords: ['议事堂', '议事会', '居民说事', '协商议事', '议事规则'],
  },
  {
    id: 'shared-spaces',
    name: '公共空间与景观',
    description: '小区通道、墙面、空地和绿化的微更新。',
    keywords: ['口袋公园', '补植绿化', '彩绘墙', '菜地复绿', '雨水花园'],
  },
  {
    id: 'building-leaders',
    name: '楼栋长制',
    description: '楼栋长联系住户，把服务送到家门口。',
    keywords: ['楼栋长', '楼长制', '党员中心户', '一楼一群', '楼道议事'],
  },
  // Extra topics for the benchmark corpus.
  {
    id: 'property-services',
    name: '物业服务',
    description: '物业企业的服务质量、收费公开和业主满意度。',
    keywords: ['物业服务合同', '服务清单', '物业费收缴率', '满意度测评', '信用评价'],
  },
  {
    id: 'parking',
    name: '停车管理',
    description: '小区车位划分、错峰停车和消防通道畅通。',
    keywords: ['错峰停车', '车位编号', '消防通道', '临时停车', '车辆道闸'],
  },
  {
    id: 'volunteers',
    name: '志愿服务',
    description: '居民志愿者队伍和“时间银行”等互助机制。',
    keywords: ['志愿服务队', '时间银行', '积分兑换', '巡逻队', '义务理发'],
  },
  {
    id: 'elderly-care',
    name: '养老服务',
    description: '长者饭堂、助浴助医和适老化改造。',
    keywords: ['长者饭堂', '适老化改造', '助餐点', '家庭医生', '独居老人'],
  },
  {
    id: 'owners-committee',
    name: '业委会建设',
    description: '业主大会、业委会选举和日常运作。',
    keywords: ['业主大会', '业委会换届', '业主代表', '电子投票', '业委会公章'],
  },
  {
    id: 'public-revenue',
    name: '公共收益',
    description: '小区公共收益的归集、公示和使用。',
    keywords: ['公共收益', '账目公示', '专户管理', '审计', '广告收入'],
  },
  {
    id: 'fire-safety',
    name: '消防安全',
    description: '楼道清障、飞线充电整治和消防设施维护。',
    keywords: ['楼道清障', '飞线充电', '消防栓', '应急演练', '烟感报警'],
  },
  {
    id: 'ev-charging',
    name: '电动车充电',
    description: '集中充电棚和充电桩建设。',
    keywords: ['充电棚', '充电桩', '电瓶车上楼', '扫码充电', '集中停放'],
  },
  {
    id: 'neighbourhood',
    name: '邻里关系',
    description: '邻里节、调解和睦邻活动。',
    keywords: ['邻里节', '百家宴', '调解室', '睦邻公约', '楼道文化'],
  },
  {
    id: 'grid-governance',
    name: '网格治理',
    description: '网格员和“小事不出小区”的机制。',
    keywords: ['网格员', '网格微信群', '吹哨报到', '接诉即办', '网格巡查'],
  },
  {
    id: 'waste-sorting',
    name: '垃圾分类',
    description: '垃圾分类投放、定时定点和资源回收。',
    keywords: ['定时定点', '桶边督导', '厨余垃圾', '可回收物', '大件垃圾'],
  },
  {
    id: 'smart-community',
    name: '智慧社区',
    description: '门禁、监控和线上报修等数字化手段。',
    keywords: ['智慧门禁', '线上报修', '智能监控', '物业小程序', '电子公告屏'],
  },
];

/** Compound-name first parts: [name, pinyin for the id]. */
export const COMMUNITY_PREFIXES: readonly (readonly [string, string])[] = [
  ['金岛', 'jindao'],
  ['海韵', 'haiyun'],
  ['椰林', 'yelin'],
  ['琼华', 'qionghua'],
  ['滨江', 'binjiang'],
  ['龙昆', 'longkun'],
  ['府城', 'fucheng'],
  ['南渡', 'nandu'],
  ['美舍', 'meishe'],
  ['丽晶', 'lijing'],
  ['碧海', 'bihai'],
  ['绿苑', 'lvyuan'],
  ['书香', 'shuxiang'],
  ['凤翔', 'fengxiang'],
  ['椰风', 'yefeng'],
  ['白沙', 'baisha'],
  ['国兴', 'guoxing'],
  ['和平', 'heping'],
  ['新埠', 'xinbu'],
  ['世纪', 'shiji'],
  ['海甸', 'haidian'],
  ['万绿', 'wanlv'],
  ['东湖', 'donghu'],
  ['西岸', 'xian'],
  ['长流', 'changliu'],
  ['假日', 'jiari'],
  ['金盘', 'jinpan'],
  ['滨海', 'binhai'],
  ['海秀', 'haixiu'],
  ['南沙', 'nansha'],
  ['金牛', 'jinniu'],
  ['阳光', 'yangguang'],
  ['椰岛', 'yedao'],
  ['金鹿', 'jinlu'],
  ['华侨', 'huaqiao'],
  ['博爱', 'boai'],
  ['红城', 'hongcheng'],
  ['五公', 'wugong'],
  ['琼州', 'qiongzhou'],
  ['鸿运', 'hongyun'],
  ['嘉华', 'jiahua'],
  ['锦绣', 'jinxiu'],
  ['紫荆', 'zijing'],
  ['海口湾', 'haikouwan'],
  ['玉沙', 'yusha'],
  ['盐灶', 'yanzao'],
  ['文庄', 'wenzhuang'],
  ['忠介', 'zhongjie'],
];

/** Compound-name endings: [name, pinyin for the id]. */
export const COMMUNITY_SUFFIXES: readonly (readonly [string, string])[] = [
  ['花园', 'huayuan'],
  ['家园', 'jiayuan'],
  ['新村', 'xincun'],
  ['苑', 'yuan'],
  ['公寓', 'gongyu'],
  ['雅居', 'yaju'],
  ['名苑', 'mingyuan'],
  ['山庄', 'shanzhuang'],
  ['大院', 'dayuan'],
  ['华庭', 'huating'],
  ['雅苑', 'yayuan'],
  ['嘉园', 'jiayuan2'],
  ['小区', 'xiaoqu'],
  ['城', 'cheng'],
  ['湾', 'wan'],
  ['宿舍区', 'sushequ'],
  ['天下', 'tianxia'],
  ['水岸', 'shuian'],
];

/** Surnames: [character, pinyin]. */
export const SURNAMES: readonly (readonly [string, string])[] = [
  ['王', 'wang'],
  ['李', 'li'],
  ['陈', 'chen'],
  ['林', 'lin'],
  ['吴', 'wu'],
  ['符', 'fu'],
  ['黄', 'huang'],
  ['周', 'zhou'],
  ['邢', 'xing'],
  ['冯', 'feng'],
  ['韩', 'han'],
  ['蔡', 'cai'],
  ['郑', 'zheng'],
  ['张', 'zhang'],
  ['刘', 'liu'],
  ['云', 'yun'],
  ['羊', 'yang'],
  ['潘', 'pan'],
  ['梁', 'liang'],
  ['许', 'xu'],
];

/** Given-name characters: [character, pinyin]. */
export const GIVEN_CHARS: readonly (readonly [string, string])[] = [
  ['海', 'hai'],
  ['燕', 'yan'],
  ['明', 'ming'],
  ['婷', 'ting'],
  ['振', 'zhen'],
  ['华', 'hua'],
  ['芳', 'fang'],
  ['伟', 'wei'],
  ['琳', 'lin'],
  ['涛', 'tao'],
  ['晓', 'xiao'],
  ['雯', 'wen'],
  ['俊', 'jun'],
  ['静', 'jing'],
  ['文', 'wen'],
  ['丽', 'li'],
  ['强', 'qiang'],
  ['莉', 'li'],
  ['思', 'si'],
  ['宇', 'yu'],
  ['晨', 'chen'],
  ['佳', 'jia'],
  ['斌', 'bin'],
  ['蕾', 'lei'],
  ['毅', 'yi'],
  ['娜', 'na'],
  ['浩', 'hao'],
  ['敏', 'min'],
];

/** Ways residents are named in quotes: a surname plus one of these. */
export const RESIDENT_TITLES: readonly string[] = [
  '阿姨',
  '大爷',
  '伯',
  '奶奶',
  '女士',
  '先生',
  '师傅',
  '大姐',
  '老师',
  '叔',
];

/** Labelled facts for community fact cards; the value uses {n}-style slots filled by the generator. */
export const FACT_TEMPLATES: readonly { label: string; value: string }[] = [
  { label: '住户', value: '{households} 户' },
  { label: '楼栋', value: '{buildings} 栋' },
  { label: '党员业主', value: '{members} 名' },
  { label: '电梯', value: '{lifts} 部' },
  { label: '停车位', value: '{spaces} 个' },
  { label: '物业费收缴率', value: '{pct}%' },
  { label: '志愿者', value: '{volunteers} 名' },
  { label: '绿化率', value: '{green}%' },
  { label: '建筑面积', value: '{area} 万平方米' },
  { label: '常住人口', value: '约 {people} 人' },
  { label: '60岁以上居民', value: '{elders} 人' },
  { label: '荣誉', value: '{year} 年度海口市“和美小区”' },
];

/** People in the story, named by role. */
export const ACTORS: readonly string[] = [
  '业主',
  '居民',
  '党员业主',
  '楼栋长',
  '网格员',
  '物业经理',
  '物业保安',
  '保洁员',
  '业委会主任',
  '业委会委员',
  '社区党委书记',
  '社区工作者',
  '街道干部',
  '志愿者',
  '退休教师',
  '老党员',
  '律师志愿者',
  '在职党员',
  '共建单位',
  '电梯维保人员',
  '施工队',
  '供电所工作人员',
  '自来水公司师傅',
  '燃气公司技术员',
  '城管队员',
  '辖区民警',
  '社区医生',
  '家庭医生',
  '退役军人',
  '青年志愿者',
  '小学生',
  '热心阿姨',
  '物业客服',
  '维修师傅',
  '绿化工人',
  '居民代表',
  '人大代表',
  '政协委员',
  '社会组织',
  '妇联执委',
  '侨眷代表',
  '租户',
];

/** Places inside or around a compound. */
export const PLACES: readonly string[] = [
  '楼栋',
  '单元门口',
  '架空层',
  '小区大门',
  '地下车库',
  '楼道',
  '屋顶平台',
  '中心花园',
  '休闲广场',
  '儿童游乐区',
  '快递驿站',
  '垃圾分类投放点',
  '集中充电棚',
  '消防通道',
  '雨污管网',
  '二次供水泵房',
  '监控室',
  '居民活动中心',
  '长者饭堂',
  '党群服务站',
  '业委会办公室',
  '物业服务中心',
  '篮球场',
  '健身步道',
  '凉亭',
  '自行车棚',
  '公告栏',
  '配电房',
  '化粪池',
  '排水沟',
  '围墙边',
  '小区后门',
  '楼顶水箱',
  '电梯轿厢',
  '地面停车场',
  '议事亭',
  '读书角',
  '共享菜园',
  '百姓舞台',
  '便民服务点',
];

/** What people did: verb phrases. */
export const ACTIONS: readonly string[] = [
  '召开议事会',
  '挨家挨户征求意见',
  '在公告栏公示账目',
  '组织业主投票表决',
  '开展联合巡查',
  '到现场踏勘',
  '多方协调资金',
  '申请改造补贴',
  '建立问题台账',
  '在微信群里发通知',
  '结对帮扶独居老人',
  '上门收集诉求',
  '定期回访',
  '签订居民公约',
  '制定改造方案',
  '分期分批施工',
  '推行错峰停车',
  '给车位划线编号',
  '更换智能水表',
  '加装电梯',
  '改造老化管网',
  '清理楼道杂物',
  '补种绿植',
  '修剪遮挡阳台的树木',
  '整治飞线充电',
  '设立议事角',
  '开设“周末课堂”',
  '举办邻里节',
  '组建巡逻队',
  '请来专业机构评估',
  '公开招标选聘物业',
  '更新消防器材',
  '安装电动车充电桩',
  '拆除违建',
  '疏通排水管道',
  '重新铺设路面',
  '开辟共享菜园',
  '设置快递柜',
  '开通维修热线',
  '推行“红黄绿”评价',
  '建立“一楼一群”',
  '引入第三方审计',
  '开展入户安全检查',
  '设立爱心储物柜',
  '组织应急演练',
  '为楼道加装感应灯',
  '修补渗漏的屋面',
  '把闲置用房改成活动室',
  '开办长者助餐点',
  '设立调解室',
];

/** Problems a compound had. */
export const ISSUES: readonly string[] = [
  '停车难',
  '电梯老化',
  '水压不足',
  '公摊电费算不清',
  '公共收益不透明',
  '楼道堆物',
  '飞线充电',
  '雨天积水',
  '路灯不亮',
  '外墙脱落',
  '绿地被占',
  '垃圾清运不及时',
  '物业费收缴率低',
  '噪声扰民',
  '高空抛物',
  '宠物扰邻',
  '屋顶漏水',
  '管道堵塞',
  '监控形同虚设',
  '消防通道被占',
  '业委会长期空缺',
  '维修基金难动用',
  '电动车乱停',
  '下水道返味',
  '树木遮挡采光',
  '小广告泛滥',
  '外卖员进出无序',
  '老人看病不便',
  '邻里纠纷多',
  '公共设施无人管',
];

/** Results, some with numeric slots. */
export const OUTCOMES: readonly string[] = [
  '物业费收缴率从 {pctLow}% 提高到 {pct}%',
  '投诉量下降了 {pctDrop}%',
  '新增停车位 {n} 个',
  '{lifts} 部电梯完成更新',
  '{n} 个楼道实现“零堆放”',
  '补种绿植 {big} 平方米',
  '公共收益累计 {money} 万元',
  '志愿者队伍扩大到 {volunteers} 人',
  '积水点全部消除',
  '飞线充电基本绝迹',
  '{households} 户居民用上了智能水表',
  '小区连续 {n} 个月没有发生电梯困人',
  '维修资金申请时间缩短到 {n} 天',
  '居民满意度达到 {pct}%',
  '长者饭堂每天供餐 {big} 份',
  '调解成功率达到 {pct}%',
  '垃圾分类准确率超过 {pct}%',
  '夜间照明覆盖全部 {buildings} 栋楼',
  '车辆通行时间缩短一半',
  '楼道感应灯全部亮起来',
];

/** Time phrases that open sentences. */
export const TIMES: readonly string[] = [
  '过去',
  '如今',
  '起初',
  '后来',
  '去年夏天',
  '今年初',
  '{year}年',
  '{month}月初',
  '台风季前',
  '春节前',
  '一个周末的上午',
  '傍晚时分',
  '每月第一个周六',
  '改造期间',
  '几年前',
  '最近一段时间',
  '疫情之后',
  '换届之后',
  '项目启动时',
  '入夏以来',
];

/** Connectors between sentences. */
export const CONNECTORS: readonly string[] = [
  '为此，',
  '与此同时，',
  '值得一提的是，',
  '据介绍，',
  '记者走访时看到，',
  '说起这些变化，',
  '不仅如此，',
  '在此基础上，',
  '事实上，',
  '更重要的是，',
  '也正因为如此，',
  '从那以后，',
  '换句话说，',
  '按照约定，',
  '',
  '',
  '',
  '',
];

/** Verbs of speaking. */
export const SAYS: readonly string[] = ['说', '告诉记者', '笑着说', '感慨地说', '回忆说', '介绍说', '坦言'];

/** Where notices are posted. */
export const BOARDS: readonly string[] = [
  '公告栏',
  '单元门口',
  '电梯轿厢里',
  '小区大门旁',
  '物业服务中心门口',
  '党群服务站的墙上',
  '楼道口',
  '议事亭',
];

/** Spaces nobody used, and what they became. */
export const IDLE_SPACES: readonly string[] = [
  '闲置用房',
  '荒废的边角地',
  '堆满杂物的架空层',
  '废弃的自行车棚',
  '旧锅炉房',
  '长满杂草的空地',
  '闲置的门卫室',
  '破旧的花坛',
];
export const NEW_PLACES: readonly string[] = [
  '居民活动室',
  '口袋公园',
  '儿童游乐区',
  '读书角',
  '议事亭',
  '长者饭堂',
  '共享菜园',
  '便民服务点',
  '健身角',
  '百姓舞台',
  '四点半课堂',
  '共享工具房',
];

/** Opening sentences of an article. */
export const LEADS: readonly string[] = [
  '记者近日走访{district}{subdistrict}{community}，看到{after}，{after2}。',
  '走进{district}{community}，{place}{after}，很难想象这里过去{before}。',
  '{time}，{community}的{actor}们又忙开了：{action}。',
  '提起{keyword}，{community}的居民都会竖起大拇指。',
  '{community}是{subdistrict}辖区的一个{age2}年老小区，{issue}曾让居民头疼不已。',
  '“{quote}。”说起小区这几年的变化，{actor}{resident}打开了话匣子。',
];

/** Adjectives and states for before/after contrast. */
export const BEFORE_STATES: readonly string[] = [
  '乱糟糟的',
  '一下雨就积水',
  '晚上黑漆漆的',
  '车停得满满当当',
  '楼道里堆满了杂物',
  '电梯三天两头出故障',
  '墙皮一块块往下掉',
  '邻里见面不打招呼',
  '大家对物业意见很大',
  '有事不知道找谁',
];
export const AFTER_STATES: readonly string[] = [
  '干净整洁',
  '井井有条',
  '亮堂堂的',
  '处处有绿意',
  '大家有事一起商量',
  '老人下楼方便多了',
  '孩子们有了玩耍的地方',
  '车辆停放有序',
  '邻里之间越走越近',
  '物业和业主成了“一家人”',
];

/** Abstract governance concepts, for quotes and sub-heads. */
export const CONCEPTS: readonly string[] = [
  '共建共治共享',
  '小事不出楼栋',
  '大事不出小区',
  '有事好商量',
  '红色物业',
  '五方联动',
  '居民说事',
  '微治理',
  '共同缔造',
  '一栋一策',
  '阳光账本',
  '邻里守望',
  '时间银行',
  '党员先锋岗',
  '网格化管理',
];

/** Sub-head templates (## lines). */
export const SUBHEADS: readonly string[] = [
  '“{issue}”怎么破',
  '从“{issue}”到“{after}”',
  '{actor}唱主角',
  '小事不出楼栋',
  '账本晒在阳光下',
  '一张清单管到底',
  '{place}里的新变化',
  '“{concept}”有了新样本',
  '把难题摆上桌面',
  '钱从哪里来',
  '{keyword}的“加减法”',
  '老小区的新活法',
  '让每一票都算数',
  '家门口的“{concept}”',
  '{n}次议事会之后',
  '问需于民',
  '长效机制怎么建',
  '他们为什么愿意干',
  '难在哪里',
  '下一步怎么走',
  '“{keyword}”里的民生温度',
  '从旁观者到参与者',
  '改造前后',
  '一份写在墙上的公约',
  '{subdistrict}的经验',
];

/** Body sentence templates. */
export const SENTENCES: readonly string[] = [
  '{time}，{community}{before}，居民对{issue}意见很大。',
  '{connector}{actor}和{actor2}一起{action}，把问题一件件理清楚。',
  '{community}位于{district}{subdistrict}，建成于{builtYear}年，共有{buildings}栋楼、{households}户居民。',
  '{connector}小区先后{action}、{action2}，{outcome}。',
  '在{shequ}的协调下，{actor}每周都会到{place}转一圈，发现问题当场记下。',
  '“{issue}”曾是{community}最让人头疼的事。',
  '{connector}{time}，{actor}牵头{action}，前后开了{n}次会。',
  '{keyword}涉及每家每户的利益，{actor}先把方案贴在{board}，再逐户上门解释。',
  '{connector}截至{month}月底，{outcome}。',
  '{subdistrict}有关负责人表示，下一步将把{community}“{concept}”的做法推广到更多小区。',
  '{connector}{place}旁新设的公示栏上，每一笔收支都写得清清楚楚。',
  '如今走进{community}，{place}{after}，{place2}也{after2}。',
  '{connector}为了解决{issue}，{actor}提出“{concept}”的思路，得到大多数业主支持。',
  '这笔账，{actor}算得很细：{n}笔收入、{n2}项支出，全部按月公示。',
  '{connector}{actor}{action}时发现，{issue}背后其实是{issue2}。',
  '改造资金由政府补贴、维修基金和业主自筹三部分组成，其中业主自筹约{money}万元。',
  '{connector}{time}，{district}召开现场会，{community}作为典型作了交流发言。',
  '{actor}{resident}已经{age}岁了，仍坚持每天到{place}值守两个小时。',
  '{connector}{n}名{actor}组成的志愿服务队，承担了{place}的日常巡查。',
  '“{keyword}”这件事，{community}用了{n}个月才推动下来。',
  '{connector}小区还把{idle}改造成{newPlace}，周末常常坐满了人。',
  '对于{issue}，物业公司和业委会约定：小问题24小时内响应，大问题一周内拿出方案。',
  '{connector}{shequ}党委把党小组建在楼栋上，{n}名党员业主分片包干。',
  '{time}的一场暴雨后，{place}积水没过脚踝，这件事成了改造的导火索。',
  '{connector}{actor}通过“{concept}”机制，把{issue}化解在萌芽状态。',
  '据统计，{outcome}，{outcome2}。',
  '{connector}围绕{keyword}，小区制定了{n}条细则，写进了居民公约。',
  '一些业主起初并不理解，{actor}就一户户登门，前后跑了{n}趟。',
  '{connector}{community}的经验说明，{concept}不是一句口号，而是一件件具体的小事。',
  '在{place}，记者遇到了正在{action}的{actor}。',
  '{connector}{district}今年计划改造老旧小区{big}个，涉及居民{households}户。',
  '{actor}{resident}{says}：“{quote}。”',
  '{connector}从{place}到{place2}，每一处变化都凝聚着居民的心血。',
  '电梯、停车、水电，这些看似琐碎的事，件件关系到居民的获得感。',
  '{connector}目前，小区还在筹划{action}，预计{month}月完工。',
  '{actor}把{keyword}的进展做成一张进度表，贴在{board}，完成一项划掉一项。',
  '{connector}{n}位{actor}轮流值班，雨天重点查看{place}和{place2}。',
  '“{concept}”的做法，让{community}的{issue}有了明确的责任人。',
  '{connector}{time}，{shequ}联合物业公司对{buildings}栋楼逐一体检，列出问题{big}条。',
  '居民在“{concept}”议事会上提出的{big}条建议，已有{n}条落实。',
  '{connector}{actor}{resident}的手机里存着{n}个工作群，大大小小的事都在群里商量。',
  '一开始，{actor}担心{issue}会影响{keyword}的推进，后来发现担心是多余的。',
  '{connector}按照“谁受益、谁出资”的原则，{households}户居民分摊了改造费用。',
  '{place}门口的意见箱每周打开一次，收到的纸条由{actor}逐条回复。',
  '{connector}小区引入了专业机构，对{keyword}进行评估，出具了{n}页的报告。',
  '从{before}到{after}，{community}只用了不到{n}个月。',
  '{connector}{district}住建部门把{community}列为{keyword}试点，给予{money}万元补助。',
  '{actor}说，做群众工作没有捷径，“多听、多看、多跑”是唯一的办法。',
  '{connector}每逢节假日，{place}都会举办活动，{actor}和{actor2}都是常客。',
  '为了让老人少走冤枉路，{actor}把{place}的台阶改成了无障碍坡道。',
  '{connector}针对{issue}，小区制定了“发现、上报、处置、反馈”四步流程。',
  '{time}，{community}获评{district}“和美小区”，这块牌子就挂在{board}。',
  '{connector}物业公司每季度向业主公布服务清单，{pct}%的事项按时完成。',
  '“{keyword}”看起来是小事，却牵动着{households}户居民的心。',
  '{connector}记者翻看{community}的议事记录，{n}本笔记本写得密密麻麻。',
  '在{subdistrict}，像{community}这样的小区还有{n}个，{keyword}都在有序推进。',
  '{connector}{actor}找到{actor2}，双方约定共同承担{place}的日常维护。',
  '小区还设立了“{concept}”积分，居民参加志愿服务可以兑换日用品。',
  '{connector}一位{age}岁的老人拉着{actor}的手说，没想到晚年还能住上这么好的环境。',
  '{connector}针对租户多、流动性大的特点，{actor}建立了出租屋信息台账，共登记{big}户。',
];

/** What residents say; sentence fragments without the surrounding quote marks. */
export const QUOTES: readonly string[] = [
  '以前{before}，现在{after}，住着舒心多了',
  '大家的事大家商量着办，谁也不吃亏',
  '账目一公开，心里就踏实了',
  '{issue}的问题拖了好几年，没想到这么快就解决了',
  '我们只是搭了个台子，真正唱戏的是居民自己',
  '每个月的收支都贴在{board}，谁都可以去看',
  '只要是为大家好，多跑几趟也值得',
  '{keyword}这件事，一开始反对的人不少，后来都签了字',
  '老伙计们每天来{place}坐坐，比在家里热闹',
  '物业做得好不好，业主心里有杆秤',
  '有问题在群里说一声，物业很快就来了',
  '小区像个大家庭，谁家有难处大家都会搭把手',
  '{concept}，说到底就是把居民当自家人',
  '孩子放学回来有地方玩，我们也放心',
];

/** Headline templates. */
export const HEADLINES: readonly string[] = [
  '{cshort}：{keyword}背后的“和美”密码',
  '从“{issue}”到“{after}”',
  '{actor}撑起{cshort}的“和美”底色',
  '一部电梯背后的“加减乘除”',
  '{cshort}的{concept}之路',
  '{cshort}：把{keyword}办到居民心坎上',
  '{place}里的“和美”故事',
  '{cshort}“{concept}”的{n}年',
  '老小区里的新气象',
  '{subdistrict}{cshort}：{issue}是怎样解决的',
  '让“{keyword}”不再是难题',
  '{cshort}：一本账本晒出的信任',
];

export const KICKERS: readonly string[] = [
  '和美小区是怎样炼成的·{districtShort}篇',
  '记者蹲点{community}',
  '{subdistrict}见闻',
  '聚焦{topic}',
  '走进{district}',
  '家门口的变化',
  '小区治理观察',
  '“和美小区”巡礼',
];

export const SUBTITLES: readonly string[] = [
  '——{community}{topic}纪实',
  '{district}{subdistrict}探索“{concept}”模式',
  '{n}名党员业主带头，{issue}得到根治',
  '——来自{shequ}的报道',
  '{community}用{n}个月解决{issue}',
];

export const SUMMARIES: readonly string[] = [
  '{community}通过{action}和“{concept}”机制，解决了困扰居民多年的{issue}。',
  '{district}{subdistrict}{community}{action}，{outcome}。',
  '记者走访{community}，看{actor}如何带领居民解决{issue}。',
  '从{issue}到{after}，{community}的变化离不开{actor}和{actor2}的共同努力。',
  '{keyword}是{community}的一件大事，{actor}{action}，{outcome}。',
];

export const CAPTIONS: readonly string[] = [
  '{community}的{place}。',
  '{actor}在{place}{action}。',
  '改造后的{community}{place}。',
  '{community}居民在{place}休息。',
  '{subdistrict}{community}一景。',
];

export const CORRECTIONS: readonly string[] = [
  '本文原稿将{community}的建成年份误写为{year}年，现已更正。',
  '本文原稿中{actor}的人数有误，已更正为{n}名。',
  '本文原稿将{subdistrict}误写为另一街道，特此更正。',
  '本文原稿图片说明有误，现已更正。',
];

/** Cover colour palettes: [sky, ground, building, accent, tree]. */
export const COVER_PALETTES: readonly {
  name: string;
  colors: readonly [string, string, string, string, string];
}[] = [
  { name: '蓝绿色', colors: ['#9fd3e6', '#5d9c59', '#e8dcc4', '#f2a65a', '#2f6b3b'] },
  { name: '橙黄色', colors: ['#f6c177', '#7a9e55', '#f3e9dc', '#d1495b', '#3e7c3a'] },
  { name: '淡紫色', colors: ['#c3b1e1', '#6a9a6e', '#ece4db', '#ffb347', '#355e3b'] },
  { name: '青灰色', colors: ['#a7c4bc', '#8aa381', '#dfe3e6', '#e07a5f', '#3d5a40'] },
  { name: '浅粉色', colors: ['#f4c2c2', '#79a96b', '#fff5e6', '#5e81ac', '#2e5e3e'] },
  { name: '天蓝色', colors: ['#87ceeb', '#6b8e23', '#f5f5dc', '#ff7f50', '#22543d'] },
];
