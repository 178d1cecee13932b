/**
 * Starter data files for {@code nianbao new}: every key of a year's format with a Chinese comment
 * naming the official row or column, cells blank, and what last year's report determines carried
 * over. Reads only the model.
 */
package cn.nianbao.starter;
