import type { Problem } from '@wk/contracts';
/**
 * A small HTTP client for tests: real HTTP (fetch), a cookie jar, and the CSRF header on writes,
 * exactly as the browser app does it.
 */
export interface ApiResponse<T = unknown> {
  status: number;
  contentType: string;
  body: T;
  text: string;
  headers: Headers;
}

export class ApiClient {
  private cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  clearCookies(): void {
    this.cookies.clear();
  }

  /** A copy sharing nothing: same cookies now, separate from then on. */
  clone(): ApiClient {
    const c = new ApiClient(this.baseUrl);
    c.cookies = new Map(this.cookies);
    return c;
  }

  /** A client holding these cookies (e.g. the session a sign-in through a provider left in the browser). */
  static withCookies(baseUrl: string, cookies: Map<string, string>): ApiClient {
    const c = new ApiClient(baseUrl);
    c.cookies = new Map(cookies);
    return c;
  }

  /** A copy with the same cookies that talks to another API instance (sessions live in the shared database). */
  on(baseUrl: string): ApiClient {
    const c = new ApiClient(baseUrl);
    c.cookies = new Map(this.cookies);
    return c;
  }

  async login(email: string, password: string): Promise<ApiResponse> {
    const res = await this.request('POST', '/auth/login', { email, password });
    if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status} ${res.text}`);
    return res;
  }

  get<T = unknown>(path: string): Promise<ApiResponse<T>> {
    return this.request<T>('GET', path);
  }
  post<T = unknown>(path: string, body?: unknown): Promise<ApiResponse<T>> {
    return this.request<T>('POST', path, body);
  }
  patch<T = unknown>(path: string, body?: unknown): Promise<ApiResponse<T>> {
    return this.request<T>('PATCH', path, body);
  }
  put<T = unknown>(path: string, body?: unknown): Promise<ApiResponse<T>> {
    return this.request<T>('PUT', path, body);
  }
  delete<T = unknown>(path: string): Promise<ApiResponse<T>> {
    return this.request<T>('DELETE', path);
  }

  /** A GET whose body is a file (PDF, XLSX, CSV): the bytes as they arrived. */
  async download(path: string): Promise<{ status: number; contentType: string; headers: Headers; bytes: Buffer }> {
    const headers: Record<string, string> = {};
    if (this.cookies.size) headers['cookie'] = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(`${this.baseUrl}${path}`, { headers, redirect: 'manual' });
    return {
      status: res.status,
      contentType: res.headers.get('content-type') ?? '',
      headers: res.headers,
      bytes: Buffer.from(await res.arrayBuffer()),
    };
  }

  /** A POST whose body is a file (bytes of the given media type), with the session cookie and the CSRF header. */
  async upload<T = unknown>(path: string, bytes: Buffer, contentType: string): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { 'content-type': contentType };
    if (this.cookies.size) headers['cookie'] = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const xsrf = this.cookies.get('XSRF-TOKEN');
    if (xsrf) headers['x-xsrf-token'] = decodeURIComponent(xsrf);
    const res = await fetch(`${this.baseUrl}${path}`, { method: 'POST', headers, body: new Uint8Array(bytes), redirect: 'manual' });
    const text = await res.text();
    const type = res.headers.get('content-type') ?? '';
    return {
      status: res.status,
      contentType: type,
      body: (type.includes('json') && text ? JSON.parse(text) : text) as T,
      text,
      headers: res.headers,
    };
  }

  async request<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    options: { csrf?: boolean; rawBody?: string; headers?: Record<string, string> } = {},
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.cookies.size) headers['cookie'] = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const xsrf = this.cookies.get('XSRF-TOKEN');
    if (method !== 'GET' && xsrf && options.csrf !== false) headers['x-xsrf-token'] = decodeURIComponent(xsrf);
    let payload: string | undefined;
    if (options.rawBody !== undefined) payload = options.rawBody;
    else if (body !== undefined) payload = JSON.stringify(body);
    if (payload !== undefined) headers['content-type'] = 'application/json';
    const url = path.startsWith('http') ? path : `${this.baseUrl}${path}`;
    const res = await fetch(url, {
      method,
      headers,
      body: payload,
      redirect: 'manual',
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attrs.some((a) => /expires=Thu, 01 Jan 1970/i.test(a)) || value === '';
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const text = await res.text();
    const contentType = res.headers.get('content-type') ?? '';
    let parsed: unknown = text;
    if (contentType.includes('json') && text) parsed = JSON.parse(text);
    return {
      status: res.status,
      contentType,
      body: parsed as T,
      text,
      headers: res.headers,
    };
  }
}

/** The problem+json body of an error response. */
export const problem = (r: ApiResponse): Problem => r.body as Problem;

/** The distinct names of the invalid fields a 400 names, sorted. */
export const fieldsOf = (r: ApiResponse): string[] => [...new Set((problem(r).invalidParams ?? []).map((p) => p.name))].sort();
