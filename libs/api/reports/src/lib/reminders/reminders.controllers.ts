import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { MailOutbox, ReminderSettings, ReminderSubscription } from '@wk/contracts';
import { ALL_ROLES, Clock, CurrentUser, OwnTransactions, Roles, type TenantActor } from '@wk/api/core';
import { ReminderSettingsDto, ReminderSubscriptionDto } from './reminders.dto';
import { RemindersService } from './reminders.service';

@ApiTags('reminders')
@Controller('reminder-settings')
export class ReminderSettingsController {
  constructor(private readonly reminders: RemindersService) {}

  @Get()
  @Roles('admin', 'planner')
  @ApiOkResponse({ description: "The gemeente's weekly digest: on or off, and the day." })
  get(): Promise<ReminderSettings> {
    return this.reminders.settings();
  }

  @Put()
  @Roles('admin')
  update(@Body() dto: ReminderSettingsDto): Promise<ReminderSettings> {
    return this.reminders.updateSettings(dto);
  }
}

@ApiTags('reminders')
@Controller('reminder-subscription')
export class ReminderSubscriptionController {
  constructor(private readonly reminders: RemindersService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOkResponse({ description: 'Whether the signed-in user gets the weekly digest.' })
  get(): Promise<ReminderSubscription> {
    return this.reminders.subscription();
  }

  @Put()
  @Roles(...ALL_ROLES)
  update(@Body() dto: ReminderSubscriptionDto): Promise<ReminderSubscription> {
    return this.reminders.setSubscription(dto.subscribed);
  }
}

@ApiTags('reminders')
@Controller('mail-outbox')
export class MailOutboxController {
  constructor(
    private readonly reminders: RemindersService,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOkResponse({
    description: "The newest mails: all of the gemeente for the admin, one's own for anyone else; `demo` when nothing is sent (no SMTP).",
  })
  list(): Promise<MailOutbox> {
    return this.reminders.outbox();
  }

  /** Its own transactions: the mails are committed before the queue is asked to send them. */
  @Post('rounds')
  @HttpCode(200)
  @OwnTransactions()
  @Roles('admin')
  @ApiOkResponse({ description: "Runs the reminder round for the gemeente now (today's digests if today is its day, and period notices)." })
  async round(@CurrentUser() actor: TenantActor): Promise<{ made: number }> {
    return { made: await this.reminders.tenantRound(actor.tenantId, this.clock.today()) };
  }
}

export const REMINDER_CONTROLLERS = [ReminderSettingsController, ReminderSubscriptionController, MailOutboxController];
