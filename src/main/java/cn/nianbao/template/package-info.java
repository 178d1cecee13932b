/**
 * Runs the FreeMarker template set of a report's format version. Templates hold all fixed wording
 * and layout and build the document model through the markup directives of {@link Markup}.
 */
package cn.nianbao.template;
