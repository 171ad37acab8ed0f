import { changedFields } from './audit-history.component';
import { parseWholeNumber, wijkFieldOf } from './wijk-form.page';

describe('wijk form helpers', () => {
  it('maps API field names onto the form', () => {
    expect(wijkFieldOf('name')).toBe('name');
    expect(wijkFieldOf('cbsUnits.1.year')).toBe('cbsUnits.1.year');
    expect(wijkFieldOf('cbsUnits.1')).toBe('cbsUnits.1.code');
    expect(wijkFieldOf('cbsUnits')).toBe('cbsUnits.0.code');
    expect(wijkFieldOf('population')).toBe('population');
    expect(wijkFieldOf('version')).toBeNull();
  });

  it('reads whole numbers, also with Dutch thousands separators', () => {
    expect(parseWholeNumber('4120', 0, 10_000_000)).toBe(4120);
    expect(parseWholeNumber('4.120', 0, 10_000_000)).toBe(4120);
    expect(parseWholeNumber('41,2', 0, 10_000_000)).toBeNull();
    expect(parseWholeNumber('1989', 1990, 2100)).toBeNull();
    expect(parseWholeNumber('', 0, 10)).toBeNull();
  });

  it('lists the fields an update changed', () => {
    expect(
      changedFields({
        before: { name: 'Meijhorst', population: 4000, version: 1, cbsUnits: [{ code: 'BU02680733' }] },
        after: { name: 'Meijhorst', population: 4120, version: 2, cbsUnits: [{ code: 'BU02680733' }] },
      }),
    ).toEqual(['population']);
    expect(changedFields({ before: null, after: { name: 'x' } })).toEqual([]);
  });
});
