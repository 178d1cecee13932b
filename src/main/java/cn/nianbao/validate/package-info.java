/**
 * The consistency checker (勾稽关系, docs/format.md §7): runs every rule on a bound report,
 * and on the previous year's report when there is one, and collects every problem found.
 */
package cn.nianbao.validate;
