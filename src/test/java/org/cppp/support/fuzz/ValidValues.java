package org.cppp.support.fuzz;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A plausible value for a schema, inside the demo programme's period: the body every bad value is
 * put into, one field at a time. It need not be accepted; it only has to get past the fields that
 * are not under test.
 */
final class ValidValues {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern DIGITS = Pattern.compile("(?:\\[0-9]|\\\\d)\\{(\\d+)}");
  private static final int DEPTH = 4;

  private final ApiOperations api;
  private final KnownValues known;

  ValidValues(ApiOperations api, KnownValues known) {
    this.api = api;
    this.known = known;
  }

  JsonNode of(JsonNode schema) {
    return of(api.resolve(schema), "", 0);
  }

  /** A value for a field or parameter of this name. */
  JsonNode of(JsonNode schema, String name) {
    return of(api.resolve(schema), name, 0);
  }

  /** A value seen for this field's name if it fits the schema, else one made from the schema. */
  private JsonNode of(JsonNode schema, String name, int depth) {
    JsonNode seen = known.of(name);
    String kind = BadInputs.kind(schema);
    if (seen != null
        && (kind.equals("string") && seen.isString()
            || kind.equals("integer") && seen.isIntegralNumber())) {
      return seen;
    }
    if (kind.equals("string") && name.matches(".*(Time|At)") && !schema.has("format")) {
      return NODES.stringNode("10:00");
    }
    return switch (kind) {
      case "enum" -> schema.path("enum").get(0);
      case "date" -> NODES.stringNode("2011-06-01");
      case "date-time" -> NODES.stringNode("2011-06-01T02:00:00Z");
      case "integer" -> NODES.numberNode(Math.max(1, schema.path("minimum").asLong(1)));
      case "number" -> NODES.numberNode(1000);
      case "boolean" -> NODES.booleanNode(true);
      case "array" -> array(schema, depth);
      case "object" -> object(schema, depth);
      default -> NODES.stringNode(text(schema));
    };
  }

  private JsonNode array(JsonNode schema, int depth) {
    ArrayNode array = NODES.arrayNode();
    if (depth < DEPTH) {
      array.add(of(api.resolve(schema.path("items")), "", depth + 1));
    }
    return array;
  }

  private JsonNode object(JsonNode schema, int depth) {
    ObjectNode object = NODES.objectNode();
    if (depth < DEPTH) {
      api.fields(schema).forEach(f -> object.set(f.name(), of(f.schema(), f.name(), depth + 1)));
    }
    return object;
  }

  private static String text(JsonNode schema) {
    if (schema.path("format").asString("").equals("email")) {
      return "fuzz@example.com";
    }
    Matcher digits = DIGITS.matcher(schema.path("pattern").asString(""));
    if (digits.find()) {
      return "3".repeat(Integer.parseInt(digits.group(1)));
    }
    int min = schema.path("minLength").asInt(0);
    return min > 8 ? "fuzz-" + "x".repeat(min) : "fuzz-1";
  }
}
