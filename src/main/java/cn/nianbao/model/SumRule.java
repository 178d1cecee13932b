package cn.nianbao.model;

import java.util.List;

/** A total cell and the cells it adds up, as the official table defines it. */
public record SumRule(CellRef total, List<CellRef> addends) {
  public SumRule {
    addends = List.copyOf(addends);
  }
}
