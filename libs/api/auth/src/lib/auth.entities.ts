import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { OidcClientAuth, OidcRoleMapping } from '@wk/contracts';
import { TenantEntity, UserEntity } from '@wk/api/tenancy/entities';

/** Platform operators create tenants and their first admin. Not tenant-owned. */
@Entity('platform_operators')
export class OperatorEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Index('uq_platform_operators_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ name: 'password_hash', type: 'text' }) passwordHash!: string;
  @Column({ type: 'boolean', default: true }) active!: boolean;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** Server-side session; the cookie holds a random token, the table only its SHA-256. */
@Entity('sessions')
@Index('ix_sessions_user', ['tenantId', 'userId'])
@Unique('uq_sessions_public_id', ['publicId'])
export class SessionEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 }) id!: string;
  @Column({ name: 'tenant_id', type: 'uuid', nullable: true }) tenantId!: string | null;
  @ManyToOne(() => TenantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: TenantEntity;
  @Column({ name: 'user_id', type: 'uuid', nullable: true }) userId!: string | null;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'user_id', referencedColumnName: 'id' },
  ])
  user?: UserEntity;
  @Column({ name: 'operator_id', type: 'uuid', nullable: true }) operatorId!: string | null;
  @ManyToOne(() => OperatorEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'operator_id' })
  operator?: OperatorEntity;
  @Column({ name: 'csrf_token', type: 'varchar', length: 64 }) csrfToken!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'last_seen_at', type: 'timestamptz' }) lastSeenAt!: Date;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt!: Date;
  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true }) revokedAt!: Date | null;
  @Column({ type: 'varchar', length: 64, nullable: true }) ip!: string | null;
  /** 'password' or 'oidc' (the gemeente's own identity provider). */
  @Column({ name: 'sign_in_method', type: 'varchar', length: 16, default: 'password' }) signInMethod!: string;
  /** A provider session's ID token, sent back as id_token_hint when the user signs out (RP-initiated logout). */
  @Column({ name: 'id_token', type: 'text', nullable: true }) idToken!: string | null;
  /** The id its owner sees and ends it by (GET/DELETE /auth/sessions). */
  @Column({ name: 'public_id', type: 'uuid' })
  @Generated('uuid')
  publicId!: string;
}

/** Failed sign-in counters per account and per address (shared by every API instance). */
@Entity('login_throttle')
export class LoginThrottleEntity {
  @PrimaryColumn({ type: 'varchar', length: 300 }) key!: string;
  @Column({ type: 'integer', default: 0 }) failures!: number;
  @Column({ name: 'window_started_at', type: 'timestamptz' }) windowStartedAt!: Date;
  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true }) lockedUntil!: Date | null;
}

/** The gemeente's own OpenID Connect provider (one per gemeente; tenant data). */
@Entity('identity_providers')
@Check('ck_identity_providers_client_auth', `client_auth IN ('client_secret_basic', 'client_secret_post', 'private_key_jwt')`)
export class IdentityProviderEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' }) tenantId!: string;
  @ManyToOne(() => TenantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id', foreignKeyConstraintName: 'fk_identity_providers_tenant' })
  tenant?: TenantEntity;
  @Column({ type: 'varchar', length: 500 }) issuer!: string;
  @Column({ name: 'client_id', type: 'varchar', length: 255 }) clientId!: string;
  @Column({ name: 'client_auth', type: 'varchar', length: 32 }) clientAuth!: OidcClientAuth;
  @Column({ name: 'client_secret', type: 'text', nullable: true }) clientSecret!: string | null;
  @Column({ name: 'private_key_jwk', type: 'text', nullable: true }) privateKeyJwk!: string | null;
  @Column({ name: 'groups_claim', type: 'varchar', length: 100, default: 'groups' }) groupsClaim!: string;
  @Column({ name: 'role_mappings', type: 'jsonb', default: () => "'[]'" }) roleMappings!: OidcRoleMapping[];
  @Column({ name: 'email_domains', type: 'text', array: true, default: () => "'{}'" }) emailDomains!: string[];
  @Column({ name: 'password_sign_in', type: 'boolean', default: true }) passwordSignIn!: boolean;
  @Column({ type: 'boolean', default: true }) enabled!: boolean;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn() version!: number;
}

export const AUTH_ENTITIES = [OperatorEntity, SessionEntity, LoginThrottleEntity, IdentityProviderEntity];
