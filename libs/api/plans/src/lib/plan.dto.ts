import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  CADENCES,
  LONG_TEXT_MAX_LENGTH,
  PLAN_WIJKEN_MAX,
  REASON_MAX_LENGTH,
  REPLACED_PLANS_MAX,
  THEME_MAX_LENGTH,
  TITLE_MAX_LENGTH,
  type AdoptPlanRequest,
  type Cadence,
  type CorrectAdoptionRequest,
  type CreatePlanRequest,
  type PlanSections,
  type PlanTransitionRequest,
  type UpdatePlanRequest,
} from '@wk/contracts';
import { NotBlank, OmitOrGive, says } from '@wk/api/core';
import { CADENCE, DATE, DATE_PATTERN, ID, REQUIRED, TEXT, Version, Year, maxChars } from './plan-dto-rules';

/** A building block's text. */
const BlockText = () => (target: object, key: string) => {
  OmitOrGive()(target, key);
  IsString(TEXT)(target, key);
  MaxLength(LONG_TEXT_MAX_LENGTH, maxChars(LONG_TEXT_MAX_LENGTH))(target, key);
};

export class SectionsDto implements Partial<PlanSections> {
  @ApiPropertyOptional({ example: 'De basis op orde: schoon, heel en veilig.' }) @BlockText() B1?: string;
  @ApiPropertyOptional({ example: 'Perspectief voor bewoners.' }) @BlockText() B2?: string;
  @ApiPropertyOptional({ example: 'Woningen en openbare ruimte.' }) @BlockText() B3?: string;
  @ApiPropertyOptional({ example: 'Sociaal offensief langs drie pijlers.' }) @BlockText() B4?: string;
  @ApiPropertyOptional({ example: 'De rol van de wijk in de stad.' }) @BlockText() B5?: string;
  @ApiPropertyOptional({ example: 'Vertrouwen van bewoners.' }) @BlockText() B6?: string;
}

export class CreatePlanDto implements CreatePlanRequest {
  @ApiProperty({ example: 'Wijkplan Meijhorst 2025–2040' })
  @NotBlank()
  @IsString(TEXT)
  @IsNotEmpty(REQUIRED)
  @MaxLength(TITLE_MAX_LENGTH, maxChars(TITLE_MAX_LENGTH))
  title!: string;
  @ApiPropertyOptional({
    example: 'Veiligheid',
    type: String,
    nullable: true,
    description: 'Optional theme. Two plans can be in force for one wijk only when both name a theme and the themes differ.',
  })
  @IsOptional()
  @IsString(TEXT)
  @MaxLength(THEME_MAX_LENGTH, maxChars(THEME_MAX_LENGTH))
  theme?: string | null;
  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'The wijk or wijken of the tenant the plan covers.',
  })
  @IsArray(says('list.wijken'))
  @ArrayMinSize(1, says('list.wijken_min'))
  @ArrayMaxSize(PLAN_WIJKEN_MAX, says('list.wijken_max', { max: PLAN_WIJKEN_MAX }))
  @ArrayUnique(says('list.wijken_unique'))
  @IsUUID('all', { each: true, ...ID })
  wijkIds!: string[];
  @ApiProperty({ example: 2025 }) @Year() startYear!: number;
  @ApiProperty({ example: 2040 }) @Year() endYear!: number;
  @ApiPropertyOptional({
    example: 'In 2040 is Meijhorst een wijk waar bewoners graag blijven wonen.',
  })
  @OmitOrGive()
  @IsString(TEXT)
  @MaxLength(LONG_TEXT_MAX_LENGTH, maxChars(LONG_TEXT_MAX_LENGTH))
  vision?: string;
  @ApiPropertyOptional({
    enum: CADENCES,
    example: 'quarterly',
    description: 'How often the actions report progress (default quarterly).',
  })
  @OmitOrGive()
  @IsIn(CADENCES, CADENCE)
  cadence?: Cadence;
}

/**
 * Every field of {@link CreatePlanDto}, each optional (left out: unchanged; `null` only where the
 * create DTO allows it), plus the building blocks' texts and the version the change is based on.
 */
export class UpdatePlanDto extends PartialType(CreatePlanDto, { skipNullProperties: false }) implements UpdatePlanRequest {
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

/** The date and the decision of an adoption (shared by adopting and correcting it). */
class AdoptionDecisionDto {
  @ApiProperty({ example: '2025-06-30' })
  @IsString(DATE)
  @Matches(DATE_PATTERN, DATE)
  adoptedOn!: string;
  @ApiProperty({ example: 'Raadsbesluit 2025/114' })
  @NotBlank()
  @IsString(TEXT)
  @IsNotEmpty(REQUIRED)
  @MaxLength(TITLE_MAX_LENGTH, maxChars(TITLE_MAX_LENGTH))
  decisionReference!: string;
  @Version() version!: number;
}

export class AdoptPlanDto extends AdoptionDecisionDto implements AdoptPlanRequest {
  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    description:
      'The plans in force for the same wijk that this plan replaces (they are archived). Without them a conflicting adoption is refused with 409 plan_in_force.',
  })
  @OmitOrGive()
  @IsArray(says('list.plans'))
  @ArrayMaxSize(REPLACED_PLANS_MAX, says('list.plans_max', { max: REPLACED_PLANS_MAX }))
  @ArrayUnique(says('list.plans_unique'))
  @IsUUID('all', { each: true, ...ID })
  replacePlanIds?: string[];
}

export class CorrectAdoptionDto extends AdoptionDecisionDto implements CorrectAdoptionRequest {
  @ApiProperty({
    example: 'Datum overgenomen uit het raadsvoorstel in plaats van het besluit.',
    description: 'Why the correction is needed; shown in the history.',
  })
  @NotBlank()
  @IsString(TEXT)
  @IsNotEmpty(REQUIRED)
  @MaxLength(REASON_MAX_LENGTH, maxChars(REASON_MAX_LENGTH))
  reason!: string;
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
    description: 'The older (or other) revision of the same plan to compare with.',
  })
  @IsUUID('all', ID)
  baseId!: string;
}
