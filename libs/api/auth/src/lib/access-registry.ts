import { Injectable, type OnApplicationBootstrap, type Type } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { PATH_METADATA } from '@nestjs/common/constants';
import { ACCESS_KEY, type Access } from '@wk/api/core';

/** Refuses to start when a route has no access rule: deny by default is checked at boot, not hoped for. */
@Injectable()
export class AccessRegistry implements OnApplicationBootstrap {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onApplicationBootstrap(): void {
    const missing: string[] = [];
    for (const wrapper of this.discovery.getControllers()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance) continue;
      const proto = Object.getPrototypeOf(instance) as object;
      for (const name of this.scanner.getAllMethodNames(proto)) {
        const handler = (proto as Record<string, unknown>)[name] as (...args: unknown[]) => unknown;
        if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        const access = this.reflector.getAllAndOverride<Access | undefined>(ACCESS_KEY, [handler, wrapper.metatype as Type]);
        if (!access) missing.push(`${wrapper.name}.${name}`);
      }
    }
    if (missing.length)
      throw new Error(`Routes without an access rule (add @Public, @Roles, @OperatorOnly or @Authenticated): ${missing.join(', ')}`);
  }
}
