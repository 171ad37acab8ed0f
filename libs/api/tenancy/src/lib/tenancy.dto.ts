import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsEmail,
  IsHexColor,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  EMAIL_MAX_LENGTH,
  TITLE_MAX_LENGTH,
  ORG_UNIT_KINDS,
  ROLES,
  type AddTenantAdminRequest,
  type CreateOrgUnitRequest,
  type PlatformUpdateTenantRequest,
  type CreateTenantRequest,
  type CreateUserRequest,
  type OrgUnitKind,
  type Role,
  type TenantTheme,
  LOGO_DATA_URL,
  LOGO_MAX_BYTES,
  type UpdateOrgUnitRequest,
  type UpdateTenantRequest,
  type UpdateUserRequest,
} from '@wk/contracts';
import { NotBlank, OmitOrGive, says } from '@wk/api/core';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@wk/api/core';

const REQUIRED = says('field.required');
const TEXT = says('field.text');
const max = (n: number) => says('field.max_length', { max: n });
const EMAIL = says('field.email');
const ROLE = says('field.role', { roles: ROLES.join(', ') });
const KIND = says('field.org_unit_kind');
const VERSION = says('field.version_integer');
const COLOR = says('field.color');

export class ThemeDto implements TenantTheme {
  @ApiProperty({ example: '#154273' }) @IsHexColor(COLOR) @Matches(/^#[0-9a-fA-F]{6}$/, COLOR) primaryColor!: string;
  @ApiProperty({ example: '#ffffff' }) @IsHexColor(COLOR) @Matches(/^#[0-9a-fA-F]{6}$/, COLOR) primaryColorText!: string;
  @ApiPropertyOptional({ example: 'Gemeente Nijmegen' })
  @OmitOrGive()
  @IsString(TEXT)
  @MaxLength(60, max(60))
  logoText?: string;
  @ApiPropertyOptional({ example: '#e17000', description: 'Second colour: the line under the header and the mark of the current page.' })
  @OmitOrGive()
  @IsHexColor(COLOR)
  @Matches(/^#[0-9a-fA-F]{6}$/, COLOR)
  accentColor?: string;
  @ApiPropertyOptional({
    example: 'data:image/svg+xml;base64,PHN2Zy8+',
    description: `The logo as a data URL (PNG, JPEG or SVG, base64), at most ${LOGO_MAX_BYTES} bytes.`,
  })
  @OmitOrGive()
  @IsString(TEXT)
  @MaxLength(Math.ceil((LOGO_MAX_BYTES * 4) / 3) + 40, says('field.logo_too_large', { kb: LOGO_MAX_BYTES / 1000 }))
  @Matches(LOGO_DATA_URL, says('field.logo_type'))
  logo?: string;
}

export class FirstAdminDto {
  @ApiProperty({ example: 'beheerder@nijmegen.nl' }) @IsEmail({}, EMAIL) @MaxLength(EMAIL_MAX_LENGTH, max(EMAIL_MAX_LENGTH)) email!: string;
  @ApiProperty({ example: 'Anna de Vries' })
  @NotBlank()
  @IsString(TEXT)
  @IsNotEmpty(REQUIRED)
  @MaxLength(TITLE_MAX_LENGTH, max(TITLE_MAX_LENGTH))
  name!: string;
  @ApiPropertyOptional({
    example: 'een lange zin als wachtwoord',
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
    description: 'Omitted: a temporary password is made (shown once). Ignored when the address already has an account.',
  })
  @OmitOrGive()
  @IsString(TEXT)
  @MaxLength(1000, max(PASSWORD_MAX_LENGTH))
  password?: string;
}

export class CreateTenantDto implements CreateTenantRequest {
  @ApiProperty({ example: 'Gemeente Nijmegen' })
  @NotBlank()
  @IsString(TEXT)
  @IsNotEmpty(REQUIRED)
  @MaxLength(TITLE_MAX_LENGTH, max(TITLE_MAX_LENGTH))
  name!: string;
  @ApiProperty({ example: 'nijmegen', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' })
  @IsString(TEXT)
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, says('field.slug'))
  @MaxLength(63, max(63))
  slug!: string;
  @ApiProperty({ example: 'GM0268', pattern: '^GM[0-9]{4}$' })
  @IsString(TEXT)
  @Matches(/^GM[0-9]{4}$/, says('field.cbs_gemeente_code'))
  cbsCode!: string;
  @ApiProperty({ type: FirstAdminDto }) @IsNotEmpty(REQUIRED) @ValidateNested() @Type(() => FirstAdminDto) admin!: FirstAdminDto;
}

export class UpdateTenantDto implements UpdateTenantRequest {
  @ApiPropertyOptional({ example: 'Gemeente Nijmegen' })
  @OmitOrGive()
  @NotBlank()
  @IsString(TEXT)
  @IsNotEmpty(REQUIRED)
  @MaxLength(TITLE_MAX_LENGTH, max(TITLE_MAX_LENGTH))
  name?: string;
  @ApiPropertyOptional({ type: ThemeDto }) @OmitOrGive() @ValidateNested() @Type(() => ThemeDto) theme?: ThemeDto;
  @ApiProperty({ example: 1 }) @IsInt(VERSION) @Min(1, VERSION) version!: number;
}

export class CreateUserDto implements CreateUserRequest {
  @ApiProperty({ example: 'medewerker@nijmegen.nl' })
  @IsEmail({}, EMAIL)
  @MaxLength(EMAIL_MAX_LENGTH, max(EMAIL_MAX_LENGTH))
  email!: string;
  @ApiProperty({ example: 'Sanne Jansen' })
  @NotBlank()
  @IsString(TEXT)
  @IsNotEmpty(REQUIRED)
  @MaxLength(TITLE_MAX_LENGTH, max(TITLE_MAX_LENGTH))
  name!: string;
  @ApiProperty({ enum: ROLES, example: 'contributor' }) @IsIn(ROLES, ROLE) role!: Role;
  @ApiPropertyOptional({
    example: 'een lange zin als wachtwoord',
    minLength: PASSWORD_MIN_LENGTH,
    maxLength: PASSWORD_MAX_LENGTH,
    description: 'Omitted: a temporary password is made (shown once). Ignored when the address already has an account.',
  })
  @OmitOrGive()
  @IsString(TEXT)
  @MaxLength(1000, max(PASSWORD_MAX_LENGTH))
  password?: string;
  @ApiPropertyOptional({ type: [String], format: 'uuid', example: [] })
  @OmitOrGive()
  @IsUUID('4', { each: true, ...says('field.id') })
  @ArrayUnique()
  @ArrayMaxSize(50)
  orgUnitIds?: string[];
}

export class UpdateUserDto implements UpdateUserRequest {
  @ApiPropertyOptional({ example: 'sanne.jansen@nijmegen.nl' })
  @OmitOrGive()
  @IsEmail({}, EMAIL)
  @MaxLength(EMAIL_MAX_LENGTH, max(EMAIL_MAX_LENGTH))
  email?: string;
  @ApiPropertyOptional({ example: 'Sanne Jansen' })
  @OmitOrGive()
  @NotBlank()
  @IsString(TEXT)
  @IsNotEmpty(REQUIRED)
  @MaxLength(TITLE_MAX_LENGTH, max(TITLE_MAX_LENGTH))
  name?: string;
  @ApiPropertyOptional({ enum: ROLES }) @OmitOrGive() @IsIn(ROLES, ROLE) role?: Role;
  @ApiPropertyOptional() @OmitOrGive() @IsBoolean(says('field.active')) active?: boolean;
  @ApiPropertyOptional({ type: [String], format: 'uuid', example: [] })
  @OmitOrGive()
  @IsUUID('4', { each: true, ...says('field.id') })
  @ArrayUnique()
  @ArrayMaxSize(50)
  orgUnitIds?: string[];
  @ApiProperty({ example: 1 }) @IsInt(VERSION) @Min(1, VERSION) version!: number;
}

export class CreateOrgUnitDto implements CreateOrgUnitRequest {
  @ApiProperty({ example: 'Sociaal Domein' })
  @NotBlank()
  @IsString(TEXT)
  @IsNotEmpty(REQUIRED)
  @MaxLength(TITLE_MAX_LENGTH, max(TITLE_MAX_LENGTH))
  name!: string;
  @ApiProperty({ enum: ORG_UNIT_KINDS, example: 'department' }) @IsIn(ORG_UNIT_KINDS, KIND) kind!: OrgUnitKind;
  @ApiPropertyOptional({ example: 'Zorg, welzijn en jeugd', type: String, nullable: true })
  @IsOptional()
  @IsString(TEXT)
  @MaxLength(2000, max(2000))
  description?: string | null;
}

export class UpdateOrgUnitDto implements UpdateOrgUnitRequest {
  @ApiPropertyOptional({ example: 'Sociaal Domein' })
  @OmitOrGive()
  @NotBlank()
  @IsString(TEXT)
  @IsNotEmpty(REQUIRED)
  @MaxLength(TITLE_MAX_LENGTH, max(TITLE_MAX_LENGTH))
  name?: string;
  @ApiPropertyOptional({ enum: ORG_UNIT_KINDS }) @OmitOrGive() @IsIn(ORG_UNIT_KINDS, KIND) kind?: OrgUnitKind;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString(TEXT) @MaxLength(2000, max(2000)) description?:
    | string
    | null;
  @ApiProperty({ example: 1 }) @IsInt(VERSION) @Min(1, VERSION) version!: number;
}

const CBS_CODE = says('field.cbs_gemeente_code');

export class PlatformUpdateTenantDto implements PlatformUpdateTenantRequest {
  @ApiPropertyOptional({ example: 'Gemeente Nijmegen' })
  @OmitOrGive()
  @NotBlank()
  @IsString(TEXT)
  @IsNotEmpty(REQUIRED)
  @MaxLength(TITLE_MAX_LENGTH, max(TITLE_MAX_LENGTH))
  name?: string;
  @ApiPropertyOptional({ example: 'GM0268', pattern: '^GM[0-9]{4}$' })
  @OmitOrGive()
  @IsString(TEXT)
  @Matches(/^GM[0-9]{4}$/, CBS_CODE)
  cbsCode?: string;
  @ApiPropertyOptional() @OmitOrGive() @IsBoolean(says('field.active')) active?: boolean;
  @ApiProperty({ example: 1 }) @IsInt(VERSION) @Min(1, VERSION) version!: number;
}

export class AddTenantAdminDto implements AddTenantAdminRequest {
  @ApiProperty({ example: 'beheerder@nijmegen.nl' }) @IsEmail({}, EMAIL) @MaxLength(EMAIL_MAX_LENGTH, max(EMAIL_MAX_LENGTH)) email!: string;
  @ApiProperty({ example: 'Anna de Vries' })
  @NotBlank()
  @IsString(TEXT)
  @IsNotEmpty(REQUIRED)
  @MaxLength(TITLE_MAX_LENGTH, max(TITLE_MAX_LENGTH))
  name!: string;
}

export class VersionQuery {
  @ApiProperty({ example: 1 }) @Type(() => Number) @IsInt(VERSION) @Min(1, VERSION) version!: number;
}
