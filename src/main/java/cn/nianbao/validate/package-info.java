/**
 * The consistency checker (勾稽关系, official-format.md §5.2): runs every rule on a bound report,
 * and on the previous year's report when there is one, and collects every problem found.
 */
package cn.nianbao.validate;
