package org.cppp.application;

/** A supporting document to download. */
public record DocumentContent(String filename, String contentType, byte[] content) {}
