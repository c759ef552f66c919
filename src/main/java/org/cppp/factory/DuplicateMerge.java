package org.cppp.factory;

/**
 * A factory merged into the one that survives, and what moved with it.
 *
 * @param accounts the usernames of the accounts now bound to the survivor
 * @param records how many records of other modules (applications and their feed) moved
 */
public record DuplicateMerge(
    String mergedBr, String survivorBr, java.util.List<String> accounts, int records) {}
