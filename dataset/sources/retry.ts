/**
 * Bounded retries with exponential backoff and full jitter: each wait is drawn
 * from [0, min(cap, base·2^attempt)), so many containers retrying at once spread
 * out instead of hitting the store in step.
 */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export interface RetryNotice {
  attempt: number;
  delayMs: number;
  error: Error;
}

export function backoffDelayMs(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  return random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
}

/** Runs `work` until it succeeds, fails with an error that is not retryable, or runs out of attempts. */
export async function withRetries<T>(
  work: (attempt: number) => Promise<T>,
  policy: RetryPolicy,
  isRetryable: (error: unknown) => boolean,
  onRetry?: (notice: RetryNotice) => void,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work(attempt);
    } catch (error) {
      if (attempt >= policy.attempts || !isRetryable(error)) throw error;
      const delayMs = backoffDelayMs(attempt, policy);
      onRetry?.({ attempt, delayMs, error: error as Error });
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}
