package org.cppp.support.fuzz;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operations of an OpenAPI document ({@code /v3/api-docs}), with their path and query
 * parameters and request body, every {@code $ref} resolved. Sorted by path and method, so the
 * requests generated from them come in the same order on every run.
 */
public final class ApiOperations {

  /** One parameter or body field: its name, schema (refs resolved) and whether it is required. */
  public record Param(String name, JsonNode schema, boolean required) {}

  /** One operation; {@code mediaType} is null when the document declares no body. */
  public record Operation(
      String method,
      String path,
      List<Param> pathParams,
      List<Param> queryParams,
      String mediaType,
      JsonNode bodySchema) {

    public String name() {
      return method + " " + path;
    }

    public boolean isGet() {
      return method.equals("GET");
    }
  }

  private final JsonNode schemas;
  private final List<Operation> operations = new ArrayList<>();

  private ApiOperations(JsonNode document, String only) {
    this.schemas = document.path("components").path("schemas");
    for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
        Operation operation = operation(method.getKey().toUpperCase(), path.getKey(), method);
        if (operation.name().matches(only)) {
          operations.add(operation);
        }
      }
    }
    operations.sort(Comparator.comparing(Operation::path).thenComparing(Operation::method));
  }

  /** The document's operations whose name ({@code GET /api/...}) matches the regex {@code only}. */
  public static ApiOperations read(String apiDocs, String only) {
    return new ApiOperations(JsonMapper.builder().build().readTree(apiDocs), only);
  }

  public List<Operation> all() {
    return operations;
  }

  private Operation operation(String method, String path, Map.Entry<String, JsonNode> entry) {
    JsonNode operation = entry.getValue();
    List<Param> pathParams = new ArrayList<>();
    List<Param> queryParams = new ArrayList<>();
    for (JsonNode parameter : operation.path("parameters")) {
      JsonNode schema = resolve(parameter.path("schema"));
      String name = parameter.path("name").asString();
      if (parameter.path("in").asString().equals("path")) {
        pathParams.add(new Param(name, schema, true));
      } else if (schema.has("properties")) {
        // A record bound from the query string: each of its fields is a parameter.
        schema.path("properties").properties().forEach(p -> queryParams.add(param(p)));
      } else {
        queryParams.add(new Param(name, schema, parameter.path("required").asBoolean(false)));
      }
    }
    String mediaType = null;
    JsonNode bodySchema = null;
    for (Map.Entry<String, JsonNode> content :
        operation.path("requestBody").path("content").properties()) {
      mediaType = content.getKey();
      bodySchema = resolve(content.getValue().path("schema"));
    }
    return new Operation(method, path, pathParams, queryParams, mediaType, bodySchema);
  }

  private Param param(Map.Entry<String, JsonNode> property) {
    return new Param(property.getKey(), resolve(property.getValue()), false);
  }

  /** The schema itself, or the one its {@code $ref} (or single {@code allOf}) names. */
  JsonNode resolve(JsonNode schema) {
    if (schema.has("$ref")) {
      String name = schema.path("$ref").asString().replace("#/components/schemas/", "");
      return resolve(schemas.path(name));
    }
    if (schema.has("allOf") && schema.path("allOf").size() == 1) {
      return resolve(schema.path("allOf").get(0));
    }
    return schema;
  }

  /** The fields of an object schema, refs resolved; empty for anything else. */
  List<Param> fields(JsonNode schema) {
    List<Param> fields = new ArrayList<>();
    resolve(schema).path("properties").properties().forEach(p -> fields.add(param(p)));
    return fields;
  }
}
