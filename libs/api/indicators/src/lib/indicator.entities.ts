import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { BlockCode, IndicatorDirection, IndicatorKind, IndicatorUnit, MissingReason, PillarCode } from '@wk/contracts';
import { TenantEntity } from '@wk/api/tenancy/entities';

/** The columns of an indicator definition, public or a gemeente's own. */
abstract class IndicatorColumns {
  @PrimaryColumn({ type: 'varchar', length: 60 }) code!: string;
  @Column({ name: 'name_nl', type: 'varchar', length: 200 }) nameNl!: string;
  @Column({ name: 'name_en', type: 'varchar', length: 200 }) nameEn!: string;
  @Column({ name: 'description_nl', type: 'text' }) descriptionNl!: string;
  @Column({ name: 'description_en', type: 'text' }) descriptionEn!: string;
  @Column({ type: 'varchar', length: 20 }) unit!: IndicatorUnit;
  @Column({ type: 'smallint' }) decimals!: number;
  @Column({ type: 'varchar', length: 20 }) direction!: IndicatorDirection;
  @Column({ type: 'varchar', length: 20 }) kind!: IndicatorKind;
  @Column({ name: 'source_publisher', type: 'varchar', length: 200 }) sourcePublisher!: string;
  @Column({ name: 'source_table', type: 'varchar', length: 300 }) sourceTable!: string;
  @Column({ name: 'source_variable', type: 'varchar', length: 300 }) sourceVariable!: string;
  @Column({ type: 'text', array: true }) blocks!: BlockCode[];
  @Column({ type: 'text', array: true }) pillars!: PillarCode[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

/** Where a set of values came from: one imported file. */
abstract class ImportColumns {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'varchar', length: 30 }) layout!: string;
  @Column({ name: 'file_name', type: 'varchar', length: 300 }) fileName!: string;
  @Column({ type: 'varchar', length: 300 }) source!: string;
  @Column({ type: 'char', length: 64 }) sha256!: string;
  @Column({ type: 'integer' }) rows!: number;
  @Column({ type: 'integer' }) new!: number;
  @Column({ type: 'integer' }) changed!: number;
  @Column({ type: 'integer' }) unchanged!: number;
  @Column({ name: 'imported_by', type: 'varchar', length: 300 }) importedBy!: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

/** A figure for one area (CBS code of an indeling year), indicator and year: a value or missing with its reason. */
abstract class ValueColumns {
  @PrimaryColumn({ name: 'indicator_code', type: 'varchar', length: 60 }) indicatorCode!: string;
  @PrimaryColumn({ name: 'area_code', type: 'varchar', length: 10 }) areaCode!: string;
  @PrimaryColumn({ name: 'area_year', type: 'smallint' }) areaYear!: number;
  @PrimaryColumn({ type: 'smallint' }) year!: number;
  @Column({ type: 'double precision', nullable: true }) value!: number | null;
  @Column({ type: 'varchar', length: 20, nullable: true }) missing!: MissingReason | null;
  @Column({ name: 'import_id', type: 'uuid' }) importId!: string;
}

/** Public indicators (CBS, Leefbaarometer, RIVM): one catalogue for every gemeente, written by the operator. */
@Entity('stat_indicators')
export class StatIndicatorEntity extends IndicatorColumns {}

/** Names of CBS areas per indeling year, as the imported files give them. */
@Entity('stat_areas')
export class StatAreaEntity {
  @PrimaryColumn({ type: 'varchar', length: 10 }) code!: string;
  @PrimaryColumn({ type: 'smallint' }) year!: number;
  @Column({ type: 'varchar', length: 200 }) name!: string;
}

@Entity('stat_imports')
export class StatImportEntity extends ImportColumns {}

@Entity('stat_values')
@Check('ck_stat_values_value_or_missing', `(value IS NULL) <> (missing IS NULL)`)
// Covering indexes (migration IndicatorIndexes1795980000000; TypeORM cannot express INCLUDE, hence synchronize: false):
// an area's figures (the wijk page: its units, its gemeente, the Netherlands) and the years and indelingen in which
// a gemeente's areas have figures are read from the index alone.
@Index('ix_stat_values_area', { synchronize: false })
@Index('ix_stat_values_import', ['importId'])
@Index('ix_stat_values_gemeente', { synchronize: false })
export class StatValueEntity extends ValueColumns {
  /** The gemeente the area lies in (GM code), for the figures of all wijken of a gemeente; null for the Netherlands. */
  @Column({ name: 'gm_code', type: 'varchar', length: 6, nullable: true }) gmCode!: string | null;
  @ManyToOne(() => StatImportEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'import_id' })
  import?: StatImportEntity;
  @ManyToOne(() => StatIndicatorEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_code' })
  indicator?: StatIndicatorEntity;
}

/** A gemeente's own indicators (for example from its resident survey). */
@Entity('tenant_indicators')
export class TenantIndicatorEntity extends IndicatorColumns {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' }) tenantId!: string;
  @ManyToOne(() => TenantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: TenantEntity;
  @VersionColumn() version!: number;
}

@Entity('tenant_indicator_imports')
export class TenantIndicatorImportEntity extends ImportColumns {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' }) tenantId!: string;
  @ManyToOne(() => TenantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: TenantEntity;
}

/** A gemeente's own figures: for its own indicators, or its own measurement of a public one. */
@Entity('tenant_indicator_values')
@Check('ck_tenant_indicator_values_value_or_missing', `(value IS NULL) <> (missing IS NULL)`)
@Index('ix_tenant_indicator_values_import', ['tenantId', 'importId'])
// A gemeente's figures per area, covering (migration IndicatorIndexes1795980000000; INCLUDE, hence synchronize: false).
@Index('ix_tenant_indicator_values_area', { synchronize: false })
export class TenantIndicatorValueEntity extends ValueColumns {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' }) tenantId!: string;
  @ManyToOne(() => TenantIndicatorImportEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
    { name: 'import_id', referencedColumnName: 'id' },
  ])
  import?: TenantIndicatorImportEntity;
}

export const INDICATOR_ENTITIES = [
  StatIndicatorEntity,
  StatAreaEntity,
  StatImportEntity,
  StatValueEntity,
  TenantIndicatorEntity,
  TenantIndicatorImportEntity,
  TenantIndicatorValueEntity,
];
