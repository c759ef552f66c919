package org.cppp.support.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cppp.support.fuzz.ApiOperations.Operation;
import org.cppp.support.fuzz.ApiOperations.Param;
import org.cppp.support.fuzz.BadInputs.Bad;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;

/**
 * Every bad request for one operation: each path and query parameter with each bad value, each body
 * field (nested ones too) with each bad value or left out, and bodies that are bad as a whole
 * (empty, truncated, wrong content type, invalid UTF-8, ...). The rest of the request stays valid,
 * so each request tests one thing. The same operation and seed give the same requests.
 */
public final class GeneratedRequests {

  private static final int NESTING = 3;

  private final ApiOperations api;
  private final ValidValues valid;
  private final WholeBodies wholeBodies;
  private final JsonMapper json = JsonMapper.builder().build();

  /** Requests for the operations of {@code api}; their valid values name what {@code known} saw. */
  public GeneratedRequests(ApiOperations api, KnownValues known, long seed) {
    this.api = api;
    this.valid = new ValidValues(api, known);
    this.wholeBodies = new WholeBodies(new Random(seed));
  }

  /** The operation sent as it should be (the sender gives the path values). */
  public Probe valid(Operation operation) {
    List<Map.Entry<String, String>> query = new ArrayList<>();
    for (Param param : operation.queryParams()) {
      if (param.required()) {
        query.add(Map.entry(param.name(), valid.of(param.schema(), param.name()).asString()));
      }
    }
    if (operation.mediaType() == null) {
      return new Probe(operation, "valid", Map.of(), query, null, null, null);
    }
    if (operation.mediaType().startsWith("multipart/")) {
      return wholeBodies.validUpload(operation, query);
    }
    JsonNode body = valid.of(operation.bodySchema());
    byte[] bytes =
        body.isString() && !operation.mediaType().contains("json")
            ? body.asString().getBytes(StandardCharsets.UTF_8)
            : json.writeValueAsBytes(body);
    return new Probe(operation, "valid", Map.of(), query, operation.mediaType(), bytes, null);
  }

  /** Every generated bad request for the operation, the valid one first. */
  public List<Probe> of(Operation operation) {
    Probe base = valid(operation);
    List<Probe> probes = new ArrayList<>(List.of(base));
    for (Param param : operation.pathParams()) {
      for (String value : BadInputs.forParameter()) {
        probes.add(
            new Probe(
                operation,
                "path " + param.name() + " = " + BadInputs.label(value),
                Map.of(param.name(), value),
                base.query(),
                base.contentType(),
                base.body(),
                base.file()));
      }
    }
    probes.addAll(queries(base));
    probes.addAll(bodies(base));
    return probes;
  }

  private List<Probe> queries(Probe base) {
    List<Probe> probes = new ArrayList<>();
    List<Param> params = base.operation().queryParams();
    for (Param param : params) {
      for (String value : BadInputs.forParameter()) {
        List<Map.Entry<String, String>> query = new ArrayList<>(base.query());
        query.removeIf(entry -> entry.getKey().equals(param.name()));
        query.add(Map.entry(param.name(), value));
        probes.add(
            withQuery(base, "query " + param.name() + " = " + BadInputs.label(value), query));
      }
    }
    String name = params.isEmpty() ? "unknown" : params.get(0).name();
    probes.add(
        withQuery(
            base,
            "query " + name + " given twice",
            List.of(Map.entry(name, "1"), Map.entry(name, "NOT_A_VALUE"))));
    return probes;
  }

  private List<Probe> bodies(Probe base) {
    Operation operation = base.operation();
    String mediaType = operation.mediaType();
    if (mediaType == null) {
      return operation.method().equals("POST") ? wholeBodies.raw(base, "text/csv") : List.of();
    }
    if (mediaType.startsWith("multipart/")) {
      return wholeBodies.uploads(base);
    }
    JsonNode schema = operation.bodySchema();
    if (!mediaType.contains("json") || BadInputs.kind(schema).equals("string")) {
      return wholeBodies.raw(base, mediaType);
    }
    JsonNode body = valid.of(schema);
    List<Probe> probes = new ArrayList<>(wholeBodies.json(base, body));
    if (BadInputs.kind(schema).equals("array")) {
      for (Bad bad : BadInputs.forField(schema)) {
        byte[] bytes = bad.json() == null ? new byte[0] : bytes(bad.json());
        probes.add(withBody(base, "body = " + bad.label(), bytes));
      }
      fieldsOf(base, body, api.resolve(schema.path("items")), List.of(0), probes, 0);
    }
    fieldsOf(base, body, schema, List.of(), probes, 0);
    return probes;
  }

  private void fieldsOf(
      Probe base, JsonNode body, JsonNode schema, List<Object> at, List<Probe> out, int depth) {
    for (Param field : api.fields(schema)) {
      List<Object> here = new ArrayList<>(at);
      here.add(field.name());
      for (Bad bad : BadInputs.forField(field.schema())) {
        out.add(
            withBody(
                base,
                "body " + dotted(here) + " = " + bad.label(),
                mutate(body, here, bad.json())));
      }
      if (depth < NESTING) {
        JsonNode items = api.resolve(field.schema().path("items"));
        List<Object> item = new ArrayList<>(here);
        item.add(0);
        fieldsOf(base, body, field.schema(), here, out, depth + 1);
        fieldsOf(base, body, items, item, out, depth + 1);
      }
    }
  }

  /** The body with the value at {@code path} replaced by a raw JSON fragment, or removed. */
  private byte[] mutate(JsonNode body, List<Object> path, String fragment) {
    JsonNode copy = body.deepCopy();
    JsonNode parent = copy;
    for (Object step : path.subList(0, path.size() - 1)) {
      parent = step instanceof Integer index ? parent.path(index) : parent.path((String) step);
    }
    Object last = path.get(path.size() - 1);
    if (parent instanceof ObjectNode object && last instanceof String name) {
      if (fragment == null) {
        object.remove(name);
      } else {
        object.putRawValue(name, new RawValue(fragment));
      }
    } else if (parent instanceof ArrayNode array && last instanceof Integer index) {
      if (fragment == null) {
        array.remove(index);
      } else if (array.size() > index) {
        array.set(index, JsonNodeFactory.instance.rawValueNode(new RawValue(fragment)));
      }
    }
    return json.writeValueAsBytes(copy);
  }

  private static String dotted(List<Object> path) {
    StringBuilder text = new StringBuilder();
    for (Object step : path) {
      if (step instanceof Integer index) {
        text.append('[').append(index).append(']');
      } else {
        text.append(text.isEmpty() ? "" : ".").append(step);
      }
    }
    return text.toString();
  }

  static Probe withBody(Probe base, String input, byte[] body) {
    return new Probe(
        base.operation(), input, base.path(), base.query(), base.contentType(), body, null);
  }

  private static Probe withQuery(Probe base, String input, List<Map.Entry<String, String>> query) {
    return new Probe(
        base.operation(), input, base.path(), query, base.contentType(), base.body(), base.file());
  }

  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
