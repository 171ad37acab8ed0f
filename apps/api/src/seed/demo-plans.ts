import type { BlockCode, PillarCode, Quarter } from '@wk/contracts';
import { DEMO_TEXT_MARKER } from './demo-content';

/**
 * Demo wijkplannen: one plan per demo wijk of product.md §4, structured by the six building blocks and,
 * under B4, the three pillars of the Platform31 study *Wijk in zicht* (2020).
 *
 * Everything here is invented for the demo: visions, sections, goals, actions, budgets, milestones,
 * adoption dates and decision references. Only the general character of each wijk (where it lies, when
 * it was built, which city-wide programme it belongs to) follows what is publicly known. Figures in
 * targets are the plan's own ambitions and say so ("eigen ambitie"); they are never statistics.
 * Vision and section texts end with DEMO_TEXT_MARKER. Organisation units are referred to by the stable
 * keys of demo-content.ts; no real persons, housing corporations or welfare organisations are named.
 */

export interface DemoAction {
  title: string;
  description: string;
  /** Org-unit key of the trekker. */
  lead: string;
  /** Org-unit keys of the contributing units, without the lead. */
  contributing: string[];
  start: { year: number; quarter: Quarter };
  end: { year: number; quarter: Quarter };
  /** Planned budget per year, in integer euro cents, only for years the action runs. */
  budget: { year: number; amountCents: number }[];
  milestones: { title: string; /** yyyy-mm-dd */ dueDate: string; done: boolean }[];
}

export interface DemoGoal {
  block: BlockCode;
  /** Set exactly when block is B4. */
  pillar: PillarCode | null;
  statement: string;
  target: string | null;
  actions: DemoAction[];
}

export interface DemoPlan {
  /** Exact name of the demo wijk in demo-content.ts. */
  wijk: string;
  title: string;
  startYear: number;
  endYear: number;
  vision: string;
  sections: Record<BlockCode, string>;
  status: 'draft' | 'in_review' | 'adopted';
  /** yyyy-mm-dd, only when adopted. */
  adoptedOn: string | null;
  decisionReference: string | null;
  goals: DemoGoal[];
}

type DemoBudgetLine = DemoAction['budget'][number];
type DemoMilestone = DemoAction['milestones'][number];

/** Narrative text of the plan, labelled as invented. */
const text = (s: string): string => `${s} ${DEMO_TEXT_MARKER}`;

const q = (year: number, quarter: Quarter): { year: number; quarter: Quarter } => ({ year, quarter });

/** The same amount (in whole euros) for every year from `from` to `to`, inclusive. */
function perYear(from: number, to: number, euros: number): DemoBudgetLine[] {
  const lines: DemoBudgetLine[] = [];
  for (let year = from; year <= to; year++) lines.push({ year, amountCents: euros * 100 });
  return lines;
}

/** Explicit amounts per year, in whole euros: `[[2025, 150_000], [2026, 600_000]]`. */
const lines = (entries: [number, number][]): DemoBudgetLine[] => entries.map(([year, euros]) => ({ year, amountCents: euros * 100 }));

const ms = (title: string, dueDate: string, done = false): DemoMilestone => ({ title, dueDate, done });

// ---------------------------------------------------------------------------------------------------
// Den Haag
// ---------------------------------------------------------------------------------------------------

const MOERWIJK: DemoPlan = {
  wijk: 'Moerwijk',
  title: 'Wijkplan Moerwijk 2024–2040: samen vooruit in Zuidwest',
  startYear: 2024,
  endYear: 2040,
  vision: text(
    'In 2040 is Moerwijk een wijk waar bewoners graag blijven wonen, ook als hun inkomen stijgt. ' +
      'Kinderen groeien op in een veilige en groene omgeving en halen hun diploma. ' +
      'De gemeente en haar partners werken als één team en houden dat vol, ook als de aandacht in de stad verschuift.',
  ),
  sections: {
    B1: text(
      'De gemeente belooft een vast basisniveau: straten en portieken zijn schoon, kapotte dingen worden snel gemaakt en er is elke dag toezicht. ' +
        'Dit niveau blijft staan, ook als er bezuinigd moet worden. ' +
        'Eén wijkregisseur houdt de samenhang tussen afdelingen en partners in de gaten.',
    ),
    B2: text(
      'Veel huishoudens in Moerwijk hebben geldzorgen, gezondheidsproblemen of allebei. ' +
        'Zij krijgen één vast aanspreekpunt en één plan voor het hele huishouden. ' +
        'Professionals mogen afwijken van regels als dat een bewoner echt helpt.',
    ),
    B3: text(
      'De woningcorporatie vernieuwt de portiekflats en isoleert ze beter, zodat de energierekening omlaag gaat. ' +
        'Bij nieuwbouw komen er ook grotere woningen en woningen voor middeninkomens, zodat bewoners die vooruitkomen kunnen blijven. ' +
        'De randen van het Zuiderpark en de pleinen worden beter bruikbaar voor kinderen en ouderen.',
    ),
    B4: text(
      'Het sociale offensief rust op drie pijlers. De sociale basis krijgt meer ruimte doordat buurthuizen langer open zijn. ' +
        'Voor sociale stijging werken scholen, werkgevers en gemeente samen aan een doorlopende route naar werk. ' +
        'Bij sociale herovering pakken politie, gemeente en corporatie samen overlast en ondermijning aan.',
    ),
    B5: text(
      'Moerwijk hoort bij de aanpak van Den Haag Zuidwest. ' +
        'Veel besluiten die de wijk raken, vallen buiten de wijk: over de toewijzing van woningen, over zorg en over onderwijs. ' +
        'Daarom stemt dit plan af met het stedelijke woonbeleid en met het programma voor Zuidwest. ' +
        'Station Moerwijk en het Zuiderpark verbinden de wijk met de rest van de stad.',
    ),
    B6: text(
      'Veel bewoners hebben weinig vertrouwen in de gemeente, omdat eerdere plannen niet werden afgemaakt. ' +
        'Daarom doen wij weinig beloften, en houden wij ons daaraan. ' +
        'Elk jaar laten wij in de wijk zien wat er is gedaan en wat niet. ' +
        'Bewoners praten mee via een wijkpanel en via gesprekken op straat, niet alleen via avonden.',
    ),
  },
  status: 'adopted',
  adoptedOn: '2024-04-11',
  decisionReference: 'Raadsvoorstel 2024/062 (verzonnen)',
  goals: [
    {
      block: 'B1',
      pillar: null,
      statement: 'Moerwijk is elke dag schoon, heel en veilig.',
      target: 'In 2030 geven bewoners de schoonheid van hun straat gemiddeld een 7 (eigen ambitie).',
      actions: [
        {
          title: 'Vast schoonmaakteam Moerwijk',
          description:
            'Een vast team veegt de straten, haalt zwerfafval en grofvuil weg en spreekt bewoners aan. Bewoners kennen de medewerkers bij naam.',
          lead: 'openbare-ruimte',
          contributing: ['woningcorporatie', 'welzijn'],
          start: q(2024, 2),
          end: q(2031, 4),
          budget: perYear(2024, 2031, 420_000),
          milestones: [
            ms('Team van acht medewerkers aan de slag', '2024-09-30', true),
            ms('Eerste evaluatie met bewoners', '2025-12-15', true),
            ms('Tweede evaluatie met bewoners', '2028-12-15'),
          ],
        },
        {
          title: 'Wijkregisseur Moerwijk',
          description:
            'Eén wijkregisseur brengt afdelingen en partners bij elkaar, bewaakt de afspraken uit dit plan en is het aanspreekpunt voor de raad.',
          lead: 'sociaal-domein',
          contributing: ['openbare-ruimte', 'veiligheid'],
          start: q(2024, 1),
          end: q(2027, 4),
          budget: perYear(2024, 2027, 110_000),
          milestones: [ms('Wijkregisseur benoemd', '2024-03-31', true), ms('Eerste jaarverslag over de samenwerking', '2025-03-31', true)],
        },
      ],
    },
    {
      block: 'B2',
      pillar: null,
      statement: 'Huishoudens met meerdere problemen krijgen één plan en één vast aanspreekpunt.',
      target: 'Vanaf 2027 heeft elk aangemeld huishouden binnen vier weken één plan (eigen ambitie).',
      actions: [
        {
          title: 'Eén huishouden, één plan',
          description:
            'Wijkteam, schuldhulp, GGD en corporatie maken samen met het huishouden één plan. Eén hulpverlener houdt de regie en blijft betrokken tot het plan klaar is.',
          lead: 'sociaal-domein',
          contributing: ['werk-en-inkomen', 'ggd', 'woningcorporatie'],
          start: q(2024, 3),
          end: q(2029, 4),
          budget: perYear(2024, 2029, 350_000),
          milestones: [ms('Werkwijze vastgesteld met partners', '2024-12-31', true), ms('Honderd huishoudens met één plan', '2026-06-30', true)],
        },
        {
          title: 'Doorbraakbudget voor professionals',
          description:
            'Hulpverleners kunnen snel een kleine rekening betalen of een regel opzij zetten als dat een grotere crisis voorkomt. Zij leggen achteraf uit waarom.',
          lead: 'werk-en-inkomen',
          contributing: ['sociaal-domein'],
          start: q(2025, 1),
          end: q(2028, 4),
          budget: perYear(2025, 2028, 75_000),
          milestones: [ms('Regeling doorbraakbudget vastgesteld', '2025-03-31', true)],
        },
      ],
    },
    {
      block: 'B3',
      pillar: null,
      statement: 'De portiekflats zijn vernieuwd, goed geïsoleerd en betaalbaar.',
      target: 'In 2035 zijn alle portiekflats van de corporatie gerenoveerd (eigen ambitie).',
      actions: [
        {
          title: 'Renovatie portiekflats, eerste fase',
          description:
            'De corporatie renoveert de eerste blokken portiekflats: nieuwe kozijnen, isolatie en een opgeknapt trappenhuis. De gemeente betaalt mee aan de buitenruimte rond de blokken.',
          lead: 'woningcorporatie',
          contributing: ['wonen'],
          start: q(2025, 1),
          end: q(2031, 4),
          budget: perYear(2025, 2031, 800_000),
          milestones: [ms('Bewoners van de eerste blokken akkoord', '2025-09-30', true), ms('Eerste 300 woningen klaar', '2028-12-31')],
        },
        {
          title: 'Woningen voor stijgers en grote gezinnen',
          description:
            'Op plekken waar nieuw gebouwd wordt, komen ook grotere woningen en woningen in de middenhuur. Zo kunnen gezinnen die groeien of meer gaan verdienen in Moerwijk blijven.',
          lead: 'wonen',
          contributing: ['woningcorporatie'],
          start: q(2026, 1),
          end: q(2033, 4),
          budget: lines([
            [2026, 150_000],
            [2027, 250_000],
            [2028, 250_000],
          ]),
          milestones: [ms('Bouwlocaties gekozen', '2026-12-31')],
        },
      ],
    },
    {
      block: 'B3',
      pillar: null,
      statement: 'Het Zuiderpark en de speelplekken zijn veilig en goed te gebruiken voor alle leeftijden.',
      target: null,
      actions: [
        {
          title: 'Ingangen van het Zuiderpark aan de kant van Moerwijk',
          description:
            'De ingangen van het park worden lichter en overzichtelijker, met bankjes, speelplekken en een goede looproute vanuit de wijk.',
          lead: 'openbare-ruimte',
          contributing: ['veiligheid', 'welzijn'],
          start: q(2025, 2),
          end: q(2027, 4),
          budget: lines([
            [2025, 200_000],
            [2026, 650_000],
            [2027, 400_000],
          ]),
          milestones: [ms('Ontwerp samen met bewoners', '2025-11-30', true), ms('Aanleg klaar', '2027-10-31')],
        },
      ],
    },
    {
      block: 'B4',
      pillar: 'P1',
      statement: 'Bewoners hebben in elke buurt van Moerwijk een open plek om elkaar te ontmoeten.',
      target: 'In 2028 zijn twee buurthuizen ook \'s avonds en in het weekend open (eigen ambitie).',
      actions: [
        {
          title: 'Buurthuizen langer open',
          description:
            'De buurthuizen gaan ook \'s avonds en op zaterdag open. Vrijwilligers uit de wijk krijgen een vergoeding en begeleiding van de welzijnsorganisatie.',
          lead: 'welzijn',
          contributing: ['sociaal-domein'],
          start: q(2024, 3),
          end: q(2030, 4),
          budget: perYear(2024, 2030, 180_000),
          milestones: [ms('Nieuwe openingstijden in het eerste buurthuis', '2025-01-31', true)],
        },
        {
          title: 'Fonds voor bewonersinitiatieven',
          description: 'Bewoners kunnen snel en zonder veel papierwerk geld aanvragen voor een buurtfeest, een moestuin of een cursus.',
          lead: 'sociaal-domein',
          contributing: ['welzijn'],
          start: q(2024, 2),
          end: q(2031, 4),
          budget: perYear(2024, 2031, 60_000),
          milestones: [],
        },
      ],
    },
    {
      block: 'B4',
      pillar: 'P2',
      statement: 'Kinderen en jongeren uit Moerwijk halen een diploma en vinden werk.',
      target: 'In 2035 verlaat geen jongere uit de wijk school zonder diploma of een plan voor werk (eigen ambitie).',
      actions: [
        {
          title: 'Verlengde schooldag op de basisscholen',
          description:
            'Kinderen krijgen na schooltijd extra les in taal en rekenen, en maken kennis met sport, muziek en techniek.',
          lead: 'onderwijs',
          contributing: ['welzijn'],
          start: q(2024, 3),
          end: q(2031, 2),
          budget: perYear(2024, 2031, 450_000),
          milestones: [ms('Drie scholen doen mee', '2024-09-01', true), ms('Evaluatie met ouders en leerkrachten', '2027-06-30')],
        },
        {
          title: 'Werkroute Zuidwest',
          description:
            'Jongeren en werkzoekenden volgen een route van opleiding naar een vaste baan, met een coach en afspraken met werkgevers in de regio.',
          lead: 'werk-en-inkomen',
          contributing: ['onderwijs', 'welzijn'],
          start: q(2025, 1),
          end: q(2030, 4),
          budget: perYear(2025, 2030, 300_000),
          milestones: [ms('Afspraken met tien werkgevers', '2025-12-31', true)],
        },
      ],
    },
    {
      block: 'B4',
      pillar: 'P3',
      statement: 'Overlast en ondermijning in Moerwijk nemen duidelijk af.',
      target: 'In 2030 voelt 70% van de bewoners zich veilig in de eigen buurt (eigen ambitie).',
      actions: [
        {
          title: 'Gezamenlijke controles op adressen met signalen',
          description:
            'Gemeente, politie, corporatie en uitkeringsinstantie controleren samen adressen waar signalen zijn van woonfraude, drugs of uitbuiting.',
          lead: 'veiligheid',
          contributing: ['politie', 'woningcorporatie', 'werk-en-inkomen'],
          start: q(2024, 2),
          end: q(2029, 4),
          budget: perYear(2024, 2029, 250_000),
          milestones: [ms('Convenant over het delen van gegevens getekend', '2024-06-30', true)],
        },
        {
          title: 'Wijkagent en jongerenwerker samen op straat in de avond',
          description:
            'De wijkagent en een jongerenwerker zijn op vaste avonden samen op straat. Zij kennen de jongeren en grijpen op tijd in.',
          lead: 'politie',
          contributing: ['welzijn', 'veiligheid'],
          start: q(2024, 3),
          end: q(2028, 4),
          budget: perYear(2024, 2028, 140_000),
          milestones: [],
        },
      ],
    },
    {
      block: 'B5',
      pillar: null,
      statement: 'Moerwijk krijgt een eerlijke plek in het woonbeleid van de stad.',
      target: null,
      actions: [
        {
          title: 'Afspraken over woningtoewijzing',
          description:
            'De gemeente maakt met de corporaties afspraken over wie er in Moerwijk komt wonen, zodat de wijk niet alle zware opgaven van de stad draagt.',
          lead: 'wonen',
          contributing: ['woningcorporatie'],
          start: q(2024, 4),
          end: q(2026, 4),
          budget: [],
          milestones: [ms('Afspraak opgenomen in de prestatieafspraken', '2025-12-31', true), ms('Eerste evaluatie van de toewijzing', '2026-12-31')],
        },
        {
          title: 'Betere verbinding met werkgebieden',
          description:
            'Fiets- en looproutes naar station Moerwijk en naar de werkgebieden in de regio worden veiliger en korter.',
          lead: 'openbare-ruimte',
          contributing: ['werk-en-inkomen'],
          start: q(2026, 1),
          end: q(2029, 4),
          budget: lines([
            [2026, 120_000],
            [2027, 450_000],
            [2028, 450_000],
            [2029, 150_000],
          ]),
          milestones: [ms('Routes gekozen met bewoners en werkgevers', '2026-09-30', true)],
        },
      ],
    },
    {
      block: 'B6',
      pillar: null,
      statement: 'Bewoners weten wat er gebeurt en vertrouwen erop dat afspraken worden nagekomen.',
      target: 'In 2030 zegt de helft van de bewoners dat de gemeente haar afspraken nakomt (eigen ambitie).',
      actions: [
        {
          title: 'Wijkpanel Moerwijk',
          description:
            'Een wisselende groep bewoners geeft elk halfjaar advies over de uitvoering van het plan. Deelnemers worden geloot, zodat ook nieuwe stemmen meedoen.',
          lead: 'sociaal-domein',
          contributing: ['welzijn'],
          start: q(2024, 2),
          end: q(2031, 4),
          budget: perYear(2024, 2031, 45_000),
          milestones: [ms('Eerste bijeenkomst van het wijkpanel', '2024-06-30', true)],
        },
        {
          title: 'Jaarlijkse wijkmarkt over de voortgang',
          description:
            'Eén keer per jaar laten gemeente en partners op een markt in de wijk zien wat er is gedaan, wat niet, en waarom.',
          lead: 'welzijn',
          contributing: ['sociaal-domein', 'openbare-ruimte'],
          start: q(2025, 2),
          end: q(2032, 2),
          budget: perYear(2025, 2032, 30_000),
          milestones: [ms('Eerste wijkmarkt', '2025-06-30', true)],
        },
      ],
    },
  ],
};

const MORGENSTOND: DemoPlan = {
  wijk: 'Morgenstond',
  title: 'Morgenstond 2026–2042: groen, betaalbaar en voor alle leeftijden',
  startYear: 2026,
  endYear: 2042,
  vision: text(
    'In 2042 is Morgenstond een groene wijk waar ouderen prettig oud worden en jonge gezinnen een goede plek vinden. ' +
      'De flats zijn vernieuwd en zuinig met energie. ' +
      'Rond de Leyweg vinden bewoners winkels, zorg en ontmoeting dicht bij huis.',
  ),
  sections: {
    B1: text(
      'Het basisniveau is helder: schone straten, goed onderhouden groen en verlichting die het doet. ' +
        'De wijk heeft veel groen; dat groen moet wel bruikbaar en veilig zijn. ' +
        'Een vast wijkteam van gemeente en partners bewaakt de samenhang, ook na de verkiezingen.',
    ),
    B2: text(
      'In Morgenstond wonen veel ouderen die alleen zijn, en jonge gezinnen met weinig geld. ' +
        'Voor beide groepen willen wij hulp die past bij hun leven. ' +
        'Ouderen krijgen steun om zelfstandig te blijven wonen; gezinnen krijgen hulp bij geldzaken en opvoeding op één plek.',
    ),
    B3: text(
      'Veel flats uit de jaren vijftig en zestig zijn verouderd. ' +
        'De woningcorporatie vernieuwt ze stap voor stap, met aandacht voor bewoners die er al lang wonen. ' +
        'Er komen woningen voor ouderen met een lift en zorg in de buurt, zodat grotere woningen vrijkomen voor gezinnen.',
    ),
    B4: text(
      'Bij de sociale basis draait het om ontmoeting tussen oud en jong en om het tegengaan van eenzaamheid. ' +
        'Sociale stijging richt zich op jonge ouders en hun kinderen: taal, werk en een goede start op school. ' +
        'Sociale herovering is vooral nodig op een paar plekken met overlast en bij woonfraude.',
    ),
    B5: text(
      'Morgenstond ligt tussen Moerwijk en Bouwlust en hoort bij de aanpak van Den Haag Zuidwest. ' +
        'Het winkelgebied aan de Leyweg is belangrijk voor een groot deel van Escamp. ' +
        'In de stad is de wijk een betaalbare plek voor gezinnen en voor ouderen die in hun buurt willen blijven.',
    ),
    B6: text(
      'Bewoners van Morgenstond zijn vaak betrokken, maar voelen zich niet altijd gehoord. ' +
        'Dit concept bespreken wij eerst met bewoners, voordat het naar de raad gaat. ' +
        'Wij zoeken bewoners ook op bij de winkels, bij scholen en in de flats.',
    ),
  },
  status: 'draft',
  adoptedOn: null,
  decisionReference: null,
  goals: [
    {
      block: 'B1',
      pillar: null,
      statement: 'Het groen en de straten van Morgenstond zijn schoon, heel en veilig.',
      target: null,
      actions: [
        {
          title: 'Groenonderhoud op een hoger niveau',
          description:
            'Het groen tussen de flats wordt vaker onderhouden. Struiken die het zicht blokkeren, worden gesnoeid of vervangen.',
          lead: 'openbare-ruimte',
          contributing: ['welzijn'],
          start: q(2026, 2),
          end: q(2030, 4),
          budget: perYear(2026, 2030, 260_000),
          milestones: [ms('Onderhoudsplan met bewoners besproken', '2026-12-15')],
        },
        {
          title: 'Verlichting en zicht op looproutes',
          description:
            'Op de looproutes naar de tram, de winkels en de scholen komt betere verlichting. Donkere hoeken worden overzichtelijk gemaakt.',
          lead: 'openbare-ruimte',
          contributing: ['veiligheid', 'politie'],
          start: q(2026, 3),
          end: q(2028, 2),
          budget: lines([
            [2026, 90_000],
            [2027, 340_000],
            [2028, 120_000],
          ]),
          milestones: [ms('Avondschouw met bewoners', '2027-01-31')],
        },
      ],
    },
    {
      block: 'B2',
      pillar: null,
      statement: 'Ouderen kunnen langer zelfstandig en minder eenzaam in de wijk wonen.',
      target: 'In 2032 heeft elke oudere boven de 75 in de wijk een vast aanspreekpunt (eigen ambitie).',
      actions: [
        {
          title: 'Huisbezoeken bij ouderen',
          description:
            'Vrijwilligers en ouderenwerkers bezoeken ouderen thuis. Zij vragen hoe het gaat en wijzen de weg naar hulp en activiteiten.',
          lead: 'welzijn',
          contributing: ['sociaal-domein', 'ggd'],
          start: q(2026, 3),
          end: q(2031, 4),
          budget: perYear(2026, 2031, 120_000),
          milestones: [ms('Eerste ronde huisbezoeken afgerond', '2027-06-30')],
        },
        {
          title: 'Steunpunt geldzaken voor gezinnen',
          description:
            'Jonge gezinnen kunnen op één plek terecht met vragen over toeslagen, rekeningen en schulden, zonder wachtlijst.',
          lead: 'werk-en-inkomen',
          contributing: ['sociaal-domein', 'welzijn'],
          start: q(2026, 2),
          end: q(2030, 4),
          budget: perYear(2026, 2030, 160_000),
          milestones: [],
        },
      ],
    },
    {
      block: 'B3',
      pillar: null,
      statement: 'De flats zijn vernieuwd en er zijn genoeg passende woningen voor ouderen en gezinnen.',
      target: 'In 2036 zijn er 400 nieuwe of vernieuwde woningen voor ouderen (eigen ambitie).',
      actions: [
        {
          title: 'Vernieuwing flats Morgenstond-Midden',
          description:
            'De corporatie vernieuwt de oudste flats. Waar het kan, komen er liften en woningen op de begane grond voor ouderen.',
          lead: 'woningcorporatie',
          contributing: ['wonen'],
          start: q(2027, 1),
          end: q(2034, 4),
          budget: perYear(2027, 2034, 900_000),
          milestones: [ms('Sociaal plan met huurders vastgesteld', '2027-06-30'), ms('Eerste blok klaar', '2030-12-31')],
        },
        {
          title: 'Verhuisregeling voor ouderen',
          description:
            'Ouderen die naar een kleinere woning met lift willen, krijgen voorrang, hulp bij de verhuizing en houden een betaalbare huur.',
          lead: 'wonen',
          contributing: ['woningcorporatie', 'welzijn'],
          start: q(2026, 3),
          end: q(2029, 4),
          budget: perYear(2026, 2029, 70_000),
          milestones: [],
        },
      ],
    },
    {
      block: 'B4',
      pillar: 'P1',
      statement: 'Ouderen en jonge gezinnen ontmoeten elkaar in de wijk.',
      target: null,
      actions: [
        {
          title: 'Huiskamer van de wijk bij de Leyweg',
          description:
            'Een laagdrempelige plek waar ouderen koffie drinken, ouders elkaar treffen en vrijwilligers activiteiten voor jong en oud organiseren.',
          lead: 'welzijn',
          contributing: ['sociaal-domein'],
          start: q(2026, 4),
          end: q(2032, 4),
          budget: perYear(2026, 2032, 150_000),
          milestones: [ms('Ruimte gevonden', '2027-03-31')],
        },
      ],
    },
    {
      block: 'B4',
      pillar: 'P2',
      statement: 'Jonge ouders vinden werk en hun kinderen starten goed op school.',
      target: 'In 2032 gaan bijna alle peuters uit de wijk naar de voorschool (eigen ambitie).',
      actions: [
        {
          title: 'Voorschool voor alle peuters',
          description:
            'Het consultatiebureau en de voorscholen zorgen er samen voor dat ouders hun peuter aanmelden. Ouders doen mee in de groep.',
          lead: 'onderwijs',
          contributing: ['ggd', 'welzijn'],
          start: q(2026, 3),
          end: q(2033, 2),
          budget: perYear(2026, 2033, 380_000),
          milestones: [ms('Werving via het consultatiebureau gestart', '2027-01-31')],
        },
        {
          title: 'Taal en werk voor ouders',
          description: 'Ouders volgen taalles op de school van hun kind en krijgen daarna hulp bij het vinden van werk dat past bij schooltijden.',
          lead: 'werk-en-inkomen',
          contributing: ['onderwijs', 'welzijn'],
          start: q(2027, 1),
          end: q(2031, 4),
          budget: perYear(2027, 2031, 210_000),
          milestones: [],
        },
      ],
    },
    {
      block: 'B4',
      pillar: 'P3',
      statement: 'Woonfraude en overlast op de bekende plekken worden stevig aangepakt.',
      target: 'In 2030 zijn de drie bekende overlastplekken geen overlastplek meer (eigen ambitie).',
      actions: [
        {
          title: 'Aanpak woonfraude en overbewoning',
          description:
            'Adressen waar te veel mensen staan ingeschreven of waar een woning illegaal wordt doorverhuurd, worden samen gecontroleerd.',
          lead: 'veiligheid',
          contributing: ['wonen', 'woningcorporatie', 'politie'],
          start: q(2026, 2),
          end: q(2030, 4),
          budget: perYear(2026, 2030, 190_000),
          milestones: [],
        },
        {
          title: 'Plekgerichte aanpak bij de winkelstrip',
          description:
            'Rond de winkelstrip met veel overlast zijn politie en handhaving vaker aanwezig. De plek wordt opnieuw ingericht met ondernemers.',
          lead: 'politie',
          contributing: ['veiligheid', 'openbare-ruimte'],
          start: q(2026, 3),
          end: q(2028, 4),
          budget: perYear(2026, 2028, 60_000),
          milestones: [ms('Plan van aanpak met ondernemers', '2027-03-31')],
        },
      ],
    },
    {
      block: 'B5',
      pillar: null,
      statement: 'Het winkelgebied aan de Leyweg blijft een sterk centrum voor Escamp.',
      target: null,
      actions: [
        {
          title: 'Ondernemersaanpak Leyweg',
          description:
            'Gemeente en ondernemers werken samen aan minder leegstand, een schone straat en werkplekken voor bewoners uit de buurt.',
          lead: 'werk-en-inkomen',
          contributing: ['openbare-ruimte', 'veiligheid'],
          start: q(2026, 3),
          end: q(2030, 4),
          budget: perYear(2026, 2030, 95_000),
          milestones: [],
        },
        {
          title: 'Morgenstond in het programma voor Zuidwest',
          description:
            'De gemeente zorgt dat de opgaven van Morgenstond, zoals wonen voor ouderen en de Leyweg, een vaste plek krijgen in de plannen voor heel Zuidwest.',
          lead: 'wonen',
          contributing: ['sociaal-domein'],
          start: q(2026, 3),
          end: q(2027, 4),
          budget: [],
          milestones: [ms('Morgenstond opgenomen in het uitvoeringsplan voor Zuidwest', '2027-06-30')],
        },
      ],
    },
    {
      block: 'B6',
      pillar: null,
      statement: 'Bewoners bepalen mee hoe het plan eruitziet en weten wat er gebeurt.',
      target: 'Vanaf 2027 weet de meerderheid van de bewoners wie hun wijkcontact is (eigen ambitie).',
      actions: [
        {
          title: 'Gesprekken in de flats over het concept',
          description:
            'Medewerkers van gemeente, corporatie en welzijn gaan per flat langs om het concept te bespreken, ook met bewoners die niet naar avonden komen.',
          lead: 'sociaal-domein',
          contributing: ['welzijn', 'woningcorporatie'],
          start: q(2026, 3),
          end: q(2027, 2),
          budget: lines([
            [2026, 40_000],
            [2027, 35_000],
          ]),
          milestones: [ms('Verslag van de gesprekken', '2027-03-31')],
        },
        {
          title: 'Vast wijkcontact met spreekuur',
          description: 'Eén vast wijkcontact houdt elke week spreekuur in de wijk en houdt bewoners op de hoogte via de nieuwsbrief.',
          lead: 'welzijn',
          contributing: ['sociaal-domein'],
          start: q(2027, 1),
          end: q(2033, 4),
          budget: perYear(2027, 2033, 55_000),
          milestones: [],
        },
      ],
    },
  ],
};

// ---------------------------------------------------------------------------------------------------
// Groningen
// ---------------------------------------------------------------------------------------------------

const OOSTERPARKWIJK: DemoPlan = {
  wijk: 'Oosterparkwijk',
  title: 'Oosterparkwijk 2023–2038: betaalbaar en van ons',
  startYear: 2023,
  endYear: 2038,
  vision: text(
    'In 2038 is de Oosterparkwijk nog steeds een wijk voor gewone Stadjers: betaalbaar, levendig en met een sterk buurtgevoel. ' +
      'Bewoners die er al lang wonen, kunnen blijven. ' +
      'Nieuwe bewoners, zoals studenten en starters, doen mee in de buurt.',
  ),
  sections: {
    B1: text(
      'Een groot deel van de wijk is vernieuwd; nu gaat het om volhouden. ' +
        'De gemeente garandeert schone straten, goed onderhoud en een snelle reactie op meldingen. ' +
        'De aanpak blijft, ook als de wijk er op het eerste gezicht goed uitziet.',
    ),
    B2: text(
      'Achter de nieuwe gevels wonen nog steeds veel mensen met weinig geld of met schulden. ' +
        'Wij willen dat zij op tijd hulp krijgen, zonder van loket naar loket te gaan. ' +
        'Het wijkteam werkt vanuit een plek in de wijk en gaat zelf op bezoek.',
    ),
    B3: text(
      'De vernieuwing is nog niet af: een deel van de oudere huurwoningen moet nog worden verbeterd en verduurzaamd. ' +
        'Nieuwbouw moet ook betaalbaar zijn voor mensen met een laag of middeninkomen. ' +
        'Pleinen en binnenterreinen worden groener, zodat er meer plek is om te spelen en elkaar te zien.',
    ),
    B4: text(
      'De sociale basis is sterk in de Oosterparkwijk, met actieve bewoners en verenigingen; die steunen wij. ' +
        'Sociale stijging betekent dat kinderen uit de wijk dezelfde kansen krijgen als kinderen uit andere delen van de stad. ' +
        'Sociale herovering richt zich op kamerverhuur die voor overlast zorgt en op drugshandel op straat.',
    ),
    B5: text(
      'De wijk ligt dicht bij de binnenstad en wordt daardoor populair bij studenten en starters. ' +
        'Dat is goed voor de levendigheid, maar het duwt de prijzen omhoog. ' +
        'Dit plan sluit aan bij het stedelijke woonbeleid en bij de regels voor kamerverhuur in de hele stad.',
    ),
    B6: text(
      'Bewoners van de Oosterparkwijk zijn trots op hun wijk en zeggen waar het op staat. ' +
        'Wij willen dat zij echt mee beslissen, bijvoorbeeld over een deel van het geld voor de wijk. ' +
        'Wat er met hun ideeën gebeurt, laten wij elk jaar zien.',
    ),
  },
  status: 'adopted',
  adoptedOn: '2023-06-28',
  decisionReference: 'Raadsbesluit 2023/097 (verzonnen)',
  goals: [
    {
      block: 'B1',
      pillar: null,
      statement: 'De wijk blijft schoon en goed onderhouden, ook nu de vernieuwing grotendeels klaar is.',
      target: 'In 2028 worden meldingen over de openbare ruimte binnen vijf werkdagen opgelost (eigen ambitie).',
      actions: [
        {
          title: 'Wijkbeheerteam met vaste gezichten',
          description:
            'Een vast team van gemeente en corporatie zorgt voor het dagelijks beheer en lost meldingen van bewoners snel op.',
          lead: 'openbare-ruimte',
          contributing: ['woningcorporatie'],
          start: q(2023, 3),
          end: q(2030, 4),
          budget: perYear(2023, 2030, 230_000),
          milestones: [
            ms('Wijkbeheerteam gestart', '2023-10-01', true),
            ms('Evaluatie met bewoners', '2025-11-30', true),
            ms('Tweede evaluatie met bewoners', '2028-11-30'),
          ],
        },
      ],
    },
    {
      block: 'B2',
      pillar: null,
      statement: 'Bewoners met geldzorgen krijgen op tijd hulp, dicht bij huis.',
      target: 'In 2030 zijn er minder huisuitzettingen door huurachterstand dan in 2023 (eigen ambitie).',
      actions: [
        {
          title: 'Schulden vroeg in beeld',
          description:
            'Corporatie, energiebedrijven en de gemeente melden betalingsachterstanden vroeg. Een schuldhulpverlener neemt binnen een week contact op.',
          lead: 'werk-en-inkomen',
          contributing: ['woningcorporatie', 'sociaal-domein'],
          start: q(2023, 2),
          end: q(2028, 4),
          budget: perYear(2023, 2028, 180_000),
          milestones: [ms('Afspraken met energie- en waterbedrijven', '2023-12-31', true)],
        },
        {
          title: 'Wijkteam met inloop in de wijk',
          description: 'Het wijkteam heeft een inlooppunt in de wijk, waar bewoners zonder afspraak binnen kunnen lopen met hun vragen.',
          lead: 'sociaal-domein',
          contributing: ['welzijn', 'ggd'],
          start: q(2023, 3),
          end: q(2029, 4),
          budget: perYear(2023, 2029, 320_000),
          milestones: [ms('Inlooppunt open', '2024-02-01', true)],
        },
      ],
    },
    {
      block: 'B3',
      pillar: null,
      statement: 'De laatste oude huurwoningen zijn verbeterd en goed geïsoleerd, en de pleinen zijn groener.',
      target: 'In 2032 hebben alle huurwoningen van de corporatie minimaal energielabel B (eigen ambitie).',
      actions: [
        {
          title: 'Renovatie en isolatie van de laatste blokken',
          description:
            'De corporatie renoveert de laatste oude blokken. Huurders kunnen tijdens de werkzaamheden in hun woning blijven of tijdelijk verhuizen.',
          lead: 'woningcorporatie',
          contributing: ['wonen'],
          start: q(2024, 1),
          end: q(2031, 4),
          budget: perYear(2024, 2031, 650_000),
          milestones: [ms('Eerste blok gerenoveerd', '2025-09-30', true), ms('Helft van de blokken klaar', '2028-06-30')],
        },
        {
          title: 'Groene binnenterreinen en pleinen',
          description: 'Stenen binnenterreinen en pleinen worden groener, met bomen, plantvakken en speelplekken die bewoners mee ontwerpen.',
          lead: 'openbare-ruimte',
          contributing: ['welzijn'],
          start: q(2024, 2),
          end: q(2027, 4),
          budget: lines([
            [2024, 150_000],
            [2025, 300_000],
            [2026, 300_000],
            [2027, 150_000],
          ]),
          milestones: [ms('Eerste plein klaar', '2025-06-30', true)],
        },
      ],
    },
    {
      block: 'B4',
      pillar: 'P1',
      statement: 'Verenigingen en bewonersgroepen hebben een vaste plek en steun.',
      target: null,
      actions: [
        {
          title: 'Buurthuis als thuisbasis voor verenigingen',
          description: 'Verenigingen en bewonersgroepen kunnen het buurthuis tegen een lage prijs gebruiken en krijgen hulp bij hun organisatie.',
          lead: 'welzijn',
          contributing: ['sociaal-domein'],
          start: q(2023, 3),
          end: q(2030, 4),
          budget: perYear(2023, 2030, 140_000),
          milestones: [],
        },
        {
          title: 'Steun voor vrijwilligers',
          description: 'Vrijwilligers krijgen cursussen, een verzekering en een jaarlijkse avond waarop de wijk hen bedankt.',
          lead: 'welzijn',
          contributing: [],
          start: q(2024, 1),
          end: q(2028, 4),
          budget: perYear(2024, 2028, 40_000),
          milestones: [ms('Eerste vrijwilligersavond', '2024-12-15', true)],
        },
      ],
    },
    {
      block: 'B4',
      pillar: 'P2',
      statement: 'Kinderen uit de wijk krijgen dezelfde kansen als andere kinderen in de stad.',
      target: 'In 2033 is het schooladvies van kinderen uit de wijk gelijk aan het stedelijk gemiddelde (eigen ambitie).',
      actions: [
        {
          title: 'Huiswerkbegeleiding en bijles',
          description: 'Kinderen krijgen na schooltijd gratis hulp bij huiswerk en bijles, in de school en in het buurthuis.',
          lead: 'onderwijs',
          contributing: ['welzijn'],
          start: q(2023, 3),
          end: q(2030, 2),
          budget: perYear(2023, 2030, 210_000),
          milestones: [ms('Gestart op twee scholen', '2023-10-01', true)],
        },
        {
          title: 'Sport en cultuur voor alle kinderen',
          description: 'Geen kind blijft aan de kant omdat er thuis geen geld is voor een sportclub, muziekles of zwemles.',
          lead: 'welzijn',
          contributing: ['onderwijs', 'sociaal-domein'],
          start: q(2024, 1),
          end: q(2029, 4),
          budget: perYear(2024, 2029, 90_000),
          milestones: [],
        },
      ],
    },
    {
      block: 'B4',
      pillar: 'P3',
      statement: 'Overlast van kamerverhuur en straathandel neemt af.',
      target: 'In 2028 zijn er de helft minder meldingen van overlast door kamerverhuur dan in 2023 (eigen ambitie).',
      actions: [
        {
          title: 'Handhaving bij kamerverhuur',
          description:
            'Panden met veel kamers en veel klachten worden gecontroleerd. Eigenaren die zich niet aan de regels houden, krijgen een boete.',
          lead: 'veiligheid',
          contributing: ['wonen', 'politie'],
          start: q(2023, 2),
          end: q(2027, 4),
          budget: perYear(2023, 2027, 160_000),
          milestones: [ms('Nieuwe regels voor kamerverhuur toegepast', '2023-09-30', true)],
        },
        {
          title: 'Aanpak drugshandel op straat',
          description: 'Politie en jongerenwerk pakken de handel op een paar bekende plekken samen aan, met extra toezicht en hulp voor jongeren.',
          lead: 'politie',
          contributing: ['veiligheid', 'welzijn'],
          start: q(2023, 3),
          end: q(2026, 4),
          budget: perYear(2023, 2026, 80_000),
          milestones: [ms('Evaluatie van de aanpak', '2026-10-31', true)],
        },
      ],
    },
    {
      block: 'B5',
      pillar: null,
      statement: 'De wijk blijft betaalbaar in een stad waar de woningmarkt krap is.',
      target: 'Tot 2038 blijft ten minste de helft van de woningen sociale huur (eigen ambitie).',
      actions: [
        {
          title: 'Sociale huur vastleggen in de prestatieafspraken',
          description: 'Gemeente en corporatie spreken af dat de sociale huurwoningen in de wijk niet worden verkocht of duurder verhuurd.',
          lead: 'wonen',
          contributing: ['woningcorporatie'],
          start: q(2023, 3),
          end: q(2025, 4),
          budget: [],
          milestones: [ms('Afspraken getekend', '2024-01-31', true)],
        },
        {
          title: 'Middenhuur bij nieuwbouw',
          description: 'Bij nieuwe bouwprojecten in de wijk komt een deel middenhuur, zodat starters en bewoners die meer gaan verdienen kunnen blijven.',
          lead: 'wonen',
          contributing: ['woningcorporatie'],
          start: q(2025, 1),
          end: q(2032, 4),
          budget: perYear(2025, 2032, 120_000),
          milestones: [ms('Eerste project met middenhuur gestart', '2026-09-30', true)],
        },
      ],
    },
    {
      block: 'B6',
      pillar: null,
      statement: 'Bewoners beslissen mee over een deel van het geld voor de wijk.',
      target: 'Vanaf 2025 besluiten bewoners elk jaar zelf over het wijkbudget (eigen ambitie).',
      actions: [
        {
          title: 'Wijkbudget waar bewoners over beslissen',
          description: 'Bewoners dienen plannen in en stemmen zelf welke plannen geld krijgen. De gemeente voert de gekozen plannen uit.',
          lead: 'sociaal-domein',
          contributing: ['welzijn'],
          start: q(2024, 1),
          end: q(2031, 4),
          budget: perYear(2024, 2031, 100_000),
          milestones: [ms('Eerste stemronde', '2025-04-30', true)],
        },
        {
          title: 'Wijkkrant over het plan',
          description: 'Twee keer per jaar staat in de wijkkrant wat er van het plan is uitgevoerd, met foto\'s en verhalen van bewoners.',
          lead: 'welzijn',
          contributing: ['sociaal-domein'],
          start: q(2023, 4),
          end: q(2030, 4),
          budget: perYear(2023, 2030, 25_000),
          milestones: [],
        },
      ],
    },
  ],
};

const VINKHUIZEN: DemoPlan = {
  wijk: 'Vinkhuizen',
  title: 'Wijkvernieuwing Vinkhuizen 2026–2041',
  startYear: 2026,
  endYear: 2041,
  vision: text(
    'In 2041 is Vinkhuizen een wijk waar mensen niet alleen snel een woning vinden, maar ook willen blijven. ' +
      'Noord en Zuid zijn met elkaar verbonden door groene routes en een levendig winkelcentrum. ' +
      'Wie hulp nodig heeft, vindt die in de wijk zelf.',
  ),
  sections: {
    B1: text(
      'Vinkhuizen bestaat uit twee buurten, Noord en Zuid, met veel flats uit de jaren zestig en zeventig. ' +
        'Wij spreken een basisniveau af voor schoon en heel, in de portieken en in de openbare ruimte. ' +
        'Gemeente en corporatie kijken samen elk kwartaal of dat niveau wordt gehaald.',
    ),
    B2: text(
      'Omdat veel mensen hier snel een woning nodig hebben, wonen er veel bewoners die net een moeilijke periode achter de rug hebben. ' +
        'Zij hebben steun nodig om goed te starten in een nieuwe buurt. ' +
        'Het wijkteam komt naar hen toe, in plaats van te wachten tot zij zich melden.',
    ),
    B3: text(
      'De flats worden verduurzaamd en een deel wordt vervangen door nieuwe woningen in verschillende prijsklassen. ' +
        'Het winkelcentrum wordt opgeknapt en wordt een echte ontmoetingsplek. ' +
        'Groene routes verbinden de wijk met het Reitdiep en met de rest van de stad.',
    ),
    B4: text(
      'Voor de sociale basis bouwen wij aan ontmoeting in het winkelcentrum en in de flats zelf. ' +
        'Sociale stijging gaat over werk en opleiding, en over woningen voor bewoners die vooruitkomen. ' +
        'Bij sociale herovering gaat het om overlast door verwarde personen en om jongeren die in de criminaliteit dreigen te raken.',
    ),
    B5: text(
      'Vinkhuizen vangt een groot deel van de stedelijke vraag naar snelle, betaalbare huisvesting op. ' +
        'Dat vraagt afspraken in de hele stad over waar kwetsbare mensen komen te wonen. ' +
        'Dit plan hoort bij het stedelijke programma voor wijkvernieuwing.',
    ),
    B6: text(
      'Bewoners hebben al vaker plannen gezien die niet werden uitgevoerd. ' +
        'Daarom beginnen wij met zichtbare verbeteringen en vragen wij daarna mee te denken over de grote keuzes. ' +
        'Elke flat krijgt een vaste contactpersoon van de corporatie en de gemeente.',
    ),
  },
  status: 'in_review',
  adoptedOn: null,
  decisionReference: null,
  goals: [
    {
      block: 'B1',
      pillar: null,
      statement: 'Portieken, galerijen en straten in Noord en Zuid zijn schoon en heel.',
      target: 'In 2029 geven bewoners hun portiek gemiddeld een 7 (eigen ambitie).',
      actions: [
        {
          title: 'Kwartaalschouw met bewoners',
          description: 'Elk kwartaal lopen bewoners, gemeente en corporatie samen door de buurt en spreken af wat er moet gebeuren.',
          lead: 'openbare-ruimte',
          contributing: ['woningcorporatie', 'welzijn'],
          start: q(2026, 2),
          end: q(2033, 4),
          budget: perYear(2026, 2033, 45_000),
          milestones: [ms('Eerste schouw', '2026-12-15')],
        },
        {
          title: 'Huismeesters in de flats',
          description: 'In elke grote flat is een huismeester aanwezig die kleine reparaties regelt, let op de schoonmaak en bewoners kent.',
          lead: 'woningcorporatie',
          contributing: ['openbare-ruimte'],
          start: q(2026, 3),
          end: q(2031, 4),
          budget: perYear(2026, 2031, 280_000),
          milestones: [],
        },
      ],
    },
    {
      block: 'B2',
      pillar: null,
      statement: 'Nieuwe bewoners krijgen steun om goed te starten in de wijk.',
      target: null,
      actions: [
        {
          title: 'Welkomstbezoek voor nieuwe huurders',
          description:
            'Elke nieuwe huurder krijgt in de eerste maand bezoek. De bezoeker vertelt over de buurt en vraagt of er hulp nodig is.',
          lead: 'welzijn',
          contributing: ['woningcorporatie', 'sociaal-domein'],
          start: q(2026, 3),
          end: q(2030, 4),
          budget: perYear(2026, 2030, 85_000),
          milestones: [],
        },
        {
          title: 'Wijkteam dat zelf op bezoek gaat',
          description: 'Het wijkteam werkt outreachend: medewerkers gaan langs bij signalen van buren, corporatie of huisarts.',
          lead: 'sociaal-domein',
          contributing: ['ggd', 'welzijn'],
          start: q(2026, 2),
          end: q(2032, 4),
          budget: perYear(2026, 2032, 360_000),
          milestones: [ms('Werkwijze vastgesteld', '2027-03-31')],
        },
      ],
    },
    {
      block: 'B3',
      pillar: null,
      statement: 'De flats zijn verduurzaamd en er komen woningen in verschillende prijsklassen bij.',
      target: 'In 2036 zijn 600 flatwoningen verduurzaamd of vervangen (eigen ambitie).',
      actions: [
        {
          title: 'Verduurzaming flats Vinkhuizen-Noord',
          description: 'De corporatie isoleert de flats in Noord en sluit ze aan op een duurzame warmtebron. Huurders gaan er in woonlasten niet op achteruit.',
          lead: 'woningcorporatie',
          contributing: ['wonen'],
          start: q(2027, 1),
          end: q(2033, 4),
          budget: perYear(2027, 2033, 1_200_000),
          milestones: [ms('Keuze per flat: renoveren of vervangen', '2027-09-30')],
        },
        {
          title: 'Nieuwbouw op vrijgekomen plekken',
          description: 'Op plekken waar flats worden vervangen, komen koopwoningen, middenhuur en sociale huur door elkaar.',
          lead: 'wonen',
          contributing: ['woningcorporatie'],
          start: q(2028, 1),
          end: q(2035, 4),
          budget: lines([
            [2028, 300_000],
            [2029, 500_000],
            [2030, 500_000],
          ]),
          milestones: [ms('Bestemmingsplan vastgesteld', '2029-06-30')],
        },
      ],
    },
    {
      block: 'B3',
      pillar: null,
      statement: 'Groene routes verbinden Noord en Zuid met elkaar en met het Reitdiep.',
      target: null,
      actions: [
        {
          title: 'Groene route Noord–Zuid',
          description: 'Een doorgaande route voor wandelaars en fietsers, met bomen en bankjes, verbindt de twee buurten met het winkelcentrum en het water.',
          lead: 'openbare-ruimte',
          contributing: [],
          start: q(2027, 2),
          end: q(2030, 4),
          budget: lines([
            [2027, 250_000],
            [2028, 600_000],
            [2029, 600_000],
            [2030, 200_000],
          ]),
          milestones: [ms('Ontwerp klaar', '2028-03-31')],
        },
      ],
    },
    {
      block: 'B4',
      pillar: 'P1',
      statement: 'Het winkelcentrum wordt een plek waar bewoners elkaar ontmoeten.',
      target: null,
      actions: [
        {
          title: 'Ontmoetingsplek in het winkelcentrum',
          description: 'In een leeg winkelpand komt een ontmoetingsplek met koffie, spreekuren en activiteiten die bewoners zelf organiseren.',
          lead: 'welzijn',
          contributing: ['sociaal-domein'],
          start: q(2026, 4),
          end: q(2032, 4),
          budget: perYear(2026, 2032, 130_000),
          milestones: [ms('Ruimte gehuurd', '2027-03-31')],
        },
      ],
    },
    {
      block: 'B4',
      pillar: 'P2',
      statement: 'Bewoners vinden werk of een opleiding, en kunnen in de wijk blijven als zij vooruitkomen.',
      target: 'In 2032 hebben 300 bewoners via de wijkaanpak werk gevonden (eigen ambitie).',
      actions: [
        {
          title: 'Werkpunt in de wijk',
          description: 'Bewoners kunnen in de wijk terecht voor hulp bij solliciteren, een opleiding of vrijwilligerswerk als eerste stap.',
          lead: 'werk-en-inkomen',
          contributing: ['welzijn', 'onderwijs'],
          start: q(2026, 3),
          end: q(2031, 4),
          budget: perYear(2026, 2031, 270_000),
          milestones: [],
        },
        {
          title: 'Voorrang op een volgende woning in de wijk',
          description: 'Bewoners die meer gaan verdienen, krijgen voorrang op een nieuwe middenhuur- of koopwoning in Vinkhuizen.',
          lead: 'wonen',
          contributing: ['woningcorporatie'],
          start: q(2028, 1),
          end: q(2033, 4),
          budget: perYear(2028, 2033, 90_000),
          milestones: [],
        },
      ],
    },
    {
      block: 'B4',
      pillar: 'P3',
      statement: 'Overlast door verwarde personen en criminaliteit onder jongeren nemen af.',
      target: 'In 2030 voelt 65% van de bewoners zich veilig in de buurt (eigen ambitie).',
      actions: [
        {
          title: 'Zorg- en veiligheidsoverleg per flat',
          description: 'Politie, GGD, corporatie en gemeente bespreken elke maand de zorgen per flat en kiezen samen wie wat doet.',
          lead: 'veiligheid',
          contributing: ['politie', 'ggd', 'woningcorporatie'],
          start: q(2026, 3),
          end: q(2031, 4),
          budget: perYear(2026, 2031, 150_000),
          milestones: [],
        },
        {
          title: 'Preventie voor jongeren op het randje',
          description: 'Jongeren die dreigen af te glijden krijgen een vaste begeleider, een plek op school of werk en steun voor hun ouders.',
          lead: 'sociaal-domein',
          contributing: ['politie', 'welzijn', 'onderwijs'],
          start: q(2026, 3),
          end: q(2030, 4),
          budget: perYear(2026, 2030, 200_000),
          milestones: [],
        },
      ],
    },
    {
      block: 'B5',
      pillar: null,
      statement: 'De stad verdeelt de huisvesting van kwetsbare bewoners eerlijker over de wijken.',
      target: null,
      actions: [
        {
          title: 'Stedelijke afspraken over spreiding',
          description: 'Gemeente en corporaties spreken af hoe kwetsbare woningzoekers over alle wijken van de stad worden verdeeld.',
          lead: 'wonen',
          contributing: ['woningcorporatie', 'sociaal-domein'],
          start: q(2026, 2),
          end: q(2027, 4),
          budget: [],
          milestones: [ms('Voorstel aan de raad', '2027-06-30')],
        },
      ],
    },
    {
      block: 'B6',
      pillar: null,
      statement: 'Bewoners zien snel resultaat en weten wie hun vaste contactpersoon is.',
      target: null,
      actions: [
        {
          title: 'Snelle verbeteringen in het eerste jaar',
          description: 'Bewoners kiezen tien kleine verbeteringen, zoals een kapotte lamp of een vies pad, die binnen een jaar klaar zijn.',
          lead: 'openbare-ruimte',
          contributing: ['woningcorporatie'],
          start: q(2026, 2),
          end: q(2027, 1),
          budget: lines([
            [2026, 150_000],
            [2027, 50_000],
          ]),
          milestones: [ms('Tien kleine verbeteringen af', '2027-03-31')],
        },
        {
          title: 'Vaste contactpersoon per flat',
          description: 'Elke flat krijgt een vaste contactpersoon van de corporatie en de gemeente, met naam en telefoonnummer in de hal.',
          lead: 'woningcorporatie',
          contributing: ['sociaal-domein'],
          start: q(2026, 3),
          end: q(2032, 4),
          budget: perYear(2026, 2032, 60_000),
          milestones: [],
        },
      ],
    },
  ],
};

// ---------------------------------------------------------------------------------------------------
// Lelystad
// ---------------------------------------------------------------------------------------------------

const JOL: DemoPlan = {
  wijk: 'Jol',
  title: 'Jol 2026–2044: een goede start voor gezinnen',
  startYear: 2026,
  endYear: 2044,
  vision: text(
    'In 2044 is Jol een buurt waar gezinnen een goede start maken in Lelystad en graag blijven. ' +
      'De eengezinswoningen zijn comfortabel en zuinig. ' +
      'Kinderen spelen veilig buiten en ouders kennen elkaar.',
  ),
  sections: {
    B1: text(
      'Jol is een van de oudste buurten van Lelystad. ' +
        'De woonerven, paden en tunnels vragen veel onderhoud. ' +
        'Wij spreken een vast basisniveau af voor schoon, heel en veilig, en houden dat vol over meerdere raadsperiodes.',
    ),
    B2: text(
      'Veel gezinnen in Jol komen net in de stad wonen en hebben hier nog geen netwerk. ' +
        'Zij hebben vaak een laag inkomen en soms schulden. ' +
        'Zij krijgen steun die past bij het hele gezin, met één vast gezicht.',
    ),
    B3: text(
      'De eengezinswoningen uit de jaren zeventig moeten worden geïsoleerd en van het gas af. ' +
        'Dat moet betaalbaar blijven voor de huurders. ' +
        'De openbare ruimte krijgt betere speelplekken en overzichtelijke paden.',
    ),
    B4: text(
      'De sociale basis is in Jol nog dun: er zijn weinig plekken om elkaar te ontmoeten. ' +
        'Voor sociale stijging richten wij ons op ouders die werk zoeken en op kinderen die goed moeten starten op school. ' +
        'Sociale herovering is in Jol vooral voorkomen: op tijd ingrijpen bij zorgen achter de voordeur.',
    ),
    B5: text(
      'Jol is voor Lelystad een instapbuurt: gezinnen met een laag inkomen vinden hier een betaalbare eengezinswoning. ' +
        'Lelystad groeit de komende jaren snel. ' +
        'Wij willen dat Jol meegroeit en niet achterblijft bij de nieuwe wijken.',
    ),
    B6: text(
      'Bewoners van Jol zijn nog weinig betrokken bij plannen van de gemeente. ' +
        'Wij gaan eerst luisteren: bij de school, op het speelveld en aan de deur. ' +
        'Dit concept wordt pas definitief als bewoners er hun mening over hebben gegeven.',
    ),
  },
  status: 'draft',
  adoptedOn: null,
  decisionReference: null,
  goals: [
    {
      block: 'B1',
      pillar: null,
      statement: 'De woonerven, paden en tunnels in Jol zijn schoon, heel en veilig.',
      target: null,
      actions: [
        {
          title: 'Onderhoudsplan voor woonerven en tunnels',
          description: 'De gemeente maakt een plan voor het onderhoud van alle woonerven, paden en fietstunnels, met vaste schoonmaakrondes.',
          lead: 'openbare-ruimte',
          contributing: ['veiligheid'],
          start: q(2026, 3),
          end: q(2031, 4),
          budget: perYear(2026, 2031, 210_000),
          milestones: [ms('Schouw van alle tunnels', '2027-03-31')],
        },
      ],
    },
    {
      block: 'B2',
      pillar: null,
      statement: 'Gezinnen krijgen hulp die past bij het hele gezin.',
      target: 'In 2030 heeft elk gezin dat hulp vraagt één vast contactpersoon (eigen ambitie).',
      actions: [
        {
          title: 'Gezinscoach in de buurt',
          description: 'Een gezinscoach helpt ouders met opvoeding, geld en werk tegelijk, en werkt samen met school en consultatiebureau.',
          lead: 'sociaal-domein',
          contributing: ['ggd', 'onderwijs'],
          start: q(2026, 3),
          end: q(2032, 4),
          budget: perYear(2026, 2032, 240_000),
          milestones: [],
        },
        {
          title: 'Geldzorgen op tijd in beeld',
          description: 'Bij een achterstand in de huur of de energierekening neemt een geldcoach binnen twee weken contact op met het gezin.',
          lead: 'werk-en-inkomen',
          contributing: ['woningcorporatie', 'sociaal-domein'],
          start: q(2027, 1),
          end: q(2031, 4),
          budget: perYear(2027, 2031, 110_000),
          milestones: [],
        },
      ],
    },
    {
      block: 'B3',
      pillar: null,
      statement: 'De eengezinswoningen zijn goed geïsoleerd en de woonlasten blijven betaalbaar.',
      target: 'In 2035 zijn alle huurwoningen in Jol geïsoleerd (eigen ambitie).',
      actions: [
        {
          title: 'Isolatie en nieuwe installaties in huurwoningen',
          description: 'De corporatie isoleert daken, gevels en vloeren en plaatst nieuwe installaties. De huur stijgt niet meer dan de besparing op energie.',
          lead: 'woningcorporatie',
          contributing: ['wonen'],
          start: q(2027, 1),
          end: q(2034, 4),
          budget: perYear(2027, 2034, 850_000),
          milestones: [ms('Proefwoningen klaar', '2027-12-31'), ms('Eerste 200 woningen klaar', '2030-06-30')],
        },
        {
          title: 'Energiecoaches voor huurders',
          description: 'Getrainde buurtbewoners helpen huurders om energie te besparen en leggen uit wat de renovatie voor hen betekent.',
          lead: 'welzijn',
          contributing: ['woningcorporatie'],
          start: q(2026, 4),
          end: q(2029, 4),
          budget: perYear(2026, 2029, 50_000),
          milestones: [],
        },
      ],
    },
    {
      block: 'B3',
      pillar: null,
      statement: 'Kinderen hebben goede speelplekken dicht bij huis.',
      target: null,
      actions: [
        {
          title: 'Speelplekken vernieuwen samen met kinderen',
          description: 'Kinderen van de basisschool ontwerpen mee aan nieuwe speelplekken op de woonerven en het grote speelveld.',
          lead: 'openbare-ruimte',
          contributing: ['welzijn', 'onderwijs'],
          start: q(2027, 1),
          end: q(2029, 4),
          budget: lines([
            [2027, 120_000],
            [2028, 220_000],
            [2029, 160_000],
          ]),
          milestones: [ms('Ontwerp met kinderen van de basisschool', '2027-06-30')],
        },
      ],
    },
    {
      block: 'B4',
      pillar: 'P1',
      statement: 'Jol heeft een vaste plek waar bewoners elkaar ontmoeten.',
      target: 'In 2029 is er een buurtplek die vijf dagen per week open is (eigen ambitie).',
      actions: [
        {
          title: 'Buurtplek in de basisschool',
          description: 'Een lokaal in de basisschool wordt na schooltijd een buurtplek voor ouders, ouderen en activiteiten van bewoners.',
          lead: 'welzijn',
          contributing: ['onderwijs', 'sociaal-domein'],
          start: q(2027, 1),
          end: q(2033, 4),
          budget: perYear(2027, 2033, 110_000),
          milestones: [],
        },
      ],
    },
    {
      block: 'B4',
      pillar: 'P2',
      statement: 'Ouders vinden werk en kinderen starten goed op school.',
      target: null,
      actions: [
        {
          title: 'Werk en kinderopvang in één aanpak',
          description: 'Ouders die werk zoeken, krijgen tegelijk hulp bij kinderopvang, zodat werk en zorg voor de kinderen samengaan.',
          lead: 'werk-en-inkomen',
          contributing: ['onderwijs'],
          start: q(2026, 4),
          end: q(2031, 4),
          budget: perYear(2026, 2031, 190_000),
          milestones: [],
        },
        {
          title: 'Meer voor- en vroegschoolse educatie',
          description: 'Peuters en kleuters met een taalachterstand krijgen meer uren begeleiding, in de voorschool en in groep 1 en 2.',
          lead: 'onderwijs',
          contributing: ['ggd'],
          start: q(2027, 1),
          end: q(2034, 4),
          budget: perYear(2027, 2034, 160_000),
          milestones: [],
        },
      ],
    },
    {
      block: 'B4',
      pillar: 'P3',
      statement: 'Zorgen achter de voordeur komen op tijd in beeld.',
      target: null,
      actions: [
        {
          title: 'Signalenoverleg met corporatie, politie en wijkteam',
          description: 'Eens per maand bespreken corporatie, politie en wijkteam zorgen over adressen, zodat zij vroeg kunnen ingrijpen.',
          lead: 'veiligheid',
          contributing: ['politie', 'woningcorporatie', 'sociaal-domein'],
          start: q(2026, 3),
          end: q(2030, 4),
          budget: perYear(2026, 2030, 70_000),
          milestones: [],
        },
        {
          title: 'Aanpak huiselijk geweld in de buurt',
          description: 'Professionals en sleutelpersonen leren signalen van huiselijk geweld herkennen en weten wat ze dan moeten doen.',
          lead: 'sociaal-domein',
          contributing: ['ggd', 'politie'],
          start: q(2027, 1),
          end: q(2030, 4),
          budget: perYear(2027, 2030, 90_000),
          milestones: [],
        },
      ],
    },
    {
      block: 'B5',
      pillar: null,
      statement: 'Jol groeit mee met de nieuwe wijken van Lelystad.',
      target: null,
      actions: [
        {
          title: 'Jol in de stedelijke woonvisie',
          description: 'De nieuwe woonvisie van de stad krijgt een deel over de oude buurten, met afspraken over onderhoud en vernieuwing van Jol.',
          lead: 'wonen',
          contributing: [],
          start: q(2026, 3),
          end: q(2027, 2),
          budget: [],
          milestones: [ms('Woonvisie met een deel over bestaande buurten', '2027-06-30')],
        },
        {
          title: 'Betere busverbinding naar werkgebieden',
          description: 'De gemeente vraagt de vervoerder om een snellere busverbinding van Jol naar de bedrijventerreinen en betaalt mee aan een proef.',
          lead: 'openbare-ruimte',
          contributing: ['werk-en-inkomen'],
          start: q(2027, 3),
          end: q(2029, 4),
          budget: lines([
            [2027, 40_000],
            [2028, 80_000],
            [2029, 80_000],
          ]),
          milestones: [],
        },
      ],
    },
    {
      block: 'B6',
      pillar: null,
      statement: 'Bewoners hebben invloed op het plan voor hun buurt.',
      target: 'In 2027 hebben 300 huishoudens hun mening gegeven over het plan (eigen ambitie).',
      actions: [
        {
          title: 'Luisterronde in de buurt',
          description: 'Medewerkers gaan langs de deuren, staan bij het schoolplein en op het speelveld, en vragen bewoners wat zij belangrijk vinden.',
          lead: 'welzijn',
          contributing: ['sociaal-domein'],
          start: q(2026, 3),
          end: q(2027, 2),
          budget: lines([
            [2026, 30_000],
            [2027, 30_000],
          ]),
          milestones: [ms('Verslag van de luisterronde', '2027-04-30')],
        },
        {
          title: 'Bewonersraad Jol',
          description: 'Een bewonersraad volgt de uitvoering van het plan en mag de gemeente elk jaar vragen stellen over de voortgang.',
          lead: 'sociaal-domein',
          contributing: ['welzijn'],
          start: q(2027, 2),
          end: q(2034, 4),
          budget: perYear(2027, 2034, 25_000),
          milestones: [],
        },
      ],
    },
  ],
};

const ZUIDERZEEWIJK: DemoPlan = {
  wijk: 'Zuiderzeewijk',
  title: 'Zuiderzeewijk 2024–2040: blijven wonen, ook als het beter gaat',
  startYear: 2024,
  endYear: 2040,
  vision: text(
    'In 2040 is de Zuiderzeewijk een gemengde wijk dicht bij het centrum, waar huurders en kopers naast elkaar wonen. ' +
      'Bewoners die meer gaan verdienen, vinden een volgende woning in hun eigen wijk. ' +
      'De vernieuwing heeft vooral de mensen geholpen die er al woonden.',
  ),
  sections: {
    B1: text(
      'Na de sloop en nieuwbouw van de afgelopen jaren mag de wijk niet opnieuw achteruitgaan. ' +
        'Wij garanderen schone straten, onderhouden groen en een snelle aanpak van verloedering. ' +
        'Een vaste regiegroep van gemeente, corporatie en politie bewaakt dit niveau.',
    ),
    B2: text(
      'Niet iedereen heeft geprofiteerd van de vernieuwing. ' +
        'Bewoners in de oude huurwoningen hebben vaker schulden, gezondheidsproblemen of geen werk. ' +
        'Voor hen is er hulp die uitgaat van wat zij zelf willen bereiken.',
    ),
    B3: text(
      'De vernieuwing gaat door in de delen die nog niet aan de beurt waren. ' +
        'Er komen woningen in de middenhuur en betaalbare koopwoningen, zodat bewoners binnen de wijk kunnen verhuizen. ' +
        'De route van de wijk naar het stadshart wordt verbeterd.',
    ),
    B4: text(
      'Voor de sociale basis versterken wij het buurtcentrum en de sport in de wijk. ' +
        'Sociale stijging staat centraal: werk, opleiding en een volgende woning in de wijk. ' +
        'Sociale herovering richt zich op de straten waar de vernieuwing nog niet is geweest.',
    ),
    B5: text(
      'De Zuiderzeewijk ligt dicht bij het centrum en het station van Lelystad. ' +
        'Daardoor kan de wijk een rol spelen voor starters en voor mensen die in de regio werken. ' +
        'Dit plan sluit aan bij de plannen voor het centrum en bij de groei van de stad.',
    ),
    B6: text(
      'De sloop heeft bij sommige bewoners wantrouwen achtergelaten. ' +
        'Wij zijn eerlijk over wat nog gaat veranderen en wat niet. ' +
        'Bewoners krijgen op tijd informatie en denken mee over de inrichting van hun straat.',
    ),
  },
  status: 'adopted',
  adoptedOn: '2024-11-07',
  decisionReference: 'Raadsvoorstel 2024-118 (verzonnen)',
  goals: [
    {
      block: 'B1',
      pillar: null,
      statement: 'De vernieuwde en de oude delen van de wijk blijven schoon, heel en veilig.',
      target: 'Tot 2040 geven bewoners hun straat minimaal een 7 (eigen ambitie).',
      actions: [
        {
          title: 'Regiegroep basis op orde',
          description: 'Gemeente, corporatie en politie komen elk kwartaal samen, bekijken de meldingen en spreken af wie wat oppakt.',
          lead: 'veiligheid',
          contributing: ['openbare-ruimte', 'woningcorporatie', 'politie'],
          start: q(2024, 4),
          end: q(2031, 4),
          budget: perYear(2024, 2031, 40_000),
          milestones: [ms('Eerste jaarrapport', '2025-12-31', true)],
        },
        {
          title: 'Snelle aanpak van verloedering',
          description: 'Graffiti, kapotte verlichting en dumpingen worden binnen twee werkdagen opgeruimd of gerepareerd.',
          lead: 'openbare-ruimte',
          contributing: ['woningcorporatie'],
          start: q(2025, 1),
          end: q(2030, 4),
          budget: perYear(2025, 2030, 190_000),
          milestones: [],
        },
      ],
    },
    {
      block: 'B2',
      pillar: null,
      statement: 'Bewoners van de oude huurwoningen krijgen hulp die past bij hun eigen doelen.',
      target: null,
      actions: [
        {
          title: 'Wijkcoaches met eigen budget',
          description: 'Wijkcoaches vragen bewoners wat zij willen bereiken en kunnen zelf kleine kosten betalen die daarbij helpen.',
          lead: 'sociaal-domein',
          contributing: ['werk-en-inkomen'],
          start: q(2025, 1),
          end: q(2030, 4),
          budget: perYear(2025, 2030, 280_000),
          milestones: [ms('Vier wijkcoaches aan de slag', '2025-04-30', true)],
        },
        {
          title: 'Gezondheid in de wijk',
          description: 'De GGD werkt samen met huisartsen en sportverenigingen aan bewegen, gezond eten en stoppen met roken.',
          lead: 'ggd',
          contributing: ['sociaal-domein', 'welzijn'],
          start: q(2025, 2),
          end: q(2029, 4),
          budget: perYear(2025, 2029, 95_000),
          milestones: [ms('Gezondheidsgesprekken met bewoners afgerond', '2026-06-30', true)],
        },
      ],
    },
    {
      block: 'B3',
      pillar: null,
      statement: 'De vernieuwing wordt afgemaakt met een goede mix van huur en koop.',
      target: 'In 2034 is een derde van de woningen in de vernieuwde delen middenhuur of betaalbare koop (eigen ambitie).',
      actions: [
        {
          title: 'Vernieuwing van het laatste deel van de wijk',
          description: 'De corporatie vervangt de laatste verouderde huurwoningen. Huidige huurders krijgen voorrang op een nieuwe woning in de wijk.',
          lead: 'woningcorporatie',
          contributing: ['wonen'],
          start: q(2026, 1),
          end: q(2033, 4),
          budget: perYear(2026, 2033, 1_500_000),
          milestones: [ms('Sociaal plan vastgesteld', '2026-06-30', true), ms('Start van de bouw', '2028-03-31')],
        },
        {
          title: 'Betaalbare koop voor huidige bewoners',
          description: 'Huurders uit de wijk kunnen met een starterslening of korting een nieuwe koopwoning in de wijk kopen.',
          lead: 'wonen',
          contributing: ['woningcorporatie'],
          start: q(2025, 3),
          end: q(2030, 4),
          budget: perYear(2025, 2030, 250_000),
          milestones: [],
        },
        {
          title: 'Route van de wijk naar het stadshart',
          description: 'De looproute naar het centrum en het station wordt breder, groener en beter verlicht.',
          lead: 'openbare-ruimte',
          contributing: [],
          start: q(2026, 2),
          end: q(2028, 4),
          budget: lines([
            [2026, 200_000],
            [2027, 900_000],
            [2028, 500_000],
          ]),
          milestones: [],
        },
      ],
    },
    {
      block: 'B4',
      pillar: 'P1',
      statement: 'Het buurtcentrum en de sportvelden zijn de huiskamer van de wijk.',
      target: null,
      actions: [
        {
          title: 'Buurtcentrum vernieuwen',
          description: 'Het buurtcentrum krijgt een nieuwe indeling met een open keuken, ruimte voor clubs en een plek voor het wijkteam.',
          lead: 'welzijn',
          contributing: ['sociaal-domein', 'openbare-ruimte'],
          start: q(2025, 1),
          end: q(2027, 4),
          budget: lines([
            [2025, 100_000],
            [2026, 450_000],
            [2027, 150_000],
          ]),
          milestones: [ms('Ontwerp met gebruikers klaar', '2025-10-31', true), ms('Buurtcentrum weer open', '2027-09-30')],
        },
        {
          title: 'Buurtsportcoach',
          description: 'Een buurtsportcoach organiseert sport op de velden na schooltijd en helpt kinderen de weg naar een club te vinden.',
          lead: 'welzijn',
          contributing: ['onderwijs'],
          start: q(2024, 4),
          end: q(2030, 4),
          budget: perYear(2024, 2030, 65_000),
          milestones: [],
        },
      ],
    },
    {
      block: 'B4',
      pillar: 'P2',
      statement: 'Bewoners komen vooruit in werk en opleiding.',
      target: 'In 2030 zijn 250 bewoners aan het werk of in opleiding via de wijkaanpak (eigen ambitie).',
      actions: [
        {
          title: 'Leerwerkplekken bij de vernieuwing',
          description: 'Bouwbedrijven die in de wijk werken, bieden leerwerkplekken aan bewoners. Dat staat in de bouwcontracten.',
          lead: 'werk-en-inkomen',
          contributing: ['woningcorporatie', 'onderwijs'],
          start: q(2025, 1),
          end: q(2031, 4),
          budget: perYear(2025, 2031, 220_000),
          milestones: [ms('Afspraak over leerwerkplekken in het bouwcontract', '2025-12-31', true)],
        },
      ],
    },
    {
      block: 'B4',
      pillar: 'P3',
      statement: 'De straten die nog niet vernieuwd zijn, worden veiliger.',
      target: null,
      actions: [
        {
          title: 'Aanpak van overlastpanden',
          description: 'Panden waar steeds overlast is, krijgen een aanpak op maat: van een gesprek met de bewoner tot sluiting van de woning.',
          lead: 'veiligheid',
          contributing: ['politie', 'woningcorporatie'],
          start: q(2024, 4),
          end: q(2028, 4),
          budget: perYear(2024, 2028, 130_000),
          milestones: [ms('Lijst met aandachtspanden', '2025-03-31', true)],
        },
        {
          title: 'Buurtpreventie met bewoners',
          description: 'Bewoners lopen samen avondrondes en melden onveilige situaties via een buurtapp, met steun van de wijkagent.',
          lead: 'politie',
          contributing: ['veiligheid', 'welzijn'],
          start: q(2025, 1),
          end: q(2029, 4),
          budget: perYear(2025, 2029, 30_000),
          milestones: [],
        },
      ],
    },
    {
      block: 'B5',
      pillar: null,
      statement: 'De wijk profiteert van de groei van het centrum en de stad.',
      target: null,
      actions: [
        {
          title: 'Afstemming met de plannen voor het centrum',
          description: 'De planning van de vernieuwing wordt afgestemd met de bouwplannen in het centrum, zodat er geen concurrentie om dezelfde kopers ontstaat.',
          lead: 'wonen',
          contributing: ['openbare-ruimte'],
          start: q(2024, 4),
          end: q(2027, 4),
          budget: [],
          milestones: [ms('Gezamenlijke planning vastgesteld', '2025-06-30', true)],
        },
      ],
    },
    {
      block: 'B6',
      pillar: null,
      statement: 'Bewoners krijgen eerlijke informatie en denken mee over hun straat.',
      target: 'In 2028 zegt de meerderheid van de bewoners dat zij op tijd worden geïnformeerd (eigen ambitie).',
      actions: [
        {
          title: 'Straatgesprekken bij elke fase',
          description: 'Voor elke nieuwe fase van de vernieuwing is er een gesprek per straat over de planning, de overlast en de inrichting.',
          lead: 'wonen',
          contributing: ['woningcorporatie', 'welzijn'],
          start: q(2025, 1),
          end: q(2032, 4),
          budget: perYear(2025, 2032, 35_000),
          milestones: [],
        },
        {
          title: 'Informatiepunt vernieuwing',
          description: 'In de wijk is een informatiepunt waar bewoners tekeningen kunnen bekijken en vragen kunnen stellen over hun woning.',
          lead: 'woningcorporatie',
          contributing: ['wonen'],
          start: q(2025, 2),
          end: q(2031, 4),
          budget: perYear(2025, 2031, 60_000),
          milestones: [ms('Informatiepunt open', '2025-06-30', true)],
        },
      ],
    },
  ],
};

// ---------------------------------------------------------------------------------------------------
// Nijmegen
// ---------------------------------------------------------------------------------------------------

const MEIJHORST: DemoPlan = {
  wijk: 'Meijhorst',
  title: 'Wijkplan Meijhorst 2025–2040',
  startYear: 2025,
  endYear: 2040,
  vision: text(
    'In 2040 is Meijhorst een groene buurt in Dukenburg waar grote gezinnen en nieuwkomers een thuis vinden en vooruitkomen. ' +
      'De hoogbouw is vernieuwd en de paden en tunnels voelen veilig. ' +
      'Bewoners, gemeente en partners werken samen en houden dat vol.',
  ),
  sections: {
    B1: text(
      'Meijhorst heeft veel groen, aparte paden voor fietsers en voetgangers en tunnels onder de wegen. ' +
        'Dat is waardevol, maar het vraagt goed onderhoud en overzicht. ' +
        'De gemeente garandeert een vast niveau van schoon, heel en veilig, ook in de tunnels en rond de flats. ' +
        'De aanpak loopt door over meerdere raadsperiodes.',
    ),
    B2: text(
      'In Meijhorst wonen veel grote gezinnen en nieuwkomers, vaak met een laag inkomen. ' +
        'Veel huishoudens hebben met meerdere instanties te maken. ' +
        'Zij krijgen één vast aanspreekpunt en één plan, en professionals krijgen ruimte om maatwerk te leveren.',
    ),
    B3: text(
      'De hoogbouw uit de jaren zeventig wordt vernieuwd en beter geïsoleerd. ' +
        'Er komen ook grotere woningen en woningen voor mensen die vooruit willen in de buurt. ' +
        'De tunnels en paden worden lichter en overzichtelijker, zonder het groen te verliezen.',
    ),
    B4: text(
      'De sociale basis bouwt voort op wat er al is: het buurtcentrum, de sportvelden, geloofsgemeenschappen en zelforganisaties. ' +
        'Sociale stijging richt zich op taal, werk en onderwijs, met extra aandacht voor nieuwkomers. ' +
        'Sociale herovering pakt drugsoverlast en ondermijning rond de flats aan.',
    ),
    B5: text(
      'Meijhorst hoort bij Dukenburg en leunt op de voorzieningen in het winkelcentrum van Dukenburg. ' +
        'Voor de stad is de buurt een plek met betaalbare woningen voor grote gezinnen en nieuwkomers. ' +
        'Dit plan sluit aan bij de stedelijke wijkenaanpak en bij de afspraken over huisvesting in de hele stad.',
    ),
    B6: text(
      'Veel bewoners spreken nog weinig Nederlands of hebben slechte ervaringen met instanties. ' +
        'Daarom werken wij met sleutelpersonen uit de verschillende gemeenschappen. ' +
        'Wij communiceren in eenvoudige taal en, waar nodig, in meerdere talen.',
    ),
  },
  status: 'adopted',
  adoptedOn: '2025-07-03',
  decisionReference: 'Raadsvoorstel 2025/118 (verzonnen)',
  goals: [
    {
      block: 'B1',
      pillar: null,
      statement: 'Paden, tunnels en groen in Meijhorst zijn schoon, heel en veilig.',
      target: 'In 2030 voelt 70% van de bewoners zich \'s avonds veilig op de paden (eigen ambitie).',
      actions: [
        {
          title: 'Tunnels en paden lichter en overzichtelijker',
          description: 'De fietstunnels krijgen lichte wanden en betere verlichting. Struiken langs de paden worden gesnoeid, zodat je ver vooruit kunt kijken.',
          lead: 'openbare-ruimte',
          contributing: ['veiligheid', 'politie'],
          start: q(2025, 3),
          end: q(2028, 4),
          budget: lines([
            [2025, 150_000],
            [2026, 600_000],
            [2027, 600_000],
            [2028, 250_000],
          ]),
          milestones: [
            ms('Avondschouw met bewoners', '2025-11-30', true),
            ms('Eerste vier tunnels aangepakt', '2026-09-30', true),
            ms('Alle tunnels aangepakt', '2028-12-31'),
          ],
        },
        {
          title: 'Vast onderhoudsniveau in het groen',
          description: 'Het groen rond de flats krijgt een vast onderhoudsniveau. Bewoners kunnen een stuk groen adopteren en krijgen daarbij hulp.',
          lead: 'openbare-ruimte',
          contributing: ['welzijn'],
          start: q(2025, 3),
          end: q(2032, 4),
          budget: perYear(2025, 2032, 240_000),
          milestones: [],
        },
      ],
    },
    {
      block: 'B2',
      pillar: null,
      statement: 'Gezinnen met meerdere problemen hebben één plan en één regisseur.',
      target: 'In 2028 heeft elk gezin dat het wijkteam helpt één vast aanspreekpunt (eigen ambitie).',
      actions: [
        {
          title: 'Eén gezin, één plan, één regisseur',
          description: 'Wijkteam, schuldhulp, GGD en corporatie maken samen met het gezin één plan. Eén regisseur zorgt dat iedereen zich eraan houdt.',
          lead: 'sociaal-domein',
          contributing: ['werk-en-inkomen', 'ggd', 'woningcorporatie'],
          start: q(2025, 3),
          end: q(2031, 4),
          budget: perYear(2025, 2031, 380_000),
          milestones: [ms('Werkafspraken tussen partners', '2025-12-31', true)],
        },
        {
          title: 'Maatwerkbudget voor het wijkteam',
          description: 'Het wijkteam mag zelf kleine bedragen uitgeven als dat een gezin echt verder helpt, zonder een lange aanvraag.',
          lead: 'sociaal-domein',
          contributing: ['werk-en-inkomen'],
          start: q(2026, 1),
          end: q(2030, 4),
          budget: perYear(2026, 2030, 80_000),
          milestones: [ms('Eerste evaluatie van het maatwerkbudget', '2026-12-31')],
        },
      ],
    },
    {
      block: 'B3',
      pillar: null,
      statement: 'De hoogbouw is vernieuwd en er zijn woningen voor grote gezinnen en voor bewoners die vooruitkomen.',
      target: 'In 2035 zijn alle flats van de corporatie in Meijhorst vernieuwd (eigen ambitie).',
      actions: [
        {
          title: 'Renovatie van de hoogbouw, fase 1',
          description: 'De corporatie vernieuwt de eerste flats: isolatie, nieuwe liften, veilige entrees en bergingen. Bewoners kiezen mee over de entree.',
          lead: 'woningcorporatie',
          contributing: ['wonen'],
          start: q(2026, 1),
          end: q(2032, 4),
          budget: perYear(2026, 2032, 1_800_000),
          milestones: [ms('Bewoners van de eerste flat akkoord', '2026-06-30', true), ms('Eerste flat klaar', '2028-06-30')],
        },
        {
          title: 'Grote woningen en middenhuur',
          description: 'Bij de renovatie worden kleine woningen samengevoegd tot woningen voor grote gezinnen. Op een vrije plek komt middenhuur.',
          lead: 'wonen',
          contributing: ['woningcorporatie'],
          start: q(2027, 1),
          end: q(2033, 4),
          budget: lines([
            [2027, 200_000],
            [2028, 400_000],
            [2029, 400_000],
            [2030, 400_000],
          ]),
          milestones: [],
        },
      ],
    },
    {
      block: 'B4',
      pillar: 'P1',
      statement: 'Bewoners en zelforganisaties hebben ruimte en steun om elkaar te helpen.',
      target: null,
      actions: [
        {
          title: 'Ruimte voor zelforganisaties in het buurtcentrum',
          description: 'Zelforganisaties van bewoners kunnen gratis ruimte gebruiken in het buurtcentrum en krijgen hulp bij subsidieaanvragen.',
          lead: 'welzijn',
          contributing: ['sociaal-domein'],
          start: q(2025, 3),
          end: q(2031, 4),
          budget: perYear(2025, 2031, 120_000),
          milestones: [ms('Afspraken met vijf zelforganisaties', '2026-03-31', true)],
        },
        {
          title: 'Buurtsport op de velden',
          description: 'Op de sportvelden is na schooltijd en in de vakanties sport en spel voor kinderen, begeleid door trainers uit de buurt.',
          lead: 'welzijn',
          contributing: ['openbare-ruimte', 'onderwijs'],
          start: q(2025, 4),
          end: q(2029, 4),
          budget: perYear(2025, 2029, 70_000),
          milestones: [],
        },
      ],
    },
    {
      block: 'B4',
      pillar: 'P2',
      statement: 'Nieuwkomers en jongeren leren de taal, halen een diploma en vinden werk.',
      target: 'In 2032 volgen alle nieuwkomers in de buurt binnen een half jaar na aankomst een taaltraject (eigen ambitie).',
      actions: [
        {
          title: 'Taal en werk voor nieuwkomers',
          description: 'Nieuwkomers leren Nederlands in de buurt en doen tegelijk werkervaring op. Een coach begeleidt hen tot een betaalde baan.',
          lead: 'werk-en-inkomen',
          contributing: ['onderwijs', 'welzijn'],
          start: q(2025, 3),
          end: q(2031, 4),
          budget: perYear(2025, 2031, 420_000),
          milestones: [ms('Taalhuis in de buurt open', '2026-01-31', true)],
        },
        {
          title: 'Brede school met extra leertijd',
          description: 'De basisschool wordt een brede school met extra leertijd, sport en cultuur, en een ouderkamer waar ouders elkaar ontmoeten.',
          lead: 'onderwijs',
          contributing: ['welzijn', 'ggd'],
          start: q(2026, 1),
          end: q(2032, 4),
          budget: perYear(2026, 2032, 300_000),
          milestones: [],
        },
      ],
    },
    {
      block: 'B4',
      pillar: 'P3',
      statement: 'Drugsoverlast en ondermijning rond de flats zijn sterk afgenomen.',
      target: 'In 2030 zijn er minder meldingen van drugsoverlast dan in 2025 (eigen ambitie).',
      actions: [
        {
          title: 'Integrale aanpak ondermijning Dukenburg',
          description: 'Gemeente, politie, corporatie en uitkeringsinstantie delen signalen en treden samen op tegen drugshandel en misbruik van woningen.',
          lead: 'veiligheid',
          contributing: ['politie', 'woningcorporatie', 'werk-en-inkomen'],
          start: q(2025, 3),
          end: q(2030, 4),
          budget: perYear(2025, 2030, 260_000),
          milestones: [ms('Convenant met partners getekend', '2025-10-31', true)],
        },
        {
          title: 'Jongerenwerk op straat in de avond',
          description: 'Jongerenwerkers zijn \'s avonds op straat, kennen de jongeren en helpen hen aan een opleiding, werk of een sportclub.',
          lead: 'welzijn',
          contributing: ['politie', 'veiligheid'],
          start: q(2025, 3),
          end: q(2029, 4),
          budget: perYear(2025, 2029, 150_000),
          milestones: [],
        },
      ],
    },
    {
      block: 'B5',
      pillar: null,
      statement: 'Meijhorst is goed verbonden met de voorzieningen en banen in de stad, en draagt niet meer dan zijn deel.',
      target: null,
      actions: [
        {
          title: 'Spreiding van huisvesting over de stad',
          description: 'De gemeente maakt met de corporaties afspraken over een eerlijke verdeling van kwetsbare woningzoekers over alle wijken van Nijmegen.',
          lead: 'wonen',
          contributing: ['sociaal-domein', 'woningcorporatie'],
          start: q(2025, 4),
          end: q(2027, 4),
          budget: [],
          milestones: [ms('Stedelijke afspraak over spreiding', '2026-10-31', true)],
        },
        {
          title: 'Veilige fietsroute naar winkelcentrum en station Dukenburg',
          description: 'De route van Meijhorst naar het winkelcentrum en het station wordt korter, beter verlicht en veiliger bij de oversteken.',
          lead: 'openbare-ruimte',
          contributing: [],
          start: q(2026, 2),
          end: q(2028, 4),
          budget: lines([
            [2026, 100_000],
            [2027, 350_000],
            [2028, 250_000],
          ]),
          milestones: [],
        },
      ],
    },
    {
      block: 'B6',
      pillar: null,
      statement: 'Bewoners uit alle gemeenschappen weten wat er gebeurt en praten mee.',
      target: 'Vanaf 2026 zijn er sleutelpersonen uit ten minste acht gemeenschappen actief (eigen ambitie).',
      actions: [
        {
          title: 'Netwerk van sleutelpersonen',
          description: 'Sleutelpersonen uit verschillende gemeenschappen krijgen training en een vergoeding. Zij brengen vragen en zorgen van bewoners in.',
          lead: 'welzijn',
          contributing: ['sociaal-domein', 'ggd'],
          start: q(2025, 3),
          end: q(2032, 4),
          budget: perYear(2025, 2032, 90_000),
          milestones: [ms('Eerste groep sleutelpersonen getraind', '2026-02-28', true)],
        },
        {
          title: 'Informatie in eenvoudige taal en meerdere talen',
          description: 'Brieven en nieuwsbrieven over het plan zijn in eenvoudige taal. Belangrijke informatie komt ook in de talen die in de buurt het meest worden gesproken.',
          lead: 'sociaal-domein',
          contributing: ['welzijn'],
          start: q(2025, 4),
          end: q(2030, 4),
          budget: perYear(2025, 2030, 30_000),
          milestones: [],
        },
      ],
    },
  ],
};

const WILLEMSKWARTIER: DemoPlan = {
  wijk: 'Willemskwartier',
  title: 'Willemskwartier 2026–2045: oude wijk, nieuwe kansen',
  startYear: 2026,
  endYear: 2045,
  vision: text(
    'In 2045 is het Willemskwartier een hechte buurt dicht bij het centrum, waar oude en nieuwe bewoners samen leven. ' +
      'De woningen zijn betaalbaar en gezond. ' +
      'Kinderen uit de wijk komen even goed vooruit als kinderen uit andere delen van Nijmegen.',
  ),
  sections: {
    B1: text(
      'Het Willemskwartier is een oude arbeiderswijk, met de Landbouwbuurt en de Muntenbuurt erbij. ' +
        'Een deel van de woningen is al vernieuwd. ' +
        'Wij willen de winst vasthouden met een vast niveau van schoon, heel en veilig, en met één beheerteam voor de hele buurt.',
    ),
    B2: text(
      'Een deel van de bewoners woont hier al generaties, anderen zijn net gekomen. ' +
        'Sommige gezinnen krijgen al jaren hulp van veel instanties, zonder dat het beter wordt. ' +
        'Wij willen stoppen met losse hulp en samen met het gezin één route kiezen.',
    ),
    B3: text(
      'Een deel van de oude woningen is vochtig en slecht geïsoleerd. ' +
        'Die worden aangepakt, zonder dat de huur voor de huidige bewoners te hoog wordt. ' +
        'Binnenterreinen en straten worden groener en koeler in de zomer.',
    ),
    B4: text(
      'De wijk heeft een lange traditie van buurtwerk en zelf dingen organiseren; dat is de kern van de sociale basis. ' +
        'Sociale stijging gaat vooral over kinderen en jongeren en hun kansen op school. ' +
        'Bij sociale herovering gaat het om een kleine groep die voor veel overlast zorgt.',
    ),
    B5: text(
      'Het Willemskwartier ligt in Nijmegen-Midden, dicht bij het centrum. ' +
        'Omdat de stad groeit, komt er druk op de woningen in de wijk. ' +
        'Dit plan zorgt ervoor dat de wijk betaalbaar blijft en aansluit bij de plannen voor de hele stad.',
    ),
    B6: text(
      'Bewoners zijn gewend om zelf op te komen voor hun buurt. ' +
        'Wij willen daar beter op aansluiten en bewoners een echte stem geven in de keuzes. ' +
        'In dit concept staan vragen die wij eerst met bewoners willen bespreken.',
    ),
  },
  status: 'draft',
  adoptedOn: null,
  decisionReference: null,
  goals: [
    {
      block: 'B1',
      pillar: null,
      statement: 'De buurt blijft schoon, heel en veilig, en de winst van de vernieuwing blijft behouden.',
      target: null,
      actions: [
        {
          title: 'Eén beheerteam voor de openbare ruimte',
          description: 'Gemeente en corporatie werken met één beheerteam voor straten, groen en binnenterreinen, met één nummer voor meldingen.',
          lead: 'openbare-ruimte',
          contributing: ['woningcorporatie', 'welzijn'],
          start: q(2026, 3),
          end: q(2033, 4),
          budget: perYear(2026, 2033, 170_000),
          milestones: [],
        },
      ],
    },
    {
      block: 'B2',
      pillar: null,
      statement: 'Gezinnen die al lang hulp krijgen, krijgen één route die werkt.',
      target: 'In 2031 heeft de helft van de gezinnen met langdurige hulp minder instanties over de vloer (eigen ambitie).',
      actions: [
        {
          title: 'Doorbraakaanpak voor vastgelopen gezinnen',
          description: 'Voor gezinnen bij wie de hulp vastloopt, komen alle hulpverleners bij elkaar. Zij kiezen samen met het gezin één route en één begeleider.',
          lead: 'sociaal-domein',
          contributing: ['werk-en-inkomen', 'ggd', 'onderwijs'],
          start: q(2026, 4),
          end: q(2032, 4),
          budget: perYear(2026, 2032, 290_000),
          milestones: [ms('Eerste twintig gezinnen in de aanpak', '2027-06-30')],
        },
      ],
    },
    {
      block: 'B3',
      pillar: null,
      statement: 'De woningen zijn gezond, droog en goed geïsoleerd, met een betaalbare huur.',
      target: 'In 2033 zijn alle vochtige huurwoningen aangepakt (eigen ambitie).',
      actions: [
        {
          title: 'Aanpak van vocht en schimmel',
          description: 'Alle oude huurwoningen worden gecontroleerd op vocht en schimmel. Woningen met klachten worden als eerste aangepakt.',
          lead: 'woningcorporatie',
          contributing: ['wonen', 'ggd'],
          start: q(2026, 3),
          end: q(2030, 4),
          budget: perYear(2026, 2030, 700_000),
          milestones: [ms('Alle woningen gecontroleerd', '2027-06-30')],
        },
        {
          title: 'Isoleren zonder huurverhoging',
          description: 'Gemeente en corporatie betalen samen de isolatie van de oudste woningen, zodat de huur voor de huidige bewoners gelijk blijft.',
          lead: 'wonen',
          contributing: ['woningcorporatie'],
          start: q(2027, 1),
          end: q(2034, 4),
          budget: perYear(2027, 2034, 400_000),
          milestones: [],
        },
        {
          title: 'Groene en koele straten',
          description: 'Stenen worden vervangen door bomen en planten, zodat straten koeler zijn in de zomer en regenwater beter wegloopt.',
          lead: 'openbare-ruimte',
          contributing: ['welzijn'],
          start: q(2027, 2),
          end: q(2031, 4),
          budget: perYear(2027, 2031, 220_000),
          milestones: [],
        },
      ],
    },
    {
      block: 'B4',
      pillar: 'P1',
      statement: 'Buurtwerk en bewonersinitiatieven blijven de kracht van de wijk.',
      target: null,
      actions: [
        {
          title: 'Steun voor het buurthuis van bewoners',
          description: 'Het buurthuis dat bewoners zelf runnen, krijgt vaste steun voor huur, onderhoud en een beheerder.',
          lead: 'welzijn',
          contributing: ['sociaal-domein'],
          start: q(2026, 3),
          end: q(2033, 4),
          budget: perYear(2026, 2033, 100_000),
          milestones: [],
        },
        {
          title: 'Ontmoeting tussen oude en nieuwe bewoners',
          description: 'Buurtmaaltijden, een straatfeest en een buddy voor nieuwe bewoners zorgen dat oud en nieuw elkaar leren kennen.',
          lead: 'welzijn',
          contributing: [],
          start: q(2027, 1),
          end: q(2029, 4),
          budget: perYear(2027, 2029, 35_000),
          milestones: [],
        },
      ],
    },
    {
      block: 'B4',
      pillar: 'P2',
      statement: 'Kinderen en jongeren uit de wijk hebben dezelfde kansen op school als anderen in de stad.',
      target: 'In 2035 gaat een even groot deel van de kinderen naar havo of vwo als gemiddeld in Nijmegen (eigen ambitie).',
      actions: [
        {
          title: 'Extra leertijd en mentoren',
          description: 'Leerlingen krijgen extra lestijd en een mentor, vaak een student, die hen helpt bij de overstap naar de middelbare school.',
          lead: 'onderwijs',
          contributing: ['welzijn'],
          start: q(2026, 3),
          end: q(2033, 2),
          budget: perYear(2026, 2033, 260_000),
          milestones: [],
        },
        {
          title: 'Stageplekken via bedrijven in de stad',
          description: 'Bedrijven en instellingen in Nijmegen bieden jongeren uit de wijk stageplekken en een kijkje in hun vak.',
          lead: 'werk-en-inkomen',
          contributing: ['onderwijs'],
          start: q(2027, 1),
          end: q(2031, 4),
          budget: perYear(2027, 2031, 80_000),
          milestones: [],
        },
      ],
    },
    {
      block: 'B4',
      pillar: 'P3',
      statement: 'De overlast door een kleine groep bewoners is voorbij.',
      target: null,
      actions: [
        {
          title: 'Persoonsgerichte aanpak',
          description: 'Voor de kleine groep die voor veel overlast zorgt, maken politie, gemeente en corporatie per persoon een plan met straf en hulp.',
          lead: 'veiligheid',
          contributing: ['politie', 'sociaal-domein', 'woningcorporatie'],
          start: q(2026, 3),
          end: q(2030, 4),
          budget: perYear(2026, 2030, 140_000),
          milestones: [],
        },
        {
          title: 'Buurtbemiddeling bij ruzies tussen buren',
          description:
            'Getrainde vrijwilligers helpen buren om ruzies over geluid, afval of kinderen zelf op te lossen, voordat politie of corporatie nodig is.',
          lead: 'welzijn',
          contributing: ['politie', 'woningcorporatie'],
          start: q(2026, 4),
          end: q(2030, 4),
          budget: perYear(2026, 2030, 45_000),
          milestones: [],
        },
      ],
    },
    {
      block: 'B5',
      pillar: null,
      statement: 'Het Willemskwartier blijft betaalbaar terwijl de stad groeit.',
      target: 'Tot 2045 blijft het aandeel sociale huur in de wijk gelijk (eigen ambitie).',
      actions: [
        {
          title: 'Geen verkoop van sociale huurwoningen',
          description: 'In de prestatieafspraken staat dat de corporatie in het Willemskwartier geen sociale huurwoningen verkoopt.',
          lead: 'wonen',
          contributing: ['woningcorporatie'],
          start: q(2026, 3),
          end: q(2028, 4),
          budget: [],
          milestones: [ms('Afspraak in de prestatieafspraken', '2027-12-31')],
        },
        {
          title: 'Opkoopbescherming voor goedkope koopwoningen',
          description: 'Goedkope koopwoningen mogen de eerste jaren na aankoop niet worden verhuurd, zodat ze beschikbaar blijven voor starters.',
          lead: 'wonen',
          contributing: [],
          start: q(2026, 4),
          end: q(2029, 4),
          budget: perYear(2026, 2029, 40_000),
          milestones: [],
        },
      ],
    },
    {
      block: 'B6',
      pillar: null,
      statement: 'Bewoners beslissen mee over de grote keuzes in dit plan.',
      target: null,
      actions: [
        {
          title: 'Bewonersberaad over het concept',
          description: 'Een groep gelote bewoners bespreekt het concept en geeft de raad advies over de grote keuzes, zoals renovatie en groen.',
          lead: 'sociaal-domein',
          contributing: ['welzijn'],
          start: q(2026, 4),
          end: q(2027, 3),
          budget: lines([
            [2026, 25_000],
            [2027, 60_000],
          ]),
          milestones: [ms('Advies van het bewonersberaad', '2027-09-30')],
        },
        {
          title: 'Wijkbudget Willemskwartier',
          description: 'Bewoners bepalen elk jaar zelf waar een deel van het geld voor de wijk naartoe gaat.',
          lead: 'sociaal-domein',
          contributing: ['welzijn'],
          start: q(2027, 3),
          end: q(2034, 2),
          budget: perYear(2027, 2034, 75_000),
          milestones: [],
        },
      ],
    },
  ],
};

// ---------------------------------------------------------------------------------------------------
// Rotterdam
// ---------------------------------------------------------------------------------------------------

const AFRIKAANDERWIJK: DemoPlan = {
  wijk: 'Afrikaanderwijk',
  title: 'Afrikaanderwijk 2023–2042: kansen voor iedereen op Zuid',
  startYear: 2023,
  endYear: 2042,
  vision: text(
    'In 2042 is de Afrikaanderwijk een wijk waar nieuwe Rotterdammers een goede start maken en waar mensen blijven als het beter met hen gaat. ' +
      'De Afrikaandermarkt en het Afrikaanderpark zijn de trots van de wijk. ' +
      'Kinderen uit de wijk hebben dezelfde kansen als kinderen elders in Rotterdam.',
  ),
  sections: {
    B1: text(
      'De aanpak van de Afrikaanderwijk hoort bij het Nationaal Programma Rotterdam Zuid, dat voor lange tijd is afgesproken. ' +
        'Wij houden die lange adem vast. ' +
        'Het basisniveau is schoon, heel en veilig, ook rond de markt op marktdagen.',
    ),
    B2: text(
      'Veel bewoners zijn nieuw in Nederland of hebben een laag inkomen. ' +
        'Zij hebben te maken met veel regels en instanties. ' +
        'Wij willen dat bewoners hulp krijgen die aansluit bij hun taal, hun achtergrond en hun situatie.',
    ),
    B3: text(
      'Veel woningen in de wijk zijn oud en klein. ' +
        'Samen met de corporatie en particuliere eigenaren verbeteren wij de woningen en voegen wij grotere woningen toe. ' +
        'Het Afrikaanderpark en de markt blijven de belangrijkste openbare plekken en worden goed onderhouden.',
    ),
    B4: text(
      'De sociale basis is rijk: er zijn veel zelforganisaties en geloofsgemeenschappen, en de markt is een ontmoetingsplek. ' +
        'Voor sociale stijging volgen wij de lijn van het nationaal programma: school, werk en wonen. ' +
        'Sociale herovering richt zich op ondermijning in bedrijfspanden en op uitbuiting van huurders.',
    ),
    B5: text(
      'De Afrikaanderwijk ligt op Rotterdam-Zuid, dicht bij de Kop van Zuid en het centrum. ' +
        'De wijk heeft een functie voor de hele stad, als eerste woonplek voor nieuwe Rotterdammers en door de markt. ' +
        'Het nationaal programma bepaalt voor een groot deel de koers voor onderwijs, werk en wonen op Zuid.',
    ),
    B6: text(
      'Bewoners zijn kritisch, omdat er al veel programma\'s in de wijk zijn geweest. ' +
        'Wij werken via mensen die bewoners al vertrouwen, zoals sleutelpersonen en zelforganisaties. ' +
        'Elk jaar vertellen wij in de wijk wat er is bereikt en wat niet.',
    ),
  },
  status: 'adopted',
  adoptedOn: '2023-03-16',
  decisionReference: 'Raadsvoorstel 2023/041 (verzonnen)',
  goals: [
    {
      block: 'B1',
      pillar: null,
      statement: 'De wijk en de markt zijn schoon, heel en veilig, ook op marktdagen.',
      target: 'In 2027 ligt er twee uur na het einde van een marktdag geen afval meer op straat (eigen ambitie).',
      actions: [
        {
          title: 'Extra schoonmaak rond de Afrikaandermarkt',
          description: 'Na elke marktdag ruimt een vaste ploeg de markt en de straten eromheen op. Marktkooplieden nemen hun eigen afval mee.',
          lead: 'openbare-ruimte',
          contributing: ['veiligheid'],
          start: q(2023, 2),
          end: q(2030, 4),
          budget: perYear(2023, 2030, 310_000),
          milestones: [ms('Nieuwe afspraken met marktkooplieden', '2023-09-30', true), ms('Evaluatie met marktkooplieden en bewoners', '2025-06-30', true)],
        },
        {
          title: 'Wijkregie voor de lange termijn',
          description: 'Een wijkregisseur bewaakt de samenhang tussen dit plan en het nationaal programma, en blijft aan, ook als programma\'s wisselen.',
          lead: 'sociaal-domein',
          contributing: ['wonen', 'veiligheid'],
          start: q(2023, 1),
          end: q(2030, 4),
          budget: perYear(2023, 2030, 130_000),
          milestones: [ms('Wijkregisseur benoemd', '2023-04-30', true)],
        },
      ],
    },
    {
      block: 'B2',
      pillar: null,
      statement: 'Nieuwe Rotterdammers krijgen hulp in hun eigen taal en passend bij hun situatie.',
      target: null,
      actions: [
        {
          title: 'Sleutelpersonen in het wijkteam',
          description: 'Het wijkteam werkt met sleutelpersonen die de taal en de achtergrond van bewoners kennen en hen helpen de weg te vinden.',
          lead: 'sociaal-domein',
          contributing: ['welzijn'],
          start: q(2023, 2),
          end: q(2029, 4),
          budget: perYear(2023, 2029, 210_000),
          milestones: [ms('Tien sleutelpersonen aan de slag', '2023-12-31', true)],
        },
        {
          title: 'Hulp bij formulieren en geldzaken',
          description: 'In de wijk is elke dag een spreekuur waar bewoners hulp krijgen bij brieven, toeslagen en betalingsregelingen.',
          lead: 'werk-en-inkomen',
          contributing: ['welzijn'],
          start: q(2023, 3),
          end: q(2028, 4),
          budget: perYear(2023, 2028, 140_000),
          milestones: [],
        },
      ],
    },
    {
      block: 'B3',
      pillar: null,
      statement: 'Oude en kleine woningen zijn verbeterd en er zijn meer grote woningen.',
      target: 'In 2032 zijn 500 woningen verbeterd of samengevoegd (eigen ambitie).',
      actions: [
        {
          title: 'Kleine woningen samenvoegen',
          description: 'De corporatie voegt kleine portiekwoningen samen tot ruimere woningen voor gezinnen, en verbetert meteen de isolatie.',
          lead: 'woningcorporatie',
          contributing: ['wonen'],
          start: q(2024, 1),
          end: q(2031, 4),
          budget: perYear(2024, 2031, 1_100_000),
          milestones: [ms('Eerste portiek samengevoegd', '2024-12-31', true), ms('Honderd nieuwe grote woningen', '2027-12-31')],
        },
        {
          title: 'Particuliere eigenaren verbeteren hun woning',
          description: 'Eigenaren van oude woningen krijgen advies en een bijdrage om hun woning op te knappen en te isoleren.',
          lead: 'wonen',
          contributing: [],
          start: q(2023, 3),
          end: q(2029, 4),
          budget: perYear(2023, 2029, 450_000),
          milestones: [ms('Subsidieregeling open', '2023-10-01', true)],
        },
      ],
    },
    {
      block: 'B3',
      pillar: null,
      statement: 'Het Afrikaanderpark is een park voor de hele wijk.',
      target: null,
      actions: [
        {
          title: 'Onderhoud en activiteiten in het park',
          description: 'Het park krijgt beter onderhoud en een vaste beheerder. Bewoners organiseren er sport, moestuinen en activiteiten voor kinderen.',
          lead: 'openbare-ruimte',
          contributing: ['welzijn'],
          start: q(2024, 2),
          end: q(2029, 4),
          budget: perYear(2024, 2029, 160_000),
          milestones: [],
        },
      ],
    },
    {
      block: 'B4',
      pillar: 'P1',
      statement: 'Zelforganisaties kunnen hun werk blijven doen en krijgen daarbij steun.',
      target: null,
      actions: [
        {
          title: 'Vaste steun voor zelforganisaties',
          description: 'Zelforganisaties krijgen subsidie voor meerdere jaren in plaats van per project, zodat zij hun werk kunnen volhouden.',
          lead: 'welzijn',
          contributing: ['sociaal-domein'],
          start: q(2023, 2),
          end: q(2030, 4),
          budget: perYear(2023, 2030, 180_000),
          milestones: [ms('Afspraken met de zelforganisaties', '2023-09-30', true)],
        },
      ],
    },
    {
      block: 'B4',
      pillar: 'P2',
      statement: 'Kinderen en jongeren uit de wijk halen een diploma en vinden werk op Zuid.',
      target: 'In 2030 doen alle basisscholen in de wijk mee aan extra leertijd (eigen ambitie).',
      actions: [
        {
          title: 'Extra leertijd op de basisscholen',
          description: 'Basisscholen bieden extra lesuren met taal, rekenen, sport en cultuur, in lijn met het nationaal programma.',
          lead: 'onderwijs',
          contributing: ['welzijn'],
          start: q(2023, 3),
          end: q(2030, 2),
          budget: perYear(2023, 2030, 520_000),
          milestones: [ms('Alle scholen aangesloten', '2024-09-01', true)],
        },
        {
          title: 'Route naar werk in zorg, techniek en haven',
          description: 'Jongeren kiezen een opleiding met een baangarantie in de zorg, de techniek of de haven, met afspraken tussen scholen en werkgevers.',
          lead: 'werk-en-inkomen',
          contributing: ['onderwijs'],
          start: q(2023, 3),
          end: q(2030, 4),
          budget: perYear(2023, 2030, 350_000),
          milestones: [ms('Afspraken met werkgevers in de haven en de zorg', '2024-06-30', true)],
        },
        {
          title: 'Woningen voor bewoners die vooruitkomen',
          description: 'Bij verbetering van woningen komen ook woningen voor middeninkomens, zodat bewoners die vooruitkomen in de wijk kunnen blijven.',
          lead: 'wonen',
          contributing: ['woningcorporatie'],
          start: q(2025, 1),
          end: q(2031, 4),
          budget: perYear(2025, 2031, 200_000),
          milestones: [],
        },
      ],
    },
    {
      block: 'B4',
      pillar: 'P3',
      statement: 'Ondermijning en uitbuiting van huurders worden hard aangepakt.',
      target: 'In 2028 is elk signaal van uitbuiting binnen een maand onderzocht (eigen ambitie).',
      actions: [
        {
          title: 'Controle op bedrijfspanden',
          description: 'Gemeente en politie controleren samen bedrijfspanden waar signalen zijn van witwassen of illegale activiteiten. Werk en Inkomen kijkt mee naar misbruik van uitkeringen.',
          lead: 'veiligheid',
          contributing: ['politie', 'werk-en-inkomen'],
          start: q(2023, 2),
          end: q(2028, 4),
          budget: perYear(2023, 2028, 240_000),
          milestones: [ms('Eerste gezamenlijke controle', '2023-06-30', true)],
        },
        {
          title: 'Aanpak van malafide verhuurders',
          description: 'Verhuurders die te veel huur vragen of woningen laten verloederen, worden gecontroleerd en beboet. Huurders krijgen hulp.',
          lead: 'wonen',
          contributing: ['veiligheid', 'politie'],
          start: q(2023, 3),
          end: q(2029, 4),
          budget: perYear(2023, 2029, 190_000),
          milestones: [],
        },
      ],
    },
    {
      block: 'B5',
      pillar: null,
      statement: 'De wijk is sterk verbonden met het nationaal programma en met de rest van de stad.',
      target: null,
      actions: [
        {
          title: 'Afstemming met het Nationaal Programma Rotterdam Zuid',
          description: 'Dit plan en het nationaal programma hebben één jaarplanning voor de wijk, zodat projecten elkaar versterken.',
          lead: 'sociaal-domein',
          contributing: ['onderwijs', 'werk-en-inkomen', 'wonen'],
          start: q(2023, 1),
          end: q(2030, 4),
          budget: [],
          milestones: [ms('Gezamenlijke jaarplanning', '2023-12-31', true)],
        },
      ],
    },
    {
      block: 'B6',
      pillar: null,
      statement: 'Bewoners vertrouwen erop dat de aanpak doorgaat en dat hun stem telt.',
      target: 'In 2030 zegt de helft van de bewoners dat de gemeente naar hen luistert (eigen ambitie).',
      actions: [
        {
          title: 'Jaarlijkse wijkavond op de markt',
          description: 'Eén keer per jaar staat de gemeente met partners op de markt om te vertellen wat er is bereikt en vragen te beantwoorden.',
          lead: 'welzijn',
          contributing: ['sociaal-domein'],
          start: q(2023, 3),
          end: q(2030, 4),
          budget: perYear(2023, 2030, 25_000),
          milestones: [ms('Eerste wijkavond op de markt', '2023-10-31', true)],
        },
        {
          title: 'Bewonersbudget via zelforganisaties',
          description: 'Zelforganisaties verdelen samen met bewoners een budget voor activiteiten die de wijk zelf kiest.',
          lead: 'sociaal-domein',
          contributing: ['welzijn'],
          start: q(2024, 1),
          end: q(2031, 4),
          budget: perYear(2024, 2031, 90_000),
          milestones: [],
        },
      ],
    },
  ],
};

const TARWEWIJK: DemoPlan = {
  wijk: 'Tarwewijk',
  title: 'Tarwewijk 2025–2043: goede woningen, eerlijke kansen',
  startYear: 2025,
  endYear: 2043,
  vision: text(
    'In 2043 wonen bewoners van de Tarwewijk in goede, veilige woningen tegen een eerlijke huur. ' +
      'Verhuurders die misbruik maken, hebben geen kans meer. ' +
      'Bewoners hebben werk of volgen een opleiding en voelen zich thuis in hun buurt.',
  ),
  sections: {
    B1: text(
      'De Tarwewijk heeft veel oude woningen van particuliere verhuurders, en die zijn niet altijd goed onderhouden. ' +
        'De gemeente garandeert een basisniveau: schone straten, geen verwaarloosde portieken en snelle actie bij gevaar. ' +
        'Deze aanpak loopt door zolang dat nodig is.',
    ),
    B2: text(
      'Veel bewoners verhuizen vaak, wonen met te veel mensen in een woning of weten niet wat hun rechten als huurder zijn. ' +
        'Wij zorgen voor hulp die bij hen aan de deur komt. ' +
        'Bewoners krijgen uitleg over hun rechten in een taal die zij begrijpen.',
    ),
    B3: text(
      'De gemeente koopt slechte woningen op en laat ze opknappen of samenvoegen. ' +
        'Eigenaren die hun woning niet onderhouden, worden aangesproken en als het nodig is beboet. ' +
        'Pleinen en straten krijgen meer groen en betere speelplekken.',
    ),
    B4: text(
      'Voor de sociale basis versterken wij de buurthuizen en de speeltuinen. ' +
        'Voor sociale stijging werken wij met het nationaal programma aan school en werk. ' +
        'Sociale herovering is in de Tarwewijk een grote opgave: uitbuiting, overbewoning en criminaliteit rond panden.',
    ),
    B5: text(
      'De Tarwewijk ligt in Charlois, aan de Maashaven, en hoort bij het Nationaal Programma Rotterdam Zuid. ' +
        'Wat er in de rest van de stad gebeurt op de woningmarkt, raakt de Tarwewijk direct. ' +
        'Wie nergens anders terechtkan, komt hier vaak terecht.',
    ),
    B6: text(
      'Veel bewoners wonen hier korte tijd en kennen de instanties niet. ' +
        'Wij willen dat bewoners weten waar zij terechtkunnen en zien dat klachten over verhuurders serieus worden genomen. ' +
        'Vaste gezichten in de wijk zijn daarvoor belangrijk.',
    ),
  },
  status: 'adopted',
  adoptedOn: '2025-02-13',
  decisionReference: 'Raadsbesluit 2025/023 (verzonnen)',
  goals: [
    {
      block: 'B1',
      pillar: null,
      statement: 'Er zijn geen verwaarloosde portieken en straten meer in de Tarwewijk.',
      target: null,
      actions: [
        {
          title: 'Portiekenaanpak',
          description: 'Alle portieken worden bekeken. Eigenaren van vieze of kapotte portieken moeten die binnen een vaste termijn opknappen.',
          lead: 'wonen',
          contributing: ['openbare-ruimte', 'woningcorporatie'],
          start: q(2025, 2),
          end: q(2030, 4),
          budget: perYear(2025, 2030, 270_000),
          milestones: [ms('Alle portieken bekeken', '2025-12-31', true)],
        },
        {
          title: 'Vaker vegen en afval ophalen',
          description: 'In de drukste straten wordt vaker geveegd en vaker afval opgehaald. Grofvuil wordt binnen een dag weggehaald.',
          lead: 'openbare-ruimte',
          contributing: [],
          start: q(2025, 1),
          end: q(2032, 4),
          budget: perYear(2025, 2032, 200_000),
          milestones: [],
        },
      ],
    },
    {
      block: 'B2',
      pillar: null,
      statement: 'Huurders kennen hun rechten en krijgen hulp aan de deur.',
      target: 'In 2028 is elk huishouden in de wijk minstens één keer bezocht (eigen ambitie).',
      actions: [
        {
          title: 'Huurteam aan de deur',
          description: 'Een huurteam gaat langs alle deuren, vraagt hoe het met de woning gaat en helpt bij klachten over onderhoud of huur.',
          lead: 'welzijn',
          contributing: ['wonen', 'sociaal-domein'],
          start: q(2025, 2),
          end: q(2030, 4),
          budget: perYear(2025, 2030, 160_000),
          milestones: [ms('Huurteam gestart', '2025-06-30', true)],
        },
        {
          title: 'Spreekuur huurrecht',
          description: 'Elke week is er een spreekuur waar huurders gratis advies krijgen over hun contract, de huurprijs en hun rechten.',
          lead: 'wonen',
          contributing: ['welzijn'],
          start: q(2025, 3),
          end: q(2029, 4),
          budget: perYear(2025, 2029, 45_000),
          milestones: [],
        },
      ],
    },
    {
      block: 'B3',
      pillar: null,
      statement: 'Slechte particuliere woningen zijn opgekocht, opgeknapt of samengevoegd.',
      target: 'In 2035 zijn 400 slechte woningen opgekocht en opgeknapt (eigen ambitie).',
      actions: [
        {
          title: 'Opkopen en renoveren van slechte woningen',
          description: 'De gemeente koopt woningen in slechte staat en laat ze door de corporatie renoveren of samenvoegen tot grotere woningen.',
          lead: 'wonen',
          contributing: ['woningcorporatie'],
          start: q(2025, 1),
          end: q(2032, 4),
          budget: perYear(2025, 2032, 2_400_000),
          milestones: [ms('Eerste blok opgekocht', '2025-12-31', true), ms('Eerste honderd woningen opgeknapt', '2028-12-31')],
        },
        {
          title: 'Verhuurvergunning en controle',
          description: 'Verhuurders hebben een vergunning nodig. De gemeente controleert of woningen veilig zijn en of er niet te veel mensen wonen.',
          lead: 'wonen',
          contributing: ['veiligheid'],
          start: q(2025, 2),
          end: q(2030, 4),
          budget: perYear(2025, 2030, 180_000),
          milestones: [],
        },
        {
          title: 'Groene pleinen en speelplekken',
          description: 'Stenen pleinen worden groen, met speelplekken voor kinderen van verschillende leeftijden.',
          lead: 'openbare-ruimte',
          contributing: ['welzijn'],
          start: q(2026, 1),
          end: q(2029, 4),
          budget: lines([
            [2026, 150_000],
            [2027, 400_000],
            [2028, 400_000],
            [2029, 150_000],
          ]),
          milestones: [],
        },
      ],
    },
    {
      block: 'B4',
      pillar: 'P1',
      statement: 'Buurthuizen en speeltuinen zijn open en goed bezocht.',
      target: null,
      actions: [
        {
          title: 'Speeltuinwerk',
          description: 'De speeltuinen zijn elke middag open, met begeleiding en activiteiten voor kinderen van verschillende leeftijden.',
          lead: 'welzijn',
          contributing: ['openbare-ruimte'],
          start: q(2025, 2),
          end: q(2031, 4),
          budget: perYear(2025, 2031, 110_000),
          milestones: [],
        },
      ],
    },
    {
      block: 'B4',
      pillar: 'P2',
      statement: 'Bewoners vinden werk en kinderen halen hun diploma.',
      target: 'In 2031 heeft elke jongere uit de wijk na school werk of een opleiding (eigen ambitie).',
      actions: [
        {
          title: 'Jongerenloket in de wijk',
          description: 'Jongeren tot 27 jaar kunnen op één plek terecht voor werk, opleiding, geld en huisvesting.',
          lead: 'werk-en-inkomen',
          contributing: ['onderwijs', 'welzijn'],
          start: q(2025, 2),
          end: q(2031, 4),
          budget: perYear(2025, 2031, 230_000),
          milestones: [],
        },
        {
          title: 'Taal voor ouders op school',
          description: 'Ouders leren Nederlands op de school van hun kind, zodat zij beter kunnen helpen met huiswerk en praten met de leerkracht.',
          lead: 'onderwijs',
          contributing: ['welzijn'],
          start: q(2025, 3),
          end: q(2030, 4),
          budget: perYear(2025, 2030, 95_000),
          milestones: [],
        },
      ],
    },
    {
      block: 'B4',
      pillar: 'P3',
      statement: 'Uitbuiting, overbewoning en criminaliteit rond panden worden hard aangepakt.',
      target: 'In 2030 zijn er de helft minder adressen met overbewoning dan in 2025 (eigen ambitie).',
      actions: [
        {
          title: 'Interventieteam voor adrescontroles',
          description: 'Een team van gemeente, politie en uitkeringsinstantie controleert adressen met signalen van overbewoning, fraude of uitbuiting.',
          lead: 'veiligheid',
          contributing: ['politie', 'wonen', 'werk-en-inkomen'],
          start: q(2025, 1),
          end: q(2030, 4),
          budget: perYear(2025, 2030, 420_000),
          milestones: [ms('Eerste honderd adressen gecontroleerd', '2025-09-30', true)],
        },
        {
          title: 'Aanpak arbeidsuitbuiting',
          description: 'Arbeidsmigranten die te veel betalen voor slechte huisvesting of werk, krijgen hulp. Uitbuiters worden opgespoord.',
          lead: 'politie',
          contributing: ['veiligheid', 'werk-en-inkomen'],
          start: q(2025, 3),
          end: q(2029, 4),
          budget: perYear(2025, 2029, 110_000),
          milestones: [],
        },
      ],
    },
    {
      block: 'B5',
      pillar: null,
      statement: 'De Tarwewijk vangt niet langer meer dan haar deel op van de kwetsbare woningzoekers.',
      target: null,
      actions: [
        {
          title: 'Regionale afspraken over woningtoewijzing',
          description: 'De gemeente maakt in de regio afspraken, zodat kwetsbare woningzoekers niet vooral in de oude wijken op Zuid terechtkomen.',
          lead: 'wonen',
          contributing: ['woningcorporatie', 'sociaal-domein'],
          start: q(2025, 2),
          end: q(2027, 4),
          budget: [],
          milestones: [ms('Voorstel in het regionaal overleg', '2026-06-30', true)],
        },
        {
          title: 'Aansluiting op de ontwikkeling rond de Maashaven',
          description: 'Nieuwe woningen en voorzieningen rond de Maashaven worden ook bereikbaar en betaalbaar voor bewoners van de Tarwewijk.',
          lead: 'openbare-ruimte',
          contributing: ['wonen'],
          start: q(2026, 1),
          end: q(2031, 4),
          budget: perYear(2026, 2031, 150_000),
          milestones: [],
        },
      ],
    },
    {
      block: 'B6',
      pillar: null,
      statement: 'Bewoners zien dat hun klachten over verhuurders iets opleveren.',
      target: 'Vanaf 2026 krijgt elke klacht binnen twee weken een reactie (eigen ambitie).',
      actions: [
        {
          title: 'Meldpunt voor klachten over verhuurders',
          description: 'Huurders kunnen een klacht over hun verhuurder melden, ook anoniem. Ze horen binnen twee weken wat de gemeente ermee doet.',
          lead: 'wonen',
          contributing: ['welzijn'],
          start: q(2025, 2),
          end: q(2031, 4),
          budget: perYear(2025, 2031, 70_000),
          milestones: [ms('Meldpunt open', '2025-07-01', true)],
        },
        {
          title: 'Vaste gezichten in de wijk',
          description: 'De wijkagent, een wijkwerker en een medewerker van de gemeente zijn op vaste tijden op vaste plekken in de wijk te vinden.',
          lead: 'welzijn',
          contributing: ['politie', 'sociaal-domein'],
          start: q(2025, 3),
          end: q(2032, 4),
          budget: perYear(2025, 2032, 85_000),
          milestones: [],
        },
      ],
    },
  ],
};

// ---------------------------------------------------------------------------------------------------
// Zoetermeer
// ---------------------------------------------------------------------------------------------------

const PALENSTEIN: DemoPlan = {
  wijk: 'Palenstein',
  title: 'Palenstein 2024–2039: samen wonen bij het Stadshart',
  startYear: 2024,
  endYear: 2039,
  vision: text(
    'In 2039 is Palenstein een buurt waar mensen met een laag en een middeninkomen prettig naast elkaar wonen. ' +
      'De nieuwe en de oude flats horen bij één buurt, met groen en plekken om elkaar te ontmoeten. ' +
      'Door de ligging bij het Stadshart hebben bewoners alles dichtbij.',
  ),
  sections: {
    B1: text(
      'In Palenstein zijn flats gesloopt en vervangen door nieuwe woningen. ' +
        'Nu moet de buurt één geheel worden. ' +
        'Wij garanderen een vast niveau van schoon, heel en veilig in de oude en de nieuwe delen.',
    ),
    B2: text(
      'In de oude flats wonen meer mensen met weinig geld, gezondheidsproblemen of eenzaamheid. ' +
        'Wij willen dat zij hulp krijgen voordat problemen groot worden. ' +
        'Het wijkteam werkt samen met de huisartsen en de corporatie.',
    ),
    B3: text(
      'De overgebleven flats worden gerenoveerd, zodat ze net zo comfortabel zijn als de nieuwbouw. ' +
        'De buitenruimte tussen oud en nieuw wordt één groene buurt. ' +
        'Er komen meer woningen voor ouderen en voor middeninkomens.',
    ),
    B4: text(
      'De sociale basis moet oude en nieuwe bewoners met elkaar verbinden. ' +
        'Bij sociale stijging gaat het om werk, taal en de kansen van jongeren. ' +
        'Sociale herovering is in Palenstein vooral gericht op overlast in en rond een paar flats.',
    ),
    B5: text(
      'Palenstein ligt vlak bij het Stadshart en het station. ' +
        'Door die ligging is de buurt aantrekkelijk voor nieuwe bewoners met een middeninkomen. ' +
        'Dit plan sluit aan bij de groei van de binnenstad van Zoetermeer en bij de woningbouwplannen van de stad.',
    ),
    B6: text(
      'Tijdens de sloop hebben bewoners lang in onzekerheid gezeten. ' +
        'Wij willen het vertrouwen herstellen met duidelijke afspraken en door te laten zien wat er gebeurt. ' +
        'Oude en nieuwe bewoners praten samen mee in een buurtplatform.',
    ),
  },
  status: 'adopted',
  adoptedOn: '2024-05-23',
  decisionReference: 'Raadsvoorstel 2024/077 (verzonnen)',
  goals: [
    {
      block: 'B1',
      pillar: null,
      statement: 'De oude en de nieuwe delen van Palenstein zijn even schoon, heel en veilig.',
      target: null,
      actions: [
        {
          title: 'Eén beheerplan voor de hele buurt',
          description: 'Gemeente en corporatie maken één beheerplan voor de oude en de nieuwe delen, met hetzelfde niveau van onderhoud.',
          lead: 'openbare-ruimte',
          contributing: ['woningcorporatie'],
          start: q(2024, 3),
          end: q(2030, 4),
          budget: perYear(2024, 2030, 190_000),
          milestones: [ms('Beheerplan vastgesteld', '2024-12-31', true)],
        },
        {
          title: 'Buurtconciërge voor oud en nieuw',
          description:
            'Een buurtconciërge is het vaste aanspreekpunt voor kleine problemen in de openbare ruimte en in de gemeenschappelijke ruimtes van de flats.',
          lead: 'woningcorporatie',
          contributing: ['welzijn'],
          start: q(2024, 4),
          end: q(2029, 4),
          budget: perYear(2024, 2029, 75_000),
          milestones: [ms('Buurtconciërge aan de slag', '2025-02-28', true)],
        },
      ],
    },
    {
      block: 'B2',
      pillar: null,
      statement: 'Bewoners met zorgen over geld, gezondheid of eenzaamheid krijgen op tijd hulp.',
      target: 'In 2028 kent de meerderheid van de bewoners van de oude flats het wijkteam (eigen ambitie).',
      actions: [
        {
          title: 'Wijkteam samen met de huisartsen',
          description: 'Huisartsen verwijzen patiënten met zorgen over geld, werk of eenzaamheid direct door naar het wijkteam in hetzelfde gebouw.',
          lead: 'sociaal-domein',
          contributing: ['ggd', 'welzijn'],
          start: q(2024, 3),
          end: q(2030, 4),
          budget: perYear(2024, 2030, 260_000),
          milestones: [ms('Samenwerkingsafspraak met de huisartsen', '2025-01-31', true)],
        },
        {
          title: 'Vroeg eropaf bij betalingsachterstanden',
          description: 'Bij een huurachterstand belt de corporatie niet de deurwaarder, maar eerst de geldcoach van de gemeente.',
          lead: 'werk-en-inkomen',
          contributing: ['woningcorporatie'],
          start: q(2024, 4),
          end: q(2029, 4),
          budget: perYear(2024, 2029, 95_000),
          milestones: [],
        },
      ],
    },
    {
      block: 'B3',
      pillar: null,
      statement: 'De overgebleven flats zijn gerenoveerd en er zijn woningen voor ouderen en middeninkomens.',
      target: 'In 2032 zijn alle overgebleven flats gerenoveerd (eigen ambitie).',
      actions: [
        {
          title: 'Renovatie van de overgebleven flats',
          description: 'De corporatie renoveert de flats die niet zijn gesloopt: isolatie, nieuwe entrees en liften, en een betere indeling.',
          lead: 'woningcorporatie',
          contributing: ['wonen'],
          start: q(2025, 1),
          end: q(2032, 4),
          budget: perYear(2025, 2032, 1_300_000),
          milestones: [ms('Eerste flat gerenoveerd', '2026-09-30', true), ms('Tweede flat gerenoveerd', '2028-09-30')],
        },
        {
          title: 'Woningen voor ouderen en middeninkomens',
          description: 'Op de laatste vrije plekken komen woningen voor ouderen met zorg dichtbij en woningen in de middenhuur.',
          lead: 'wonen',
          contributing: ['woningcorporatie'],
          start: q(2025, 3),
          end: q(2031, 4),
          budget: perYear(2025, 2031, 300_000),
          milestones: [],
        },
        {
          title: 'Eén groene buitenruimte tussen oud en nieuw',
          description: 'De ruimte tussen de oude flats en de nieuwbouw wordt één park met paden, bankjes en speelplekken voor iedereen.',
          lead: 'openbare-ruimte',
          contributing: ['welzijn'],
          start: q(2025, 2),
          end: q(2027, 4),
          budget: lines([
            [2025, 250_000],
            [2026, 700_000],
            [2027, 300_000],
          ]),
          milestones: [ms('Ontwerp met bewoners', '2025-09-30', true), ms('Park open', '2027-09-30')],
        },
      ],
    },
    {
      block: 'B4',
      pillar: 'P1',
      statement: 'Oude en nieuwe bewoners ontmoeten elkaar.',
      target: null,
      actions: [
        {
          title: 'Buurtkamer op de begane grond',
          description: 'In de plint van een flat komt een buurtkamer, open voor iedereen, met activiteiten die bewoners samen bedenken.',
          lead: 'welzijn',
          contributing: ['woningcorporatie', 'sociaal-domein'],
          start: q(2024, 4),
          end: q(2030, 4),
          budget: perYear(2024, 2030, 120_000),
          milestones: [ms('Buurtkamer open', '2025-03-31', true)],
        },
      ],
    },
    {
      block: 'B4',
      pillar: 'P2',
      statement: 'Bewoners komen vooruit in taal, werk en opleiding.',
      target: null,
      actions: [
        {
          title: 'Taalcafé en werkcoaching',
          description: 'In de buurtkamer is een taalcafé. Wie de taal beter spreekt, krijgt een werkcoach voor de volgende stap.',
          lead: 'werk-en-inkomen',
          contributing: ['welzijn'],
          start: q(2024, 3),
          end: q(2029, 4),
          budget: perYear(2024, 2029, 170_000),
          milestones: [],
        },
        {
          title: 'Jongeren aan de slag in het Stadshart',
          description: 'Winkels en horeca in het Stadshart bieden jongeren uit de buurt een bijbaan of stage, met een coach die hen begeleidt.',
          lead: 'werk-en-inkomen',
          contributing: ['onderwijs'],
          start: q(2025, 1),
          end: q(2028, 4),
          budget: perYear(2025, 2028, 120_000),
          milestones: [],
        },
      ],
    },
    {
      block: 'B4',
      pillar: 'P3',
      statement: 'De overlast in en rond een paar flats is opgelost.',
      target: 'In 2027 is er geen flat meer met overlast die steeds terugkomt (eigen ambitie).',
      actions: [
        {
          title: 'Aanpak overlast per flat',
          description: 'Per flat met overlast maken corporatie, politie, GGD en gemeente een plan, met hulp waar het kan en ingrijpen waar het moet.',
          lead: 'veiligheid',
          contributing: ['politie', 'woningcorporatie', 'ggd'],
          start: q(2024, 3),
          end: q(2027, 4),
          budget: perYear(2024, 2027, 150_000),
          milestones: [ms('Aanpak per flat vastgesteld', '2024-10-31', true)],
        },
        {
          title: 'Cameratoezicht en verlichting bij de entrees',
          description: 'Bij de entrees van de flats met de meeste overlast komen betere verlichting en tijdelijk cameratoezicht.',
          lead: 'veiligheid',
          contributing: ['openbare-ruimte', 'politie'],
          start: q(2024, 4),
          end: q(2026, 4),
          budget: lines([
            [2024, 80_000],
            [2025, 220_000],
            [2026, 60_000],
          ]),
          milestones: [ms('Verlichting vernieuwd', '2025-10-31', true)],
        },
      ],
    },
    {
      block: 'B5',
      pillar: null,
      statement: 'Palenstein groeit mee met het Stadshart, zonder dat bewoners met een laag inkomen worden verdrongen.',
      target: 'Tot 2039 blijft ten minste de helft van de woningen in Palenstein betaalbaar (eigen ambitie).',
      actions: [
        {
          title: 'Afspraken over betaalbaarheid in de plannen voor de binnenstad',
          description: 'In de woningbouwplannen voor de binnenstad staat hoeveel betaalbare woningen er in en rond Palenstein blijven.',
          lead: 'wonen',
          contributing: ['woningcorporatie'],
          start: q(2024, 3),
          end: q(2026, 4),
          budget: [],
          milestones: [ms('Afspraak vastgelegd', '2025-06-30', true)],
        },
      ],
    },
    {
      block: 'B6',
      pillar: null,
      statement: 'Bewoners hebben weer vertrouwen en praten samen mee in een buurtplatform.',
      target: 'In 2027 doen bewoners van alle flats mee aan het buurtplatform (eigen ambitie).',
      actions: [
        {
          title: 'Buurtplatform Palenstein',
          description: 'Oude en nieuwe bewoners praten in het buurtplatform mee over beheer, activiteiten en de plannen voor de buurt.',
          lead: 'welzijn',
          contributing: ['sociaal-domein'],
          start: q(2024, 3),
          end: q(2031, 4),
          budget: perYear(2024, 2031, 40_000),
          milestones: [ms('Eerste bijeenkomst', '2024-11-30', true)],
        },
        {
          title: 'Buurtkrant twee keer per jaar',
          description: 'Een buurtkrant laat zien wat er is gedaan en wat er komt, met een vaste rubriek over vragen van bewoners.',
          lead: 'sociaal-domein',
          contributing: ['woningcorporatie'],
          start: q(2024, 4),
          end: q(2030, 4),
          budget: perYear(2024, 2030, 25_000),
          milestones: [],
        },
      ],
    },
  ],
};

/** One plan per demo wijk, in the order of the tenants and wijken of demo-content.ts. */
export const DEMO_PLANS: readonly DemoPlan[] = [
  MOERWIJK,
  MORGENSTOND,
  OOSTERPARKWIJK,
  VINKHUIZEN,
  JOL,
  ZUIDERZEEWIJK,
  MEIJHORST,
  WILLEMSKWARTIER,
  AFRIKAANDERWIJK,
  TARWEWIJK,
  PALENSTEIN,
];

/** The demo plan of a demo wijk (exact name), or undefined when there is none. */
export function demoPlanFor(wijk: string): DemoPlan | undefined {
  return DEMO_PLANS.find((plan) => plan.wijk === wijk);
}
