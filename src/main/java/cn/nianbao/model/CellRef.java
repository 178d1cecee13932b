package cn.nianbao.model;

/** One value cell of a table: row key (path joined with {@code /}) and column key. */
public record CellRef(String row, String column) {}
