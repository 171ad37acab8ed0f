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
      'plan.created', 'plan.updated', 'plan.submitted', 'plan.reopened', 'plan.adopted', 'plan.archived', 'plan.revision_created',
      'goal.created', 'goal.updated', 'goal.deleted', 'goal.reordered',
      'action.created', 'action.updated', 'action.moved', 'action.deleted', 'action.reordered',
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
