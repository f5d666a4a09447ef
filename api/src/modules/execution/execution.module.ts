import { Execution1795606111511 } from '../../migrations/1795606111511-Execution';
import { TaskTable1796800030000 } from '../../migrations/1796800030000-TaskTable';
import { WorkPlanReviewTasks1796800053000 } from '../../migrations/1796800053000-WorkPlanReviewTasks';
import { defineModule, type LoadersOf, type ServicesOf } from '../trident-module';
import { createExecutionLoaders } from './execution.loader';
import {
  AckTimeResolver,
  FeedbackResolver,
  HandoverResolver,
  TaskResolver,
  WorkPlanResolver,
} from './execution.resolver';
import { Feedback } from './feedback.entity';
import { FeedbackService } from './feedback.service';
import { Handover } from './handover.entity';
import { HandoverService } from './handover.service';
import { Task } from './task.entity';
import { TaskService } from './task.service';
import { TaskDependency } from './task-dependency.entity';
import { WorkPlanReview } from './work-plan-review.entity';
import { WorkPlan } from './work-plan.entity';
import { WorkPlanService } from './work-plan.service';

/** The team task table, the feedback loop and handovers (seeds 000, 001). */
export const executionModule = defineModule({
  name: 'execution',
  entities: [WorkPlan, WorkPlanReview, Handover, Task, TaskDependency, Feedback],
  resolvers: [TaskResolver, WorkPlanResolver, FeedbackResolver, AckTimeResolver, HandoverResolver],
  migrations: [Execution1795606111511, TaskTable1796800030000, WorkPlanReviewTasks1796800053000],
  services: ({ db }) => ({
    tasks: new TaskService(db),
    workPlans: new WorkPlanService(db),
    feedback: new FeedbackService(db),
    handovers: new HandoverService(db),
  }),
  loaders: {
    execution: (db, scope, _today, viewerId) => createExecutionLoaders(db, scope, viewerId),
  },
});

declare module '../../graphql/registry' {
  interface ServiceRegistry extends ServicesOf<typeof executionModule> {}
  interface LoaderRegistry extends LoadersOf<typeof executionModule> {}
}
