import { Injectable, type OnApplicationBootstrap, type Type } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { PATH_METADATA } from '@nestjs/common/constants';
import { ACCESS_KEY, type Access } from '@wk/api/core';

/** The OpenAPI operation id of a route: `Plans_adopt` for PlansController.adopt. */
export const operationIdOf = (controller: string, method: string): string => `${controller.replace(/Controller$/, '')}_${method}`;

interface Route {
  operationId: string;
  /** Controller.method, for messages. */
  label: string;
  /** The method's rule, else its controller's; undefined when neither has one. */
  access: Access | undefined;
}

/**
 * The access rule of every route, read once from the metadata the guard reads (@Public, @Roles, @OperatorOnly,
 * @Authenticated on the method or its controller). Refuses to start when a route has none: deny by default is
 * checked at boot, not hoped for. The OpenAPI document takes its `x-access` from `byOperationId()`.
 */
@Injectable()
export class AccessRegistry implements OnApplicationBootstrap {
  private scanned: Route[] | null = null;
  private byId: Map<string, Access> | null = null;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onApplicationBootstrap(): void {
    const missing = this.routes().filter((r) => !r.access);
    if (missing.length)
      throw new Error(
        `Routes without an access rule (add @Public, @Roles, @OperatorOnly or @Authenticated): ${missing.map((r) => r.label).join(', ')}`,
      );
  }

  /** Every route's access rule by its OpenAPI operation id (see operationIdOf). */
  byOperationId(): ReadonlyMap<string, Access> {
    this.byId ??= new Map(this.routes().flatMap((r) => (r.access ? [[r.operationId, r.access] as const] : [])));
    return this.byId;
  }

  /** The routes of every controller (the app's modules are complete once it is created, before init). */
  private routes(): Route[] {
    this.scanned ??= this.discovery.getControllers().flatMap((wrapper) => {
      const type = wrapper.metatype as Type | null;
      if (!type) return [];
      const proto = type.prototype as Record<string, unknown>;
      return this.scanner.getAllMethodNames(proto).flatMap((name): Route[] => {
        const handler = proto[name];
        if (typeof handler !== 'function' || Reflect.getMetadata(PATH_METADATA, handler) === undefined) return [];
        const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [handler, type]);
        return [{ operationId: operationIdOf(type.name, name), label: `${type.name}.${name}`, access }];
      });
    });
    return this.scanned;
  }
}
