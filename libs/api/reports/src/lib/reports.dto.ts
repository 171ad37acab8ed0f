import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { CSV_SEPARATORS, REPORT_FORMATS, YEAR_MAX, YEAR_MIN, type CsvSeparatorName, type ReportFormat } from '@wk/contracts';
import { says } from '@wk/api/core';

const YEAR = says('field.year', { min: YEAR_MIN, max: YEAR_MAX });

export class AnnualReportQuery {
  @ApiProperty({
    example: 2026,
    description: 'A year of the plan up to this one. The figures are those of 31 December (today while the year runs).',
  })
  @Type(() => Number)
  @IsInt(YEAR)
  @Min(YEAR_MIN, YEAR)
  @Max(YEAR_MAX, YEAR)
  year!: number;

  @ApiPropertyOptional({ enum: REPORT_FORMATS, example: 'pdf', description: 'Default pdf; json is the content the files are made from.' })
  @IsOptional()
  @IsIn(REPORT_FORMATS, says('field.report_format'))
  format?: ReportFormat;
}

export class CsvQuery {
  @ApiPropertyOptional({ enum: CSV_SEPARATORS, example: 'semicolon', description: 'Default semicolon (what Dutch Excel expects).' })
  @IsOptional()
  @IsIn(CSV_SEPARATORS, says('field.csv_separator'))
  separator?: CsvSeparatorName;
}

export class PlanCsvQuery extends CsvQuery {
  @ApiProperty({ format: 'uuid', description: 'The plan whose list is downloaded.' })
  @IsUUID('all', says('field.id'))
  planId!: string;
}
