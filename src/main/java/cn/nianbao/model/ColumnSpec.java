package cn.nianbao.model;

/**
 * A value column of an official table row.
 *
 * @param key   the key in the data file, e.g. {@code 自然人} or {@code 本年收费金额}
 * @param label the official column label, e.g. {@code 本年收费金额（单位：万元）}
 * @param type  what the cell holds
 */
public record ColumnSpec(String key, String label, ValueType type) {}
