package org.cppp.identity;

/** What a personal access token may do: {@link #READ} only reads ({@code GET}, {@code HEAD}). */
public enum TokenScope {
  READ,
  WRITE
}
