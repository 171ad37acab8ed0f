import { Controller, Get, Post } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { Public, Roles } from '@wk/api/core';
import { AccessRegistry } from '@wk/api/auth';

@Controller('things')
@Roles('admin', 'planner')
class ThingsController {
  @Get()
  @Public()
  list(): string[] {
    return [];
  }

  @Post()
  create(): void {
    return undefined;
  }

  /** Not a route: no rule needed. */
  helper(): number {
    return 1;
  }
}

@Controller('open')
class OpenController {
  @Get()
  get(): string {
    return 'x';
  }
}

async function registryFor(...controllers: (typeof ThingsController | typeof OpenController)[]) {
  const moduleRef = await Test.createTestingModule({ imports: [DiscoveryModule], controllers, providers: [AccessRegistry] }).compile();
  return { moduleRef, registry: moduleRef.get(AccessRegistry) };
}

describe('AccessRegistry', () => {
  it('gives each route its rule by operation id: the method rule first, else the controller rule', async () => {
    const { registry } = await registryFor(ThingsController);
    expect(Object.fromEntries(registry.byOperationId())).toEqual({
      Things_list: { kind: 'public' },
      Things_create: { kind: 'roles', roles: ['admin', 'planner'] },
    });
  });

  it('refuses to start when a route has no rule', async () => {
    const { moduleRef } = await registryFor(ThingsController, OpenController);
    await expect(moduleRef.init()).rejects.toThrow(
      'Routes without an access rule (add @Public, @Roles, @OperatorOnly or @Authenticated): OpenController.get',
    );
  });
});
