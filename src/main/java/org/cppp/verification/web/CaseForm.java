package org.cppp.verification.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.cppp.platform.FieldLabels;
import org.cppp.shared.TechnologyCategory;
import org.cppp.verification.Carrier;
import org.cppp.verification.IpmvpOption;
import org.cppp.verification.NewCase;
import org.cppp.verification.Period;
import org.cppp.verification.Region;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The page form that opens a case; its fields are named as the facade's refusals name them ({@code
 * baseline.to}, {@code measures}), so each refusal lands next to its input.
 */
@FieldLabels("verification.form")
public class CaseForm {

  private String application;
  private IpmvpOption option;
  private String boundary;
  private Region region = Region.GUANGDONG;
  private String variables;
  private PeriodForm baseline = new PeriodForm();
  private PeriodForm reporting = new PeriodForm();
  private Set<Carrier> carriers = EnumSet.noneOf(Carrier.class);
  private MeasureForm measures = new MeasureForm();

  NewCase toCommand() {
    List<String> names =
        variables == null
            ? List.of()
            : Arrays.stream(variables.strip().split("[,;\\s]+")).filter(v -> !v.isEmpty()).toList();
    boolean named = measures.technologyCode != null && !measures.technologyCode.isBlank();
    List<NewCase.MeasureInput> measured =
        (measures.description == null || measures.description.isBlank()) && !named
            ? List.of()
            : List.of(
                new NewCase.MeasureInput(
                    measures.technology, measures.description, measures.technologyCode));
    return new NewCase(
        application == null ? null : application.strip(),
        option,
        boundary,
        region,
        names,
        baseline.period(),
        reporting.period(),
        carriers,
        measured);
  }

  /** A period's first and last day. */
  public static class PeriodForm {
    @DateTimeFormat(iso = ISO.DATE)
    private LocalDate from;

    @DateTimeFormat(iso = ISO.DATE)
    private LocalDate to;

    Period period() {
      return new Period(from, to);
    }

    public LocalDate getFrom() {
      return from;
    }

    public void setFrom(LocalDate from) {
      this.from = from;
    }

    public LocalDate getTo() {
      return to;
    }

    public void setTo(LocalDate to) {
      this.to = to;
    }
  }

  /** The measure verified; none: the application's own. */
  public static class MeasureForm {
    private TechnologyCategory technology;
    private String description;
    private String technologyCode;

    public String getTechnologyCode() {
      return technologyCode;
    }

    public void setTechnologyCode(String technologyCode) {
      this.technologyCode = technologyCode;
    }

    public TechnologyCategory getTechnology() {
      return technology;
    }

    public void setTechnology(TechnologyCategory technology) {
      this.technology = technology;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }
  }

  public String getApplication() {
    return application;
  }

  public void setApplication(String application) {
    this.application = application;
  }

  public IpmvpOption getOption() {
    return option;
  }

  public void setOption(IpmvpOption option) {
    this.option = option;
  }

  public String getBoundary() {
    return boundary;
  }

  public void setBoundary(String boundary) {
    this.boundary = boundary;
  }

  public Region getRegion() {
    return region;
  }

  public void setRegion(Region region) {
    this.region = region;
  }

  public String getVariables() {
    return variables;
  }

  public void setVariables(String variables) {
    this.variables = variables;
  }

  public PeriodForm getBaseline() {
    return baseline;
  }

  public void setBaseline(PeriodForm baseline) {
    this.baseline = baseline;
  }

  public PeriodForm getReporting() {
    return reporting;
  }

  public void setReporting(PeriodForm reporting) {
    this.reporting = reporting;
  }

  public Set<Carrier> getCarriers() {
    return carriers;
  }

  public void setCarriers(Set<Carrier> carriers) {
    this.carriers = carriers == null ? EnumSet.noneOf(Carrier.class) : carriers;
  }

  public MeasureForm getMeasures() {
    return measures;
  }

  public void setMeasures(MeasureForm measures) {
    this.measures = measures;
  }
}
