// Bounded waiting: every wait names what it waits for and fails after its timeout.

/** Polls `condition` every 5 ms until it holds; fails after `timeoutMs`. */
export async function waitFor(what, condition, timeoutMs = 2000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Resolves with the promise's value, or fails after `timeoutMs`. */
export async function within(what, promise, timeoutMs = 2000) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Lets `ms` pass, for asserting that something does NOT happen within a window; never use it to synchronise. */
export function quietPeriod(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
