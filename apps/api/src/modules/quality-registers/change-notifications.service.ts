import { Injectable } from '@nestjs/common';
import { ChangeNotificationEntity, type OrganisationEntity } from '@stardesk/database';
import {
  ValidationFailed,
  notificationDeadline,
  notificationState,
  validateChangeNotification,
  validateNotificationSent,
  type ChangeNotificationKind,
  type FieldError,
  type LocalDate,
} from '@stardesk/domain';
import { DataSource } from 'typeorm';
import { lockVersioned } from '../../core/database/versioned-record';
import { recordNotFound } from '../../core/errors/app-errors';
import { isUuid } from '../../core/ids';
import type { Page } from '../../core/pagination/connection.model';
import { checkPageArgs, dateKeySql, keysetPage } from '../../core/pagination/keyset';
import type { ChangeNotification } from './change-notification.model';
import { todayOf } from './controlled-documents.service';
import type { ChangeNotificationsArgs, CreateChangeNotificationInput, RecordNotificationSentInput } from './dto/change-notification.input';

const NOTIFICATION = { 'zh-CN': '变更通报', en: 'Change notification' };

interface NotificationRow {
  id: string;
  cursor_key: string;
  kind: ChangeNotificationKind;
  description: string;
  occurred_on: string;
  deadline: string;
  certification_body: string | null;
  notified_on: string | null;
  notification_reference: string | null;
  version: number;
}

const SELECT_NOTIFICATION = `
  SELECT n.id, ${dateKeySql('n.occurred_on')} AS cursor_key, n.kind, n.description, ${dateKeySql('n.occurred_on')} AS occurred_on,
         ${dateKeySql('n.deadline')} AS deadline, n.certification_body, ${dateKeySql('n.notified_on')} AS notified_on, n.notification_reference, n.version
    FROM change_notifications n`;

const toModel = (row: NotificationRow, today: LocalDate): ChangeNotification => ({
  id: row.id,
  kind: row.kind,
  description: row.description,
  occurredOn: row.occurred_on,
  deadline: row.deadline,
  state: notificationState({ kind: row.kind, occurredOn: row.occurred_on, notifiedOn: row.notified_on }, today),
  certificationBody: row.certification_body,
  notifiedOn: row.notified_on,
  notificationReference: row.notification_reference,
  version: row.version,
});

@Injectable()
export class ChangeNotificationsService {
  constructor(private readonly dataSource: DataSource) {}

  /** Latest change first. */
  list(organisation: OrganisationEntity, args: ChangeNotificationsArgs): Promise<Page<ChangeNotification>> {
    const errors: FieldError[] = [];
    const after = checkPageArgs(args, errors);
    if (errors.length) return Promise.reject(new ValidationFailed(errors));
    const today = todayOf(organisation);
    return keysetPage(
      this.dataSource.manager,
      {
        select: SELECT_NOTIFICATION,
        where: `n.org_id = $1${args.pendingOnly ? ' AND n.notified_on IS NULL' : ''}`,
        params: [organisation.id],
        keyColumn: 'n.occurred_on',
        idColumn: 'n.id',
        keyType: 'date',
        direction: 'DESC',
      },
      { first: args.first, after },
      (row: NotificationRow) => toModel(row, today),
    );
  }

  async byId(organisation: OrganisationEntity, id: string): Promise<ChangeNotification> {
    const rows: NotificationRow[] = isUuid(id) ? await this.dataSource.query(`${SELECT_NOTIFICATION} WHERE n.org_id = $1 AND n.id = $2`, [organisation.id, id]) : [];
    if (!rows[0]) throw recordNotFound(NOTIFICATION, id);
    return toModel(rows[0], todayOf(organisation));
  }

  async create(organisation: OrganisationEntity, input: CreateChangeNotificationInput): Promise<ChangeNotification> {
    const valid = validateChangeNotification(input, todayOf(organisation));
    const notifications = this.dataSource.getRepository(ChangeNotificationEntity);
    const saved = await notifications.save(notifications.create({ ...valid, orgId: organisation.id, deadline: notificationDeadline(valid.kind, valid.occurredOn) }));
    return this.byId(organisation, saved.id);
  }

  async recordSent(organisation: OrganisationEntity, input: RecordNotificationSentInput): Promise<ChangeNotification> {
    await this.dataSource.transaction(async (tx) => {
      const current = await lockVersioned(tx, ChangeNotificationEntity, organisation.id, input.id, input.expectedVersion, NOTIFICATION);
      const sent = validateNotificationSent(current, input, todayOf(organisation));
      await tx.getRepository(ChangeNotificationEntity).update({ orgId: organisation.id, id: current.id }, { notifiedOn: sent.notifiedOn, notificationReference: sent.reference });
    });
    return this.byId(organisation, input.id);
  }
}
