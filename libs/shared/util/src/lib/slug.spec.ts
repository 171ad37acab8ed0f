import { slugify } from './slug';

describe('slugify', () => {
  it('makes a readable address part', () => {
    expect(slugify('Wijkplan Meijhorst 2025–2040')).toBe('wijkplan-meijhorst-2025-2040');
    expect(slugify('Hart van Zuid / Charlois-Zuid')).toBe('hart-van-zuid-charlois-zuid');
    expect(slugify('Brabantse Poort & Élysée')).toBe('brabantse-poort-elysee');
  });

  it('falls back when nothing is left', () => {
    expect(slugify('–––', 'plan')).toBe('plan');
  });
});
