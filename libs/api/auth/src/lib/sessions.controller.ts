import { Controller, Delete, Get, HttpCode, Param, Req } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type { ActiveSession, SignInEvent } from '@wk/contracts';
import {
  AllowedWithTemporaryPassword,
  Authenticated,
  CurrentUser,
  DomainError,
  IdPipe,
  notFound,
  OwnTransactions,
  Roles,
  type TenantActor,
} from '@wk/api/core';
import { resolvedSessions } from './auth.guard';
import { AuthService, type ResolvedSession } from './auth.service';

function resolvedOf(req: Request): ResolvedSession {
  const resolved = resolvedSessions.get(req);
  if (!resolved) throw new DomainError('unauthenticated', 'auth.signed_out');
  return resolved;
}

/** The signed-in person's own sessions: where they are signed in, and ending one (a lost laptop). */
@ApiTags('auth')
@OwnTransactions()
@Controller('auth/sessions')
export class SessionsController {
  constructor(private readonly auth: AuthService) {}

  @Get()
  @Authenticated()
  @AllowedWithTemporaryPassword()
  @ApiOkResponse({ description: 'Own active sessions (in this gemeente), newest use first; `current` is this one.' })
  list(@Req() req: Request): Promise<ActiveSession[]> {
    return this.auth.ownSessions(resolvedOf(req));
  }

  @Delete(':sessionId')
  @Authenticated()
  @AllowedWithTemporaryPassword()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The session has ended (404: no active session of yours has this id).' })
  async end(@Param('sessionId', IdPipe) sessionId: string, @Req() req: Request): Promise<void> {
    if (!(await this.auth.endOwnSession(resolvedOf(req), sessionId))) throw notFound('item');
  }
}

/** The sign-in history of the gemeente's members, for its beheerder. */
@ApiTags('auth')
@OwnTransactions()
@Controller('sign-ins')
export class SignInsController {
  constructor(private readonly auth: AuthService) {}

  @Get()
  @Roles('admin')
  @ApiOkResponse({ description: 'The latest 200 sign-ins and refused attempts of the gemeente’s members, newest first.' })
  async list(@CurrentUser() user: TenantActor): Promise<{ items: SignInEvent[] }> {
    return { items: await this.auth.signIns(user.tenantId, 200) };
  }
}
