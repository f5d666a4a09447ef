import type { emptyStatesEn } from './empty-states.en';

/** 各列表为空时的说明（见 empty-states.en.ts）。 */
export const emptyStatesZh: typeof emptyStatesEn = {
  resources: {
    accounts: {
      empty: '还没有客户',
      empty_help: '认领你的第一个客户：它的团队、计划、商机和合同都从这里开始。',
    },
    contacts: {
      empty_help: '你在客户那里认识的人。可在此添加，也可在客户的组织结构图中添加。',
    },
    orgUnits: {
      empty_help: '客户的部门，按其组织层级嵌套：即客户组织结构图中的方框。',
    },
    leads: {
      empty: '还没有线索',
      empty_help: '记下你听到的第一个需求；合格的线索会转为商机。',
    },
    opportunities: {
      empty: '这里还没有商机',
      empty_help: '漏斗中的商机：在客户页面新建，或由线索转化而来。',
    },
    contracts: {
      empty_help: '已签合同及其回款节点。赢单的商机会在这里等待签订合同。',
    },
    renewals: {
      empty: '还没有续约记录',
      empty_help: '合作是下一次合作的开始：记下每个客户将续约什么、何时签、多少金额。',
    },
    activities: {
      empty: '暂无拜访记录',
      empty_help: '与客户的拜访、电话和会议：关系维护节奏依据的就是这些记录。',
    },
    accountPlans: {
      empty_help: '重点客户的年度计划：目标、风险系数以及达成目标的里程碑。',
    },
    salesTargets: {
      empty_help: '每个人在各期间的收入目标；每次调整都会记录原因。',
    },
    processTemplates: {
      empty_help: '商机要经历的步骤（投标、试点、交付等），可在商机上作为流程启动。',
    },
    processRuns: {
      empty_help: '在商机上启动的流程：各个步骤、由谁负责、进展到哪一步。可在商机页面启动。',
    },
    tasks: {
      empty: '暂无任务',
      empty_help: '交给你或由你交办的工作及其截止日期：确认、开始、遇阻时说明、完成。',
    },
    workPlans: {
      empty_help: '每个人本周或本月为其客户计划要做的事。',
    },
    feedbacks: {
      empty: '暂无反馈',
      empty_help: '客户说的话，送到需要回应的客户经理手中；可在客户页面添加。',
    },
    escalations: {
      empty_help: '逾期超过升级规则阈值的工作会出现在这里，交给规则指定的人。目前没有逾期事项。',
    },
    resourceRequests: {
      empty_help: '为客户申请我们的专家或团队：申请会交由该资源的主管审批。',
    },
    internalResources: {
      empty_help: '客户团队可以申请的我方专家和团队。',
    },
    handovers: {
      empty_help: '客户易手时，交接单写明接手人必须了解的情况，以及由谁确认。',
    },
    escalationRules: {
      empty_help: '逾期多久、通知谁：生成升级事项并发送给人员和机器人的规则。',
    },
    funnelStages: {
      empty_help: '按顺序排列的漏斗阶段，各有赢率和准入条件。',
    },
    productLines: {
      empty: '还没有产品线',
      empty_help: '添加我们销售的产品线：它们就是每个客户白区矩阵的行。',
    },
    surveys: {
      empty: '还没有调查问卷',
      empty_help: '创建团队发给客户的满意度调查问卷。',
    },
    users: {
      empty_help: '所有可登录的人员，以及他们的角色和上级。',
    },
    apiTokens: {
      empty_help: '供 BI 工具读取 GraphQL API 的令牌：每个工具一个，停用该工具时吊销。',
    },
    auditEvents: {
      empty: '暂无审计事件',
      empty_help: '在 Trident 中做出的每一处更改：由谁、在何时，实时记录。',
    },
    payments: {
      empty_help: '按合同回款节点收到的款项，由财务登记。',
    },
    deliveryRobots: {
      empty: '暂无机器人',
      empty_help: '在团队群里接收升级事项和摘要的聊天机器人（企业微信、钉钉、飞书）。',
    },
    deliveries: {
      empty: '暂无发送记录',
      empty_help: '发给机器人或个人的每一条消息，以及是否送达。',
    },
    outbox: {
      empty: '发件箱里没有消息',
      empty_help: '等待发送的消息：发件箱为空，表示所有消息都已发出。',
    },
    blockedSteps: {
      empty_help: '被标记为受阻的流程步骤，受阻最久的排在前面。目前没有受阻环节。',
    },
    paymentMilestones: {
      empty_help: '已签合同的回款节点：何时到期、已回款多少、还有多少未回。',
    },
    targetAdjustments: {
      empty_help: '销售目标的每一次调整：由谁、何时、为何调整。',
    },
  },
};
