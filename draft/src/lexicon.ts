/**
 * Word lists the rules share: titles, organisation heads and suffixes with the kind they imply,
 * reporting verbs, words that start sentences. First names come from compromise's lexicon (about
 * 3,000 given names shipped inside the npm package); country names from i18n-iso-countries.
 */
import nlp from 'compromise/two';
import type { ActorKind } from '@policygraph/model';

/** Lower-case given names from compromise's lexicon (MaleName, FemaleName, FirstName). */
export const FIRST_NAMES: ReadonlySet<string> = (() => {
  const world = (
    nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string> } } } }
  ).world();
  const names = new Set<string>();
  for (const [word, tag] of Object.entries(world.model.one.lexicon)) {
    if (tag === 'MaleName' || tag === 'FemaleName' || tag === 'FirstName') names.add(word);
  }
  return names;
})();

/**
 * Well-known organisations from compromise's lexicon (about 360: companies, agencies, outlets,
 * international bodies), lower-case name → kind: COMPANY, or ORGANIZATION for acronyms.
 */
export const ORG_LEXICON: ReadonlyMap<string, ActorKind> = (() => {
  const world = (
    nlp as unknown as { world(): { model: { one: { lexicon: Record<string, string> } } } }
  ).world();
  const orgs = new Map<string, ActorKind>();
  for (const [word, tag] of Object.entries(world.model.one.lexicon)) {
    if (!/Organization/.test(tag) || /Abbreviation/.test(tag) || word.length < 3) continue;
    orgs.set(
      word,
      /^[a-z]{2,5}$/.test(word) && !/[aeiou]/.test(word.slice(1)) ? 'ORGANIZATION' : 'COMPANY',
    );
  }
  return orgs;
})();

/**
 * National institutions named by a common word or two rather than an organisation's suffix: a
 * legislature, a head of government's office, a defence headquarters, by the name news texts use.
 */
export const INSTITUTIONS: ReadonlyMap<string, ActorKind> = new Map<string, ActorKind>([
  ['Congress', 'GOVERNMENT'],
  ['Parliament', 'GOVERNMENT'],
  ['State Council', 'GOVERNMENT'],
  ['White House', 'AGENCY'],
  ['Pentagon', 'AGENCY'],
  ['Kremlin', 'GOVERNMENT'],
  ['Downing Street', 'GOVERNMENT'],
  ['Élysée', 'GOVERNMENT'],
]);

/** Plural nouns that end a heading after a name (`Department of Commerce Updates`). */
export const HEADING_NOUNS = new Set([
  'Updates',
  'Actions',
  'Announcements',
  'Efforts',
  'Highlights',
  'Resources',
  'Background',
]);

/** Titles that may stand before a person's name, longest first (`Vice President` before `President`). */
export const TITLES = [
  'International Vice President',
  'International President',
  'Executive Vice President',
  'Senior Vice President',
  'Vice President',
  'Press Secretary',
  'Deputy Press Secretary',
  'Deputy Secretary',
  'Under Secretary',
  'Assistant Secretary',
  'Secretary General',
  'Secretary-General',
  'Deputy Director',
  'Executive Director',
  'Managing Director',
  'Prime Minister',
  'Foreign Minister',
  'Vice Premier',
  'Vice Chair',
  'Chief Executive',
  'Majority Leader',
  'Minority Leader',
  'Ranking Member',
  'Chairman',
  'Chairwoman',
  'Chair',
  'Co-Chair',
  'President',
  'Secretary',
  'Ambassador',
  'Senator',
  'Sen.',
  'Representative',
  'Rep.',
  'Congressman',
  'Congresswoman',
  'Governor',
  'Gov.',
  'Mayor',
  'Minister',
  'Premier',
  'Director',
  'Commissioner',
  'Administrator',
  'Spokesperson',
  'Spokesman',
  'Spokeswoman',
  'General',
  'Admiral',
  'Leader',
  'Speaker',
  'Founder',
  'CEO',
  'Mr.',
  'Mrs.',
  'Ms.',
  'Dr.',
  'MR.',
  'MS.',
  'MRS.',
  'DR.',
];

/** Role nouns written in lower case before or after a name (`spokesperson Mao Ning`, `director-general of`). */
export const ROLE_NOUNS =
  /(?:spokesperson|spokesman|spokeswoman|director-general|director general|director|president|vice president|chairman|chairwoman|chair|secretary|minister|ambassador|chief executive|CEO|founder|head|analyst|researcher|professor|economist|official|adviser|advisor|executive|editor|reporter|correspondent|senator|representative|governor|mayor|commissioner|administrator|counsel|partner|fellow)/;

/** The last word of an organisation's name and the kind it implies. */
export const ORG_SUFFIXES: ReadonlyMap<string, ActorKind> = new Map<string, ActorKind>([
  ...(
    [
      'Co.',
      'Ltd.',
      'Ltd',
      'Limited',
      'FZE',
      'FZCO',
      'Sti.',
      'Inc.',
      'Inc',
      'Corporation',
      'Corp.',
      'Company',
      'Group',
      'Technologies',
      'Technology',
      'Holdings',
      'LLC',
      'PLC',
      'plc',
      'GmbH',
      'AG',
      'SA',
      'Industries',
      'Motors',
      'Semiconductor',
      'Electronics',
      'Systems',
      'Energy',
      'Steel',
      'Aluminum',
      'Aluminium',
      'Metals',
      'Materials',
      'Chemicals',
      'Pharmaceuticals',
      'Solar',
      'Bank',
    ] as const
  ).map((w) => [w, 'COMPANY'] as [string, ActorKind]),
  ...(
    [
      'Department',
      'Ministry',
      'Bureau',
      'Agency',
      'Office',
      'Commission',
      'Administration',
      'Service',
      'Treasury',
      'Army',
      'Navy',
      'Police',
      'Authority',
      'Authorities',
      'Directorate',
      'Customs',
    ] as const
  ).map((w) => [w, 'AGENCY'] as [string, ActorKind]),
  ...(
    [
      'Association',
      'Alliance',
      'Federation',
      'Chamber',
      'Council',
      'Coalition',
      'Union',
      'Institute',
      'Foundation',
      'Society',
      'Forum',
      'Network',
      'Workers',
      'Party',
      'Committee',
      'Caucus',
      'Center',
      'Centre',
      'Organization',
      'Organisation',
      'Club',
      'Partnership',
      'League',
      'Federation',
    ] as const
  ).map((w) => [w, 'ORGANIZATION'] as [string, ActorKind]),
  ...(
    [
      'Times',
      'Journal',
      'Post',
      'News',
      'Daily',
      'Herald',
      'Tribune',
      'Gazette',
      'Reuters',
      'Bloomberg',
      'Xinhua',
      'Television',
      'Broadcasting',
      'Press',
    ] as const
  ).map((w) => [w, 'MEDIA_OUTLET'] as [string, ActorKind]),
]);

/** The first word(s) of an organisation's name written as `<head> of <X>`, and its kind. */
export const ORG_HEADS: ReadonlyMap<string, ActorKind> = new Map<string, ActorKind>([
  ['Department of', 'AGENCY'],
  ['Ministry of', 'AGENCY'],
  ['Office of', 'AGENCY'],
  ['Bureau of', 'AGENCY'],
  ['Agency for', 'AGENCY'],
  ['Commission on', 'AGENCY'],
  ['Committee on', 'ORGANIZATION'],
  ['Association of', 'ORGANIZATION'],
  ['Federation of', 'ORGANIZATION'],
  ['Institute of', 'ORGANIZATION'],
  ['Institute for', 'ORGANIZATION'],
  ['Alliance for', 'ORGANIZATION'],
  ['Alliance of', 'ORGANIZATION'],
  ['Coalition for', 'ORGANIZATION'],
  ['Coalition of', 'ORGANIZATION'],
  ['Center for', 'ORGANIZATION'],
  ['Center on', 'ORGANIZATION'],
  ['Centre for', 'ORGANIZATION'],
  ['Council for', 'ORGANIZATION'],
  ['Association for', 'ORGANIZATION'],
  ['Foundation for', 'ORGANIZATION'],
  ['Committee for', 'ORGANIZATION'],
  ['Partnership for', 'ORGANIZATION'],
  ['Union of', 'ORGANIZATION'],
  ['Council on', 'ORGANIZATION'],
  ['Council of', 'ORGANIZATION'],
  ['Government of', 'GOVERNMENT'],
]);

/** Verbs that report speech or a position, in the forms a news text uses. */
export const REPORTING_VERBS =
  'said|says|say|told|tells|stated|states|stressed|stresses|emphasized|emphasised|emphasizes|noted|notes|added|adds|reiterated|reiterates|raised|raises|underscored|underscores|highlighted|highlights|warned|warns|urged|urges|argued|argues|explained|explains|announced|announces|commented|comments|remarked|expressed|expresses|welcomed|welcomes|reaffirmed|reaffirms|affirmed|agreed|agree|agrees|acknowledged|acknowledges|called|calls|pointed|points|reflected|spoke|speaks|discussed|discusses|reviewed|encouraged|praised|praises|applauded|applauds|criticized|criticised|condemned|insisted|insists|claimed|claims|believes|believe|expected|expects|estimated|estimates|predicted|predicts|suggested|suggests|asserted|declared|confirmed|confirms|vowed|pledged|promised|reported|reports|wrote|writes|tweeted|posted|recalled|observed|replied|responded|answered|asked|mentioned|indicated|conveyed|shared|outlined|made clear|cautioned|thanked|committed';

/** Capitalised words that start a sentence but are not names. */
export const SENTENCE_STARTERS = new Set(
  'The A An This That These Those Today Yesterday On In At As But And Or Also After Before Under While When Where Why How What Who If Since Such Both Each Every Many Most Some Other Another Its It Their Our We They He She I You Then There Here Meanwhile However Moreover Beginning From For With Without By To Of Now Last Next Earlier Later So Yet Still Even Only Just Not No Yes Thank Thanks Well Look Okay OK Let Please Any All More Further Additionally Specifically Finally First Second Third Together Through Following Over Against Among Between During Instead Indeed Though Although Because Whether Once Given New Former Senior Current Recent Several One Two Three Mr Ms'.split(
    ' ',
  ),
);

/** The actor kinds that are organisations of some sort (what a role is held in, what links among itself). */
export const ORGANISATION_KINDS: ReadonlySet<string> = new Set<ActorKind>([
  'AGENCY',
  'GOVERNMENT',
  'COMPANY',
  'ORGANIZATION',
  'MEDIA_OUTLET',
  'INDUSTRY_ASSOCIATION',
  'ANALYST_FIRM',
  'BUSINESS_UNIT',
]);
