package org.cppp.application;

import java.util.List;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page of a list whose total was counted only up to a limit ahead of the page: with {@link
 * #capped()} the list holds more than {@link #getTotalElements()} rows ("more than N"), so no page
 * counts a million rows.
 */
public final class BoundedPage<T> extends PageImpl<T> {

  private final boolean capped;

  BoundedPage(List<T> content, Pageable pageable, long total, boolean capped) {
    super(content, pageable, total);
    this.capped = capped;
  }

  /** Whether more rows match than the total says. */
  public boolean capped() {
    return capped;
  }

  @Override
  public <U> BoundedPage<U> map(java.util.function.Function<? super T, ? extends U> converter) {
    return new BoundedPage<>(
        getContent().stream().<U>map(converter).toList(),
        getPageable(),
        getTotalElements(),
        capped);
  }
}
