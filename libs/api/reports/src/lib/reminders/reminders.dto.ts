import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsInt, Max, Min } from 'class-validator';
import type { ReminderSettings, ReminderSubscription } from '@wk/contracts';
import { says } from '@wk/api/core';

const WEEKDAY = says('field.weekday');

export class ReminderSettingsDto implements ReminderSettings {
  @ApiProperty({ example: true, description: 'false: no weekly digest for anyone of the gemeente.' })
  @IsBoolean(says('field.boolean'))
  enabled!: boolean;

  @ApiProperty({ example: 1, minimum: 1, maximum: 7, description: 'The day the digest goes out: 1 Monday … 7 Sunday.' })
  @IsInt(WEEKDAY)
  @Min(1, WEEKDAY)
  @Max(7, WEEKDAY)
  weekday!: number;
}

export class ReminderSubscriptionDto implements ReminderSubscription {
  @ApiProperty({ example: false, description: 'false: the signed-in user gets no weekly digest.' })
  @IsBoolean(says('field.boolean'))
  subscribed!: boolean;
}
