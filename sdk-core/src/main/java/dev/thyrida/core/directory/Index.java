package dev.thyrida.core.directory;

import org.pcollections.HashTreePSet;
import org.pcollections.PMap;
import org.pcollections.PSet;

/** A secondary index: a persistent map from a key to the set of ids filed under it (ADR 0011). */
final class Index {

  private Index() {}

  /** Files an id under a key, in O(log n). */
  static <K, V> PMap<K, PSet<V>> add(PMap<K, PSet<V>> index, K key, V id) {
    PSet<V> ids = index.getOrDefault(key, HashTreePSet.empty());
    return index.plus(key, ids.plus(id));
  }

  /** Removes an id from under a key, in O(log n); an emptied key is dropped, so equal contents compare equal. */
  static <K, V> PMap<K, PSet<V>> remove(PMap<K, PSet<V>> index, K key, V id) {
    PSet<V> ids = index.get(key);
    if (ids == null) {
      return index;
    }
    PSet<V> rest = ids.minus(id);
    return rest.isEmpty() ? index.minus(key) : index.plus(key, rest);
  }

  /** The ids filed under a key. */
  static <K, V> PSet<V> get(PMap<K, PSet<V>> index, K key) {
    return index.getOrDefault(key, HashTreePSet.empty());
  }
}
