import type { CompletenessIssue } from '@wk/contracts';
import { issueView } from './completeness';
import { tNl } from './test-i18n';

const context = { t: tNl, language: 'nl' as const, startYear: 2026, endYear: 2040 };

describe('issueView', () => {
  it('links each issue to the part of the page it is about, in plain Dutch', () => {
    const issues: CompletenessIssue[] = [
      { code: 'vision_missing', severity: 'error' },
      { code: 'block_without_goals', severity: 'error', block: 'B5' },
      { code: 'pillar_without_goals', severity: 'error', block: 'B4', pillar: 'P3' },
      { code: 'goal_without_actions', severity: 'error', block: 'B1', goalId: 'g1', subject: 'Schone straten' },
      { code: 'action_outside_horizon', severity: 'error', block: 'B1', goalId: 'g1', actionId: 'a1', subject: 'Vegen' },
      { code: 'section_empty', severity: 'warning', block: 'B2' },
      { code: 'horizon_short', severity: 'warning' },
    ];
    expect(issues.map((issue) => issueView(issue, context))).toEqual([
      { severity: 'error', text: 'Schrijf de visie voor de lange termijn.', target: 'visie' },
      { severity: 'error', text: 'Bouwsteen 5 (Rol in de stad): voeg minstens één doel toe.', target: 'bouwsteen-B5' },
      { severity: 'error', text: 'Sociaal offensief, pijler Sociale herovering: voeg minstens één doel toe.', target: 'pijler-P3' },
      { severity: 'error', text: 'Doel ‘Schone straten’: voeg minstens één actie toe.', target: 'doel-g1' },
      {
        severity: 'error',
        text: 'Actie ‘Vegen’: de periode valt buiten de looptijd van het plan (2026–2040).',
        target: 'actie-a1',
      },
      { severity: 'warning', text: 'Bouwsteen 2 (Perspectief voor bewoners): er staat nog geen tekst.', target: 'bouwsteen-B2-tekst' },
      {
        severity: 'warning',
        text: 'De looptijd is korter dan 10 jaar. De studie vraagt om een visie voor de lange termijn: kies 10 jaar of meer.',
        target: 'plan-looptijd',
      },
    ]);
  });
});
