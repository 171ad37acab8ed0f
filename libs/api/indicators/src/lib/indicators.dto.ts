import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  BLOCK_CODES,
  CBS_YEAR_MIN,
  EARLY_WARNING_CONSECUTIVE,
  EARLY_WARNING_MIN_STEP_PERCENT,
  IMPORT_LAYOUTS,
  INDICATOR_CODE_PATTERN,
  INDICATOR_DIRECTIONS,
  INDICATOR_KINDS,
  INDICATOR_UNITS,
  LONG_TEXT_MAX_LENGTH,
  PILLAR_CODES,
  YEAR_MAX,
  type BlockCode,
  type CreateIndicatorRequest,
  type EarlyWarningThresholds,
  type ImportLayout,
  type ImportRequest,
  type IndicatorDirection,
  type IndicatorKind,
  type IndicatorUnit,
  type PillarCode,
} from '@wk/contracts';
import { NotBlank, OmitOrGive, says } from '@wk/api/core';
import { WIJK_OR_BUURT_CODE } from '@wk/util';

const REQUIRED = says('field.required');
const TEXT = says('field.text');
const max = (n: number) => says('field.max_length', { max: n });
const YEAR = says('field.year', { min: CBS_YEAR_MIN, max: YEAR_MAX });

/** Largest file a gemeente's own import accepts through the API (the JSON body limit is 5 MB). */
export const IMPORT_CONTENT_MAX_LENGTH = 4_900_000;
/** Largest file the operator's import of public statistics accepts (its routes take JSON bodies up to 64 MB). */
export const PLATFORM_IMPORT_CONTENT_MAX_LENGTH = 63_000_000;

/** What every import request says besides the file's content. */
abstract class ImportIndicatorsBase implements Omit<ImportRequest, 'content'> {
  @ApiProperty({
    enum: IMPORT_LAYOUTS,
    description: 'cbs-kwb, leefbaarometer-3, leefbaarometer-2, rivm-wijk or long (gebied;indicator;jaar;waarde).',
  })
  @IsIn(IMPORT_LAYOUTS, says('field.choice_of', { choices: IMPORT_LAYOUTS.join(', ') }))
  layout!: ImportLayout;

  @ApiProperty({ example: 'kwb_2024_85984NED.csv' })
  @IsString(TEXT)
  @NotBlank()
  @MaxLength(300, max(300))
  fileName!: string;

  @ApiPropertyOptional({ description: 'Edition year, when the file does not carry it.' })
  @OmitOrGive()
  @IsInt(YEAR)
  @Min(CBS_YEAR_MIN, YEAR)
  @Max(YEAR_MAX, YEAR)
  year?: number;

  @ApiPropertyOptional({ description: 'Year of the CBS area indeling of the codes, when the file does not carry it.' })
  @OmitOrGive()
  @IsInt(YEAR)
  @Min(CBS_YEAR_MIN, YEAR)
  @Max(YEAR_MAX, YEAR)
  areaYear?: number;

  @ApiPropertyOptional({ example: 'CBS, Kerncijfers wijken en buurten 2024 (85984NED)' })
  @OmitOrGive()
  @IsString(TEXT)
  @MaxLength(300, max(300))
  source?: string;
}

/** A gemeente's import of its own figures. */
export class ImportIndicatorsDto extends ImportIndicatorsBase implements ImportRequest {
  @ApiProperty({ description: 'The file as text (CSV with , or ;), at most 4.9 million characters.' })
  @IsString(TEXT)
  @IsNotEmpty(REQUIRED)
  @MaxLength(IMPORT_CONTENT_MAX_LENGTH, max(IMPORT_CONTENT_MAX_LENGTH))
  content!: string;
}

/** The operator's import of public statistics: national files (every area of the Netherlands). */
export class PlatformImportIndicatorsDto extends ImportIndicatorsBase implements ImportRequest {
  @ApiProperty({ description: 'The file as text (CSV with , or ;), at most 63 million characters.' })
  @IsString(TEXT)
  @IsNotEmpty(REQUIRED)
  @MaxLength(PLATFORM_IMPORT_CONTENT_MAX_LENGTH, max(PLATFORM_IMPORT_CONTENT_MAX_LENGTH))
  content!: string;
}

class LocalisedDto {
  @ApiProperty() @IsString(TEXT) @NotBlank() @MaxLength(200, max(200)) nl!: string;
  @ApiProperty() @IsString(TEXT) @NotBlank() @MaxLength(200, max(200)) en!: string;
}

class LocalisedTextDto {
  @ApiProperty() @IsString(TEXT) @NotBlank() @MaxLength(LONG_TEXT_MAX_LENGTH, max(LONG_TEXT_MAX_LENGTH)) nl!: string;
  @ApiProperty() @IsString(TEXT) @NotBlank() @MaxLength(LONG_TEXT_MAX_LENGTH, max(LONG_TEXT_MAX_LENGTH)) en!: string;
}

class IndicatorSourceDto {
  @ApiProperty({ example: 'Gemeente Den Haag' }) @IsString(TEXT) @NotBlank() @MaxLength(200, max(200)) publisher!: string;
  @ApiProperty({ example: 'Bewonersenquête' }) @IsString(TEXT) @NotBlank() @MaxLength(300, max(300)) table!: string;
  @ApiProperty({ example: 'Vraag 12: Ik voel me veilig in mijn buurt' })
  @IsString(TEXT)
  @NotBlank()
  @MaxLength(300, max(300))
  variable!: string;
}

const DECIMALS = says('indicator.decimals');

export class CreateIndicatorDto implements CreateIndicatorRequest {
  @ApiProperty({
    example: 'veilig_gevoel',
    description: 'Lower case letters, digits and _, starting with a letter; not a code of the public catalogue.',
  })
  @IsString(TEXT)
  @Matches(INDICATOR_CODE_PATTERN, says('indicator.code_format'))
  code!: string;

  @ApiProperty({ type: LocalisedDto }) @IsObject(says('field.object')) @ValidateNested() @Type(() => LocalisedDto) name!: LocalisedDto;

  @ApiProperty({ type: LocalisedTextDto })
  @IsObject(says('field.object'))
  @ValidateNested()
  @Type(() => LocalisedTextDto)
  description!: LocalisedTextDto;

  @ApiProperty({ enum: INDICATOR_UNITS })
  @IsIn(INDICATOR_UNITS, says('field.choice_of', { choices: INDICATOR_UNITS.join(', ') }))
  unit!: IndicatorUnit;

  @ApiProperty({ minimum: 0, maximum: 4 }) @IsInt(DECIMALS) @Min(0, DECIMALS) @Max(4, DECIMALS) decimals!: number;

  @ApiProperty({ enum: INDICATOR_DIRECTIONS })
  @IsIn(INDICATOR_DIRECTIONS, says('field.choice_of', { choices: INDICATOR_DIRECTIONS.join(', ') }))
  direction!: IndicatorDirection;

  @ApiProperty({ enum: INDICATOR_KINDS })
  @IsIn(INDICATOR_KINDS, says('field.choice_of', { choices: INDICATOR_KINDS.join(', ') }))
  kind!: IndicatorKind;

  @ApiProperty({ type: IndicatorSourceDto })
  @IsObject(says('field.object'))
  @ValidateNested()
  @Type(() => IndicatorSourceDto)
  source!: IndicatorSourceDto;

  @ApiProperty({ enum: BLOCK_CODES, isArray: true })
  @IsArray(says('field.list'))
  @ArrayMaxSize(BLOCK_CODES.length, says('field.list'))
  @IsIn(BLOCK_CODES, { each: true, ...says('field.choice_of', { choices: BLOCK_CODES.join(', ') }) })
  blocks!: BlockCode[];

  @ApiProperty({ enum: PILLAR_CODES, isArray: true })
  @IsArray(says('field.list'))
  @ArrayMaxSize(PILLAR_CODES.length, says('field.list'))
  @IsIn(PILLAR_CODES, { each: true, ...says('field.choice_of', { choices: PILLAR_CODES.join(', ') }) })
  pillars!: PillarCode[];
}

const CONSECUTIVE = says('indicator.consecutive', EARLY_WARNING_CONSECUTIVE);
const MIN_STEP = says('indicator.min_step_percent', EARLY_WARNING_MIN_STEP_PERCENT);

export class EarlyWarningThresholdsDto implements EarlyWarningThresholds {
  @ApiProperty({ minimum: EARLY_WARNING_CONSECUTIVE.min, maximum: EARLY_WARNING_CONSECUTIVE.max, example: 2 })
  @IsInt(CONSECUTIVE)
  @Min(EARLY_WARNING_CONSECUTIVE.min, CONSECUTIVE)
  @Max(EARLY_WARNING_CONSECUTIVE.max, CONSECUTIVE)
  consecutive!: number;

  @ApiProperty({ minimum: EARLY_WARNING_MIN_STEP_PERCENT.min, maximum: EARLY_WARNING_MIN_STEP_PERCENT.max, example: 0.25 })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 }, MIN_STEP)
  @Min(EARLY_WARNING_MIN_STEP_PERCENT.min, MIN_STEP)
  @Max(EARLY_WARNING_MIN_STEP_PERCENT.max, MIN_STEP)
  minStepPercent!: number;
}

export class RankingQuery {
  @ApiProperty({ example: 'lbm_score', description: 'The indicator’s code (public or the gemeente’s own).' })
  @IsString(TEXT)
  @Matches(INDICATOR_CODE_PATTERN, says('indicator.code_format'))
  indicator!: string;

  @ApiPropertyOptional({ example: 2016, description: 'The year the change is measured from (default: the first year with figures).' })
  @OmitOrGive()
  @Type(() => Number)
  @IsInt(YEAR)
  @Min(CBS_YEAR_MIN, YEAR)
  @Max(YEAR_MAX, YEAR)
  since?: number;
}

export class AreaSearchQuery {
  @ApiProperty({ example: 'Tarwewijk', description: 'Part of the name of a CBS wijk in any gemeente, or its code.' })
  @IsString(TEXT)
  @NotBlank()
  @MinLength(2, says('field.min_length', { min: 2 }))
  @MaxLength(100, max(100))
  q!: string;
}

export class AreaFiguresQuery {
  @ApiProperty({ example: 'WK059915', description: 'The CBS code of a wijk (WK + 6 digits) or buurt (BU + 8 digits) of any gemeente.' })
  @IsString(TEXT)
  @Matches(WIJK_OR_BUURT_CODE, says('indicator.area_code'))
  code!: string;
}
