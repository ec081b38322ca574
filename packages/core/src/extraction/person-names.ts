import { keyOf } from './keyed-tokens.js';

/**
 * Plausibility of unknown words read as a person's name, and the shape of Central Asian / Turkic names.
 *
 * The chunker reads a run of unknown words next to a title as a name («کامران یگانه شهردار یزد»).
 * Common nouns of the genre stand in the same place («با صدور حکم شهردار مشهد», «سکان هدایت ...»,
 * «مقر دبیرکل ...»): a run holding one of them is no name. Central Asian names («اولوغ‌بیک رسولاف»,
 * «عبدالله جان نظراف», «گلنار محمداوا») start with words the given-name list rarely has; their
 * patronymic endings («-اف/-اوف/-یف», «-اوا/-یوا») and the «جان» part mark them as names.
 */

/**
 * Nouns (verbal nouns, offices, places, documents) and the adverbs that stand between a name and its title
 * («محمد دومان همچنان دبیرکل …», «… که به اتفاق آرا دبیرکل شد», «برای دومین بار پیاپی نایب رئیس») that never
 * belong to a person's name.
 */
const NOT_NAME_WORDS = new Set(
  `صدور حکم حکمی احکام ابلاغ ابلاغیه سکان سکاندار هدایت ریاست مدیریت عهده برعهده مسئولیت مقر مقرر دبیرخانه نشست جلسه پیام نامه
  سخنرانی حضور دعوت سفر بازدید استقبال همراهی نظر پیشنهاد درخواست معرفی انتخاب انتصاب تایید تأیید دستور اعلام گزارش روابط امور
  بخش حوزه ستاد دفتر مرکز کمیته کارگروه رسانه برنامه طرح پروژه جایگاه پست منصب کرسی عضویت موافقت مخالفت تصویب تصمیم
  قرار اجرای اجرا پیگیری حمایت دیدگاه سخنان سخن اظهارات نماینده نمایندگی هیئت هیات سرپرست سرپرستی کسب تصدی عزل استعفای استعفا
  حکم‌ انتقال تودیع معارفه آیین مراسم سالروز افتتاح افتتاحیه اختتامیه بیانیه اطلاعیه مصاحبه گفتگو گفت‌وگو تماس تلفنی مکاتبه
  اتفاق آرا آراء ترکیب پیاپی متوالی همچنان همواره هنوز اکنون هم‌اکنون همچنین`
    .split(/\s+/)
    .filter(Boolean)
    .map(keyOf),
);

/** True when none of the words (match keys) is a common noun that cannot be part of a name. */
export function plausibleNameKeys(keys: readonly string[]): boolean {
  for (const k of keys) if (notNameKey(k)) return false;
  return true;
}

/** True when the word (a match key) is a noun or adverb that cannot be part of a name (one word of `plausibleNameKeys`). */
export function notNameKey(key: string): boolean {
  return NOT_NAME_WORDS.has(key);
}

/** Patronymic endings of Central Asian / Turkic / Slavic surnames (-ov, -ev, -ova, -eva). */
const PATRONYMIC = /^.{2,}(اف|وف|یف|ئف|اوا|یوا|ووا)$/;

/** True when a word (match key) has a patronymic surname ending. */
export function patronymicKey(key: string): boolean {
  return PATRONYMIC.test(key);
}

/** Name parts of Central Asian compound names («عبدالله جان», «نورجان», «بیک»). */
const NAME_PARTS = new Set(['جان', 'بیک', 'بیگ', 'خواجه', 'بای', 'بیگم'].map(keyOf));

/** True when the word (match key) is a name part that joins the given name before it («عبدالله جان»). */
export function namePartKey(key: string): boolean {
  return NAME_PARTS.has(key);
}
