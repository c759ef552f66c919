package org.cppp.outreach;

/** Whether a guidebook covers an industry (e.g. printing) or a topic (e.g. industrial boilers). */
public enum GuidebookKind {
  INDUSTRY,
  TOPIC
}
