import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import {
  ACTION_STATUSES,
  AMOUNT_MAX_CENTS,
  AMOUNT_MIN_CENTS,
  PERCENT_MAX,
  PERCENT_MIN,
  QUARTERS,
  REASON_MAX_LENGTH,
  UPDATE_TEXT_MAX_LENGTH,
  YEAR_MAX,
  YEAR_MIN,
  type ActionStatus,
  type ClosePeriodRequest,
  type CreateMilestoneMarkRequest,
  type CreateProgressUpdateRequest,
  type Quarter,
} from '@wk/contracts';
import { IsIsoDay, NotBlank, OmitOrGive, says } from '@wk/api/core';

const YEAR = says('field.year', { min: YEAR_MIN, max: YEAR_MAX });
const QUARTER = says('field.quarter');
const STATUS = says('field.progress_status');
const PERCENT = says('field.percent', { min: PERCENT_MIN, max: PERCENT_MAX });
const CENTS = says('field.cents');
const DATE = says('field.date', { example: '2026-06-30' });

export class CreateProgressUpdateDto implements CreateProgressUpdateRequest {
  @ApiProperty({ example: 2026 })
  @IsInt(YEAR)
  @Min(YEAR_MIN, YEAR)
  @Max(YEAR_MAX, YEAR)
  year!: number;
  @ApiPropertyOptional({
    enum: QUARTERS,
    type: Number,
    example: 2,
    description: 'Required for a quarterly plan; left out for a yearly one.',
  })
  @OmitOrGive()
  @IsInt(QUARTER)
  @IsIn(QUARTERS, QUARTER)
  quarter?: Quarter;
  @ApiProperty({ enum: ACTION_STATUSES, example: 'on_track' })
  @IsIn(ACTION_STATUSES, STATUS)
  status!: ActionStatus;
  @ApiProperty({ example: 40, minimum: 0, maximum: 100 })
  @IsInt(PERCENT)
  @Min(PERCENT_MIN, PERCENT)
  @Max(PERCENT_MAX, PERCENT)
  percentComplete!: number;
  @ApiProperty({
    example: 'De eerste twee tunnels zijn klaar; de derde volgt na de zomer.',
  })
  @NotBlank()
  @IsString(says('field.text'))
  @IsNotEmpty(says('field.required'))
  @MaxLength(UPDATE_TEXT_MAX_LENGTH, says('field.max_length', { max: UPDATE_TEXT_MAX_LENGTH }))
  narrative!: string;
  @ApiProperty({
    example: 4_500_000,
    description: 'Spent in this period, integer euro cents.',
  })
  @IsInt(CENTS)
  @Min(AMOUNT_MIN_CENTS, says('field.amount_negative'))
  @Max(AMOUNT_MAX_CENTS, says('field.amount_too_large'))
  spentCents!: number;
}

export class ClosePeriodDto implements ClosePeriodRequest {
  @ApiProperty({ example: 2026 })
  @IsInt(YEAR)
  @Min(YEAR_MIN, YEAR)
  @Max(YEAR_MAX, YEAR)
  year!: number;
  @ApiPropertyOptional({
    enum: QUARTERS,
    type: Number,
    example: 1,
    description: 'Required for a quarterly plan; left out for a yearly one.',
  })
  @OmitOrGive()
  @IsInt(QUARTER)
  @IsIn(QUARTERS, QUARTER)
  quarter?: Quarter;
}

/** "Today" for due and overdue; defaults to the server's date (UTC). Lets a user look back, and tests fix the date. */
export class AsOfQuery {
  @ApiPropertyOptional({
    example: '2026-11-29',
    description: 'yyyy-mm-dd; default today.',
  })
  @IsOptional()
  @IsString(DATE)
  @IsIsoDay(DATE)
  asOf?: string;
}

export class MyActionsQuery extends AsOfQuery {
  @ApiPropertyOptional({ enum: ['all', 'due', 'overdue'], example: 'all' })
  @IsOptional()
  @IsIn(['all', 'due', 'overdue'], says('field.progress_filter'))
  state?: 'all' | 'due' | 'overdue';
}

export class CreateMilestoneMarkDto implements CreateMilestoneMarkRequest {
  @ApiProperty({ example: true, description: 'true: done; false: not done after all.' })
  @IsBoolean(says('field.boolean'))
  done!: boolean;
  @ApiPropertyOptional({ example: 'De bewonersavond is geweest.', maxLength: 1000 })
  @OmitOrGive()
  @IsString(says('field.text'))
  @MaxLength(REASON_MAX_LENGTH, says('field.max_length', { max: REASON_MAX_LENGTH }))
  note?: string;
}
