import { graphql } from '../gql';

/** A file on an evidence item or a task, as its lists show it. */
export const ATTACHMENT_FIELDS = graphql(`
  fragment AttachmentFields on Attachment {
    id
    fileName
    contentType
    size
    sha256
    url
    createdAt
    uploadedBy {
      id
      name
    }
  }
`);

/** What POST /files accepts: checked in the browser before a byte is sent. */
export const ATTACHMENT_LIMITS = graphql(`
  query AttachmentLimits {
    attachmentLimits {
      maxBytes
      extensions
    }
  }
`);

export const DELETE_ATTACHMENT = graphql(`
  mutation DeleteAttachment($id: ID!) {
    deleteAttachment(id: $id) {
      id
    }
  }
`);
