import { Global, Module } from '@nestjs/common';
import { Sessions } from '@wk/api/core';
import { AuthSessions } from './auth-sessions';
import { DiscoveryModule } from '@nestjs/core';
import { AccessRegistry } from './access-registry';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { SessionsController, SignInsController } from './sessions.controller';
import { IdentityProviderController, OidcController } from './oidc/oidc.controller';
import { OidcService } from './oidc/oidc.service';
import { SignInEvents } from './sign-in-events';
import { TenantTransactionInterceptor } from './tenant-transaction.interceptor';

/** Global: other contexts end sessions through the Sessions port that auth provides. */
@Global()
@Module({
  imports: [DiscoveryModule],
  controllers: [AuthController, OidcController, IdentityProviderController, SessionsController, SignInsController],
  providers: [
    AuthService,
    OidcService,
    SignInEvents,
    AccessRegistry,
    { provide: Sessions, useClass: AuthSessions },
    // Registered on every route, in order, by requestPipeline() (apps/api/src/app/create-app.ts).
    AuthGuard,
    TenantTransactionInterceptor,
  ],
  exports: [AuthService, AuthGuard, TenantTransactionInterceptor, Sessions],
})
export class AuthModule {}
