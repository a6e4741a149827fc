/**
 * Normalisation of names and page text, shared by the dataset compiler, the matcher and search.
 *
 * Two foldings:
 * - `foldKey(name)`: identity of a name for counting, duplicate detection and search. Case, diacritics,
 *   punctuation and spacing are dropped: "APT 28", "apt-28" and "APT28" are one key.
 * - `normaliseText(text)`: the stream the automaton reads. One output code unit per kept input code unit,
 *   with a map back to the input offset, so every match maps to the exact page text. It lower-cases,
 *   strips diacritics, drops invisible characters (soft hyphen, zero-width), turns every run of white space
 *   or dashes into one space, drops the dots of dotted abbreviations ("M.S.S." reads "mss"), and unifies
 *   apostrophes and double quotes (Hebrew acronyms are written with a geresh or gershayim: שב״כ, שב"כ).
 *   Everything else is kept as it is and simply never matches a name.
 */

/** Separator between blocks in gathered page text. Never part of a name, never folded into a space. */
export const BLOCK_BREAK = '\uFFFF';
export const BLOCK_BREAK_CODE = 0xffff;

const SPACE = 0x20;
/** The letters Arabic joins before a word ("and", "by", "for", "as", "so"), and Hebrew (with its article): rules.ts. */
export const ARABIC_CLITICS: readonly string[] = ['\u0648', '\u0628', '\u0644', '\u0643', '\u0641'];
export const HEBREW_PREFIXES: readonly string[] = ['\u05d5', '\u05d1', '\u05dc', '\u05de', '\u05e9', '\u05db', '\u05d4'];
export const ARABIC_CLITIC_CODES: ReadonlySet<number> = new Set(ARABIC_CLITICS.map((c) => c.charCodeAt(0)));
export const isArabicLetter = (c: number) => c >= 0x0620 && c <= 0x06ff;
export const isHebrewLetter = (c: number) => c >= 0x05d0 && c <= 0x05ea;

/** What a free-standing dash reads as: a character no name contains. */
const DASH_BREAK = 0x2014;
const isDashCode = (c: number) => c === 0x2d || (c >= 0x2010 && c <= 0x2015) || c === 0x2212;
const isSpaceCode = (c: number) => c === 0x20 || c === 0xa0 || (c >= 0x09 && c <= 0x0d) || (c >= 0x2000 && c <= 0x200a) || c === 0x202f;
const APOSTROPHE = 0x27;
const DOUBLE_QUOTE = 0x22;

/**
 * Traditional Chinese characters that names use, each followed by its simplified form: "解放軍" is "解放军",
 * "國家安全部" is "国家安全部". Both sides of a match fold alike, so a name the dataset has in one script is found
 * in the other (Taiwanese and Hong Kong press write the traditional forms).
 */
const HANT_TO_HANS = '軍军戰战網网絡络國国廳厅隊队間间資资聯联調调總总參参統统礎础設设歐欧組组織织務务報报衛卫龍龙門门電电訊讯們们這这來来對对關关應应團团黨党幫帮區区認认證证號号碼码腦脑體体擊击駭骇員员處处際际極极機机構构蘭兰羅罗亞亚華华灣湾臺台產产發发現现業业術术議议會会經经濟济實实驗验難难數数據据庫库雲云場场醫医療疗級级態态義义權权勢势壓压歷历擴扩鐵铁銀银錢钱鋒锋頭头題题類类顧顾風风飛飞馬马魚鱼鳥鸟麗丽齊齐貓猫盜盗竊窃諜谍偵侦測测獵猎殺杀毀毁滅灭爾尔與与邊边開开閘闸問问陣阵陸陆陳陈陰阴隨随險险雙双雜杂雞鸡離离靈灵響响頁页項项預预領领頻频顯显驅驱齒齿億亿優优傳传傷伤僅仅價价儲储兒儿內内兩两劃划劇剧勝胜勞劳協协單单嚴严執执堅坚壞坏夠够夢梦奪夺婦妇專专將将導导屬属島岛崗岗幣币幹干廣广廠厂彈弹後后從从復复徵征憂忧戶户揮挥換换擁拥擇择擔担斷断無无時时晉晋書书東东條条棄弃標标樣样橋桥歸归殘残氣气漢汉澤泽災灾為为烏乌爭争獨独環环畫画異异當当盡尽監监確确禮礼種种稱称穩稳競竞節节範范簡简紀纪約约紛纷納纳純纯紙纸細细終终結结給给絕绝綜综維维緊紧線线練练縣县績绩繫系續续習习聖圣聞闻聲声職职肅肃脅胁舉举艦舰藝艺蘇苏蟲虫衝冲補补裝装製制複复規规視视親亲觀观計计訂订討讨訓训記记許许訪访評评詐诈試试詳详話话該该誤误說说談谈請请論论識识護护讀读變变讓让貨货貿贸費费賊贼賽赛購购車车軟软較较載载輯辑輸输轉转辦办遠远違违連连進进運运過过達达選选邏逻針针鎖锁鏈链長长隱隐韓韩駐驻騙骗髮发點点鋼钢礦矿藥药魯鲁貝贝負负財财貧贫質质賣卖買买寶宝寫写審审憲宪戲戏擬拟攝摄敵敌斃毙暫暂樂乐歡欢滬沪瀏浏獻献瑪玛盤盘眾众碩硕禦御穀谷筆笔糧粮紅红綠绿緬缅縮缩腳脚臉脸莊庄萬万葉叶蔣蒋薩萨襲袭詞词誌志謀谋謊谎譯译豐丰貫贯賴赖趙赵躍跃輪轮辭辞釋释鑰钥閱阅闖闯隸隶頒颁顛颠飯饭館馆驚惊鬥斗麥麦龐庞';
const HANS = new Map<number, number>();
for (let i = 0; i + 1 < HANT_TO_HANS.length; i += 2) HANS.set(HANT_TO_HANS.charCodeAt(i), HANT_TO_HANS.charCodeAt(i + 1));

/**
 * Lower-case, diacritic-free form of one UTF-16 code unit; -1 to drop it, SPACE for separators. Computed,
 * not cached: the text loops read it through textFold, which keeps each code unit's result.
 */
export function foldChar(c: number): number {
  // ASCII fast path.
  if (c < 0x80) {
    if (c >= 0x41 && c <= 0x5a) return c + 32;
    if (c === 0x2d || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c || c === 0x0b) return SPACE;
    return c;
  }
  let r: number;
  // soft hyphen, zero-width, and the Arabic tatweel that only draws a joined letter out ("بـAPT34", "لـالحرس")
  if (c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0x640) r = -1;
  else if (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000) r = SPACE;
  else if (c >= 0x2010 && c <= 0x2015) r = SPACE; // hyphens and dashes
  else if (c === 0x2212 || c === 0xfe63 || c === 0xff0d) r = SPACE;
  else if (c === 0x2018 || c === 0x2019 || c === 0x02bc || c === 0x2032 || c === 0xff07 || c === 0x05f3) r = APOSTROPHE;
  else if (c === 0x201c || c === 0x201d || c === 0x05f4 || c === 0xff02) r = DOUBLE_QUOTE;
  // full-width forms, as Japanese and Chinese text writes Latin names and digits ("ＡＰＴ４１", "ＦＢＩ", "JPCERT／CC")
  else if (c >= 0xff01 && c <= 0xff5e) r = foldChar(c - 0xfee0);
  else if (c >= 0x4e00 && c <= 0x9fff && HANS.has(c)) r = HANS.get(c)!;
  // Persian and Arabic-Indic digits are digits ("یگان ۸۲۰۰" is Unit 8200)
  else if ((c >= 0x6f0 && c <= 0x6f9) || (c >= 0x660 && c <= 0x669)) r = 0x30 + (c & 0xf);
  else if (c >= 0xd800 && c <= 0xdfff) r = c; // surrogate halves pass through
  else if (c === BLOCK_BREAK_CODE) r = c;
  else {
    const s = String.fromCharCode(c);
    let f = s.toLowerCase();
    if (f.length !== 1) f = s; // e.g. U+0130 lower-cases to two units: keep 1:1
    const d = f.normalize('NFD');
    const base = d.charCodeAt(0);
    // Strip combining marks when the base is Latin, Greek or Cyrillic; keep composed Hangul/CJK as is.
    // (the base is lower-cased again: "İ" keeps its capital through toLowerCase, which would make two units)
    r = d.length > 1 && base < 0x0530 ? String.fromCharCode(base).toLowerCase().charCodeAt(0) : f.charCodeAt(0);
  }
  return r;
}

const isAsciiLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

/** True for letters and digits of any script (used for word boundaries). */
export function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || isAsciiLetter(c);
  if (c === BLOCK_BREAK_CODE) return false;
  if (c >= 0xd800 && c <= 0xdfff) return true;
  return (charClass(c) & CLASS_WORD) !== 0;
}
const WORD_RE = /[\p{L}\p{N}\p{M}]/u;

/** True for letters of any script. */
export function isLetter(c: number): boolean {
  if (c < 0x80) return isAsciiLetter(c);
  return (charClass(c) & CLASS_LETTER) !== 0;
}
const LETTER_RE = /\p{L}/u;

/** Unicode classes of code units, decided by a regex once per code unit and kept in a flat table (0 = not yet). */
const CLASS_KNOWN = 1;
const CLASS_WORD = 2;
const CLASS_LETTER = 4;
const classTable = new Uint8Array(65536);
function charClass(c: number): number {
  let k = classTable[c];
  if (k === 0) {
    const s = String.fromCharCode(c);
    k = CLASS_KNOWN | (WORD_RE.test(s) ? CLASS_WORD : 0) | (LETTER_RE.test(s) ? CLASS_LETTER : 0);
    classTable[c] = k;
  }
  return k;
}

/** Scripts written without spaces between words: names in them need no word boundary. */
export function isUnspacedScript(c: number): boolean {
  // (Thai, Lao, Myanmar and Khmer write no spaces between words either)
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x0e00 && c <= 0x0eff) || (c >= 0x1000 && c <= 0x109f) || (c >= 0x1780 && c <= 0x17ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f);
}

export interface NormalisedText {
  /** Folded code units. */
  codes: Uint16Array;
  /** codes[i] came from input offset map[i]. */
  map: Uint32Array;
  length: number;
}

/**
 * The table read of the text loops (a flat table: a Map lookup per character was the scan's cost): folded
 * code units, with three markers. UNKNOWN: not yet asked (learnFold fills it from foldChar); DROP: never
 * read (soft hyphen, zero-width); CONTEXT: a dot or a dash, whose reading
 * depends on its neighbours (see foldInContext). Everything else is the code unit as read.
 */
export const FOLD_DROP = -1;
export const FOLD_UNKNOWN = -2;
export const FOLD_CONTEXT = -3;
export const textFold = new Int32Array(65536).fill(FOLD_UNKNOWN);
// ASCII is decided up front, so running Latin text needs one table read per character.
for (let c = 0; c < 0x80; c++) textFold[c] = c === 0x2e || c === 0x2d ? FOLD_CONTEXT : foldChar(c);

/** textFold[c] for a code unit not seen before. */
export function learnFold(c: number): number {
  const f = foldChar(c);
  textFold[c] = f === SPACE && isDashCode(c) ? FOLD_CONTEXT : f;
  return textFold[c];
}

/**
 * How a dot or a dash at text[i] reads. A dash with a space on either side separates ("Cytrox – Predator");
 * only a dash inside a word joins, as a space. An abbreviation dot (the previous character is a letter that
 * itself follows a non-letter: "M.S.S.", "C.I.A", "U.S.", "N. Korea") is dropped between letters or before
 * a boundary, so dotted abbreviations read like their undotted form; other dots are kept.
 */
export function foldInContext(text: string, i: number, c: number): number {
  const n = text.length;
  if (c !== 0x2e) return (i > 0 && isSpaceCode(text.charCodeAt(i - 1))) || (i + 1 < n && isSpaceCode(text.charCodeAt(i + 1))) ? DASH_BREAK : SPACE;
  const p = i - 1;
  if (p >= 0 && isLetter(text.charCodeAt(p)) && (p === 0 || !isLetter(text.charCodeAt(p - 1)))) {
    const nx = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    if (isLetter(nx) || !isWordChar(nx)) return FOLD_DROP;
  }
  return c;
}

/**
 * Folds `text` for matching. Output length <= input length. The loop is the one Automaton.scanText runs
 * (with a step of the automaton where this one writes): textFold, foldInContext, one space per run.
 */
export function normaliseText(text: string, out?: NormalisedText): NormalisedText {
  const n = text.length;
  const codes = out && out.codes.length >= n ? out.codes : new Uint16Array(n);
  const map = out && out.map.length >= n ? out.map : new Uint32Array(n);
  let len = 0;
  let prevSpace = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let f = textFold[c];
    if (f < 0) {
      if (f === FOLD_UNKNOWN) f = learnFold(c);
      if (f === FOLD_CONTEXT) f = foldInContext(text, i, c);
      if (f === FOLD_DROP) continue;
    }
    if (f === SPACE) {
      if (prevSpace) continue;
      prevSpace = true;
    } else prevSpace = false;
    codes[len] = f;
    map[len] = i;
    len++;
  }
  return { codes, map, length: len };
}

/** Folded string form of a name, spaces kept (single) and trimmed: "Salt Typhoon's" -> "salt typhoon's". */
export function normaliseName(name: string): string {
  const { codes, length } = normaliseText(name);
  let s = '';
  for (let i = 0; i < length; i++) s += String.fromCharCode(codes[i]);
  return s.trim();
}

/** Identity of a name: letters and digits only, folded. "APT 28" = "apt-28" = "A.P.T.28". */
export function foldKey(name: string): string {
  const { codes, length } = normaliseText(name);
  let s = '';
  for (let i = 0; i < length; i++) {
    const c = codes[i];
    if (isWordChar(c)) s += String.fromCharCode(c);
  }
  return s;
}
