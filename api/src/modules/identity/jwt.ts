import { errors, jwtVerify, SignJWT } from 'jose';
import { unauthenticated } from '../../common/app-error';

const ISSUER = 'trident';
const ALGORITHM = 'HS256';

export class JwtCodec {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  sign(userId: string): Promise<string> {
    return new SignJWT({})
      .setProtectedHeader({ alg: ALGORITHM })
      .setSubject(userId)
      .setIssuer(ISSUER)
      .setIssuedAt()
      .setExpirationTime(`${this.ttlSeconds}s`)
      .sign(this.key);
  }

  /** The user id in a valid token; UNAUTHENTICATED for an expired or forged one. */
  async verify(token: string): Promise<string> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        algorithms: [ALGORITHM],
      });
      if (!payload.sub) throw unauthenticated('Invalid token');
      return payload.sub;
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw unauthenticated('Token expired: sign in again');
      throw unauthenticated('Invalid token');
    }
  }
}
