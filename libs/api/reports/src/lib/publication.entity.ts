import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PlanEntity } from '@wk/api/plans/entities';

/**
 * A plan revision published on the gemeente's public pages (plan_publications). Only an adopted revision can be
 * published; the public pages show it while it is the adopted one. Withdrawing deletes the row.
 */
@Entity('plan_publications')
export class PlanPublicationEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'uuid' }) tenantId!: string;
  @PrimaryColumn({ name: 'plan_id', type: 'uuid' }) planId!: string;
  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'plan_id', referencedColumnName: 'id' },
    { name: 'tenant_id', referencedColumnName: 'tenantId' },
  ])
  plan?: PlanEntity;
  @Column({ name: 'published_at', type: 'timestamptz' }) publishedAt!: Date;
  @Column({ name: 'published_by', type: 'uuid', nullable: true }) publishedBy!: string | null;
}
