/**
 * `work`, or `onTimeout()` thrown once `ms` have passed: for library calls that take no AbortSignal. The call
 * itself is abandoned, not stopped; src/index.ts exits when the run is over, so it cannot hold the job.
 */
export async function withDeadline<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
