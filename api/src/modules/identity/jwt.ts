import { errors, jwtVerify, SignJWT } from 'jose';
import { refusal, unauthenticated } from '../../common/app-error';

const ISSUER = 'trident';
const ALGORITHM = 'HS256';

export interface VerifiedToken {
  userId: string;
  /** The user's credential version when it was signed: a later change ends the token. */
  credentialVersion: number;
  /** When it stops working by itself (ms since the epoch). */
  expiresAt: number;
}

export class JwtCodec {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  sign(userId: string, credentialVersion: number): Promise<string> {
    return new SignJWT({ cv: credentialVersion })
      .setProtectedHeader({ alg: ALGORITHM })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(`${this.ttlSeconds}s`)
      .sign(this.key);
  }

  /** Who a valid token names; UNAUTHENTICATED for an expired, forged or pre-version one. */
  async verify(token: string): Promise<VerifiedToken> {
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
    };
  }
}
