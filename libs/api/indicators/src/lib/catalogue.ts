import type { BlockCode, IndicatorDefinition, PillarCode } from '@wk/contracts';

/**
 * How the importer recognises an indicator in the files of each layout.
 * - `kwb`: the CBS Kerncijfers variable, as the OData key without its numeric suffix (`AantalInwoners` for
 *   `AantalInwoners_5`), or as the StatLine column label (`Aantal inwoners`); several names when CBS renamed
 *   the variable between editions. `shareOf` turns a count into a percentage of another variable of the same
 *   row (StatLine columns whose unit row already says `%` are taken as they are).
 * - `leefbaarometer3` / `leefbaarometer2` / `rivm`: the column of those open-data layouts.
 */
export interface IndicatorMatch {
  kwb?: { names: string[]; shareOf?: { names: string[]; factor: number } };
  leefbaarometer3?: 'lbm' | 'fys' | 'onv' | 'soc' | 'vrz' | 'won';
  leefbaarometer2?: 'KL';
  rivm?: string;
  /** Rotterdam's Wijkprofiel: the column names (normalised as CBS columns are) of the index. */
  wijkprofiel?: string[];
}

export interface CatalogueEntry extends IndicatorDefinition {
  match: IndicatorMatch;
}

const KWB = 'Kerncijfers wijken en buurten';
const CBS = 'CBS';
const LBM3 = { publisher: 'Ministerie van BZK / Atlas Research', table: 'Leefbaarometer 3.0, meting 2024 (scores 2002–2024)' };
const LBM2 = { publisher: 'Ministerie van BZK / RIGO', table: 'Leefbaarometer 2.0, meting 2016 (klassen 2002–2016)' };
const WIJKPROFIEL = { publisher: 'Gemeente Rotterdam (OBI)', table: 'Wijkprofiel Rotterdam (2014, 2016, 2018)' };
const RIVM = { publisher: 'RIVM / GGD’en', table: 'Gezondheidsmonitor Volwassenen en Ouderen 2016, schattingen per wijk' };

function entry(
  code: string,
  nl: string,
  en: string,
  about: [nl: string, en: string],
  unit: IndicatorDefinition['unit'],
  decimals: number,
  direction: IndicatorDefinition['direction'],
  kind: IndicatorDefinition['kind'],
  source: IndicatorDefinition['source'],
  blocks: BlockCode[],
  pillars: PillarCode[],
  match: IndicatorMatch,
): CatalogueEntry {
  return {
    code,
    name: { nl, en },
    description: { nl: about[0], en: about[1] },
    unit,
    decimals,
    direction,
    kind,
    source,
    blocks,
    pillars,
    match,
  };
}

const dimension = (code: 'fys' | 'onv' | 'soc' | 'vrz' | 'won', nl: string, en: string, blocks: BlockCode[], pillars: PillarCode[]) =>
  entry(
    `lbm_${code}`,
    `Leefbaarometer: ${nl}`,
    `Leefbaarometer: ${en}`,
    [
      `Bijdrage van ${nl.toLowerCase()} aan de leefbaarheid, als afwijking van het gemiddelde van Nederland (0 = gemiddeld). Een model op basis van registraties, geen enquête.`,
      `Contribution of ${en.toLowerCase()} to livability, as the deviation from the Dutch average (0 = average). A model based on registrations, not a survey.`,
    ],
    'deviation',
    3,
    'higher_better',
    'objective',
    { ...LBM3, variable: code },
    blocks,
    pillars,
    { leefbaarometer3: code },
  );

const kwb = (variable: string) => ({ publisher: CBS, table: KWB, variable });

/** The default catalogue: public indicators, the same for every gemeente. */
export const DEFAULT_CATALOGUE: CatalogueEntry[] = [
  entry(
    'lbm_score',
    'Leefbaarometer: totaalscore',
    'Leefbaarometer: total score',
    [
      'Hoe leefbaar de wijk is volgens de Leefbaarometer 3.0: een model dat woningen, bewoners, voorzieningen, veiligheid en de fysieke omgeving samen weegt. Hoger is beter.',
      'How livable the wijk is according to the Leefbaarometer 3.0: a model weighing housing, residents, amenities, safety and the physical environment. Higher is better.',
    ],
    'score',
    3,
    'higher_better',
    'objective',
    { ...LBM3, variable: 'lbm' },
    ['B1', 'B5'],
    [],
    { leefbaarometer3: 'lbm' },
  ),
  dimension('fys', 'Fysieke omgeving', 'Physical environment', ['B1', 'B3'], []),
  dimension('onv', 'Overlast en onveiligheid', 'Nuisance and insecurity', ['B1', 'B4'], ['P3']),
  dimension('soc', 'Sociale samenhang', 'Social cohesion', ['B4', 'B6'], ['P1']),
  dimension('vrz', 'Voorzieningen', 'Amenities', ['B1', 'B5'], []),
  dimension('won', 'Woningvoorraad', 'Housing stock', ['B3', 'B5'], []),
  entry(
    'lbm2_klasse',
    'Leefbaarometer 2.0: klasse',
    'Leefbaarometer 2.0: class',
    [
      'De klasse van de Leefbaarometer 2.0, van 1 (zeer onvoldoende) tot 9 (uitstekend). Oudere meting (2002–2016), voor alle wijken van de gemeente.',
      'The Leefbaarometer 2.0 class, from 1 (very insufficient) to 9 (excellent). Older measurement (2002–2016), for all wijken of the gemeente.',
    ],
    'class',
    0,
    'higher_better',
    'objective',
    { ...LBM2, variable: 'KL' },
    ['B1'],
    [],
    { leefbaarometer2: 'KL' },
  ),
  entry(
    'inwoners',
    'Aantal inwoners',
    'Number of inhabitants',
    ['Het aantal inwoners op 1 januari.', 'The number of inhabitants on 1 January.'],
    'count',
    0,
    'neutral',
    'objective',
    kwb('AantalInwoners'),
    ['B5'],
    [],
    { kwb: { names: ['AantalInwoners', 'Aantal inwoners'] } },
  ),
  entry(
    'aandeel_65plus',
    'Inwoners van 65 jaar of ouder',
    'Inhabitants aged 65 or over',
    [
      'Deel van de inwoners dat 65 jaar of ouder is. Waar het CBS een aantal geeft, is het percentage berekend als dat aantal gedeeld door het aantal inwoners.',
      'Share of inhabitants aged 65 or over. Where CBS gives a count, the percentage is that count divided by the number of inhabitants.',
    ],
    'percent',
    1,
    'neutral',
    'objective',
    kwb('k_65JaarOfOuder'),
    ['B5'],
    ['P1'],
    { kwb: { names: ['k_65JaarOfOuder', '65 jaar of ouder'], shareOf: { names: ['AantalInwoners', 'Aantal inwoners'], factor: 100 } } },
  ),
  entry(
    'woz_waarde',
    'Gemiddelde WOZ-waarde van woningen',
    'Average WOZ value of homes',
    [
      'De gemiddelde waarde van woningen volgens de WOZ, in duizenden euro.',
      'The average value of homes according to the WOZ, in thousands of euro.',
    ],
    'thousand_euro',
    0,
    'neutral',
    'objective',
    kwb('GemiddeldeWOZWaardeVanWoningen'),
    ['B3', 'B5'],
    [],
    {
      kwb: {
        names: [
          'GemiddeldeWOZWaardeVanWoningen',
          'GemiddeldeWoningwaarde',
          'Gemiddelde woningwaarde',
          'Gemiddelde WOZ-waarde van woningen',
        ],
      },
    },
  ),
  entry(
    'koopwoningen',
    'Koopwoningen',
    'Owner-occupied homes',
    ['Deel van de woningen dat een koopwoning is.', 'Share of homes that are owner-occupied.'],
    'percent',
    0,
    'neutral',
    'objective',
    kwb('Koopwoningen'),
    ['B3', 'B5'],
    [],
    { kwb: { names: ['Koopwoningen'] } },
  ),
  entry(
    'corporatiewoningen',
    'Huurwoningen van een woningcorporatie',
    'Homes rented from a housing association',
    ['Deel van de woningen dat in bezit is van een woningcorporatie.', 'Share of homes owned by a housing association.'],
    'percent',
    0,
    'neutral',
    'objective',
    kwb('InBezitWoningcorporatie'),
    ['B3', 'B5'],
    [],
    { kwb: { names: ['InBezitWoningcorporatie', 'HuurwoningenInBezitWoningcorporatie', 'In bezit woningcorporatie'] } },
  ),
  entry(
    'inkomen_per_inwoner',
    'Gemiddeld inkomen per inwoner',
    'Average income per inhabitant',
    [
      'Het gemiddelde persoonlijke inkomen per inwoner, in duizenden euro. Het CBS publiceert dit cijfer een paar jaar later dan het jaar waarover het gaat.',
      'The average personal income per inhabitant, in thousands of euro. CBS publishes this figure a few years after the year it describes.',
    ],
    'thousand_euro',
    1,
    'higher_better',
    'objective',
    kwb('GemiddeldInkomenPerInwoner'),
    ['B2', 'B5'],
    ['P2'],
    { kwb: { names: ['GemiddeldInkomenPerInwoner', 'Gemiddeld inkomen per inwoner'] } },
  ),
  entry(
    'laag_inkomen',
    'Huishoudens met een laag inkomen',
    'Households with a low income',
    ['Deel van de huishoudens met een laag inkomen.', 'Share of households with a low income.'],
    'percent',
    1,
    'lower_better',
    'objective',
    kwb('HuishoudensMetEenLaagInkomen'),
    ['B2'],
    ['P2'],
    { kwb: { names: ['HuishoudensMetEenLaagInkomen', 'Huishoudens met een laag inkomen'] } },
  ),
  entry(
    'sociaal_minimum',
    'Huishoudens onder of rond het sociaal minimum',
    'Households at or below the social minimum',
    [
      'Deel van de huishoudens met een inkomen onder of rond het sociaal minimum.',
      'Share of households with an income at or below the social minimum.',
    ],
    'percent',
    1,
    'lower_better',
    'objective',
    kwb('HuishOnderOfRondSociaalMinimum'),
    ['B2'],
    ['P1', 'P2'],
    { kwb: { names: ['HuishOnderOfRondSociaalMinimum', 'Huish. onder of rond sociaal minimum'] } },
  ),
  entry(
    'bijstand',
    'Personen met een bijstandsuitkering',
    'People on social assistance',
    ['Het aantal personen met een bijstandsuitkering.', 'The number of people receiving social assistance.'],
    'count',
    0,
    'lower_better',
    'objective',
    kwb('PersonenPerSoortUitkeringBijstand'),
    ['B2'],
    ['P2'],
    { kwb: { names: ['PersonenPerSoortUitkeringBijstand', 'Personen per soort uitkering; Bijstand', 'Bijstand'] } },
  ),
  entry(
    'bijstand_per_1000',
    'Bijstand per 1.000 inwoners',
    'Social assistance per 1,000 inhabitants',
    [
      'Het aantal personen met een bijstandsuitkering per 1.000 inwoners: het aantal met bijstand gedeeld door het aantal inwoners, maal 1.000.',
      'The number of people on social assistance per 1,000 inhabitants: the number on assistance divided by the number of inhabitants, times 1,000.',
    ],
    'per_1000',
    1,
    'lower_better',
    'objective',
    kwb('PersonenPerSoortUitkeringBijstand / AantalInwoners'),
    ['B2'],
    ['P2'],
    {
      kwb: {
        names: ['PersonenPerSoortUitkeringBijstand', 'Personen per soort uitkering; Bijstand', 'Bijstand'],
        shareOf: { names: ['AantalInwoners', 'Aantal inwoners'], factor: 1000 },
      },
    },
  ),
  ...(
    [
      ['eenzaam', '% eenzaam*', 'Eenzaam', 'Lonely', 'lower_better', ['B4', 'B6'], ['P1']],
      ['ernstig_eenzaam', '% ernstig eenzaam*', 'Ernstig eenzaam', 'Severely lonely', 'lower_better', ['B4'], ['P1']],
      [
        'goede_gezondheid',
        '% met goede ervaren gezondheid*',
        'Goede ervaren gezondheid',
        'Good perceived health',
        'higher_better',
        ['B4'],
        ['P1'],
      ],
      [
        'regie',
        '% met voldoende regie over het eigen leven*',
        'Regie over het eigen leven',
        'In control of their own life',
        'higher_better',
        ['B2', 'B4'],
        ['P1', 'P2'],
      ],
      [
        'langdurige_aandoening',
        '% met langdurige aandoening*',
        'Langdurige aandoening',
        'Long-term condition',
        'lower_better',
        ['B4'],
        ['P1'],
      ],
    ] as const
  ).map(([code, column, nl, en, direction, blocks, pillars]) =>
    entry(
      code,
      nl,
      en,
      [
        `Deel van de volwassenen (19 jaar en ouder) dat dit zegt in de Gezondheidsmonitor. Een schatting per wijk door het RIVM, op basis van een enquête.`,
        `Share of adults (19 and over) who say so in the Health Monitor. An estimate per wijk by RIVM, based on a survey.`,
      ],
      'percent',
      0,
      direction,
      'experienced',
      { ...RIVM, variable: column },
      [...blocks],
      [...pillars],
      { rivm: column },
    ),
  ),
  ...(
    [
      ['wp_veiligheid', 'Veiligheidsindex', 'Safety index', ['B1', 'B4'], ['P3'], ['Veiligheidsindex']],
      ['wp_fysiek', 'Fysieke index', 'Physical index', ['B1', 'B3'], [], ['Fysieke Index']],
      ['wp_sociaal', 'Sociale index', 'Social index', ['B4', 'B6'], ['P1', 'P2'], ['Sociale Index']],
    ] as const
  ).flatMap(([code, nl, en, blocks, pillars, [column]]) =>
    (
      [
        [
          '',
          'objective',
          '',
          '',
          'samen: wat bewoners ervaren en wat de gemeente registreert',
          'together: what residents experience and what the municipality registers',
        ],
        [
          '_subjectief',
          'experienced',
          ' (ervaren)',
          ' (experienced)',
          'het deel dat bewoners ervaren, uit de enquête van de Wijkprofiel',
          'the part residents experience, from the Wijkprofiel survey',
        ],
        [
          '_objectief',
          'objective',
          ' (geregistreerd)',
          ' (registered)',
          'het deel uit registraties van de gemeente en de politie',
          'the part from registrations of the municipality and the police',
        ],
      ] as const
    ).map(([suffix, kind, nlPart, enPart, aboutNl, aboutEn]) =>
      entry(
        `${code}${suffix}`,
        `Wijkprofiel Rotterdam: ${nl.toLowerCase()}${nlPart}`,
        `Rotterdam Wijkprofiel: ${en.toLowerCase()}${enPart}`,
        [
          `De ${nl.toLowerCase()} van de Wijkprofiel van Rotterdam, ${aboutNl}. 100 is Rotterdam als geheel in 2014; hoger is beter.`,
          `The ${en.toLowerCase()} of Rotterdam's Wijkprofiel, ${aboutEn}. 100 is Rotterdam as a whole in 2014; higher is better.`,
        ],
        'index',
        0,
        'higher_better',
        kind,
        {
          ...WIJKPROFIEL,
          variable: `${column}${suffix === '_subjectief' ? ' (subjectief)' : suffix === '_objectief' ? ' (objectief)' : ''}`,
        },
        [...blocks],
        [...pillars],
        { wijkprofiel: [`${column}${suffix.replace('_', ' ')}`] },
      ),
    ),
  ),
];
