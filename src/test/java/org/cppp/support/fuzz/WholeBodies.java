package org.cppp.support.fuzz;

import static org.cppp.support.fuzz.GeneratedRequests.bytes;
import static org.cppp.support.fuzz.GeneratedRequests.withBody;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cppp.support.fuzz.ApiOperations.Operation;
import org.cppp.support.fuzz.Probe.FilePart;
import tools.jackson.databind.JsonNode;

/**
 * Bodies that are bad as a whole: for JSON, empty, truncated, wrong content types, invalid UTF-8,
 * deep nesting, extra and repeated fields; for CSV and text, stray quotes, NUL, 1 MB lines, binary;
 * for uploads, empty, missing and hostile files.
 */
final class WholeBodies {

  private static final byte[] INVALID_UTF8 = {(byte) 0xC3, (byte) 0x28, (byte) 0xED, (byte) 0xA0};
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final Random random;

  WholeBodies(Random random) {
    this.random = random;
  }

  List<Probe> json(Probe base, JsonNode body) {
    String valid = body.toString();
    List<Probe> probes = new ArrayList<>();
    probes.add(withBody(base, "empty body", new byte[0]));
    probes.add(typed(base, "no content type", null, base.body()));
    probes.add(typed(base, "text/plain", "text/plain", base.body()));
    probes.add(typed(base, "application/xml", "application/xml", bytes("<a>1</a>")));
    probes.add(typed(base, "form", "application/x-www-form-urlencoded", bytes("a=b&c=%00")));
    probes.add(typed(base, "multipart without boundary", "multipart/form-data", base.body()));
    for (String whole : List.of("{}", "[]", "null", "\"text\"", "1E+1000000", "{\"a\":")) {
      probes.add(withBody(base, "body " + whole, bytes(whole)));
    }
    probes.add(withBody(base, "truncated", bytes(valid.substring(0, valid.length() / 2))));
    probes.add(withBody(base, "100,000 levels deep", bytes("[".repeat(100_000))));
    probes.add(withBody(base, "with a BOM", concat(BOM, base.body())));
    if (body.isObject() && !body.isEmpty()) {
      String rest = valid.substring(1);
      String first = body.propertyNames().iterator().next();
      probes.add(withBody(base, "unknown field", bytes("{\"zzUnknown\":1," + rest)));
      probes.add(
          withBody(
              base,
              "field given twice",
              bytes(valid.substring(0, valid.length() - 1) + "," + rest)));
      probes.add(withBody(base, "field " + first + " first null", bytes(nullFirst(first, rest))));
      probes.add(
          withBody(
              base,
              "invalid UTF-8",
              concat(bytes("{\"zz\":\""), INVALID_UTF8, bytes("\"," + rest))));
    }
    return probes;
  }

  private static String nullFirst(String field, String rest) {
    return "{\"" + field + "\":null," + rest;
  }

  List<Probe> raw(Probe base, String contentType) {
    List<Probe> probes = new ArrayList<>();
    String[] csv = {
      "",
      "a,b\n",
      "\"a\"x,b\n1,2\n",
      "a,b\n1,\"2\n",
      "a\u0000,b\n1,2\n",
      "a,b\n" + BadInputs.MEGABYTE + "\n",
      "c,".repeat(10_000) + "c\n",
      "a,b\n\u001b[31m,\u202Etxt.exe\n",
      "a,b\n" + "1,2\n".repeat(20_000)
    };
    String[] labels = {
      "empty",
      "header only",
      "stray quote in header",
      "unclosed quote in row",
      "NUL in header",
      "1 MB line",
      "10,000 columns",
      "ESC and right-to-left override",
      "20,000 rows"
    };
    for (int i = 0; i < csv.length; i++) {
      probes.add(typed(base, "text " + labels[i], contentType, bytes(csv[i])));
    }
    probes.add(
        typed(base, "text invalid UTF-8", contentType, concat(bytes("a,b\n"), INVALID_UTF8)));
    probes.add(typed(base, "text binary", contentType, noise(4096)));
    probes.add(typed(base, "text as JSON", "application/json", bytes("{}")));
    return probes;
  }

  Probe validUpload(Operation operation, List<Map.Entry<String, String>> query) {
    FilePart file = new FilePart(part(operation), "quotation.txt", "text/plain", bytes("quote"));
    return new Probe(operation, "valid", Map.of(), query, operation.mediaType(), null, file);
  }

  List<Probe> uploads(Probe base) {
    String part = base.file().part();
    List<Probe> probes = new ArrayList<>();
    probes.add(upload(base, "empty file", new FilePart(part, "a.txt", "text/plain", new byte[0])));
    probes.add(upload(base, "no file", null));
    probes.add(
        upload(
            base,
            "file in another part",
            new FilePart("other", "a.txt", "text/plain", bytes("a"))));
    for (String name :
        List.of("\u202Etxt.exe", "a\u0000.txt", "../../etc/passwd", "", BadInputs.MEGABYTE)) {
      probes.add(
          upload(
              base,
              "file named " + BadInputs.label(name),
              new FilePart(part, name, "text/plain", bytes("a"))));
    }
    probes.add(
        upload(
            base,
            "executable",
            new FilePart(
                part, "a.exe", "application/x-msdownload", concat(bytes("MZ"), noise(512)))));
    probes.add(
        upload(
            base,
            "1 MB of NUL",
            new FilePart(part, "a.pdf", "application/pdf", new byte[1 << 20])));
    probes.add(
        upload(
            base,
            "content type garbage",
            new FilePart(part, "a.txt", "\u0000/\u202E", bytes("a"))));
    return probes;
  }

  private static String part(Operation operation) {
    JsonNode required = operation.bodySchema().path("required");
    return required.isEmpty() ? "file" : required.get(0).asString();
  }

  private static Probe upload(Probe base, String input, FilePart file) {
    return new Probe(
        base.operation(), input, base.path(), base.query(), base.contentType(), null, file);
  }

  private static Probe typed(Probe base, String input, String contentType, byte[] body) {
    return new Probe(base.operation(), input, base.path(), base.query(), contentType, body, null);
  }

  private byte[] noise(int length) {
    byte[] noise = new byte[length];
    random.nextBytes(noise);
    return noise;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }
}
