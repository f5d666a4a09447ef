import type DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Account } from '../modules/accounts/account.entity';
import type { AccountTeamMember } from '../modules/accounts/account-team-member.entity';
import { createAccountLoaders } from '../modules/accounts/account.loader';
import type { Contact } from '../modules/customer-org/contact.entity';
import { createCustomerOrgLoaders } from '../modules/customer-org/customer-org.loader';
import type { OrgUnit } from '../modules/customer-org/org-unit.entity';
import type { User } from '../modules/identity/user.entity';
import { createProcessLoaders } from '../modules/processes/processes.loader';
import { createPipelineLoaders } from '../modules/pipeline/pipeline.loader';
import { createEscalationLoaders } from '../modules/escalations/escalations.loader';
import { createCollectionLoaders } from '../modules/collections/collections.loader';
import { createUserLoader } from '../modules/identity/user.loader';
import { createDeliveryLoaders } from '../modules/delivery/delivery.loader';
import type { AccountScope } from '../modules/accounts/account-scope';

export interface Loaders {
  userById: DataLoader<string, User | null>;
  /** Only accounts in the caller's scope; others load as null. */
  accountById: DataLoader<string, Account | null>;
  childrenByAccountId: DataLoader<string, Account[]>;
  teamByAccountId: DataLoader<string, AccountTeamMember[]>;
  /** Only contacts and units of accounts in the caller's scope. */
  contactById: DataLoader<string, Contact | null>;
  orgUnitById: DataLoader<string, OrgUnit | null>;
  processes: ReturnType<typeof createProcessLoaders>;
  pipeline: ReturnType<typeof createPipelineLoaders>;
  escalations: ReturnType<typeof createEscalationLoaders>;
  collections: ReturnType<typeof createCollectionLoaders>;
  delivery: ReturnType<typeof createDeliveryLoaders>;
}

/**
 * Fresh loaders for every request, built from the caller's scope: a cache never
 * crosses users. Each loader is created on first use.
 */
export function createLoaders(db: DataSource, scope: () => Promise<AccountScope>): Loaders {
  let accounts: ReturnType<typeof createAccountLoaders> | undefined;
  const accountLoaders = () => (accounts ??= createAccountLoaders(db, scope));
  let users: DataLoader<string, User | null> | undefined;
  let customerOrg: ReturnType<typeof createCustomerOrgLoaders> | undefined;
  const customerOrgLoaders = () => (customerOrg ??= createCustomerOrgLoaders(db, scope));
  let processes: ReturnType<typeof createProcessLoaders> | undefined;
  let pipeline: ReturnType<typeof createPipelineLoaders> | undefined;
  let escalations: ReturnType<typeof createEscalationLoaders> | undefined;
  let collections: ReturnType<typeof createCollectionLoaders> | undefined;
  let delivery: ReturnType<typeof createDeliveryLoaders> | undefined;
  return {
    get userById() {
      return (users ??= createUserLoader(db));
    },
    get accountById() {
      return accountLoaders().accountById;
    },
    get childrenByAccountId() {
      return accountLoaders().childrenByAccountId;
    },
    get teamByAccountId() {
      return accountLoaders().teamByAccountId;
    },
    get contactById() {
      return customerOrgLoaders().contactById;
    },
    get orgUnitById() {
      return customerOrgLoaders().orgUnitById;
    },
    get processes() {
      return (processes ??= createProcessLoaders(db, scope));
    },
    get pipeline() {
      return (pipeline ??= createPipelineLoaders(db, scope));
    },
    get escalations() {
      return (escalations ??= createEscalationLoaders(db));
    },
    get collections() {
      return (collections ??= createCollectionLoaders(db));
    },
    get delivery() {
      return (delivery ??= createDeliveryLoaders(db));
    },
  };
}
