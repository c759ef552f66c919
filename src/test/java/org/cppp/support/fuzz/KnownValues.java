package org.cppp.support.fuzz;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real values seen in the answers to GETs, by field name, so that a generated body names things
 * that exist: the first element of {@code GET /api/providers} gives {@code code} and {@code
 * providerCode}, of {@code GET /api/applications} {@code reference}, {@code applicationRef} and
 * {@code factoryBr}. Nothing that names an actor's own account is learnt.
 */
public final class KnownValues {

  private static final List<String> KEYS = List.of("reference", "code", "brNumber", "id");

  private final JsonMapper json = JsonMapper.builder().build();
  private final Map<String, JsonNode> values = new HashMap<>();
  private final Collection<String> actingUsers;

  public KnownValues(Collection<String> actingUsers) {
    this.actingUsers = actingUsers;
  }

  /** Learns from the answer to {@code GET path}, if it is JSON. */
  public void learn(String path, String body) {
    JsonNode answer;
    try {
      answer = json.readTree(body);
    } catch (RuntimeException notJson) {
      return;
    }
    JsonNode list = answer.has("content") ? answer.path("content") : answer;
    String resource = singular(path.substring(path.lastIndexOf('/') + 1));
    for (JsonNode element : list.isArray() ? list : List.of(list)) {
      if (element.isObject() && !namesAny(element, actingUsers)) {
        learn(resource, element);
        return;
      }
    }
  }

  /** A value seen for a field of this name, or null. */
  JsonNode of(String field) {
    return values.get(field);
  }

  private void learn(String resource, JsonNode element) {
    for (Map.Entry<String, JsonNode> field : element.properties()) {
      JsonNode value = field.getValue();
      if (value.isString() || value.isNumber()) {
        String name = field.getKey();
        values.putIfAbsent(name, value);
        values.putIfAbsent(
            resource + Character.toUpperCase(name.charAt(0)) + name.substring(1), value);
        if (name.equals("reference")) {
          values.putIfAbsent(resource + "Ref", value);
        }
      }
    }
    KEYS.stream()
        .filter(element::has)
        .findFirst()
        .ifPresent(key -> values.putIfAbsent(resource, element.path(key)));
  }

  /** Whether one of the element's fields is one of these usernames. */
  static boolean namesAny(JsonNode element, Collection<String> usernames) {
    return element.values().stream().anyMatch(v -> usernames.contains(v.asString("")));
  }

  private static String singular(String plural) {
    if (plural.endsWith("ies")) {
      return plural.substring(0, plural.length() - 3) + "y";
    }
    return plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
  }
}
