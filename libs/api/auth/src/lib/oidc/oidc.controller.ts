import { Body, Controller, Delete, Get, HttpCode, Inject, Param, Put, Query, Req, Res } from '@nestjs/common';
import {
  ApiFoundResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsNotEmpty, IsString, MaxLength, ValidateNested } from 'class-validator';
import type { CookieOptions, Request, Response } from 'express';
import {
  CSRF_COOKIE,
  OIDC_CLIENT_AUTH,
  ROLES,
  SESSION_COOKIE,
  type IdentityProviderRequest,
  type IdentityProviderSettings,
  type OidcClientAuth,
  type OidcRoleMapping,
  type Role,
  type SsoGemeente,
} from '@wk/contracts';
import {
  APP_CONFIG,
  CurrentUser,
  currentContext,
  notFound,
  NotBlank,
  OmitOrGive,
  OwnTransactions,
  Public,
  Roles,
  says,
  type AppConfig,
  type TenantActor,
} from '@wk/api/core';
import { OIDC_COOKIE, OIDC_COOKIE_MINUTES, OIDC_COOKIE_PATH, OidcRefused, OidcService } from './oidc.service';

const REQUIRED = says('field.required');
const TEXT = says('field.text');
const max = (n: number) => says('field.max_length', { max: n });

export class OidcRoleMappingDto implements OidcRoleMapping {
  @ApiProperty({ example: 'wijkkompas-planners' })
  @IsString(TEXT)
  @NotBlank()
  @MaxLength(200, max(200))
  group!: string;
  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES, says('field.role', { roles: ROLES.join(', ') }))
  role!: Role;
}

export class IdentityProviderDto implements IdentityProviderRequest {
  @ApiProperty({ example: 'https://login.microsoftonline.com/<tenant-id>/v2.0' })
  @IsString(TEXT)
  @IsNotEmpty(REQUIRED)
  @MaxLength(500, max(500))
  issuer!: string;
  @ApiProperty({ example: 'b0f6c3d2-…' })
  @IsString(TEXT)
  @NotBlank()
  @MaxLength(255, max(255))
  clientId!: string;
  @ApiProperty({ enum: OIDC_CLIENT_AUTH })
  @IsIn(OIDC_CLIENT_AUTH, says('field.choice_of', { choices: OIDC_CLIENT_AUTH.join(', ') }))
  clientAuth!: OidcClientAuth;
  @ApiPropertyOptional({ description: 'Write-only; leave out to keep the stored secret.' })
  @OmitOrGive()
  @IsString(TEXT)
  @NotBlank()
  @MaxLength(2000, max(2000))
  clientSecret?: string;
  @ApiPropertyOptional({ description: 'A private JWK (JSON text, RSA or EC P-256) for private_key_jwt; write-only.' })
  @OmitOrGive()
  @IsString(TEXT)
  @NotBlank()
  @MaxLength(20000, max(20000))
  privateKeyJwk?: string;
  @ApiProperty({ example: 'groups' })
  @IsString(TEXT)
  @MaxLength(100, max(100))
  groupsClaim!: string;
  @ApiProperty({ type: [OidcRoleMappingDto] })
  @IsArray(says('field.list'))
  @ArrayMaxSize(50, says('field.too_large'))
  @ValidateNested({ each: true })
  @Type(() => OidcRoleMappingDto)
  roleMappings!: OidcRoleMappingDto[];
  @ApiProperty({ example: ['nijmegen.nl'] })
  @IsArray(says('field.list'))
  @ArrayMaxSize(20, says('field.too_large'))
  @IsString({ each: true, ...TEXT })
  @MaxLength(253, { each: true, ...max(253) })
  emailDomains!: string[];
  @ApiProperty() @IsBoolean(says('field.boolean')) passwordSignIn!: boolean;
  @ApiProperty() @IsBoolean(says('field.boolean')) enabled!: boolean;
}

/** The request's own address (behind a trusted proxy: the one the browser used). */
export function originOf(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

/** Sign-in through the gemeente's own OpenID Connect provider. */
@ApiTags('auth')
@OwnTransactions()
@Controller('auth')
export class OidcController {
  constructor(
    private readonly oidc: OidcService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('sso')
  @Public()
  @ApiQuery({ name: 'email', required: false, description: 'Only the gemeenten whose e-mail domains include this address’s.' })
  @ApiOkResponse({ description: 'Gemeenten whose staff sign in through their own identity provider.' })
  gemeenten(@Req() req: Request, @Query('email') email?: string): Promise<SsoGemeente[]> {
    return this.oidc.gemeenten(originOf(req), typeof email === 'string' ? email.slice(0, 254) : undefined);
  }

  @Get('oidc/:gemeente/start')
  @Public()
  @ApiQuery({ name: 'returnTo', required: false, description: 'A path of this app to open after signing in.' })
  @ApiFoundResponse({ description: 'To the gemeente’s provider (or to the page that says why not).' })
  async start(
    @Param('gemeente') gemeente: string,
    @Query('returnTo') returnTo: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    try {
      const { url, cookie } = await this.oidc.start(gemeente.slice(0, 63), returnTo, originOf(req));
      res.cookie(OIDC_COOKIE, cookie, { ...this.attemptCookie(), maxAge: OIDC_COOKIE_MINUTES * 60_000 });
      res.redirect(302, url);
    } catch (error) {
      await this.refuse(error, res);
    }
  }

  @Get('oidc/callback')
  @Public()
  @ApiFoundResponse({ description: 'Signed in (session cookies set) and back to the app, or to the page that says why not.' })
  async callback(@Query() query: Record<string, unknown>, @Req() req: Request, @Res() res: Response): Promise<void> {
    const cookie = (req.cookies as Record<string, string | undefined>)[OIDC_COOKIE];
    res.clearCookie(OIDC_COOKIE, this.attemptCookie());
    try {
      const { issued, returnTo } = await this.oidc.callback(query, cookie, currentContext()?.ip ?? req.ip ?? 'unknown');
      const maxAge = this.config.session.absoluteHours * 3600_000;
      res.cookie(SESSION_COOKIE, issued.token, { ...this.sessionCookie(), httpOnly: true, maxAge });
      res.cookie(CSRF_COOKIE, issued.csrfToken, { ...this.sessionCookie(), httpOnly: false, maxAge });
      res.redirect(302, returnTo);
    } catch (error) {
      await this.refuse(error, res);
    }
  }

  private async refuse(error: unknown, res: Response): Promise<void> {
    if (!(error instanceof OidcRefused)) throw error;
    await this.oidc.refused(error);
    res.redirect(302, `/inloggen/geweigerd?reden=${error.reason}`);
  }

  /** Lax: the provider sends the browser back with a top-level GET from its own site. */
  private attemptCookie(): CookieOptions {
    return { httpOnly: true, sameSite: 'lax', secure: this.config.session.secureCookie, path: OIDC_COOKIE_PATH };
  }

  private sessionCookie(): CookieOptions {
    return { sameSite: 'strict', secure: this.config.session.secureCookie, path: '/' };
  }
}

/** The gemeente's identity provider, set up by its beheerder. */
@ApiTags('auth')
@Controller('identity-provider')
export class IdentityProviderController {
  constructor(private readonly oidc: OidcService) {}

  @Get()
  @Roles('admin')
  @ApiOkResponse({ description: 'The provider settings (secrets never sent back); 404 when none is set up.' })
  async get(@CurrentUser() user: TenantActor, @Req() req: Request): Promise<IdentityProviderSettings> {
    const settings = await this.oidc.settings(user.tenantId, originOf(req));
    if (!settings) throw notFound('item');
    return settings;
  }

  @Put()
  @Roles('admin')
  @ApiOkResponse({ description: 'Saved, after the provider answered its discovery document.' })
  save(@CurrentUser() user: TenantActor, @Body() dto: IdentityProviderDto, @Req() req: Request): Promise<IdentityProviderSettings> {
    return this.oidc.save(user.tenantId, dto, originOf(req));
  }

  @Delete()
  @Roles('admin')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The provider is removed: staff sign in with a password again.' })
  remove(@CurrentUser() user: TenantActor): Promise<void> {
    return this.oidc.remove(user.tenantId);
  }
}
