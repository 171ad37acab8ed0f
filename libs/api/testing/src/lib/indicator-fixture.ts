import { randomBytes } from 'node:crypto';
import type { CreateIndicatorRequest } from '@wk/contracts';

/** A fresh code for a gemeente's own indicator (lower case, digits and _). */
export const ownIndicatorCode = (prefix = 'eigen'): string => `${prefix}_${randomBytes(4).toString('hex')}`;

/** A valid own indicator, as a gemeente's resident survey would define one; every field filled in. */
export function ownIndicator(code = ownIndicatorCode()): CreateIndicatorRequest {
  return {
    code,
    name: { nl: 'Voelt zich veilig in de buurt', en: 'Feels safe in the neighbourhood' },
    description: {
      nl: 'Deel van de bewoners dat zegt zich veilig te voelen in de eigen buurt (bewonersenquête).',
      en: 'Share of residents who say they feel safe in their own neighbourhood (resident survey).',
    },
    unit: 'percent',
    decimals: 0,
    direction: 'higher_better',
    kind: 'experienced',
    source: { publisher: 'Gemeente (onderzoek en statistiek)', table: 'Bewonersenquête', variable: 'Vraag 12' },
    blocks: ['B1', 'B6'],
    pillars: ['P3'],
  };
}

/** A long-layout file with one figure per area code for `indicator` in `year`. */
export function longFile(indicator: string, year: number, figures: Record<string, number>): string {
  return (
    ['gebied;indicator;jaar;waarde', ...Object.entries(figures).map(([code, value]) => `${code};${indicator};${year};${value}`)].join(
      '\n',
    ) + '\n'
  );
}
