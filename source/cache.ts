/** A function of one object, worked out once per object and kept while the object lives. */
export function memoize<O extends object, V>(make: (object: O) => V): (object: O) => V {
	const cache = new WeakMap<O, V>();
	return (object) => {
		// One lookup, not two: keyOf and foldedPaper run on every paper of a view.
		const known = cache.get(object);
		if (known !== undefined || cache.has(object)) return known as V;
		const value = make(object);
		cache.set(object, value);
		return value;
	};
}

export type MemoBy<O extends object, K, V> = ((object: O, key: K) => V) & {
	/** Keeps a value worked out elsewhere (in slices, between keys), so the next call finds it made. */
	put(object: O, key: K, value: V): void;
	/** Whether the pair is worked out already (a caller that must not wait for it asks first). */
	has(object: O, key: K): boolean;
};

/** A function of an object and a key (a width, a sort), worked out once per pair and kept while the object lives. */
export function memoizeBy<O extends object, K, V>(make: (object: O, key: K) => V): MemoBy<O, K, V> {
	const cache = new WeakMap<O, Map<K, V>>();
	const byKeyOf = (object: O) => {
		let byKey = cache.get(object);
		if (!byKey) {
			byKey = new Map();
			cache.set(object, byKey);
		}
		return byKey;
	};
	const memo = (object: O, key: K) => {
		const byKey = byKeyOf(object);
		if (byKey.has(key)) return byKey.get(key)!;
		const value = make(object, key);
		byKey.set(key, value);
		return value;
	};
	return Object.assign(memo, {
		put: (object: O, key: K, value: V) => void byKeyOf(object).set(key, value),
		has: (object: O, key: K) => cache.get(object)?.has(key) ?? false,
	});
}
