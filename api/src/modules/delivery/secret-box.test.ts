import { ENV_REFERENCE, SecretBox } from './secret-box';

const SECRET = 'SECdingtalk0signing0secret';

describe('secret box', () => {
  it('seals with a fresh IV each time and opens only what it sealed', () => {
    const box = SecretBox.fromConfig({
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(32),
      DELIVERY_SECRET_KEY: 'k'.repeat(32),
    });
    const [a, b] = [box.seal(SECRET), box.seal(SECRET)];
    expect(a).not.toBe(b);
    expect(a).not.toContain(SECRET);
    expect(box.open(a)).toBe(SECRET);
    const [version, iv, tag, body] = a.split('.');
    const tampered = [version, iv, tag, `${body!.slice(0, -2)}AA`].join('.');
    expect(() => box.open(tampered)).toThrow();
    const other = SecretBox.fromConfig({
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(32),
      DELIVERY_SECRET_KEY: 'o'.repeat(32),
    });
    expect(() => other.open(a)).toThrow();
  });

  it('has no key in production without DELIVERY_SECRET_KEY: robots then name env variables', () => {
    const box = SecretBox.fromConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) });
    expect(box.canSeal).toBe(false);
    expect(() => box.seal(SECRET)).toThrow(/DELIVERY_SECRET_KEY/);
    expect(
      SecretBox.fromConfig({ NODE_ENV: 'development', JWT_SECRET: 'x'.repeat(32) }).canSeal,
    ).toBe(true);
    expect(ENV_REFERENCE.exec('env:DINGTALK_FINANCE_WEBHOOK')?.[1]).toBe(
      'DINGTALK_FINANCE_WEBHOOK',
    );
    expect(ENV_REFERENCE.exec('env:lower')).toBeNull();
  });
});
