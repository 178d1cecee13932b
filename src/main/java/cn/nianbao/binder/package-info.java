/**
 * The binder: reads a YAML or JSON data file into a typed {@link cn.nianbao.model.Report},
 * rejecting bad input with one message per problem that names the file, line, column and field.
 */
package cn.nianbao.binder;
