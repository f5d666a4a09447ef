import type { taskTableEn } from './task-table.en';

/** 种子 000 的团队任务表（第 20 期）：trident.task_table.*。 */
export const taskTableZh: typeof taskTableEn = {
  blocked: '受阻',
  blocked_by: '前置任务',
  blocked_by_help: '须先完成的该客户任务',
  risk: '应对风险',
  mitigates: '此任务用于应对风险“%{title}”。',
  stuck_help:
    '卡住了？立即求助（种子 000）：说明卡在哪里、需要什么。任务提出人和客户经理会马上收到。',
  stuck_reason_label: '卡在哪里？需要什么帮助？',
  stuck_reason: '卡住原因',
  stuck_title: '卡住了：等待答复',
  was_stuck: '曾卡住，已答复',
  answer: '答复',
  answer_label: '您的答复（怎么做、谁来帮）',
  answered: '已答复：任务继续',
  complete: '已完整：每项任务都已确认',
  reviewed: '已过表：最近一次变更后全员过过整张表',
  ready: '就绪',
  review: '全员过表',
  review_help:
    '种子 000：客户经理与团队逐项过一遍任务表——谁做什么、何时完成、质量要求。请记下达成的共识。',
  review_notes: '团队达成的共识',
  review_confirm: '记录过表',
  reviewed_done: '已记录过表',
  last_review: '最近过表：%{at}，%{name}（%{smart_count} 项任务）',
  never_reviewed: '尚未全员过表。',
};
