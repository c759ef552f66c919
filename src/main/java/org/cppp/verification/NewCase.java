package org.cppp.verification;

import java.util.List;
import java.util.Set;

/**
 * What opens a case. {@code measures} and {@code carriers} may be empty: the measure is then the
 * application's own (its technology and title), and the carriers those the readings name.
 *
 * @param application the application's reference
 * @param region the factory's grid (default Guangdong)
 * @param variables the independent variables' names (letters, digits, underscore)
 */
public record NewCase(
    String application,
    IpmvpOption option,
    String boundary,
    Region region,
    List<String> variables,
    Period baseline,
    Period reporting,
    Set<Carrier> carriers,
    List<MeasureInput> measures) {

  public NewCase {
    variables = variables == null ? List.of() : List.copyOf(variables);
    carriers = carriers == null ? Set.of() : Set.copyOf(carriers);
    measures = measures == null ? List.of() : List.copyOf(measures);
  }

  /**
   * A measure verified, as entered.
   *
   * @param technologyCode the named technology ({@link Technologies}) of the category, or {@code
   *     null}
   */
  public record MeasureInput(
      org.cppp.shared.TechnologyCategory technology, String description, String technologyCode) {

    /** A measure naming no technology. */
    public MeasureInput(org.cppp.shared.TechnologyCategory technology, String description) {
      this(technology, description, null);
    }
  }
}
