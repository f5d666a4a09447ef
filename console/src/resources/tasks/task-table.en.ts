/** English text of the task table as seed 000 runs it (issue 20): trident.task_table.*. */
export const taskTableEn = {
  blocked: 'Blocked',
  blocked_by: 'Blocked by',
  blocked_by_help: 'Tasks of this customer that must be done first',
  risk: 'Mitigates risk',
  mitigates: 'This task mitigates the risk "%{title}".',
  stuck_help:
    'Stuck? Ask at once (seed 000): say what blocks you and what you need. The requester and the account manager hear it now.',
  stuck_reason_label: 'What blocks you, and what do you need?',
  stuck_reason: 'Stuck because',
  stuck_title: 'Stuck: waiting for an answer',
  was_stuck: 'Was stuck, answered',
  answer: 'Answer',
  answer_label: 'Your answer (what to do, who helps)',
  answered: 'Answered: the work goes on',
  complete: 'Complete: every task acknowledged',
  reviewed: 'Reviewed: the whole table gone through since its last change',
  ready: 'Ready',
  review: 'Review the whole table',
  review_help:
    'Seed 000: the account manager goes through every task of the table with the team — who does what, by when, to which quality. Write down what was agreed.',
  review_notes: 'What the team agreed',
  review_confirm: 'Record the review',
  reviewed_done: 'Review recorded',
  last_review:
    'Last review %{at} by %{name} (%{smart_count} task) |||| Last review %{at} by %{name} (%{smart_count} tasks)',
  never_reviewed: 'The whole table has not been gone through yet.',
};
