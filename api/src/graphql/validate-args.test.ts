import 'reflect-metadata';
import { Length } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import { validateArgs } from './validate-args';

class Ruled {
  @Length(2, 5)
  name!: string;
}
class Unruled {
  name!: string;
}
class InheritsRules extends Ruled {
  extra?: string;
}

const make = <T extends object>(type: new () => T, values: Partial<T>) =>
  Object.assign(new type(), values);
const check = async (value: unknown) =>
  validateArgs(value, Object, {} as Parameters<typeof validateArgs>[2]);

describe('validateArgs', () => {
  it("refuses a value breaking its class's rule, also through a parent class and in a list", async () => {
    for (const value of [
      make(Ruled, { name: 'x' }),
      make(InheritsRules, { name: 'far too long' }),
      [make(Ruled, { name: 'ok' }), make(Ruled, { name: '' })],
    ]) {
      const error = await check(value).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ArgumentValidationError);
      expect((error as ArgumentValidationError).extensions.validationErrors[0]!.property).toBe(
        'name',
      );
    }
  });

  it('lets through values that keep the rules, values without rules and plain values', async () => {
    for (const value of [
      make(Ruled, { name: 'fine' }),
      make(Unruled, { name: '' }),
      Object.assign(Object.create(null) as object, { name: '' }),
      [make(Unruled, { name: '' })],
      null,
      undefined,
      5,
      'text',
    ])
      await expect(check(value)).resolves.toBeUndefined();
  });
});
