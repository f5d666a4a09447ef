import {
  APPROVAL_RULES,
  DEAL_TEAM_ROLES,
  type ApprovalRule,
  type DealTeamRole,
} from '@trident/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { sqlList } from '../../graphql/enum-of';
import { Contact } from '../customer-org/contact.entity';
import { OrgUnit } from '../customer-org/org-unit.entity';
import { DealTeamRoleEnum } from '../pipeline/pipeline.enums';
import { User } from '../identity/user.entity';
import { ApprovalRuleEnum } from './processes.enums';
import { ProcessTemplate } from './process-template.entity';

/** One ordered step of a template: who approves, when it applies, how long it takes. */
@ObjectType()
@Entity()
@Index('approval_step_template_position_key', ['templateId', 'position'], { unique: true })
@Check('approval_step_rule_check', `rule IN (${sqlList(APPROVAL_RULES)})`)
@Check('approval_step_typical_days_check', 'typical_days >= 0')
@Check(
  'approval_step_owner_role_check',
  `owner_role IS NULL OR owner_role IN (${sqlList(DEAL_TEAM_ROLES)})`,
)
export class ApprovalStep {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  templateId: string;

  @ManyToOne(() => ProcessTemplate, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'template_id', foreignKeyConstraintName: 'approval_step_template_id_fkey' })
  template?: ProcessTemplate;

  @Field(() => Int, { description: '1-based order within the template' })
  @Column('smallint')
  position: number;

  @Field()
  @Column('text')
  name: string;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  approverContactId: string | null;

  @ManyToOne(() => Contact, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'approver_contact_id',
    foreignKeyConstraintName: 'approval_step_approver_contact_id_fkey',
  })
  approverContact?: Contact | null;

  @Field(() => ID, { nullable: true })
  @Column('uuid', { nullable: true })
  approverOrgUnitId: string | null;

  @ManyToOne(() => OrgUnit, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'approver_org_unit_id',
    foreignKeyConstraintName: 'approval_step_approver_org_unit_id_fkey',
  })
  approverOrgUnit?: OrgUnit | null;

  @Field(() => ApprovalRuleEnum)
  @Column('text', { default: 'ALL' })
  rule: ApprovalRule;

  @Field(() => String, {
    nullable: true,
    description: 'e.g. amount >= 1000000 and productLine == "5G"',
  })
  @Column('text', { nullable: true })
  condition: string | null;

  @Field(() => Int)
  @Column('smallint', { default: 0 })
  typicalDays: number;

  @Field(() => [String])
  @Column('text', { array: true, default: () => "'{}'" })
  documentsRequired: string[];

  @Field(() => DealTeamRoleEnum, {
    nullable: true,
    description:
      "Who on our side carries it; null: the process kind's default (NEED → SR, ACCEPTANCE → FR, else AR)",
  })
  @Column('text', { nullable: true })
  ownerRole: DealTeamRole | null;

  @Field(() => ID, { nullable: true, description: 'A named colleague instead of a team role' })
  @Column('uuid', { nullable: true })
  ownerUserId: string | null;

  @ManyToOne(() => User, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'owner_user_id',
    foreignKeyConstraintName: 'approval_step_owner_user_id_fkey',
  })
  ownerUser?: User | null;
}
