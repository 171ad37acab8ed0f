import { Module } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR, DiscoveryModule } from '@nestjs/core';
import { ViewCacheInterceptor } from '@wk/api/core';
import { AccessRegistry } from './access-registry';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { TenantTransactionInterceptor } from './tenant-transaction.interceptor';

@Module({
  imports: [DiscoveryModule],
  controllers: [AuthController],
  providers: [
    AuthService,
    AccessRegistry,
    { provide: APP_GUARD, useClass: AuthGuard },
    // Order matters: a cached view is answered before a tenant transaction is opened.
    { provide: APP_INTERCEPTOR, useClass: ViewCacheInterceptor },
    { provide: APP_INTERCEPTOR, useClass: TenantTransactionInterceptor },
  ],
  exports: [AuthService],
})
export class AuthModule {}
