import { createSecretKey, randomUUID, type KeyObject } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import { refusal, unauthenticated } from '../../common/app-error';
import { isUuid } from '../../common/ids';

const ISSUER = 'trident';
const ALGORITHM = 'HS256';

export interface VerifiedToken {
  userId: string;
  /** The user's credential version when it was signed: a later change ends the token. */
  credentialVersion: number;
  /** When it stops working by itself (ms since the epoch). */
  expiresAt: number;
  /** The session it opened (`jti`), which signing out ends; none in tokens signed before. */
  sessionId: string | null;
}

/** Tokens whose signature was checked; beyond this many, the oldest is checked again. */
const VERIFIED_KEPT = 10_000;

export class JwtCodec {
  // A key object, not bytes: jose would import bytes into a key on every verification.
  private readonly key: KeyObject;
  /**
   * A signature checks the same way every time, so a token seen once is not checked again
   * (the HMAC and the decoding were ~2 % of a dashboard request's CPU). Its expiry still is:
   * `verify` compares it with the clock on every call, as jose does.
   */
  private readonly verified = new Map<string, VerifiedToken>();

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
  ) {
    this.key = createSecretKey(new TextEncoder().encode(secret));
  }

  sign(userId: string, credentialVersion: number): Promise<string> {
    return new SignJWT({ cv: credentialVersion })
      .setProtectedHeader({ alg: ALGORITHM })
      .setJti(randomUUID())
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(`${this.ttlSeconds}s`)
      .sign(this.key);
  }

  /** Who a valid token names; UNAUTHENTICATED for an expired, forged or pre-version one. */
  async verify(token: string): Promise<VerifiedToken> {
    const known = this.verified.get(token);
    if (known) {
      if (Date.now() < known.expiresAt) return known;
      this.verified.delete(token);
      throw refusal('UNAUTHENTICATED', 'TOKEN_EXPIRED');
    }
    const checked = Object.freeze(await this.check(token));
    if (this.verified.size >= VERIFIED_KEPT)
      this.verified.delete(this.verified.keys().next().value!);
    this.verified.set(token, checked);
    return checked;
  }

  private async check(token: string): Promise<VerifiedToken> {
    let payload;
    try {
      ({ payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        algorithms: [ALGORITHM],
        requiredClaims: ['sub', 'exp'],
      }));
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw refusal('UNAUTHENTICATED', 'TOKEN_EXPIRED');
      throw unauthenticated('Invalid token');
    }
    if (!payload.sub || !Number.isInteger(payload.cv) || typeof payload.exp !== 'number')
      throw unauthenticated('Invalid token');
    return {
      userId: payload.sub,
      credentialVersion: payload.cv as number,
      expiresAt: payload.exp * 1000,
      sessionId: typeof payload.jti === 'string' && isUuid(payload.jti) ? payload.jti : null,
    };
  }
}
