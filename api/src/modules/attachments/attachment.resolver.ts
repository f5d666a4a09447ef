import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AuthedContext } from '../../graphql/context';
import { EvidenceItem } from '../collections/contract.entity';
import { Task } from '../execution/task.entity';
import { User } from '../identity/user.entity';
import { Attachment } from './attachment.entity';
import { attachmentUrl } from './attachment.service';
import { AttachmentLimits } from './attachments.types';

@Resolver(() => Attachment)
export class AttachmentResolver {
  @Query(() => AttachmentLimits, { description: 'The size and kinds POST /files accepts' })
  attachmentLimits(@Ctx() ctx: AuthedContext) {
    return ctx.services.attachments.limits();
  }

  @Mutation(() => Attachment, {
    description:
      'Removes a file from its record (whoever attached it, a manager or an admin, while the record is open); the bytes are kept for the audit trail',
  })
  deleteAttachment(@Arg('id', () => ID) id: string, @Ctx() ctx: AuthedContext) {
    return ctx.services.attachments.remove(ctx, id);
  }

  @FieldResolver(() => User, { nullable: true })
  uploadedBy(@Root() attachment: Attachment, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.userById.load(attachment.uploadedById);
  }

  @FieldResolver(() => String, {
    description: 'GET it with the same Authorization header as /graphql (a path on this server)',
  })
  url(@Root() attachment: Attachment) {
    return attachmentUrl(attachment.id);
  }
}

@Resolver(() => EvidenceItem)
export class EvidenceItemAttachmentsResolver {
  @FieldResolver(() => [Attachment], { description: 'The evidence itself: scans, photos, files' })
  attachments(@Root() item: EvidenceItem, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.attachments.byEvidenceItemId.load(item.id);
  }
}

@Resolver(() => Task)
export class TaskAttachmentsResolver {
  @FieldResolver(() => [Attachment], { description: 'The deliverables, and files for the work' })
  attachments(@Root() task: Task, @Ctx() ctx: AuthedContext) {
    return ctx.loaders.attachments.byTaskId.load(task.id);
  }
}
