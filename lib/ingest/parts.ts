/**
 * Automatic clean-up for ingest: cut a scraped article text into `main` (the story), `appended` (a
 * story the aggregator added under «إقرأ أيضاً» or similar, with its own title) and `furniture`
 * (mastheads, menus, related-headline lists, share/tag lines, comment forms, footers).
 *
 * The text is never edited: the result is character ranges only, [start, end) in UTF-16 code units
 * (JavaScript string indices), the same convention as the `parts` of data/articles/<id>.json.
 *
 * The heuristics work line by line (a scraped page has one paragraph, heading or link per line):
 *
 * 1. Each line is classified: a blank line; a cue line recognised by its wording or shape
 *    (read-also marker, related-headlines header, tag or hashtag line, share/follow line, copyright
 *    line, comment-form field or comments header, masthead staff credit, a one-line menu of links,
 *    a search box, source/credit line); a *list* line (bullet item, headlines run together with
 *    «...»); a *prose* line (sentence-like: long, with a full stop at its end, or commas in a long
 *    line, or opening with a discourse word such as «وقال», «وأضاف», «ومن جانبه»); or a *short*
 *    line (headline, dateline, byline, menu item, caption).
 * 2. Prose lines are chained into runs; a run tolerates blank lines and at most two other lines
 *    between two prose lines (a sub-heading, a caption, a credit) and is broken by a cue line.
 * 3. A run whose nearest preceding lines are a read-also marker plus at most three short lines
 *    (the title, the outlet) is *introduced*: an appended story if it has enough prose, otherwise
 *    part of a read-also list. A run under a related-headlines or comments header is introduced
 *    too, and is furniture.
 * 4. The main story is the run, not introduced by a marker, with the most prose characters. It is
 *    widened upwards over its headline, dateline and byline lines (stopping at a cue line, a menu of
 *    tiny lines or a size limit) and downwards over at most two trailing short lines (the source
 *    line «المصدر: …»); a neighbouring run separated from it only by a few non-cue lines (an
 *    embedded list) is merged into it.
 * 5. Everything else is furniture, labelled with the rule that explains it.
 *
 * Blank lines go with the part above them, so every part but the first starts on a non-blank line.
 */
import { foldText } from '@/lib/search/normalize';

export type PartKind = 'main' | 'appended' | 'furniture';

export interface PartRange {
  kind: PartKind;
  start: number;
  end: number;
  /** Why: the rule that classified it, e.g. 'read-also marker «إقرأ أيضاً»', 'share/tag line', 'related-headlines list'. */
  rule: string;
}

type LineClass =
  | 'blank'
  | 'readAlso' // a read-also marker alone on its line: «إقرأ أيضاً:», «قد يهمك أيضاً»
  | 'related' // the header of a headline list: «مقالات مشابهة», «أخبار ذات صلة», «آخر الأخبار»
  | 'tags' // «كلمات دلالية: …», «الكلمات المفتاحية»
  | 'copyright' // «جميع الحقوق محفوظة», ©, «Maintained and developed by …»
  | 'form' // comment-form fields and terms: «الإسم *», «Security Code», «شروط النشر: …»
  | 'masthead' // staff credits: «رئيس التحرير», and the name on the line after a bare role
  | 'menu' // a row of links on one line («الرئيسية | سياسة | اقتصاد | …»), a search box
  | 'share' // share/follow lines and inline read-also links (soft: kept when inside the story)
  | 'source' // «المصدر: …», «بقلم: …»: a credit that belongs to the story above it
  | 'list' // a line that cannot be prose: a bullet item, or headlines run together with «...»
  | 'prose'
  | 'short';

/** Cue lines that break a run of prose and that the header of a story never crosses. */
const HARD: ReadonlySet<LineClass> = new Set(['readAlso', 'related', 'tags', 'copyright', 'form', 'masthead', 'menu']);

interface Line {
  start: number;
  /** End of the line including its line break. */
  end: number;
  /** The line without surrounding white space. */
  text: string;
  /** `text` normalised for matching cue wording (see `normalize`). */
  norm: string;
  /** Words containing a letter or digit. */
  words: number;
  cls: LineClass;
}

interface Run {
  /** Indices into the line array of the first and last prose line. */
  first: number;
  last: number;
  proseChars: number;
  proseLines: number;
  /** The marker line that introduces it, if any. */
  intro: { kind: 'readAlso' | 'related' | 'comments'; line: number } | null;
}

// Tuning knobs, deliberately few.
/** Non-blank non-prose lines allowed between two prose lines of one run. */
const MAX_GAP = 2;
/** Non-blank lines across which two runs are still one story (an embedded list, a photo block). */
const MAX_MERGE_GAP = 6;
/** At most this many short lines between a read-also marker and the story it introduces. */
const MAX_INTRO_LINES = 3;
/** The header above a story: at most this many non-blank lines and characters. */
const MAX_HEADER_LINES = 10;
const MAX_HEADER_CHARS = 800;
/** A run of this many consecutive tiny lines (≤ 3 words) is a menu. */
const MENU_RUN = 4;
/** An appended story needs this much prose. */
const MIN_APPENDED_PROSE_LINES = 2;
const MIN_APPENDED_PROSE_CHARS = 300;

/** A line as cue patterns read it: folded as search folds it (foldText), without its bullet, spaces collapsed. */
function normalize(s: string): string {
  return foldText(s)
    .replace(/^[\s•·▪●◦■□►▸▶✓✔\-–—*»>|]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// All cue patterns match folded text (lib/search/normalize.ts): no hamza on alef or on its seats
// (ي for ئ, و for ؤ), ه for ة, ي for ى, no diacritics, Western digits.
const READ_ALSO_ALONE = [
  /^و?(اقرا|طالع|شاهد|تابع)\s+(ايضا|كذلك)\s*[:：.\-–]*$/,
  /^(قد|ربما)\s+(يهمك|يعجبك|تهمك)(\s+(ايضا|كذلك))?\s*[:：.\-–]*$/,
  /^(يهمك|ننصحك\s+بقراءه)(\s+ايضا)?\s*[:：.\-–]*$/,
  /^و?اقرا\s+المزيد\s*[:：.\-–]*$/,
  /^(read|see)\s+(also|more)\s*:?$/,
];
const READ_ALSO_INLINE = /^و?(اقرا|طالع|شاهد)\s+(ايضا|كذلك)\s*[:：\-–]\s*\S/;
const RELATED = [
  /^(مقالات|اخبار|مواضيع|موضوعات|قصص|روابط|تقارير)\s+(مشابهه|ذات\s+صله|متعلقه|مرتبطه|مقترحه|اخري|قد\s+تهمك)\s*:?$/,
  /^(اخر|احدث|اهم|ابرز)\s+(الاخبار|المقالات|الموضوعات|المواضيع|الاخبار\s+العاجله)\s*:?$/,
  /^(الاكثر|الاعلي)\s+(قراءه|مشاهده|تداولا|شعبيه|تعليقا)\s*:?$/,
  /^(المزيد|مزيد)\s+من\s+\S+(\s+\S+)?\s*:?$/,
  /^(related|latest|more)(\s+(news|articles|stories|posts))?\s*:?$/,
  /^most\s+(read|viewed|popular)\s*:?$/,
];
const TAGS = /^(كلمات\s+دلاليه|الكلمات\s+(الدلاليه|المفتاحيه)|كلمات\s+مفتاحيه|الوسوم|وسوم|الاوسمه|العلامات|tags?|keywords)\s*([:：]|$)/;
/** «شارك:», «شارك الخبر على:» … before a row of network names. */
const SHARE_PREFIX = /^(شارك\s+الخبر|شارك\s+المقال|شاركها|شارك|مشاركه|انشر|تابعونا|تابعنا|share|follow\s+us)(\s+(علي|عبر|في|on))?\s*[:：]?\s*/;
const SHARE = [
  /^(شارك|شاركها|شاركوا|انشر|مشاركه|تابعونا|تابعنا|تابعوا|اشترك|اشتركوا|حمل\s+تطبيق|لمتابعه|للمزيد\s+تابع)(\s|[:：]|$)/,
  /^تابع\s+(احدث|اخر|جديد|اخبار)(\s|$)/,
  /^(share|follow\s+us|subscribe|print)(\s|[:：]|$)/,
];
const SOCIAL_WORDS = new Set([
  'facebook', 'twitter', 'whatsapp', 'telegram', 'linkedin', 'instagram', 'youtube', 'tiktok', 'x', 'email', 'print',
  'فيسبوك', 'فيس', 'بوك', 'تويتر', 'واتساب', 'واتس', 'اب', 'تلغرام', 'تليجرام', 'تيليجرام', 'لينكدان', 'انستغرام',
  'انستجرام', 'يوتيوب', 'تيك', 'توك', 'طباعه', 'ارسال', 'نسخ', 'الرابط', 'البريد', 'الالكتروني', 'تيليغرام',
  'ماسنجر', 'messenger', 'reddit', 'pinterest', 'copy', 'link',
]);
/** A search box: «ابحث في الموقع...», «بحث», «Search…». */
const SEARCH = /^(ابحث|بحث|search)(\s+(في|عن|داخل)\s+\S+)?\s*(\.{2,}|…)?$/;
const COPYRIGHT = /جميع\s+الحقوق\s+محفوظه|©|all\s+rights\s+reserved|maintained\s+and\s+developed|powered\s+by|حقوق\s+(النشر|الطبع)(\s+والتوزيع)?\s+محفوظه|\(c\)\s*\d{4}|copyright/;
/** Comment-form fields and buttons (short lines). */
const FORM = /^(security\s+code|:?\s*characters\s+left|captcha|اوافق\s+علي|اضف\s+تعليق|اضف\s+تعليقك|اترك\s+تعليقا|التعليقات|ارسل\s+تعليق|ارسال\s+التعليق)/;
/** The terms under a comment form, which may be a long sentence. */
const FORM_TERMS = /^شروط\s+(الاستخدام|النشر)/;
/** The header of the readers' comments, whose prose is not the story. */
const COMMENTS = /^(التعليقات|تعليقات(\s+القراء)?|اراء\s+القراء|comments?)\s*(\(\s*\d+\s*\))?\s*:?$/;
const FORM_FIELD = /^[^*]{1,30}\*\s*$/; // «الإسم *», «تعليق *»: a short label marked required
const MASTHEAD = /^(رييس\s+(مجلس\s+الاداره|التحرير)|نايب\s+رييس\s+(التحرير|مجلس\s+الاداره)|مدير\s+(التحرير|عام|الموقع|المكتب)|المدير\s+(العام|التنفيذي|المسوول)|الرييس\s+التنفيذي|المشرف\s+العام|سكرتير\s+التحرير|editor[-\s]in[-\s]chief|managing\s+editor)(\s|[:：]|$)/;
const SOURCE = /^(المصدر|مصدر\s+الخبر|المصادر|source|بقلم|كتب|كتبت|تحرير|اعداد|ترجمه)\s*[:：\-–]/;
const BULLET = /^[•·▪●◦■□►▸▶✓✔]\s*|^[-–—*]\s+/;
/** A bullet line of this many words that ends a sentence is prose, not a headline. */
const BULLET_SENTENCE_WORDS = 8;
/** A word stuck to «..»/«...»/«…» and followed by more text: a truncated headline. */
const TRUNCATION = /[^\s.](?:\.{2,}|…)\s+\S/g;
/** Ends a sentence: a single full stop, ! or ؟, possibly inside closing quotes or brackets. */
const TERMINAL = /(^|[^.])[.!?؟]["'»”’)\]]*\s*$/;
const INNER_STOP = /[^\s.]\s?\.(?!\.)\s+\S/;
/** Words that open a continuation paragraph of an Arabic news story (normalised). */
const DISCOURSE = new Set([
  'وقال', 'وقالت', 'واضاف', 'واضافت', 'واكد', 'واكدت', 'واوضح', 'واوضحت', 'واشار', 'واشارت', 'وتابع', 'وتابعت',
  'واردف', 'واستطرد', 'وختم', 'وذكر', 'وذكرت', 'ولفت', 'ولفتت', 'وبين', 'وبينت', 'واعلن', 'واعلنت', 'واعتبر',
  'وياتي', 'وتاتي', 'وكان', 'وكانت', 'ومن', 'وفي', 'وبحسب', 'ووفق', 'ووفقا', 'وجدير', 'يشار', 'يذكر', 'كما',
  'لكن', 'بينما', 'حيث', 'فيما', 'واضافه', 'وعلي', 'واشاره',
]);

function isSocialOnly(norm: string): boolean {
  const tokens = norm.split(/[\s|,،/·•\-–]+/).filter(Boolean);
  return tokens.length > 0 && tokens.every((t) => SOCIAL_WORDS.has(t));
}

/** A row of at least four links on one line, split by «|», «•» or wide spaces, each a word or two. */
function isMenuRow(text: string): boolean {
  if (/[.،؛!؟?]\s*$/.test(text)) return false;
  const items = text.split(/\s{3,}|\s*[|•·]\s*/).map((s) => s.trim()).filter(Boolean);
  if (items.length < 4) return false;
  const words = items.map((s) => s.split(/\s+/).length);
  return Math.max(...words) <= 4 && words.reduce((a, b) => a + b, 0) / words.length <= 2.5;
}

function isProse(text: string, norm: string, words: number): boolean {
  if (words < 8) return false;
  const len = text.length;
  if (len >= 40 && TERMINAL.test(text)) return true;
  if (len >= 100 && (/[،؛]/.test(text) || INNER_STOP.test(text))) return true;
  if (len >= 60 && DISCOURSE.has(norm.split(' ')[0] ?? '')) return true;
  return len >= 200 && words >= 30;
}

function classify(text: string, norm: string, words: number, previous: Line | undefined): LineClass {
  if (text === '') return 'blank';
  const len = text.length;
  if (len <= 40 && READ_ALSO_ALONE.some((re) => re.test(norm))) return 'readAlso';
  if (len <= 40 && RELATED.some((re) => re.test(norm))) return 'related';
  if (TAGS.test(norm) || /^#\S+(\s+#\S+)+$/.test(text)) return 'tags';
  if (len <= 200 && COPYRIGHT.test(norm)) return 'copyright';
  if ((len <= 40 && FORM.test(norm)) || (len <= 300 && FORM_TERMS.test(norm)) || FORM_FIELD.test(text)) return 'form';
  if (len <= 60 && MASTHEAD.test(norm) && !TERMINAL.test(text)) return 'masthead';
  // The name under a bare staff role («رئيس التحرير» / «فاطمة مهران»).
  if (previous?.cls === 'masthead' && MASTHEAD.test(previous.norm) && previous.norm.replace(MASTHEAD, '').trim() === '' && len <= 40 && words <= 5 && !/[.،:؛]/.test(text))
    return 'masthead';
  if (len <= 160 && READ_ALSO_INLINE.test(norm)) return 'share';
  if (len <= 40 && SHARE.some((re) => re.test(norm))) return 'share';
  if (len <= 120 && (isSocialOnly(norm) || (SHARE_PREFIX.test(norm) && isSocialOnly(norm.replace(SHARE_PREFIX, ''))))) return 'share';
  if ((len <= 30 && SEARCH.test(norm)) || isMenuRow(text)) return 'menu';
  if (len <= 80 && SOURCE.test(norm)) return 'source';
  // A bullet that holds a full sentence («- قاعدة خراب الجير: تبقى القاعدة الوحيدة … .») is the story's own list.
  if ((BULLET.test(text) && !(words >= BULLET_SENTENCE_WORDS && TERMINAL.test(text))) || (text.match(TRUNCATION) ?? []).length >= 3) return 'list';
  return isProse(text, norm, words) ? 'prose' : 'short';
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let previous: Line | undefined;
  for (let start = 0; start < text.length; ) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl + 1;
    const raw = text.slice(start, nl === -1 ? text.length : nl);
    const trimmed = raw.trim();
    const norm = normalize(trimmed);
    const words = trimmed.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    const line: Line = { start, end, text: trimmed, norm, words, cls: 'blank' };
    line.cls = classify(trimmed, norm, words, previous);
    lines.push(line);
    if (line.cls !== 'blank') previous = line;
    start = end;
  }
  return lines;
}

/** Chains prose lines into runs (step 2). */
function findRuns(lines: Line[]): Run[] {
  const runs: Run[] = [];
  let current: Run | null = null;
  let gap = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.cls === 'blank') continue;
    if (line.cls === 'prose') {
      if (current && gap <= MAX_GAP) {
        current.last = i;
      } else {
        current = { first: i, last: i, proseChars: 0, proseLines: 0, intro: null };
        runs.push(current);
      }
      current.proseChars += line.text.length;
      current.proseLines += 1;
      gap = 0;
    } else if (HARD.has(line.cls)) {
      current = null;
    } else {
      gap += 1;
    }
  }
  for (const run of runs) run.intro = introducer(lines, run.first);
  return runs;
}

/** The read-also, related or comments marker just above line `first`, across at most a few short lines (step 3). */
function introducer(lines: Line[], first: number): Run['intro'] {
  let skipped = 0;
  for (let i = first - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.cls === 'blank') continue;
    if (line.cls === 'readAlso' || line.cls === 'related') return { kind: line.cls, line: i };
    if (line.cls === 'form' && COMMENTS.test(line.norm)) return { kind: 'comments', line: i };
    if (line.cls !== 'short' || ++skipped > MAX_INTRO_LINES) return null;
  }
  return null;
}

/** Non-blank lines strictly between two line indices, and whether any is a hard cue. */
function gapBetween(lines: Line[], from: number, to: number): { count: number; hard: boolean } {
  let count = 0;
  let hard = false;
  for (let i = from + 1; i < to; i++) {
    const cls = lines[i]!.cls;
    if (cls === 'blank') continue;
    count += 1;
    if (HARD.has(cls)) hard = true;
  }
  return { count, hard };
}

function isStory(run: Run): boolean {
  return run.proseLines >= MIN_APPENDED_PROSE_LINES || run.proseChars >= MIN_APPENDED_PROSE_CHARS;
}

/** Merges the neighbouring free runs that continue `runs[at]` across a small cue-free gap; returns [first, last] run indices. */
function mergeNeighbours(lines: Line[], runs: Run[], at: number, backwards: boolean, taken: Set<number>): [number, number] {
  let lo = at;
  let hi = at;
  const joins = (a: Run, b: Run) => {
    const gap = gapBetween(lines, a.last, b.first);
    return !gap.hard && gap.count <= MAX_MERGE_GAP;
  };
  while (hi + 1 < runs.length && !taken.has(hi + 1) && runs[hi + 1]!.intro === null && isStory(runs[hi + 1]!) && joins(runs[hi]!, runs[hi + 1]!)) hi++;
  while (backwards && lo > 0 && !taken.has(lo - 1) && runs[lo - 1]!.intro === null && isStory(runs[lo - 1]!) && joins(runs[lo - 1]!, runs[lo]!)) lo--;
  return [lo, hi];
}

/** The last line of a story ending at prose line `last`: at most two trailing short lines, or only credit lines before a list. */
function storyTail(lines: Line[], last: number): number {
  const trailing: number[] = [];
  for (let i = last + 1; i < lines.length; i++) {
    const cls = lines[i]!.cls;
    if (cls === 'blank') continue;
    if (cls !== 'short' && cls !== 'source') break;
    trailing.push(i);
  }
  if (trailing.length <= MAX_GAP) return trailing.at(-1) ?? last;
  let end = last;
  for (const i of trailing) {
    if (lines[i]!.cls !== 'source') break;
    end = i;
  }
  return end;
}

/** The first line of the story's header above prose line `first`: headline, dateline, byline (step 4). */
function storyHead(lines: Line[], first: number, floor: number): number {
  const taken: number[] = [];
  let chars = 0;
  let tiny = 0;
  for (let i = first - 1; i > floor; i--) {
    const line = lines[i]!;
    if (line.cls === 'blank') continue;
    if (line.cls !== 'short' && line.cls !== 'share' && line.cls !== 'source') break;
    if (taken.length >= MAX_HEADER_LINES || chars + line.text.length > MAX_HEADER_CHARS) break;
    tiny = line.words <= 3 ? tiny + 1 : 0;
    if (tiny >= MENU_RUN) {
      taken.splice(taken.length - (MENU_RUN - 1)); // the tiny lines taken so far belong to the menu
      break;
    }
    taken.push(i);
    chars += line.text.length;
  }
  // A share line at the very top of the header is not part of it.
  while (taken.length > 0 && lines[taken.at(-1)!]!.cls === 'share') taken.pop();
  return taken.at(-1) ?? first;
}

const LINE_RULES: Partial<Record<LineClass, string>> = {
  tags: 'share/tag line',
  share: 'share/tag line',
  copyright: 'copyright footer',
  form: 'comment form',
  masthead: 'masthead (staff credits)',
  menu: 'navigation menu / link row',
  list: 'headline list',
  prose: 'text outside the story',
};

/**
 * Cuts `text` into main, appended and furniture ranges that tile [0, text.length) in order, with
 * exactly one `main` and no two adjacent ranges of the same kind.
 *
 * The empty string gives `[]`: there is no character to classify, and a zero-length `main` would
 * be the only empty range the function could return. Any non-empty text has exactly one `main`;
 * a text with no sentence-like paragraph at all is returned whole as `main`.
 */
export function splitParts(text: string): PartRange[] {
  if (text.length === 0) return [];
  const lines = splitLines(text);
  const runs = findRuns(lines);
  const whole: PartRange[] = [{ kind: 'main', start: 0, end: text.length, rule: 'no sentence-like paragraphs found: the whole text' }];
  if (runs.length === 0) return whole;

  // Main: the free run with the most prose; failing that, any run.
  const score = (r: Run) => r.proseChars;
  const pick = (pool: number[]) => pool.reduce((best, i) => (score(runs[i]!) > score(runs[best]!) ? i : best), pool[0]!);
  const free = runs.map((_, i) => i).filter((i) => runs[i]!.intro === null);
  const mainRun = pick(free.length > 0 ? free : runs.map((_, i) => i));
  const taken = new Set<number>();
  const [mLo, mHi] = mergeNeighbours(lines, runs, mainRun, true, taken);
  for (let i = mLo; i <= mHi; i++) taken.add(i);

  // Per-line labels; unlabelled lines become furniture below.
  type Label = { kind: PartKind; rule: string };
  const labels: (Label | null)[] = lines.map(() => null);
  const label = (from: number, to: number, l: Label) => {
    for (let i = from; i <= to; i++) labels[i] = l;
  };

  const mainFirst = runs[mLo]!.first;
  const mainHead = storyHead(lines, mainFirst, runs[mLo - 1]?.last ?? -1);
  const mainTail = storyTail(lines, runs[mHi]!.last);
  const mainRule = ['main story: longest run of sentence-like paragraphs', mainHead < mainFirst ? 'with its headline/dateline lines' : '', mainTail > runs[mHi]!.last ? 'and trailing credit lines' : '']
    .filter(Boolean)
    .join(', ');
  label(mainHead, mainTail, { kind: 'main', rule: mainRule });

  // Appended stories: introduced by a read-also marker and long enough.
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    if (taken.has(r) || run.intro?.kind !== 'readAlso' || !isStory(run)) continue;
    const marker = run.intro.line;
    if (labels.slice(marker, run.first).some((l) => l !== null)) continue;
    const [, hi] = mergeNeighbours(lines, runs, r, false, taken);
    for (let i = r; i <= hi; i++) taken.add(i);
    const tail = storyTail(lines, runs[hi]!.last);
    if (labels.slice(marker, tail + 1).some((l) => l !== null)) continue;
    label(marker, tail, { kind: 'appended', rule: `read-also marker «${lines[marker]!.text}» followed by a title line and paragraphs` });
  }

  // Furniture: each remaining line by its own cue, or by the list section it sits in.
  let section: string | null = null;
  let mainSeen = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const existing = labels[i];
    if (existing) {
      section = null;
      if (existing.kind === 'main') mainSeen = true;
      continue;
    }
    if (line.cls === 'blank') continue;
    let rule: string;
    if (line.cls === 'readAlso') rule = section = `read-also list «${line.text}»`;
    else if (line.cls === 'related') rule = section = `related-headlines list «${line.text}»`;
    else if (line.cls === 'tags') rule = section = LINE_RULES.tags!;
    else if (line.cls === 'form' && COMMENTS.test(line.norm)) rule = section = 'reader comments';
    else if (HARD.has(line.cls)) {
      section = null;
      rule = LINE_RULES[line.cls]!;
    } else if (section) rule = section;
    else if (line.cls in LINE_RULES) rule = LINE_RULES[line.cls]!;
    else if (!mainSeen) rule = 'page header above the story';
    else rule = 'page furniture outside the story';
    labels[i] = { kind: 'furniture', rule };
  }

  // Blank lines go with the part above them (with the part below at the very top).
  let previous: Label | null = null;
  for (let i = 0; i < lines.length; i++) {
    if (labels[i]) previous = labels[i]!;
    else if (previous) labels[i] = previous;
  }
  const firstLabel = labels.find((l) => l !== null);
  if (!firstLabel) return whole;
  for (let i = 0; i < lines.length && !labels[i]; i++) labels[i] = firstLabel;

  // Lines to ranges: same-kind neighbours merge, their rules are listed once each.
  const out: (PartRange & { rules: string[] })[] = [];
  for (let i = 0; i < lines.length; i++) {
    const { kind, rule } = labels[i]!;
    const last = out.at(-1);
    if (last && last.kind === kind) {
      last.end = lines[i]!.end;
      if (!last.rules.includes(rule)) last.rules.push(rule);
    } else {
      out.push({ kind, start: lines[i]!.start, end: lines[i]!.end, rule, rules: [rule] });
    }
  }
  return out.map(({ kind, start, end, rules }) => ({ kind, start, end, rule: rules.join('; ') }));
}
