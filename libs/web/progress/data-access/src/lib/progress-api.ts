import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  MailOutbox,
  ReminderSettings,
  ReminderSubscription,
  ActionMilestones,
  ActionProgress,
  ActionProgressList,
  ClosePeriodRequest,
  ClosedPeriod,
  CreateMilestoneMarkRequest,
  CreateProgressUpdateRequest,
  MilestoneProgress,
  Page,
  PlanAction,
  PlanDashboard,
  PlanMilestones,
  ProgressUpdate,
  TenantOverview,
} from '@wk/contracts';
import { API_BASE } from '@wk/web/core';
import type { Observable } from 'rxjs';

/** Which actions "Mijn acties" asks for: all, those with an update due, or those with one overdue. */
export type MyActionsState = 'all' | 'due' | 'overdue';

const id = (value: string): string => encodeURIComponent(value);

/** `asOf` (yyyy-mm-dd) only when given: without it the API counts from today. */
function asOfParams(asOf: string | undefined, params = new HttpParams()): HttpParams {
  return asOf ? params.set('asOf', asOf) : params;
}

/**
 * Progress of actions: the updates trekkers post, the lists of actions per user and per
 * organisation unit, the dashboard of a plan, closed periods and the overview of all wijken.
 */
@Injectable({ providedIn: 'root' })
export class ProgressApi {
  readonly #http = inject(HttpClient);

  /** The adopted plans' actions that the signed-in user's organisation units lead or contribute to. */
  myActions(state: MyActionsState = 'all', asOf?: string): Observable<ActionProgressList> {
    return this.#http.get<ActionProgressList>(`${API_BASE}/my-actions`, {
      params: asOfParams(asOf, new HttpParams().set('state', state)),
    });
  }

  /** Every action of adopted plans that this unit leads or contributes to, across wijken and plans. */
  unitActions(unitId: string, asOf?: string): Observable<ActionProgressList> {
    return this.#http.get<ActionProgressList>(`${API_BASE}/org-units/${id(unitId)}/actions`, { params: asOfParams(asOf) });
  }

  /** The action as the plan holds it (planId, goalId, units, period, budget). */
  action(actionId: string): Observable<PlanAction> {
    return this.#http.get<PlanAction>(`${API_BASE}/actions/${id(actionId)}`);
  }

  /** How the action stands on the day (status, periods to report, expected progress, whether the user may report). */
  actionProgress(actionId: string, asOf?: string): Observable<ActionProgress> {
    return this.#http.get<ActionProgress>(`${API_BASE}/actions/${id(actionId)}/progress`, { params: asOfParams(asOf) });
  }

  /** Every update of the action across the plan's revisions, newest period first. */
  updates(actionId: string): Observable<Page<ProgressUpdate>> {
    return this.#http.get<Page<ProgressUpdate>>(`${API_BASE}/actions/${id(actionId)}/updates`);
  }

  addUpdate(actionId: string, request: CreateProgressUpdateRequest): Observable<ProgressUpdate> {
    return this.#http.post<ProgressUpdate>(`${API_BASE}/actions/${id(actionId)}/updates`, request);
  }

  /** The action's milestones with their state today and every mark. */
  milestones(actionId: string): Observable<ActionMilestones> {
    return this.#http.get<ActionMilestones>(`${API_BASE}/actions/${id(actionId)}/milestones`);
  }

  /** Marks a milestone of the adopted plan done, or not done after all (a new mark; earlier ones stay). */
  markMilestone(actionId: string, key: string, request: CreateMilestoneMarkRequest): Observable<MilestoneProgress> {
    return this.#http.post<MilestoneProgress>(`${API_BASE}/actions/${id(actionId)}/milestones/${id(key)}/marks`, request);
  }

  /** Every milestone of the plan by date, with its state today. */
  planMilestones(planId: string, asOf?: string): Observable<PlanMilestones> {
    return this.#http.get<PlanMilestones>(`${API_BASE}/plans/${id(planId)}/milestones`, { params: asOfParams(asOf) });
  }

  dashboard(planId: string, asOf?: string): Observable<PlanDashboard> {
    return this.#http.get<PlanDashboard>(`${API_BASE}/plans/${id(planId)}/dashboard`, { params: asOfParams(asOf) });
  }

  closedPeriods(planId: string): Observable<Page<ClosedPeriod>> {
    return this.#http.get<Page<ClosedPeriod>>(`${API_BASE}/plans/${id(planId)}/closed-periods`);
  }

  /** Closes a period for every revision of the plan (admin and planner). */
  closePeriod(planId: string, request: ClosePeriodRequest): Observable<ClosedPeriod> {
    return this.#http.post<ClosedPeriod>(`${API_BASE}/plans/${id(planId)}/closed-periods`, request);
  }

  /** Every wijk of the gemeente against the six blocks and the three pillars. */
  overview(asOf?: string): Observable<TenantOverview> {
    return this.#http.get<TenantOverview>(`${API_BASE}/overview`, { params: asOfParams(asOf) });
  }

  // ---- reminders by e-mail ----

  /** The mails the user may see: the gemeente's for an admin, one's own for anyone else. */
  mailOutbox(): Observable<MailOutbox> {
    return this.#http.get<MailOutbox>(`${API_BASE}/mail-outbox`);
  }

  /** Makes the gemeente's reminders now (admin). */
  reminderRound(): Observable<{ made: number }> {
    return this.#http.post<{ made: number }>(`${API_BASE}/mail-outbox/rounds`, null);
  }

  reminderSettings(): Observable<ReminderSettings> {
    return this.#http.get<ReminderSettings>(`${API_BASE}/reminder-settings`);
  }

  saveReminderSettings(settings: ReminderSettings): Observable<ReminderSettings> {
    return this.#http.put<ReminderSettings>(`${API_BASE}/reminder-settings`, settings);
  }

  subscription(): Observable<ReminderSubscription> {
    return this.#http.get<ReminderSubscription>(`${API_BASE}/reminder-subscription`);
  }

  setSubscription(subscribed: boolean): Observable<ReminderSubscription> {
    return this.#http.put<ReminderSubscription>(`${API_BASE}/reminder-subscription`, { subscribed });
  }
}
