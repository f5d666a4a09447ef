import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Failed sign-ins per key (`email:…` or `ip:…`) in the current window. Kept in Postgres so
 * every API process counts the same attempts.
 */
@Entity()
export class LoginThrottle {
  @PrimaryColumn('text')
  key: string;

  @Column({ type: 'timestamptz', precision: 3 })
  windowStart: Date;

  @Column('int')
  failures: number;
}
