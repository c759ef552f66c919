package org.cppp.imports;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** A bounded look-up cache for one import run: the least recently used entry goes first. */
final class Lru<K, V> {

  private final Map<K, V> entries;

  Lru(int size) {
    this.entries =
        new LinkedHashMap<>(256, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            return size() > size;
          }
        };
  }

  V get(K key, Function<K, V> load) {
    V value = entries.get(key);
    if (value == null) {
      value = load.apply(key);
      entries.put(key, value);
    }
    return value;
  }
}
