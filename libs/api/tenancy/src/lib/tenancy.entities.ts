import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { OrgUnitKind, Role, TenantTheme } from '@wk/contracts';

/** One gemeente. Platform table: readable by its own tenant (RLS on `id`), created by the platform operator. */
@Entity('tenants')
export class TenantEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Index('uq_tenants_slug', { unique: true })
  @Column({ type: 'varchar', length: 63 })
  slug!: string;
  @Index('uq_tenants_cbs_code', { unique: true })
  @Column({ name: 'cbs_code', type: 'varchar', length: 6 })
  cbsCode!: string;
  @Column({ type: 'jsonb' }) theme!: TenantTheme;
  @Column({ type: 'jsonb', default: () => "'{}'" }) settings!: Record<string, unknown>;
  /** A deactivated gemeente's members cannot sign in (their sessions end); the operator can reactivate it. */
  @Column({ type: 'boolean', default: true }) active!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @VersionColumn() version!: number;
}

/**
 * One person (identified by the e-mail address), with the password: global, not tenant-owned. Only the
 * auth layer (wk_auth) reads and writes it; the application role reaches it solely through the SECURITY
 * DEFINER functions of migration Accounts (which check that the account is a member of the current tenant).
 */
@Entity('accounts')
export class AccountEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  /** Stored lower-case; the same address as every membership's `users.email`. */
  @Index('uq_accounts_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;
  @Column({ name: 'password_hash', type: 'text' }) passwordHash!: string;
  /** Set by a temporary password: every route but the password change, session and sign-out answers 403. */
  @Column({ name: 'must_change_password', type: 'boolean', default: false }) mustChangePassword!: boolean;
  /** When the temporary password stops working (real time, like sessions). */
  @Column({ name: 'temporary_password_expires_at', type: 'timestamptz', nullable: true }) temporaryPasswordExpiresAt!: Date | null;
  @Column({ name: 'password_changed_at', type: 'timestamptz', nullable: true }) passwordChangedAt!: Date | null;
  /** The gemeente chosen last: the default at the next sign-in. */
  @Column({ name: 'last_tenant_id', type: 'uuid', nullable: true }) lastTenantId!: string | null;
  @ManyToOne(() => TenantEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'last_tenant_id' })
  lastTenant?: TenantEntity;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn() version!: number;
}

/** A membership: one account in one gemeente, with its role (and org units). Tenant-owned. */
@Entity('users')
@Unique('uq_users_tenant_email', ['tenantId', 'email'])
@Unique('uq_users_tenant_account', ['tenantId', 'accountId'])
@Unique('uq_users_tenant_subject', ['tenantId', 'externalSubject'])
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' }) tenantId!: string;
  @ManyToOne(() => TenantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: TenantEntity;
  @Column({ name: 'account_id', type: 'uuid' }) accountId!: string;
  @ManyToOne(() => AccountEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'account_id' })
  account?: AccountEntity;
  /** The account's address, copied (stored lower-case); kept equal to accounts.email by the Accounts functions. */
  @Column({ type: 'varchar', length: 254 }) email!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'varchar', length: 20 }) role!: Role;
  @Column({ type: 'boolean', default: true }) active!: boolean;
  /** The subject (sub) of this person at the gemeente's identity provider, once signed in through it. */
  @Column({ name: 'external_subject', type: 'varchar', length: 255, nullable: true }) externalSubject!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn() version!: number;
}

/** A municipal department (afdeling) or an outside partner. */
@Entity('org_units')
@Unique('uq_org_units_tenant_name', ['tenantId', 'name'])
export class OrgUnitEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' }) tenantId!: string;
  @ManyToOne(() => TenantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: TenantEntity;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'varchar', length: 20 }) kind!: OrgUnitKind;
  @Column({ type: 'text', nullable: true }) description!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @VersionColumn() version!: number;
}

/** Membership of a user in an organisation unit. */
@Entity('org_unit_members')
export class OrgUnitMemberEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' }) tenantId!: string;
  @PrimaryColumn({ name: 'org_unit_id', type: 'uuid' }) orgUnitId!: string;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId!: string;
  @ManyToOne(() => OrgUnitEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'org_unit_id', referencedColumnName: 'id' },
  ])
  orgUnit?: OrgUnitEntity;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'user_id', referencedColumnName: 'id' },
  ])
  user?: UserEntity;
}

export const TENANCY_ENTITIES = [TenantEntity, AccountEntity, UserEntity, OrgUnitEntity, OrgUnitMemberEntity];
