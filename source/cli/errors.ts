/** A mistake in how papers was called: exit 2. */
export class UsageError extends Error {}

/** Something went wrong while running: exit 1. */
export class RuntimeError extends Error {}

export function exitCodeOf(error: unknown): number {
	return error instanceof UsageError ? 2 : 1;
}
