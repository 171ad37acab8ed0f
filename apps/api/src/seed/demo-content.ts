import { CbsReference } from './cbs-reference';

/**
 * The demo tenants of product.md §4: the six cities and eleven wijken of the Platform31 study
 * *Wijk in zicht* (2020), for the seeder.
 *
 * What is real and what is invented:
 * - Real: gemeente codes, the mapping of each wijk to CBS units of the 2024 indeling (exactly as in
 *   data/cbs/doelwijken_cbs_codes_2024.csv) and population figures, which come from CBS Kerncijfers
 *   wijken en buurten 2024 and are only filled in for a wijk that is exactly one CBS wijk.
 * - Invented for the demo: people, e-mail addresses, theme colours (not the cities' house styles),
 *   organisation-unit descriptions and the "role in the city" texts, which say so at their end.
 *   Housing corporations and welfare organisations have generic names, not those of real ones.
 */

export interface DemoOrgUnit {
  key: string;
  name: string;
  kind: 'department' | 'partner';
  description: string;
}

export interface DemoUser {
  key: string;
  email: string;
  name: string;
  role: 'admin' | 'planner' | 'contributor' | 'viewer';
  orgUnitKeys: string[];
}

export interface DemoWijk {
  name: string;
  cbsUnits: { code: string; year: number }[];
  population: number | null;
  populationYear: number | null;
  populationSource: string | null;
  roleInCity: string;
}

export interface DemoTenant {
  name: string;
  slug: string;
  cbsCode: string;
  theme: { primaryColor: string; primaryColorText: string };
  orgUnits: DemoOrgUnit[];
  users: DemoUser[];
  wijken: DemoWijk[];
}

export const DEMO_PASSWORD_DEFAULT = 'Wijkkompas-demo-2026';

/** Year of the CBS indeling the demo wijken are mapped to, and of the population figures. */
export const DEMO_CBS_YEAR = 2024;
export const KWB_2024_POPULATION_SOURCE = 'CBS Kerncijfers wijken en buurten 2024 (tabel 85984NED)';
export const DEMO_TEXT_MARKER = '(Voorbeeldtekst, verzonnen voor de demo.)';
/** Domain of the demo e-mail addresses: `<role>@<slug>.demo.wijkkompas.nl`. */
export const DEMO_EMAIL_DOMAIN = 'demo.wijkkompas.nl';

/**
 * A demo person who works for two gemeenten (a regional consultant): one account, a membership with a role
 * in each. Invented for the demo.
 */
export const DEMO_CONSULTANT = {
  email: `adviseur@${DEMO_EMAIL_DOMAIN}`,
  name: 'Noor Bakker (adviseur, voorbeeld)',
  memberships: [
    { slug: 'nijmegen', role: 'planner' },
    { slug: 'den-haag', role: 'viewer' },
  ],
} as const satisfies { email: string; name: string; memberships: readonly { slug: string; role: DemoUser['role'] }[] };

interface WijkSpec {
  name: string;
  /** CBS codes of the 2024 indeling, as in data/cbs/doelwijken_cbs_codes_2024.csv. */
  codes: string[];
  /**
   * The same area in earlier CBS indelingen, for the indicator figures of those years (SOURCES.md: Den Haag's
   * codes are the same 2016–2024, Rotterdam's buurten 2014–2024; Zuiderzeewijk was WK099511 in 2016).
   */
  earlier?: { code: string; years: number[] }[];
  /** Narrative without the closing marker, which is appended. */
  role: string;
}

interface TenantSpec {
  name: string;
  slug: string;
  cbsCode: string;
  primaryColor: string;
  /** Regional unit of the national police and the regional GGD serving this gemeente. */
  politie: string;
  ggd: string;
  /** Invented names for admin, planner, contributor (trekker) and viewer (raadslid). */
  people: [string, string, string, string];
  wijken: WijkSpec[];
}

const TENANTS: TenantSpec[] = [
  {
    name: 'Gemeente Den Haag',
    slug: 'den-haag',
    cbsCode: 'GM0518',
    primaryColor: '#1b5e20',
    politie: 'Politie, eenheid Den Haag',
    ggd: 'GGD Haaglanden',
    people: ['Sanne de Vries', 'Youssef El Idrissi', 'Ingrid Verbeek', 'Peter van Leeuwen'],
    wijken: [
      {
        name: 'Moerwijk',
        codes: ['WK051836'],
        earlier: [{ code: 'WK051836', years: [2016, 2019, 2020, 2021] }],
        role:
          'Moerwijk is een wijk uit de jaren na de oorlog in stadsdeel Escamp, in het zuidwesten van Den Haag. ' +
          'Er staan veel betaalbare huurwoningen. Voor veel Hagenaars is Moerwijk daardoor de eerste plek waar ze zelfstandig wonen. ' +
          'De wijk hoort bij de aanpak van Den Haag Zuidwest, waarin de gemeente en haar partners samenwerken aan wonen, werk en veiligheid.',
      },
      {
        name: 'Morgenstond',
        codes: ['WK051834'],
        earlier: [{ code: 'WK051834', years: [2016, 2019, 2020, 2021] }],
        role:
          'Morgenstond ligt in stadsdeel Escamp, naast Moerwijk. De wijk heeft veel groen en veel flats uit de jaren vijftig en zestig. ' +
          'Er wonen veel ouderen die er al lang wonen, en er komen jonge gezinnen bij. ' +
          'In de stad is Morgenstond een betaalbare woonwijk met winkels en voorzieningen dichtbij.',
      },
    ],
  },
  {
    name: 'Gemeente Groningen',
    slug: 'groningen',
    cbsCode: 'GM0014',
    primaryColor: '#8a1538',
    politie: 'Politie, eenheid Noord-Nederland',
    ggd: 'GGD Groningen',
    people: ['Marieke Hoekstra', 'Jelle Dijkstra', 'Fatma Yilmaz', 'Henk Wiersma'],
    wijken: [
      {
        name: 'Oosterparkwijk',
        codes: ['WK001404'],
        earlier: [{ code: 'WK001404', years: [2016] }],
        role:
          'De Oosterparkwijk is een oude arbeiderswijk aan de oostkant van de binnenstad van Groningen. ' +
          'Een groot deel van de wijk is de afgelopen jaren vernieuwd. Door de ligging dicht bij het centrum komen er ook studenten en starters wonen. ' +
          'De opgave is dat de wijk betaalbaar blijft voor de mensen die er al lang wonen.',
      },
      {
        name: 'Vinkhuizen',
        codes: ['BU00140900', 'BU00140901'],
        role:
          'Vinkhuizen ligt aan de westkant van Groningen en is gebouwd in de jaren zestig en zeventig. ' +
          'Het CBS kent geen wijk Vinkhuizen: in Wijkkompas bestaat Vinkhuizen uit de twee CBS-buurten Vinkhuizen-Noord (BU00140900) ' +
          'en Vinkhuizen-Zuid (BU00140901), allebei in de CBS-wijk Nieuw-West. ' +
          'De wijk heeft veel flats met betaalbare huurwoningen en is belangrijk voor mensen die snel een woning nodig hebben.',
      },
    ],
  },
  {
    name: 'Gemeente Lelystad',
    slug: 'lelystad',
    cbsCode: 'GM0995',
    primaryColor: '#00507d',
    politie: 'Politie, eenheid Midden-Nederland',
    ggd: 'GGD Flevoland',
    people: ['Esther Kok', 'Ricardo Martis', 'Anouk Visser', 'Bert Hendriks'],
    wijken: [
      {
        name: 'Jol',
        codes: ['BU09950633'],
        role:
          'Jol is een van de eerste woonbuurten van Lelystad, gebouwd in de jaren zeventig. ' +
          'In de CBS-indeling is Jol een buurt in de wijk Kustwijk. ' +
          'De buurt heeft veel eengezinswoningen met een huur die past bij een laag inkomen, en is zo een plek voor gezinnen die net in de stad komen wonen.',
      },
      {
        name: 'Zuiderzeewijk',
        codes: ['WK099501'],
        earlier: [{ code: 'WK099511', years: [2016] }],
        role:
          'De Zuiderzeewijk is een van de oudste wijken van Lelystad en ligt dicht bij het centrum. ' +
          'Een deel van de wijk is gesloopt en opnieuw gebouwd, zodat er nu koopwoningen en huurwoningen naast elkaar staan. ' +
          'Zo moet de wijk een plek worden waar bewoners kunnen blijven wonen als hun inkomen stijgt.',
      },
    ],
  },
  {
    name: 'Gemeente Nijmegen',
    slug: 'nijmegen',
    cbsCode: 'GM0268',
    primaryColor: '#b0151e',
    politie: 'Politie, eenheid Oost-Nederland',
    ggd: 'GGD Gelderland-Zuid',
    people: ['Lotte Janssen', 'Bram Willems', 'Naima Bouzid', 'Joost van den Berg'],
    wijken: [
      {
        name: 'Meijhorst',
        codes: ['BU02680733'],
        role:
          'Meijhorst is een buurt in Dukenburg, in het zuidwesten van Nijmegen, gebouwd in de jaren zeventig. ' +
          'De buurt heeft veel hoogbouw en veel groen, met aparte paden voor fietsers en voetgangers. ' +
          'Voor de stad is Meijhorst een plek met betaalbare woningen voor grote gezinnen en nieuwkomers.',
      },
      {
        name: 'Willemskwartier',
        codes: ['BU02680510'],
        role:
          'Het Willemskwartier is geen CBS-wijk of CBS-buurt. Daarom gebruikt Wijkkompas de CBS-buurt Nije Veld (BU02680510) in Nijmegen-Midden. ' +
          'Volgens de gemeente Nijmegen is het Willemskwartier het grootste deel van Nije Veld; ook de Landbouwbuurt en de Muntenbuurt horen daarbij. ' +
          'Het is een oude arbeiderswijk dicht bij het centrum, waar een deel van de woningen is vernieuwd.',
      },
    ],
  },
  {
    name: 'Gemeente Rotterdam',
    slug: 'rotterdam',
    cbsCode: 'GM0599',
    primaryColor: '#1d3c6e',
    politie: 'Politie, eenheid Rotterdam',
    ggd: 'GGD Rotterdam-Rijnmond',
    people: ['Priya Ramdin', 'Dennis Koster', 'Aylin Demir', 'Kees Verhoeven'],
    wijken: [
      {
        name: 'Afrikaanderwijk',
        codes: ['BU05991086'],
        earlier: [{ code: 'BU05991086', years: [2014, 2015, 2016, 2017, 2018] }],
        role:
          'De Afrikaanderwijk ligt op Rotterdam-Zuid; in de CBS-indeling is het een buurt in de wijk Feijenoord. ' +
          'Het is een wijk van voor de oorlog, met de Afrikaandermarkt en het Afrikaanderpark. ' +
          'Voor veel nieuwe Rotterdammers is de wijk de eerste plek waar ze wonen. De wijk hoort bij het Nationaal Programma Rotterdam Zuid.',
      },
      {
        name: 'Tarwewijk',
        codes: ['BU05991571'],
        earlier: [{ code: 'BU05991571', years: [2014, 2015, 2016, 2017, 2018] }],
        role:
          'De Tarwewijk ligt in Charlois op Rotterdam-Zuid; in de CBS-indeling is het een buurt in de wijk Charlois. ' +
          'Er staan veel oude woningen, vaak van particuliere verhuurders. ' +
          'De wijk hoort bij het Nationaal Programma Rotterdam Zuid, dat wil dat bewoners van Zuid dezelfde kansen krijgen als andere Rotterdammers.',
      },
    ],
  },
  {
    name: 'Gemeente Zoetermeer',
    slug: 'zoetermeer',
    cbsCode: 'GM0637',
    primaryColor: '#5b2a86',
    politie: 'Politie, eenheid Den Haag',
    ggd: 'GGD Haaglanden',
    people: ['Monique van Dijk', 'Sander Mulder', 'Linda Smit', 'Ahmed Benali'],
    wijken: [
      {
        name: 'Palenstein',
        codes: ['BU06370003'],
        role:
          'Palenstein is een buurt in Zoetermeer, vlak bij het Stadshart; in de CBS-indeling hoort de buurt bij de wijk Centrum. ' +
          'De buurt is gebouwd in de jaren zeventig, met veel flats. Een deel van de flats is gesloopt en vervangen door nieuwe woningen. ' +
          'Palenstein moet een buurt blijven waar mensen met een laag inkomen en mensen met een middeninkomen samen wonen.',
      },
    ],
  },
];

function orgUnits(spec: TenantSpec): DemoOrgUnit[] {
  const department = (key: string, name: string, description: string): DemoOrgUnit => ({ key, name, kind: 'department', description });
  const partner = (key: string, name: string, description: string): DemoOrgUnit => ({ key, name, kind: 'partner', description });
  return [
    department('wonen', 'Wonen', 'Afdeling Wonen: woningbouw, renovatie en afspraken met woningcorporaties.'),
    department('sociaal-domein', 'Sociaal Domein', 'Afdeling Sociaal Domein: wijkteams, zorg, jeugd en welzijn.'),
    department('openbare-ruimte', 'Openbare Ruimte', 'Afdeling Openbare Ruimte: straten, groen, spelen en schoonhouden.'),
    department('veiligheid', 'Veiligheid', 'Afdeling Openbare Orde en Veiligheid: overlast, ondermijning en wijkveiligheid.'),
    department('werk-en-inkomen', 'Werk en Inkomen', 'Afdeling Werk en Inkomen: bijstand, schuldhulp en begeleiding naar werk.'),
    department('onderwijs', 'Onderwijs', 'Afdeling Onderwijs: scholen, kinderopvang en voorschoolse educatie.'),
    partner(
      'woningcorporatie',
      'Woningcorporatie (voorbeeld)',
      'Woningcorporatie met veel huurwoningen in de wijken. Naam verzonnen voor de demo.',
    ),
    partner('politie', spec.politie, 'Wijkagenten en het basisteam van de politie in de wijk.'),
    partner('ggd', spec.ggd, 'Publieke gezondheid: jeugdgezondheidszorg, preventie en gezondheidsonderzoek.'),
    partner('welzijn', 'Welzijnsorganisatie (voorbeeld)', 'Opbouwwerk, buurthuizen en vrijwilligerswerk. Naam verzonnen voor de demo.'),
  ];
}

function users(spec: TenantSpec): DemoUser[] {
  const [admin, planner, trekker, raadslid] = spec.people;
  const user = (key: string, name: string, role: DemoUser['role'], orgUnitKeys: string[]): DemoUser => ({
    key,
    email: `${key}@${spec.slug}.${DEMO_EMAIL_DOMAIN}`,
    name,
    role,
    orgUnitKeys,
  });
  return [
    user('beheerder', admin, 'admin', []),
    user('planner', planner, 'planner', []),
    user('trekker', trekker, 'contributor', ['sociaal-domein', 'wonen']),
    user('raadslid', raadslid, 'viewer', []),
  ];
}

function wijk(spec: WijkSpec, ref: CbsReference): DemoWijk {
  for (const code of spec.codes) {
    if (!ref.exists(code, DEMO_CBS_YEAR)) {
      throw new Error(`Demo wijk ${spec.name}: CBS code ${code} is unknown for ${DEMO_CBS_YEAR}.`);
    }
  }
  // A real figure exists only when the wijk is exactly one CBS wijk (the KWB extract has no buurten).
  const [only, ...more] = spec.codes;
  const population = only !== undefined && !more.length && only.startsWith('WK') ? ref.inwonersKwb(only, DEMO_CBS_YEAR) : null;
  return {
    name: spec.name,
    cbsUnits: [
      ...spec.codes.map((code) => ({ code, year: DEMO_CBS_YEAR })),
      ...(spec.earlier ?? []).flatMap((e) => e.years.map((year) => ({ code: e.code, year }))),
    ],
    population,
    populationYear: population === null ? null : DEMO_CBS_YEAR,
    populationSource: population === null ? null : KWB_2024_POPULATION_SOURCE,
    roleInCity: `${spec.role} ${DEMO_TEXT_MARKER}`,
  };
}

/** The six demo tenants. Throws when a CBS code of a demo wijk is not known to `ref` for 2024. */
export function buildDemoContent(ref: CbsReference): DemoTenant[] {
  return TENANTS.map((spec) => ({
    name: spec.name,
    slug: spec.slug,
    cbsCode: spec.cbsCode,
    theme: { primaryColor: spec.primaryColor, primaryColorText: '#ffffff' },
    orgUnits: orgUnits(spec),
    users: users(spec),
    wijken: spec.wijken.map((w) => wijk(w, ref)),
  }));
}
