import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';
import { YEAR_MAX, YEAR_MIN } from '@wk/contracts';
import { says } from '@wk/api/core';

/** Validation messages shared by the plan and plan-structure DTOs (catalogue codes, see `@wk/util` messages). */
export const REQUIRED = says('field.required');
export const TEXT = says('field.text');
export const maxChars = (max: number) => says('field.max_length', { max });
export const YEAR = says('field.year', { min: YEAR_MIN, max: YEAR_MAX });
export const VERSION = says('field.version');
export const ID = says('field.id');
export const DATE = says('field.date', { example: '2025-06-30' });
export const BLOCK = says('field.block');
export const PILLAR = says('field.pillar');
export const QUARTER = says('field.quarter');
export const CADENCE = says('field.cadence');
export const PERIOD = says('field.period');
export const CENTS = says('field.cents');
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export const Year = () => (target: object, key: string) => {
  IsInt(YEAR)(target, key);
  Min(YEAR_MIN, YEAR)(target, key);
  Max(YEAR_MAX, YEAR)(target, key);
};

export const Version = () => (target: object, key: string) => {
  ApiProperty({
    example: 1,
    description: 'The version this change is based on (409 when stale).',
  })(target, key);
  IsInt(VERSION)(target, key);
  Min(1, VERSION)(target, key);
};
