import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { TRACKER_FORMATS, type TrackerFormat, type TrackerImportRequest } from '@wk/contracts';
import { says } from '@wk/api/core';

const TEXT = says('field.text');
const FORMAT = says('field.tracker_format');

export class TrackerImportDto implements TrackerImportRequest {
  @ApiProperty({ example: 'acties.xlsx' })
  @IsString(TEXT)
  @IsNotEmpty(says('field.required'))
  @MaxLength(255, says('field.max_length', { max: 255 }))
  fileName!: string;

  @ApiProperty({ enum: TRACKER_FORMATS, example: 'csv' })
  @IsIn(TRACKER_FORMATS, FORMAT)
  format!: TrackerFormat;

  @ApiProperty({
    example: 'bouwsteen;pijler;doel;actie;trekker;partners;start;eind\nB1;;Schoon en heel;Vast onderhoud;Wonen;;2026-K1;2028-K4',
    description: 'The CSV text, or the Excel file in base64.',
  })
  @IsString(TEXT)
  @IsNotEmpty(says('field.required'))
  @MaxLength(4_000_000, says('field.max_length', { max: 4_000_000 }))
  content!: string;

  @ApiProperty({ example: false, description: 'false: check and preview only; true: import (all rows or none).' })
  @IsBoolean(says('field.boolean'))
  commit!: boolean;
}

export class TrackerQuery {
  @ApiProperty({ enum: TRACKER_FORMATS, example: 'xlsx' })
  @IsIn(TRACKER_FORMATS, FORMAT)
  format!: TrackerFormat;

  @ApiProperty({ required: false, enum: ['true', 'false'], example: 'false', description: 'true: the empty template (the header only).' })
  @IsOptional()
  @Type(() => String)
  @IsIn(['true', 'false'], says('field.boolean'))
  empty?: 'true' | 'false';
}
