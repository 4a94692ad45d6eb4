/**
 * The reference nodes of a synthetic graph as plain descriptors (id, kind, names, country, role):
 * countries, governments, agencies, associations, analyst firms, outlets, unnamed sources,
 * companies, business units, people and items. Index 0 of each list is its biggest hub (articles
 * pick them through Zipf samplers). Measures are in measures.ts.
 */
import type { NodeKind } from '@policygraph/model';
import {
  AGENCY_DOMAINS,
  COMPANY_FORMS,
  COMPANY_STEMS,
  COMPANY_TRADES,
  COUNTRIES,
  ITEM_BASES,
  OUTLET_PLACES,
  OUTLET_TITLES,
  REGIONS,
  localWord,
  personName,
  type CountryName,
  type Script,
  type Word,
} from './names.ts';
import { streamFor, ZipfSampler } from './random.ts';
import type { SyntheticPlan } from './sizes.ts';

/** One reference node: `local` is its name in its country's script (also among `aliases`). */
export interface EntityRef {
  id: string;
  kind: NodeKind;
  name: string;
  aliases: string[];
  local: string | null;
  country: CountryName;
  description: string;
}

/** A person with the one role they hold (`HOLDS_ROLE` to `orgId`). */
export interface PersonRef extends EntityRef {
  role: 'spokesperson' | 'reporter' | 'analyst' | 'executive';
  org: EntityRef;
}

/** An item; `parent` is what it is a KIND_OF, `maker` who makes or provides it. */
export interface ItemRef extends EntityRef {
  itemType: 'MATERIAL' | 'PRODUCT' | 'SERVICE';
  base: Word;
  parent: ItemRef | null;
  maker: EntityRef | null;
}

/** Every reference node of the graph, hubs first in each list. */
export interface Registry {
  countries: EntityRef[];
  governments: EntityRef[];
  agencies: EntityRef[];
  associations: EntityRef[];
  analystFirms: EntityRef[];
  outlets: EntityRef[];
  unnamedSources: EntityRef[];
  companies: EntityRef[];
  businessUnits: (EntityRef & { parent: EntityRef })[];
  persons: PersonRef[];
  items: ItemRef[];
  /** Reporters of each outlet, by outlet id. */
  reportersByOutlet: Map<string, PersonRef[]>;
}

const UNNAMED = [
  'people familiar with the matter',
  'officials who asked not to be named',
  'a person briefed on the discussions',
  'industry sources',
];

const aliasesOf = (...names: (string | null | undefined)[]): string[] => [
  ...new Set(names.filter((name): name is string => !!name)),
];

/** Builds the registry of `plan` under `seed`: the same inputs give the same registry. */
export function buildRegistry(seed: number, plan: SyntheticPlan): Registry {
  const countries: EntityRef[] = COUNTRIES.slice(0, plan.countries).map((country) => ({
    id: `syn-country-${country.code.toLowerCase()}`,
    kind: 'COUNTRY_OR_BLOC',
    name: country.name,
    local: country.local,
    aliases: aliasesOf(country.local, country.code),
    country,
    description:
      country.code === 'EU' ? 'A bloc of European states.' : `The country ${country.name}.`,
  }));
  const governments: EntityRef[] = COUNTRIES.slice(0, plan.countries).map((country) => {
    const local = governmentLocal(country);
    return {
      id: `syn-gov-${country.code.toLowerCase()}`,
      kind: 'GOVERNMENT',
      name: `Government of ${country.name}`,
      local,
      aliases: aliasesOf(local),
      country,
      description: `The national government of ${country.name}.`,
    };
  });
  const agencies = Array.from({ length: plan.agencies }, (_, i): EntityRef => {
    const country = COUNTRIES[i % COUNTRIES.length]!;
    const domain = AGENCY_DOMAINS[Math.floor(i / COUNTRIES.length) % AGENCY_DOMAINS.length]!;
    const round = Math.floor(i / (COUNTRIES.length * AGENCY_DOMAINS.length));
    const region = round > 0 ? REGIONS[(round - 1) % REGIONS.length]! : null;
    const office = round > REGIONS.length ? ` No. ${Math.ceil(round / REGIONS.length)}` : '';
    const name = region
      ? `${country.name} ${domain.latin}, ${region.latin} Office${office}`
      : `${country.name} ${domain.latin}`;
    const localDomain = localWord(domain, country.script);
    const local =
      localDomain && region
        ? `${localWord(region, country.script)}${localDomain}${office}`
        : localDomain;
    const acronym = `${country.code}-${domain.latin.replace(/[^A-Z]/g, '')}${region ? `-${region.latin[0]}${office.replace(/\D/g, '')}` : ''}`;
    return {
      id: `syn-agency-${i}`,
      kind: 'AGENCY',
      name,
      local,
      aliases: aliasesOf(local, acronym),
      country,
      description: `${domain.latin} of ${country.name}${region ? `, ${region.latin.toLowerCase()} office` : ''}.`,
    };
  });
  const pickCountry = new ZipfSampler(COUNTRIES.length, 1.1);
  const companyName = (i: number) => {
    const stem = COMPANY_STEMS[i % COMPANY_STEMS.length]!;
    const trade = COMPANY_TRADES[Math.floor(i / COMPANY_STEMS.length) % COMPANY_TRADES.length]!;
    const form = COMPANY_FORMS[Math.floor(i / 112) % COMPANY_FORMS.length]!;
    const second = Math.floor(i / 896) % (COMPANY_STEMS.length + 1);
    const joined = second > 0 ? `${stem.latin}-${COMPANY_STEMS[second - 1]!.latin}` : stem.latin;
    const round = Math.floor(i / (896 * (COMPANY_STEMS.length + 1)));
    return {
      stem,
      trade,
      short: `${joined} ${trade.latin}${round > 0 ? ` ${round + 1}` : ''}`,
      form,
    };
  };
  const companies = Array.from({ length: plan.companies }, (_, i): EntityRef => {
    const country = COUNTRIES[pickCountry.sample(streamFor(seed, 'company-country', i))]!;
    const { stem, trade, short, form } = companyName(i);
    const localStem = localWord(stem, country.script);
    const local = localStem
      ? `${localStem}${country.script === 'han' || country.script === 'kana' ? '' : ' '}${localWord(trade, country.script)}`
      : null;
    return {
      id: `syn-company-${i}`,
      kind: 'COMPANY',
      name: `${short} ${form}`,
      local,
      aliases: aliasesOf(short, local),
      country,
      description: `A ${trade.latin.toLowerCase()} company based in ${country.name}.`,
    };
  });
  const businessUnits = Array.from({ length: plan.businessUnits }, (_, i) => {
    const parent = companies[i % companies.length]!;
    const trade = COMPANY_TRADES[(i + 1) % COMPANY_TRADES.length]!;
    const short = parent.aliases[0] ?? parent.name;
    const name = `${short} ${trade.latin} Division${i >= companies.length ? ` ${Math.floor(i / companies.length) + 1}` : ''}`;
    return {
      id: `syn-unit-${i}`,
      kind: 'BUSINESS_UNIT' as const,
      name,
      local: null,
      aliases: [],
      country: parent.country,
      parent,
      description: `The ${trade.latin.toLowerCase()} business of ${parent.name}.`,
    };
  });
  const outlets = Array.from({ length: plan.outlets }, (_, i): EntityRef => {
    const country = COUNTRIES[pickCountry.sample(streamFor(seed, 'outlet-country', i))]!;
    const place = OUTLET_PLACES[i % OUTLET_PLACES.length]!;
    const title = OUTLET_TITLES[Math.floor(i / OUTLET_PLACES.length) % OUTLET_TITLES.length]!;
    const round = Math.floor(i / (OUTLET_PLACES.length * OUTLET_TITLES.length));
    const name = `${round > 0 ? `${country.name} ` : ''}${place.latin} ${title.latin}${round > COUNTRIES.length ? ` ${round}` : ''}`;
    const localPlace = localWord(place, country.script);
    const local = localPlace
      ? `${localPlace}${country.script === 'han' || country.script === 'kana' ? '' : ' '}${localWord(title, country.script)}`
      : null;
    return {
      id: `syn-outlet-${i}`,
      kind: 'MEDIA_OUTLET',
      name,
      local,
      aliases: aliasesOf(local),
      country,
      description: `A news outlet in ${country.name}.`,
    };
  });
  const associations = Array.from({ length: plan.associations }, (_, i): EntityRef => {
    const country = COUNTRIES[i % COUNTRIES.length]!;
    const trade = COMPANY_TRADES[Math.floor(i / COUNTRIES.length) % COMPANY_TRADES.length]!;
    const round = Math.floor(i / (COUNTRIES.length * COMPANY_TRADES.length));
    return {
      id: `syn-association-${i}`,
      kind: 'INDUSTRY_ASSOCIATION',
      name: `${country.name} ${trade.latin} Industry Association${round > 0 ? ` ${round + 1}` : ''}`,
      local: null,
      aliases: [],
      country,
      description: `Companies of the ${trade.latin.toLowerCase()} industry in ${country.name}.`,
    };
  });
  const analystFirms = Array.from({ length: plan.analystFirms }, (_, i): EntityRef => {
    const country = COUNTRIES[pickCountry.sample(streamFor(seed, 'analyst-country', i))]!;
    const stem = COMPANY_STEMS[i % COMPANY_STEMS.length]!;
    const round = Math.floor(i / COMPANY_STEMS.length);
    return {
      id: `syn-analyst-${i}`,
      kind: 'ANALYST_FIRM',
      name: `${stem.latin} Research${round > 0 ? ` ${round + 1}` : ''}`,
      local: null,
      aliases: [],
      country,
      description: `A market research firm in ${country.name}.`,
    };
  });
  const unnamedSources = UNNAMED.slice(0, plan.unnamedSources).map((name, i): EntityRef => ({
    id: `syn-unnamed-${i}`,
    kind: 'UNNAMED_SOURCE',
    name: name[0]!.toUpperCase() + name.slice(1),
    local: null,
    aliases: [name],
    country: COUNTRIES[0]!,
    description: `Sources described as "${name}".`,
  }));
  const persons = buildPersons(seed, plan, { agencies, outlets, analystFirms, companies });
  const reportersByOutlet = new Map<string, PersonRef[]>();
  for (const person of persons) {
    if (person.role !== 'reporter') continue;
    const list = reportersByOutlet.get(person.org.id);
    if (list) list.push(person);
    else reportersByOutlet.set(person.org.id, [person]);
  }
  return {
    countries,
    governments,
    agencies,
    associations,
    analystFirms,
    outlets,
    unnamedSources,
    companies,
    businessUnits,
    persons,
    items: buildItems(seed, plan, companies),
    reportersByOutlet,
  };
}

function governmentLocal(country: CountryName): string | null {
  if (!country.local) return null;
  switch (country.script) {
    case 'han':
    case 'kana':
      return `${country.local}政府`;
    case 'hangul':
      return `${country.local} 정부`;
    case 'cyrillic':
      return `Правительство (${country.local})`;
    case 'arabic':
      return `حكومة ${country.local}`;
    default:
      return null;
  }
}

function buildPersons(
  seed: number,
  plan: SyntheticPlan,
  orgs: {
    agencies: EntityRef[];
    outlets: EntityRef[];
    analystFirms: EntityRef[];
    companies: EntityRef[];
  },
): PersonRef[] {
  const pickOutlet = new ZipfSampler(orgs.outlets.length, 0.8);
  const pickCompany = new ZipfSampler(orgs.companies.length, 0.8);
  return Array.from({ length: plan.persons }, (_, i): PersonRef => {
    const random = streamFor(seed, 'person', i);
    let role: PersonRef['role'];
    let org: EntityRef;
    if (i < orgs.agencies.length) [role, org] = ['spokesperson', orgs.agencies[i]!];
    else {
      const draw = random.next();
      if (draw < 0.4) [role, org] = ['reporter', orgs.outlets[pickOutlet.sample(random)]!];
      else if (draw < 0.6) [role, org] = ['analyst', random.pick(orgs.analystFirms)];
      else [role, org] = ['executive', orgs.companies[pickCompany.sample(random)]!];
    }
    const script: Script = org.country.script;
    const { name, local } = personName(script, random);
    return {
      id: `syn-person-${i}`,
      kind: 'PERSON',
      name,
      local,
      aliases: aliasesOf(local),
      country: org.country,
      role,
      org,
      description: `${role[0]!.toUpperCase()}${role.slice(1)} at ${org.name}.`,
    };
  });
}

function buildItems(seed: number, plan: SyntheticPlan, companies: EntityRef[]): ItemRef[] {
  const types = ['MATERIAL', 'PRODUCT', 'MATERIAL', 'SERVICE', 'PRODUCT'] as const;
  const pickCompany = new ZipfSampler(companies.length, 0.9);
  const firstOfBase = new Map<string, ItemRef>();
  return Array.from({ length: plan.items }, (_, i): ItemRef => {
    const random = streamFor(seed, 'item', i);
    const itemType = types[i % types.length]!;
    const bases = ITEM_BASES[itemType];
    const base = bases[Math.floor(i / types.length) % bases.length]!;
    const parent = firstOfBase.get(base.latin) ?? null;
    const code = `${base.latin.slice(0, 2).toUpperCase()}-${100 + Math.floor(i / types.length)}`;
    const name = parent ? `${base.latin} ${code}` : base.latin;
    const maker = itemType === 'MATERIAL' ? null : companies[pickCompany.sample(random)]!;
    const local = parent ? null : base.han;
    const item: ItemRef = {
      id: `syn-item-${i}`,
      kind: 'ITEM',
      name,
      local,
      aliases: parent ? [code] : aliasesOf(base.han, base.cyrillic, base.arabic),
      country: maker?.country ?? COUNTRIES[0]!,
      itemType,
      base,
      parent,
      maker,
      description: parent
        ? `A grade of ${base.latin}.`
        : `${base.latin[0]!.toUpperCase()}${base.latin.slice(1)}, a ${itemType.toLowerCase()}.`,
    };
    if (!parent) firstOfBase.set(base.latin, item);
    return item;
  });
}
