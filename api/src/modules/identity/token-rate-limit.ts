import { refusal } from '../../common/app-error';

/**
 * Requests per minute allowed to one BI token, counted per API process over a sliding
 * minute (with N replicas a token gets up to N × the limit: the limit protects each
 * process and its pool from one runaway extract, it is not a billing quota).
 */
export class TokenRateLimit {
  private readonly windows = new Map<string, number[]>();

  constructor(private readonly perMinute: number) {}

  take(tokenId: string, now = Date.now()): void {
    if (this.perMinute <= 0) return;
    const since = now - 60_000;
    const times = (this.windows.get(tokenId) ?? []).filter((at) => at > since);
    if (times.length >= this.perMinute) {
      const retryAfterSeconds = Math.max(1, Math.ceil((times[0]! - since) / 1000));
      this.windows.set(tokenId, times);
      throw refusal('RATE_LIMITED', 'TOKEN_RATE_LIMITED', {
        retryAfterSeconds,
        limitPerMinute: this.perMinute,
      });
    }
    times.push(now);
    this.windows.set(tokenId, times);
  }
}
