package cn.nianbao.model;

import java.util.List;
import java.util.Optional;

/**
 * A part of a narrative section: an optional sub-heading such as {@code （一）加强领导，健全政务公开组织体系。}
 * and its paragraphs.
 */
public record Subsection(Optional<String> heading, List<String> paragraphs) {
  public Subsection {
    paragraphs = List.copyOf(paragraphs);
  }
}
