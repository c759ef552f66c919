package org.cppp.funding.web;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.cppp.funding.Quote;

/** A quote as the API shows it: money as strings with two decimals. */
@JsonPropertyOrder({"scheme", "cost", "governmentShare", "factoryShare", "ceiling", "phase"})
record QuoteJson(
    String scheme,
    String cost,
    String governmentShare,
    String factoryShare,
    String ceiling,
    String phase) {

  static QuoteJson of(Quote quote) {
    return new QuoteJson(
        quote.scheme().name(),
        quote.costHkd().toPlainString(),
        quote.governmentShareHkd().toPlainString(),
        quote.factoryShareHkd().toPlainString(),
        quote.ceilingHkd() == null ? null : quote.ceilingHkd().toPlainString(),
        quote.phase());
  }
}
