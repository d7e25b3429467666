/** A value per (object, key), made once and kept while the object lives. */
export function cachedBy<O extends object, K, V>(cache: WeakMap<O, Map<K, V>>, object: O, key: K, make: () => V): V {
	let byKey = cache.get(object);
	if (!byKey) {
		byKey = new Map();
		cache.set(object, byKey);
	}
	let value = byKey.get(key);
	if (value === undefined) {
		value = make();
		byKey.set(key, value);
	}
	return value;
}
