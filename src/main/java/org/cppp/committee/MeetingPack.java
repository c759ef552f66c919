package org.cppp.committee;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.List;

/** A meeting's pack: the agenda and a summary per application item, as the reader may see it. */
public record MeetingPack(
    MeetingView meeting,
    List<PackItem> items,
    List<PaperView> papers,
    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal budgetAvailableHkd) {

  public MeetingPack {
    items = List.copyOf(items);
    papers = List.copyOf(papers);
  }
}
