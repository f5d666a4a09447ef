/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
  '\n  fragment AttachmentFields on Attachment {\n    id\n    fileName\n    contentType\n    size\n    sha256\n    url\n    createdAt\n    uploadedBy {\n      id\n      name\n    }\n  }\n': typeof types.AttachmentFieldsFragmentDoc;
  '\n  query AttachmentLimits {\n    attachmentLimits {\n      maxBytes\n      extensions\n    }\n  }\n': typeof types.AttachmentLimitsDocument;
  '\n  mutation DeleteAttachment($id: ID!) {\n    deleteAttachment(id: $id) {\n      id\n    }\n  }\n': typeof types.DeleteAttachmentDocument;
  '\n  fragment ChainStep on ProcessRunStep {\n    id\n    position\n    name\n    status\n    since\n    typicalDays\n    daysInStatus\n    daysLate\n    version\n    expectedStart\n    expectedFinish\n    startedAt\n    finishedAt\n    outOfOrder\n    unplanned\n    planNote\n    ownerRole\n    owner {\n      id\n      name\n    }\n    gaps\n    blockReason\n    blockerContact {\n      id\n      name\n    }\n    approverContact {\n      id\n      name\n      title\n      stance\n      relationshipOwner {\n        id\n        name\n      }\n    }\n    approverOrgUnit {\n      id\n      name\n    }\n  }\n': typeof types.ChainStepFragmentDoc;
  '\n  fragment ChainRun on ProcessRun {\n    id\n    accountId\n    title\n    status\n    startedAt\n    finishedAt\n    forecastFinish\n    baselineFinish\n    varianceDays\n    daysLate\n    currentStep {\n      id\n    }\n    template {\n      id\n      name\n      kind\n      accountId\n    }\n    steps {\n      ...ChainStep\n    }\n    plans {\n      id\n      cause\n      added\n      skipped\n      reopened\n      note\n      at\n    }\n  }\n': typeof types.ChainRunFragmentDoc;
  '\n  query DealChain($id: ID!) {\n    opportunity(id: $id) {\n      id\n      accountId\n      name\n      expectedCloseDate\n      chain {\n        daysLate\n        closeAtRisk\n        gaps\n        forecastFinish\n        currentStep {\n          id\n          name\n          expectedFinish\n          owner {\n            id\n            name\n          }\n          approverContact {\n            id\n            name\n          }\n          approverOrgUnit {\n            id\n            name\n          }\n        }\n        runs {\n          ...ChainRun\n        }\n      }\n    }\n    gapTasks: tasks(\n      filter: {\n        opportunityId: $id\n        kind: RELATIONSHIP\n        statuses: [PROPOSED, ACKNOWLEDGED, IN_PROGRESS, SUBMITTED, REWORK]\n      }\n      first: 200\n    ) {\n      nodes {\n        id\n        gapStepId\n        gapKind\n      }\n    }\n  }\n': typeof types.DealChainDocument;
  '\n  query ChainTemplates($accountId: ID!) {\n    processTemplates(filter: { accountId: $accountId, includeGlobal: true }, first: 200) {\n      nodes {\n        id\n        name\n        kind\n        accountId\n      }\n    }\n  }\n': typeof types.ChainTemplatesDocument;
  '\n  query PlanRun($input: PlanRunInput!) {\n    planRun(input: $input) {\n      subjectName\n      amount\n      productLines\n      region\n      expectedCloseDate\n      template {\n        id\n        name\n        kind\n      }\n      steps {\n        id\n        position\n        name\n        typicalDays\n        ownerRole\n        gaps\n        expectedStart\n        expectedFinish\n        owner {\n          id\n          name\n        }\n        approverContact {\n          id\n          name\n          title\n          stance\n          relationshipOwner {\n            id\n            name\n          }\n        }\n        approverOrgUnit {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.PlanRunDocument;
  '\n  mutation StartProcessRun($input: StartProcessRunInput!) {\n    startProcessRun(input: $input) {\n      id\n      title\n    }\n  }\n': typeof types.StartProcessRunDocument;
  '\n  mutation InsertRunStep($runId: ID!, $input: InsertRunStepInput!) {\n    insertRunStep(runId: $runId, input: $input) {\n      id\n      name\n    }\n  }\n': typeof types.InsertRunStepDocument;
  '\n  query SalesDesk($thin: Float!, $escalations: EscalationFilterInput!) {\n    blocked: blockedSteps(first: 5) {\n      totalCount\n      nodes {\n        id\n        runId\n        name\n        daysInStatus\n        blockReason\n        blockerContact {\n          name\n        }\n      }\n    }\n    escalations(filter: $escalations, first: 5) {\n      totalCount\n      nodes {\n        id\n        level\n        summary\n        account {\n          id\n          name\n        }\n      }\n    }\n    thin: coverageByAccount(decisionCoverageBelow: $thin, first: 5) {\n      totalCount\n      nodes {\n        accountId\n        decisionCoverage\n        decisionContactsTotal\n        account {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.SalesDeskDocument;
  '\n  query DeskStages {\n    funnelStages {\n      id\n      isWon\n      isLost\n      entryCriteria\n    }\n  }\n': typeof types.DeskStagesDocument;
  '\n  query SolutionDesk(\n    $deals: OpportunityFilter!\n    $solution: TaskFilter!\n    $bid: TaskFilter!\n    $trials: ActivityFilter!\n    $gatekeepers: ContactFilter!\n    $needs: FeedbackFilter!\n  ) {\n    deals: opportunities(filter: $deals, first: 5) {\n      totalCount\n      nodes {\n        id\n        name\n        daysInStage\n        stage {\n          nameEn\n          nameZh\n        }\n        account {\n          name\n        }\n      }\n    }\n    solution: tasks(filter: $solution, first: 1) {\n      totalCount\n    }\n    bid: tasks(filter: $bid, first: 1) {\n      totalCount\n    }\n    trials: activities(filter: $trials, first: 1) {\n      totalCount\n    }\n    gatekeepers: contacts(filter: $gatekeepers, first: 8) {\n      totalCount\n      nodes {\n        id\n        name\n        title\n        stance\n        account {\n          id\n          name\n        }\n      }\n    }\n    needs: feedbacks(filter: $needs, first: 1) {\n      totalCount\n    }\n  }\n': typeof types.SolutionDeskDocument;
  '\n  query DeliveryDesk(\n    $contracts: ContractFilter!\n    $milestones: MilestoneFilter!\n    $tasks: TaskFilter!\n    $negative: FeedbackFilter!\n  ) {\n    contracts(filter: $contracts, first: 1) {\n      totalCount\n    }\n    milestones: paymentMilestones(filter: $milestones, first: 6) {\n      totalCount\n      nodes {\n        id\n        contractId\n        kind\n        site\n        due\n        status\n        contract {\n          title\n        }\n      }\n    }\n    tasks(filter: $tasks, first: 1) {\n      totalCount\n    }\n    negative: feedbacks(filter: $negative, first: 3) {\n      totalCount\n      nodes {\n        id\n        severity\n        text\n        account {\n          name\n        }\n      }\n    }\n  }\n': typeof types.DeliveryDeskDocument;
  '\n  query FinanceDesk($week: PaymentFilter!, $chains: ProcessRunFilter!) {\n    overdue: paymentMilestones(filter: { overdue: true }, first: 8) {\n      totalCount\n      nodes {\n        id\n        contractId\n        kind\n        site\n        due\n        escalationLevel\n        open {\n          amount\n          currency\n        }\n        contract {\n          title\n          account {\n            name\n          }\n        }\n      }\n    }\n    week: paymentTotals(filter: $week) {\n      currency\n      count\n      amount\n    }\n    chains: processRuns(filter: $chains, first: 5) {\n      totalCount\n      nodes {\n        id\n        title\n        account {\n          name\n        }\n        steps {\n          id\n          name\n          status\n          daysInStatus\n        }\n      }\n    }\n  }\n': typeof types.FinanceDeskDocument;
  '\n  query ManagerDesk {\n    levels: escalationLevels(filter: { status: OPEN }) {\n      level\n      count\n    }\n    flags: targetAdjustments(filter: { flagged: true }, first: 5) {\n      totalCount\n      nodes {\n        id\n        period\n        fromRevenue\n        toRevenue\n        reason\n        user {\n          name\n        }\n      }\n    }\n    handovers {\n      id\n      status\n      fromUser {\n        name\n      }\n      toUser {\n        name\n      }\n      progress {\n        total\n        done\n      }\n    }\n  }\n': typeof types.ManagerDeskDocument;
  '\n  query AdminDesk($today: AuditEventFilter!) {\n    users(first: 1) {\n      totalCount\n    }\n    departed: users(first: 1, filter: { status: DEPARTED }) {\n      totalCount\n    }\n    funnelStages {\n      id\n    }\n    processTemplates(first: 1) {\n      totalCount\n    }\n    internalResources {\n      id\n      active\n    }\n    escalationRules {\n      id\n      active\n    }\n    apiTokens {\n      id\n      revokedAt\n    }\n    audit: auditEvents(filter: $today, first: 8) {\n      totalCount\n      nodes {\n        id\n        action\n        entity\n        at\n        actor {\n          name\n        }\n      }\n    }\n  }\n': typeof types.AdminDeskDocument;
  '\n  query Funnel($filter: FunnelFilter) {\n    funnel(filter: $filter) {\n      currency\n      totalDeals\n      openAmount\n      weightedOpenAmount\n      stages {\n        reached\n        amount\n        weightedAmount\n        currentCount\n        currentAmount\n        conversionToNext\n        stage {\n          ...StageRefFields\n        }\n      }\n    }\n  }\n': typeof types.FunnelDocument;
  '\n  fragment StageRefFields on FunnelStage {\n    id\n    code\n    nameZh\n    nameEn\n    probability\n    position\n    isWon\n    isLost\n  }\n': typeof types.StageRefFieldsFragmentDoc;
  '\n  query FunnelDiagnosis($period: Period) {\n    funnelDiagnosis(period: $period) {\n      teamSize\n      deals\n      weakness\n      reading\n      readingZh\n      training\n      trainingZh\n      owner {\n        id\n        name\n      }\n      weakStage {\n        ...StageRefFields\n      }\n      steps {\n        reached\n        conversion\n        teamMedian\n        relative\n        stage {\n          ...StageRefFields\n        }\n      }\n    }\n  }\n': typeof types.FunnelDiagnosisDocument;
  '\n  query AccountMatrix {\n    accountMatrix {\n      cells {\n        quadrant\n        count\n        accounts {\n          id\n          name\n          potential {\n            amount\n          }\n          relationshipLevel\n        }\n      }\n      unclassified\n    }\n  }\n': typeof types.AccountMatrixDocument;
  '\n  query PipelineCoverage($period: Period!) {\n    pipelineCoverage(period: $period) {\n      period\n      byOwner {\n        ...CoverageLineFields\n      }\n      byAccount {\n        ...CoverageLineFields\n      }\n    }\n  }\n': typeof types.PipelineCoverageDocument;
  '\n  fragment CoverageLineFields on CoverageLine {\n    target\n    won\n    remaining\n    pipeline\n    weightedPipeline\n    coverage\n    weightedCoverage\n    riskMargin\n    belowMargin\n    owner {\n      id\n      name\n    }\n    account {\n      id\n      name\n    }\n  }\n': typeof types.CoverageLineFieldsFragmentDoc;
  '\n  query BattleMap($filter: BattleMapFilter) {\n    battleMap(filter: $filter) {\n      contractAmount\n      due\n      paid\n      open\n      overdue\n      nextDue\n      overdueMilestones\n      evidenceChecked\n      evidenceRequired\n      currency\n      contract {\n        id\n        title\n      }\n      account {\n        id\n        name\n      }\n      heldBy {\n        milestone {\n          id\n          kind\n          site\n          due\n        }\n        step {\n          id\n          name\n          status\n          daysLate\n          ownerRole\n          owner {\n            id\n            name\n          }\n          approverContact {\n            id\n            name\n            stance\n            relationshipOwner {\n              id\n              name\n            }\n          }\n          approverOrgUnit {\n            id\n            name\n          }\n          run {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n': typeof types.BattleMapDocument;
  '\n  query CollectionAging($groupBy: AgingGroup, $asOf: LocalDate) {\n    collectionAging(groupBy: $groupBy, asOf: $asOf) {\n      key\n      region\n      currency\n      notDue\n      days0to30\n      days31to60\n      days61to90\n      over90\n      outstanding\n      dso\n      account {\n        id\n        name\n      }\n      owner {\n        id\n        name\n      }\n    }\n  }\n': typeof types.CollectionAgingDocument;
  '\n  query RevenueSummary($from: Period!, $to: Period!, $granularity: RevenueGranularity) {\n    revenueSummary(from: $from, to: $to, granularity: $granularity, groupBy: NONE) {\n      key\n      periodStart\n      recurring\n      new\n      expansion\n      churned\n      total\n      cumulative\n    }\n  }\n': typeof types.RevenueSummaryDocument;
  '\n  query Renewals($dueWithinDays: Int, $first: Int) {\n    renewals(dueWithinDays: $dueWithinDays, first: $first) {\n      nodes {\n        id\n        accountId\n        contractId\n        expectedSignDate\n        status\n        newNeeds\n        amount {\n          amount\n          currency\n        }\n        account {\n          id\n          name\n        }\n      }\n      totalCount\n    }\n  }\n': typeof types.RenewalsDocument;
  '\n  query EvidenceMilestones($filter: MilestoneFilter, $first: Int) {\n    paymentMilestones(filter: $filter, first: $first) {\n      nodes {\n        ...PaymentMilestoneFields\n        contract {\n          id\n          title\n          account {\n            id\n            name\n          }\n        }\n      }\n      totalCount\n    }\n  }\n': typeof types.EvidenceMilestonesDocument;
  '\n  query FeedbackAckTimes($from: DateTime, $to: DateTime) {\n    feedbackAckTimes(from: $from, to: $to) {\n      reported\n      acknowledged\n      waiting\n      medianMinutes\n      p90Minutes\n      user {\n        id\n        name\n      }\n    }\n  }\n': typeof types.FeedbackAckTimesDocument;
  '\n  query NeedsMeToday(\n    $overdue: TaskFilter\n    $today: TaskFilter\n    $tomorrow: TaskFilter\n    $soon: TaskFilter\n  ) {\n    overdue: tasks(filter: $overdue, first: 1) {\n      totalCount\n    }\n    today: tasks(filter: $today, first: 1) {\n      totalCount\n    }\n    tomorrow: tasks(filter: $tomorrow, first: 1) {\n      totalCount\n    }\n    soonest: tasks(filter: $soon, first: 5) {\n      nodes {\n        id\n        title\n        due\n        overdue\n        status\n        account {\n          id\n          name\n        }\n      }\n    }\n    feedback: feedbacks(filter: { mine: true, acknowledged: false }, first: 1) {\n      totalCount\n    }\n  }\n': typeof types.NeedsMeTodayDocument;
  '\n  query MyDeliveryPreferences {\n    myDeliveryPreferences {\n      language\n      topics {\n        topic\n        channels\n      }\n      escalationMinLevel\n      quietStart\n      quietEnd\n      timeZone\n      robots {\n        id\n        name\n        platform\n      }\n      isDefault\n    }\n    robotChoices {\n      id\n      name\n      platform\n    }\n  }\n': typeof types.MyDeliveryPreferencesDocument;
  '\n  mutation SetMyDeliveryPreferences($input: DeliveryPreferencesInput!) {\n    setMyDeliveryPreferences(input: $input) {\n      isDefault\n    }\n  }\n': typeof types.SetMyDeliveryPreferencesDocument;
  '\n  query AccountTeamRobot($id: ID!) {\n    account(id: $id) {\n      id\n      teamRobot {\n        robotId\n        minLevel\n        language\n        robot {\n          id\n          name\n          platform\n        }\n      }\n    }\n    robotChoices {\n      id\n      name\n      platform\n    }\n  }\n': typeof types.AccountTeamRobotDocument;
  '\n  mutation SetAccountTeamRobot($accountId: ID!, $input: AccountTeamRobotInput!) {\n    setAccountTeamRobot(accountId: $accountId, input: $input) {\n      robotId\n    }\n  }\n': typeof types.SetAccountTeamRobotDocument;
  '\n  mutation RemoveAccountTeamRobot($accountId: ID!) {\n    removeAccountTeamRobot(accountId: $accountId)\n  }\n': typeof types.RemoveAccountTeamRobotDocument;
  '\n  fragment NotificationFields on Notification {\n    id\n    userId\n    kind\n    title\n    body\n    entity\n    entityId\n    accountId\n    readAt\n    createdAt\n  }\n': typeof types.NotificationFieldsFragmentDoc;
  '\n  query Notifications($first: Int, $unreadOnly: Boolean) {\n    notifications(first: $first, unreadOnly: $unreadOnly) {\n      nodes {\n        ...NotificationFields\n      }\n      totalCount\n    }\n    unreadNotificationCount\n  }\n': typeof types.NotificationsDocument;
  '\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n': typeof types.UnreadNotificationCountDocument;
  '\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n': typeof types.MarkNotificationsReadDocument;
  '\n  query OrgChart($accountId: ID!) {\n    orgChart(accountId: $accountId) {\n      account {\n        id\n        name\n      }\n      units {\n        id\n        name\n        kind\n        parentId\n      }\n      contacts {\n        id\n        name\n        title\n        level\n        orgUnitId\n        reportsToId\n        influence\n        stance\n        coachLevel\n        risingStar\n        status\n        buyingRoles\n        relationshipOwner {\n          id\n          name\n        }\n      }\n      influences {\n        id\n        fromContactId\n        toContactId\n        strength\n        note\n      }\n    }\n    relationshipCoverage(accountId: $accountId) {\n      unitsTotal\n      unitsCovered\n      unitCoverage\n      decisionContactsTotal\n      decisionContactsCovered\n      decisionCoverage\n      uncoveredUnits {\n        id\n        name\n      }\n      risingStarsWithoutOwner {\n        id\n        name\n        title\n      }\n      highInfluenceOpponents {\n        id\n        name\n        title\n        stance\n        influence\n      }\n    }\n  }\n': typeof types.OrgChartDocument;
  '\n  fragment BoardCardFields on Opportunity {\n    id\n    name\n    accountId\n    account {\n      id\n      name\n    }\n    stageId\n    daysInStage\n    expectedCloseDate\n    owner {\n      id\n      name\n    }\n    amount {\n      amount\n      currency\n    }\n    version\n  }\n': typeof types.BoardCardFieldsFragmentDoc;
  '\n  query Board(\n    $open: OpportunityFilter\n    $closed: OpportunityFilter\n    $openFirst: Int\n    $closedFirst: Int\n  ) {\n    stages: funnelStages {\n      ...FunnelStageFields\n    }\n    open: opportunities(\n      filter: $open\n      first: $openFirst\n      orderBy: [{ field: STAGE_ENTERED_AT, direction: ASC }]\n    ) {\n      nodes {\n        ...BoardCardFields\n      }\n      totalCount\n    }\n    closed: opportunities(\n      filter: $closed\n      first: $closedFirst\n      orderBy: [{ field: UPDATED_AT, direction: DESC }]\n    ) {\n      nodes {\n        ...BoardCardFields\n      }\n      totalCount\n    }\n  }\n': typeof types.BoardDocument;
  '\n  mutation MoveOpportunity(\n    $id: ID!\n    $stageId: ID!\n    $version: Int!\n    $note: String\n    $contractAmount: Decimal\n  ) {\n    moveOpportunity(\n      id: $id\n      stageId: $stageId\n      version: $version\n      note: $note\n      contractAmount: $contractAmount\n    ) {\n      ...BoardCardFields\n    }\n  }\n': typeof types.MoveOpportunityDocument;
  '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n        email\n        roles\n      }\n    }\n  }\n': typeof types.LoginDocument;
  '\n  fragment AccountPlanFields on AccountPlan {\n    id\n    accountId\n    account {\n      id\n      name\n    }\n    period\n    intelligenceSummary\n    currency\n    relationshipStage\n    strategy\n    riskMargin\n    quadrant\n    target {\n      amount\n      currency\n    }\n    potential {\n      amount\n      currency\n    }\n    productTargets {\n      product\n      amount\n    }\n    milestones {\n      id\n      task\n      ownerId\n      owner {\n        id\n        name\n      }\n      due\n      done\n      position\n      floorTarget\n    }\n    createdBy {\n      id\n      name\n    }\n    createdAt\n    updatedAt\n    version\n  }\n': typeof types.AccountPlanFieldsFragmentDoc;
  '\n  fragment AccountFields on Account {\n    id\n    name\n    registrationNo\n    industry\n    region\n    tier\n    parentId\n    purchaseMode\n    lifecycleStage\n    potential {\n      amount\n      currency\n    }\n    relationshipLevel\n    quadrant\n    drivers {\n      factor\n      quantity\n      unit\n    }\n    ownerId\n    owner {\n      id\n      name\n      email\n    }\n    parent {\n      id\n      name\n    }\n    children {\n      id\n      name\n      tier\n    }\n    team {\n      id\n      teamRole\n      user {\n        id\n        name\n        email\n      }\n    }\n    createdAt\n    updatedAt\n    version\n  }\n': typeof types.AccountFieldsFragmentDoc;
  '\n  fragment ActivityFields on Activity {\n    id\n    accountId\n    account {\n      id\n      name\n    }\n    opportunityId\n    opportunity {\n      id\n      name\n    }\n    kind\n    occurredAt\n    summary\n    nextSteps\n    participantIds\n    participants {\n      id\n      name\n    }\n    contactIds\n    contacts {\n      id\n      name\n      title\n    }\n    createdById\n    createdBy {\n      id\n      name\n    }\n    createdAt\n    version\n  }\n': typeof types.ActivityFieldsFragmentDoc;
  '\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    createdById\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    createdBy {\n      id\n      name\n    }\n  }\n': typeof types.ApiTokenFieldsFragmentDoc;
  '\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n': typeof types.RevokeApiTokenDocument;
  '\n  fragment AuditEventFields on AuditEvent {\n    id\n    actorId\n    actorKind\n    action\n    entity\n    entityId\n    before\n    after\n    requestId\n    at\n    actor {\n      id\n      name\n    }\n  }\n': typeof types.AuditEventFieldsFragmentDoc;
  '\n  fragment ContactFields on Contact {\n    id\n    accountId\n    account {\n      id\n      name\n    }\n    orgUnitId\n    orgUnit {\n      id\n      name\n    }\n    name\n    title\n    level\n    reportsToId\n    reportsTo {\n      id\n      name\n    }\n    responsibilities\n    influence\n    stance\n    buyingRoles\n    coachLevel\n    risingStar\n    relationshipOwnerId\n    relationshipOwner {\n      id\n      name\n    }\n    status\n    leftAt\n    notes\n    createdAt\n    updatedAt\n    version\n  }\n': typeof types.ContactFieldsFragmentDoc;
  '\n  mutation MarkContactLeft($id: ID!, $version: Int!) {\n    markContactLeft(id: $id, version: $version) {\n      id\n      status\n      leftAt\n      version\n    }\n  }\n': typeof types.MarkContactLeftDocument;
  '\n  fragment EvidenceFields on EvidenceItem {\n    id\n    milestoneId\n    code\n    pillar\n    required\n    checkedAt\n    note\n    checkedBy {\n      id\n      name\n    }\n    attachments {\n      ...AttachmentFields\n    }\n  }\n': typeof types.EvidenceFieldsFragmentDoc;
  '\n  fragment PaymentMilestoneFields on PaymentMilestone {\n    id\n    contractId\n    accountId\n    position\n    version\n    kind\n    site\n    share\n    currency\n    due\n    stage\n    status\n    invoicedAt\n    paidAt\n    amount {\n      amount\n      currency\n    }\n    paid {\n      amount\n      currency\n    }\n    open {\n      amount\n      currency\n    }\n    evidence {\n      ...EvidenceFields\n    }\n    gates {\n      id\n      name\n      status\n    }\n    waitingOn {\n      id\n      name\n      status\n      daysLate\n      approverContact {\n        id\n        name\n      }\n      approverOrgUnit {\n        id\n        name\n      }\n      owner {\n        id\n        name\n      }\n      run {\n        id\n        title\n      }\n    }\n    payments {\n      id\n      amount\n      paidAt\n      reference\n    }\n  }\n': typeof types.PaymentMilestoneFieldsFragmentDoc;
  '\n  fragment ContractFields on Contract {\n    id\n    opportunityId\n    accountId\n    title\n    kind\n    currency\n    signedAt\n    terms\n    sites\n    version\n    createdAt\n    amount {\n      amount\n      currency\n    }\n    account {\n      id\n      name\n      region\n    }\n    opportunity {\n      id\n      name\n    }\n    milestones {\n      ...PaymentMilestoneFields\n    }\n  }\n': typeof types.ContractFieldsFragmentDoc;
  '\n  mutation SetPaymentPlan($contractId: ID!, $input: PaymentPlanInput!, $version: Int!) {\n    setPaymentPlan(contractId: $contractId, input: $input, version: $version) {\n      ...ContractFields\n    }\n  }\n': typeof types.SetPaymentPlanDocument;
  '\n  mutation CheckEvidence($id: ID!, $checked: Boolean!, $note: String) {\n    checkEvidence(id: $id, checked: $checked, note: $note) {\n      ...EvidenceFields\n    }\n  }\n': typeof types.CheckEvidenceDocument;
  '\n  mutation InvoiceMilestone($id: ID!, $version: Int!) {\n    invoiceMilestone(id: $id, version: $version) {\n      ...PaymentMilestoneFields\n    }\n  }\n': typeof types.InvoiceMilestoneDocument;
  '\n  mutation RecordPayment(\n    $milestoneId: ID!\n    $amount: Decimal!\n    $paidAt: LocalDate!\n    $reference: String\n    $idempotencyKey: String!\n  ) {\n    recordPayment(\n      milestoneId: $milestoneId\n      amount: $amount\n      paidAt: $paidAt\n      reference: $reference\n      idempotencyKey: $idempotencyKey\n    ) {\n      id\n      amount\n      paidAt\n      reference\n    }\n  }\n': typeof types.RecordPaymentDocument;
  '\n  query GateChoices($contractId: ID!, $opportunityId: ID!) {\n    contractRuns: processRuns(\n      filter: { subjectType: CONTRACT, subjectId: $contractId }\n      first: 50\n    ) {\n      nodes {\n        ...GateRun\n      }\n    }\n    dealRuns: processRuns(\n      filter: { subjectType: OPPORTUNITY, subjectId: $opportunityId }\n      first: 50\n    ) {\n      nodes {\n        ...GateRun\n      }\n    }\n  }\n\n  fragment GateRun on ProcessRun {\n    id\n    title\n    status\n    template {\n      id\n      name\n    }\n    steps {\n      id\n      position\n      name\n      status\n    }\n  }\n': typeof types.GateChoicesDocument;
  '\n  mutation SetMilestoneGates($milestoneId: ID!, $runStepIds: [ID!]!) {\n    setMilestoneGates(milestoneId: $milestoneId, runStepIds: $runStepIds) {\n      ...PaymentMilestoneFields\n    }\n  }\n': typeof types.SetMilestoneGatesDocument;
  '\n  fragment DeliveryFields on Delivery {\n    id\n    kind\n    channel\n    status\n    reason\n    error\n    attempts\n    subject\n    createdAt\n    sentAt\n    nextAttemptAt\n    holdUntil\n    recipient {\n      id\n      name\n      email\n    }\n    robot {\n      id\n      name\n      platform\n    }\n  }\n': typeof types.DeliveryFieldsFragmentDoc;
  '\n  mutation RetryDelivery($id: ID!) {\n    retryDelivery(id: $id) {\n      ...DeliveryFields\n    }\n  }\n': typeof types.RetryDeliveryDocument;
  '\n  fragment DeliveryRobotFields on DeliveryRobot {\n    id\n    name\n    platform\n    webhookHost\n    signed\n    active\n    version\n    createdAt\n    updatedAt\n  }\n': typeof types.DeliveryRobotFieldsFragmentDoc;
  '\n  query DeliverySettings {\n    deliverySettings {\n      mode\n      smtpHost\n      from\n      publicUrl\n      canStoreSecrets\n      extraRobotHosts\n    }\n  }\n': typeof types.DeliverySettingsDocument;
  '\n  fragment EscalationRuleFields on EscalationRule {\n    id\n    name\n    trigger\n    thresholdHours\n    levels {\n      target\n      afterHours\n      resourceId\n    }\n    active\n    version\n  }\n': typeof types.EscalationRuleFieldsFragmentDoc;
  '\n  fragment EscalationFields on Escalation {\n    id\n    ruleId\n    objectType\n    objectId\n    accountId\n    account {\n      id\n      name\n    }\n    level\n    target\n    targetUserId\n    targetUser {\n      id\n      name\n    }\n    resourceId\n    summary\n    status\n    createdAt\n    resolvedAt\n    rule {\n      id\n      name\n      trigger\n    }\n  }\n': typeof types.EscalationFieldsFragmentDoc;
  '\n  fragment FeedbackFields on Feedback {\n    id\n    accountId\n    account {\n      id\n      name\n    }\n    opportunityId\n    kind\n    severity\n    text\n    reporterId\n    reporter {\n      id\n      name\n    }\n    routedToId\n    routedTo {\n      id\n      name\n    }\n    acknowledgedAt\n    acknowledgedById\n    leadId\n    createdAt\n    minutesToAcknowledge\n    version\n  }\n': typeof types.FeedbackFieldsFragmentDoc;
  '\n  mutation AcknowledgeFeedback($id: ID!) {\n    acknowledgeFeedback(id: $id) {\n      ...FeedbackFields\n    }\n  }\n': typeof types.AcknowledgeFeedbackDocument;
  '\n  mutation FeedbackToLead($id: ID!, $title: String) {\n    feedbackToLead(id: $id, title: $title) {\n      feedback {\n        ...FeedbackFields\n      }\n      lead {\n        id\n        title\n      }\n    }\n  }\n': typeof types.FeedbackToLeadDocument;
  '\n  fragment FunnelStageFields on FunnelStage {\n    id\n    code\n    nameZh\n    nameEn\n    probability\n    position\n    isWon\n    isLost\n    entryCriteria\n    weakness\n    active\n    version\n  }\n': typeof types.FunnelStageFieldsFragmentDoc;
  '\n  fragment HandoverFields on Handover {\n    id\n    fromUserId\n    fromUser {\n      id\n      name\n      status\n    }\n    toUserId\n    toUser {\n      id\n      name\n    }\n    status\n    startedById\n    startedAt\n    doneAt\n    progress {\n      total\n      done\n    }\n    items {\n      id\n      title\n      status\n      playbook\n      due\n      accountId\n      account {\n        id\n        name\n      }\n      opportunityId\n      opportunity {\n        id\n        name\n      }\n      assignee {\n        id\n        name\n      }\n      version\n    }\n  }\n': typeof types.HandoverFieldsFragmentDoc;
  '\n  fragment InternalResourceFields on InternalResource {\n    id\n    name\n    title\n    userId\n    user {\n      id\n      name\n    }\n    level\n    conditions\n    maxPerMonth\n    maxPerQuarter\n    preparation\n    active\n    version\n  }\n': typeof types.InternalResourceFieldsFragmentDoc;
  '\n  fragment LeadFields on Lead {\n    id\n    accountId\n    account {\n      id\n      name\n    }\n    title\n    source\n    scenario\n    spin {\n      situation\n      problem\n      implication\n      needPayoff\n    }\n    budget {\n      confirmed\n      note\n    }\n    authority {\n      confirmed\n      note\n    }\n    need {\n      confirmed\n      note\n    }\n    timing {\n      confirmed\n      note\n    }\n    authorityContactId\n    authorityContact {\n      id\n      name\n      title\n    }\n    status\n    ownerId\n    owner {\n      id\n      name\n    }\n    opportunityId\n    opportunity {\n      id\n      name\n    }\n    overrideReason\n    estimated {\n      amount\n      currency\n    }\n    missingBant\n    createdAt\n    updatedAt\n    version\n  }\n': typeof types.LeadFieldsFragmentDoc;
  '\n  mutation ConvertLead($id: ID!, $input: ConvertLeadInput) {\n    convertLead(id: $id, input: $input) {\n      lead {\n        id\n        status\n        version\n      }\n      opportunity {\n        id\n        name\n      }\n      overridden\n    }\n  }\n': typeof types.ConvertLeadDocument;
  '\n  mutation DisqualifyLead($id: ID!, $reason: String!, $version: Int!) {\n    disqualifyLead(id: $id, reason: $reason, version: $version) {\n      id\n      status\n      version\n    }\n  }\n': typeof types.DisqualifyLeadDocument;
  '\n  fragment OpportunityFields on Opportunity {\n    id\n    accountId\n    account {\n      id\n      name\n    }\n    name\n    currency\n    products\n    expectedCloseDate\n    stageId\n    stage {\n      id\n      code\n      nameZh\n      nameEn\n      probability\n      isWon\n      isLost\n    }\n    stageEnteredAt\n    daysInStage\n    ownerId\n    owner {\n      id\n      name\n    }\n    coachContactId\n    coachContact {\n      id\n      name\n      title\n    }\n    competitors {\n      name\n      strengths\n      weaknesses\n    }\n    team {\n      userId\n      teamRole\n      user {\n        id\n        name\n      }\n    }\n    decisionContacts {\n      contactId\n      role\n      note\n      contact {\n        id\n        name\n        title\n      }\n    }\n    history {\n      id\n      fromStageId\n      toStageId\n      note\n      at\n      actor {\n        id\n        name\n      }\n      fromStage {\n        id\n        nameZh\n        nameEn\n      }\n      toStage {\n        id\n        nameZh\n        nameEn\n      }\n    }\n    leadId\n    lead {\n      id\n      title\n    }\n    closedAt\n    amount {\n      amount\n      currency\n    }\n    weightedAmount {\n      amount\n      currency\n    }\n    contractAmount {\n      amount\n      currency\n    }\n    createdAt\n    updatedAt\n    version\n  }\n': typeof types.OpportunityFieldsFragmentDoc;
  '\n  fragment OrgUnitFields on OrgUnit {\n    id\n    accountId\n    name\n    kind\n    parentId\n    parent {\n      id\n      name\n    }\n    version\n    createdAt\n  }\n': typeof types.OrgUnitFieldsFragmentDoc;
  '\n  fragment OutboxMessageFields on OutboxMessage {\n    id\n    channel\n    address\n    subject\n    text\n    createdAt\n  }\n': typeof types.OutboxMessageFieldsFragmentDoc;
  '\n  fragment PaymentFields on Payment {\n    id\n    milestoneId\n    amount\n    paidAt\n    reference\n    idempotencyKey\n    recordedAt\n    recordedBy {\n      id\n      name\n    }\n    milestone {\n      id\n      kind\n      site\n      currency\n      contractId\n      contract {\n        id\n        title\n        account {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.PaymentFieldsFragmentDoc;
  '\n  fragment ProcessRunFields on ProcessRun {\n    ...ChainRun\n    account {\n      id\n      name\n    }\n    amount\n    productLines\n    subjectType\n    subjectId\n    startedBy {\n      id\n      name\n    }\n  }\n': typeof types.ProcessRunFieldsFragmentDoc;
  '\n  mutation MoveRunStep($id: ID!, $input: MoveRunStepInput!, $version: Int!) {\n    moveRunStep(id: $id, input: $input, version: $version) {\n      id\n      status\n      version\n    }\n  }\n': typeof types.MoveRunStepDocument;
  '\n  fragment ProcessTemplateFields on ProcessTemplate {\n    id\n    accountId\n    account {\n      id\n      name\n    }\n    kind\n    name\n    description\n    version\n    steps {\n      id\n      position\n      name\n      approverContactId\n      approverContact {\n        id\n        name\n      }\n      approverOrgUnitId\n      approverOrgUnit {\n        id\n        name\n      }\n      rule\n      condition\n      typicalDays\n      documentsRequired\n      ownerRole\n      ownerUserId\n      ownerUser {\n        id\n        name\n      }\n    }\n  }\n': typeof types.ProcessTemplateFieldsFragmentDoc;
  '\n  fragment ResourceRequestFields on ResourceRequest {\n    id\n    resourceId\n    resource {\n      id\n      name\n      title\n    }\n    accountId\n    account {\n      id\n      name\n    }\n    opportunityId\n    purpose\n    date\n    status\n    requesterId\n    requester {\n      id\n      name\n    }\n    decidedById\n    decisionNote\n    createdAt\n    version\n  }\n': typeof types.ResourceRequestFieldsFragmentDoc;
  '\n  mutation DecideResourceRequest($id: ID!, $approve: Boolean!, $note: String) {\n    decideResourceRequest(id: $id, approve: $approve, note: $note) {\n      ...ResourceRequestFields\n    }\n  }\n': typeof types.DecideResourceRequestDocument;
  '\n  fragment TargetAdjustmentFields on TargetAdjustment {\n    id\n    targetId\n    userId\n    period\n    fromRevenue\n    toRevenue\n    reason\n    wonAtChange\n    flagged\n    at\n    user {\n      id\n      name\n    }\n    actor {\n      id\n      name\n    }\n  }\n': typeof types.TargetAdjustmentFieldsFragmentDoc;
  '\n  fragment SalesTargetFields on SalesTarget {\n    id\n    userId\n    user {\n      id\n      name\n    }\n    period\n    revenue\n    currency\n    newAccounts\n    renewalRate\n    riskMargin\n    adjustments {\n      ...TargetAdjustmentFields\n    }\n    createdAt\n    updatedAt\n    version\n  }\n': typeof types.SalesTargetFieldsFragmentDoc;
  '\n  mutation AdjustTarget($userId: ID!, $period: Period!, $newValue: Decimal!, $reason: String!) {\n    adjustTarget(userId: $userId, period: $period, newValue: $newValue, reason: $reason) {\n      flagged\n      target {\n        ...SalesTargetFields\n      }\n      adjustment {\n        ...TargetAdjustmentFields\n      }\n    }\n  }\n': typeof types.AdjustTargetDocument;
  '\n  query TargetAdjustments($filter: TargetAdjustmentFilter, $first: Int) {\n    targetAdjustments(filter: $filter, first: $first) {\n      nodes {\n        ...TargetAdjustmentFields\n      }\n      totalCount\n    }\n  }\n': typeof types.TargetAdjustmentsDocument;
  '\n  fragment TaskFields on Task {\n    id\n    accountId\n    account {\n      id\n      name\n    }\n    opportunityId\n    opportunity {\n      id\n      name\n    }\n    planId\n    kind\n    title\n    content\n    qualityRequirement\n    expectedResult\n    resourcesNeeded\n    due\n    assigneeId\n    assignee {\n      id\n      name\n    }\n    requesterId\n    requester {\n      id\n      name\n    }\n    status\n    acknowledgedAt\n    submittedAt\n    submissionNote\n    reviewNotes\n    reviewScore\n    doneAt\n    handoverId\n    playbook\n    overdue\n    createdAt\n    updatedAt\n    version\n    attachments {\n      ...AttachmentFields\n    }\n  }\n': typeof types.TaskFieldsFragmentDoc;
  '\n  mutation AcknowledgeTask($id: ID!, $version: Int!) {\n    acknowledgeTask(id: $id, version: $version) {\n      ...TaskFields\n    }\n  }\n': typeof types.AcknowledgeTaskDocument;
  '\n  mutation StartTask($id: ID!, $version: Int!) {\n    startTask(id: $id, version: $version) {\n      ...TaskFields\n    }\n  }\n': typeof types.StartTaskDocument;
  '\n  mutation SubmitTask($id: ID!, $version: Int!, $note: String) {\n    submitTask(id: $id, version: $version, note: $note) {\n      ...TaskFields\n    }\n  }\n': typeof types.SubmitTaskDocument;
  '\n  mutation ReviewTask($id: ID!, $version: Int!, $input: ReviewTaskInput!) {\n    reviewTask(id: $id, version: $version, input: $input) {\n      ...TaskFields\n    }\n  }\n': typeof types.ReviewTaskDocument;
  '\n  mutation CancelTask($id: ID!, $version: Int!, $reason: String) {\n    cancelTask(id: $id, version: $version, reason: $reason) {\n      ...TaskFields\n    }\n  }\n': typeof types.CancelTaskDocument;
  '\n  fragment UserFields on User {\n    id\n    name\n    email\n    roles\n    status\n    managerId\n    manager {\n      id\n      name\n    }\n    createdAt\n    updatedAt\n    version\n  }\n': typeof types.UserFieldsFragmentDoc;
  '\n  fragment WorkPlanFields on WorkPlan {\n    id\n    accountId\n    account {\n      id\n      name\n    }\n    opportunityId\n    name\n    presentationScore\n    createdById\n    createdAt\n    version\n    tasks {\n      id\n      title\n      status\n      assigneeId\n      assignee {\n        id\n        name\n      }\n      due\n      overdue\n      reviewScore\n    }\n  }\n': typeof types.WorkPlanFieldsFragmentDoc;
  '\n  query PlanReadiness($planId: ID!) {\n    planReadiness(planId: $planId) {\n      complete\n      execution\n      presentation\n      score\n      unassigned {\n        ...PlanTaskFields\n      }\n      unacknowledged {\n        ...PlanTaskFields\n      }\n    }\n  }\n': typeof types.PlanReadinessDocument;
  '\n  fragment PlanTaskFields on Task {\n    id\n    title\n    status\n    due\n    assignee {\n      id\n      name\n    }\n  }\n': typeof types.PlanTaskFieldsFragmentDoc;
  '\n  query WarRoomAccount($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      tier\n      region\n      industry\n      quadrant\n      serviceStage\n      relationshipLevel\n      lifecycleStage\n      owner {\n        id\n        name\n      }\n      team {\n        id\n        teamRole\n        user {\n          id\n          name\n          email\n          status\n        }\n      }\n    }\n  }\n': typeof types.WarRoomAccountDocument;
  '\n  fragment WarRoomKeyContact on Contact {\n    id\n    name\n    title\n    level\n    influence\n    stance\n    buyingRoles\n    orgUnit {\n      id\n      name\n    }\n    relationshipOwner {\n      id\n      name\n    }\n  }\n': typeof types.WarRoomKeyContactFragmentDoc;
  '\n  query WarRoomCoverage($accountId: ID!) {\n    relationshipCoverage(accountId: $accountId) {\n      unitsTotal\n      unitsCovered\n      unitCoverage\n      decisionContactsTotal\n      decisionContactsCovered\n      decisionCoverage\n      contactsTotal\n      contactsCovered\n      uncoveredUnits {\n        id\n        name\n      }\n      uncoveredContacts {\n        id\n        name\n        title\n        level\n      }\n      risingStarsWithoutOwner {\n        id\n        name\n        title\n      }\n      highInfluenceOpponents {\n        id\n        name\n        title\n        stance\n        influence\n      }\n    }\n    decisionMakers: contacts(\n      filter: { accountId: $accountId, buyingRole: DECISION_MAKER, status: ACTIVE }\n      orderBy: [{ field: INFLUENCE, direction: DESC }]\n      first: 20\n    ) {\n      nodes {\n        ...WarRoomKeyContact\n      }\n    }\n    economicBuyers: contacts(\n      filter: { accountId: $accountId, buyingRole: ECONOMIC_BUYER, status: ACTIVE }\n      orderBy: [{ field: INFLUENCE, direction: DESC }]\n      first: 20\n    ) {\n      nodes {\n        ...WarRoomKeyContact\n      }\n    }\n    executives: contacts(\n      filter: { accountId: $accountId, level: EXECUTIVE, status: ACTIVE }\n      orderBy: [{ field: INFLUENCE, direction: DESC }]\n      first: 20\n    ) {\n      nodes {\n        ...WarRoomKeyContact\n      }\n    }\n    decisionLevel: contacts(\n      filter: { accountId: $accountId, level: DECISION, status: ACTIVE }\n      orderBy: [{ field: INFLUENCE, direction: DESC }]\n      first: 20\n    ) {\n      nodes {\n        ...WarRoomKeyContact\n      }\n    }\n  }\n': typeof types.WarRoomCoverageDocument;
  '\n  fragment WarRoomPlan on AccountPlan {\n    id\n    period\n    currency\n    strategy\n    relationshipStage\n    riskMargin\n    updatedAt\n    target {\n      amount\n      currency\n    }\n    milestones {\n      id\n      task\n      due\n      done\n      position\n      floorTarget\n      owner {\n        id\n        name\n      }\n    }\n  }\n': typeof types.WarRoomPlanFragmentDoc;
  '\n  query WarRoomPlans($accountId: ID!) {\n    accountPlans(filter: { accountId: $accountId }, first: 100) {\n      totalCount\n      nodes {\n        ...WarRoomPlan\n      }\n    }\n  }\n': typeof types.WarRoomPlansDocument;
  '\n  fragment WarRoomRun on ProcessRun {\n    id\n    title\n    status\n    steps {\n      id\n      position\n      name\n      status\n      daysInStatus\n      typicalDays\n      blockReason\n      blockerContact {\n        id\n        name\n      }\n    }\n  }\n': typeof types.WarRoomRunFragmentDoc;
  '\n  query WarRoomOpportunities($accountId: ID!) {\n    opportunities(\n      filter: { accountId: $accountId, open: true }\n      orderBy: [{ field: EXPECTED_CLOSE, direction: ASC }]\n      first: 50\n    ) {\n      totalCount\n      nodes {\n        id\n        accountId\n        name\n        currency\n        expectedCloseDate\n        daysInStage\n        chain {\n          daysLate\n          closeAtRisk\n          gaps\n        }\n        amount {\n          amount\n          currency\n        }\n        stage {\n          id\n          nameZh\n          nameEn\n          probability\n          isWon\n          isLost\n        }\n        owner {\n          id\n          name\n        }\n        processRuns {\n          ...WarRoomRun\n        }\n      }\n    }\n  }\n': typeof types.WarRoomOpportunitiesDocument;
  '\n  fragment WarRoomContract on Contract {\n    id\n    title\n    kind\n    signedAt\n    currency\n    amount {\n      amount\n      currency\n    }\n    milestones {\n      id\n      kind\n      site\n      due\n      status\n      amount {\n        amount\n        currency\n      }\n      paid {\n        amount\n        currency\n      }\n      open {\n        amount\n        currency\n      }\n      evidence {\n        id\n        code\n        required\n        checkedAt\n      }\n    }\n  }\n': typeof types.WarRoomContractFragmentDoc;
  '\n  query WarRoomContracts($accountId: ID!) {\n    contracts(filter: { accountId: $accountId }, first: 50) {\n      totalCount\n      nodes {\n        ...WarRoomContract\n      }\n    }\n  }\n': typeof types.WarRoomContractsDocument;
  '\n  fragment WarRoomTimelineEntry on TimelineEntry {\n    id\n    kind\n    at\n    actor {\n      id\n      name\n    }\n    activity {\n      id\n      kind\n      summary\n      nextSteps\n      opportunity {\n        id\n        name\n      }\n      contacts {\n        id\n        name\n      }\n    }\n    stageChange {\n      id\n      note\n      fromStage {\n        nameZh\n        nameEn\n      }\n      toStage {\n        nameZh\n        nameEn\n      }\n      opportunity {\n        id\n        name\n      }\n    }\n    claimAttempt {\n      id\n      claimedName\n      matchedOn\n      claimer {\n        id\n        name\n      }\n      winner {\n        id\n        name\n      }\n    }\n  }\n': typeof types.WarRoomTimelineEntryFragmentDoc;
  '\n  query WarRoomTimeline($accountId: ID!, $first: Int, $after: String) {\n    timeline(accountId: $accountId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...WarRoomTimelineEntry\n      }\n    }\n  }\n': typeof types.WarRoomTimelineDocument;
};
const documents: Documents = {
  '\n  fragment AttachmentFields on Attachment {\n    id\n    fileName\n    contentType\n    size\n    sha256\n    url\n    createdAt\n    uploadedBy {\n      id\n      name\n    }\n  }\n':
    types.AttachmentFieldsFragmentDoc,
  '\n  query AttachmentLimits {\n    attachmentLimits {\n      maxBytes\n      extensions\n    }\n  }\n':
    types.AttachmentLimitsDocument,
  '\n  mutation DeleteAttachment($id: ID!) {\n    deleteAttachment(id: $id) {\n      id\n    }\n  }\n':
    types.DeleteAttachmentDocument,
  '\n  fragment ChainStep on ProcessRunStep {\n    id\n    position\n    name\n    status\n    since\n    typicalDays\n    daysInStatus\n    daysLate\n    version\n    expectedStart\n    expectedFinish\n    startedAt\n    finishedAt\n    outOfOrder\n    unplanned\n    planNote\n    ownerRole\n    owner {\n      id\n      name\n    }\n    gaps\n    blockReason\n    blockerContact {\n      id\n      name\n    }\n    approverContact {\n      id\n      name\n      title\n      stance\n      relationshipOwner {\n        id\n        name\n      }\n    }\n    approverOrgUnit {\n      id\n      name\n    }\n  }\n':
    types.ChainStepFragmentDoc,
  '\n  fragment ChainRun on ProcessRun {\n    id\n    accountId\n    title\n    status\n    startedAt\n    finishedAt\n    forecastFinish\n    baselineFinish\n    varianceDays\n    daysLate\n    currentStep {\n      id\n    }\n    template {\n      id\n      name\n      kind\n      accountId\n    }\n    steps {\n      ...ChainStep\n    }\n    plans {\n      id\n      cause\n      added\n      skipped\n      reopened\n      note\n      at\n    }\n  }\n':
    types.ChainRunFragmentDoc,
  '\n  query DealChain($id: ID!) {\n    opportunity(id: $id) {\n      id\n      accountId\n      name\n      expectedCloseDate\n      chain {\n        daysLate\n        closeAtRisk\n        gaps\n        forecastFinish\n        currentStep {\n          id\n          name\n          expectedFinish\n          owner {\n            id\n            name\n          }\n          approverContact {\n            id\n            name\n          }\n          approverOrgUnit {\n            id\n            name\n          }\n        }\n        runs {\n          ...ChainRun\n        }\n      }\n    }\n    gapTasks: tasks(\n      filter: {\n        opportunityId: $id\n        kind: RELATIONSHIP\n        statuses: [PROPOSED, ACKNOWLEDGED, IN_PROGRESS, SUBMITTED, REWORK]\n      }\n      first: 200\n    ) {\n      nodes {\n        id\n        gapStepId\n        gapKind\n      }\n    }\n  }\n':
    types.DealChainDocument,
  '\n  query ChainTemplates($accountId: ID!) {\n    processTemplates(filter: { accountId: $accountId, includeGlobal: true }, first: 200) {\n      nodes {\n        id\n        name\n        kind\n        accountId\n      }\n    }\n  }\n':
    types.ChainTemplatesDocument,
  '\n  query PlanRun($input: PlanRunInput!) {\n    planRun(input: $input) {\n      subjectName\n      amount\n      productLines\n      region\n      expectedCloseDate\n      template {\n        id\n        name\n        kind\n      }\n      steps {\n        id\n        position\n        name\n        typicalDays\n        ownerRole\n        gaps\n        expectedStart\n        expectedFinish\n        owner {\n          id\n          name\n        }\n        approverContact {\n          id\n          name\n          title\n          stance\n          relationshipOwner {\n            id\n            name\n          }\n        }\n        approverOrgUnit {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.PlanRunDocument,
  '\n  mutation StartProcessRun($input: StartProcessRunInput!) {\n    startProcessRun(input: $input) {\n      id\n      title\n    }\n  }\n':
    types.StartProcessRunDocument,
  '\n  mutation InsertRunStep($runId: ID!, $input: InsertRunStepInput!) {\n    insertRunStep(runId: $runId, input: $input) {\n      id\n      name\n    }\n  }\n':
    types.InsertRunStepDocument,
  '\n  query SalesDesk($thin: Float!, $escalations: EscalationFilterInput!) {\n    blocked: blockedSteps(first: 5) {\n      totalCount\n      nodes {\n        id\n        runId\n        name\n        daysInStatus\n        blockReason\n        blockerContact {\n          name\n        }\n      }\n    }\n    escalations(filter: $escalations, first: 5) {\n      totalCount\n      nodes {\n        id\n        level\n        summary\n        account {\n          id\n          name\n        }\n      }\n    }\n    thin: coverageByAccount(decisionCoverageBelow: $thin, first: 5) {\n      totalCount\n      nodes {\n        accountId\n        decisionCoverage\n        decisionContactsTotal\n        account {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.SalesDeskDocument,
  '\n  query DeskStages {\n    funnelStages {\n      id\n      isWon\n      isLost\n      entryCriteria\n    }\n  }\n':
    types.DeskStagesDocument,
  '\n  query SolutionDesk(\n    $deals: OpportunityFilter!\n    $solution: TaskFilter!\n    $bid: TaskFilter!\n    $trials: ActivityFilter!\n    $gatekeepers: ContactFilter!\n    $needs: FeedbackFilter!\n  ) {\n    deals: opportunities(filter: $deals, first: 5) {\n      totalCount\n      nodes {\n        id\n        name\n        daysInStage\n        stage {\n          nameEn\n          nameZh\n        }\n        account {\n          name\n        }\n      }\n    }\n    solution: tasks(filter: $solution, first: 1) {\n      totalCount\n    }\n    bid: tasks(filter: $bid, first: 1) {\n      totalCount\n    }\n    trials: activities(filter: $trials, first: 1) {\n      totalCount\n    }\n    gatekeepers: contacts(filter: $gatekeepers, first: 8) {\n      totalCount\n      nodes {\n        id\n        name\n        title\n        stance\n        account {\n          id\n          name\n        }\n      }\n    }\n    needs: feedbacks(filter: $needs, first: 1) {\n      totalCount\n    }\n  }\n':
    types.SolutionDeskDocument,
  '\n  query DeliveryDesk(\n    $contracts: ContractFilter!\n    $milestones: MilestoneFilter!\n    $tasks: TaskFilter!\n    $negative: FeedbackFilter!\n  ) {\n    contracts(filter: $contracts, first: 1) {\n      totalCount\n    }\n    milestones: paymentMilestones(filter: $milestones, first: 6) {\n      totalCount\n      nodes {\n        id\n        contractId\n        kind\n        site\n        due\n        status\n        contract {\n          title\n        }\n      }\n    }\n    tasks(filter: $tasks, first: 1) {\n      totalCount\n    }\n    negative: feedbacks(filter: $negative, first: 3) {\n      totalCount\n      nodes {\n        id\n        severity\n        text\n        account {\n          name\n        }\n      }\n    }\n  }\n':
    types.DeliveryDeskDocument,
  '\n  query FinanceDesk($week: PaymentFilter!, $chains: ProcessRunFilter!) {\n    overdue: paymentMilestones(filter: { overdue: true }, first: 8) {\n      totalCount\n      nodes {\n        id\n        contractId\n        kind\n        site\n        due\n        escalationLevel\n        open {\n          amount\n          currency\n        }\n        contract {\n          title\n          account {\n            name\n          }\n        }\n      }\n    }\n    week: paymentTotals(filter: $week) {\n      currency\n      count\n      amount\n    }\n    chains: processRuns(filter: $chains, first: 5) {\n      totalCount\n      nodes {\n        id\n        title\n        account {\n          name\n        }\n        steps {\n          id\n          name\n          status\n          daysInStatus\n        }\n      }\n    }\n  }\n':
    types.FinanceDeskDocument,
  '\n  query ManagerDesk {\n    levels: escalationLevels(filter: { status: OPEN }) {\n      level\n      count\n    }\n    flags: targetAdjustments(filter: { flagged: true }, first: 5) {\n      totalCount\n      nodes {\n        id\n        period\n        fromRevenue\n        toRevenue\n        reason\n        user {\n          name\n        }\n      }\n    }\n    handovers {\n      id\n      status\n      fromUser {\n        name\n      }\n      toUser {\n        name\n      }\n      progress {\n        total\n        done\n      }\n    }\n  }\n':
    types.ManagerDeskDocument,
  '\n  query AdminDesk($today: AuditEventFilter!) {\n    users(first: 1) {\n      totalCount\n    }\n    departed: users(first: 1, filter: { status: DEPARTED }) {\n      totalCount\n    }\n    funnelStages {\n      id\n    }\n    processTemplates(first: 1) {\n      totalCount\n    }\n    internalResources {\n      id\n      active\n    }\n    escalationRules {\n      id\n      active\n    }\n    apiTokens {\n      id\n      revokedAt\n    }\n    audit: auditEvents(filter: $today, first: 8) {\n      totalCount\n      nodes {\n        id\n        action\n        entity\n        at\n        actor {\n          name\n        }\n      }\n    }\n  }\n':
    types.AdminDeskDocument,
  '\n  query Funnel($filter: FunnelFilter) {\n    funnel(filter: $filter) {\n      currency\n      totalDeals\n      openAmount\n      weightedOpenAmount\n      stages {\n        reached\n        amount\n        weightedAmount\n        currentCount\n        currentAmount\n        conversionToNext\n        stage {\n          ...StageRefFields\n        }\n      }\n    }\n  }\n':
    types.FunnelDocument,
  '\n  fragment StageRefFields on FunnelStage {\n    id\n    code\n    nameZh\n    nameEn\n    probability\n    position\n    isWon\n    isLost\n  }\n':
    types.StageRefFieldsFragmentDoc,
  '\n  query FunnelDiagnosis($period: Period) {\n    funnelDiagnosis(period: $period) {\n      teamSize\n      deals\n      weakness\n      reading\n      readingZh\n      training\n      trainingZh\n      owner {\n        id\n        name\n      }\n      weakStage {\n        ...StageRefFields\n      }\n      steps {\n        reached\n        conversion\n        teamMedian\n        relative\n        stage {\n          ...StageRefFields\n        }\n      }\n    }\n  }\n':
    types.FunnelDiagnosisDocument,
  '\n  query AccountMatrix {\n    accountMatrix {\n      cells {\n        quadrant\n        count\n        accounts {\n          id\n          name\n          potential {\n            amount\n          }\n          relationshipLevel\n        }\n      }\n      unclassified\n    }\n  }\n':
    types.AccountMatrixDocument,
  '\n  query PipelineCoverage($period: Period!) {\n    pipelineCoverage(period: $period) {\n      period\n      byOwner {\n        ...CoverageLineFields\n      }\n      byAccount {\n        ...CoverageLineFields\n      }\n    }\n  }\n':
    types.PipelineCoverageDocument,
  '\n  fragment CoverageLineFields on CoverageLine {\n    target\n    won\n    remaining\n    pipeline\n    weightedPipeline\n    coverage\n    weightedCoverage\n    riskMargin\n    belowMargin\n    owner {\n      id\n      name\n    }\n    account {\n      id\n      name\n    }\n  }\n':
    types.CoverageLineFieldsFragmentDoc,
  '\n  query BattleMap($filter: BattleMapFilter) {\n    battleMap(filter: $filter) {\n      contractAmount\n      due\n      paid\n      open\n      overdue\n      nextDue\n      overdueMilestones\n      evidenceChecked\n      evidenceRequired\n      currency\n      contract {\n        id\n        title\n      }\n      account {\n        id\n        name\n      }\n      heldBy {\n        milestone {\n          id\n          kind\n          site\n          due\n        }\n        step {\n          id\n          name\n          status\n          daysLate\n          ownerRole\n          owner {\n            id\n            name\n          }\n          approverContact {\n            id\n            name\n            stance\n            relationshipOwner {\n              id\n              name\n            }\n          }\n          approverOrgUnit {\n            id\n            name\n          }\n          run {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n':
    types.BattleMapDocument,
  '\n  query CollectionAging($groupBy: AgingGroup, $asOf: LocalDate) {\n    collectionAging(groupBy: $groupBy, asOf: $asOf) {\n      key\n      region\n      currency\n      notDue\n      days0to30\n      days31to60\n      days61to90\n      over90\n      outstanding\n      dso\n      account {\n        id\n        name\n      }\n      owner {\n        id\n        name\n      }\n    }\n  }\n':
    types.CollectionAgingDocument,
  '\n  query RevenueSummary($from: Period!, $to: Period!, $granularity: RevenueGranularity) {\n    revenueSummary(from: $from, to: $to, granularity: $granularity, groupBy: NONE) {\n      key\n      periodStart\n      recurring\n      new\n      expansion\n      churned\n      total\n      cumulative\n    }\n  }\n':
    types.RevenueSummaryDocument,
  '\n  query Renewals($dueWithinDays: Int, $first: Int) {\n    renewals(dueWithinDays: $dueWithinDays, first: $first) {\n      nodes {\n        id\n        accountId\n        contractId\n        expectedSignDate\n        status\n        newNeeds\n        amount {\n          amount\n          currency\n        }\n        account {\n          id\n          name\n        }\n      }\n      totalCount\n    }\n  }\n':
    types.RenewalsDocument,
  '\n  query EvidenceMilestones($filter: MilestoneFilter, $first: Int) {\n    paymentMilestones(filter: $filter, first: $first) {\n      nodes {\n        ...PaymentMilestoneFields\n        contract {\n          id\n          title\n          account {\n            id\n            name\n          }\n        }\n      }\n      totalCount\n    }\n  }\n':
    types.EvidenceMilestonesDocument,
  '\n  query FeedbackAckTimes($from: DateTime, $to: DateTime) {\n    feedbackAckTimes(from: $from, to: $to) {\n      reported\n      acknowledged\n      waiting\n      medianMinutes\n      p90Minutes\n      user {\n        id\n        name\n      }\n    }\n  }\n':
    types.FeedbackAckTimesDocument,
  '\n  query NeedsMeToday(\n    $overdue: TaskFilter\n    $today: TaskFilter\n    $tomorrow: TaskFilter\n    $soon: TaskFilter\n  ) {\n    overdue: tasks(filter: $overdue, first: 1) {\n      totalCount\n    }\n    today: tasks(filter: $today, first: 1) {\n      totalCount\n    }\n    tomorrow: tasks(filter: $tomorrow, first: 1) {\n      totalCount\n    }\n    soonest: tasks(filter: $soon, first: 5) {\n      nodes {\n        id\n        title\n        due\n        overdue\n        status\n        account {\n          id\n          name\n        }\n      }\n    }\n    feedback: feedbacks(filter: { mine: true, acknowledged: false }, first: 1) {\n      totalCount\n    }\n  }\n':
    types.NeedsMeTodayDocument,
  '\n  query MyDeliveryPreferences {\n    myDeliveryPreferences {\n      language\n      topics {\n        topic\n        channels\n      }\n      escalationMinLevel\n      quietStart\n      quietEnd\n      timeZone\n      robots {\n        id\n        name\n        platform\n      }\n      isDefault\n    }\n    robotChoices {\n      id\n      name\n      platform\n    }\n  }\n':
    types.MyDeliveryPreferencesDocument,
  '\n  mutation SetMyDeliveryPreferences($input: DeliveryPreferencesInput!) {\n    setMyDeliveryPreferences(input: $input) {\n      isDefault\n    }\n  }\n':
    types.SetMyDeliveryPreferencesDocument,
  '\n  query AccountTeamRobot($id: ID!) {\n    account(id: $id) {\n      id\n      teamRobot {\n        robotId\n        minLevel\n        language\n        robot {\n          id\n          name\n          platform\n        }\n      }\n    }\n    robotChoices {\n      id\n      name\n      platform\n    }\n  }\n':
    types.AccountTeamRobotDocument,
  '\n  mutation SetAccountTeamRobot($accountId: ID!, $input: AccountTeamRobotInput!) {\n    setAccountTeamRobot(accountId: $accountId, input: $input) {\n      robotId\n    }\n  }\n':
    types.SetAccountTeamRobotDocument,
  '\n  mutation RemoveAccountTeamRobot($accountId: ID!) {\n    removeAccountTeamRobot(accountId: $accountId)\n  }\n':
    types.RemoveAccountTeamRobotDocument,
  '\n  fragment NotificationFields on Notification {\n    id\n    userId\n    kind\n    title\n    body\n    entity\n    entityId\n    accountId\n    readAt\n    createdAt\n  }\n':
    types.NotificationFieldsFragmentDoc,
  '\n  query Notifications($first: Int, $unreadOnly: Boolean) {\n    notifications(first: $first, unreadOnly: $unreadOnly) {\n      nodes {\n        ...NotificationFields\n      }\n      totalCount\n    }\n    unreadNotificationCount\n  }\n':
    types.NotificationsDocument,
  '\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n':
    types.UnreadNotificationCountDocument,
  '\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n':
    types.MarkNotificationsReadDocument,
  '\n  query OrgChart($accountId: ID!) {\n    orgChart(accountId: $accountId) {\n      account {\n        id\n        name\n      }\n      units {\n        id\n        name\n        kind\n        parentId\n      }\n      contacts {\n        id\n        name\n        title\n        level\n        orgUnitId\n        reportsToId\n        influence\n        stance\n        coachLevel\n        risingStar\n        status\n        buyingRoles\n        relationshipOwner {\n          id\n          name\n        }\n      }\n      influences {\n        id\n        fromContactId\n        toContactId\n        strength\n        note\n      }\n    }\n    relationshipCoverage(accountId: $accountId) {\n      unitsTotal\n      unitsCovered\n      unitCoverage\n      decisionContactsTotal\n      decisionContactsCovered\n      decisionCoverage\n      uncoveredUnits {\n        id\n        name\n      }\n      risingStarsWithoutOwner {\n        id\n        name\n        title\n      }\n      highInfluenceOpponents {\n        id\n        name\n        title\n        stance\n        influence\n      }\n    }\n  }\n':
    types.OrgChartDocument,
  '\n  fragment BoardCardFields on Opportunity {\n    id\n    name\n    accountId\n    account {\n      id\n      name\n    }\n    stageId\n    daysInStage\n    expectedCloseDate\n    owner {\n      id\n      name\n    }\n    amount {\n      amount\n      currency\n    }\n    version\n  }\n':
    types.BoardCardFieldsFragmentDoc,
  '\n  query Board(\n    $open: OpportunityFilter\n    $closed: OpportunityFilter\n    $openFirst: Int\n    $closedFirst: Int\n  ) {\n    stages: funnelStages {\n      ...FunnelStageFields\n    }\n    open: opportunities(\n      filter: $open\n      first: $openFirst\n      orderBy: [{ field: STAGE_ENTERED_AT, direction: ASC }]\n    ) {\n      nodes {\n        ...BoardCardFields\n      }\n      totalCount\n    }\n    closed: opportunities(\n      filter: $closed\n      first: $closedFirst\n      orderBy: [{ field: UPDATED_AT, direction: DESC }]\n    ) {\n      nodes {\n        ...BoardCardFields\n      }\n      totalCount\n    }\n  }\n':
    types.BoardDocument,
  '\n  mutation MoveOpportunity(\n    $id: ID!\n    $stageId: ID!\n    $version: Int!\n    $note: String\n    $contractAmount: Decimal\n  ) {\n    moveOpportunity(\n      id: $id\n      stageId: $stageId\n      version: $version\n      note: $note\n      contractAmount: $contractAmount\n    ) {\n      ...BoardCardFields\n    }\n  }\n':
    types.MoveOpportunityDocument,
  '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n        email\n        roles\n      }\n    }\n  }\n':
    types.LoginDocument,
  '\n  fragment AccountPlanFields on AccountPlan {\n    id\n    accountId\n    account {\n      id\n      name\n    }\n    period\n    intelligenceSummary\n    currency\n    relationshipStage\n    strategy\n    riskMargin\n    quadrant\n    target {\n      amount\n      currency\n    }\n    potential {\n      amount\n      currency\n    }\n    productTargets {\n      product\n      amount\n    }\n    milestones {\n      id\n      task\n      ownerId\n      owner {\n        id\n        name\n      }\n      due\n      done\n      position\n      floorTarget\n    }\n    createdBy {\n      id\n      name\n    }\n    createdAt\n    updatedAt\n    version\n  }\n':
    types.AccountPlanFieldsFragmentDoc,
  '\n  fragment AccountFields on Account {\n    id\n    name\n    registrationNo\n    industry\n    region\n    tier\n    parentId\n    purchaseMode\n    lifecycleStage\n    potential {\n      amount\n      currency\n    }\n    relationshipLevel\n    quadrant\n    drivers {\n      factor\n      quantity\n      unit\n    }\n    ownerId\n    owner {\n      id\n      name\n      email\n    }\n    parent {\n      id\n      name\n    }\n    children {\n      id\n      name\n      tier\n    }\n    team {\n      id\n      teamRole\n      user {\n        id\n        name\n        email\n      }\n    }\n    createdAt\n    updatedAt\n    version\n  }\n':
    types.AccountFieldsFragmentDoc,
  '\n  fragment ActivityFields on Activity {\n    id\n    accountId\n    account {\n      id\n      name\n    }\n    opportunityId\n    opportunity {\n      id\n      name\n    }\n    kind\n    occurredAt\n    summary\n    nextSteps\n    participantIds\n    participants {\n      id\n      name\n    }\n    contactIds\n    contacts {\n      id\n      name\n      title\n    }\n    createdById\n    createdBy {\n      id\n      name\n    }\n    createdAt\n    version\n  }\n':
    types.ActivityFieldsFragmentDoc,
  '\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    createdById\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    createdBy {\n      id\n      name\n    }\n  }\n':
    types.ApiTokenFieldsFragmentDoc,
  '\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n':
    types.RevokeApiTokenDocument,
  '\n  fragment AuditEventFields on AuditEvent {\n    id\n    actorId\n    actorKind\n    action\n    entity\n    entityId\n    before\n    after\n    requestId\n    at\n    actor {\n      id\n      name\n    }\n  }\n':
    types.AuditEventFieldsFragmentDoc,
  '\n  fragment ContactFields on Contact {\n    id\n    accountId\n    account {\n      id\n      name\n    }\n    orgUnitId\n    orgUnit {\n      id\n      name\n    }\n    name\n    title\n    level\n    reportsToId\n    reportsTo {\n      id\n      name\n    }\n    responsibilities\n    influence\n    stance\n    buyingRoles\n    coachLevel\n    risingStar\n    relationshipOwnerId\n    relationshipOwner {\n      id\n      name\n    }\n    status\n    leftAt\n    notes\n    createdAt\n    updatedAt\n    version\n  }\n':
    types.ContactFieldsFragmentDoc,
  '\n  mutation MarkContactLeft($id: ID!, $version: Int!) {\n    markContactLeft(id: $id, version: $version) {\n      id\n      status\n      leftAt\n      version\n    }\n  }\n':
    types.MarkContactLeftDocument,
  '\n  fragment EvidenceFields on EvidenceItem {\n    id\n    milestoneId\n    code\n    pillar\n    required\n    checkedAt\n    note\n    checkedBy {\n      id\n      name\n    }\n    attachments {\n      ...AttachmentFields\n    }\n  }\n':
    types.EvidenceFieldsFragmentDoc,
  '\n  fragment PaymentMilestoneFields on PaymentMilestone {\n    id\n    contractId\n    accountId\n    position\n    version\n    kind\n    site\n    share\n    currency\n    due\n    stage\n    status\n    invoicedAt\n    paidAt\n    amount {\n      amount\n      currency\n    }\n    paid {\n      amount\n      currency\n    }\n    open {\n      amount\n      currency\n    }\n    evidence {\n      ...EvidenceFields\n    }\n    gates {\n      id\n      name\n      status\n    }\n    waitingOn {\n      id\n      name\n      status\n      daysLate\n      approverContact {\n        id\n        name\n      }\n      approverOrgUnit {\n        id\n        name\n      }\n      owner {\n        id\n        name\n      }\n      run {\n        id\n        title\n      }\n    }\n    payments {\n      id\n      amount\n      paidAt\n      reference\n    }\n  }\n':
    types.PaymentMilestoneFieldsFragmentDoc,
  '\n  fragment ContractFields on Contract {\n    id\n    opportunityId\n    accountId\n    title\n    kind\n    currency\n    signedAt\n    terms\n    sites\n    version\n    createdAt\n    amount {\n      amount\n      currency\n    }\n    account {\n      id\n      name\n      region\n    }\n    opportunity {\n      id\n      name\n    }\n    milestones {\n      ...PaymentMilestoneFields\n    }\n  }\n':
    types.ContractFieldsFragmentDoc,
  '\n  mutation SetPaymentPlan($contractId: ID!, $input: PaymentPlanInput!, $version: Int!) {\n    setPaymentPlan(contractId: $contractId, input: $input, version: $version) {\n      ...ContractFields\n    }\n  }\n':
    types.SetPaymentPlanDocument,
  '\n  mutation CheckEvidence($id: ID!, $checked: Boolean!, $note: String) {\n    checkEvidence(id: $id, checked: $checked, note: $note) {\n      ...EvidenceFields\n    }\n  }\n':
    types.CheckEvidenceDocument,
  '\n  mutation InvoiceMilestone($id: ID!, $version: Int!) {\n    invoiceMilestone(id: $id, version: $version) {\n      ...PaymentMilestoneFields\n    }\n  }\n':
    types.InvoiceMilestoneDocument,
  '\n  mutation RecordPayment(\n    $milestoneId: ID!\n    $amount: Decimal!\n    $paidAt: LocalDate!\n    $reference: String\n    $idempotencyKey: String!\n  ) {\n    recordPayment(\n      milestoneId: $milestoneId\n      amount: $amount\n      paidAt: $paidAt\n      reference: $reference\n      idempotencyKey: $idempotencyKey\n    ) {\n      id\n      amount\n      paidAt\n      reference\n    }\n  }\n':
    types.RecordPaymentDocument,
  '\n  query GateChoices($contractId: ID!, $opportunityId: ID!) {\n    contractRuns: processRuns(\n      filter: { subjectType: CONTRACT, subjectId: $contractId }\n      first: 50\n    ) {\n      nodes {\n        ...GateRun\n      }\n    }\n    dealRuns: processRuns(\n      filter: { subjectType: OPPORTUNITY, subjectId: $opportunityId }\n      first: 50\n    ) {\n      nodes {\n        ...GateRun\n      }\n    }\n  }\n\n  fragment GateRun on ProcessRun {\n    id\n    title\n    status\n    template {\n      id\n      name\n    }\n    steps {\n      id\n      position\n      name\n      status\n    }\n  }\n':
    types.GateChoicesDocument,
  '\n  mutation SetMilestoneGates($milestoneId: ID!, $runStepIds: [ID!]!) {\n    setMilestoneGates(milestoneId: $milestoneId, runStepIds: $runStepIds) {\n      ...PaymentMilestoneFields\n    }\n  }\n':
    types.SetMilestoneGatesDocument,
  '\n  fragment DeliveryFields on Delivery {\n    id\n    kind\n    channel\n    status\n    reason\n    error\n    attempts\n    subject\n    createdAt\n    sentAt\n    nextAttemptAt\n    holdUntil\n    recipient {\n      id\n      name\n      email\n    }\n    robot {\n      id\n      name\n      platform\n    }\n  }\n':
    types.DeliveryFieldsFragmentDoc,
  '\n  mutation RetryDelivery($id: ID!) {\n    retryDelivery(id: $id) {\n      ...DeliveryFields\n    }\n  }\n':
    types.RetryDeliveryDocument,
  '\n  fragment DeliveryRobotFields on DeliveryRobot {\n    id\n    name\n    platform\n    webhookHost\n    signed\n    active\n    version\n    createdAt\n    updatedAt\n  }\n':
    types.DeliveryRobotFieldsFragmentDoc,
  '\n  query DeliverySettings {\n    deliverySettings {\n      mode\n      smtpHost\n      from\n      publicUrl\n      canStoreSecrets\n      extraRobotHosts\n    }\n  }\n':
    types.DeliverySettingsDocument,
  '\n  fragment EscalationRuleFields on EscalationRule {\n    id\n    name\n    trigger\n    thresholdHours\n    levels {\n      target\n      afterHours\n      resourceId\n    }\n    active\n    version\n  }\n':
    types.EscalationRuleFieldsFragmentDoc,
  '\n  fragment EscalationFields on Escalation {\n    id\n    ruleId\n    objectType\n    objectId\n    accountId\n    account {\n      id\n      name\n    }\n    level\n    target\n    targetUserId\n    targetUser {\n      id\n      name\n    }\n    resourceId\n    summary\n    status\n    createdAt\n    resolvedAt\n    rule {\n      id\n      name\n      trigger\n    }\n  }\n':
    types.EscalationFieldsFragmentDoc,
  '\n  fragment FeedbackFields on Feedback {\n    id\n    accountId\n    account {\n      id\n      name\n    }\n    opportunityId\n    kind\n    severity\n    text\n    reporterId\n    reporter {\n      id\n      name\n    }\n    routedToId\n    routedTo {\n      id\n      name\n    }\n    acknowledgedAt\n    acknowledgedById\n    leadId\n    createdAt\n    minutesToAcknowledge\n    version\n  }\n':
    types.FeedbackFieldsFragmentDoc,
  '\n  mutation AcknowledgeFeedback($id: ID!) {\n    acknowledgeFeedback(id: $id) {\n      ...FeedbackFields\n    }\n  }\n':
    types.AcknowledgeFeedbackDocument,
  '\n  mutation FeedbackToLead($id: ID!, $title: String) {\n    feedbackToLead(id: $id, title: $title) {\n      feedback {\n        ...FeedbackFields\n      }\n      lead {\n        id\n        title\n      }\n    }\n  }\n':
    types.FeedbackToLeadDocument,
  '\n  fragment FunnelStageFields on FunnelStage {\n    id\n    code\n    nameZh\n    nameEn\n    probability\n    position\n    isWon\n    isLost\n    entryCriteria\n    weakness\n    active\n    version\n  }\n':
    types.FunnelStageFieldsFragmentDoc,
  '\n  fragment HandoverFields on Handover {\n    id\n    fromUserId\n    fromUser {\n      id\n      name\n      status\n    }\n    toUserId\n    toUser {\n      id\n      name\n    }\n    status\n    startedById\n    startedAt\n    doneAt\n    progress {\n      total\n      done\n    }\n    items {\n      id\n      title\n      status\n      playbook\n      due\n      accountId\n      account {\n        id\n        name\n      }\n      opportunityId\n      opportunity {\n        id\n        name\n      }\n      assignee {\n        id\n        name\n      }\n      version\n    }\n  }\n':
    types.HandoverFieldsFragmentDoc,
  '\n  fragment InternalResourceFields on InternalResource {\n    id\n    name\n    title\n    userId\n    user {\n      id\n      name\n    }\n    level\n    conditions\n    maxPerMonth\n    maxPerQuarter\n    preparation\n    active\n    version\n  }\n':
    types.InternalResourceFieldsFragmentDoc,
  '\n  fragment LeadFields on Lead {\n    id\n    accountId\n    account {\n      id\n      name\n    }\n    title\n    source\n    scenario\n    spin {\n      situation\n      problem\n      implication\n      needPayoff\n    }\n    budget {\n      confirmed\n      note\n    }\n    authority {\n      confirmed\n      note\n    }\n    need {\n      confirmed\n      note\n    }\n    timing {\n      confirmed\n      note\n    }\n    authorityContactId\n    authorityContact {\n      id\n      name\n      title\n    }\n    status\n    ownerId\n    owner {\n      id\n      name\n    }\n    opportunityId\n    opportunity {\n      id\n      name\n    }\n    overrideReason\n    estimated {\n      amount\n      currency\n    }\n    missingBant\n    createdAt\n    updatedAt\n    version\n  }\n':
    types.LeadFieldsFragmentDoc,
  '\n  mutation ConvertLead($id: ID!, $input: ConvertLeadInput) {\n    convertLead(id: $id, input: $input) {\n      lead {\n        id\n        status\n        version\n      }\n      opportunity {\n        id\n        name\n      }\n      overridden\n    }\n  }\n':
    types.ConvertLeadDocument,
  '\n  mutation DisqualifyLead($id: ID!, $reason: String!, $version: Int!) {\n    disqualifyLead(id: $id, reason: $reason, version: $version) {\n      id\n      status\n      version\n    }\n  }\n':
    types.DisqualifyLeadDocument,
  '\n  fragment OpportunityFields on Opportunity {\n    id\n    accountId\n    account {\n      id\n      name\n    }\n    name\n    currency\n    products\n    expectedCloseDate\n    stageId\n    stage {\n      id\n      code\n      nameZh\n      nameEn\n      probability\n      isWon\n      isLost\n    }\n    stageEnteredAt\n    daysInStage\n    ownerId\n    owner {\n      id\n      name\n    }\n    coachContactId\n    coachContact {\n      id\n      name\n      title\n    }\n    competitors {\n      name\n      strengths\n      weaknesses\n    }\n    team {\n      userId\n      teamRole\n      user {\n        id\n        name\n      }\n    }\n    decisionContacts {\n      contactId\n      role\n      note\n      contact {\n        id\n        name\n        title\n      }\n    }\n    history {\n      id\n      fromStageId\n      toStageId\n      note\n      at\n      actor {\n        id\n        name\n      }\n      fromStage {\n        id\n        nameZh\n        nameEn\n      }\n      toStage {\n        id\n        nameZh\n        nameEn\n      }\n    }\n    leadId\n    lead {\n      id\n      title\n    }\n    closedAt\n    amount {\n      amount\n      currency\n    }\n    weightedAmount {\n      amount\n      currency\n    }\n    contractAmount {\n      amount\n      currency\n    }\n    createdAt\n    updatedAt\n    version\n  }\n':
    types.OpportunityFieldsFragmentDoc,
  '\n  fragment OrgUnitFields on OrgUnit {\n    id\n    accountId\n    name\n    kind\n    parentId\n    parent {\n      id\n      name\n    }\n    version\n    createdAt\n  }\n':
    types.OrgUnitFieldsFragmentDoc,
  '\n  fragment OutboxMessageFields on OutboxMessage {\n    id\n    channel\n    address\n    subject\n    text\n    createdAt\n  }\n':
    types.OutboxMessageFieldsFragmentDoc,
  '\n  fragment PaymentFields on Payment {\n    id\n    milestoneId\n    amount\n    paidAt\n    reference\n    idempotencyKey\n    recordedAt\n    recordedBy {\n      id\n      name\n    }\n    milestone {\n      id\n      kind\n      site\n      currency\n      contractId\n      contract {\n        id\n        title\n        account {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.PaymentFieldsFragmentDoc,
  '\n  fragment ProcessRunFields on ProcessRun {\n    ...ChainRun\n    account {\n      id\n      name\n    }\n    amount\n    productLines\n    subjectType\n    subjectId\n    startedBy {\n      id\n      name\n    }\n  }\n':
    types.ProcessRunFieldsFragmentDoc,
  '\n  mutation MoveRunStep($id: ID!, $input: MoveRunStepInput!, $version: Int!) {\n    moveRunStep(id: $id, input: $input, version: $version) {\n      id\n      status\n      version\n    }\n  }\n':
    types.MoveRunStepDocument,
  '\n  fragment ProcessTemplateFields on ProcessTemplate {\n    id\n    accountId\n    account {\n      id\n      name\n    }\n    kind\n    name\n    description\n    version\n    steps {\n      id\n      position\n      name\n      approverContactId\n      approverContact {\n        id\n        name\n      }\n      approverOrgUnitId\n      approverOrgUnit {\n        id\n        name\n      }\n      rule\n      condition\n      typicalDays\n      documentsRequired\n      ownerRole\n      ownerUserId\n      ownerUser {\n        id\n        name\n      }\n    }\n  }\n':
    types.ProcessTemplateFieldsFragmentDoc,
  '\n  fragment ResourceRequestFields on ResourceRequest {\n    id\n    resourceId\n    resource {\n      id\n      name\n      title\n    }\n    accountId\n    account {\n      id\n      name\n    }\n    opportunityId\n    purpose\n    date\n    status\n    requesterId\n    requester {\n      id\n      name\n    }\n    decidedById\n    decisionNote\n    createdAt\n    version\n  }\n':
    types.ResourceRequestFieldsFragmentDoc,
  '\n  mutation DecideResourceRequest($id: ID!, $approve: Boolean!, $note: String) {\n    decideResourceRequest(id: $id, approve: $approve, note: $note) {\n      ...ResourceRequestFields\n    }\n  }\n':
    types.DecideResourceRequestDocument,
  '\n  fragment TargetAdjustmentFields on TargetAdjustment {\n    id\n    targetId\n    userId\n    period\n    fromRevenue\n    toRevenue\n    reason\n    wonAtChange\n    flagged\n    at\n    user {\n      id\n      name\n    }\n    actor {\n      id\n      name\n    }\n  }\n':
    types.TargetAdjustmentFieldsFragmentDoc,
  '\n  fragment SalesTargetFields on SalesTarget {\n    id\n    userId\n    user {\n      id\n      name\n    }\n    period\n    revenue\n    currency\n    newAccounts\n    renewalRate\n    riskMargin\n    adjustments {\n      ...TargetAdjustmentFields\n    }\n    createdAt\n    updatedAt\n    version\n  }\n':
    types.SalesTargetFieldsFragmentDoc,
  '\n  mutation AdjustTarget($userId: ID!, $period: Period!, $newValue: Decimal!, $reason: String!) {\n    adjustTarget(userId: $userId, period: $period, newValue: $newValue, reason: $reason) {\n      flagged\n      target {\n        ...SalesTargetFields\n      }\n      adjustment {\n        ...TargetAdjustmentFields\n      }\n    }\n  }\n':
    types.AdjustTargetDocument,
  '\n  query TargetAdjustments($filter: TargetAdjustmentFilter, $first: Int) {\n    targetAdjustments(filter: $filter, first: $first) {\n      nodes {\n        ...TargetAdjustmentFields\n      }\n      totalCount\n    }\n  }\n':
    types.TargetAdjustmentsDocument,
  '\n  fragment TaskFields on Task {\n    id\n    accountId\n    account {\n      id\n      name\n    }\n    opportunityId\n    opportunity {\n      id\n      name\n    }\n    planId\n    kind\n    title\n    content\n    qualityRequirement\n    expectedResult\n    resourcesNeeded\n    due\n    assigneeId\n    assignee {\n      id\n      name\n    }\n    requesterId\n    requester {\n      id\n      name\n    }\n    status\n    acknowledgedAt\n    submittedAt\n    submissionNote\n    reviewNotes\n    reviewScore\n    doneAt\n    handoverId\n    playbook\n    overdue\n    createdAt\n    updatedAt\n    version\n    attachments {\n      ...AttachmentFields\n    }\n  }\n':
    types.TaskFieldsFragmentDoc,
  '\n  mutation AcknowledgeTask($id: ID!, $version: Int!) {\n    acknowledgeTask(id: $id, version: $version) {\n      ...TaskFields\n    }\n  }\n':
    types.AcknowledgeTaskDocument,
  '\n  mutation StartTask($id: ID!, $version: Int!) {\n    startTask(id: $id, version: $version) {\n      ...TaskFields\n    }\n  }\n':
    types.StartTaskDocument,
  '\n  mutation SubmitTask($id: ID!, $version: Int!, $note: String) {\n    submitTask(id: $id, version: $version, note: $note) {\n      ...TaskFields\n    }\n  }\n':
    types.SubmitTaskDocument,
  '\n  mutation ReviewTask($id: ID!, $version: Int!, $input: ReviewTaskInput!) {\n    reviewTask(id: $id, version: $version, input: $input) {\n      ...TaskFields\n    }\n  }\n':
    types.ReviewTaskDocument,
  '\n  mutation CancelTask($id: ID!, $version: Int!, $reason: String) {\n    cancelTask(id: $id, version: $version, reason: $reason) {\n      ...TaskFields\n    }\n  }\n':
    types.CancelTaskDocument,
  '\n  fragment UserFields on User {\n    id\n    name\n    email\n    roles\n    status\n    managerId\n    manager {\n      id\n      name\n    }\n    createdAt\n    updatedAt\n    version\n  }\n':
    types.UserFieldsFragmentDoc,
  '\n  fragment WorkPlanFields on WorkPlan {\n    id\n    accountId\n    account {\n      id\n      name\n    }\n    opportunityId\n    name\n    presentationScore\n    createdById\n    createdAt\n    version\n    tasks {\n      id\n      title\n      status\n      assigneeId\n      assignee {\n        id\n        name\n      }\n      due\n      overdue\n      reviewScore\n    }\n  }\n':
    types.WorkPlanFieldsFragmentDoc,
  '\n  query PlanReadiness($planId: ID!) {\n    planReadiness(planId: $planId) {\n      complete\n      execution\n      presentation\n      score\n      unassigned {\n        ...PlanTaskFields\n      }\n      unacknowledged {\n        ...PlanTaskFields\n      }\n    }\n  }\n':
    types.PlanReadinessDocument,
  '\n  fragment PlanTaskFields on Task {\n    id\n    title\n    status\n    due\n    assignee {\n      id\n      name\n    }\n  }\n':
    types.PlanTaskFieldsFragmentDoc,
  '\n  query WarRoomAccount($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      tier\n      region\n      industry\n      quadrant\n      serviceStage\n      relationshipLevel\n      lifecycleStage\n      owner {\n        id\n        name\n      }\n      team {\n        id\n        teamRole\n        user {\n          id\n          name\n          email\n          status\n        }\n      }\n    }\n  }\n':
    types.WarRoomAccountDocument,
  '\n  fragment WarRoomKeyContact on Contact {\n    id\n    name\n    title\n    level\n    influence\n    stance\n    buyingRoles\n    orgUnit {\n      id\n      name\n    }\n    relationshipOwner {\n      id\n      name\n    }\n  }\n':
    types.WarRoomKeyContactFragmentDoc,
  '\n  query WarRoomCoverage($accountId: ID!) {\n    relationshipCoverage(accountId: $accountId) {\n      unitsTotal\n      unitsCovered\n      unitCoverage\n      decisionContactsTotal\n      decisionContactsCovered\n      decisionCoverage\n      contactsTotal\n      contactsCovered\n      uncoveredUnits {\n        id\n        name\n      }\n      uncoveredContacts {\n        id\n        name\n        title\n        level\n      }\n      risingStarsWithoutOwner {\n        id\n        name\n        title\n      }\n      highInfluenceOpponents {\n        id\n        name\n        title\n        stance\n        influence\n      }\n    }\n    decisionMakers: contacts(\n      filter: { accountId: $accountId, buyingRole: DECISION_MAKER, status: ACTIVE }\n      orderBy: [{ field: INFLUENCE, direction: DESC }]\n      first: 20\n    ) {\n      nodes {\n        ...WarRoomKeyContact\n      }\n    }\n    economicBuyers: contacts(\n      filter: { accountId: $accountId, buyingRole: ECONOMIC_BUYER, status: ACTIVE }\n      orderBy: [{ field: INFLUENCE, direction: DESC }]\n      first: 20\n    ) {\n      nodes {\n        ...WarRoomKeyContact\n      }\n    }\n    executives: contacts(\n      filter: { accountId: $accountId, level: EXECUTIVE, status: ACTIVE }\n      orderBy: [{ field: INFLUENCE, direction: DESC }]\n      first: 20\n    ) {\n      nodes {\n        ...WarRoomKeyContact\n      }\n    }\n    decisionLevel: contacts(\n      filter: { accountId: $accountId, level: DECISION, status: ACTIVE }\n      orderBy: [{ field: INFLUENCE, direction: DESC }]\n      first: 20\n    ) {\n      nodes {\n        ...WarRoomKeyContact\n      }\n    }\n  }\n':
    types.WarRoomCoverageDocument,
  '\n  fragment WarRoomPlan on AccountPlan {\n    id\n    period\n    currency\n    strategy\n    relationshipStage\n    riskMargin\n    updatedAt\n    target {\n      amount\n      currency\n    }\n    milestones {\n      id\n      task\n      due\n      done\n      position\n      floorTarget\n      owner {\n        id\n        name\n      }\n    }\n  }\n':
    types.WarRoomPlanFragmentDoc,
  '\n  query WarRoomPlans($accountId: ID!) {\n    accountPlans(filter: { accountId: $accountId }, first: 100) {\n      totalCount\n      nodes {\n        ...WarRoomPlan\n      }\n    }\n  }\n':
    types.WarRoomPlansDocument,
  '\n  fragment WarRoomRun on ProcessRun {\n    id\n    title\n    status\n    steps {\n      id\n      position\n      name\n      status\n      daysInStatus\n      typicalDays\n      blockReason\n      blockerContact {\n        id\n        name\n      }\n    }\n  }\n':
    types.WarRoomRunFragmentDoc,
  '\n  query WarRoomOpportunities($accountId: ID!) {\n    opportunities(\n      filter: { accountId: $accountId, open: true }\n      orderBy: [{ field: EXPECTED_CLOSE, direction: ASC }]\n      first: 50\n    ) {\n      totalCount\n      nodes {\n        id\n        accountId\n        name\n        currency\n        expectedCloseDate\n        daysInStage\n        chain {\n          daysLate\n          closeAtRisk\n          gaps\n        }\n        amount {\n          amount\n          currency\n        }\n        stage {\n          id\n          nameZh\n          nameEn\n          probability\n          isWon\n          isLost\n        }\n        owner {\n          id\n          name\n        }\n        processRuns {\n          ...WarRoomRun\n        }\n      }\n    }\n  }\n':
    types.WarRoomOpportunitiesDocument,
  '\n  fragment WarRoomContract on Contract {\n    id\n    title\n    kind\n    signedAt\n    currency\n    amount {\n      amount\n      currency\n    }\n    milestones {\n      id\n      kind\n      site\n      due\n      status\n      amount {\n        amount\n        currency\n      }\n      paid {\n        amount\n        currency\n      }\n      open {\n        amount\n        currency\n      }\n      evidence {\n        id\n        code\n        required\n        checkedAt\n      }\n    }\n  }\n':
    types.WarRoomContractFragmentDoc,
  '\n  query WarRoomContracts($accountId: ID!) {\n    contracts(filter: { accountId: $accountId }, first: 50) {\n      totalCount\n      nodes {\n        ...WarRoomContract\n      }\n    }\n  }\n':
    types.WarRoomContractsDocument,
  '\n  fragment WarRoomTimelineEntry on TimelineEntry {\n    id\n    kind\n    at\n    actor {\n      id\n      name\n    }\n    activity {\n      id\n      kind\n      summary\n      nextSteps\n      opportunity {\n        id\n        name\n      }\n      contacts {\n        id\n        name\n      }\n    }\n    stageChange {\n      id\n      note\n      fromStage {\n        nameZh\n        nameEn\n      }\n      toStage {\n        nameZh\n        nameEn\n      }\n      opportunity {\n        id\n        name\n      }\n    }\n    claimAttempt {\n      id\n      claimedName\n      matchedOn\n      claimer {\n        id\n        name\n      }\n      winner {\n        id\n        name\n      }\n    }\n  }\n':
    types.WarRoomTimelineEntryFragmentDoc,
  '\n  query WarRoomTimeline($accountId: ID!, $first: Int, $after: String) {\n    timeline(accountId: $accountId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...WarRoomTimelineEntry\n      }\n    }\n  }\n':
    types.WarRoomTimelineDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AttachmentFields on Attachment {\n    id\n    fileName\n    contentType\n    size\n    sha256\n    url\n    createdAt\n    uploadedBy {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment AttachmentFields on Attachment {\n    id\n    fileName\n    contentType\n    size\n    sha256\n    url\n    createdAt\n    uploadedBy {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AttachmentLimits {\n    attachmentLimits {\n      maxBytes\n      extensions\n    }\n  }\n',
): (typeof documents)['\n  query AttachmentLimits {\n    attachmentLimits {\n      maxBytes\n      extensions\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeleteAttachment($id: ID!) {\n    deleteAttachment(id: $id) {\n      id\n    }\n  }\n',
): (typeof documents)['\n  mutation DeleteAttachment($id: ID!) {\n    deleteAttachment(id: $id) {\n      id\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ChainStep on ProcessRunStep {\n    id\n    position\n    name\n    status\n    since\n    typicalDays\n    daysInStatus\n    daysLate\n    version\n    expectedStart\n    expectedFinish\n    startedAt\n    finishedAt\n    outOfOrder\n    unplanned\n    planNote\n    ownerRole\n    owner {\n      id\n      name\n    }\n    gaps\n    blockReason\n    blockerContact {\n      id\n      name\n    }\n    approverContact {\n      id\n      name\n      title\n      stance\n      relationshipOwner {\n        id\n        name\n      }\n    }\n    approverOrgUnit {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment ChainStep on ProcessRunStep {\n    id\n    position\n    name\n    status\n    since\n    typicalDays\n    daysInStatus\n    daysLate\n    version\n    expectedStart\n    expectedFinish\n    startedAt\n    finishedAt\n    outOfOrder\n    unplanned\n    planNote\n    ownerRole\n    owner {\n      id\n      name\n    }\n    gaps\n    blockReason\n    blockerContact {\n      id\n      name\n    }\n    approverContact {\n      id\n      name\n      title\n      stance\n      relationshipOwner {\n        id\n        name\n      }\n    }\n    approverOrgUnit {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ChainRun on ProcessRun {\n    id\n    accountId\n    title\n    status\n    startedAt\n    finishedAt\n    forecastFinish\n    baselineFinish\n    varianceDays\n    daysLate\n    currentStep {\n      id\n    }\n    template {\n      id\n      name\n      kind\n      accountId\n    }\n    steps {\n      ...ChainStep\n    }\n    plans {\n      id\n      cause\n      added\n      skipped\n      reopened\n      note\n      at\n    }\n  }\n',
): (typeof documents)['\n  fragment ChainRun on ProcessRun {\n    id\n    accountId\n    title\n    status\n    startedAt\n    finishedAt\n    forecastFinish\n    baselineFinish\n    varianceDays\n    daysLate\n    currentStep {\n      id\n    }\n    template {\n      id\n      name\n      kind\n      accountId\n    }\n    steps {\n      ...ChainStep\n    }\n    plans {\n      id\n      cause\n      added\n      skipped\n      reopened\n      note\n      at\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DealChain($id: ID!) {\n    opportunity(id: $id) {\n      id\n      accountId\n      name\n      expectedCloseDate\n      chain {\n        daysLate\n        closeAtRisk\n        gaps\n        forecastFinish\n        currentStep {\n          id\n          name\n          expectedFinish\n          owner {\n            id\n            name\n          }\n          approverContact {\n            id\n            name\n          }\n          approverOrgUnit {\n            id\n            name\n          }\n        }\n        runs {\n          ...ChainRun\n        }\n      }\n    }\n    gapTasks: tasks(\n      filter: {\n        opportunityId: $id\n        kind: RELATIONSHIP\n        statuses: [PROPOSED, ACKNOWLEDGED, IN_PROGRESS, SUBMITTED, REWORK]\n      }\n      first: 200\n    ) {\n      nodes {\n        id\n        gapStepId\n        gapKind\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DealChain($id: ID!) {\n    opportunity(id: $id) {\n      id\n      accountId\n      name\n      expectedCloseDate\n      chain {\n        daysLate\n        closeAtRisk\n        gaps\n        forecastFinish\n        currentStep {\n          id\n          name\n          expectedFinish\n          owner {\n            id\n            name\n          }\n          approverContact {\n            id\n            name\n          }\n          approverOrgUnit {\n            id\n            name\n          }\n        }\n        runs {\n          ...ChainRun\n        }\n      }\n    }\n    gapTasks: tasks(\n      filter: {\n        opportunityId: $id\n        kind: RELATIONSHIP\n        statuses: [PROPOSED, ACKNOWLEDGED, IN_PROGRESS, SUBMITTED, REWORK]\n      }\n      first: 200\n    ) {\n      nodes {\n        id\n        gapStepId\n        gapKind\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ChainTemplates($accountId: ID!) {\n    processTemplates(filter: { accountId: $accountId, includeGlobal: true }, first: 200) {\n      nodes {\n        id\n        name\n        kind\n        accountId\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ChainTemplates($accountId: ID!) {\n    processTemplates(filter: { accountId: $accountId, includeGlobal: true }, first: 200) {\n      nodes {\n        id\n        name\n        kind\n        accountId\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PlanRun($input: PlanRunInput!) {\n    planRun(input: $input) {\n      subjectName\n      amount\n      productLines\n      region\n      expectedCloseDate\n      template {\n        id\n        name\n        kind\n      }\n      steps {\n        id\n        position\n        name\n        typicalDays\n        ownerRole\n        gaps\n        expectedStart\n        expectedFinish\n        owner {\n          id\n          name\n        }\n        approverContact {\n          id\n          name\n          title\n          stance\n          relationshipOwner {\n            id\n            name\n          }\n        }\n        approverOrgUnit {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PlanRun($input: PlanRunInput!) {\n    planRun(input: $input) {\n      subjectName\n      amount\n      productLines\n      region\n      expectedCloseDate\n      template {\n        id\n        name\n        kind\n      }\n      steps {\n        id\n        position\n        name\n        typicalDays\n        ownerRole\n        gaps\n        expectedStart\n        expectedFinish\n        owner {\n          id\n          name\n        }\n        approverContact {\n          id\n          name\n          title\n          stance\n          relationshipOwner {\n            id\n            name\n          }\n        }\n        approverOrgUnit {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartProcessRun($input: StartProcessRunInput!) {\n    startProcessRun(input: $input) {\n      id\n      title\n    }\n  }\n',
): (typeof documents)['\n  mutation StartProcessRun($input: StartProcessRunInput!) {\n    startProcessRun(input: $input) {\n      id\n      title\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InsertRunStep($runId: ID!, $input: InsertRunStepInput!) {\n    insertRunStep(runId: $runId, input: $input) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  mutation InsertRunStep($runId: ID!, $input: InsertRunStepInput!) {\n    insertRunStep(runId: $runId, input: $input) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SalesDesk($thin: Float!, $escalations: EscalationFilterInput!) {\n    blocked: blockedSteps(first: 5) {\n      totalCount\n      nodes {\n        id\n        runId\n        name\n        daysInStatus\n        blockReason\n        blockerContact {\n          name\n        }\n      }\n    }\n    escalations(filter: $escalations, first: 5) {\n      totalCount\n      nodes {\n        id\n        level\n        summary\n        account {\n          id\n          name\n        }\n      }\n    }\n    thin: coverageByAccount(decisionCoverageBelow: $thin, first: 5) {\n      totalCount\n      nodes {\n        accountId\n        decisionCoverage\n        decisionContactsTotal\n        account {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query SalesDesk($thin: Float!, $escalations: EscalationFilterInput!) {\n    blocked: blockedSteps(first: 5) {\n      totalCount\n      nodes {\n        id\n        runId\n        name\n        daysInStatus\n        blockReason\n        blockerContact {\n          name\n        }\n      }\n    }\n    escalations(filter: $escalations, first: 5) {\n      totalCount\n      nodes {\n        id\n        level\n        summary\n        account {\n          id\n          name\n        }\n      }\n    }\n    thin: coverageByAccount(decisionCoverageBelow: $thin, first: 5) {\n      totalCount\n      nodes {\n        accountId\n        decisionCoverage\n        decisionContactsTotal\n        account {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DeskStages {\n    funnelStages {\n      id\n      isWon\n      isLost\n      entryCriteria\n    }\n  }\n',
): (typeof documents)['\n  query DeskStages {\n    funnelStages {\n      id\n      isWon\n      isLost\n      entryCriteria\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query SolutionDesk(\n    $deals: OpportunityFilter!\n    $solution: TaskFilter!\n    $bid: TaskFilter!\n    $trials: ActivityFilter!\n    $gatekeepers: ContactFilter!\n    $needs: FeedbackFilter!\n  ) {\n    deals: opportunities(filter: $deals, first: 5) {\n      totalCount\n      nodes {\n        id\n        name\n        daysInStage\n        stage {\n          nameEn\n          nameZh\n        }\n        account {\n          name\n        }\n      }\n    }\n    solution: tasks(filter: $solution, first: 1) {\n      totalCount\n    }\n    bid: tasks(filter: $bid, first: 1) {\n      totalCount\n    }\n    trials: activities(filter: $trials, first: 1) {\n      totalCount\n    }\n    gatekeepers: contacts(filter: $gatekeepers, first: 8) {\n      totalCount\n      nodes {\n        id\n        name\n        title\n        stance\n        account {\n          id\n          name\n        }\n      }\n    }\n    needs: feedbacks(filter: $needs, first: 1) {\n      totalCount\n    }\n  }\n',
): (typeof documents)['\n  query SolutionDesk(\n    $deals: OpportunityFilter!\n    $solution: TaskFilter!\n    $bid: TaskFilter!\n    $trials: ActivityFilter!\n    $gatekeepers: ContactFilter!\n    $needs: FeedbackFilter!\n  ) {\n    deals: opportunities(filter: $deals, first: 5) {\n      totalCount\n      nodes {\n        id\n        name\n        daysInStage\n        stage {\n          nameEn\n          nameZh\n        }\n        account {\n          name\n        }\n      }\n    }\n    solution: tasks(filter: $solution, first: 1) {\n      totalCount\n    }\n    bid: tasks(filter: $bid, first: 1) {\n      totalCount\n    }\n    trials: activities(filter: $trials, first: 1) {\n      totalCount\n    }\n    gatekeepers: contacts(filter: $gatekeepers, first: 8) {\n      totalCount\n      nodes {\n        id\n        name\n        title\n        stance\n        account {\n          id\n          name\n        }\n      }\n    }\n    needs: feedbacks(filter: $needs, first: 1) {\n      totalCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DeliveryDesk(\n    $contracts: ContractFilter!\n    $milestones: MilestoneFilter!\n    $tasks: TaskFilter!\n    $negative: FeedbackFilter!\n  ) {\n    contracts(filter: $contracts, first: 1) {\n      totalCount\n    }\n    milestones: paymentMilestones(filter: $milestones, first: 6) {\n      totalCount\n      nodes {\n        id\n        contractId\n        kind\n        site\n        due\n        status\n        contract {\n          title\n        }\n      }\n    }\n    tasks(filter: $tasks, first: 1) {\n      totalCount\n    }\n    negative: feedbacks(filter: $negative, first: 3) {\n      totalCount\n      nodes {\n        id\n        severity\n        text\n        account {\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query DeliveryDesk(\n    $contracts: ContractFilter!\n    $milestones: MilestoneFilter!\n    $tasks: TaskFilter!\n    $negative: FeedbackFilter!\n  ) {\n    contracts(filter: $contracts, first: 1) {\n      totalCount\n    }\n    milestones: paymentMilestones(filter: $milestones, first: 6) {\n      totalCount\n      nodes {\n        id\n        contractId\n        kind\n        site\n        due\n        status\n        contract {\n          title\n        }\n      }\n    }\n    tasks(filter: $tasks, first: 1) {\n      totalCount\n    }\n    negative: feedbacks(filter: $negative, first: 3) {\n      totalCount\n      nodes {\n        id\n        severity\n        text\n        account {\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FinanceDesk($week: PaymentFilter!, $chains: ProcessRunFilter!) {\n    overdue: paymentMilestones(filter: { overdue: true }, first: 8) {\n      totalCount\n      nodes {\n        id\n        contractId\n        kind\n        site\n        due\n        escalationLevel\n        open {\n          amount\n          currency\n        }\n        contract {\n          title\n          account {\n            name\n          }\n        }\n      }\n    }\n    week: paymentTotals(filter: $week) {\n      currency\n      count\n      amount\n    }\n    chains: processRuns(filter: $chains, first: 5) {\n      totalCount\n      nodes {\n        id\n        title\n        account {\n          name\n        }\n        steps {\n          id\n          name\n          status\n          daysInStatus\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FinanceDesk($week: PaymentFilter!, $chains: ProcessRunFilter!) {\n    overdue: paymentMilestones(filter: { overdue: true }, first: 8) {\n      totalCount\n      nodes {\n        id\n        contractId\n        kind\n        site\n        due\n        escalationLevel\n        open {\n          amount\n          currency\n        }\n        contract {\n          title\n          account {\n            name\n          }\n        }\n      }\n    }\n    week: paymentTotals(filter: $week) {\n      currency\n      count\n      amount\n    }\n    chains: processRuns(filter: $chains, first: 5) {\n      totalCount\n      nodes {\n        id\n        title\n        account {\n          name\n        }\n        steps {\n          id\n          name\n          status\n          daysInStatus\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ManagerDesk {\n    levels: escalationLevels(filter: { status: OPEN }) {\n      level\n      count\n    }\n    flags: targetAdjustments(filter: { flagged: true }, first: 5) {\n      totalCount\n      nodes {\n        id\n        period\n        fromRevenue\n        toRevenue\n        reason\n        user {\n          name\n        }\n      }\n    }\n    handovers {\n      id\n      status\n      fromUser {\n        name\n      }\n      toUser {\n        name\n      }\n      progress {\n        total\n        done\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ManagerDesk {\n    levels: escalationLevels(filter: { status: OPEN }) {\n      level\n      count\n    }\n    flags: targetAdjustments(filter: { flagged: true }, first: 5) {\n      totalCount\n      nodes {\n        id\n        period\n        fromRevenue\n        toRevenue\n        reason\n        user {\n          name\n        }\n      }\n    }\n    handovers {\n      id\n      status\n      fromUser {\n        name\n      }\n      toUser {\n        name\n      }\n      progress {\n        total\n        done\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminDesk($today: AuditEventFilter!) {\n    users(first: 1) {\n      totalCount\n    }\n    departed: users(first: 1, filter: { status: DEPARTED }) {\n      totalCount\n    }\n    funnelStages {\n      id\n    }\n    processTemplates(first: 1) {\n      totalCount\n    }\n    internalResources {\n      id\n      active\n    }\n    escalationRules {\n      id\n      active\n    }\n    apiTokens {\n      id\n      revokedAt\n    }\n    audit: auditEvents(filter: $today, first: 8) {\n      totalCount\n      nodes {\n        id\n        action\n        entity\n        at\n        actor {\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdminDesk($today: AuditEventFilter!) {\n    users(first: 1) {\n      totalCount\n    }\n    departed: users(first: 1, filter: { status: DEPARTED }) {\n      totalCount\n    }\n    funnelStages {\n      id\n    }\n    processTemplates(first: 1) {\n      totalCount\n    }\n    internalResources {\n      id\n      active\n    }\n    escalationRules {\n      id\n      active\n    }\n    apiTokens {\n      id\n      revokedAt\n    }\n    audit: auditEvents(filter: $today, first: 8) {\n      totalCount\n      nodes {\n        id\n        action\n        entity\n        at\n        actor {\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Funnel($filter: FunnelFilter) {\n    funnel(filter: $filter) {\n      currency\n      totalDeals\n      openAmount\n      weightedOpenAmount\n      stages {\n        reached\n        amount\n        weightedAmount\n        currentCount\n        currentAmount\n        conversionToNext\n        stage {\n          ...StageRefFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Funnel($filter: FunnelFilter) {\n    funnel(filter: $filter) {\n      currency\n      totalDeals\n      openAmount\n      weightedOpenAmount\n      stages {\n        reached\n        amount\n        weightedAmount\n        currentCount\n        currentAmount\n        conversionToNext\n        stage {\n          ...StageRefFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment StageRefFields on FunnelStage {\n    id\n    code\n    nameZh\n    nameEn\n    probability\n    position\n    isWon\n    isLost\n  }\n',
): (typeof documents)['\n  fragment StageRefFields on FunnelStage {\n    id\n    code\n    nameZh\n    nameEn\n    probability\n    position\n    isWon\n    isLost\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FunnelDiagnosis($period: Period) {\n    funnelDiagnosis(period: $period) {\n      teamSize\n      deals\n      weakness\n      reading\n      readingZh\n      training\n      trainingZh\n      owner {\n        id\n        name\n      }\n      weakStage {\n        ...StageRefFields\n      }\n      steps {\n        reached\n        conversion\n        teamMedian\n        relative\n        stage {\n          ...StageRefFields\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FunnelDiagnosis($period: Period) {\n    funnelDiagnosis(period: $period) {\n      teamSize\n      deals\n      weakness\n      reading\n      readingZh\n      training\n      trainingZh\n      owner {\n        id\n        name\n      }\n      weakStage {\n        ...StageRefFields\n      }\n      steps {\n        reached\n        conversion\n        teamMedian\n        relative\n        stage {\n          ...StageRefFields\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AccountMatrix {\n    accountMatrix {\n      cells {\n        quadrant\n        count\n        accounts {\n          id\n          name\n          potential {\n            amount\n          }\n          relationshipLevel\n        }\n      }\n      unclassified\n    }\n  }\n',
): (typeof documents)['\n  query AccountMatrix {\n    accountMatrix {\n      cells {\n        quadrant\n        count\n        accounts {\n          id\n          name\n          potential {\n            amount\n          }\n          relationshipLevel\n        }\n      }\n      unclassified\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PipelineCoverage($period: Period!) {\n    pipelineCoverage(period: $period) {\n      period\n      byOwner {\n        ...CoverageLineFields\n      }\n      byAccount {\n        ...CoverageLineFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PipelineCoverage($period: Period!) {\n    pipelineCoverage(period: $period) {\n      period\n      byOwner {\n        ...CoverageLineFields\n      }\n      byAccount {\n        ...CoverageLineFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment CoverageLineFields on CoverageLine {\n    target\n    won\n    remaining\n    pipeline\n    weightedPipeline\n    coverage\n    weightedCoverage\n    riskMargin\n    belowMargin\n    owner {\n      id\n      name\n    }\n    account {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment CoverageLineFields on CoverageLine {\n    target\n    won\n    remaining\n    pipeline\n    weightedPipeline\n    coverage\n    weightedCoverage\n    riskMargin\n    belowMargin\n    owner {\n      id\n      name\n    }\n    account {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query BattleMap($filter: BattleMapFilter) {\n    battleMap(filter: $filter) {\n      contractAmount\n      due\n      paid\n      open\n      overdue\n      nextDue\n      overdueMilestones\n      evidenceChecked\n      evidenceRequired\n      currency\n      contract {\n        id\n        title\n      }\n      account {\n        id\n        name\n      }\n      heldBy {\n        milestone {\n          id\n          kind\n          site\n          due\n        }\n        step {\n          id\n          name\n          status\n          daysLate\n          ownerRole\n          owner {\n            id\n            name\n          }\n          approverContact {\n            id\n            name\n            stance\n            relationshipOwner {\n              id\n              name\n            }\n          }\n          approverOrgUnit {\n            id\n            name\n          }\n          run {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query BattleMap($filter: BattleMapFilter) {\n    battleMap(filter: $filter) {\n      contractAmount\n      due\n      paid\n      open\n      overdue\n      nextDue\n      overdueMilestones\n      evidenceChecked\n      evidenceRequired\n      currency\n      contract {\n        id\n        title\n      }\n      account {\n        id\n        name\n      }\n      heldBy {\n        milestone {\n          id\n          kind\n          site\n          due\n        }\n        step {\n          id\n          name\n          status\n          daysLate\n          ownerRole\n          owner {\n            id\n            name\n          }\n          approverContact {\n            id\n            name\n            stance\n            relationshipOwner {\n              id\n              name\n            }\n          }\n          approverOrgUnit {\n            id\n            name\n          }\n          run {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CollectionAging($groupBy: AgingGroup, $asOf: LocalDate) {\n    collectionAging(groupBy: $groupBy, asOf: $asOf) {\n      key\n      region\n      currency\n      notDue\n      days0to30\n      days31to60\n      days61to90\n      over90\n      outstanding\n      dso\n      account {\n        id\n        name\n      }\n      owner {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query CollectionAging($groupBy: AgingGroup, $asOf: LocalDate) {\n    collectionAging(groupBy: $groupBy, asOf: $asOf) {\n      key\n      region\n      currency\n      notDue\n      days0to30\n      days31to60\n      days61to90\n      over90\n      outstanding\n      dso\n      account {\n        id\n        name\n      }\n      owner {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query RevenueSummary($from: Period!, $to: Period!, $granularity: RevenueGranularity) {\n    revenueSummary(from: $from, to: $to, granularity: $granularity, groupBy: NONE) {\n      key\n      periodStart\n      recurring\n      new\n      expansion\n      churned\n      total\n      cumulative\n    }\n  }\n',
): (typeof documents)['\n  query RevenueSummary($from: Period!, $to: Period!, $granularity: RevenueGranularity) {\n    revenueSummary(from: $from, to: $to, granularity: $granularity, groupBy: NONE) {\n      key\n      periodStart\n      recurring\n      new\n      expansion\n      churned\n      total\n      cumulative\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Renewals($dueWithinDays: Int, $first: Int) {\n    renewals(dueWithinDays: $dueWithinDays, first: $first) {\n      nodes {\n        id\n        accountId\n        contractId\n        expectedSignDate\n        status\n        newNeeds\n        amount {\n          amount\n          currency\n        }\n        account {\n          id\n          name\n        }\n      }\n      totalCount\n    }\n  }\n',
): (typeof documents)['\n  query Renewals($dueWithinDays: Int, $first: Int) {\n    renewals(dueWithinDays: $dueWithinDays, first: $first) {\n      nodes {\n        id\n        accountId\n        contractId\n        expectedSignDate\n        status\n        newNeeds\n        amount {\n          amount\n          currency\n        }\n        account {\n          id\n          name\n        }\n      }\n      totalCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query EvidenceMilestones($filter: MilestoneFilter, $first: Int) {\n    paymentMilestones(filter: $filter, first: $first) {\n      nodes {\n        ...PaymentMilestoneFields\n        contract {\n          id\n          title\n          account {\n            id\n            name\n          }\n        }\n      }\n      totalCount\n    }\n  }\n',
): (typeof documents)['\n  query EvidenceMilestones($filter: MilestoneFilter, $first: Int) {\n    paymentMilestones(filter: $filter, first: $first) {\n      nodes {\n        ...PaymentMilestoneFields\n        contract {\n          id\n          title\n          account {\n            id\n            name\n          }\n        }\n      }\n      totalCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query FeedbackAckTimes($from: DateTime, $to: DateTime) {\n    feedbackAckTimes(from: $from, to: $to) {\n      reported\n      acknowledged\n      waiting\n      medianMinutes\n      p90Minutes\n      user {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query FeedbackAckTimes($from: DateTime, $to: DateTime) {\n    feedbackAckTimes(from: $from, to: $to) {\n      reported\n      acknowledged\n      waiting\n      medianMinutes\n      p90Minutes\n      user {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query NeedsMeToday(\n    $overdue: TaskFilter\n    $today: TaskFilter\n    $tomorrow: TaskFilter\n    $soon: TaskFilter\n  ) {\n    overdue: tasks(filter: $overdue, first: 1) {\n      totalCount\n    }\n    today: tasks(filter: $today, first: 1) {\n      totalCount\n    }\n    tomorrow: tasks(filter: $tomorrow, first: 1) {\n      totalCount\n    }\n    soonest: tasks(filter: $soon, first: 5) {\n      nodes {\n        id\n        title\n        due\n        overdue\n        status\n        account {\n          id\n          name\n        }\n      }\n    }\n    feedback: feedbacks(filter: { mine: true, acknowledged: false }, first: 1) {\n      totalCount\n    }\n  }\n',
): (typeof documents)['\n  query NeedsMeToday(\n    $overdue: TaskFilter\n    $today: TaskFilter\n    $tomorrow: TaskFilter\n    $soon: TaskFilter\n  ) {\n    overdue: tasks(filter: $overdue, first: 1) {\n      totalCount\n    }\n    today: tasks(filter: $today, first: 1) {\n      totalCount\n    }\n    tomorrow: tasks(filter: $tomorrow, first: 1) {\n      totalCount\n    }\n    soonest: tasks(filter: $soon, first: 5) {\n      nodes {\n        id\n        title\n        due\n        overdue\n        status\n        account {\n          id\n          name\n        }\n      }\n    }\n    feedback: feedbacks(filter: { mine: true, acknowledged: false }, first: 1) {\n      totalCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyDeliveryPreferences {\n    myDeliveryPreferences {\n      language\n      topics {\n        topic\n        channels\n      }\n      escalationMinLevel\n      quietStart\n      quietEnd\n      timeZone\n      robots {\n        id\n        name\n        platform\n      }\n      isDefault\n    }\n    robotChoices {\n      id\n      name\n      platform\n    }\n  }\n',
): (typeof documents)['\n  query MyDeliveryPreferences {\n    myDeliveryPreferences {\n      language\n      topics {\n        topic\n        channels\n      }\n      escalationMinLevel\n      quietStart\n      quietEnd\n      timeZone\n      robots {\n        id\n        name\n        platform\n      }\n      isDefault\n    }\n    robotChoices {\n      id\n      name\n      platform\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetMyDeliveryPreferences($input: DeliveryPreferencesInput!) {\n    setMyDeliveryPreferences(input: $input) {\n      isDefault\n    }\n  }\n',
): (typeof documents)['\n  mutation SetMyDeliveryPreferences($input: DeliveryPreferencesInput!) {\n    setMyDeliveryPreferences(input: $input) {\n      isDefault\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AccountTeamRobot($id: ID!) {\n    account(id: $id) {\n      id\n      teamRobot {\n        robotId\n        minLevel\n        language\n        robot {\n          id\n          name\n          platform\n        }\n      }\n    }\n    robotChoices {\n      id\n      name\n      platform\n    }\n  }\n',
): (typeof documents)['\n  query AccountTeamRobot($id: ID!) {\n    account(id: $id) {\n      id\n      teamRobot {\n        robotId\n        minLevel\n        language\n        robot {\n          id\n          name\n          platform\n        }\n      }\n    }\n    robotChoices {\n      id\n      name\n      platform\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetAccountTeamRobot($accountId: ID!, $input: AccountTeamRobotInput!) {\n    setAccountTeamRobot(accountId: $accountId, input: $input) {\n      robotId\n    }\n  }\n',
): (typeof documents)['\n  mutation SetAccountTeamRobot($accountId: ID!, $input: AccountTeamRobotInput!) {\n    setAccountTeamRobot(accountId: $accountId, input: $input) {\n      robotId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RemoveAccountTeamRobot($accountId: ID!) {\n    removeAccountTeamRobot(accountId: $accountId)\n  }\n',
): (typeof documents)['\n  mutation RemoveAccountTeamRobot($accountId: ID!) {\n    removeAccountTeamRobot(accountId: $accountId)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment NotificationFields on Notification {\n    id\n    userId\n    kind\n    title\n    body\n    entity\n    entityId\n    accountId\n    readAt\n    createdAt\n  }\n',
): (typeof documents)['\n  fragment NotificationFields on Notification {\n    id\n    userId\n    kind\n    title\n    body\n    entity\n    entityId\n    accountId\n    readAt\n    createdAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Notifications($first: Int, $unreadOnly: Boolean) {\n    notifications(first: $first, unreadOnly: $unreadOnly) {\n      nodes {\n        ...NotificationFields\n      }\n      totalCount\n    }\n    unreadNotificationCount\n  }\n',
): (typeof documents)['\n  query Notifications($first: Int, $unreadOnly: Boolean) {\n    notifications(first: $first, unreadOnly: $unreadOnly) {\n      nodes {\n        ...NotificationFields\n      }\n      totalCount\n    }\n    unreadNotificationCount\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n',
): (typeof documents)['\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n',
): (typeof documents)['\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrgChart($accountId: ID!) {\n    orgChart(accountId: $accountId) {\n      account {\n        id\n        name\n      }\n      units {\n        id\n        name\n        kind\n        parentId\n      }\n      contacts {\n        id\n        name\n        title\n        level\n        orgUnitId\n        reportsToId\n        influence\n        stance\n        coachLevel\n        risingStar\n        status\n        buyingRoles\n        relationshipOwner {\n          id\n          name\n        }\n      }\n      influences {\n        id\n        fromContactId\n        toContactId\n        strength\n        note\n      }\n    }\n    relationshipCoverage(accountId: $accountId) {\n      unitsTotal\n      unitsCovered\n      unitCoverage\n      decisionContactsTotal\n      decisionContactsCovered\n      decisionCoverage\n      uncoveredUnits {\n        id\n        name\n      }\n      risingStarsWithoutOwner {\n        id\n        name\n        title\n      }\n      highInfluenceOpponents {\n        id\n        name\n        title\n        stance\n        influence\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OrgChart($accountId: ID!) {\n    orgChart(accountId: $accountId) {\n      account {\n        id\n        name\n      }\n      units {\n        id\n        name\n        kind\n        parentId\n      }\n      contacts {\n        id\n        name\n        title\n        level\n        orgUnitId\n        reportsToId\n        influence\n        stance\n        coachLevel\n        risingStar\n        status\n        buyingRoles\n        relationshipOwner {\n          id\n          name\n        }\n      }\n      influences {\n        id\n        fromContactId\n        toContactId\n        strength\n        note\n      }\n    }\n    relationshipCoverage(accountId: $accountId) {\n      unitsTotal\n      unitsCovered\n      unitCoverage\n      decisionContactsTotal\n      decisionContactsCovered\n      decisionCoverage\n      uncoveredUnits {\n        id\n        name\n      }\n      risingStarsWithoutOwner {\n        id\n        name\n        title\n      }\n      highInfluenceOpponents {\n        id\n        name\n        title\n        stance\n        influence\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment BoardCardFields on Opportunity {\n    id\n    name\n    accountId\n    account {\n      id\n      name\n    }\n    stageId\n    daysInStage\n    expectedCloseDate\n    owner {\n      id\n      name\n    }\n    amount {\n      amount\n      currency\n    }\n    version\n  }\n',
): (typeof documents)['\n  fragment BoardCardFields on Opportunity {\n    id\n    name\n    accountId\n    account {\n      id\n      name\n    }\n    stageId\n    daysInStage\n    expectedCloseDate\n    owner {\n      id\n      name\n    }\n    amount {\n      amount\n      currency\n    }\n    version\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Board(\n    $open: OpportunityFilter\n    $closed: OpportunityFilter\n    $openFirst: Int\n    $closedFirst: Int\n  ) {\n    stages: funnelStages {\n      ...FunnelStageFields\n    }\n    open: opportunities(\n      filter: $open\n      first: $openFirst\n      orderBy: [{ field: STAGE_ENTERED_AT, direction: ASC }]\n    ) {\n      nodes {\n        ...BoardCardFields\n      }\n      totalCount\n    }\n    closed: opportunities(\n      filter: $closed\n      first: $closedFirst\n      orderBy: [{ field: UPDATED_AT, direction: DESC }]\n    ) {\n      nodes {\n        ...BoardCardFields\n      }\n      totalCount\n    }\n  }\n',
): (typeof documents)['\n  query Board(\n    $open: OpportunityFilter\n    $closed: OpportunityFilter\n    $openFirst: Int\n    $closedFirst: Int\n  ) {\n    stages: funnelStages {\n      ...FunnelStageFields\n    }\n    open: opportunities(\n      filter: $open\n      first: $openFirst\n      orderBy: [{ field: STAGE_ENTERED_AT, direction: ASC }]\n    ) {\n      nodes {\n        ...BoardCardFields\n      }\n      totalCount\n    }\n    closed: opportunities(\n      filter: $closed\n      first: $closedFirst\n      orderBy: [{ field: UPDATED_AT, direction: DESC }]\n    ) {\n      nodes {\n        ...BoardCardFields\n      }\n      totalCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MoveOpportunity(\n    $id: ID!\n    $stageId: ID!\n    $version: Int!\n    $note: String\n    $contractAmount: Decimal\n  ) {\n    moveOpportunity(\n      id: $id\n      stageId: $stageId\n      version: $version\n      note: $note\n      contractAmount: $contractAmount\n    ) {\n      ...BoardCardFields\n    }\n  }\n',
): (typeof documents)['\n  mutation MoveOpportunity(\n    $id: ID!\n    $stageId: ID!\n    $version: Int!\n    $note: String\n    $contractAmount: Decimal\n  ) {\n    moveOpportunity(\n      id: $id\n      stageId: $stageId\n      version: $version\n      note: $note\n      contractAmount: $contractAmount\n    ) {\n      ...BoardCardFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n        email\n        roles\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user {\n        id\n        name\n        email\n        roles\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AccountPlanFields on AccountPlan {\n    id\n    accountId\n    account {\n      id\n      name\n    }\n    period\n    intelligenceSummary\n    currency\n    relationshipStage\n    strategy\n    riskMargin\n    quadrant\n    target {\n      amount\n      currency\n    }\n    potential {\n      amount\n      currency\n    }\n    productTargets {\n      product\n      amount\n    }\n    milestones {\n      id\n      task\n      ownerId\n      owner {\n        id\n        name\n      }\n      due\n      done\n      position\n      floorTarget\n    }\n    createdBy {\n      id\n      name\n    }\n    createdAt\n    updatedAt\n    version\n  }\n',
): (typeof documents)['\n  fragment AccountPlanFields on AccountPlan {\n    id\n    accountId\n    account {\n      id\n      name\n    }\n    period\n    intelligenceSummary\n    currency\n    relationshipStage\n    strategy\n    riskMargin\n    quadrant\n    target {\n      amount\n      currency\n    }\n    potential {\n      amount\n      currency\n    }\n    productTargets {\n      product\n      amount\n    }\n    milestones {\n      id\n      task\n      ownerId\n      owner {\n        id\n        name\n      }\n      due\n      done\n      position\n      floorTarget\n    }\n    createdBy {\n      id\n      name\n    }\n    createdAt\n    updatedAt\n    version\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AccountFields on Account {\n    id\n    name\n    registrationNo\n    industry\n    region\n    tier\n    parentId\n    purchaseMode\n    lifecycleStage\n    potential {\n      amount\n      currency\n    }\n    relationshipLevel\n    quadrant\n    drivers {\n      factor\n      quantity\n      unit\n    }\n    ownerId\n    owner {\n      id\n      name\n      email\n    }\n    parent {\n      id\n      name\n    }\n    children {\n      id\n      name\n      tier\n    }\n    team {\n      id\n      teamRole\n      user {\n        id\n        name\n        email\n      }\n    }\n    createdAt\n    updatedAt\n    version\n  }\n',
): (typeof documents)['\n  fragment AccountFields on Account {\n    id\n    name\n    registrationNo\n    industry\n    region\n    tier\n    parentId\n    purchaseMode\n    lifecycleStage\n    potential {\n      amount\n      currency\n    }\n    relationshipLevel\n    quadrant\n    drivers {\n      factor\n      quantity\n      unit\n    }\n    ownerId\n    owner {\n      id\n      name\n      email\n    }\n    parent {\n      id\n      name\n    }\n    children {\n      id\n      name\n      tier\n    }\n    team {\n      id\n      teamRole\n      user {\n        id\n        name\n        email\n      }\n    }\n    createdAt\n    updatedAt\n    version\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ActivityFields on Activity {\n    id\n    accountId\n    account {\n      id\n      name\n    }\n    opportunityId\n    opportunity {\n      id\n      name\n    }\n    kind\n    occurredAt\n    summary\n    nextSteps\n    participantIds\n    participants {\n      id\n      name\n    }\n    contactIds\n    contacts {\n      id\n      name\n      title\n    }\n    createdById\n    createdBy {\n      id\n      name\n    }\n    createdAt\n    version\n  }\n',
): (typeof documents)['\n  fragment ActivityFields on Activity {\n    id\n    accountId\n    account {\n      id\n      name\n    }\n    opportunityId\n    opportunity {\n      id\n      name\n    }\n    kind\n    occurredAt\n    summary\n    nextSteps\n    participantIds\n    participants {\n      id\n      name\n    }\n    contactIds\n    contacts {\n      id\n      name\n      title\n    }\n    createdById\n    createdBy {\n      id\n      name\n    }\n    createdAt\n    version\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    createdById\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    createdBy {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    createdById\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    createdBy {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n      revokedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment AuditEventFields on AuditEvent {\n    id\n    actorId\n    actorKind\n    action\n    entity\n    entityId\n    before\n    after\n    requestId\n    at\n    actor {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment AuditEventFields on AuditEvent {\n    id\n    actorId\n    actorKind\n    action\n    entity\n    entityId\n    before\n    after\n    requestId\n    at\n    actor {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ContactFields on Contact {\n    id\n    accountId\n    account {\n      id\n      name\n    }\n    orgUnitId\n    orgUnit {\n      id\n      name\n    }\n    name\n    title\n    level\n    reportsToId\n    reportsTo {\n      id\n      name\n    }\n    responsibilities\n    influence\n    stance\n    buyingRoles\n    coachLevel\n    risingStar\n    relationshipOwnerId\n    relationshipOwner {\n      id\n      name\n    }\n    status\n    leftAt\n    notes\n    createdAt\n    updatedAt\n    version\n  }\n',
): (typeof documents)['\n  fragment ContactFields on Contact {\n    id\n    accountId\n    account {\n      id\n      name\n    }\n    orgUnitId\n    orgUnit {\n      id\n      name\n    }\n    name\n    title\n    level\n    reportsToId\n    reportsTo {\n      id\n      name\n    }\n    responsibilities\n    influence\n    stance\n    buyingRoles\n    coachLevel\n    risingStar\n    relationshipOwnerId\n    relationshipOwner {\n      id\n      name\n    }\n    status\n    leftAt\n    notes\n    createdAt\n    updatedAt\n    version\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MarkContactLeft($id: ID!, $version: Int!) {\n    markContactLeft(id: $id, version: $version) {\n      id\n      status\n      leftAt\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation MarkContactLeft($id: ID!, $version: Int!) {\n    markContactLeft(id: $id, version: $version) {\n      id\n      status\n      leftAt\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EvidenceFields on EvidenceItem {\n    id\n    milestoneId\n    code\n    pillar\n    required\n    checkedAt\n    note\n    checkedBy {\n      id\n      name\n    }\n    attachments {\n      ...AttachmentFields\n    }\n  }\n',
): (typeof documents)['\n  fragment EvidenceFields on EvidenceItem {\n    id\n    milestoneId\n    code\n    pillar\n    required\n    checkedAt\n    note\n    checkedBy {\n      id\n      name\n    }\n    attachments {\n      ...AttachmentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PaymentMilestoneFields on PaymentMilestone {\n    id\n    contractId\n    accountId\n    position\n    version\n    kind\n    site\n    share\n    currency\n    due\n    stage\n    status\n    invoicedAt\n    paidAt\n    amount {\n      amount\n      currency\n    }\n    paid {\n      amount\n      currency\n    }\n    open {\n      amount\n      currency\n    }\n    evidence {\n      ...EvidenceFields\n    }\n    gates {\n      id\n      name\n      status\n    }\n    waitingOn {\n      id\n      name\n      status\n      daysLate\n      approverContact {\n        id\n        name\n      }\n      approverOrgUnit {\n        id\n        name\n      }\n      owner {\n        id\n        name\n      }\n      run {\n        id\n        title\n      }\n    }\n    payments {\n      id\n      amount\n      paidAt\n      reference\n    }\n  }\n',
): (typeof documents)['\n  fragment PaymentMilestoneFields on PaymentMilestone {\n    id\n    contractId\n    accountId\n    position\n    version\n    kind\n    site\n    share\n    currency\n    due\n    stage\n    status\n    invoicedAt\n    paidAt\n    amount {\n      amount\n      currency\n    }\n    paid {\n      amount\n      currency\n    }\n    open {\n      amount\n      currency\n    }\n    evidence {\n      ...EvidenceFields\n    }\n    gates {\n      id\n      name\n      status\n    }\n    waitingOn {\n      id\n      name\n      status\n      daysLate\n      approverContact {\n        id\n        name\n      }\n      approverOrgUnit {\n        id\n        name\n      }\n      owner {\n        id\n        name\n      }\n      run {\n        id\n        title\n      }\n    }\n    payments {\n      id\n      amount\n      paidAt\n      reference\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ContractFields on Contract {\n    id\n    opportunityId\n    accountId\n    title\n    kind\n    currency\n    signedAt\n    terms\n    sites\n    version\n    createdAt\n    amount {\n      amount\n      currency\n    }\n    account {\n      id\n      name\n      region\n    }\n    opportunity {\n      id\n      name\n    }\n    milestones {\n      ...PaymentMilestoneFields\n    }\n  }\n',
): (typeof documents)['\n  fragment ContractFields on Contract {\n    id\n    opportunityId\n    accountId\n    title\n    kind\n    currency\n    signedAt\n    terms\n    sites\n    version\n    createdAt\n    amount {\n      amount\n      currency\n    }\n    account {\n      id\n      name\n      region\n    }\n    opportunity {\n      id\n      name\n    }\n    milestones {\n      ...PaymentMilestoneFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetPaymentPlan($contractId: ID!, $input: PaymentPlanInput!, $version: Int!) {\n    setPaymentPlan(contractId: $contractId, input: $input, version: $version) {\n      ...ContractFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetPaymentPlan($contractId: ID!, $input: PaymentPlanInput!, $version: Int!) {\n    setPaymentPlan(contractId: $contractId, input: $input, version: $version) {\n      ...ContractFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CheckEvidence($id: ID!, $checked: Boolean!, $note: String) {\n    checkEvidence(id: $id, checked: $checked, note: $note) {\n      ...EvidenceFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CheckEvidence($id: ID!, $checked: Boolean!, $note: String) {\n    checkEvidence(id: $id, checked: $checked, note: $note) {\n      ...EvidenceFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation InvoiceMilestone($id: ID!, $version: Int!) {\n    invoiceMilestone(id: $id, version: $version) {\n      ...PaymentMilestoneFields\n    }\n  }\n',
): (typeof documents)['\n  mutation InvoiceMilestone($id: ID!, $version: Int!) {\n    invoiceMilestone(id: $id, version: $version) {\n      ...PaymentMilestoneFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RecordPayment(\n    $milestoneId: ID!\n    $amount: Decimal!\n    $paidAt: LocalDate!\n    $reference: String\n    $idempotencyKey: String!\n  ) {\n    recordPayment(\n      milestoneId: $milestoneId\n      amount: $amount\n      paidAt: $paidAt\n      reference: $reference\n      idempotencyKey: $idempotencyKey\n    ) {\n      id\n      amount\n      paidAt\n      reference\n    }\n  }\n',
): (typeof documents)['\n  mutation RecordPayment(\n    $milestoneId: ID!\n    $amount: Decimal!\n    $paidAt: LocalDate!\n    $reference: String\n    $idempotencyKey: String!\n  ) {\n    recordPayment(\n      milestoneId: $milestoneId\n      amount: $amount\n      paidAt: $paidAt\n      reference: $reference\n      idempotencyKey: $idempotencyKey\n    ) {\n      id\n      amount\n      paidAt\n      reference\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query GateChoices($contractId: ID!, $opportunityId: ID!) {\n    contractRuns: processRuns(\n      filter: { subjectType: CONTRACT, subjectId: $contractId }\n      first: 50\n    ) {\n      nodes {\n        ...GateRun\n      }\n    }\n    dealRuns: processRuns(\n      filter: { subjectType: OPPORTUNITY, subjectId: $opportunityId }\n      first: 50\n    ) {\n      nodes {\n        ...GateRun\n      }\n    }\n  }\n\n  fragment GateRun on ProcessRun {\n    id\n    title\n    status\n    template {\n      id\n      name\n    }\n    steps {\n      id\n      position\n      name\n      status\n    }\n  }\n',
): (typeof documents)['\n  query GateChoices($contractId: ID!, $opportunityId: ID!) {\n    contractRuns: processRuns(\n      filter: { subjectType: CONTRACT, subjectId: $contractId }\n      first: 50\n    ) {\n      nodes {\n        ...GateRun\n      }\n    }\n    dealRuns: processRuns(\n      filter: { subjectType: OPPORTUNITY, subjectId: $opportunityId }\n      first: 50\n    ) {\n      nodes {\n        ...GateRun\n      }\n    }\n  }\n\n  fragment GateRun on ProcessRun {\n    id\n    title\n    status\n    template {\n      id\n      name\n    }\n    steps {\n      id\n      position\n      name\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetMilestoneGates($milestoneId: ID!, $runStepIds: [ID!]!) {\n    setMilestoneGates(milestoneId: $milestoneId, runStepIds: $runStepIds) {\n      ...PaymentMilestoneFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SetMilestoneGates($milestoneId: ID!, $runStepIds: [ID!]!) {\n    setMilestoneGates(milestoneId: $milestoneId, runStepIds: $runStepIds) {\n      ...PaymentMilestoneFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DeliveryFields on Delivery {\n    id\n    kind\n    channel\n    status\n    reason\n    error\n    attempts\n    subject\n    createdAt\n    sentAt\n    nextAttemptAt\n    holdUntil\n    recipient {\n      id\n      name\n      email\n    }\n    robot {\n      id\n      name\n      platform\n    }\n  }\n',
): (typeof documents)['\n  fragment DeliveryFields on Delivery {\n    id\n    kind\n    channel\n    status\n    reason\n    error\n    attempts\n    subject\n    createdAt\n    sentAt\n    nextAttemptAt\n    holdUntil\n    recipient {\n      id\n      name\n      email\n    }\n    robot {\n      id\n      name\n      platform\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RetryDelivery($id: ID!) {\n    retryDelivery(id: $id) {\n      ...DeliveryFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RetryDelivery($id: ID!) {\n    retryDelivery(id: $id) {\n      ...DeliveryFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment DeliveryRobotFields on DeliveryRobot {\n    id\n    name\n    platform\n    webhookHost\n    signed\n    active\n    version\n    createdAt\n    updatedAt\n  }\n',
): (typeof documents)['\n  fragment DeliveryRobotFields on DeliveryRobot {\n    id\n    name\n    platform\n    webhookHost\n    signed\n    active\n    version\n    createdAt\n    updatedAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query DeliverySettings {\n    deliverySettings {\n      mode\n      smtpHost\n      from\n      publicUrl\n      canStoreSecrets\n      extraRobotHosts\n    }\n  }\n',
): (typeof documents)['\n  query DeliverySettings {\n    deliverySettings {\n      mode\n      smtpHost\n      from\n      publicUrl\n      canStoreSecrets\n      extraRobotHosts\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EscalationRuleFields on EscalationRule {\n    id\n    name\n    trigger\n    thresholdHours\n    levels {\n      target\n      afterHours\n      resourceId\n    }\n    active\n    version\n  }\n',
): (typeof documents)['\n  fragment EscalationRuleFields on EscalationRule {\n    id\n    name\n    trigger\n    thresholdHours\n    levels {\n      target\n      afterHours\n      resourceId\n    }\n    active\n    version\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment EscalationFields on Escalation {\n    id\n    ruleId\n    objectType\n    objectId\n    accountId\n    account {\n      id\n      name\n    }\n    level\n    target\n    targetUserId\n    targetUser {\n      id\n      name\n    }\n    resourceId\n    summary\n    status\n    createdAt\n    resolvedAt\n    rule {\n      id\n      name\n      trigger\n    }\n  }\n',
): (typeof documents)['\n  fragment EscalationFields on Escalation {\n    id\n    ruleId\n    objectType\n    objectId\n    accountId\n    account {\n      id\n      name\n    }\n    level\n    target\n    targetUserId\n    targetUser {\n      id\n      name\n    }\n    resourceId\n    summary\n    status\n    createdAt\n    resolvedAt\n    rule {\n      id\n      name\n      trigger\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment FeedbackFields on Feedback {\n    id\n    accountId\n    account {\n      id\n      name\n    }\n    opportunityId\n    kind\n    severity\n    text\n    reporterId\n    reporter {\n      id\n      name\n    }\n    routedToId\n    routedTo {\n      id\n      name\n    }\n    acknowledgedAt\n    acknowledgedById\n    leadId\n    createdAt\n    minutesToAcknowledge\n    version\n  }\n',
): (typeof documents)['\n  fragment FeedbackFields on Feedback {\n    id\n    accountId\n    account {\n      id\n      name\n    }\n    opportunityId\n    kind\n    severity\n    text\n    reporterId\n    reporter {\n      id\n      name\n    }\n    routedToId\n    routedTo {\n      id\n      name\n    }\n    acknowledgedAt\n    acknowledgedById\n    leadId\n    createdAt\n    minutesToAcknowledge\n    version\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcknowledgeFeedback($id: ID!) {\n    acknowledgeFeedback(id: $id) {\n      ...FeedbackFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AcknowledgeFeedback($id: ID!) {\n    acknowledgeFeedback(id: $id) {\n      ...FeedbackFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation FeedbackToLead($id: ID!, $title: String) {\n    feedbackToLead(id: $id, title: $title) {\n      feedback {\n        ...FeedbackFields\n      }\n      lead {\n        id\n        title\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation FeedbackToLead($id: ID!, $title: String) {\n    feedbackToLead(id: $id, title: $title) {\n      feedback {\n        ...FeedbackFields\n      }\n      lead {\n        id\n        title\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment FunnelStageFields on FunnelStage {\n    id\n    code\n    nameZh\n    nameEn\n    probability\n    position\n    isWon\n    isLost\n    entryCriteria\n    weakness\n    active\n    version\n  }\n',
): (typeof documents)['\n  fragment FunnelStageFields on FunnelStage {\n    id\n    code\n    nameZh\n    nameEn\n    probability\n    position\n    isWon\n    isLost\n    entryCriteria\n    weakness\n    active\n    version\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment HandoverFields on Handover {\n    id\n    fromUserId\n    fromUser {\n      id\n      name\n      status\n    }\n    toUserId\n    toUser {\n      id\n      name\n    }\n    status\n    startedById\n    startedAt\n    doneAt\n    progress {\n      total\n      done\n    }\n    items {\n      id\n      title\n      status\n      playbook\n      due\n      accountId\n      account {\n        id\n        name\n      }\n      opportunityId\n      opportunity {\n        id\n        name\n      }\n      assignee {\n        id\n        name\n      }\n      version\n    }\n  }\n',
): (typeof documents)['\n  fragment HandoverFields on Handover {\n    id\n    fromUserId\n    fromUser {\n      id\n      name\n      status\n    }\n    toUserId\n    toUser {\n      id\n      name\n    }\n    status\n    startedById\n    startedAt\n    doneAt\n    progress {\n      total\n      done\n    }\n    items {\n      id\n      title\n      status\n      playbook\n      due\n      accountId\n      account {\n        id\n        name\n      }\n      opportunityId\n      opportunity {\n        id\n        name\n      }\n      assignee {\n        id\n        name\n      }\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment InternalResourceFields on InternalResource {\n    id\n    name\n    title\n    userId\n    user {\n      id\n      name\n    }\n    level\n    conditions\n    maxPerMonth\n    maxPerQuarter\n    preparation\n    active\n    version\n  }\n',
): (typeof documents)['\n  fragment InternalResourceFields on InternalResource {\n    id\n    name\n    title\n    userId\n    user {\n      id\n      name\n    }\n    level\n    conditions\n    maxPerMonth\n    maxPerQuarter\n    preparation\n    active\n    version\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment LeadFields on Lead {\n    id\n    accountId\n    account {\n      id\n      name\n    }\n    title\n    source\n    scenario\n    spin {\n      situation\n      problem\n      implication\n      needPayoff\n    }\n    budget {\n      confirmed\n      note\n    }\n    authority {\n      confirmed\n      note\n    }\n    need {\n      confirmed\n      note\n    }\n    timing {\n      confirmed\n      note\n    }\n    authorityContactId\n    authorityContact {\n      id\n      name\n      title\n    }\n    status\n    ownerId\n    owner {\n      id\n      name\n    }\n    opportunityId\n    opportunity {\n      id\n      name\n    }\n    overrideReason\n    estimated {\n      amount\n      currency\n    }\n    missingBant\n    createdAt\n    updatedAt\n    version\n  }\n',
): (typeof documents)['\n  fragment LeadFields on Lead {\n    id\n    accountId\n    account {\n      id\n      name\n    }\n    title\n    source\n    scenario\n    spin {\n      situation\n      problem\n      implication\n      needPayoff\n    }\n    budget {\n      confirmed\n      note\n    }\n    authority {\n      confirmed\n      note\n    }\n    need {\n      confirmed\n      note\n    }\n    timing {\n      confirmed\n      note\n    }\n    authorityContactId\n    authorityContact {\n      id\n      name\n      title\n    }\n    status\n    ownerId\n    owner {\n      id\n      name\n    }\n    opportunityId\n    opportunity {\n      id\n      name\n    }\n    overrideReason\n    estimated {\n      amount\n      currency\n    }\n    missingBant\n    createdAt\n    updatedAt\n    version\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ConvertLead($id: ID!, $input: ConvertLeadInput) {\n    convertLead(id: $id, input: $input) {\n      lead {\n        id\n        status\n        version\n      }\n      opportunity {\n        id\n        name\n      }\n      overridden\n    }\n  }\n',
): (typeof documents)['\n  mutation ConvertLead($id: ID!, $input: ConvertLeadInput) {\n    convertLead(id: $id, input: $input) {\n      lead {\n        id\n        status\n        version\n      }\n      opportunity {\n        id\n        name\n      }\n      overridden\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DisqualifyLead($id: ID!, $reason: String!, $version: Int!) {\n    disqualifyLead(id: $id, reason: $reason, version: $version) {\n      id\n      status\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation DisqualifyLead($id: ID!, $reason: String!, $version: Int!) {\n    disqualifyLead(id: $id, reason: $reason, version: $version) {\n      id\n      status\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OpportunityFields on Opportunity {\n    id\n    accountId\n    account {\n      id\n      name\n    }\n    name\n    currency\n    products\n    expectedCloseDate\n    stageId\n    stage {\n      id\n      code\n      nameZh\n      nameEn\n      probability\n      isWon\n      isLost\n    }\n    stageEnteredAt\n    daysInStage\n    ownerId\n    owner {\n      id\n      name\n    }\n    coachContactId\n    coachContact {\n      id\n      name\n      title\n    }\n    competitors {\n      name\n      strengths\n      weaknesses\n    }\n    team {\n      userId\n      teamRole\n      user {\n        id\n        name\n      }\n    }\n    decisionContacts {\n      contactId\n      role\n      note\n      contact {\n        id\n        name\n        title\n      }\n    }\n    history {\n      id\n      fromStageId\n      toStageId\n      note\n      at\n      actor {\n        id\n        name\n      }\n      fromStage {\n        id\n        nameZh\n        nameEn\n      }\n      toStage {\n        id\n        nameZh\n        nameEn\n      }\n    }\n    leadId\n    lead {\n      id\n      title\n    }\n    closedAt\n    amount {\n      amount\n      currency\n    }\n    weightedAmount {\n      amount\n      currency\n    }\n    contractAmount {\n      amount\n      currency\n    }\n    createdAt\n    updatedAt\n    version\n  }\n',
): (typeof documents)['\n  fragment OpportunityFields on Opportunity {\n    id\n    accountId\n    account {\n      id\n      name\n    }\n    name\n    currency\n    products\n    expectedCloseDate\n    stageId\n    stage {\n      id\n      code\n      nameZh\n      nameEn\n      probability\n      isWon\n      isLost\n    }\n    stageEnteredAt\n    daysInStage\n    ownerId\n    owner {\n      id\n      name\n    }\n    coachContactId\n    coachContact {\n      id\n      name\n      title\n    }\n    competitors {\n      name\n      strengths\n      weaknesses\n    }\n    team {\n      userId\n      teamRole\n      user {\n        id\n        name\n      }\n    }\n    decisionContacts {\n      contactId\n      role\n      note\n      contact {\n        id\n        name\n        title\n      }\n    }\n    history {\n      id\n      fromStageId\n      toStageId\n      note\n      at\n      actor {\n        id\n        name\n      }\n      fromStage {\n        id\n        nameZh\n        nameEn\n      }\n      toStage {\n        id\n        nameZh\n        nameEn\n      }\n    }\n    leadId\n    lead {\n      id\n      title\n    }\n    closedAt\n    amount {\n      amount\n      currency\n    }\n    weightedAmount {\n      amount\n      currency\n    }\n    contractAmount {\n      amount\n      currency\n    }\n    createdAt\n    updatedAt\n    version\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OrgUnitFields on OrgUnit {\n    id\n    accountId\n    name\n    kind\n    parentId\n    parent {\n      id\n      name\n    }\n    version\n    createdAt\n  }\n',
): (typeof documents)['\n  fragment OrgUnitFields on OrgUnit {\n    id\n    accountId\n    name\n    kind\n    parentId\n    parent {\n      id\n      name\n    }\n    version\n    createdAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment OutboxMessageFields on OutboxMessage {\n    id\n    channel\n    address\n    subject\n    text\n    createdAt\n  }\n',
): (typeof documents)['\n  fragment OutboxMessageFields on OutboxMessage {\n    id\n    channel\n    address\n    subject\n    text\n    createdAt\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PaymentFields on Payment {\n    id\n    milestoneId\n    amount\n    paidAt\n    reference\n    idempotencyKey\n    recordedAt\n    recordedBy {\n      id\n      name\n    }\n    milestone {\n      id\n      kind\n      site\n      currency\n      contractId\n      contract {\n        id\n        title\n        account {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment PaymentFields on Payment {\n    id\n    milestoneId\n    amount\n    paidAt\n    reference\n    idempotencyKey\n    recordedAt\n    recordedBy {\n      id\n      name\n    }\n    milestone {\n      id\n      kind\n      site\n      currency\n      contractId\n      contract {\n        id\n        title\n        account {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProcessRunFields on ProcessRun {\n    ...ChainRun\n    account {\n      id\n      name\n    }\n    amount\n    productLines\n    subjectType\n    subjectId\n    startedBy {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment ProcessRunFields on ProcessRun {\n    ...ChainRun\n    account {\n      id\n      name\n    }\n    amount\n    productLines\n    subjectType\n    subjectId\n    startedBy {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation MoveRunStep($id: ID!, $input: MoveRunStepInput!, $version: Int!) {\n    moveRunStep(id: $id, input: $input, version: $version) {\n      id\n      status\n      version\n    }\n  }\n',
): (typeof documents)['\n  mutation MoveRunStep($id: ID!, $input: MoveRunStepInput!, $version: Int!) {\n    moveRunStep(id: $id, input: $input, version: $version) {\n      id\n      status\n      version\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ProcessTemplateFields on ProcessTemplate {\n    id\n    accountId\n    account {\n      id\n      name\n    }\n    kind\n    name\n    description\n    version\n    steps {\n      id\n      position\n      name\n      approverContactId\n      approverContact {\n        id\n        name\n      }\n      approverOrgUnitId\n      approverOrgUnit {\n        id\n        name\n      }\n      rule\n      condition\n      typicalDays\n      documentsRequired\n      ownerRole\n      ownerUserId\n      ownerUser {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment ProcessTemplateFields on ProcessTemplate {\n    id\n    accountId\n    account {\n      id\n      name\n    }\n    kind\n    name\n    description\n    version\n    steps {\n      id\n      position\n      name\n      approverContactId\n      approverContact {\n        id\n        name\n      }\n      approverOrgUnitId\n      approverOrgUnit {\n        id\n        name\n      }\n      rule\n      condition\n      typicalDays\n      documentsRequired\n      ownerRole\n      ownerUserId\n      ownerUser {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment ResourceRequestFields on ResourceRequest {\n    id\n    resourceId\n    resource {\n      id\n      name\n      title\n    }\n    accountId\n    account {\n      id\n      name\n    }\n    opportunityId\n    purpose\n    date\n    status\n    requesterId\n    requester {\n      id\n      name\n    }\n    decidedById\n    decisionNote\n    createdAt\n    version\n  }\n',
): (typeof documents)['\n  fragment ResourceRequestFields on ResourceRequest {\n    id\n    resourceId\n    resource {\n      id\n      name\n      title\n    }\n    accountId\n    account {\n      id\n      name\n    }\n    opportunityId\n    purpose\n    date\n    status\n    requesterId\n    requester {\n      id\n      name\n    }\n    decidedById\n    decisionNote\n    createdAt\n    version\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DecideResourceRequest($id: ID!, $approve: Boolean!, $note: String) {\n    decideResourceRequest(id: $id, approve: $approve, note: $note) {\n      ...ResourceRequestFields\n    }\n  }\n',
): (typeof documents)['\n  mutation DecideResourceRequest($id: ID!, $approve: Boolean!, $note: String) {\n    decideResourceRequest(id: $id, approve: $approve, note: $note) {\n      ...ResourceRequestFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TargetAdjustmentFields on TargetAdjustment {\n    id\n    targetId\n    userId\n    period\n    fromRevenue\n    toRevenue\n    reason\n    wonAtChange\n    flagged\n    at\n    user {\n      id\n      name\n    }\n    actor {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment TargetAdjustmentFields on TargetAdjustment {\n    id\n    targetId\n    userId\n    period\n    fromRevenue\n    toRevenue\n    reason\n    wonAtChange\n    flagged\n    at\n    user {\n      id\n      name\n    }\n    actor {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment SalesTargetFields on SalesTarget {\n    id\n    userId\n    user {\n      id\n      name\n    }\n    period\n    revenue\n    currency\n    newAccounts\n    renewalRate\n    riskMargin\n    adjustments {\n      ...TargetAdjustmentFields\n    }\n    createdAt\n    updatedAt\n    version\n  }\n',
): (typeof documents)['\n  fragment SalesTargetFields on SalesTarget {\n    id\n    userId\n    user {\n      id\n      name\n    }\n    period\n    revenue\n    currency\n    newAccounts\n    renewalRate\n    riskMargin\n    adjustments {\n      ...TargetAdjustmentFields\n    }\n    createdAt\n    updatedAt\n    version\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AdjustTarget($userId: ID!, $period: Period!, $newValue: Decimal!, $reason: String!) {\n    adjustTarget(userId: $userId, period: $period, newValue: $newValue, reason: $reason) {\n      flagged\n      target {\n        ...SalesTargetFields\n      }\n      adjustment {\n        ...TargetAdjustmentFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation AdjustTarget($userId: ID!, $period: Period!, $newValue: Decimal!, $reason: String!) {\n    adjustTarget(userId: $userId, period: $period, newValue: $newValue, reason: $reason) {\n      flagged\n      target {\n        ...SalesTargetFields\n      }\n      adjustment {\n        ...TargetAdjustmentFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query TargetAdjustments($filter: TargetAdjustmentFilter, $first: Int) {\n    targetAdjustments(filter: $filter, first: $first) {\n      nodes {\n        ...TargetAdjustmentFields\n      }\n      totalCount\n    }\n  }\n',
): (typeof documents)['\n  query TargetAdjustments($filter: TargetAdjustmentFilter, $first: Int) {\n    targetAdjustments(filter: $filter, first: $first) {\n      nodes {\n        ...TargetAdjustmentFields\n      }\n      totalCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment TaskFields on Task {\n    id\n    accountId\n    account {\n      id\n      name\n    }\n    opportunityId\n    opportunity {\n      id\n      name\n    }\n    planId\n    kind\n    title\n    content\n    qualityRequirement\n    expectedResult\n    resourcesNeeded\n    due\n    assigneeId\n    assignee {\n      id\n      name\n    }\n    requesterId\n    requester {\n      id\n      name\n    }\n    status\n    acknowledgedAt\n    submittedAt\n    submissionNote\n    reviewNotes\n    reviewScore\n    doneAt\n    handoverId\n    playbook\n    overdue\n    createdAt\n    updatedAt\n    version\n    attachments {\n      ...AttachmentFields\n    }\n  }\n',
): (typeof documents)['\n  fragment TaskFields on Task {\n    id\n    accountId\n    account {\n      id\n      name\n    }\n    opportunityId\n    opportunity {\n      id\n      name\n    }\n    planId\n    kind\n    title\n    content\n    qualityRequirement\n    expectedResult\n    resourcesNeeded\n    due\n    assigneeId\n    assignee {\n      id\n      name\n    }\n    requesterId\n    requester {\n      id\n      name\n    }\n    status\n    acknowledgedAt\n    submittedAt\n    submissionNote\n    reviewNotes\n    reviewScore\n    doneAt\n    handoverId\n    playbook\n    overdue\n    createdAt\n    updatedAt\n    version\n    attachments {\n      ...AttachmentFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation AcknowledgeTask($id: ID!, $version: Int!) {\n    acknowledgeTask(id: $id, version: $version) {\n      ...TaskFields\n    }\n  }\n',
): (typeof documents)['\n  mutation AcknowledgeTask($id: ID!, $version: Int!) {\n    acknowledgeTask(id: $id, version: $version) {\n      ...TaskFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartTask($id: ID!, $version: Int!) {\n    startTask(id: $id, version: $version) {\n      ...TaskFields\n    }\n  }\n',
): (typeof documents)['\n  mutation StartTask($id: ID!, $version: Int!) {\n    startTask(id: $id, version: $version) {\n      ...TaskFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitTask($id: ID!, $version: Int!, $note: String) {\n    submitTask(id: $id, version: $version, note: $note) {\n      ...TaskFields\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitTask($id: ID!, $version: Int!, $note: String) {\n    submitTask(id: $id, version: $version, note: $note) {\n      ...TaskFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReviewTask($id: ID!, $version: Int!, $input: ReviewTaskInput!) {\n    reviewTask(id: $id, version: $version, input: $input) {\n      ...TaskFields\n    }\n  }\n',
): (typeof documents)['\n  mutation ReviewTask($id: ID!, $version: Int!, $input: ReviewTaskInput!) {\n    reviewTask(id: $id, version: $version, input: $input) {\n      ...TaskFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CancelTask($id: ID!, $version: Int!, $reason: String) {\n    cancelTask(id: $id, version: $version, reason: $reason) {\n      ...TaskFields\n    }\n  }\n',
): (typeof documents)['\n  mutation CancelTask($id: ID!, $version: Int!, $reason: String) {\n    cancelTask(id: $id, version: $version, reason: $reason) {\n      ...TaskFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment UserFields on User {\n    id\n    name\n    email\n    roles\n    status\n    managerId\n    manager {\n      id\n      name\n    }\n    createdAt\n    updatedAt\n    version\n  }\n',
): (typeof documents)['\n  fragment UserFields on User {\n    id\n    name\n    email\n    roles\n    status\n    managerId\n    manager {\n      id\n      name\n    }\n    createdAt\n    updatedAt\n    version\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment WorkPlanFields on WorkPlan {\n    id\n    accountId\n    account {\n      id\n      name\n    }\n    opportunityId\n    name\n    presentationScore\n    createdById\n    createdAt\n    version\n    tasks {\n      id\n      title\n      status\n      assigneeId\n      assignee {\n        id\n        name\n      }\n      due\n      overdue\n      reviewScore\n    }\n  }\n',
): (typeof documents)['\n  fragment WorkPlanFields on WorkPlan {\n    id\n    accountId\n    account {\n      id\n      name\n    }\n    opportunityId\n    name\n    presentationScore\n    createdById\n    createdAt\n    version\n    tasks {\n      id\n      title\n      status\n      assigneeId\n      assignee {\n        id\n        name\n      }\n      due\n      overdue\n      reviewScore\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query PlanReadiness($planId: ID!) {\n    planReadiness(planId: $planId) {\n      complete\n      execution\n      presentation\n      score\n      unassigned {\n        ...PlanTaskFields\n      }\n      unacknowledged {\n        ...PlanTaskFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query PlanReadiness($planId: ID!) {\n    planReadiness(planId: $planId) {\n      complete\n      execution\n      presentation\n      score\n      unassigned {\n        ...PlanTaskFields\n      }\n      unacknowledged {\n        ...PlanTaskFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment PlanTaskFields on Task {\n    id\n    title\n    status\n    due\n    assignee {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment PlanTaskFields on Task {\n    id\n    title\n    status\n    due\n    assignee {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WarRoomAccount($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      tier\n      region\n      industry\n      quadrant\n      serviceStage\n      relationshipLevel\n      lifecycleStage\n      owner {\n        id\n        name\n      }\n      team {\n        id\n        teamRole\n        user {\n          id\n          name\n          email\n          status\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WarRoomAccount($id: ID!) {\n    account(id: $id) {\n      id\n      name\n      tier\n      region\n      industry\n      quadrant\n      serviceStage\n      relationshipLevel\n      lifecycleStage\n      owner {\n        id\n        name\n      }\n      team {\n        id\n        teamRole\n        user {\n          id\n          name\n          email\n          status\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment WarRoomKeyContact on Contact {\n    id\n    name\n    title\n    level\n    influence\n    stance\n    buyingRoles\n    orgUnit {\n      id\n      name\n    }\n    relationshipOwner {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  fragment WarRoomKeyContact on Contact {\n    id\n    name\n    title\n    level\n    influence\n    stance\n    buyingRoles\n    orgUnit {\n      id\n      name\n    }\n    relationshipOwner {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WarRoomCoverage($accountId: ID!) {\n    relationshipCoverage(accountId: $accountId) {\n      unitsTotal\n      unitsCovered\n      unitCoverage\n      decisionContactsTotal\n      decisionContactsCovered\n      decisionCoverage\n      contactsTotal\n      contactsCovered\n      uncoveredUnits {\n        id\n        name\n      }\n      uncoveredContacts {\n        id\n        name\n        title\n        level\n      }\n      risingStarsWithoutOwner {\n        id\n        name\n        title\n      }\n      highInfluenceOpponents {\n        id\n        name\n        title\n        stance\n        influence\n      }\n    }\n    decisionMakers: contacts(\n      filter: { accountId: $accountId, buyingRole: DECISION_MAKER, status: ACTIVE }\n      orderBy: [{ field: INFLUENCE, direction: DESC }]\n      first: 20\n    ) {\n      nodes {\n        ...WarRoomKeyContact\n      }\n    }\n    economicBuyers: contacts(\n      filter: { accountId: $accountId, buyingRole: ECONOMIC_BUYER, status: ACTIVE }\n      orderBy: [{ field: INFLUENCE, direction: DESC }]\n      first: 20\n    ) {\n      nodes {\n        ...WarRoomKeyContact\n      }\n    }\n    executives: contacts(\n      filter: { accountId: $accountId, level: EXECUTIVE, status: ACTIVE }\n      orderBy: [{ field: INFLUENCE, direction: DESC }]\n      first: 20\n    ) {\n      nodes {\n        ...WarRoomKeyContact\n      }\n    }\n    decisionLevel: contacts(\n      filter: { accountId: $accountId, level: DECISION, status: ACTIVE }\n      orderBy: [{ field: INFLUENCE, direction: DESC }]\n      first: 20\n    ) {\n      nodes {\n        ...WarRoomKeyContact\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WarRoomCoverage($accountId: ID!) {\n    relationshipCoverage(accountId: $accountId) {\n      unitsTotal\n      unitsCovered\n      unitCoverage\n      decisionContactsTotal\n      decisionContactsCovered\n      decisionCoverage\n      contactsTotal\n      contactsCovered\n      uncoveredUnits {\n        id\n        name\n      }\n      uncoveredContacts {\n        id\n        name\n        title\n        level\n      }\n      risingStarsWithoutOwner {\n        id\n        name\n        title\n      }\n      highInfluenceOpponents {\n        id\n        name\n        title\n        stance\n        influence\n      }\n    }\n    decisionMakers: contacts(\n      filter: { accountId: $accountId, buyingRole: DECISION_MAKER, status: ACTIVE }\n      orderBy: [{ field: INFLUENCE, direction: DESC }]\n      first: 20\n    ) {\n      nodes {\n        ...WarRoomKeyContact\n      }\n    }\n    economicBuyers: contacts(\n      filter: { accountId: $accountId, buyingRole: ECONOMIC_BUYER, status: ACTIVE }\n      orderBy: [{ field: INFLUENCE, direction: DESC }]\n      first: 20\n    ) {\n      nodes {\n        ...WarRoomKeyContact\n      }\n    }\n    executives: contacts(\n      filter: { accountId: $accountId, level: EXECUTIVE, status: ACTIVE }\n      orderBy: [{ field: INFLUENCE, direction: DESC }]\n      first: 20\n    ) {\n      nodes {\n        ...WarRoomKeyContact\n      }\n    }\n    decisionLevel: contacts(\n      filter: { accountId: $accountId, level: DECISION, status: ACTIVE }\n      orderBy: [{ field: INFLUENCE, direction: DESC }]\n      first: 20\n    ) {\n      nodes {\n        ...WarRoomKeyContact\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment WarRoomPlan on AccountPlan {\n    id\n    period\n    currency\n    strategy\n    relationshipStage\n    riskMargin\n    updatedAt\n    target {\n      amount\n      currency\n    }\n    milestones {\n      id\n      task\n      due\n      done\n      position\n      floorTarget\n      owner {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment WarRoomPlan on AccountPlan {\n    id\n    period\n    currency\n    strategy\n    relationshipStage\n    riskMargin\n    updatedAt\n    target {\n      amount\n      currency\n    }\n    milestones {\n      id\n      task\n      due\n      done\n      position\n      floorTarget\n      owner {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WarRoomPlans($accountId: ID!) {\n    accountPlans(filter: { accountId: $accountId }, first: 100) {\n      totalCount\n      nodes {\n        ...WarRoomPlan\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WarRoomPlans($accountId: ID!) {\n    accountPlans(filter: { accountId: $accountId }, first: 100) {\n      totalCount\n      nodes {\n        ...WarRoomPlan\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment WarRoomRun on ProcessRun {\n    id\n    title\n    status\n    steps {\n      id\n      position\n      name\n      status\n      daysInStatus\n      typicalDays\n      blockReason\n      blockerContact {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment WarRoomRun on ProcessRun {\n    id\n    title\n    status\n    steps {\n      id\n      position\n      name\n      status\n      daysInStatus\n      typicalDays\n      blockReason\n      blockerContact {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WarRoomOpportunities($accountId: ID!) {\n    opportunities(\n      filter: { accountId: $accountId, open: true }\n      orderBy: [{ field: EXPECTED_CLOSE, direction: ASC }]\n      first: 50\n    ) {\n      totalCount\n      nodes {\n        id\n        accountId\n        name\n        currency\n        expectedCloseDate\n        daysInStage\n        chain {\n          daysLate\n          closeAtRisk\n          gaps\n        }\n        amount {\n          amount\n          currency\n        }\n        stage {\n          id\n          nameZh\n          nameEn\n          probability\n          isWon\n          isLost\n        }\n        owner {\n          id\n          name\n        }\n        processRuns {\n          ...WarRoomRun\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WarRoomOpportunities($accountId: ID!) {\n    opportunities(\n      filter: { accountId: $accountId, open: true }\n      orderBy: [{ field: EXPECTED_CLOSE, direction: ASC }]\n      first: 50\n    ) {\n      totalCount\n      nodes {\n        id\n        accountId\n        name\n        currency\n        expectedCloseDate\n        daysInStage\n        chain {\n          daysLate\n          closeAtRisk\n          gaps\n        }\n        amount {\n          amount\n          currency\n        }\n        stage {\n          id\n          nameZh\n          nameEn\n          probability\n          isWon\n          isLost\n        }\n        owner {\n          id\n          name\n        }\n        processRuns {\n          ...WarRoomRun\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment WarRoomContract on Contract {\n    id\n    title\n    kind\n    signedAt\n    currency\n    amount {\n      amount\n      currency\n    }\n    milestones {\n      id\n      kind\n      site\n      due\n      status\n      amount {\n        amount\n        currency\n      }\n      paid {\n        amount\n        currency\n      }\n      open {\n        amount\n        currency\n      }\n      evidence {\n        id\n        code\n        required\n        checkedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment WarRoomContract on Contract {\n    id\n    title\n    kind\n    signedAt\n    currency\n    amount {\n      amount\n      currency\n    }\n    milestones {\n      id\n      kind\n      site\n      due\n      status\n      amount {\n        amount\n        currency\n      }\n      paid {\n        amount\n        currency\n      }\n      open {\n        amount\n        currency\n      }\n      evidence {\n        id\n        code\n        required\n        checkedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WarRoomContracts($accountId: ID!) {\n    contracts(filter: { accountId: $accountId }, first: 50) {\n      totalCount\n      nodes {\n        ...WarRoomContract\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WarRoomContracts($accountId: ID!) {\n    contracts(filter: { accountId: $accountId }, first: 50) {\n      totalCount\n      nodes {\n        ...WarRoomContract\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment WarRoomTimelineEntry on TimelineEntry {\n    id\n    kind\n    at\n    actor {\n      id\n      name\n    }\n    activity {\n      id\n      kind\n      summary\n      nextSteps\n      opportunity {\n        id\n        name\n      }\n      contacts {\n        id\n        name\n      }\n    }\n    stageChange {\n      id\n      note\n      fromStage {\n        nameZh\n        nameEn\n      }\n      toStage {\n        nameZh\n        nameEn\n      }\n      opportunity {\n        id\n        name\n      }\n    }\n    claimAttempt {\n      id\n      claimedName\n      matchedOn\n      claimer {\n        id\n        name\n      }\n      winner {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment WarRoomTimelineEntry on TimelineEntry {\n    id\n    kind\n    at\n    actor {\n      id\n      name\n    }\n    activity {\n      id\n      kind\n      summary\n      nextSteps\n      opportunity {\n        id\n        name\n      }\n      contacts {\n        id\n        name\n      }\n    }\n    stageChange {\n      id\n      note\n      fromStage {\n        nameZh\n        nameEn\n      }\n      toStage {\n        nameZh\n        nameEn\n      }\n      opportunity {\n        id\n        name\n      }\n    }\n    claimAttempt {\n      id\n      claimedName\n      matchedOn\n      claimer {\n        id\n        name\n      }\n      winner {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query WarRoomTimeline($accountId: ID!, $first: Int, $after: String) {\n    timeline(accountId: $accountId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...WarRoomTimelineEntry\n      }\n    }\n  }\n',
): (typeof documents)['\n  query WarRoomTimeline($accountId: ID!, $first: Int, $after: String) {\n    timeline(accountId: $accountId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...WarRoomTimelineEntry\n      }\n    }\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
