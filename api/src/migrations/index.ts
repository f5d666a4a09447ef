import { Foundation1795590955531 } from './1795590955531-Foundation';
import { CustomerMap1795593820844 } from './1795593820844-CustomerMap';
import { Pipeline1795602561535 } from './1795602561535-Pipeline';
import { Execution1795606111511 } from './1795606111511-Execution';
import { Collections1795607048131 } from './1795607048131-Collections';
import { PaymentOverdue1795607900000 } from './1795607900000-PaymentOverdue';
import { Success1795607997464 } from './1795607997464-Success';
import { OpportunityKind1795609491567 } from './1795609491567-OpportunityKind';
import { LoginThrottle1795610865195 } from './1795610865195-LoginThrottle';
import { Dashboards1795612799222 } from './1795612799222-Dashboards';
import { BenchIndexes1796174068010 } from './1796174068010-BenchIndexes';
import { CredentialNotify1796174068011 } from './1796174068011-CredentialNotify';
import { RowLevelSecurity1796174068012 } from './1796174068012-RowLevelSecurity';
import { RowLevelSecurityOnce1796174068013 } from './1796174068013-RowLevelSecurityOnce';
import { RowLevelSecurityHashed1796174068014 } from './1796174068014-RowLevelSecurityHashed';
import { SessionsEnd1796300000000 } from './1796300000000-SessionsEnd';
import { AccountNameCollisions1796300000001 } from './1796300000001-AccountNameCollisions';
import { CustomersChain1796300000002 } from './1796300000002-CustomersChain';
import { Delivery1796400000000 } from './1796400000000-Delivery';

/** Every migration in order. Never edit one that has been committed: add a new one. */
export const MIGRATIONS = [
  Foundation1795590955531,
  CustomerMap1795593820844,
  Pipeline1795602561535,
  Execution1795606111511,
  Collections1795607048131,
  PaymentOverdue1795607900000,
  Success1795607997464,
  OpportunityKind1795609491567,
  LoginThrottle1795610865195,
  Dashboards1795612799222,
  BenchIndexes1796174068010,
  CredentialNotify1796174068011,
  RowLevelSecurity1796174068012,
  RowLevelSecurityOnce1796174068013,
  RowLevelSecurityHashed1796174068014,
  SessionsEnd1796300000000,
  AccountNameCollisions1796300000001,
  CustomersChain1796300000002,
  Delivery1796400000000,
];
