/**
 * The six building blocks (bouwstenen) and the three pillars of the social offensive (B4)
 * from the Platform31 study "Wijk in zicht" (2020). Codes are stable; labels and guidance are translatable.
 * Guidance questions are written for Wijkkompas (not quoted from the study).
 */
export const BLOCK_CODES = ['B1', 'B2', 'B3', 'B4', 'B5', 'B6'] as const;
export type BlockCode = (typeof BLOCK_CODES)[number];

export const PILLAR_CODES = ['P1', 'P2', 'P3'] as const;
export type PillarCode = (typeof PILLAR_CODES)[number];

/** The block whose goals also carry a pillar. */
export const PILLAR_BLOCK: BlockCode = 'B4';

export interface Localised {
  nl: string;
  en: string;
}

export interface BuildingBlock {
  code: BlockCode;
  /** Short label for headings and table columns. */
  short: Localised;
  /** The study's wording, shortened. */
  label: Localised;
  /** What a plan writes under this block. */
  explanation: Localised;
  /** Three to five questions that help a planner write this part of the plan. */
  guidance: Localised[];
}

export interface Pillar {
  code: PillarCode;
  label: Localised;
  explanation: Localised;
  /** Where the idea comes from. */
  origin: string;
  guidance: Localised[];
}

export const BUILDING_BLOCKS: readonly BuildingBlock[] = [
  {
    code: 'B1',
    short: { nl: 'Visie en basis op orde', en: 'Vision and base level' },
    label: {
      nl: 'Basisniveau van leefbaarheid: lange-termijnvisie en samenhangende aanpak',
      en: 'Base level of livability: long-term vision and a coherent approach',
    },
    explanation: {
      nl: 'De visie voor de komende 15 tot 20 jaar en wat de wijk altijd minimaal krijgt: schoon, heel en veilig.',
      en: 'The vision for the next 15 to 20 years and what the wijk is always guaranteed: clean, maintained and safe.',
    },
    guidance: [
      {
        nl: 'Hoe ziet de wijk eruit over 15 tot 20 jaar, als de aanpak slaagt?',
        en: 'What does the wijk look like in 15 to 20 years if the approach succeeds?',
      },
      {
        nl: 'Welk basisniveau van schoon, heel en veilig garandeert de gemeente, ook als er bezuinigd wordt?',
        en: 'Which base level of clean, maintained and safe does the gemeente guarantee, also when budgets are cut?',
      },
      {
        nl: 'Hoe houden gemeente en partners de aanpak vol, ook na een wisseling van college of wethouder?',
        en: 'How do the gemeente and its partners sustain the approach, also after a change of council or alderman?',
      },
      {
        nl: 'Wie houdt de samenhang tussen de afdelingen en partners in de gaten?',
        en: 'Who keeps the departments and partners working as one?',
      },
    ],
  },
  {
    code: 'B2',
    short: { nl: 'Perspectief voor bewoners', en: 'Perspective for residents' },
    label: {
      nl: 'Toekomstperspectief voor bewoners, beleid op menselijke maat',
      en: 'A future for residents, policy on a human scale',
    },
    explanation: {
      nl: 'Beleid dat uitgaat van de mensen in de wijk: perspectief bieden en hulp die past bij het huishouden.',
      en: 'Policy that starts from the people in the wijk: offering perspective and help that fits the household.',
    },
    guidance: [
      {
        nl: 'Welke groepen bewoners hebben nu weinig perspectief, en waarom?',
        en: 'Which groups of residents have little perspective now, and why?',
      },
      {
        nl: 'Hoe krijgen huishoudens met meerdere problemen één plan en één vast aanspreekpunt?',
        en: 'How do households with several problems get one plan and one contact person?',
      },
      {
        nl: 'Waar mogen professionals afwijken van regels om een bewoner echt te helpen?',
        en: 'Where may professionals depart from the rules to really help a resident?',
      },
      {
        nl: 'Hoe merkt een bewoner over vijf jaar dat er iets veranderd is?',
        en: 'How will a resident notice in five years that something has changed?',
      },
    ],
  },
  {
    code: 'B3',
    short: { nl: 'Fysieke investeringen', en: 'Physical investments' },
    label: {
      nl: 'Fysieke investeringen dragen hieraan bij',
      en: 'Physical investments contribute to this',
    },
    explanation: {
      nl: 'Woningen, openbare ruimte en voorzieningen, beoordeeld op wat ze opleveren voor de bewoners.',
      en: 'Housing, public space and facilities, judged by what they bring the residents.',
    },
    guidance: [
      {
        nl: 'Welke woningen worden gebouwd, gerenoveerd of gesloopt, en voor wie?',
        en: 'Which homes are built, renovated or demolished, and for whom?',
      },
      {
        nl: 'Hoe helpt de investering de huidige bewoners, en niet alleen nieuwe bewoners?',
        en: 'How does the investment help the current residents, not only newcomers?',
      },
      {
        nl: 'Welke voorzieningen (school, buurthuis, groen, winkels) mist de wijk?',
        en: 'Which facilities (school, community centre, green space, shops) does the wijk lack?',
      },
      {
        nl: 'Hoe zorgen woningcorporaties en gemeente samen voor een betere mix van woningen?',
        en: 'How do housing corporations and the gemeente together improve the mix of homes?',
      },
    ],
  },
  {
    code: 'B4',
    short: { nl: 'Sociaal offensief', en: 'Social offensive' },
    label: {
      nl: 'Sociaal offensief met drie pijlers',
      en: 'Social offensive with three pillars',
    },
    explanation: {
      nl: 'Een stevige sociale aanpak langs drie pijlers: sociale basis, sociale stijging en sociale herovering.',
      en: 'A strong social approach along three pillars: social base, social mobility and social reconquest.',
    },
    guidance: [
      {
        nl: 'Hoe verhouden de drie pijlers zich in deze wijk: waar ligt nu het zwaartepunt?',
        en: 'How do the three pillars relate in this wijk: where is the emphasis now?',
      },
      {
        nl: 'Welke partners (welzijn, onderwijs, politie, zorg) dragen elke pijler?',
        en: 'Which partners (welfare, education, police, care) carry each pillar?',
      },
      {
        nl: 'Hoe voorkomt u dat losse projecten elkaar in de weg zitten?',
        en: "How do you prevent separate projects from getting in each other's way?",
      },
    ],
  },
  {
    code: 'B5',
    short: { nl: 'Rol in de stad', en: 'Role in the city' },
    label: {
      nl: 'Meerschalig perspectief: de rol van de wijk in de stad',
      en: 'A multi-scale perspective: the role of the wijk in the city',
    },
    explanation: {
      nl: "De plaats van de wijk in stad en regio, en de koppeling met stedelijke programma's.",
      en: 'The place of the wijk in the city and region, and the link with city-wide programmes.',
    },
    guidance: [
      {
        nl: "Van welke stedelijke programma's is deze wijk afhankelijk?",
        en: 'Which city-wide programmes does this wijk depend on?',
      },
      {
        nl: 'Welke rol speelt de wijk op de woningmarkt van stad en regio?',
        en: "What is the wijk's role in the housing market of the city and region?",
      },
      {
        nl: 'Welke besluiten buiten de wijk (toewijzing van woningen, zorg, onderwijs) raken de wijk het meest?',
        en: 'Which decisions outside the wijk (housing allocation, care, education) affect it most?',
      },
      {
        nl: 'Waarvoor komen mensen van buiten naar deze wijk, of juist niet?',
        en: 'What brings people from elsewhere to this wijk, or keeps them away?',
      },
    ],
  },
  {
    code: 'B6',
    short: { nl: 'Vertrouwen van bewoners', en: "Residents' trust" },
    label: {
      nl: 'Aansluiten bij de leefwereld, investeren in vertrouwen van bewoners',
      en: "Connecting with residents' lives, investing in their trust",
    },
    explanation: {
      nl: 'Meedoen, communicatie en het vertrouwen van bewoners in gemeente en partners.',
      en: "Participation, communication and residents' trust in the gemeente and its partners.",
    },
    guidance: [
      {
        nl: 'Hoe denken bewoners nu over de gemeente en de partners, en waar komt dat door?',
        en: 'What do residents think of the gemeente and its partners now, and why?',
      },
      {
        nl: 'Hoe praten bewoners mee over dit plan, ook wie niet naar een avond komt?',
        en: 'How do residents have a say in this plan, including those who do not come to a meeting?',
      },
      {
        nl: 'Welke beloften doet de gemeente, en hoe laat zij zien dat zij die nakomt?',
        en: 'Which promises does the gemeente make, and how does it show it keeps them?',
      },
      {
        nl: 'Wie is het vaste gezicht van de aanpak in de wijk?',
        en: 'Who is the familiar face of the approach in the wijk?',
      },
    ],
  },
];

export const PILLARS: readonly Pillar[] = [
  {
    code: 'P1',
    label: { nl: 'Sociale basis', en: 'Social base' },
    explanation: {
      nl: 'Vrij toegankelijke activiteiten en voorzieningen, formeel en informeel, waar mensen elkaar ontmoeten, steunen, zich ontwikkelen en ontspannen.',
      en: 'Freely accessible activities and facilities, formal and informal, where people meet, support each other, develop and relax.',
    },
    origin: 'Movisie',
    guidance: [
      {
        nl: 'Waar ontmoeten bewoners elkaar nu, en wat ontbreekt?',
        en: 'Where do residents meet now, and what is missing?',
      },
      {
        nl: 'Welke bewonersinitiatieven en vrijwilligers kunnen steun gebruiken?',
        en: 'Which resident initiatives and volunteers could use support?',
      },
      {
        nl: 'Hoe vinden kwetsbare bewoners de weg naar deze voorzieningen?',
        en: 'How do vulnerable residents find their way to these facilities?',
      },
    ],
  },
  {
    code: 'P2',
    label: { nl: 'Sociale stijging', en: 'Social mobility' },
    explanation: {
      nl: 'Investeren in vooruitkomen van bewoners via onderwijs, werk, wonen en vrije tijd, en stijgers aan de wijk binden.',
      en: 'Investing in residents getting ahead through education, work, housing and leisure, and keeping those who rise bound to the wijk.',
    },
    origin: 'VROM-raad, Stad en stijging (2006)',
    guidance: [
      {
        nl: 'Hoe krijgen kinderen en jongeren hier dezelfde kansen als elders in de stad?',
        en: 'How do children and young people here get the same chances as elsewhere in the city?',
      },
      {
        nl: 'Welke route naar werk of een betere baan bieden gemeente en werkgevers?',
        en: 'Which route to work or a better job do the gemeente and employers offer?',
      },
      {
        nl: 'Welke woningen houden bewoners die vooruitkomen in de wijk?',
        en: 'Which homes keep residents who get ahead in the wijk?',
      },
    ],
  },
  {
    code: 'P3',
    label: { nl: 'Sociale herovering', en: 'Social reconquest' },
    explanation: {
      nl: 'Een grote, gezamenlijke inzet van alle partijen om veiligheid, leefbaarheid en de sociale positie van bewoners te herstellen.',
      en: "A massive, joint effort by all parties to restore safety, livability and residents' social position.",
    },
    origin: 'WRR, Sociale herovering (2005)',
    guidance: [
      {
        nl: 'Welke plekken of problemen (ondermijning, overlast, verloedering) vragen nu om een harde aanpak?',
        en: 'Which places or problems (organised crime, nuisance, decay) call for a firm approach now?',
      },
      {
        nl: 'Hoe werken politie, corporaties, zorg en gemeente samen achter de voordeur?',
        en: 'How do police, housing corporations, care and the gemeente work together behind the front door?',
      },
      {
        nl: 'Hoe houdt u de winst vast als de extra inzet stopt?',
        en: 'How do you keep the gains once the extra effort stops?',
      },
    ],
  },
];

export function blockOf(code: BlockCode): BuildingBlock {
  const found = BUILDING_BLOCKS.find((b) => b.code === code);
  if (!found) throw new Error(`Unknown building block ${code}`);
  return found;
}

export function pillarOf(code: PillarCode): Pillar {
  const found = PILLARS.find((p) => p.code === code);
  if (!found) throw new Error(`Unknown pillar ${code}`);
  return found;
}

export const isBlockCode = (v: unknown): v is BlockCode => typeof v === 'string' && (BLOCK_CODES as readonly string[]).includes(v);
export const isPillarCode = (v: unknown): v is PillarCode => typeof v === 'string' && (PILLAR_CODES as readonly string[]).includes(v);
