import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNumber, IsObject, IsString, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';
import {
  CBS_YEAR_MIN,
  INDICATOR_CODE_PATTERN,
  TARGET_INTERMEDIATE_MAX,
  TARGET_TOLERANCE_MAX,
  YEAR_MAX,
  type CreateIndicatorTargetRequest,
  type UpdateIndicatorTargetRequest,
  type YearValue,
} from '@wk/contracts';
import { OmitOrGive, says } from '@wk/api/core';
import { ID, TEXT, Version } from './plan-dto-rules';

const YEAR = says('field.year', { min: CBS_YEAR_MIN, max: YEAR_MAX });
const NUMBER = says('field.number');
const TOLERANCE = says('target.tolerance', { max: TARGET_TOLERANCE_MAX });

export class YearValueDto implements YearValue {
  @ApiProperty({ example: 2022 })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 0 }, YEAR)
  @Min(CBS_YEAR_MIN, YEAR)
  @Max(YEAR_MAX, YEAR)
  year!: number;

  @ApiProperty({ example: 3.88 })
  @IsNumber({ allowNaN: false, allowInfinity: false }, NUMBER)
  @Min(-1e12, NUMBER)
  @Max(1e12, NUMBER)
  value!: number;
}

export class CreateIndicatorTargetDto implements CreateIndicatorTargetRequest {
  @ApiProperty({ example: 'lbm_score', description: 'An indicator of the catalogue (public or the gemeente’s own).' })
  @IsString(TEXT)
  @Matches(INDICATOR_CODE_PATTERN, says('indicator.code_format'))
  indicatorCode!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'One of the plan’s wijken; the plan’s first wijk when left out.' })
  @OmitOrGive()
  @IsUUID('all', ID)
  wijkId?: string;

  /** The baseline (nulmeting): a measured value and its year. */
  @ApiProperty({ type: YearValueDto })
  @IsObject(says('field.object'))
  @ValidateNested()
  @Type(() => YearValueDto)
  baseline!: YearValueDto;

  /** The target: the value the plan aims at and its year. */
  @ApiProperty({ type: YearValueDto })
  @IsObject(says('field.object'))
  @ValidateNested()
  @Type(() => YearValueDto)
  target!: YearValueDto;

  @ApiPropertyOptional({ type: [YearValueDto], description: 'Intermediate targets between the baseline and the target year.' })
  @OmitOrGive()
  @IsArray(says('field.list'))
  @ArrayMaxSize(TARGET_INTERMEDIATE_MAX, says('field.list'))
  @ValidateNested({ each: true })
  @Type(() => YearValueDto)
  intermediate?: YearValueDto[];

  @ApiPropertyOptional({ example: 10, description: 'Margin for "on course", in % of the planned change (10 when left out).' })
  @OmitOrGive()
  @IsNumber({ allowNaN: false, allowInfinity: false }, TOLERANCE)
  @Min(0, TOLERANCE)
  @Max(TARGET_TOLERANCE_MAX, TOLERANCE)
  tolerancePercent?: number;
}

export class UpdateIndicatorTargetDto
  extends PartialType(CreateIndicatorTargetDto, { skipNullProperties: false })
  implements UpdateIndicatorTargetRequest
{
  @Version() version!: number;
}
