import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What an upload to POST /files may be' })
export class AttachmentLimits {
  @Field(() => Int, { description: 'Larger files are refused (HTTP 413, FILE_TOO_LARGE)' })
  maxBytes: number;

  @Field(() => [String], {
    description:
      'File name extensions kept; the bytes must match the kind (else HTTP 415, TYPE_NOT_ALLOWED)',
  })
  extensions: string[];
}
