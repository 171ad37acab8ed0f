import type { Page } from '@playwright/test';
import { randomBytes } from 'node:crypto';

/**
 * Seeds through the API with the page's own session (cookie and CSRF header, as the web app sends them):
 * for data a test needs but does not walk through itself.
 */
export async function apiPost<T>(page: Page, path: string, body: unknown): Promise<T> {
  const cookies = await page.context().cookies();
  const xsrf = cookies.find((c) => c.name === 'XSRF-TOKEN')?.value ?? '';
  const res = await page.request.post(`/api/v1${path}`, { data: body, headers: { 'X-XSRF-TOKEN': decodeURIComponent(xsrf) } });
  if (!res.ok()) throw new Error(`POST ${path}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

/** A name no other test (or earlier run on the same database) uses. */
export function unique(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}
