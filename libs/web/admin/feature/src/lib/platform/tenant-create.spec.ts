import { slugFromName } from './tenant-create.page';

describe('slugFromName', () => {
  it('makes a short name from the gemeente name', () => {
    expect(slugFromName('Gemeente Den Haag')).toBe('den-haag');
    expect(slugFromName('Súdwest-Fryslân')).toBe('sudwest-fryslan');
    expect(slugFromName("'s-Hertogenbosch")).toBe('s-hertogenbosch');
    expect(slugFromName('  Nijmegen ')).toBe('nijmegen');
  });
});
