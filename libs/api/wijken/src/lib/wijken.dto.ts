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
import {
  CBS_UNITS_PER_WIJK_MAX,
  CBS_YEAR_MIN,
  POPULATION_MAX,
  POPULATION_SOURCE_MAX_LENGTH,
  ROLE_IN_CITY_MAX_LENGTH,
  TITLE_MAX_LENGTH,
  YEAR_MAX,
  type CbsUnitInput,
  type CreateWijkRequest,
  type ImportWijkenRequest,
  type UpdateWijkRequest,
} from '@wk/contracts';
import { NotBlank, OmitOrGive, says } from '@wk/api/core';

const REQUIRED = says('field.required');
const TEXT = says('field.text');
const max = (n: number) => says('field.max_length', { max: n });
const YEAR = says('field.year', { min: CBS_YEAR_MIN, max: YEAR_MAX });
const WHOLE = says('field.whole_non_negative');

export class CbsUnitDto implements CbsUnitInput {
  @ApiProperty({ example: 'BU02680733', pattern: '^(WK[0-9]{6}|BU[0-9]{8})$' })
  @IsString(TEXT)
  @Matches(/^(WK[0-9]{6}|BU[0-9]{8})$/, says('field.cbs_unit_code'))
  code!: string;
  @ApiProperty({ example: 2024 }) @IsInt(YEAR) @Min(CBS_YEAR_MIN, YEAR) @Max(YEAR_MAX, YEAR) year!: number;
}

export class CreateWijkDto implements CreateWijkRequest {
  @ApiProperty({ example: 'Meijhorst' })
  @NotBlank()
  @IsString(TEXT)
  @IsNotEmpty(REQUIRED)
  @MaxLength(TITLE_MAX_LENGTH, max(TITLE_MAX_LENGTH))
  name!: string;
  @ApiProperty({ type: [CbsUnitDto] })
  @IsArray(says('list.cbs_units'))
  @ArrayMinSize(1, says('list.cbs_units_min'))
  @ArrayMaxSize(CBS_UNITS_PER_WIJK_MAX, says('list.cbs_units_max', { max: CBS_UNITS_PER_WIJK_MAX }))
  @ValidateNested({ each: true })
  @Type(() => CbsUnitDto)
  cbsUnits!: CbsUnitDto[];
  @ApiPropertyOptional({ example: 4120, type: Number, nullable: true })
  @IsOptional()
  @IsInt(WHOLE)
  @Min(0, WHOLE)
  @Max(POPULATION_MAX, WHOLE)
  population?: number | null;
  @ApiPropertyOptional({ example: 2024, type: Number, nullable: true })
  @IsOptional()
  @IsInt(YEAR)
  @Min(CBS_YEAR_MIN, YEAR)
  @Max(YEAR_MAX, YEAR)
  populationYear?: number | null;
  @ApiPropertyOptional({ example: 'Eigen telling', type: String, nullable: true })
  @IsOptional()
  @IsString(TEXT)
  @MaxLength(POPULATION_SOURCE_MAX_LENGTH, max(POPULATION_SOURCE_MAX_LENGTH))
  populationSource?: string | null;
  @ApiPropertyOptional({ example: 'Woonwijk in Dukenburg met veel sociale huur.', type: String, nullable: true })
  @IsOptional()
  @IsString(TEXT)
  @MaxLength(ROLE_IN_CITY_MAX_LENGTH, max(ROLE_IN_CITY_MAX_LENGTH))
  roleInCity?: string | null;
}

export class UpdateWijkDto implements UpdateWijkRequest {
  @ApiPropertyOptional({ example: 'Meijhorst' })
  @OmitOrGive()
  @NotBlank()
  @IsString(TEXT)
  @IsNotEmpty(REQUIRED)
  @MaxLength(TITLE_MAX_LENGTH, max(TITLE_MAX_LENGTH))
  name?: string;
  @ApiPropertyOptional({ type: [CbsUnitDto] })
  @OmitOrGive()
  @IsArray(says('list.cbs_units'))
  @ArrayMinSize(1, says('list.cbs_units_min'))
  @ArrayMaxSize(CBS_UNITS_PER_WIJK_MAX, says('list.cbs_units_max', { max: CBS_UNITS_PER_WIJK_MAX }))
  @ValidateNested({ each: true })
  @Type(() => CbsUnitDto)
  cbsUnits?: CbsUnitDto[];
  @ApiPropertyOptional({ example: 4120, type: Number, nullable: true })
  @IsOptional()
  @IsInt(WHOLE)
  @Min(0, WHOLE)
  @Max(POPULATION_MAX, WHOLE)
  population?: number | null;
  @ApiPropertyOptional({ example: 2024, type: Number, nullable: true })
  @IsOptional()
  @IsInt(YEAR)
  @Min(CBS_YEAR_MIN, YEAR)
  @Max(YEAR_MAX, YEAR)
  populationYear?: number | null;
  @ApiPropertyOptional({ example: 'Eigen telling', type: String, nullable: true })
  @IsOptional()
  @IsString(TEXT)
  @MaxLength(POPULATION_SOURCE_MAX_LENGTH, max(POPULATION_SOURCE_MAX_LENGTH))
  populationSource?: string | null;
  @ApiPropertyOptional({ example: 'Woonwijk met veel sociale huur.', type: String, nullable: true })
  @IsOptional()
  @IsString(TEXT)
  @MaxLength(ROLE_IN_CITY_MAX_LENGTH, max(ROLE_IN_CITY_MAX_LENGTH))
  roleInCity?: string | null;
  @ApiProperty({ example: 1 }) @IsInt(says('field.version')) @Min(1) version!: number;
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
