import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
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
    // Registered on every route, in order, by requestPipeline() (apps/api/src/app/create-app.ts).
    AuthGuard,
    TenantTransactionInterceptor,
  ],
  exports: [AuthService, AuthGuard, TenantTransactionInterceptor],
})
export class AuthModule {}
