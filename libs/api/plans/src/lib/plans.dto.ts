import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
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
  BLOCK_CODES,
  CADENCES,
  type Cadence,
  PILLAR_CODES,
  QUARTERS,
  type AdoptPlanRequest,
  type CorrectAdoptionRequest,
  type BlockCode,
  type BudgetLine,
  type CreateActionRequest,
  type CreateGoalRequest,
  type CreatePlanRequest,
  type Milestone,
  type PillarCode,
  type PlanSections,
  type PlanTransitionRequest,
  type Quarter,
  type ReorderActionsRequest,
  type ReorderGoalsRequest,
  type UpdateActionRequest,
  type UpdateGoalRequest,
  type UpdatePlanRequest,
  type YearQuarter,
} from '@wk/contracts';
import { NotBlank, OmitOrGive } from '@wk/api/core';

const REQUIRED = { message: 'Vul dit veld in.' };
const TEXT = { message: 'Vul hier tekst in.' };
const max = (n: number) => ({ message: `Gebruik maximaal ${n} tekens.` });
const YEAR = { message: 'Vul een jaartal in tussen 2000 en 2100.' };
const VERSION = { message: 'Geef de versie waarop uw wijziging is gebaseerd.' };
const ID = { message: 'Dit is geen geldige id.' };
const DATE = { message: 'Vul een datum in als jjjj-mm-dd, zoals 2025-06-30.' };
const BLOCK = { message: 'Kies een bouwsteen: B1, B2, B3, B4, B5 of B6.' };
const PILLAR = { message: 'Kies een pijler: P1, P2 of P3.' };
const QUARTER = { message: 'Kies een kwartaal: 1, 2, 3 of 4.' };
const CADENCE = {
  message: 'Kies quarterly (elk kwartaal) of yearly (elk jaar).',
};
const PERIOD = {
  message:
    'Geef een jaar en een kwartaal, zoals { "year": 2026, "quarter": 1 }.',
};
const CENTS = { message: 'Vul een bedrag in hele eurocenten in (0 of meer).' };
/** 100 billion euro: far above any wijk budget, far below 2^53 cents. */
const MAX_CENTS = 10_000_000_000_000;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

const Year = () => (target: object, key: string) => {
  IsInt(YEAR)(target, key);
  Min(MIN_YEAR, YEAR)(target, key);
  Max(MAX_YEAR, YEAR)(target, key);
};
const Version = () => (target: object, key: string) => {
  ApiProperty({
    example: 1,
    description: 'The version this change is based on (409 when stale).',
  })(target, key);
  IsInt(VERSION)(target, key);
  Min(1, VERSION)(target, key);
};

export class SectionsDto implements Partial<PlanSections> {
  @ApiPropertyOptional({ example: 'De basis op orde: schoon, heel en veilig.' })
  @OmitOrGive()
  @IsString(TEXT)
  @MaxLength(20000, max(20000))
  B1?: string;
  @ApiPropertyOptional({ example: 'Perspectief voor bewoners.' })
  @OmitOrGive()
  @IsString(TEXT)
  @MaxLength(20000, max(20000))
  B2?: string;
  @ApiPropertyOptional({ example: 'Woningen en openbare ruimte.' })
  @OmitOrGive()
  @IsString(TEXT)
  @MaxLength(20000, max(20000))
  B3?: string;
  @ApiPropertyOptional({ example: 'Sociaal offensief langs drie pijlers.' })
  @OmitOrGive()
  @IsString(TEXT)
  @MaxLength(20000, max(20000))
  B4?: string;
  @ApiPropertyOptional({ example: 'De rol van de wijk in de stad.' })
  @OmitOrGive()
  @IsString(TEXT)
  @MaxLength(20000, max(20000))
  B5?: string;
  @ApiPropertyOptional({ example: 'Vertrouwen van bewoners.' })
  @OmitOrGive()
  @IsString(TEXT)
  @MaxLength(20000, max(20000))
  B6?: string;
}

export class CreatePlanDto implements CreatePlanRequest {
  @ApiProperty({ example: 'Wijkplan Meijhorst 2025–2040' })
  @NotBlank()
  @IsString(TEXT)
  @IsNotEmpty(REQUIRED)
  @MaxLength(200, max(200))
  title!: string;
  @ApiPropertyOptional({
    example: 'Veiligheid',
    type: String,
    nullable: true,
    description:
      'Optional theme. Two plans can be in force for one wijk only when both name a theme and the themes differ.',
  })
  @IsOptional()
  @IsString(TEXT)
  @MaxLength(100, max(100))
  theme?: string | null;
  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'The wijk or wijken of the tenant the plan covers.',
  })
  @IsArray({ message: 'Geef een lijst van wijken.' })
  @ArrayMinSize(1, { message: 'Kies minstens één wijk.' })
  @ArrayMaxSize(50, { message: 'Kies hoogstens 50 wijken.' })
  @ArrayUnique({ message: 'Elke wijk mag maar één keer voorkomen.' })
  @IsUUID('all', { each: true, ...ID })
  wijkIds!: string[];
  @ApiProperty({ example: 2025 }) @Year() startYear!: number;
  @ApiProperty({ example: 2040 }) @Year() endYear!: number;
  @ApiPropertyOptional({
    example: 'In 2040 is Meijhorst een wijk waar bewoners graag blijven wonen.',
  })
  @OmitOrGive()
  @IsString(TEXT)
  @MaxLength(20000, max(20000))
  vision?: string;
  @ApiPropertyOptional({
    enum: CADENCES,
    example: 'quarterly',
    description: 'How often the actions report progress (default quarterly).',
  })
  @OmitOrGive()
  @IsIn(CADENCES as unknown as string[], CADENCE)
  cadence?: Cadence;
}

export class UpdatePlanDto implements UpdatePlanRequest {
  @ApiPropertyOptional({ example: 'Wijkplan Meijhorst 2025–2040' })
  @OmitOrGive()
  @NotBlank()
  @IsString(TEXT)
  @IsNotEmpty(REQUIRED)
  @MaxLength(200, max(200))
  title?: string;
  @ApiPropertyOptional({
    example: 'Veiligheid',
    type: String,
    nullable: true,
    description:
      'Optional theme. Two plans can be in force for one wijk only when both name a theme and the themes differ.',
  })
  @IsOptional()
  @IsString(TEXT)
  @MaxLength(100, max(100))
  theme?: string | null;
  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @OmitOrGive()
  @IsArray({ message: 'Geef een lijst van wijken.' })
  @ArrayMinSize(1, { message: 'Kies minstens één wijk.' })
  @ArrayMaxSize(50, { message: 'Kies hoogstens 50 wijken.' })
  @ArrayUnique({ message: 'Elke wijk mag maar één keer voorkomen.' })
  @IsUUID('all', { each: true, ...ID })
  wijkIds?: string[];
  @ApiPropertyOptional({ example: 2025 })
  @OmitOrGive()
  @Year()
  startYear?: number;
  @ApiPropertyOptional({ example: 2040 })
  @OmitOrGive()
  @Year()
  endYear?: number;
  @ApiPropertyOptional({
    example: 'In 2040 is Meijhorst een wijk waar bewoners graag blijven wonen.',
  })
  @OmitOrGive()
  @IsString(TEXT)
  @MaxLength(20000, max(20000))
  vision?: string;
  @ApiPropertyOptional({ enum: CADENCES, example: 'quarterly' })
  @OmitOrGive()
  @IsIn(CADENCES as unknown as string[], CADENCE)
  cadence?: Cadence;
  /** Only the blocks given are changed. */
  @ApiPropertyOptional({ type: SectionsDto })
  @OmitOrGive()
  @ValidateNested()
  @Type(() => SectionsDto)
  sections?: SectionsDto;
  @Version() version!: number;
}

export class PlanTransitionDto implements PlanTransitionRequest {
  @Version() version!: number;
}

export class AdoptPlanDto implements AdoptPlanRequest {
  @ApiProperty({ example: '2025-06-30' })
  @IsString(DATE)
  @Matches(DATE_PATTERN, DATE)
  adoptedOn!: string;
  @ApiProperty({ example: 'Raadsbesluit 2025/114' })
  @NotBlank()
  @IsString(TEXT)
  @IsNotEmpty(REQUIRED)
  @MaxLength(200, max(200))
  decisionReference!: string;
  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description:
      'The plans in force for the same wijk that this plan replaces (they are archived). Without them a conflicting adoption is refused with 409 plan_in_force.',
  })
  @OmitOrGive()
  @IsArray({ message: 'Geef een lijst van plannen.' })
  @ArrayMaxSize(50, { message: 'Geef hoogstens 50 plannen.' })
  @ArrayUnique({ message: 'Elk plan mag maar één keer voorkomen.' })
  @IsUUID('all', { each: true, ...ID })
  replacePlanIds?: string[];
  @Version() version!: number;
}

export class CorrectAdoptionDto implements CorrectAdoptionRequest {
  @ApiProperty({ example: '2025-06-30', description: 'Not after today.' })
  @IsString(DATE)
  @Matches(DATE_PATTERN, DATE)
  adoptedOn!: string;
  @ApiProperty({ example: 'Raadsbesluit 2025/114' })
  @NotBlank()
  @IsString(TEXT)
  @IsNotEmpty(REQUIRED)
  @MaxLength(200, max(200))
  decisionReference!: string;
  @ApiProperty({
    example:
      'Datum overgenomen uit het raadsvoorstel in plaats van het besluit.',
    description: 'Why the correction is needed; shown in the history.',
  })
  @NotBlank()
  @IsString(TEXT)
  @IsNotEmpty(REQUIRED)
  @MaxLength(1000, max(1000))
  reason!: string;
  @Version() version!: number;
}

export class CreateGoalDto implements CreateGoalRequest {
  @ApiProperty({ enum: BLOCK_CODES, example: 'B4' })
  @IsIn(BLOCK_CODES as unknown as string[], BLOCK)
  block!: BlockCode;
  @ApiPropertyOptional({
    enum: PILLAR_CODES,
    type: String,
    nullable: true,
    example: 'P1',
    description: 'Required for B4, empty for the other blocks.',
  })
  @IsOptional()
  @IsIn(PILLAR_CODES as unknown as string[], PILLAR)
  pillar?: PillarCode | null;
  @ApiProperty({ example: 'Bewoners kennen elkaar en helpen elkaar.' })
  @NotBlank()
  @IsString(TEXT)
  @IsNotEmpty(REQUIRED)
  @MaxLength(2000, max(2000))
  statement!: string;
  @ApiPropertyOptional({
    example:
      'In 2030 kent 60% van de bewoners de buren bij naam (eigen ambitie).',
    type: String,
    nullable: true,
  })
  @IsOptional()
  @IsString(TEXT)
  @MaxLength(2000, max(2000))
  target?: string | null;
}

export class UpdateGoalDto implements UpdateGoalRequest {
  @ApiPropertyOptional({ enum: BLOCK_CODES, example: 'B4' })
  @OmitOrGive()
  @IsIn(BLOCK_CODES as unknown as string[], BLOCK)
  block?: BlockCode;
  @ApiPropertyOptional({
    enum: PILLAR_CODES,
    type: String,
    nullable: true,
    example: 'P1',
  })
  @IsOptional()
  @IsIn(PILLAR_CODES as unknown as string[], PILLAR)
  pillar?: PillarCode | null;
  @ApiPropertyOptional({ example: 'Bewoners kennen elkaar en helpen elkaar.' })
  @OmitOrGive()
  @NotBlank()
  @IsString(TEXT)
  @IsNotEmpty(REQUIRED)
  @MaxLength(2000, max(2000))
  statement?: string;
  @ApiPropertyOptional({
    example: 'Eigen ambitie.',
    type: String,
    nullable: true,
  })
  @IsOptional()
  @IsString(TEXT)
  @MaxLength(2000, max(2000))
  target?: string | null;
  @Version() version!: number;
}

export class ReorderGoalsDto implements ReorderGoalsRequest {
  @ApiProperty({ enum: BLOCK_CODES, example: 'B4' })
  @IsIn(BLOCK_CODES as unknown as string[], BLOCK)
  block!: BlockCode;
  @ApiPropertyOptional({
    enum: PILLAR_CODES,
    type: String,
    nullable: true,
    example: 'P1',
  })
  @IsOptional()
  @IsIn(PILLAR_CODES as unknown as string[], PILLAR)
  pillar?: PillarCode | null;
  @ApiProperty({
    type: [String],
    format: 'uuid',
    description:
      'Exactly the goals of that block (and pillar), in the new order.',
  })
  @IsArray({ message: 'Geef een lijst van doelen.' })
  @ArrayMaxSize(500, { message: 'Deze lijst is te lang.' })
  @ArrayUnique({ message: 'Elk doel mag maar één keer voorkomen.' })
  @IsUUID('all', { each: true, ...ID })
  goalIds!: string[];
  @Version() version!: number;
}

export class YearQuarterDto implements YearQuarter {
  @ApiProperty({ example: 2025 }) @Year() year!: number;
  @ApiProperty({ enum: QUARTERS, example: 1 })
  @IsInt(QUARTER)
  @IsIn(QUARTERS as unknown as number[], QUARTER)
  quarter!: Quarter;
}

export class BudgetLineDto implements BudgetLine {
  @ApiProperty({ example: 2026 }) @Year() year!: number;
  @ApiProperty({
    example: 25_000_000,
    description: 'Integer euro cents (25 000 000 = € 250.000).',
  })
  @IsInt(CENTS)
  @Min(0, { message: 'Het bedrag mag niet negatief zijn. Vul 0 of meer in.' })
  @Max(MAX_CENTS, { message: 'Dit bedrag is te groot.' })
  amountCents!: number;
}

export class MilestoneDto implements Milestone {
  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'The key the milestone had (from an answer), to keep it; left out for a new milestone.',
  })
  @OmitOrGive()
  @IsUUID('all', ID)
  key?: string;
  @ApiProperty({ example: 'Ontwerp klaar' })
  @NotBlank()
  @IsString(TEXT)
  @IsNotEmpty(REQUIRED)
  @MaxLength(300, max(300))
  title!: string;
  @ApiProperty({ example: '2026-03-31' })
  @IsString(DATE)
  @Matches(DATE_PATTERN, DATE)
  dueDate!: string;
  @ApiProperty({ example: false })
  @IsBoolean({ message: 'Kies ja of nee (true of false).' })
  done!: boolean;
}

const budgetList = () => (target: object, key: string) => {
  IsArray({ message: 'Geef een lijst met een bedrag per jaar.' })(target, key);
  ArrayMaxSize(100, { message: 'Deze lijst is te lang.' })(target, key);
  ValidateNested({ each: true })(target, key);
  Type(() => BudgetLineDto)(target, key);
};
const milestoneList = () => (target: object, key: string) => {
  IsArray({ message: 'Geef een lijst van mijlpalen.' })(target, key);
  ArrayMaxSize(100, { message: 'Gebruik hoogstens 100 mijlpalen.' })(
    target,
    key,
  );
  ValidateNested({ each: true })(target, key);
  Type(() => MilestoneDto)(target, key);
};
const unitList = () => (target: object, key: string) => {
  IsArray({ message: 'Geef een lijst van organisatieonderdelen.' })(
    target,
    key,
  );
  ArrayMaxSize(50, { message: 'Kies hoogstens 50 onderdelen.' })(target, key);
  ArrayUnique({ message: 'Elk onderdeel mag maar één keer voorkomen.' })(
    target,
    key,
  );
  IsUUID('all', { each: true, ...ID })(target, key);
};

export class CreateActionDto implements CreateActionRequest {
  @ApiProperty({ example: 'Buurthuis De Meijhorst langer open' })
  @NotBlank()
  @IsString(TEXT)
  @IsNotEmpty(REQUIRED)
  @MaxLength(300, max(300))
  title!: string;
  @ApiPropertyOptional({ example: 'Het buurthuis is ook op zaterdag open.' })
  @OmitOrGive()
  @IsString(TEXT)
  @MaxLength(20000, max(20000))
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
  @IsObject(PERIOD)
  @ValidateNested()
  @Type(() => YearQuarterDto)
  start!: YearQuarterDto;
  @ApiProperty({ type: YearQuarterDto })
  @IsObject(PERIOD)
  @ValidateNested()
  @Type(() => YearQuarterDto)
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

export class UpdateActionDto implements UpdateActionRequest {
  @ApiPropertyOptional({ example: 'Buurthuis De Meijhorst langer open' })
  @OmitOrGive()
  @NotBlank()
  @IsString(TEXT)
  @IsNotEmpty(REQUIRED)
  @MaxLength(300, max(300))
  title?: string;
  @ApiPropertyOptional({ example: 'Het buurthuis is ook op zaterdag open.' })
  @OmitOrGive()
  @IsString(TEXT)
  @MaxLength(20000, max(20000))
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
  @ApiPropertyOptional({ type: YearQuarterDto })
  @OmitOrGive()
  @IsObject(PERIOD)
  @ValidateNested()
  @Type(() => YearQuarterDto)
  start?: YearQuarterDto;
  @ApiPropertyOptional({ type: YearQuarterDto })
  @OmitOrGive()
  @IsObject(PERIOD)
  @ValidateNested()
  @Type(() => YearQuarterDto)
  end?: YearQuarterDto;
  @ApiPropertyOptional({ type: [BudgetLineDto] })
  @OmitOrGive()
  @budgetList()
  budget?: BudgetLineDto[];
  @ApiPropertyOptional({ type: [MilestoneDto] })
  @OmitOrGive()
  @milestoneList()
  milestones?: MilestoneDto[];
  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    description:
      'Move the action to this goal of the same plan (appended at the end).',
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
  @IsArray({ message: 'Geef een lijst van acties.' })
  @ArrayMaxSize(500, { message: 'Deze lijst is te lang.' })
  @ArrayUnique({ message: 'Elke actie mag maar één keer voorkomen.' })
  @IsUUID('all', { each: true, ...ID })
  actionIds!: string[];
  @Version() version!: number;
}

export class PlansQuery {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Only plans that cover this wijk.',
  })
  @IsOptional()
  @IsUUID('all', ID)
  wijkId?: string;
}

export class ComparisonQuery {
  @ApiProperty({
    format: 'uuid',
    description:
      'The older (or other) revision of the same plan to compare with.',
  })
  @IsUUID('all', ID)
  baseId!: string;
}
