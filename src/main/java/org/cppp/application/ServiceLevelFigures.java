package org.cppp.application;

/** How many applications in a stage have breached its service level, and how many are near it. */
public record ServiceLevelFigures(ServiceLevel level, long breached, long near) {}
