import { Body, Controller, Get, HttpCode, Post, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, IsUUID, MaxLength } from 'class-validator';
import type { CookieOptions, Request, Response } from 'express';
import { Inject } from '@nestjs/common';
import {
  CSRF_COOKIE,
  EMAIL_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  SESSION_COOKIE,
  SIGN_IN_PASSWORD_MAX_LENGTH,
  type ChangePasswordRequest,
  type LoginRequest,
  type LogoutAnswer,
  type SessionInfo,
  type SwitchTenantRequest,
} from '@wk/contracts';
import {
  ALL_ROLES,
  AllowedWithTemporaryPassword,
  APP_CONFIG,
  Authenticated,
  Clock,
  currentContext,
  DomainError,
  OwnTransactions,
  param,
  says,
  Public,
  Roles,
  type AppConfig,
} from '@wk/api/core';
import type { IssuedSession } from './auth.service';
import { resolvedSessions } from './auth.guard';
import { AuthService } from './auth.service';
import { originOf } from './oidc/oidc.controller';
import { OidcService } from './oidc/oidc.service';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'beheerder@nijmegen.demo.wijkkompas.nl' })
  @IsString(says('field.email_required'))
  @MaxLength(EMAIL_MAX_LENGTH, says('field.max_length', { max: EMAIL_MAX_LENGTH }))
  email!: string;
  @ApiProperty({ example: 'Wijkkompas-demo-2026' })
  @IsString(says('field.password_required'))
  @MaxLength(SIGN_IN_PASSWORD_MAX_LENGTH, says('field.max_length', { max: SIGN_IN_PASSWORD_MAX_LENGTH }))
  password!: string;
}

export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty({ example: 'het-huidige-wachtwoord' })
  @IsString(says('field.current_password_required'))
  @MaxLength(SIGN_IN_PASSWORD_MAX_LENGTH, says('field.max_length', { max: SIGN_IN_PASSWORD_MAX_LENGTH }))
  currentPassword!: string;
  @ApiProperty({ example: 'een lange zin als wachtwoord', minLength: 12, maxLength: 128 })
  @IsString(says('field.new_password_required'))
  @MaxLength(1000, says('field.max_length', { max: PASSWORD_MAX_LENGTH }))
  newPassword!: string;
}

export class SwitchTenantDto implements SwitchTenantRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('4', says('field.tenant_choice'))
  tenantId!: string;
}

@ApiTags('auth')
@OwnTransactions()
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly oidc: OidcService,
  ) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ description: 'Signed in; sets the session cookie and the XSRF-TOKEN cookie.' })
  async login(@Body() dto: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<SessionInfo> {
    if (!dto.email.trim() || !dto.password) {
      throw new DomainError('validation_failed', 'auth.fill_in_credentials', {
        invalidParams: [
          ...(!dto.email.trim() ? [param('email', 'required', 'field.email_required')] : []),
          ...(!dto.password ? [param('password', 'required', 'field.password_required')] : []),
        ],
      });
    }
    const issued = await this.auth.login(dto.email, dto.password, currentContext()?.ip ?? req.ip ?? 'unknown');
    return this.answer(issued, res);
  }

  @Post('switch')
  @Roles(...ALL_ROLES)
  @HttpCode(200)
  @ApiOkResponse({ description: 'A new session in another gemeente of the same person; the old session ends.' })
  async switch(@Body() dto: SwitchTenantDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<SessionInfo> {
    const resolved = resolvedSessions.get(req);
    if (!resolved) throw new DomainError('unauthenticated', 'auth.signed_out');
    const issued = await this.auth.switchTenant(resolved, dto.tenantId, currentContext()?.ip ?? req.ip ?? 'unknown');
    return this.answer(issued, res);
  }

  @Post('password')
  @Roles(...ALL_ROLES)
  @AllowedWithTemporaryPassword()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Password changed; the other sessions of this person have ended.' })
  async changePassword(@Body() dto: ChangePasswordDto, @Req() req: Request): Promise<void> {
    const resolved = resolvedSessions.get(req);
    if (!resolved) throw new DomainError('unauthenticated', 'auth.signed_out');
    await this.auth.changePassword(resolved, dto.currentPassword, dto.newPassword, currentContext()?.ip ?? req.ip ?? 'unknown');
  }

  private answer(issued: IssuedSession, res: Response): SessionInfo {
    const maxAge = this.config.session.absoluteHours * 3600_000;
    res.cookie(SESSION_COOKIE, issued.token, { ...this.cookieBase(), httpOnly: true, maxAge });
    res.cookie(CSRF_COOKIE, issued.csrfToken, { ...this.cookieBase(), httpOnly: false, maxAge });
    return { ...issued.info, today: this.clock.today() };
  }

  @Post('logout')
  @Authenticated()
  @AllowedWithTemporaryPassword()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Session revoked on the server; cookies cleared.' })
  @ApiOkResponse({
    description:
      'A session made through the gemeente’s provider: revoked and cookies cleared as well, and `endSessionUrl` is where the browser ends the provider’s session (RP-initiated logout).',
  })
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<LogoutAnswer | void> {
    const token = (req.cookies as Record<string, string>)[SESSION_COOKIE];
    const endSessionUrl = token ? await this.oidc.endSessionUrl(token, originOf(req)) : null;
    if (token) await this.auth.logout(token);
    res.clearCookie(SESSION_COOKIE, this.cookieBase());
    res.clearCookie(CSRF_COOKIE, this.cookieBase());
    if (endSessionUrl) {
      res.status(200);
      return { endSessionUrl };
    }
  }

  @Get('session')
  @Authenticated()
  @AllowedWithTemporaryPassword()
  @ApiOkResponse({ description: 'The current session.' })
  async session(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<SessionInfo> {
    const resolved = resolvedSessions.get(req);
    if (!resolved) throw new DomainError('unauthenticated', 'auth.signed_out');
    res.cookie(CSRF_COOKIE, resolved.csrfToken, { ...this.cookieBase(), httpOnly: false });
    return { ...(await this.auth.withMemberships(resolved)), today: this.clock.today() };
  }

  private cookieBase(): CookieOptions {
    return { sameSite: 'strict', secure: this.config.session.secureCookie, path: '/' };
  }
}
