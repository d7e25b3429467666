/*
 * Long work after the first frame (the rest of the store, its order, the search index, the likeness model) runs in
 * slices of time, not of items: a slice ends once it has run its budget, so a key pressed meanwhile waits at most
 * that long, on a fast machine or a slow one, whatever the size of an item.
 */

/**
 * How long a slice may run before it lets keys through; a key's own frame comes on top (bench: `key to frame from
 * the first frame on`).
 */
export const SLICE_MS = 12;

export type Slicer = {
	/** Whether this slice has run its time: then `pause`. Cheap enough to ask once per item. */
	due(): boolean;
	/** Lets keys through, and starts the next slice. */
	pause(): Promise<void>;
};

/**
 * A pause that lets a key pressed meanwhile be answered first. A timer, not an immediate: the key is read after the
 * timers, and React renders its frame in an immediate, which then comes before the next slice. After an immediate
 * of its own the next slice would come first, and the key wait for it.
 */
export const betweenKeys = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** A slicer over `yieldNow` (betweenKeys in the browser; anything that lets input in). */
export function slicer(yieldNow: () => Promise<void>, budgetMs = SLICE_MS): Slicer {
	let since = performance.now();
	return {
		due: () => performance.now() - since >= budgetMs,
		pause: async () => {
			await yieldNow();
			since = performance.now();
		},
	};
}

/** Runs `each` over `items`, pausing whenever a slice has run its time. */
export async function forEachSliced<T>(items: readonly T[], each: (item: T, at: number) => void, slices: Slicer): Promise<void> {
	for (let at = 0; at < items.length; at++) {
		each(items[at]!, at);
		if (slices.due()) await slices.pause();
	}
}

/**
 * Work written once as a generator that yields wherever it may pause (the search index, the likeness model), run to
 * its end at once: for the command line, and for a key that cannot wait.
 */
export function atOnce<T>(steps: Generator<void, T>): T {
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
	}
}

/** The same work in slices of time; `found` ends it early with what was made meanwhile by other means. */
export async function inSlices<T>(steps: Generator<void, T>, slices: Slicer, found: () => T | undefined = () => undefined): Promise<T> {
	for (;;) {
		const next = steps.next();
		if (next.done) return next.value;
		if (!slices.due()) continue;
		await slices.pause();
		const made = found();
		if (made !== undefined) return made;
	}
}
