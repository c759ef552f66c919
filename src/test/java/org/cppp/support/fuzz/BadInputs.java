package org.cppp.support.fuzz;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Bad values for one field, chosen by its schema: wrong types, empty and 1 MB strings, control and
 * right-to-left characters, negative, huge and exponent numbers, numbers as dates and dates out of
 * range. Body values are JSON fragments; parameter values are the text of a path segment or query
 * parameter.
 */
final class BadInputs {

  static final String MEGABYTE = "a".repeat(1 << 20);

  /**
   * The longest path or query text a real server lets through (Tomcat refuses a request line over 8
   * KB; a 1 MB query is sent over HTTP by {@link TransportProbes}).
   */
  static final String SEVEN_KB = "a".repeat(7 << 10);

  private static final String NUMBERS_AS_A_LIST = "[" + "1,".repeat(9_999) + "1]";

  /** A bad body value: a label for the report and the JSON fragment (null: leave it out). */
  record Bad(String label, String json) {}

  private static final List<Bad> ANY = List.of(new Bad("missing", null), json("null"));

  private static final List<Bad> TEXT =
      List.of(
          json("123"),
          json("true"),
          json("{}"),
          json("[]"),
          json("\"\""),
          json("\"   \""),
          new Bad("1 MB string", "\"" + MEGABYTE + "\""),
          new Bad("NUL", "\"a\\u0000b\""),
          new Bad("ESC", "\"\\u001b[31mred\""),
          new Bad("right-to-left override", "\"\\u202Etxt.exe\""),
          new Bad("lone surrogate", "\"\\ud800\""),
          json("\"-1\""),
          json("\"1E+1000000\""),
          json("\"99999999999999999999\""),
          json("\"2012-13-45\""));

  private static final List<Bad> CHOICE =
      List.of(
          json("\"NOT_A_VALUE\""),
          json("\"\""),
          json("1"),
          json("[]"),
          new Bad("NUL", "\"A\\u0000\""),
          new Bad("1 MB string", "\"" + MEGABYTE + "\""));

  private static final List<Bad> DATE =
      List.of(
          json("20120101"),
          json("\"20120101\""),
          json("\"2012-13-45\""),
          json("\"+57056-12-19\""),
          json("\"0\""),
          json("0"),
          json("-1"),
          json("\"2012-02-30\""),
          json("\"9999-12-31\""),
          json("\"1900-01-01\""),
          json("\"-2012-01-01\""),
          json("\"2012-01-01T00:00:00Z\""),
          json("[2012,1,1]"),
          json("1E+1000000"),
          json("\"\""),
          new Bad("NUL", "\"2012-01-01\\u0000\""),
          new Bad("1 MB string", "\"" + MEGABYTE + "\""));

  private static final List<Bad> INSTANT =
      List.of(
          json("20120101"),
          json("\"2012-13-45T00:00:00Z\""),
          json("\"+57056-12-19T00:00:00Z\""),
          json("\"0\""),
          json("0"),
          json("1E+1000000"),
          json("\"\""),
          new Bad("1 MB string", "\"" + MEGABYTE + "\""));

  private static final List<Bad> INTEGER =
      List.of(
          json("-1"),
          json("0"),
          json("99999999999999999999"),
          json("-9223372036854775809"),
          json("1E+1000000"),
          json("1e5"),
          json("1.5"),
          json("1e-400"),
          json("20120101"),
          json("\"abc\""),
          json("\"1\""),
          json("true"),
          json("{}"));

  private static final List<Bad> NUMBER =
      List.of(
          json("-1"),
          json("0"),
          json("-0.0"),
          json("99999999999999999999"),
          json("1E+1000000"),
          json("1e-1000000"),
          json("1e308"),
          json("0.001"),
          json("\"abc\""),
          json("\"1E+1000000\""),
          json("\"99999999999999999999.999\""),
          json("\"NaN\""),
          json("\"-Infinity\""),
          json("true"),
          json("[]"));

  private static final List<Bad> FLAG =
      List.of(json("\"yes\""), json("1"), json("\"true\""), json("{}"));

  private static final List<Bad> LIST =
      List.of(
          json("\"x\""),
          json("{}"),
          json("[null]"),
          json("[[[[]]]]"),
          new Bad("10,000 items", NUMBERS_AS_A_LIST));

  private static final List<Bad> MAP = List.of(json("\"x\""), json("[]"), json("1"));

  private static final List<String> PARAMETER =
      List.of(
          "",
          "abc",
          "-1",
          "0",
          "1.5",
          "99999999999999999999",
          "1E+1000000",
          "1e5",
          "20120101",
          "2012-13-45",
          "+57056-12-19",
          "a\u0000b",
          "\u001b[31m",
          "\u202Eabc",
          "\ud800",
          "NOT_A_VALUE",
          "%",
          "../..",
          "null",
          " 1 ",
          SEVEN_KB);

  private BadInputs() {}

  /** Bad JSON values for a body field of this schema. */
  static List<Bad> forField(JsonNode schema) {
    List<Bad> bad = new ArrayList<>(ANY);
    bad.addAll(
        switch (kind(schema)) {
          case "enum" -> CHOICE;
          case "date" -> DATE;
          case "date-time" -> INSTANT;
          case "integer" -> INTEGER;
          case "number" -> NUMBER;
          case "boolean" -> FLAG;
          case "array" -> LIST;
          case "object" -> MAP;
          default -> TEXT;
        });
    return bad;
  }

  /** Bad text for a path segment or query parameter. */
  static List<String> forParameter() {
    return PARAMETER;
  }

  /** How a value of this schema is written: enum, date, date-time, integer, number, ... */
  static String kind(JsonNode schema) {
    if (schema.has("enum")) {
      return "enum";
    }
    String format = schema.path("format").asString("");
    if (format.equals("date") || format.equals("date-time")) {
      return format;
    }
    if (schema.has("properties") || schema.has("additionalProperties")) {
      return "object";
    }
    return schema.path("type").asString("string");
  }

  /** A label for a text parameter value that would not print well. */
  static String label(String value) {
    if (value.length() > 100) {
      return value.length() / 1024 + " KB string";
    }
    return value
        .replace("\u0000", "<NUL>")
        .replace("\u001b", "<ESC>")
        .replace("\u202E", "<RLO>")
        .replace("\ud800", "<lone surrogate>");
  }

  private static Bad json(String fragment) {
    return new Bad(fragment, fragment);
  }
}
