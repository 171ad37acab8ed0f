import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import {
  ACTION_STATUSES,
  QUARTERS,
  type ActionStatus,
  type ClosePeriodRequest,
  type CreateMilestoneMarkRequest,
  type CreateProgressUpdateRequest,
  type Quarter,
} from '@wk/contracts';
import { IsIsoDay, NotBlank, OmitOrGive } from '@wk/api/core';

const YEAR = { message: 'Vul een jaartal in tussen 2000 en 2100.' };
const QUARTER = { message: 'Kies een kwartaal: 1, 2, 3 of 4.' };
const STATUS = {
  message:
    'Kies een status: not_started, on_track, at_risk, delayed, completed of cancelled.',
};
const PERCENT = { message: 'Vul een heel percentage in van 0 tot en met 100.' };
const CENTS = { message: 'Vul een bedrag in hele eurocenten in (0 of meer).' };
const DATE = { message: 'Vul een datum in als jjjj-mm-dd, zoals 2026-06-30.' };

export class CreateProgressUpdateDto implements CreateProgressUpdateRequest {
  @ApiProperty({ example: 2026 })
  @IsInt(YEAR)
  @Min(2000, YEAR)
  @Max(2100, YEAR)
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
  @Min(0, PERCENT)
  @Max(100, PERCENT)
  percentComplete!: number;
  @ApiProperty({
    example: 'De eerste twee tunnels zijn klaar; de derde volgt na de zomer.',
  })
  @NotBlank()
  @IsString({ message: 'Vul hier tekst in.' })
  @IsNotEmpty({ message: 'Vul dit veld in.' })
  @MaxLength(5000, { message: 'Gebruik maximaal 5000 tekens.' })
  narrative!: string;
  @ApiProperty({
    example: 4_500_000,
    description: 'Spent in this period, integer euro cents.',
  })
  @IsInt(CENTS)
  @Min(0, { message: 'Het bedrag mag niet negatief zijn. Vul 0 of meer in.' })
  @Max(10_000_000_000_000, { message: 'Dit bedrag is te groot.' })
  spentCents!: number;
}

export class ClosePeriodDto implements ClosePeriodRequest {
  @ApiProperty({ example: 2026 })
  @IsInt(YEAR)
  @Min(2000, YEAR)
  @Max(2100, YEAR)
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
  @IsIn(['all', 'due', 'overdue'], { message: 'Kies all, due of overdue.' })
  state?: 'all' | 'due' | 'overdue';
}

export class CreateMilestoneMarkDto implements CreateMilestoneMarkRequest {
  @ApiProperty({ example: true, description: 'true: done; false: not done after all.' })
  @IsBoolean({ message: 'Kies ja of nee (true of false).' })
  done!: boolean;
  @ApiPropertyOptional({ example: 'De bewonersavond is geweest.', maxLength: 1000 })
  @OmitOrGive()
  @IsString({ message: 'Vul hier tekst in.' })
  @MaxLength(1000, { message: 'Gebruik maximaal 1000 tekens.' })
  note?: string;
}
