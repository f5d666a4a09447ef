/**
 * The customer's voice (issue 20): surveys kept by ADMIN, links sent to contacts, and the
 * scores of the war room and the manager desk. Each document is typed by codegen.
 */
import { graphql } from '../gql';
import type { ResourceData, Row } from '../providers/adapter';

export const SURVEY_FIELDS = graphql(`
  fragment SurveyFields on Survey {
    id
    titleZh
    titleEn
    introZh
    introEn
    questions {
      zh
      en
    }
    npsZh
    npsEn
    active
    createdAt
    version
  }
`);

/** The admin page's resource: the questions go back as plain {zh, en} pairs. */
export const surveysData: ResourceData = {
  fragment: SURVEY_FIELDS,
  toInput: (input) => ({
    ...input,
    questions: ((input.questions as Row[] | undefined) ?? []).map((q) => ({
      zh: String(q.zh ?? ''),
      en: String(q.en ?? ''),
    })),
    introZh: input.introZh || null,
    introEn: input.introEn || null,
    active: input.active === undefined || input.active === null ? true : !!input.active,
  }),
};

export const SURVEY_INVITATION_FIELDS = graphql(`
  fragment SurveyInvitationFields on SurveyInvitation {
    id
    status
    createdAt
    expiresAt
    answeredAt
    feedbackId
    contact {
      id
      name
      title
    }
    sentBy {
      id
      name
    }
    survey {
      id
      titleZh
      titleEn
    }
  }
`);

export const ACCOUNT_INVITATIONS = graphql(`
  query AccountSurveyInvitations($accountId: ID!) {
    surveyInvitations(filter: { accountId: $accountId }, first: 100) {
      totalCount
      nodes {
        ...SurveyInvitationFields
      }
    }
  }
`);

export const SEND_CHOICES = graphql(`
  query SurveySendChoices($accountId: ID!, $search: String) {
    surveys(active: true) {
      id
      titleZh
      titleEn
    }
    contacts(
      filter: { accountId: $accountId, status: ACTIVE, search: $search }
      orderBy: [{ field: NAME, direction: ASC }]
      first: 50
    ) {
      totalCount
      nodes {
        id
        name
        title
        orgUnit {
          id
          name
        }
      }
    }
  }
`);

export const SEND_SURVEY = graphql(`
  mutation SendSurvey($input: SendSurveyInput!) {
    sendSurvey(input: $input) {
      link
      invitation {
        id
        expiresAt
        contact {
          id
          name
        }
      }
    }
  }
`);

export const SURVEY_SCORE = graphql(`
  query SurveyScore($accountId: ID!) {
    surveyScore(accountId: $accountId) {
      accountId
      nps
      responses
      average
      promoters
      passives
      detractors
      trend {
        quarter
        nps
        responses
      }
    }
  }
`);

export const SURVEY_SCORES = graphql(`
  query CustomerVoice($first: Int) {
    surveyScores(first: $first) {
      accountId
      nps
      responses
      average
      trend {
        quarter
        nps
        responses
      }
      account {
        id
        name
      }
    }
  }
`);
