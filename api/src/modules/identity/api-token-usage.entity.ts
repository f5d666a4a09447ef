import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Requests of one BI token in one calendar minute. Kept in Postgres so the limit is the same
 * with one API process or many; rows older than the current minute are removed as a token
 * starts a new one.
 */
@Entity()
export class ApiTokenUsage {
  @PrimaryColumn('uuid')
  tokenId: string;

  @PrimaryColumn({ type: 'timestamptz', precision: 3 })
  minute: Date;

  @Column('int')
  requests: number;
}
