/**
 * The wording of synthetic articles in English, Chinese, Russian and Arabic: titles, the sentence
 * that frames a direct quote or a paraphrase, and the quotes themselves (filled with the name of
 * what the statement is about and a number, so quotes vary).
 */
import type { Random } from './random.ts';

export type ArticleLanguage = 'en' | 'zh' | 'ru' | 'ar';

/** Picks a language: mostly English, some Chinese, Russian and Arabic. */
export function pickLanguage(random: Random): ArticleLanguage {
  const draw = random.next();
  return draw < 0.8 ? 'en' : draw < 0.88 ? 'zh' : draw < 0.94 ? 'ru' : 'ar';
}

type Fill = (subject: string, n: number) => string;

const QUOTES: Record<ArticleLanguage, { direct: Fill[]; paraphrase: Fill[] }> = {
  en: {
    direct: [
      (s) => `The ${s} will hurt global supply chains, and we firmly oppose it`,
      (s) =>
        `We are closely following the ${s} and will take the measures necessary to protect our interests`,
      (s) => `The ${s} is a normal adjustment that complies with international practice`,
      (s, n) => `Our customers have about ${n} weeks of inventory, enough to ride out the ${s}`,
      (s, n) => `Prices could rise by ${n} percent within months because of the ${s}`,
      (s) => `The ${s} shows that dialogue is still possible if both sides respect each other`,
      (s, n) => `We expect the ${s} to affect about ${n} percent of our exports this year`,
      (s) => `Nobody wins from the ${s}; it only raises costs for consumers`,
    ],
    paraphrase: [
      (s) => `the ${s} would take effect sooner than expected`,
      (s, n) => `about ${n} companies had applied for licences under the ${s}`,
      (s) => `the ${s} was still under review and could change`,
      (s) => `officials had discussed the ${s} with industry representatives`,
    ],
  },
  zh: {
    direct: [
      (s) => `${s}将严重冲击全球产业链供应链，我们坚决反对`,
      (s) => `我们将密切关注${s}，并采取必要措施维护自身权益`,
      (s) => `${s}是符合国际通行做法的正常调整`,
      (s, n) => `受${s}影响，价格可能在数月内上涨${n}%`,
    ],
    paraphrase: [(s) => `${s}可能提前生效`, (s, n) => `已有约${n}家企业就${s}申请许可`],
  },
  ru: {
    direct: [
      (s) => `${s} нанесёт ущерб мировым цепочкам поставок, и мы против этого`,
      (s) => `Мы внимательно следим за ситуацией (${s}) и примем необходимые меры`,
      (s, n) => `Из-за этого (${s}) цены могут вырасти на ${n} процентов`,
    ],
    paraphrase: [
      (s) => `решение (${s}) может вступить в силу раньше срока`,
      (s, n) => `около ${n} компаний уже подали заявки на лицензии (${s})`,
    ],
  },
  ar: {
    direct: [
      (s) => `إن ${s} سيضر بسلاسل الإمداد العالمية ونحن نرفضه`,
      (s) => `نتابع عن كثب ${s} وسنتخذ الإجراءات اللازمة`,
      (s, n) => `قد ترتفع الأسعار بنسبة ${n} في المئة بسبب ${s}`,
    ],
    paraphrase: [
      (s) => `${s} قد يدخل حيز التنفيذ قريبا`,
      (s, n) => `نحو ${n} شركة تقدمت بطلبات ترخيص بموجب ${s}`,
    ],
  },
};

/** A quote about `subject` in `language`, direct or paraphrased. */
export function quoteText(
  language: ArticleLanguage,
  direct: boolean,
  subject: string,
  random: Random,
): string {
  const set = QUOTES[language];
  const fill = random.pick(direct ? set.direct : set.paraphrase);
  return fill(subject, random.int(3, 60));
}

/** The words around a quote: `before` + quote + `after`. `who` is the speaker as named in the text. */
export function quoteFrame(
  language: ArticleLanguage,
  direct: boolean,
  who: string,
  role: string | null,
  toOutlet: string | null,
): { before: string; after: string } {
  switch (language) {
    case 'zh':
      return direct
        ? { before: `${who}${toOutlet ? `对${toOutlet}` : ''}表示：“`, after: '。”' }
        : { before: `${who}称，`, after: '。' };
    case 'ru':
      return direct
        ? {
            before: `${who}${toOutlet ? ` сообщил изданию ${toOutlet}` : ' заявил'}: «`,
            after: '».',
          }
        : { before: `По словам ${who}, `, after: '.' };
    case 'ar':
      return direct
        ? { before: `وقال ${who}${toOutlet ? ` لـ${toOutlet}` : ''}: «`, after: '».' }
        : { before: `وأفاد ${who} بأن `, after: '.' };
    default: {
      const described = role ? `${who}, ${role},` : who[0]!.toUpperCase() + who.slice(1);
      return direct
        ? { before: `${described} ${toOutlet ? `told the ${toOutlet}` : 'said'}: “`, after: '.”' }
        : { before: `${described} said `, after: '.' };
    }
  }
}

/** The title of an article in which `who` speaks about `subject`. */
export function articleTitle(language: ArticleLanguage, who: string, subject: string): string {
  switch (language) {
    case 'zh':
      return `${who}谈${subject}`;
    case 'ru':
      return `${who}: ${subject}`;
    case 'ar':
      return `${who} يتحدث عن ${subject}`;
    default:
      return `${who[0]!.toUpperCase()}${who.slice(1)} on the ${subject}`;
  }
}

/** How unnamed sources are named in each language, by the index of the source. */
export const UNNAMED_WORDS: Record<Exclude<ArticleLanguage, 'en'>, readonly string[]> = {
  zh: ['知情人士', '不愿具名的官员', '知情人士', '业内人士'],
  ru: ['источники', 'чиновники', 'источники', 'отраслевые источники'],
  ar: ['مصادر مطلعة', 'مسؤولون', 'مصادر مطلعة', 'مصادر في القطاع'],
};
