package org.cppp.verification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.cppp.factory.Sector;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CP Toolbox: for a factory's sector, the ballpark cost and benefit of each technology category
 * from the programme's own signed results (no number typed by hand). Public, so it shows medians
 * only, and only of categories with at least {@code cppp.toolbox.min-projects} (default 3) signed
 * projects, so no single factory's figures can be read from it.
 */
@Service
@Transactional(readOnly = true)
public class Toolbox {

  private final ToolboxMedians medians;
  private final int minProjects;
  private final Clock clock;

  Toolbox(
      ToolboxMedians medians,
      @Value("${cppp.toolbox.min-projects:3}") int minProjects,
      Clock clock) {
    this.medians = medians;
    this.minProjects = Math.max(1, minProjects);
    this.clock = clock;
  }

  /** The categories of signed results in the sector, with their medians, as known today. */
  @PreAuthorize("permitAll()")
  public List<ToolboxEntry> forSector(Sector sector) {
    return medians.of(sector.name(), minProjects, LocalDate.now(clock));
  }

  /** The fewest signed projects a category needs to be listed. */
  @PreAuthorize("permitAll()")
  public int minProjects() {
    return minProjects;
  }
}
