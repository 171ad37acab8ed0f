import { RouteMethods } from './method-not-allowed';

describe('RouteMethods (the methods of each path, for 405 with Allow)', () => {
  const routes = new RouteMethods();
  routes.addDocument(
    {
      paths: {
        '/health': { get: {} },
        '/wijken': { get: {}, post: {} },
        '/wijken/{id}': { get: {}, patch: {}, delete: {}, parameters: [] },
        '/wijken/import': { post: {} },
      },
    },
    '/api/v1',
  );

  it('names the methods of a path, HEAD wherever GET is, in a fixed order', () => {
    expect(routes.allowed('/api/v1/health')).toEqual(['GET', 'HEAD']);
    expect(routes.allowed('/api/v1/wijken')).toEqual(['GET', 'HEAD', 'POST']);
  });

  it('matches parameters one segment wide, and joins every template that matches the path', () => {
    expect(routes.allowed('/api/v1/wijken/0b6f1b1e-1c1d-4a47-9d1a-3c1e2f9a7b10')).toEqual(['GET', 'HEAD', 'PATCH', 'DELETE']);
    expect(routes.allowed('/api/v1/wijken/import')).toEqual(['GET', 'HEAD', 'POST', 'PATCH', 'DELETE']);
    expect(routes.allowed('/api/v1/wijken/a/b')).toBeNull();
  });

  it('matches as the router does: any case, with or without a trailing slash; an unknown path has none', () => {
    expect(routes.allowed('/API/V1/Health/')).toEqual(['GET', 'HEAD']);
    expect(routes.allowed('/api/v1/healthz')).toBeNull();
    expect(routes.allowed('/health')).toBeNull();
  });

  it('takes a template with :name parameters and literal dots', () => {
    const more = new RouteMethods();
    more.add('/api/v1/openapi.json', ['get']);
    more.add('/api/v1/plans/:id', ['GET', 'delete']);
    expect(more.allowed('/api/v1/openapi.json')).toEqual(['GET', 'HEAD']);
    expect(more.allowed('/api/v1/openapiXjson')).toBeNull();
    expect(more.allowed('/api/v1/plans/42')).toEqual(['GET', 'HEAD', 'DELETE']);
  });
});
