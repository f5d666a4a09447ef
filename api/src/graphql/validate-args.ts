import {
  getMetadataStorage,
  validateOrReject,
  type ValidationError,
  type ValidatorOptions,
} from 'class-validator';
import { ArgumentValidationError, type ValidatorFn } from 'type-graphql';

const OPTIONS: ValidatorOptions = { forbidUnknownValues: false, skipMissingProperties: false };

const declaresRules = new WeakMap<object, boolean>();

/** Whether class-validator has any rule for this argument's class (its parents' included). */
function hasRules(value: object): boolean {
  const type: unknown = value.constructor;
  // A value without a class (a JSON scalar's object made with a null prototype) has no rule.
  if (typeof type !== 'function') return false;
  let known = declaresRules.get(type);
  if (known === undefined) {
    known = getMetadataStorage().getTargetValidationMetadatas(type, '', true, false).length > 0;
    declaresRules.set(type, known);
  }
  return known;
}

/**
 * type-graphql's validation, minus the work for arguments whose class declares no rule (most
 * filters and orders): class-validator would find nothing to check in them, after building its
 * executor and grouping its metadata for each one, several times per request. A nested input is
 * only ever checked through its parent's `@ValidateNested`, which is a rule of the parent.
 */
export const validateArgs: ValidatorFn = async (value: unknown) => {
  const items = (Array.isArray(value) ? value : [value]).filter(
    (item): item is object => item !== null && typeof item === 'object' && hasRules(item),
  );
  if (!items.length) return;
  try {
    await Promise.all(items.map((item) => validateOrReject(item, OPTIONS)));
  } catch (error) {
    throw new ArgumentValidationError(error as ValidationError[]);
  }
};
