import { describe, expect, it } from 'vitest';
import {
  foldTraditional,
  MAX_NAME_LINKS,
  namesContaining,
  pinyinToChinese,
  type SearchName,
} from '../../src/lib/search-names';

/** A name as the build writes it; `pinyin` is its syllables separated by spaces, '-' for a non-Han character. */
function name(kind: SearchName['kind'], text: string, url: string, pinyin: string): SearchName {
  return { kind, name: text, url, syllables: pinyin.split(' ').map((s) => (s === '-' ? '' : s)) };
}

// The names of content/ (communities with their other names, districts, people, topics), plus
// a person and a topic from the generated corpus, spelled as scripts/lib/search-pinyin.ts spells them.
const NAMES: readonly SearchName[] = [
  name(
    'community',
    '红城湖国际广场小区',
    'communities/hongchenghu-guoji-guangchang/',
    'hong cheng hu guo ji guang chang xiao qu',
  ),
  name('community', '金岛天下小区', 'communities/jindao-tianxia/', 'jin dao tian xia xiao qu'),
  name('community', '军区二所小区', 'communities/junqu-ersuo/', 'jun qu er suo xiao qu'),
  name('community', '二所小区', 'communities/junqu-ersuo/', 'er suo xiao qu'),
  name('district', '龙华区', 'districts/longhua/', 'long hua qu'),
  name('district', '美兰区', 'districts/meilan/', 'mei lan qu'),
  name('district', '琼山区', 'districts/qiongshan/', 'qiong shan qu'),
  name('district', '秀英区', 'districts/xiuying/', 'xiu ying qu'),
  name('person', '李欣', 'people/li-xin/', 'li xin'),
  name('person', '苏弼坤', 'people/su-bikun/', 'su bi kun'),
  name('person', '余宗运', 'people/yu-zongyun/', 'yu zong yun'),
  name('topic', '楼栋长制', 'topics/building-leaders/', 'lou dong zhang zhi'),
  name('topic', '电梯更新', 'topics/lift-renewal/', 'dian ti geng xin'),
  name('topic', '水电抄表到户', 'topics/metering-to-household/', 'shui dian chao biao dao hu'),
  name('topic', '老旧小区改造', 'topics/old-compound-renewal/', 'lao jiu xiao qu gai zao'),
  name('topic', '党建引领', 'topics/party-building/', 'dang jian yin ling'),
  name('topic', '议事协商', 'topics/resident-council/', 'yi shi xie shang'),
  name('topic', '公共空间与景观', 'topics/shared-spaces/', 'gong gong kong jian yu jing guan'),
  name('topic', '老旧电梯更新', 'topics/old-lifts/', 'lao jiu dian ti geng xin'),
];

/** What a reader sees for a pinyin word: the Chinese text and the page it leads to. */
function spelled(word: string): string[] {
  return pinyinToChinese(word, NAMES).map((m) => `${m.text} ${m.name.url}${m.whole ? ' 整名' : ''}`);
}

describe('foldTraditional', () => {
  const table = { 電: '电', 區: '区', 樓: '楼', 臺: '台', 颱: '台', 𠵾: '㗲' };

  it('turns the traditional characters a reader types into the site’s simplified ones', () => {
    expect(foldTraditional('電梯', table)).toBe('电梯');
    expect(foldTraditional('瓊山區', table)).toBe('瓊山区');
    expect(foldTraditional('樓棟長', table)).toBe('楼棟長');
    expect(foldTraditional('臺風 颱風', table)).toBe('台風 台風');
  });

  it('leaves simplified text, Latin letters and characters outside the table as they are', () => {
    expect(foldTraditional('老旧电梯更新', table)).toBe('老旧电梯更新');
    expect(foldTraditional('dianti 2026', table)).toBe('dianti 2026');
    expect(foldTraditional('', table)).toBe('');
    expect(foldTraditional('電梯', {})).toBe('電梯');
  });

  it('keeps a character outside the BMP whole', () => {
    expect(foldTraditional('𠵾𠮷', table)).toBe('㗲𠮷');
  });
});

describe('pinyinToChinese', () => {
  it('finds a word spelled in full inside a longer name', () => {
    expect(spelled('dianti')).toEqual(['电梯 topics/lift-renewal/', '电梯 topics/old-lifts/']);
    expect(spelled('hongchenghu')).toEqual(['红城湖 communities/hongchenghu-guoji-guangchang/']);
    expect(spelled('qiongshan')).toEqual(['琼山 districts/qiongshan/']);
  });

  it('finds a whole name spelled in full', () => {
    expect(spelled('lixin')).toEqual(['李欣 people/li-xin/ 整名']);
    expect(spelled('qiongshanqu')).toEqual(['琼山区 districts/qiongshan/ 整名']);
    expect(pinyinToChinese('lixin', NAMES)[0]?.name.kind).toBe('person');
    expect(pinyinToChinese('qiongshanqu', NAMES)[0]?.name.kind).toBe('district');
  });

  it('finds names by their initials', () => {
    expect(spelled('hchgjgc')).toEqual(['红城湖国际广场 communities/hongchenghu-guoji-guangchang/']);
    expect(spelled('hchgjgcxq')).toEqual([
      '红城湖国际广场小区 communities/hongchenghu-guoji-guangchang/ 整名',
    ]);
    expect(spelled('lx')).toEqual(['李欣 people/li-xin/ 整名']);
    expect(spelled('qsq')).toEqual(['琼山区 districts/qiongshan/ 整名']);
    expect(spelled('yzy')).toEqual(['余宗运 people/yu-zongyun/ 整名']);
  });

  it('accepts zh, ch and sh typed as one letter or two', () => {
    const whole = ['水电抄表到户 topics/metering-to-household/ 整名'];
    expect(spelled('sdcbdh')).toEqual(whole);
    expect(spelled('shdchbdh')).toEqual(whole);
    expect(spelled('sdchbdh')).toEqual(whole);
    expect(spelled('ldzz')).toEqual(['楼栋长制 topics/building-leaders/ 整名']);
    expect(spelled('ldzhzh')).toEqual(['楼栋长制 topics/building-leaders/ 整名']);
    // Initials are of consecutive characters: 红城 then 国际 skips 湖.
    expect(spelled('hcgj')).toEqual([]);
  });

  it('puts whole names first, then longer runs, then by name', () => {
    // Invented names whose code-point order is the reverse of the order a reader needs.
    const zhs = [
      name('topic', '一丁张山', 'topics/a/', 'yi ding zhang shan'),
      name('topic', '一中华山', 'topics/b/', 'yi zhong hua shan'),
      name('topic', '张山', 'topics/c/', 'zhang shan'),
    ];
    expect(pinyinToChinese('zhs', zhs).map((m) => [m.text, m.name.url, m.whole])).toEqual([
      ['张山', 'topics/c/', true],
      ['中华山', 'topics/b/', false],
      ['张山', 'topics/a/', false],
    ]);
    expect(spelled('ersuoxiaoqu')).toEqual(['二所小区 communities/junqu-ersuo/ 整名']);
    expect(spelled('xq').slice(0, 2)).toEqual([
      '小区 communities/junqu-ersuo/',
      '小区 communities/hongchenghu-guoji-guangchang/',
    ]);
  });

  it('gives one match per text and page, however many of its names spell it', () => {
    const matches = pinyinToChinese('xiaoqu', NAMES);
    const keys = matches.map((m) => `${m.text} ${m.name.url}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('小区 communities/junqu-ersuo/');
    expect(keys).toContain('小区 topics/old-compound-renewal/');
  });

  it('needs two characters or more', () => {
    expect(spelled('li')).toEqual([]);
    expect(spelled('qu')).toEqual([]);
    expect(spelled('l')).toEqual([]);
  });

  it('finds nothing for a word no name spells', () => {
    expect(spelled('xyz')).toEqual([]);
    expect(spelled('diantii')).toEqual([]);
    expect(spelled('haikou')).toEqual([]);
  });

  it('takes only a single word of ASCII letters', () => {
    expect(spelled('dian ti')).toEqual([]);
    expect(spelled('电梯')).toEqual([]);
    expect(spelled('dianti电梯')).toEqual([]);
    expect(spelled('dian1')).toEqual([]);
    expect(spelled('lü')).toEqual([]);
    expect(spelled('')).toEqual([]);
    expect(spelled('a'.repeat(10_000))).toEqual([]);
  });

  it('does not read across a character that is not Chinese', () => {
    const building = [name('community', '12号楼小区', 'communities/x/', '- - hao lou xiao qu')];
    expect(pinyinToChinese('haolou', building).map((m) => m.text)).toEqual(['号楼']);
    expect(pinyinToChinese('hlxq', building).map((m) => [m.text, m.whole])).toEqual([['号楼小区', false]]);
  });
});

describe('namesContaining', () => {
  const names = (text: string) => namesContaining(text, NAMES).map((n) => n.name);

  it('finds the names that contain the query', () => {
    expect(names('红城湖')).toEqual(['红城湖国际广场小区']);
    expect(names('李欣')).toEqual(['李欣']);
    expect(names('电梯')).toEqual(['电梯更新', '老旧电梯更新']);
  });

  it('finds the names the query contains', () => {
    expect(names('红城湖国际广场小区电梯')).toEqual(['红城湖国际广场小区']);
    expect(names('琼山区府城')).toEqual(['琼山区']);
  });

  it('puts the name equal to the query first, then shorter names', () => {
    const withTopic = [...NAMES, name('topic', '小区', 'topics/xiaoqu/', 'xiao qu')];
    expect(namesContaining('红城湖国际广场小区', withTopic).map((n) => n.name)).toEqual([
      '红城湖国际广场小区',
      '小区',
    ]);
  });

  it('gives one link per page and no more than the box holds', () => {
    expect(names('二所')).toEqual(['二所小区']);
    expect(names('区')).toHaveLength(MAX_NAME_LINKS);
    expect(names('区').slice(0, 4)).toEqual(['琼山区', '秀英区', '美兰区', '龙华区']);
  });

  it('finds nothing for an empty query or an unknown word', () => {
    expect(names('')).toEqual([]);
    expect(names('  ')).toEqual([]);
    expect(names('海口湾')).toEqual([]);
    expect(namesContaining('红城湖', [name('topic', '', 'topics/empty/', '')])).toEqual([]);
  });
});
