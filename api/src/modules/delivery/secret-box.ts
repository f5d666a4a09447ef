import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { Config } from '../../config/config';

/**
 * Encrypts robot credentials at rest: AES-256-GCM, a fresh IV per value, the key derived
 * from DELIVERY_SECRET_KEY (outside production, from the JWT secret when that is unset).
 * Without a key nothing can be stored encrypted: robots then name environment variables.
 */
export class SecretBox {
  private constructor(private readonly key: Buffer | null) {}

  static fromConfig(
    config: Pick<Config, 'NODE_ENV' | 'JWT_SECRET'> & Partial<Pick<Config, 'DELIVERY_SECRET_KEY'>>,
  ): SecretBox {
    const material =
      config.DELIVERY_SECRET_KEY ?? (config.NODE_ENV === 'production' ? null : config.JWT_SECRET);
    return new SecretBox(
      material
        ? Buffer.from(hkdfSync('sha256', material, 'trident', 'delivery secrets', 32))
        : null,
    );
  }

  get canSeal(): boolean {
    return this.key !== null;
  }

  seal(plain: string): string {
    if (!this.key) throw new Error('no DELIVERY_SECRET_KEY: secrets cannot be stored');
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return ['v1', iv, cipher.getAuthTag(), body].map((p) => p.toString('base64url')).join('.');
  }

  open(sealed: string): string {
    if (!this.key) throw new Error('no DELIVERY_SECRET_KEY: stored secrets cannot be read');
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== 'v1' || !iv || !tag || body === undefined)
      throw new Error('not a sealed secret');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([
      decipher.update(Buffer.from(body, 'base64url')),
      decipher.final(),
    ]).toString('utf8');
  }
}

/** `env:NAME` names an environment variable instead of giving the value. */
export const ENV_REFERENCE = /^env:([A-Z_][A-Z0-9_]{0,99})$/;
