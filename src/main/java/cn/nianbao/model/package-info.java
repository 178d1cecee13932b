/**
 * The typed report: organization, year, format version, narrative sections and the three
 * statistical tables, with the official table schemas of each format version.
 */
package cn.nianbao.model;
