package org.cppp.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The one way pages and PDFs write an amount of Hong Kong dollars, for templates: {@code
 * ${@money.hkd(a.totalCostHkd)}} reads {@code HK$ 1,234.50}; {@code ${@money.amount(x)}} the figure
 * alone for a message that places the symbol itself (up to {@code HK${0}}), {@code
 * ${@money.whole(x)}} rounded to the dollar, {@code compact} as a paper writes it. Digits grouped
 * by commas with a decimal point in every language; none is empty.
 */
@Component("money")
public class MoneyFormat {

  private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);

  /** The amount with its currency: {@code HK$ 1,234.50}. */
  public String hkd(Number amount) {
    return amount == null ? "" : "HK$ " + amount(amount);
  }

  /** The figure to the cent: {@code 1,234.50}. */
  public String amount(Number amount) {
    return format(amount, "#,##0.00");
  }

  /**
   * The figure as a paper writes it: to the dollar when it has no cents ({@code 15,000}), else
   * {@code 1,234.50}.
   */
  public String compact(BigDecimal amount) {
    return amount != null && amount.stripTrailingZeros().scale() <= 0
        ? whole(amount)
        : amount(amount);
  }

  /** The figure to the dollar: {@code 1,235}. */
  public String whole(Number amount) {
    return format(amount, "#,##0");
  }

  private static String format(Number amount, String pattern) {
    if (amount == null) {
      return "";
    }
    DecimalFormat format = new DecimalFormat(pattern, SYMBOLS);
    format.setRoundingMode(RoundingMode.HALF_EVEN);
    return format.format(
        amount instanceof BigDecimal exact ? exact : new BigDecimal(amount.toString()));
  }
}
