import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import type { CbsUnitInput, CreateWijkRequest, ImportWijkenRequest, UpdateWijkRequest } from '@wk/contracts';
import { NotBlank, OmitOrGive } from '@wk/api/core';

const REQUIRED = { message: 'Vul dit veld in.' };
const TEXT = { message: 'Vul hier tekst in.' };
const max = (n: number) => ({ message: `Gebruik maximaal ${n} tekens.` });
const YEAR = { message: 'Vul een jaartal in tussen 1990 en 2100.' };
const WHOLE = { message: 'Vul een heel getal in (0 of meer).' };

export class CbsUnitDto implements CbsUnitInput {
  @ApiProperty({ example: 'BU02680733', pattern: '^(WK[0-9]{6}|BU[0-9]{8})$' })
  @IsString(TEXT)
  @Matches(/^(WK[0-9]{6}|BU[0-9]{8})$/, {
    message: 'Een CBS-code is WK met zes cijfers (wijk) of BU met acht cijfers (buurt), zoals BU02680733.',
  })
  code!: string;
  @ApiProperty({ example: 2024 }) @IsInt(YEAR) @Min(1990, YEAR) @Max(2100, YEAR) year!: number;
}

export class CreateWijkDto implements CreateWijkRequest {
  @ApiProperty({ example: 'Meijhorst' }) @NotBlank() @IsString(TEXT) @IsNotEmpty(REQUIRED) @MaxLength(200, max(200)) name!: string;
  @ApiProperty({ type: [CbsUnitDto] })
  @IsArray({ message: 'Geef een lijst van CBS-eenheden.' })
  @ArrayMinSize(1, { message: 'Koppel de wijk aan minstens één CBS-wijk of -buurt.' })
  @ArrayMaxSize(100, { message: 'Koppel een wijk aan hoogstens 100 CBS-eenheden.' })
  @ValidateNested({ each: true })
  @Type(() => CbsUnitDto)
  cbsUnits!: CbsUnitDto[];
  @ApiPropertyOptional({ example: 4120, type: Number, nullable: true })
  @IsOptional()
  @IsInt(WHOLE)
  @Min(0, WHOLE)
  @Max(10_000_000, WHOLE)
  population?: number | null;
  @ApiPropertyOptional({ example: 2024, type: Number, nullable: true }) @IsOptional() @IsInt(YEAR) @Min(1990, YEAR) @Max(2100, YEAR) populationYear?: number | null;
  @ApiPropertyOptional({ example: 'Eigen telling', type: String, nullable: true })
  @IsOptional()
  @IsString(TEXT)
  @MaxLength(300, max(300))
  populationSource?: string | null;
  @ApiPropertyOptional({ example: 'Woonwijk in Dukenburg met veel sociale huur.', type: String, nullable: true })
  @IsOptional()
  @IsString(TEXT)
  @MaxLength(4000, max(4000))
  roleInCity?: string | null;
}

export class UpdateWijkDto implements UpdateWijkRequest {
  @ApiPropertyOptional({ example: 'Meijhorst' }) @OmitOrGive() @NotBlank() @IsString(TEXT) @IsNotEmpty(REQUIRED) @MaxLength(200, max(200)) name?: string;
  @ApiPropertyOptional({ type: [CbsUnitDto] })
  @OmitOrGive()
  @IsArray({ message: 'Geef een lijst van CBS-eenheden.' })
  @ArrayMinSize(1, { message: 'Koppel de wijk aan minstens één CBS-wijk of -buurt.' })
  @ArrayMaxSize(100, { message: 'Koppel een wijk aan hoogstens 100 CBS-eenheden.' })
  @ValidateNested({ each: true })
  @Type(() => CbsUnitDto)
  cbsUnits?: CbsUnitDto[];
  @ApiPropertyOptional({ example: 4120, type: Number, nullable: true }) @IsOptional() @IsInt(WHOLE) @Min(0, WHOLE) @Max(10_000_000, WHOLE) population?: number | null;
  @ApiPropertyOptional({ example: 2024, type: Number, nullable: true }) @IsOptional() @IsInt(YEAR) @Min(1990, YEAR) @Max(2100, YEAR) populationYear?: number | null;
  @ApiPropertyOptional({ example: 'Eigen telling', type: String, nullable: true }) @IsOptional() @IsString(TEXT) @MaxLength(300, max(300)) populationSource?: string | null;
  @ApiPropertyOptional({ example: 'Woonwijk met veel sociale huur.', type: String, nullable: true }) @IsOptional() @IsString(TEXT) @MaxLength(4000, max(4000)) roleInCity?: string | null;
  @ApiProperty({ example: 1 }) @IsInt({ message: 'Geef de versie waarop uw wijziging is gebaseerd.' }) @Min(1) version!: number;
}

export class ImportWijkenDto implements ImportWijkenRequest {
  @ApiProperty({ example: 'naam;cbs_codes;jaar\nMeijhorst;BU02680733;2024' })
  @IsString(TEXT)
  @IsNotEmpty(REQUIRED)
  @MaxLength(2_000_000, max(2_000_000))
  csv!: string;
}

export class CbsUnitSearchQuery {
  @ApiProperty({ example: 'Moerwijk', description: 'Part of the name or code of a CBS wijk or buurt of the gemeente.' })
  @IsString(TEXT)
  @IsNotEmpty(REQUIRED)
  @MaxLength(100, max(100))
  q!: string;
}
