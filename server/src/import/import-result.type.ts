import { Field, Int, ObjectType } from 'type-graphql';
import { UserError } from '../graphql/user-error';

@ObjectType({ description: 'One refused record (or list), located for the sending system.' })
export class ImportRowError {
  @Field({ description: 'The list at fault, e.g. depositAccounts; empty for the whole batch.' })
  file!: string;

  @Field(() => Int, { nullable: true, description: '1-based position in that list.' })
  line!: number | null;

  @Field(() => String, { nullable: true, description: 'The field at fault, e.g. idNumber.' })
  column!: string | null;

  @Field({ description: 'Stable problem code, e.g. ID_CHECK_DIGIT, DUPLICATE_KEY.' })
  code!: string;

  @Field({ description: 'Chinese message.' })
  message!: string;

  @Field({ description: 'English message.' })
  messageEn!: string;
}

@ObjectType({ description: 'What an import changed, or in a dry run would change.' })
export class ImportCounts {
  @Field(() => Int) employeesInserted!: number;
  @Field(() => Int) employeesUpdated!: number;
  @Field(() => Int) accountsInserted!: number;
  @Field(() => Int) accountsUpdated!: number;
  @Field(() => Int) accountsClosed!: number;
  @Field(() => Int) monthsInserted!: number;
  @Field(() => Int) monthsUpdated!: number;
  @Field(() => Int) monthsDeleted!: number;
  @Field(() => Int) withdrawalsInserted!: number;
  @Field(() => Int) withdrawalsDeleted!: number;
  @Field(() => Int) loansInserted!: number;
  @Field(() => Int) loansUpdated!: number;
  @Field(() => Int) loansSettled!: number;
}

@ObjectType({ description: 'The outcome of one import batch.' })
export class ImportAccountDataPayload {
  @Field({ description: 'True when the batch was written; false if refused or a dry run.' })
  committed!: boolean;

  @Field(() => Int, { description: 'Records received.' })
  records!: number;

  @Field(() => ImportCounts, { nullable: true, description: 'Null when the batch was refused.' })
  counts!: ImportCounts | null;

  @Field(() => [ImportRowError], { description: 'Every problem found, up to 10,000.' })
  rowErrors!: ImportRowError[];

  @Field(() => Int, { description: 'All problems found, even past the listed ones.' })
  rowErrorCount!: number;

  @Field(() => [UserError], {
    description: 'IMPORT_REJECTED when any record is invalid (see rowErrors); nothing is written.',
  })
  userErrors!: UserError[];
}
