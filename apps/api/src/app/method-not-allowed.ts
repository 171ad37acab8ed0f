import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { DomainError, message } from '@wk/api/core';

/** The order in which `Allow` names methods. */
const ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'];

/** The OpenAPI path item keys that are HTTP methods. */
const OPENAPI_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

interface RouteTemplate {
  pattern: RegExp;
  methods: ReadonlySet<string>;
}

/**
 * The HTTP methods of every route template (`/api/v1/plans/{id}`), so that a known path asked with a method it
 * does not have answers 405 with `Allow` instead of 404. Filled from the OpenAPI document (which lists every
 * controller route: buildOpenApi refuses to start when one lacks its access rule) and the few routes outside it.
 */
export class RouteMethods {
  private readonly templates: RouteTemplate[] = [];

  /** A path template with `{name}` (or `:name`) parameters and its methods (any case). */
  add(template: string, methods: Iterable<string>): void {
    const source = template
      .split('/')
      .map((segment) => (/^\{.+\}$|^:.+$/.test(segment) ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('/');
    // Like Express's router: case-insensitive, and a trailing slash is allowed.
    this.templates.push({ pattern: new RegExp(`^${source}/?$`, 'i'), methods: new Set([...methods].map((m) => m.toUpperCase())) });
  }

  /** Every path and its methods of an OpenAPI document; `base` is put before each path (the server's URL). */
  addDocument(document: { paths: Record<string, object> }, base = ''): void {
    for (const [path, item] of Object.entries(document.paths)) {
      this.add(
        `${base}${path}`,
        Object.keys(item).filter((key) => OPENAPI_METHODS.has(key)),
      );
    }
  }

  /**
   * The methods a path has, as `Allow` lists them (HEAD wherever GET is), over every template that matches
   * (`/wijken/import` matches both `/wijken/import` and `/wijken/{id}`); null when no template matches.
   */
  allowed(path: string): string[] | null {
    const methods = new Set<string>();
    for (const t of this.templates) if (t.pattern.test(path)) for (const m of t.methods) methods.add(m);
    if (!methods.size) return null;
    if (methods.has('GET')) methods.add('HEAD');
    return [...methods].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  }
}

const rank = (method: string): number => (ORDER.includes(method) ? ORDER.indexOf(method) : ORDER.length);

/**
 * Express middleware: a request for a known path with a method that path does not have gets 405 with `Allow`
 * (RFC 9110 §15.5.6), as problem+json through the problem filter. Unknown paths pass on (404 further on), and so
 * does OPTIONS (answered as before: this API serves no cross-origin callers, so no CORS preflight).
 */
export function methodNotAllowed(routes: RouteMethods): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method === 'OPTIONS') return next();
    const allowed = routes.allowed(req.path);
    if (!allowed || allowed.includes(req.method)) return next();
    const list = allowed.join(', ');
    res.setHeader('Allow', list);
    next(new DomainError('method_not_allowed', message('problem.method_not_allowed', { method: req.method, allowed: list })));
  };
}
