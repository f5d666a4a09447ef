import { auditActionText } from '../i18n/audit-action';
import { formatTime } from '../formats/dates';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { useApi } from '../providers/api';
import { tokenStatus } from '../resources/api-tokens/token-status';
import { CountRow, CountTile } from './CountTile';
import { adminDesk } from './desks';
import { ADMIN_DESK } from './desks.graphql';
import { DeskList } from './DeskList';
import { WidgetCard } from './WidgetCard';

/** The administrator's desk: what is configured, who has access, and today's audit trail. */
export function AdminDeskWidget() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const desk = useMemo(() => adminDesk(new Date()), []);
  const api = useApi();
  const { data, isPending, error } = useQuery({
    queryKey: ['desk', 'admin'],
    queryFn: () => api.query(ADMIN_DESK, desk.variables),
  });
  const links = desk.links;
  return (
    <WidgetCard
      title="trident.desk.admin"
      testId="admin-desk"
      isPending={isPending}
      error={error}
      empty={false}
    >
      {data && (
        <>
          <CountRow>
            <CountTile
              value={data.users.totalCount}
              label="trident.desk.users"
              to={links.users}
              testId="count-users"
              caption={translate('trident.desk.departed', { n: data.departed.totalCount })}
            />
            <CountTile
              value={data.funnelStages.length}
              label="trident.desk.funnel_stages"
              to={links.funnelStages}
              testId="count-funnel-stages"
            />
            <CountTile
              value={data.processTemplates.totalCount}
              label="trident.desk.process_templates"
              to={links.processTemplates}
              testId="count-process-templates"
            />
            <CountTile
              value={data.internalResources.filter((r) => r.active).length}
              label="trident.desk.internal_resources"
              to={links.internalResources}
              testId="count-internal-resources"
            />
            <CountTile
              value={data.escalationRules.filter((r) => r.active).length}
              label="trident.desk.escalation_rules"
              to={links.escalationRules}
              testId="count-escalation-rules"
            />
            <CountTile
              value={data.apiTokens.filter((t) => tokenStatus(t) === 'active').length}
              label="trident.desk.api_tokens"
              to={links.apiTokens}
              testId="count-api-tokens"
            />
            <CountTile
              value={data.audit.totalCount}
              label="trident.desk.audit_today"
              to={links.audit}
              testId="count-audit-today"
            />
          </CountRow>
          <DeskList
            title="trident.desk.audit_today"
            items={data.audit.nodes.map((event) => ({
              key: event.id,
              to: links.audit,
              primary: auditActionText(event.action, translate),
              secondary: `${event.actor?.name ?? translate('trident.desk.system')} · ${formatTime(event.at, locale)}`,
            }))}
          />
        </>
      )}
    </WidgetCard>
  );
}
