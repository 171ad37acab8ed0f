import type { Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';

/** Building blocks and pillars a complete plan fills: B1, B2, B3, B5, B6 and B4 once per pillar. */
const SLOTS: readonly { block: string; pillar: string | null }[] = [
  { block: 'B1', pillar: null },
  { block: 'B2', pillar: null },
  { block: 'B3', pillar: null },
  { block: 'B4', pillar: 'P1' },
  { block: 'B4', pillar: 'P2' },
  { block: 'B4', pillar: 'P3' },
  { block: 'B5', pillar: null },
  { block: 'B6', pillar: null },
];

interface PlanBody {
  id: string;
  version: number;
  startYear: number;
  goals: { id: string; statement: string }[];
}

/**
 * Calls the API as the user signed in on `page` (same cookies, the XSRF header as the app sends it): for setting
 * up what a test is not about, e.g. filling a plan so that it can be adopted.
 */
export async function api<T>(page: Page, method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, data?: unknown): Promise<T> {
  const cookies = await page.context().cookies();
  const xsrf = cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  const response = await page.request.fetch(`/api/v1${path}`, { method, data, headers: { 'X-XSRF-TOKEN': decodeURIComponent(xsrf) } });
  if (!response.ok()) {
    throw new Error(`${method} ${path}: ${response.status()} ${await response.text()}`);
  }
  return (response.status() === 204 ? undefined : await response.json()) as T;
}

/** A POST through the API with the page's own session: for data a test needs but does not walk through itself. */
export function apiPost<T>(page: Page, path: string, body: unknown): Promise<T> {
  return api<T>(page, 'POST', path, body);
}

/** A name no other test (or earlier run on the same database) uses. */
export function unique(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

/** Writes the vision and every section, adds a goal with an action (lead unit, the plan's first year) per slot, and submits the plan for review. */
export async function completeAndSubmit(page: Page, planId: string): Promise<void> {
  const units = await api<{ items: { id: string }[] }>(page, 'GET', '/org-units');
  let plan = await api<PlanBody>(page, 'GET', `/plans/${planId}`);
  plan = await api<PlanBody>(page, 'PATCH', `/plans/${planId}`, {
    vision: 'Visie voor de lange termijn (testplan).',
    sections: Object.fromEntries(['B1', 'B2', 'B3', 'B4', 'B5', 'B6'].map((b) => [b, `Tekst voor ${b} (testplan).`])),
    version: plan.version,
  });
  for (const [i, slot] of SLOTS.entries()) {
    const statement = `Testdoel ${i + 1}`;
    plan = await api<PlanBody>(page, 'POST', `/plans/${planId}/goals`, { ...slot, statement });
    const goal = plan.goals.find((g) => g.statement === statement);
    plan = await api<PlanBody>(page, 'POST', `/goals/${goal?.id ?? ''}/actions`, {
      title: `Testactie ${i + 1}`,
      leadUnitId: units.items[0]?.id ?? null,
      start: { year: plan.startYear, quarter: 1 },
      end: { year: plan.startYear, quarter: 4 },
    });
  }
  await api<PlanBody>(page, 'POST', `/plans/${planId}/submit`, { version: plan.version });
}
