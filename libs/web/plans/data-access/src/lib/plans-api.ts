import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  TrackerFormat,
  TrackerImportRequest,
  TrackerImportResult,
  PlanPublication,
  AdoptPlanRequest,
  AuditEvent,
  CorrectAdoptionRequest,
  CreateActionRequest,
  CreateGoalRequest,
  CreateIndicatorTargetRequest,
  CreatePlanRequest,
  IndicatorTarget,
  Page,
  Plan,
  PlanComparison,
  PlanMilestones,
  PlanSummary,
  ReorderActionsRequest,
  ReorderGoalsRequest,
  UpdateActionRequest,
  UpdateGoalRequest,
  UpdateIndicatorTargetRequest,
  UpdatePlanRequest,
} from '@wk/contracts';
import { API_BASE } from '@wk/web/core';
import type { Observable } from 'rxjs';

const PLANS = `${API_BASE}/plans`;
const GOALS = `${API_BASE}/goals`;
const ACTIONS = `${API_BASE}/actions`;

/** The lifecycle steps that need only the version the caller saw. */
export type PlanTransition = 'submit' | 'reopen' | 'archive';

const id = (value: string): string => encodeURIComponent(value);

/**
 * Wijkplannen, their goals and their actions. Every write to a goal or an action answers with the
 * whole plan (completeness included), so a page can simply replace the plan it shows.
 */
@Injectable({ providedIn: 'root' })
export class PlansApi {
  readonly #http = inject(HttpClient);

  /** Every revision of every plan (newest revision first per plan), optionally for one wijk. */
  list(wijkId?: string | null): Observable<Page<PlanSummary>> {
    const params = wijkId ? new HttpParams().set('wijkId', wijkId) : undefined;
    return this.#http.get<Page<PlanSummary>>(PLANS, { params });
  }

  /** Every milestone of the plan with its state today (on the adopted plan: as the trekkers reported it). */
  milestones(planId: string): Observable<PlanMilestones> {
    return this.#http.get<PlanMilestones>(`${PLANS}/${id(planId)}/milestones`);
  }

  /** Whether the plan is on the gemeente's public pages. */
  publication(planId: string): Observable<PlanPublication> {
    return this.#http.get<PlanPublication>(`${PLANS}/${id(planId)}/publication`);
  }

  publish(planId: string): Observable<PlanPublication> {
    return this.#http.put<PlanPublication>(`${PLANS}/${id(planId)}/publication`, null);
  }

  withdraw(planId: string): Observable<PlanPublication> {
    return this.#http.delete<PlanPublication>(`${PLANS}/${id(planId)}/publication`);
  }

  /** Checks (commit false) or imports (commit true) an action tracker into a draft plan. */
  importTracker(planId: string, request: TrackerImportRequest): Observable<TrackerImportResult> {
    return this.#http.post<TrackerImportResult>(`${PLANS}/${id(planId)}/tracker`, request);
  }

  /** The plan's actions in the tracker layout, or (empty) the template. */
  trackerUrl(planId: string, format: TrackerFormat, empty: boolean): string {
    return `${PLANS}/${id(planId)}/tracker?format=${format}${empty ? '&empty=true' : ''}`;
  }

  get(planId: string): Observable<Plan> {
    return this.#http.get<Plan>(`${PLANS}/${id(planId)}`);
  }

  /** A new draft with the six-block template (empty sections). */
  create(request: CreatePlanRequest): Observable<Plan> {
    return this.#http.post<Plan>(PLANS, request);
  }

  update(planId: string, request: UpdatePlanRequest): Observable<Plan> {
    return this.#http.patch<Plan>(`${PLANS}/${id(planId)}`, request);
  }

  /** Drafts only. */
  delete(planId: string, version: number): Observable<void> {
    return this.#http.delete<void>(`${PLANS}/${id(planId)}`, { params: { version } });
  }

  /** submit: draft → in_review; reopen: in_review → draft; archive: adopted → archived. */
  transition(planId: string, step: PlanTransition, version: number): Observable<Plan> {
    return this.#http.post<Plan>(`${PLANS}/${id(planId)}/${step}`, { version });
  }

  /** in_review → adopted; the revision adopted before it (same plan) is archived. */
  adopt(planId: string, request: AdoptPlanRequest): Observable<Plan> {
    return this.#http.post<Plan>(`${PLANS}/${id(planId)}/adopt`, request);
  }

  /** The beheerder corrects the date or decision of an adopted revision (with a reason; the content stays frozen). */
  correctAdoption(planId: string, request: CorrectAdoptionRequest): Observable<Plan> {
    return this.#http.post<Plan>(`${PLANS}/${id(planId)}/adoption-correction`, request);
  }

  /** A new draft revision, copied from an adopted or archived revision. */
  createRevision(planId: string, version: number): Observable<Plan> {
    return this.#http.post<Plan>(`${PLANS}/${id(planId)}/revisions`, { version });
  }

  /** What changed from `baseId` (older) to `planId`. */
  compare(planId: string, baseId: string): Observable<PlanComparison> {
    return this.#http.get<PlanComparison>(`${PLANS}/${id(planId)}/comparison`, { params: { baseId } });
  }

  /** Audit events of the plan, its goals and its actions, newest first. */
  history(planId: string): Observable<Page<AuditEvent>> {
    return this.#http.get<Page<AuditEvent>>(`${PLANS}/${id(planId)}/history`);
  }

  createGoal(planId: string, request: CreateGoalRequest): Observable<Plan> {
    return this.#http.post<Plan>(`${PLANS}/${id(planId)}/goals`, request);
  }

  updateGoal(goalId: string, request: UpdateGoalRequest): Observable<Plan> {
    return this.#http.patch<Plan>(`${GOALS}/${id(goalId)}`, request);
  }

  /** Deletes the goal and its actions. */
  deleteGoal(goalId: string, version: number): Observable<Plan> {
    return this.#http.delete<Plan>(`${GOALS}/${id(goalId)}`, { params: { version } });
  }

  /** `request.version` is the plan's version. */
  reorderGoals(planId: string, request: ReorderGoalsRequest): Observable<Plan> {
    return this.#http.put<Plan>(`${PLANS}/${id(planId)}/goal-order`, request);
  }

  createAction(goalId: string, request: CreateActionRequest): Observable<Plan> {
    return this.#http.post<Plan>(`${GOALS}/${id(goalId)}/actions`, request);
  }

  /** With `goalId` the action moves to the end of that goal. */
  updateAction(actionId: string, request: UpdateActionRequest): Observable<Plan> {
    return this.#http.patch<Plan>(`${ACTIONS}/${id(actionId)}`, request);
  }

  deleteAction(actionId: string, version: number): Observable<Plan> {
    return this.#http.delete<Plan>(`${ACTIONS}/${id(actionId)}`, { params: { version } });
  }

  /** `request.version` is the goal's version. */
  reorderActions(goalId: string, request: ReorderActionsRequest): Observable<Plan> {
    return this.#http.put<Plan>(`${GOALS}/${id(goalId)}/action-order`, request);
  }

  /** The effect indicators of the plan's goals, each judged against the wijk's latest figure. */
  indicatorTargets(planId: string): Observable<Page<IndicatorTarget>> {
    return this.#http.get<Page<IndicatorTarget>>(`${PLANS}/${encodeURIComponent(planId)}/indicator-targets`);
  }

  addIndicatorTarget(goalId: string, request: CreateIndicatorTargetRequest): Observable<IndicatorTarget> {
    return this.#http.post<IndicatorTarget>(`${GOALS}/${encodeURIComponent(goalId)}/indicator-targets`, request);
  }

  updateIndicatorTarget(id: string, request: UpdateIndicatorTargetRequest): Observable<IndicatorTarget> {
    return this.#http.patch<IndicatorTarget>(`${API_BASE}/indicator-targets/${encodeURIComponent(id)}`, request);
  }

  deleteIndicatorTarget(id: string, version: number): Observable<void> {
    return this.#http.delete<void>(`${API_BASE}/indicator-targets/${encodeURIComponent(id)}`, {
      params: new HttpParams().set('version', version),
    });
  }
}
