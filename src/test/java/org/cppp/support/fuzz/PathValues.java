package org.cppp.support.fuzz;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cppp.support.fuzz.ApiOperations.Operation;
import org.cppp.support.fuzz.ApiOperations.Param;
import org.cppp.support.fuzz.ProbeRunner.Actor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real values for path parameters, so that requests reach the handler: {@code {reference}} in
 * {@code /api/applications/{reference}/timeline} is the first reference that {@code GET
 * /api/applications} lists to the same actor (else to any actor; else any value of that name seen
 * so far; else the schema's first enum value or "1"). The actors' own usernames are never used, so
 * no request changes the accounts that send them.
 */
public final class PathValues {

  private final MockMvc mvc;
  private final Collection<String> actingUsers;
  private final JsonMapper json = JsonMapper.builder().build();
  private final Map<String, JsonNode> listings = new HashMap<>();
  private final Map<String, String> seen = new HashMap<>();

  public PathValues(MockMvc mvc, Collection<String> actingUsers) {
    this.mvc = mvc;
    this.actingUsers = actingUsers;
  }

  /** A value for each path parameter of the operation, as this actor would find it. */
  public Map<String, String> of(Operation operation, Actor actor, List<Actor> others) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Param param : operation.pathParams()) {
      String prefix = prefix(operation.path(), param.name(), values);
      String value = listed(prefix, param.name(), actor);
      for (int i = 0; value == null && i < others.size(); i++) {
        value = listed(prefix, param.name(), others.get(i));
      }
      if (value == null) {
        value = seen.getOrDefault(param.name(), fallback(param));
      }
      seen.putIfAbsent(param.name(), value);
      values.put(param.name(), value);
    }
    return values;
  }

  private static String prefix(String path, String name, Map<String, String> values) {
    String template = path.substring(0, path.indexOf("/{" + name + "}"));
    return UriComponentsBuilder.fromPath(template).encode().buildAndExpand(values).toUriString();
  }

  private String listed(String collection, String name, Actor actor) {
    JsonNode listing =
        listings.computeIfAbsent(actor.name() + " " + collection, k -> fetch(collection, actor));
    for (JsonNode element : elements(listing)) {
      if (KnownValues.namesAny(element, actingUsers)) {
        continue;
      }
      for (String field : List.of(name, name + "Number", name.endsWith("Id") ? "id" : name)) {
        String value = element.path(field).asString("");
        if (!value.isEmpty()) {
          return value;
        }
      }
    }
    return null;
  }

  /** A list, a page's content, or a map of lists (whose keys are the values, e.g. datasets). */
  private static List<JsonNode> elements(JsonNode listing) {
    List<JsonNode> elements = new ArrayList<>();
    JsonNode content = listing.has("content") ? listing.path("content") : listing;
    if (content.isArray()) {
      content.forEach(elements::add);
    } else if (content.isObject() && content.values().stream().allMatch(JsonNode::isArray)) {
      content.propertyNames().forEach(key -> elements.add(singleton(key)));
    }
    return elements;
  }

  private static JsonNode singleton(String key) {
    return JsonMapper.builder().build().createObjectNode().put("id", key).put("dataset", key);
  }

  private JsonNode fetch(String path, Actor actor) {
    try {
      var response = mvc.perform(get(path).with(actor.auth())).andReturn().getResponse();
      if (response.getStatus() == 200
          && String.valueOf(response.getContentType()).contains("json")) {
        return json.readTree(response.getContentAsByteArray());
      }
    } catch (Exception unreadable) {
      // Not a listing: another actor or a fallback value will do.
    }
    return json.missingNode();
  }

  private static String fallback(Param param) {
    JsonNode choices = param.schema().path("enum");
    return choices.isEmpty() ? "1" : choices.get(0).asString();
  }
}
