import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Task } from './task.entity';

/**
 * "Blocked by" between two tasks of one account (issue 20, seed 000): the task cannot start
 * until every task it waits for is done or cancelled. The service refuses a cycle.
 */
@Entity()
@Index('task_dependency_blocked_by_idx', ['blockedById'])
export class TaskDependency {
  @PrimaryColumn('uuid')
  taskId: string;

  @PrimaryColumn('uuid')
  blockedById: string;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id', foreignKeyConstraintName: 'task_dependency_task_id_fkey' })
  task?: Task;

  @ManyToOne(() => Task, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'blocked_by_id',
    foreignKeyConstraintName: 'task_dependency_blocked_by_id_fkey',
  })
  blockedBy?: Task;
}
