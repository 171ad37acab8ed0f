import type { ActionMilestones, MilestoneProgress, Plan, PlanAction, PlanMilestones } from '@wk/contracts';
import { adoptPlan, createPlanFixture, fieldsOf, first, firstAction, nth, problem, type TenantFixture } from '@wk/api/testing';
import { startTestApp, type TestApp } from './harness';

/**
 * Milestones as progress facts, through real HTTP on a real database: on the adopted plan a trekker marks a
 * milestone done (or not done after all); every mark is kept and the latest counts; the state (done, late,
 * soon, planned) follows the day; marks follow the milestone's key into the next revision.
 */
describe('milestones', () => {
  let t: TestApp;
  let f: TenantFixture;
  let plan: Plan;
  /** Actie 1 (lead: the contributor's unit) gets three milestones; "Elders" is led by another unit. */
  let mine: PlanAction;
  let elsewhere: PlanAction;

  const list = (actionId: string, asOf = '2026-06-15') => f.as.viewer.get<ActionMilestones>(`/actions/${actionId}/milestones?asOf=${asOf}`);
  const mark = (who: keyof TenantFixture['as'], actionId: string, key: string, body: object) =>
    f.as[who].post<MilestoneProgress>(`/actions/${actionId}/milestones/${key}/marks`, body);

  beforeAll(async () => {
    t = await startTestApp();
    f = await t.tenant();
    let draft = await createPlanFixture(f, { title: 'Mijlpalenplan' });
    const first = firstAction(draft);
    const edited = await f.as.planner.patch<Plan>(`/actions/${first.id}`, {
      milestones: [
        { title: 'Ontwerp klaar', dueDate: '2026-03-31', done: false },
        { title: 'Vergunning', dueDate: '2026-07-01', done: false },
        { title: 'Oplevering', dueDate: '2027-12-31', done: false },
      ],
      version: first.version,
    });
    expect(edited.status).toBe(200);
    draft = edited.body;
    const added = await f.as.planner.post<Plan>(`/goals/${nth(draft.goals, 1, 'goal').id}/actions`, {
      title: 'Elders',
      leadUnitId: f.orgUnits[1].id,
      start: { year: 2026, quarter: 1 },
      end: { year: 2026, quarter: 4 },
      milestones: [{ title: 'Halverwege', dueDate: '2026-06-30', done: false }],
    });
    expect(added.status).toBe(201);
    plan = await adoptPlan(f, added.body, { adoptedOn: '2026-01-15', decisionReference: 'RB 2026/9' });
    const actions = plan.goals.flatMap((g) => g.actions);
    mine = actions.find((a) => a.title === 'Actie 1') as PlanAction;
    elsewhere = actions.find((a) => a.title === 'Elders') as PlanAction;
  });
  afterAll(() => t.close());

  it("lists an action's milestones with their state on the day: late, soon (within 30 days) or planned", async () => {
    const r = await list(mine.id);
    expect(r.status).toBe(200);
    expect(r.body.items.map((m) => `${m.title}:${m.state}`)).toEqual(['Ontwerp klaar:late', 'Vergunning:soon', 'Oplevering:planned']);
    expect(r.body.items.every((m) => /^[0-9a-f-]{36}$/.test(m.key) && m.history.length === 0)).toBe(true);
    // A viewer reads, but may not mark.
    expect(r.body.canUpdate).toBe(false);
    expect((await f.as.contributor.get<ActionMilestones>(`/actions/${mine.id}/milestones`)).body.canUpdate).toBe(true);
    expect((await f.as.contributor.get<ActionMilestones>(`/actions/${elsewhere.id}/milestones`)).body.canUpdate).toBe(false);
    // On 2 June the permit is 30 days away: not yet "soon"; on 3 June it is.
    expect(nth((await list(mine.id, '2026-06-01')).body.items, 1, 'milestone').state).toBe('planned');
    expect(nth((await list(mine.id, '2026-06-02')).body.items, 1, 'milestone').state).toBe('soon');
  });

  it('a trekker marks a milestone done; done again is refused; "not done after all" is a new mark; history keeps both', async () => {
    const design = nth((await list(mine.id)).body.items, 0, 'milestone');
    const done = await mark('contributor', mine.id, design.key, { done: true, note: 'Ontwerp is goedgekeurd.' });
    expect(done.status).toBe(201);
    expect(done.body).toMatchObject({ key: design.key, done: true, state: 'done' });
    expect(done.body.history).toEqual([
      expect.objectContaining({
        done: true,
        note: 'Ontwerp is goedgekeurd.',
        author: expect.objectContaining({ name: f.users.contributor.name }),
      }),
    ]);
    const again = await mark('planner', mine.id, design.key, { done: true });
    expect(again.status).toBe(409);
    expect(problem(again).detail).toContain('al klaar');
    const undone = await mark('planner', mine.id, design.key, { done: false, note: 'Het ontwerp moet over.' });
    expect(undone.status).toBe(201);
    expect(undone.body.state).toBe('late');
    expect(undone.body.history.map((h) => h.done)).toEqual([false, true]);
    // The action's history records both marks.
    const audit = await f.as.admin.get<{ items: { action: string }[] }>(`/audit-events?objectType=action&objectId=${mine.id}`);
    expect(audit.body.items.map((e) => e.action)).toEqual(expect.arrayContaining(['milestone.done', 'milestone.undone']));
  });

  it('refuses what may not be marked: other units, viewers, a draft, an unknown milestone, a wrong body', async () => {
    const half = nth((await list(elsewhere.id)).body.items, 0, 'milestone');
    const other = await mark('contributor', elsewhere.id, half.key, { done: true });
    expect(other.status).toBe(403);
    expect((await mark('viewer', elsewhere.id, half.key, { done: true })).status).toBe(403);
    expect((await mark('planner', elsewhere.id, '00000000-0000-4000-8000-000000000000', { done: true })).status).toBe(404);
    const wrong = await mark('planner', elsewhere.id, half.key, { done: 'ja', note: 'x'.repeat(1001) });
    expect(wrong.status).toBe(400);
    expect(fieldsOf(wrong).sort()).toEqual(['done', 'note']);
    const draft = await createPlanFixture(f, { title: 'Concept met mijlpaal' });
    const draftAction = firstAction(draft);
    const draftKey = first(draftAction.milestones, 'milestone').key as string;
    const onDraft = await mark('planner', draftAction.id, draftKey, { done: true });
    expect(onDraft.status).toBe(409);
    expect(problem(onDraft).detail).toContain('vastgestelde plan');
    // Nothing was written by any of these.
    expect(nth((await list(elsewhere.id)).body.items, 0, 'milestone').history).toEqual([]);
  });

  it('a milestone keeps its key into the next revision, and its marks with it; a new one gets a new key', async () => {
    const permit = nth((await list(mine.id)).body.items, 1, 'milestone');
    expect((await mark('contributor', mine.id, permit.key, { done: true })).status).toBe(201);
    const next = await f.as.planner.post<Plan>(`/plans/${plan.id}/revisions`, { version: plan.version });
    expect(next.status).toBe(201);
    const copy = next.body.goals.flatMap((g) => g.actions).find((a) => a.key === mine.key) as PlanAction;
    expect(copy.milestones.map((m) => m.key)).toEqual((await list(mine.id)).body.items.map((m) => m.key));
    // Editing the draft: the permit sent back with its key keeps it; a milestone without a key is new.
    const edited = await f.as.planner.patch<Plan>(`/actions/${copy.id}`, {
      milestones: [
        { key: permit.key, title: 'Vergunning verleend', dueDate: '2026-07-15', done: false },
        { title: 'Nieuwe mijlpaal', dueDate: '2027-06-30', done: false },
      ],
      version: copy.version,
    });
    expect(edited.status).toBe(200);
    const after = edited.body.goals.flatMap((g) => g.actions).find((a) => a.key === mine.key) as PlanAction;
    expect(first(after.milestones, 'milestone').key).toBe(permit.key);
    expect(nth(after.milestones, 1, 'milestone').key).not.toBe(permit.key);
    expect((await list(mine.id)).body.items.map((m) => m.key)).not.toContain(nth(after.milestones, 1, 'milestone').key);
    // Adopted, the new revision shows the permit done (the mark of the earlier revision).
    const adopted = await adoptPlan(f, edited.body, { adoptedOn: '2026-06-01', decisionReference: 'RB 2026/20' });
    const newAction = adopted.goals.flatMap((g) => g.actions).find((a) => a.key === mine.key) as PlanAction;
    const onNew = (await list(newAction.id)).body.items;
    expect(onNew.map((m) => `${m.title}:${m.state}`)).toEqual(['Vergunning verleend:done', 'Nieuwe mijlpaal:planned']);
    plan = adopted;
  });

  it('the plan lists every milestone by date with its action and counts per state', async () => {
    const r = await f.as.viewer.get<PlanMilestones>(`/plans/${plan.id}/milestones?asOf=2026-06-15`);
    expect(r.status).toBe(200);
    const dates = r.body.items.map((m) => m.dueDate);
    expect(dates).toEqual([...dates].sort());
    const permit = r.body.items.find((m) => m.title === 'Vergunning verleend');
    expect(permit).toMatchObject({ actionTitle: 'Actie 1', state: 'done', leadUnit: expect.objectContaining({ id: f.orgUnits[0].id }) });
    expect(permit?.doneAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const counts = r.body.items.reduce<Record<string, number>>((c, m) => ({ ...c, [m.state]: (c[m.state] ?? 0) + 1 }), {});
    expect(r.body.counts).toEqual({ late: 0, soon: 0, planned: 0, done: 0, ...counts });
    // Seven actions with "Start" on 31 March and "Halverwege" on 30 June of Elders: late and soon on 15 June.
    expect(r.body.counts.late).toBe(7);
    expect(r.body.counts.soon).toBe(1);
  });
});
