package org.cppp.support.fuzz;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cppp.support.fuzz.ApiOperations.Operation;

/**
 * One generated request: the operation, what is wrong with it ({@code input}, for the report), the
 * path values it sets itself (the sender's valid ones fill the rest), query parameters, and the
 * body with its content type, or an uploaded file.
 */
public record Probe(
    Operation operation,
    String input,
    Map<String, String> path,
    List<Map.Entry<String, String>> query,
    String contentType,
    byte[] body,
    FilePart file) {

  /** A file sent as a multipart part. */
  public record FilePart(String part, String filename, String contentType, byte[] content) {}

  public boolean isValid() {
    return input.equals("valid");
  }

  public Probe withInput(String newInput) {
    return new Probe(operation, newInput, path, query, contentType, body, file);
  }

  boolean isUpload() {
    return operation.mediaType() != null && operation.mediaType().startsWith("multipart/");
  }

  /** The request's address: the sender's valid path values, then this probe's own. */
  URI uri(Map<String, String> valid) {
    Map<String, String> values = new HashMap<>(valid);
    values.putAll(path);
    return ProbeRunner.uri(operation.path(), values);
  }
}
