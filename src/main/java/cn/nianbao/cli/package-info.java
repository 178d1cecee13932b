/** The command line: wires binder, templates and renderers together; no logic of its own. */
package cn.nianbao.cli;
