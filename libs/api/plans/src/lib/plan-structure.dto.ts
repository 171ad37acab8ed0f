import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  ACTION_TITLE_MAX_LENGTH,
  AMOUNT_MAX_CENTS,
  AMOUNT_MIN_CENTS,
  BLOCK_CODES,
  BUDGET_LINES_MAX,
  GOAL_TEXT_MAX_LENGTH,
  LONG_TEXT_MAX_LENGTH,
  MILESTONES_MAX,
  ORDERED_ITEMS_MAX,
  PILLAR_CODES,
  QUARTERS,
  UNITS_PER_ACTION_MAX,
  type BlockCode,
  type BudgetLine,
  type CreateActionRequest,
  type CreateGoalRequest,
  type Milestone,
  type PillarCode,
  type Quarter,
  type ReorderActionsRequest,
  type ReorderGoalsRequest,
  type UpdateActionRequest,
  type UpdateGoalRequest,
  type YearQuarter,
} from '@wk/contracts';
import { NotBlank, OmitOrGive, says } from '@wk/api/core';
import { BLOCK, CENTS, DATE, DATE_PATTERN, ID, PERIOD, PILLAR, QUARTER, REQUIRED, TEXT, Version, Year, maxChars } from './plan-dto-rules';

export class CreateGoalDto implements CreateGoalRequest {
  @ApiProperty({ enum: BLOCK_CODES, example: 'B4' })
  @IsIn(BLOCK_CODES, BLOCK)
  block!: BlockCode;
  @ApiPropertyOptional({
    enum: PILLAR_CODES,
    type: String,
    nullable: true,
    example: 'P1',
    description: 'Required for B4, empty for the other blocks.',
  })
  @IsOptional()
  @IsIn(PILLAR_CODES, PILLAR)
  pillar?: PillarCode | null;
  @ApiProperty({ example: 'Bewoners kennen elkaar en helpen elkaar.' })
  @NotBlank()
  @IsString(TEXT)
  @IsNotEmpty(REQUIRED)
  @MaxLength(GOAL_TEXT_MAX_LENGTH, maxChars(GOAL_TEXT_MAX_LENGTH))
  statement!: string;
  @ApiPropertyOptional({
    example: 'In 2030 kent 60% van de bewoners de buren bij naam (eigen ambitie).',
    type: String,
    nullable: true,
  })
  @IsOptional()
  @IsString(TEXT)
  @MaxLength(GOAL_TEXT_MAX_LENGTH, maxChars(GOAL_TEXT_MAX_LENGTH))
  target?: string | null;
}

/** Every field of {@link CreateGoalDto}, each optional, plus the version the change is based on. */
export class UpdateGoalDto extends PartialType(CreateGoalDto, { skipNullProperties: false }) implements UpdateGoalRequest {
  @Version() version!: number;
}

export class ReorderGoalsDto implements ReorderGoalsRequest {
  @ApiProperty({ enum: BLOCK_CODES, example: 'B4' })
  @IsIn(BLOCK_CODES, BLOCK)
  block!: BlockCode;
  @ApiPropertyOptional({
    enum: PILLAR_CODES,
    type: String,
    nullable: true,
    example: 'P1',
  })
  @IsOptional()
  @IsIn(PILLAR_CODES, PILLAR)
  pillar?: PillarCode | null;
  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'Exactly the goals of that block (and pillar), in the new order.',
  })
  @IsArray(says('list.goals'))
  @ArrayMaxSize(ORDERED_ITEMS_MAX, says('list.too_long'))
  @ArrayUnique(says('list.goals_unique'))
  @IsUUID('all', { each: true, ...ID })
  goalIds!: string[];
  @Version() version!: number;
}

export class YearQuarterDto implements YearQuarter {
  @ApiProperty({ example: 2025 }) @Year() year!: number;
  @ApiProperty({ enum: QUARTERS, example: 1 })
  @IsInt(QUARTER)
  @IsIn(QUARTERS, QUARTER)
  quarter!: Quarter;
}

export class BudgetLineDto implements BudgetLine {
  @ApiProperty({ example: 2026 }) @Year() year!: number;
  @ApiProperty({
    example: 25_000_000,
    description: 'Integer euro cents (25 000 000 = € 250.000).',
  })
  @IsInt(CENTS)
  @Min(AMOUNT_MIN_CENTS, says('field.amount_negative'))
  @Max(AMOUNT_MAX_CENTS, says('field.amount_too_large'))
  amountCents!: number;
}

export class MilestoneDto implements Milestone {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The key the milestone had (from an answer), to keep it; left out for a new milestone.',
  })
  @OmitOrGive()
  @IsUUID('all', ID)
  key?: string;
  @ApiProperty({ example: 'Ontwerp klaar' })
  @NotBlank()
  @IsString(TEXT)
  @IsNotEmpty(REQUIRED)
  @MaxLength(ACTION_TITLE_MAX_LENGTH, maxChars(ACTION_TITLE_MAX_LENGTH))
  title!: string;
  @ApiProperty({ example: '2026-03-31' })
  @IsString(DATE)
  @Matches(DATE_PATTERN, DATE)
  dueDate!: string;
  @ApiProperty({ example: false })
  @IsBoolean(says('field.boolean'))
  done!: boolean;
}

const budgetList = () => (target: object, key: string) => {
  IsArray(says('list.budget'))(target, key);
  ArrayMaxSize(BUDGET_LINES_MAX, says('list.too_long'))(target, key);
  ValidateNested({ each: true })(target, key);
  Type(() => BudgetLineDto)(target, key);
};
const milestoneList = () => (target: object, key: string) => {
  IsArray(says('list.milestones'))(target, key);
  ArrayMaxSize(MILESTONES_MAX, says('list.milestones_max', { max: MILESTONES_MAX }))(target, key);
  ValidateNested({ each: true })(target, key);
  Type(() => MilestoneDto)(target, key);
};
const unitList = () => (target: object, key: string) => {
  IsArray(says('list.org_units'))(target, key);
  ArrayMaxSize(UNITS_PER_ACTION_MAX, says('list.units_max', { max: UNITS_PER_ACTION_MAX }))(target, key);
  ArrayUnique(says('list.units_unique'))(target, key);
  IsUUID('all', { each: true, ...ID })(target, key);
};
const period = () => (target: object, key: string) => {
  IsObject(PERIOD)(target, key);
  ValidateNested()(target, key);
  Type(() => YearQuarterDto)(target, key);
};

export class CreateActionDto implements CreateActionRequest {
  @ApiProperty({ example: 'Buurthuis De Meijhorst langer open' })
  @NotBlank()
  @IsString(TEXT)
  @IsNotEmpty(REQUIRED)
  @MaxLength(ACTION_TITLE_MAX_LENGTH, maxChars(ACTION_TITLE_MAX_LENGTH))
  title!: string;
  @ApiPropertyOptional({ example: 'Het buurthuis is ook op zaterdag open.' })
  @OmitOrGive()
  @IsString(TEXT)
  @MaxLength(LONG_TEXT_MAX_LENGTH, maxChars(LONG_TEXT_MAX_LENGTH))
  description?: string;
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    example: '00000000-0000-4000-8000-000000000000',
  })
  @IsOptional()
  @IsUUID('all', ID)
  leadUnitId?: string | null;
  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @OmitOrGive()
  @unitList()
  contributingUnitIds?: string[];
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    example: '00000000-0000-4000-8000-000000000000',
  })
  @IsOptional()
  @IsUUID('all', ID)
  ownerId?: string | null;
  @ApiProperty({ type: YearQuarterDto })
  @period()
  start!: YearQuarterDto;
  @ApiProperty({ type: YearQuarterDto })
  @period()
  end!: YearQuarterDto;
  @ApiPropertyOptional({ type: [BudgetLineDto] })
  @OmitOrGive()
  @budgetList()
  budget?: BudgetLineDto[];
  @ApiPropertyOptional({ type: [MilestoneDto] })
  @OmitOrGive()
  @milestoneList()
  milestones?: MilestoneDto[];
}

/**
 * Every field of {@link CreateActionDto}, each optional (left out: unchanged; `null` only where the
 * create DTO allows it), plus a move to another goal and the version the change is based on.
 */
export class UpdateActionDto extends PartialType(CreateActionDto, { skipNullProperties: false }) implements UpdateActionRequest {
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    description: 'Move the action to this goal of the same plan (appended at the end).',
  })
  @OmitOrGive()
  @IsUUID('all', ID)
  goalId?: string;
  @Version() version!: number;
}

export class ReorderActionsDto implements ReorderActionsRequest {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'Exactly the actions of the goal, in the new order.',
  })
  @IsArray(says('list.actions'))
  @ArrayMaxSize(ORDERED_ITEMS_MAX, says('list.too_long'))
  @ArrayUnique(says('list.actions_unique'))
  @IsUUID('all', { each: true, ...ID })
  actionIds!: string[];
  @Version() version!: number;
}
