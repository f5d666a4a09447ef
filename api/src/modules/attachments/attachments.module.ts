import { DEFAULT_MAX_UPLOAD_BYTES } from '@trident/domain';
import { Attachments1796400018000 } from '../../migrations/1796400018000-Attachments';
import { defineModule, type LoadersOf, type ServicesOf } from '../trident-module';
import {
  AttachmentResolver,
  EvidenceItemAttachmentsResolver,
  TaskAttachmentsResolver,
} from './attachment.resolver';
import { Attachment } from './attachment.entity';
import { AttachmentService } from './attachment.service';
import { createAttachmentLoaders } from './attachments.loader';
import { createFileStorage } from './create-file-storage';

/** Files on evidence items and task deliverables, in a folder or an S3 bucket (issue 18). */
export const attachmentsModule = defineModule({
  name: 'attachments',
  entities: [Attachment],
  resolvers: [AttachmentResolver, EvidenceItemAttachmentsResolver, TaskAttachmentsResolver],
  migrations: [Attachments1796400018000],
  services: ({ db, config, log }) => ({
    attachments: new AttachmentService(
      db,
      createFileStorage(config),
      config.MAX_UPLOAD_BYTES ?? DEFAULT_MAX_UPLOAD_BYTES,
      log,
    ),
  }),
  loaders: { attachments: (db) => createAttachmentLoaders(db) },
});

declare module '../../graphql/registry' {
  interface ServiceRegistry extends ServicesOf<typeof attachmentsModule> {}
  interface LoaderRegistry extends LoadersOf<typeof attachmentsModule> {}
}
