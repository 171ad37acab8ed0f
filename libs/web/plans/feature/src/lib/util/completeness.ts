import type { CompletenessIssue } from '@wk/contracts';
import type { Language } from '@wk/web/core';
import { type Translate, anchors, blockName, blockNumber, formatHorizon, pillarName } from './format';

export interface IssueView {
  severity: CompletenessIssue['severity'];
  /** The message in plain language. */
  text: string;
  /** The id of the element the message links to. */
  target: string;
}

export interface IssueContext {
  t: Translate;
  language: Language;
  startYear: number;
  endYear: number;
}

/** One line of the completeness check: what to do, and where on the page. */
export function issueView(issue: CompletenessIssue, context: IssueContext): IssueView {
  const { t, language } = context;
  const subject = issue.subject ?? '';
  const block = issue.block ? { number: blockNumber(issue.block), name: blockName(issue.block, language) } : { number: '', name: '' };
  const view = (text: string, target: string): IssueView => ({ severity: issue.severity, text, target });
  switch (issue.code) {
    case 'vision_missing':
      return view(t('completeness.vision_missing'), anchors.vision);
    case 'section_empty':
      return view(t('completeness.section_empty', block), issue.block ? anchors.blockText(issue.block) : anchors.vision);
    case 'block_without_goals':
      return view(t('completeness.block_without_goals', block), issue.block ? anchors.block(issue.block) : anchors.vision);
    case 'pillar_without_goals':
      return view(
        t('completeness.pillar_without_goals', { name: issue.pillar ? pillarName(issue.pillar, language) : '' }),
        issue.pillar ? anchors.pillar(issue.pillar) : anchors.block('B4'),
      );
    case 'goal_without_actions':
      return view(t('completeness.goal_without_actions', { subject }), issue.goalId ? anchors.goal(issue.goalId) : anchors.vision);
    case 'action_without_lead':
      return view(t('completeness.action_without_lead', { subject }), issue.actionId ? anchors.action(issue.actionId) : anchors.vision);
    case 'action_outside_horizon':
      return view(
        t('completeness.action_outside_horizon', { subject, horizon: formatHorizon(context.startYear, context.endYear) }),
        issue.actionId ? anchors.action(issue.actionId) : anchors.vision,
      );
    case 'horizon_short':
      return view(t('completeness.horizon_short'), anchors.horizon);
  }
}
