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
 * (and of each named technology recorded by enough of them) from the programme's own signed results
 * (no number typed by hand). Public, so it shows medians only, and only of categories (and
 * technologies) with at least {@code cppp.toolbox.min-projects} (default 3) signed projects, so no
 * single factory's figures can be read from it.
 */
@Service
@Transactional(readOnly = true)
public class Toolbox {

  private final ToolboxMedians medians;
  private final Technologies technologies;
  private final int minProjects;
  private final Clock clock;

  Toolbox(
      ToolboxMedians medians,
      Technologies technologies,
      @Value("${cppp.toolbox.min-projects:3}") int minProjects,
      Clock clock) {
    this.medians = medians;
    this.technologies = technologies;
    this.minProjects = Math.max(1, minProjects);
    this.clock = clock;
  }

  /**
   * The categories of signed results in the sector, with their medians, as known today; after each,
   * its named technologies that as many signed results record.
   */
  @PreAuthorize("permitAll()")
  public List<ToolboxEntry> forSector(Sector sector) {
    return medians.of(sector.name(), minProjects, LocalDate.now(clock), technologies.all());
  }

  /** The fewest signed projects a category needs to be listed. */
  @PreAuthorize("permitAll()")
  public int minProjects() {
    return minProjects;
  }
}
