import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { CbsUnitLevel } from '@wk/contracts';
import { TenantEntity } from '@wk/api/tenancy/entities';

@Entity('wijken')
@Unique('uq_wijken_tenant_name', ['tenantId', 'name'])
export class WijkEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' }) tenantId!: string;
  @ManyToOne(() => TenantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: TenantEntity;
  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'integer', nullable: true }) population!: number | null;
  @Column({ name: 'population_year', type: 'smallint', nullable: true }) populationYear!: number | null;
  @Column({ name: 'population_source', type: 'varchar', length: 300, nullable: true }) populationSource!: string | null;
  @Column({ name: 'role_in_city', type: 'text', nullable: true }) roleInCity!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
  @VersionColumn() version!: number;
  @OneToMany(() => WijkCbsUnitEntity, (u) => u.wijk) cbsUnits?: WijkCbsUnitEntity[];
}

/** A CBS wijk or buurt (with the year of its indeling) that a wijk is mapped to. */
@Entity('wijk_cbs_units')
export class WijkCbsUnitEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' }) tenantId!: string;
  @PrimaryColumn({ name: 'wijk_id', type: 'uuid' }) wijkId!: string;
  @PrimaryColumn({ type: 'varchar', length: 10 }) code!: string;
  @PrimaryColumn({ type: 'smallint' }) year!: number;
  @Column({ type: 'varchar', length: 5 }) level!: CbsUnitLevel;
  @Column({ name: 'cbs_name', type: 'varchar', length: 200, nullable: true }) cbsName!: string | null;
  @Column({ type: 'smallint', default: 0 }) position!: number;
  @ManyToOne(() => WijkEntity, (w) => w.cbsUnits, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'wijk_id', referencedColumnName: 'id' },
  ])
  wijk?: WijkEntity;
}

export const WIJKEN_ENTITIES = [WijkEntity, WijkCbsUnitEntity];
