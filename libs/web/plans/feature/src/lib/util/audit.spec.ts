import { AUDIT_ACTION_LABELS, auditActionLabel, auditChanges, auditSubject } from './audit';
import { tEn, tNl } from './test-i18n';

describe('audit action labels', () => {
  it('says in plain language what happened, in both languages', () => {
    expect(tNl(auditActionLabel('plan.submitted'))).toBe('Ingediend ter bespreking');
    expect(tNl(auditActionLabel('plan.revision_created'))).toBe('Nieuwe versie gemaakt');
    expect(tNl(auditActionLabel('action.moved'))).toBe('Actie verplaatst naar een ander doel');
    expect(tNl(auditActionLabel('goal.reordered'))).toBe('Volgorde van de doelen gewijzigd');
    expect(tEn(auditActionLabel('plan.adopted'))).toBe('Adopted');
  });

  it('covers every action the plans API records', () => {
    const recorded = [
      'plan.created',
      'plan.updated',
      'plan.submitted',
      'plan.reopened',
      'plan.adopted',
      'plan.archived',
      'plan.revision_created',
      'plan.adoption_corrected',
      'goal.created',
      'goal.updated',
      'goal.deleted',
      'goal.reordered',
      'action.created',
      'action.updated',
      'action.moved',
      'action.deleted',
      'action.reordered',
    ];
    expect(recorded.filter((action) => !(action in AUDIT_ACTION_LABELS))).toEqual([]);
  });

  it('falls back by object type for an action it does not know', () => {
    expect(tNl(auditActionLabel('goal.indicator_linked'))).toBe('Doel gewijzigd');
    expect(tNl(auditActionLabel('action.something'))).toBe('Actie gewijzigd');
    expect(tNl(auditActionLabel('plan.published'))).toBe('Plan gewijzigd');
  });
});

describe('auditChanges', () => {
  it('lists changed fields only, each block text on its own, without bookkeeping fields', () => {
    expect(
      auditChanges({
        before: { title: 'Plan', version: 3, updatedAt: 'a', sections: { B1: '', B2: 'oud' }, leadUnit: { id: 'u1', name: 'Wonen' } },
        after: { title: 'Plan', version: 4, updatedAt: 'b', sections: { B1: 'nieuw', B2: 'oud' }, leadUnit: { id: 'u2', name: 'Welzijn' } },
      }),
    ).toEqual([
      { field: 'sections.B1', before: '', after: 'nieuw' },
      { field: 'leadUnit', before: { id: 'u1', name: 'Wonen' }, after: { id: 'u2', name: 'Welzijn' } },
    ]);
  });

  it('lists the fields in the order of the form, whatever order the stored event has (jsonb sorts its keys)', () => {
    // As PostgreSQL returns jsonb: shorter keys first.
    const before = { title: 'A', endYear: 2040, startYear: 2025, sections: { B1: 'a', B3: 'c' }, vision: 'v', cadence: 'quarterly' };
    const after = { title: 'B', endYear: 2041, startYear: 2026, sections: { B1: 'b', B3: 'd' }, vision: 'w', cadence: 'yearly' };
    expect(auditChanges({ before, after }).map((c) => c.field)).toEqual([
      'title',
      'startYear',
      'endYear',
      'cadence',
      'vision',
      'sections.B1',
      'sections.B3',
    ]);
    const action = {
      before: {
        end: { year: 2027, quarter: 4 },
        title: 'x',
        start: { year: 2026, quarter: 1 },
        budget: [],
        leadUnitId: 'u1',
        description: 'a',
      },
      after: {
        end: { year: 2028, quarter: 4 },
        title: 'y',
        start: { year: 2026, quarter: 2 },
        budget: [{ year: 2026, amountCents: 1 }],
        leadUnitId: 'u2',
        description: 'b',
      },
    };
    expect(auditChanges(action).map((c) => c.field)).toEqual(['title', 'description', 'leadUnitId', 'start', 'end', 'budget']);
    const correction = {
      before: { adoptedOn: '2031-01-15', decisionReference: 'RB 1' },
      after: { reason: 'Tikfout', adoptedOn: '2026-01-15', decisionReference: 'RB 1' },
    };
    expect(auditChanges(correction).map((c) => c.field)).toEqual(['adoptedOn', 'reason']);
  });

  it('lists every filled-in field of a created object', () => {
    expect(auditChanges({ before: null, after: { statement: 'Veilige straten', target: null, version: 1 } })).toEqual([
      { field: 'statement', before: null, after: 'Veilige straten' },
    ]);
  });
});

describe('auditSubject', () => {
  it('names the object: title, or goal statement, from after or else before', () => {
    expect(auditSubject({ before: null, after: { title: 'Buurtkamer' } })).toBe('Buurtkamer');
    expect(auditSubject({ before: { statement: 'Veilige straten' }, after: null })).toBe('Veilige straten');
    expect(auditSubject({ before: null, after: { ids: [] } })).toBeNull();
  });
});
